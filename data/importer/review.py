"""The review: one row per record the import would write, and what it would do to it.

    rows = review_rows(plan)           # [ReviewRow(action='merge', kind='envoy', id=..., ...), ...]
    review_json(plan)                  # the same rows as JSON-ready dicts

Plain data only: the command line's table of it is `tui/import_output.py`.

Actions: `new` (not in the store), `merge` (in the store; the page adds a citation, an alias,
a finer date...), `conflict` (the page disagrees with the store: written only with --prefer),
`review` (a nominative the rules could not settle, or a name that fits several people:
written only with --accept). Facts the page states but that cannot become records as
they stand (a date without a year, two values for one fact) are rows too, marked `held`: they
are never written, and the note says why.

Every row says who acts on whom (`direction`: 'LV → BY', or the parties of a treaty or an
event); the JSON carries each row's full record as the import would write it (`record`), the
store's record it meets (`existing`) and the fields that disagree (`conflicts`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from data.importer.plan import Change, Plan

ORDER = {"conflict": 0, "review": 1, "new": 2, "merge": 3}
KIND_ORDER = ("envoy", "mission", "visit", "event", "treaty", "person", "city", "country", "source")


@dataclass(frozen=True, slots=True)
class ReviewRow:
    action: str
    kind: str
    id: str
    direction: str
    date: str
    people: str
    quote: str
    note: str
    held: bool = False


def direction(doc: dict[str, Any]) -> str:
    """'LV → BY' for what goes from one country to another (or who acts upon whom); 'BY, LT' for parties."""
    def code(ref: Any) -> str:
        return ref.partition(":")[2].upper() if isinstance(ref, str) and ref.startswith("country:") else str(ref)

    if "from" in doc and "to" in doc:
        return f"{code(doc['from'])} → {code(doc['to'])}"
    if doc.get("parties"):
        # who acts upon whom: a recognition, a recall (the recalling state, the host), an expulsion
        joiner = " → " if doc.get("kind") in ("recognition", "recall", "expulsion") else ", "
        return joiner.join(code(p) for p in doc["parties"])
    return ""


def note_of(change: Change) -> str:
    """What a row tells beside its record: why it is held or left for review, the conflicts, what a merge
    adds, and the issues the record carries into the store (a traveller named by the office alone, a date
    read from the dateline...): a record written with a doubt says so where the reader decides."""
    parts = [str(c) for c in change.conflicts]
    parts += [n for n in change.notes if n != "already in the store" and not (change.conflicts and n in parts)]
    if change.action == "merge" and not parts:
        parts.append("already in the store: adds only this page's citation"
                     if change.merged != change.existing else "already in the store as the page tells it")
    issues = [str(i.get("text") or "").rstrip(".") for i in change.doc.get("issues", []) if isinstance(i, dict)]
    parts += [text for text in issues if text and text not in parts]
    return "; ".join(parts)


def _row(change: Change, *, held: bool = False) -> ReviewRow:
    note = note_of(change)
    return ReviewRow(change.action, change.kind, change.id or "(held)", direction(change.doc), change.date,
                     ", ".join(change.people), change.quote, note, held)


def _ordered(changes: list[Change]) -> list[Change]:
    return sorted(changes, key=lambda c: (ORDER[c.action], KIND_ORDER.index(c.kind)
                                          if c.kind in KIND_ORDER else 99, c.date, c.id))


def review_rows(plan: Plan, *, everything: bool = True) -> list[ReviewRow]:
    """Conflicts first, then reviews, new records and merges; within each, facts before names; held facts last."""
    changes = plan.changes if everything else [c for c in plan.changes if c.action != "merge"]
    return [_row(change) for change in _ordered(changes)] + [_row(c, held=True) for c in _ordered(plan.held)]


def review_json(plan: Plan) -> dict[str, Any]:
    """The review as JSON: the file, its language and address, the counts and every row with its full record."""
    rows = []
    for change, held in [(c, False) for c in _ordered(plan.changes)] + [(c, True) for c in _ordered(plan.held)]:
        row = asdict(_row(change, held=held))
        row["record"] = change.doc
        if change.existing is not None:
            row["existing"] = change.existing
        if change.conflicts:
            row["conflicts"] = [str(c) for c in change.conflicts]
        row["notes"] = list(change.notes)
        rows.append(row)
    counts = {**plan.counts(), "held": len(plan.held)}
    return {"file": plan.page.file, "lang": plan.page.lang, "url": plan.page.url(), "source": plan.source_id,
            "counts": counts, "rows": rows}
