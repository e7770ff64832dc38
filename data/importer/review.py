"""The review table: one row per record the import would write, and what it would do to it.

    rows = review_rows(plan)           # [ReviewRow(action='merge', kind='envoy', id=..., ...), ...]
    console.print(review_table(plan))  # a rich Table (rich only, never Textual)
    review_json(plan)                  # the same rows as JSON-ready dicts

Actions: `new` (not in the store), `merge` (in the store; the page adds a citation, an alias,
a finer date...), `conflict` (the page disagrees with the store: written only with --prefer),
`review` (a nominative the rules could not settle, or a name that fits several people:
written only with --accept-guesses).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from data.importer.plan import Change, Plan

ORDER = {"conflict": 0, "review": 1, "new": 2, "merge": 3}
KIND_ORDER = ("envoy", "mission", "visit", "event", "treaty", "person", "city", "country", "source")
STYLES = {"new": "green", "merge": "cyan", "conflict": "bold red", "review": "yellow"}
MAX_QUOTE = 90


@dataclass(frozen=True, slots=True)
class ReviewRow:
    action: str
    kind: str
    id: str
    date: str
    people: str
    quote: str
    note: str


def _row(change: Change) -> ReviewRow:
    if change.conflicts:
        note = "; ".join(str(c) for c in change.conflicts)
    else:
        note = "; ".join(n for n in change.notes if n != "already in the store")
    return ReviewRow(change.action, change.kind, change.id, change.date, ", ".join(change.people),
                     change.quote, note)


def review_rows(plan: Plan, *, everything: bool = True) -> list[ReviewRow]:
    """Conflicts first, then reviews, new records and merges; within each, facts before names."""
    changes = plan.changes if everything else [c for c in plan.changes if c.action != "merge"]
    ordered = sorted(changes, key=lambda c: (ORDER[c.action], KIND_ORDER.index(c.kind)
                                             if c.kind in KIND_ORDER else 99, c.date, c.id))
    return [_row(change) for change in ordered]


def review_json(plan: Plan) -> dict[str, Any]:
    """The review as JSON: the file, its language, the counts and every row."""
    return {"file": plan.page.file, "lang": plan.page.lang, "source": plan.source_id, "counts": plan.counts(),
            "rows": [asdict(row) for row in review_rows(plan)]}


def _short(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def review_table(plan: Plan) -> Any:
    """A rich Table of `review_rows(plan)`, titled with the file and the counts."""
    from rich.table import Table
    from rich.text import Text

    from data.textsafe import safe

    counts = plan.counts()
    title = (f"{plan.page.file} ({plan.page.lang}{', detected' if plan.page.lang_detected else ''}): "
             + ", ".join(f"{n} {action}" for action, n in counts.items()))
    # Page, store and path text: never markup, never raw control characters (data.textsafe).
    table = Table(title=Text(safe(title)), title_justify="left", show_lines=False)
    for header in ("action", "kind", "id", "date", "people", "quote", "note"):
        table.add_column(header, overflow="fold" if header in ("quote", "note") else "ellipsis")
    for row in review_rows(plan):
        cells = (row.kind, row.id, row.date, _short(row.people, 60), _short(row.quote), _short(row.note, 120))
        table.add_row(Text(row.action, style=STYLES.get(row.action, "")), *(Text(safe(cell)) for cell in cells))
    return table
