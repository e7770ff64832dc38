"""`envoys import FILE` on the command line: the review table, the summary of what was written, or JSON.

Imports rich only (never Textual). `data.importer.command.import_file` does the import and prints
nothing; this module shows its outcome with the command line's one console and JSON writer
(`tui.console`). Page, store and path text goes through `data.textsafe.safe` and `Text`, never markup.

    run_import(path, lang=None, db=None, dry_run=True, as_json=False, prefer=None,
               accept=frozenset(), skip=frozenset(), lookup=SearchLookup)  # what main.py calls; the exit code
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from data.importer.command import ImportOutcome, import_file
from data.importer.errors import ImportConflictError
from data.importer.plan import Plan
from data.importer.resolve import LookupFactory
from data.importer.review import review_json, review_rows
from data.importer.write import CHANGING, REVIEW, SKIPPED, WAITING, Result, chosen_changes
from data.paths import shown
from data.textsafe import safe
from tui.console import console as make_console
from tui.console import print_json

STYLES = {"new": "green", "merge": "cyan", "conflict": "bold red", "review": "yellow"}
MAX_QUOTE = 90


def run_import(file: Path | str, *, lang: str | None, db: Path | str | None, dry_run: bool, as_json: bool,
               prefer: str | None, accept: frozenset[str] = frozenset(), skip: frozenset[str] = frozenset(),
               console: Console | None = None, today: _dt.date | None = None, url: str | None = None,
               empty: bool = False, lookup: LookupFactory | None = None) -> int:
    """Do `envoys import` and print its outcome on `console` (the command line's own when None);
    return the exit code. User errors raise `EnvoysError` subclasses (exit 2)."""
    outcome = import_file(file, lang=lang, db=db, dry_run=dry_run, prefer=prefer, accept=accept, skip=skip,
                          today=today, url=url, empty=empty, lookup=lookup)
    show_import(outcome, as_json=as_json, out=console or make_console())
    return 0


def show_import(outcome: ImportOutcome, *, as_json: bool, out: Console) -> None:
    """The review of a dry run, or the summary of what was written; JSON with `as_json`."""
    if outcome.result is None:
        if as_json:
            print_json(review_json(outcome.plan))
        else:
            out.print(review_table(outcome.plan, out.width))
            options = "with these options" if outcome.accept or outcome.skip else "as it stands"
            out.print(f"dry run: nothing written; the import would write into {shown(outcome.target)} {options}: "
                      + safe(outlook(outcome.plan, accept=outcome.accept, skip=outcome.skip)),
                      markup=False, highlight=False)
        return
    result = outcome.result
    if as_json:
        print_json(written_json(result))
    else:
        out.print(result.summary(), markup=False, highlight=False)  # its paths already through `shown`
        if any(result.skipped.get(why) for why in (WAITING, CHANGING, REVIEW)):
            out.print(READ_FIRST, markup=False, highlight=False)


def written_json(result: Result) -> dict[str, object]:
    """What an import wrote, as `envoys import --json` prints it."""
    return {"target": str(result.target), "written": result.written, "skipped": result.skipped,
            "backup": str(result.backup or "") or None}


def _short(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


WIDE = 120
"""From this many columns the review is a table of eight columns; below, one cell per record."""
HELD = "held"  # a fact the page states that cannot be written as it stands: never written, even with guesses


def review_table(plan: Plan, width: int | None = None) -> Table:
    """A rich Table of `review_rows(plan)`, titled with the file and the counts; `width`: the terminal's.

    Nothing is cut that a reader decides on: ids and notes (the reason a record is held) are shown
    whole, folded onto more lines; only long quotes and lists of people are shortened (`--json` has
    them whole). Below `WIDE` columns each record is one cell of lines (what, where and when, who,
    the quote, the note) beside its action, since eight columns of 80 fold every word."""
    counts = {**plan.counts(), HELD: len(plan.held)}
    title = (f"{plan.page.file} ({plan.page.lang}{', detected' if plan.page.lang_detected else ''}): "
             + ", ".join(f"{n} {action}" for action, n in counts.items()))
    # Page, store and path text: never markup, never raw control characters (data.textsafe).
    table = Table(title=Text(safe(title)), title_justify="left", show_lines=width is not None and width < WIDE)
    wide = width is None or width >= WIDE
    if wide:
        for header in ("action", "kind", "id", "direction", "date", "people", "quote", "note"):
            table.add_column(header, overflow="fold", no_wrap=header == "action",
                             ratio={"quote": 3, "note": 3}.get(header),
                             min_width={"id": 12, "people": 10}.get(header))
    else:
        table.add_column("action", no_wrap=True)
        table.add_column("record, quote and note", overflow="fold")
    for row in review_rows(plan):
        action = Text(HELD if row.held else row.action, style="magenta" if row.held else STYLES.get(row.action, ""))
        people, quote = _short(row.people, 60), _short(row.quote, MAX_QUOTE if wide else 2 * MAX_QUOTE)
        if wide:
            cells = (row.kind, row.id, row.direction, row.date, people, quote, row.note)
            table.add_row(action, *(Text(safe(cell)) for cell in cells))
            continue
        lines = [f"{row.kind} {row.id}", " · ".join(x for x in (row.direction, row.date, people) if x)]
        cell = Text("\n".join(safe(line) for line in lines if line.strip()))
        if quote:
            cell.append("\n" + safe(f"“{quote}”"), style="italic")
        if row.note:
            cell.append("\n" + safe(row.note), style="dim")
        table.add_row(action, cell)
    return table


READ_FIRST = ("read them with --dry-run; write them with --accept once read, "
              "leaving out any you find wrong with --skip ID")


def outlook(plan: Plan, *, accept: frozenset[str] = frozenset(), skip: frozenset[str] = frozenset()) -> str:
    """What the import would do with the reader's `accept` and `skip`, for the dry run's last line: the
    records it would write, the new facts and those left for review that wait for a reader (written by
    --accept), those left out, those held (never written), or the refusal while conflicts are undecided.
    The same choice as the write (`chosen_changes`)."""
    held = f"; held: {len(plan.held)} (never written)" if plan.held else ""
    try:
        changes, skipped = chosen_changes(plan, prefer=None, accept=accept, skip=skip)
    except ImportConflictError:
        conflicts = len(plan.of("conflict"))
        return (f"nothing, refused: {conflicts} conflict{'s' if conflicts > 1 else ''} to decide with "
                f"--prefer imported or --prefer existing{held}")
    waiting = {"new": skipped.get(WAITING, 0), "changing the store": skipped.get(CHANGING, 0),
               "left for review": skipped.get(REVIEW, 0)}
    waiting_text = "; waiting for a reader (written by --accept): " + ", ".join(
        f"{n} {what}" for what, n in waiting.items() if n) if any(waiting.values()) else ""
    left_out = f"; left out: {skipped[SKIPPED]}" if skipped.get(SKIPPED) else ""
    rest = f"{waiting_text}{left_out}{held}"
    if not any(change.is_fact for change in changes):
        return f"nothing{rest}"
    counts = {"new": 0, "merged": 0, "accepted from review": 0}  # as the write's summary counts them
    for change in changes:
        counts["merged" if change.action == "merge" else
               "accepted from review" if change.action == "review" else "new"] += 1
    told = ", ".join(f"{n} {what}" for what, n in counts.items() if n)
    return f"{len(changes)} record{'s' if len(changes) > 1 else ''} ({told}){rest}"
