"""`envoys import FILE` on the command line: the review table, the summary of what was written, or JSON.

Imports rich only (never Textual). `data.importer.command.import_file` does the import and prints
nothing; this module shows its outcome with the command line's one console and JSON writer
(`tui.console`). Page, store and path text goes through `data.textsafe.safe` and `Text`, never markup.

    run_import(path, lang=None, db=None, dry_run=True, as_json=False, prefer=None,
               accept_guesses=False, lookup=SearchLookup)        # what main.py calls; the exit code
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from data.importer.command import ImportOutcome, import_file
from data.importer.plan import Plan
from data.importer.resolve import LookupFactory
from data.importer.review import review_json, review_rows
from data.importer.write import Result
from data.paths import shown
from data.textsafe import safe
from tui.console import console as make_console
from tui.console import print_json

STYLES = {"new": "green", "merge": "cyan", "conflict": "bold red", "review": "yellow"}
MAX_QUOTE = 90


def run_import(file: Path | str, *, lang: str | None, db: Path | str | None, dry_run: bool, as_json: bool,
               prefer: str | None, accept_guesses: bool, console: Console | None = None,
               today: _dt.date | None = None, url: str | None = None, empty: bool = False,
               lookup: LookupFactory | None = None) -> int:
    """Do `envoys import` and print its outcome on `console` (the command line's own when None);
    return the exit code. User errors raise `EnvoysError` subclasses (exit 2)."""
    outcome = import_file(file, lang=lang, db=db, dry_run=dry_run, prefer=prefer, accept_guesses=accept_guesses,
                          today=today, url=url, empty=empty, lookup=lookup)
    show_import(outcome, as_json=as_json, out=console or make_console())
    return 0


def show_import(outcome: ImportOutcome, *, as_json: bool, out: Console) -> None:
    """The review of a dry run, or the summary of what was written; JSON with `as_json`."""
    if outcome.result is None:
        if as_json:
            print_json(review_json(outcome.plan))
        else:
            out.print(review_table(outcome.plan))
            out.print(f"dry run: nothing written; the import would write into {shown(outcome.target)}",
                      markup=False, highlight=False)
        return
    result = outcome.result
    if as_json:
        print_json(written_json(result))
    else:
        out.print(result.summary(), markup=False, highlight=False)  # its paths already through `shown`
        if result.skipped.get("left for review"):
            out.print("see them with --dry-run; write them with --accept-guesses", markup=False, highlight=False)


def written_json(result: Result) -> dict[str, object]:
    """What an import wrote, as `envoys import --json` prints it."""
    return {"target": str(result.target), "written": result.written, "skipped": result.skipped,
            "backup": str(result.backup or "") or None}


def _short(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def review_table(plan: Plan) -> Table:
    """A rich Table of `review_rows(plan)`, titled with the file and the counts."""
    counts = {**plan.counts(), "held": len(plan.held)}
    title = (f"{plan.page.file} ({plan.page.lang}{', detected' if plan.page.lang_detected else ''}): "
             + ", ".join(f"{n} {action}" for action, n in counts.items()))
    # Page, store and path text: never markup, never raw control characters (data.textsafe).
    table = Table(title=Text(safe(title)), title_justify="left", show_lines=False)
    for header in ("action", "kind", "id", "direction", "date", "people", "quote", "note"):
        table.add_column(header, overflow="fold" if header in ("quote", "note") else "ellipsis")
    for row in review_rows(plan):
        action = f"{row.action} (held)" if row.held else row.action
        cells = (row.kind, row.id, row.direction, row.date, _short(row.people, 60), _short(row.quote),
                 _short(row.note, 120))
        table.add_row(Text(action, style=STYLES.get(row.action, "")), *(Text(safe(cell)) for cell in cells))
    return table
