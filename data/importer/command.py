"""`envoys import FILE`: read a page, plan the import, print the review or write the user store.

`main.py` parses the arguments and calls `run_import` with a rich console (`tui.console.console()`):
this module imports rich only through `review`, never Textual.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
from pathlib import Path
from typing import Any

from data.importer.page import read_page
from data.importer.plan import Plan, plan_page
from data.importer.review import review_json, review_table
from data.importer.write import base_tables, user_store_path, write_plan
from data.paths import shown


def plan_import(file: Path | str, *, lang: str | None = None, db: Path | str | None = None) -> tuple[Plan, Path]:
    """The plan of importing `file` into the user store `db` (or the default one), and that store's path."""
    target = user_store_path(db)
    tables = base_tables(target)
    page = read_page(file, lang)
    return plan_page(page, tables), target


def run_import(file: Path | str, *, lang: str | None, db: Path | str | None, dry_run: bool, as_json: bool,
               prefer: str | None, accept_guesses: bool, console: Any, today: _dt.date | None = None) -> int:
    """Do `envoys import`; return the exit code. User errors raise `EnvoysError` subclasses (exit 2)."""
    target = user_store_path(db)
    tables = base_tables(target)
    page = read_page(file, lang)
    plan = plan_page(page, tables)
    if dry_run:
        if as_json:
            sys.stdout.write(json.dumps(review_json(plan), ensure_ascii=False, indent=2) + "\n")
        else:
            console.print(review_table(plan))
            console.print(f"dry run: nothing written; the import would write into {shown(target)}", markup=False,
                          highlight=False)
        return 0
    result = write_plan(plan, tables, target, prefer=prefer, accept_guesses=accept_guesses, today=today)
    if as_json:
        sys.stdout.write(json.dumps({"target": str(result.target), "written": result.written,
                                     "skipped": result.skipped, "backup": str(result.backup or "") or None},
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        console.print(result.summary(), markup=False, highlight=False)
        if result.skipped.get("left for review"):
            console.print("see them with --dry-run; write them with --accept-guesses", markup=False, highlight=False)
    return 0
