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

from data.importer.choice import WAITING_KEYS, WRITTEN_LABELS, Choice, choose
from data.importer.command import ImportOutcome, import_file
from data.importer.errors import ImportConflictError
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
        decided = dict(prefer=outcome.prefer, accept=outcome.accept, skip=outcome.skip)
        if as_json:
            print_json(dry_run_json(outcome.plan, **decided))
        else:
            out.print(review_table(outcome.plan, out.width))
            options = "with these options" if any(decided.values()) else "as it stands"
            out.print(f"dry run: nothing written; the import would write into {shown(outcome.target)} {options}: "
                      + safe(outlook(outcome.plan, **decided)), markup=False, highlight=False)
        return
    result = outcome.result
    if as_json:
        print_json(written_json(result))
    else:
        out.print(result.summary(), markup=False, highlight=False)  # its paths already through `shown`
        if result.waiting():
            out.print(READ_FIRST, markup=False, highlight=False)


def dry_run_json(plan: Plan, *, prefer: str | None = None, accept: frozenset[str] = frozenset(),
                 skip: frozenset[str] = frozenset()) -> dict[str, object]:
    """The review as JSON (`review_json`), each row with its `status` under the reader's options (what the
    write would do with it: "written", "waiting-new", "left-out"... `data.importer.choice`; "held" for a held
    fact), and the `outlook`: the options, the counts the write would report, or why it would refuse."""
    review = review_json(plan)
    try:
        choice: Choice | None = choose(plan, prefer=prefer, accept=accept, skip=skip)
        refused = None
    except ImportConflictError as error:
        choice, refused = None, str(error)
    for row in review["rows"]:
        row["status"] = "held" if row["held"] else (choice.status.get(row["id"]) if choice else None)
    review["outlook"] = {"prefer": prefer, "accept": sorted(accept), "skip": sorted(skip), "refused": refused,
                         "written": choice.written_counts() if choice else None,
                         "not_written": choice.skipped_counts() if choice else None, "held": len(plan.held)}
    return review


def written_json(result: Result) -> dict[str, object]:
    """What an import wrote, as `envoys import --json` prints it (`written` and `skipped` by the stable keys
    of `choice.WRITTEN_LABELS` and `SKIPPED_LABELS`)."""
    return {"target": str(result.target), "written": result.written, "skipped": result.skipped,
            "unchanged": result.unchanged, "backup": str(result.backup or "") or None}


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
            # an id is what --skip takes: never folded (a reader copies it whole)
            table.add_column(header, overflow="fold", no_wrap=header in ("action", "id"),
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


def outlook(plan: Plan, *, prefer: str | None = None, accept: frozenset[str] = frozenset(),
            skip: frozenset[str] = frozenset()) -> str:
    """What the import would do with the reader's options, for the dry run's last line: the facts it would
    write and the records they need, what waits for a reader (written by --accept), what is left out, what
    is held (never written), or the refusal while conflicts are undecided. The write's own choice
    (`data.importer.choice`), counted as its summary counts."""
    held = f"; held: {len(plan.held)} (never written)" if plan.held else ""
    try:
        choice = choose(plan, prefer=prefer, accept=accept, skip=skip)
    except ImportConflictError:
        conflicts = len(plan.of("conflict"))
        return (f"nothing, refused: {conflicts} conflict{'s' if conflicts > 1 else ''} to decide with "
                f"--prefer imported or --prefer existing, or to leave out with --skip{held}")
    skipped = choice.skipped_counts()
    waiting = [f"{skipped[key]} {words}" for key, words in WAITING_KEYS.items() if skipped[key]]
    waiting_text = "; waiting for a reader (written by --accept): " + ", ".join(waiting) if waiting else ""
    left_out = f"; left out: {skipped['left_out']}" if skipped["left_out"] else ""
    rest = f"{waiting_text}{left_out}{held}"
    written = choice.written_counts()
    facts = sum(n for key, n in written.items() if key != "records_needed")
    if not facts:
        return f"nothing{rest}"
    told = ", ".join(f"{n} {WRITTEN_LABELS[key]}" for key, n in written.items() if n and key != "records_needed")
    needed = written["records_needed"]
    with_them = f" and {needed} record{'s' if needed > 1 else ''} they need" if needed else ""
    return f"{facts} fact{'s' if facts > 1 else ''} ({told}){with_them}{rest}"
