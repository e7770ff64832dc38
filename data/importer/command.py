"""`envoys import FILE`: read a page, plan the import, and write the user store unless it is a dry run.

    plan, tables, target = plan_file(path, lang=None, db=None, lookup=SearchLookup)
    outcome = import_file(path, ..., lookup=SearchLookup)     # the plan, the target, what was written

The command line's output (the review table, the JSON, the summary) is `tui/import_output.py`:
this module returns plain data and prints nothing. `main.py` hands in the search engine's name
lookup (`search.importing.SearchLookup`): `data/` never imports `search/`. Never imports Textual.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from data.importer import plan as plan_mod
from data.importer.choice import check_skip
from data.importer.page import read_page
from data.importer.plan import Plan, empty_tables, plan_page
from data.importer.resolve import LookupFactory
from data.importer.write import Result as WriteResult
from data.importer.write import base_tables, store_lock, user_store_path, write_plan


def plan_file(file: Path | str, *, lang: str | None = None, db: Path | str | None = None, url: str | None = None,
              empty: bool = False, lookup: LookupFactory | None = None) -> tuple[Plan, dict[str, Any], Path]:
    """The plan of importing `file` into the user store `db` (or the default one), what it starts from, and where.

    A store that does not exist yet starts as a copy of the shipped one, or with nothing at all
    when `empty` (a researcher's store of their own pages only); an existing store is extended.
    """
    target = user_store_path(db)
    tables = empty_tables() if empty and not target.exists() else base_tables(target)
    page = read_page(file, lang, url=url)
    return plan_page(page, tables, lookup=lookup), tables, target


def _start_empty(target: Path) -> bool:
    """Create the empty store `--empty` asks for (under the store's lock), so that the write, which
    plans again on what the file holds, starts from nothing rather than from the shipped store."""
    from data.atomic import write_atomic
    from data.build import render

    with store_lock(target):
        if target.exists():
            return False
        write_atomic(target, render(empty_tables()))
        return True


def _drop_if_still_empty(target: Path) -> None:
    """Undo `_start_empty` when the import that needed it wrote nothing."""
    from data.build import render

    with store_lock(target):
        try:
            if target.read_bytes() == render(empty_tables()):
                target.unlink()
        except OSError:
            pass


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What `import_file` did: the plan, the store it is for, and what was written (None: a dry run)."""

    plan: Plan
    target: Path
    result: WriteResult | None
    # what the reader decided: a dry run shows what the write would do with it
    accept: frozenset[str] = frozenset()
    skip: frozenset[str] = frozenset()
    prefer: str | None = None


def import_file(file: Path | str, *, lang: str | None, db: Path | str | None, dry_run: bool, prefer: str | None,
                accept: frozenset[str] = frozenset(), skip: frozenset[str] = frozenset(),
                today: _dt.date | None = None, url: str | None = None, empty: bool = False,
                lookup: LookupFactory | None = None) -> ImportOutcome:
    """Do `envoys import` without printing. User errors raise `EnvoysError` subclasses (exit 2).
    `accept`, `skip` and `prefer`: what a reader of the review decided (`data.importer.choice`)."""
    plan, tables, target = plan_file(file, lang=lang, db=db, url=url, empty=empty, lookup=lookup)
    check_skip(plan, skip)
    if dry_run:
        return ImportOutcome(plan, target, None, accept, skip, prefer)
    created = _start_empty(target) if empty else False
    try:
        with plan_mod.using_lookup(lookup):  # a re-plan inside write_plan (the store changed) meets names alike
            # a store this import just made empty has no earlier content to keep as a backup
            result = write_plan(plan, tables, target, prefer=prefer, accept=accept, skip=skip, today=today,
                                backup=not created)
    except BaseException:
        if created:
            _drop_if_still_empty(target)
        raise
    if created and not result.wrote:
        _drop_if_still_empty(target)  # everything left for review or held: no empty store left behind
    return ImportOutcome(plan, target, result, accept, skip, prefer)
