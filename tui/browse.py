"""The state behind one tab: filter, sort order, language, and the window of rows to show.

Plain Python (no Textual), so it is tested alone. Nothing on the per-keystroke path scans every
record: the unfiltered order is computed once per (sort, language) and cached; a filter asks the
search index for at most `FILTER_LIMIT` matching ids and sorts only those; the table gets at most
`WINDOW` rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from data import model as m
from tui.tables import TabSpec

if TYPE_CHECKING:
    from data.store import Store

WINDOW = 300         # rows handed to the table at most
FILTER_LIMIT = 1000  # matching records asked of the search index at most


@dataclass(frozen=True)
class View:
    rows: list[tuple[str, list[str]]]  # (record id, cells)
    total: int                          # all rows that match (may exceed len(rows))
    capped: bool                        # True when the index had more matches than it returned
    everything: int = 0                 # all records of the tab, filter or not


class Browser:
    def __init__(self, store: Store, spec: TabSpec, index: object | None = None) -> None:
        self.store = store
        self.spec = spec
        self.index = index
        self.records = store.all(spec.cls)
        self.by_id = {r.id: r for r in self.records}
        self.query = ""
        self.sort_column = 0
        self.reverse = False
        self._order_cache: dict[tuple[int, str], list[m.Record]] = {}

    def cycle_sort(self) -> None:
        self.sort_column = (self.sort_column + 1) % len(self.spec.columns)
        self.reverse = False

    def sort_by(self, column: int) -> None:
        """Sort by `column`; asking for the current column again reverses the order."""
        if column == self.sort_column:
            self.reverse = not self.reverse
        else:
            self.sort_column, self.reverse = column, False

    def _ordered(self, lang: str) -> list[m.Record]:
        key = (self.sort_column, lang)
        if key not in self._order_cache:
            column = self.spec.columns[self.sort_column]
            self._order_cache[key] = sorted(self.records, key=lambda r: column.sort_key(r, self.store, lang))
        return self._order_cache[key]

    def matching(self, lang: str) -> tuple[list[m.Record], bool]:
        """The records the filter keeps, in the current order, and whether the index capped them."""
        if not self.query.strip() or self.index is None:
            ordered = self._ordered(lang)
            return (ordered[::-1] if self.reverse else ordered), False
        from search.rank import Tier  # imported on the first filter, not at start-up

        hits = self.index.search(self.query, kinds=set(self.spec.kinds), limit=FILTER_LIMIT,  # type: ignore[attr-defined]
                                 lang=lang)
        # A table sorted by column cannot show relevance: where the query meets some records
        # exactly, by prefix or by an equivalent spelling, typo-tolerant matches are only noise.
        if any(hit.tier < Tier.FUZZY for hit in hits):
            hits = [hit for hit in hits if hit.tier < Tier.FUZZY]
        seen: dict[str, m.Record] = {}
        for hit in hits:
            record = self.by_id.get(hit.record_id)
            if record is not None and record.id not in seen:
                seen[record.id] = record
        column = self.spec.columns[self.sort_column]
        found = sorted(seen.values(), key=lambda r: column.sort_key(r, self.store, lang), reverse=self.reverse)
        return found, len(hits) >= FILTER_LIMIT

    def view(self, lang: str, window: int = WINDOW) -> View:
        records, capped = self.matching(lang)
        shown = records[:window]
        cells = [(r.id, [c.cell(r, self.store, lang) for c in self.spec.columns]) for r in shown]
        return View(cells, len(records), capped, len(self.records))
