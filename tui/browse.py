"""The state behind one tab: filter, sort order, language, and the window of rows to show.

Plain Python (no Textual), so it is tested alone. Nothing on the per-keystroke path scans every
record: the unfiltered order is computed once per (sort, language) and cached; a filter asks the
search index for at most `FILTER_LIMIT` matching ids and sorts only those; the table gets at most
`WINDOW` rows.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from data import model as m
from data.dates import DateRange
from data.errors import EnvoysError
from tui.tables import TabSpec

if TYPE_CHECKING:
    from data.store import Store
    from search.index import SearchIndex

WINDOW = 300         # rows handed to the table at most
FILTER_LIMIT = 1000  # matching records asked of the search index at most


DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _both(found: dict[str, m.Record] | None, kept: dict[str, m.Record]) -> dict[str, m.Record]:
    """The records in both (the first filter word's set when there is no other yet)."""
    return kept if found is None else {k: v for k, v in found.items() if k in kept}


@dataclass(frozen=True)
class View:
    rows: list[tuple[str, list[str]]]  # (record id, cells)
    total: int                          # all rows that match (may exceed len(rows))
    capped: bool                        # True when the index had more matches than it returned
    everything: int = 0                 # all records of the tab, filter or not


class Browser:
    def __init__(self, store: Store, spec: TabSpec, index: SearchIndex | None = None) -> None:
        self.store = store
        self.spec = spec
        self.index = index
        self.records = store.all(spec.cls)
        self.by_id = {r.id: r for r in self.records}
        self.query = ""
        self.sort_column = 0
        self.reverse = False
        self._order_cache: dict[tuple[int, str], list[m.Record]] = {}
        self._dated: list[tuple[_dt.date, _dt.date, m.Record]] | None = None  # by earliest day, built once
        self._dated_starts: list[_dt.date] = []
        self._longest = _dt.timedelta(0)

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
        words, dates, places = self._split_query()
        capped = False
        found: dict[str, m.Record] | None = None
        if words:
            found, capped = self._by_names(" ".join(words), lang)
        for when in dates:
            kept, more = self._by_date(when)
            found, capped = _both(found, kept), capped or more
        for place in places:
            found = _both(found, self._at_place(place))
        column = self.spec.columns[self.sort_column]
        ordered = sorted((found or {}).values(), key=lambda r: column.sort_key(r, self.store, lang),
                         reverse=self.reverse)
        return ordered, capped

    def _split_query(self) -> tuple[list[str], list[DateRange], list[str]]:
        """The filter's words: names for the search, dates ("2016", "2024-04") and places (a country
        or city named exactly in any language or case form: "Riga", "Rīgā") where the tab has them."""
        words = self.query.split()
        if not self.spec.dated_places:
            return words, [], []
        from search.rank import Tier

        names: list[str] = []
        dates: list[DateRange] = []
        places: list[str] = []
        for word in words:
            if DATE.match(word):
                try:
                    dates.append(DateRange.parse(word))
                    continue
                except EnvoysError:
                    pass
            hits = self.index.search(word, kinds={"city", "country"}, limit=1) if self.index and len(word) > 1 else []
            # Only an exact or equivalent (declined) form: a half-typed name is still a name.
            if hits and hits[0].tier in (Tier.EXACT, Tier.EQUIVALENT):
                places.append(hits[0].record_id)
            else:
                names.append(word)
        return names, dates, places

    def _at_place(self, place: str) -> dict[str, m.Record]:
        """The records that name `place` (a country or city). A city also keeps the records of
        its country whose city the sources do not give (most visits): "Makei Riga" finds his
        visits to Latvia; the City column shows which are recorded as in Riga."""
        kept = {r.id: r for r in self.store.related(place, self.spec.cls)[:FILTER_LIMIT]}
        city = self.store.find(place)
        if isinstance(city, m.City) and city.country:
            for record in self.store.related(city.country, self.spec.cls)[:FILTER_LIMIT]:
                if getattr(record, "receiving", None) == city.country and getattr(record, "city", "") is None \
                        and getattr(record, "place", None) is None:
                    kept[record.id] = record
        return kept

    def _by_names(self, query: str, lang: str) -> tuple[dict[str, m.Record], bool]:
        from search.rank import Tier  # imported on the first filter, not at start-up

        if self.index is None:
            return {}, False
        hits = self.index.search(query, kinds=set(self.spec.kinds), limit=FILTER_LIMIT, lang=lang)
        # A table sorted by column cannot show relevance: where the query meets some records
        # exactly, by prefix or by an equivalent spelling, typo-tolerant matches are only noise.
        if any(hit.tier < Tier.FUZZY for hit in hits):
            hits = [hit for hit in hits if hit.tier < Tier.FUZZY]
        seen: dict[str, m.Record] = {}
        for hit in hits:
            record = self.by_id.get(hit.record_id)
            if record is not None and record.id not in seen:
                seen[record.id] = record
        return seen, len(hits) >= FILTER_LIMIT

    def _by_date(self, when: DateRange) -> tuple[dict[str, m.Record], bool]:
        """The records whose date overlaps `when`: a binary search in the records ordered by their
        earliest day (built once), not a scan of every record."""
        if self._dated is None:
            dated = [(date.earliest, date.latest, r) for r in self.records
                     if (date := getattr(r, "date", None)) is not None]
            dated.sort(key=lambda t: (t[0], t[2].id))
            self._dated = dated
            self._dated_starts = [t[0] for t in dated]
            self._longest = max((t[1] - t[0] for t in dated), default=_dt.timedelta(0))
        lo = bisect.bisect_left(self._dated_starts, when.earliest - self._longest)
        hi = bisect.bisect_right(self._dated_starts, when.latest)
        kept: dict[str, m.Record] = {}
        for _start, latest, record in self._dated[lo:hi]:
            if latest >= when.earliest:
                kept[record.id] = record
                if len(kept) >= FILTER_LIMIT:
                    return kept, True
        return kept, False

    def view(self, lang: str, window: int = WINDOW) -> View:
        records, capped = self.matching(lang)
        shown = records[:window]
        cells = [(r.id, [c.cell(r, self.store, lang) for c in self.spec.columns]) for r in shown]
        return View(cells, len(records), capped, len(self.records))
