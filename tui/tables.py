"""What each tab's table shows: its record class, its columns, how each column sorts.

Cells are computed from model records and the store's labels, in the current language;
nothing here touches the store file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from data import model as m
from tui.collation import sort_key as collation_key
from tui.i18n import value
from tui.labels import label
from tui.messages import TAB_KEYS
from widgets.record_table import Fit

NO_SHRINK = Fit()

if TYPE_CHECKING:
    from data.store import Store

Cell = Callable[[m.Record, "Store", str], str]
SortKey = Callable[[m.Record, "Store", str], Any]


@dataclass(frozen=True)
class Column:
    label: str  # an i18n key
    cell: Cell
    sort: SortKey | None = None  # default: the cell text in the alphabet of `lang`
    fit: Fit = NO_SHRINK  # how it gives way on a narrow terminal (dates never shrink)

    def sort_key(self, record: m.Record, store: Store, lang: str) -> Any:
        if self.sort is not None:
            return self.sort(record, store, lang)
        return collation_key(self.cell(record, store, lang), lang)


@dataclass(frozen=True)
class TabSpec:
    key: str          # "countries", "people", ...
    title: str        # an i18n key
    cls: type[m.Record]
    kinds: frozenset[str]  # search kinds this tab filters on
    columns: tuple[Column, ...]
    dated_places: bool = False  # the filter also takes dates ("2016") and places ("Riga")
    # The store tables its rows and cells are made of (its own and those its labels name), and
    # the classes its columns count: the tab is filled once the store holds these (`ready`).
    needs: tuple[str, ...] = ()
    counted: tuple[type[m.Record], ...] = ()

    def ready(self, store: Store) -> bool:
        """Whether `store` (perhaps still reading its other tables) holds all this tab shows."""
        return store.holds(self.needs) and all(store.can_count(cls) for cls in self.counted)


def _label(attr: str) -> Cell:
    return lambda r, s, lang: label(s, getattr(r, attr), lang) if getattr(r, attr) else ""


def _date_key(attr: str) -> SortKey:
    def key(record: m.Record, _s: Store, _l: str) -> Any:
        date = getattr(record, attr)
        return (date is None, date.earliest if date is not None else None, record.id)
    return key


def _post(record: Any, store: Store, lang: str) -> str:
    arrow = "–" if getattr(record, "direction_stated", True) is False else "→"  # no direction: just the sides
    return f"{label(store, record.sending, lang)} {arrow} {label(store, record.receiving, lang)}"


def _people(record: m.Visit, store: Store, lang: str) -> str:
    names = ", ".join(label(store, p.person, lang) for p in record.people)
    return names or record.occasion.show(lang)


def _related_count(cls: type[m.Record]) -> Cell:
    return lambda r, s, _l: str(s.count_related(r.id, cls))


def _count_key(cls: type[m.Record]) -> SortKey:
    return lambda r, s, _l: s.count_related(r.id, cls)


TABS: tuple[TabSpec, ...] = (  # in the order of tui.messages.TAB_KEYS
    TabSpec("countries", "tab.countries", m.Country, frozenset({"country"}), (
        Column("col.code", lambda r, s, lang: r.code),
        Column("col.name", lambda r, s, lang: r.label(lang), fit=Fit(0, 16)),
        Column("col.missions", _related_count(m.Mission), _count_key(m.Mission)),
        Column("col.visits", _related_count(m.Visit), _count_key(m.Visit)),
    ), needs=("countries",), counted=(m.Mission, m.Visit)),
    TabSpec("people", "tab.people", m.Person, frozenset({"person"}), (
        Column("col.person_name", lambda r, s, lang: r.label(lang), fit=Fit(0, 16)),
        Column("col.postings", _related_count(m.Envoy), _count_key(m.Envoy)),
        Column("col.visits", _related_count(m.Visit), _count_key(m.Visit)),
        Column("col.aliases", lambda r, s, lang: ", ".join(r.aliases), fit=Fit(9, 10)),
    ), needs=("people",), counted=(m.Envoy, m.Visit)),
    TabSpec("envoys", "tab.envoys", m.Envoy, frozenset({"envoy"}), (
        Column("col.person", _label("person"), fit=Fit(0, 14)),
        Column("col.role", lambda r, s, lang: value(r.role, lang), fit=Fit(4, 10)),
        Column("col.post", _post, fit=Fit(3, 14)),
        Column("col.start", lambda r, s, lang: str(r.start), _date_key("start")),
        Column("col.end", lambda r, s, lang: str(r.end) if r.end else (f"≥ {r.confirmed}" if r.confirmed else "…"),
               lambda r, s, lang: (r.end or r.confirmed or r.start).earliest),
    ), needs=("envoys", "people", "countries", "cities")),  # cities: the "as of" posts' consulates
    TabSpec("visits", "tab.visits", m.Visit, frozenset({"visit"}), (
        Column("col.date", lambda r, s, lang: r.date.compact(), lambda r, s, lang: (r.date.sort_key(), r.id)),
        Column("col.kind", lambda r, s, lang: value(r.visit_kind, lang), fit=Fit(6, 8)),
        Column("col.post", _post, fit=Fit(3, 14)),
        Column("col.city", _label("city"), fit=Fit(7, 8)),
        Column("col.who", _people, fit=Fit(1, 20)),
    ), dated_places=True, needs=("visits", "countries", "cities", "people")),
    TabSpec("treaties", "tab.treaties", m.Treaty, frozenset({"treaty"}), (
        Column("col.date", lambda r, s, lang: str(r.date or "—"), _date_key("date")),
        Column("col.kind", lambda r, s, lang: value(r.treaty_kind, lang), fit=Fit(6, 8)),
        Column("col.title", lambda r, s, lang: r.title.show(lang), fit=Fit(1, 24)),
        Column("col.parties", lambda r, s, lang: ", ".join(label(s, p, lang) for p in r.parties), fit=Fit(2, 16)),
    ), dated_places=True, needs=("treaties", "countries", "organisations", "cities")),
)


assert tuple(spec.key for spec in TABS) == TAB_KEYS


def spec_of(key: str) -> TabSpec:
    """The tab whose key is `key`."""
    return TABS[TAB_KEYS.index(key)]


def reading_order(first: str, counts_saved: bool) -> list[tuple[str, ...]]:
    """The store's tables in groups, in the order the app reads them: first what the tab `first`
    shows (with the tables it counts unless their counts are saved), then the visits with the
    next tab's, then each other tab's, in tab order, then the rest (sources and events: for the
    details). Each group is shown when read."""
    from data.store import ALL_TABLES, TABLE_OF

    specs = sorted(TABS, key=lambda spec: spec.key != first)
    groups: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for number, spec in enumerate(specs):
        tables = spec.needs if counts_saved else (*spec.needs, *(TABLE_OF[cls] for cls in spec.counted))
        if number == 1:
            # The visits next: most of a store, read while little else is in memory (the peak
            # is then the lowest), and their repeated parts shared before the rest is read.
            tables = ("visits", *tables)
        group = tuple(table for table in dict.fromkeys(tables) if table not in seen)
        if group:
            groups.append(group)
            seen.update(group)
    rest = tuple(table for table in ALL_TABLES if table not in seen)
    if rest:
        groups.append(rest)
    return groups
