"""Short display names of records ("Latvija vēstniecība · Minska"), in the interface language.

Presentation, not data: the words between the names (a mission's kind, an event's kind) are
translated through `tui.i18n`, so a Latvian label holds no English word. The command line and
the app both name records through here; `data/` knows ids and fields only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from data import model as m
from tui.i18n import value

if TYPE_CHECKING:
    from data.store import Store


def label(store: Store, record_id: str, lang: str = "en") -> str:
    """A short human name for any record id, in `lang` where the record has one; the id itself
    for a record the store does not hold (or did not load)."""
    record = store.find(record_id)
    return label_of(record, store, lang) if record is not None else record_id


def label_of(record: m.Record, store: Store, lang: str = "en") -> str:
    if isinstance(record, m.Named):
        return record.label(lang)
    if isinstance(record, m.Source):
        return record.title
    if isinstance(record, m.Envoy):
        return f"{label(store, record.person, lang)} ({record.start})"
    if isinstance(record, m.Mission):
        city = label(store, record.city or record.receiving, lang)
        return f"{label(store, record.sending, lang)} {value(record.mission_kind, lang)} · {city}"
    if isinstance(record, m.Visit):
        who = ", ".join(label(store, p.person, lang) for p in record.people)
        arrow = "→" if record.direction_stated else "–"  # no direction stated: just the two sides
        route = f"{label(store, record.sending, lang)} {arrow} {label(store, record.receiving, lang)}"
        return f"{record.date.compact()} · {who or record.occasion.show(lang) or value(record.visit_kind, lang)} " \
               f"({route})"
    if isinstance(record, m.Treaty):
        return record.title.show(lang)
    if isinstance(record, m.Event):
        names = " – ".join(label(store, p, lang) for p in record.parties)
        return f"{record.date} {value(record.event_kind, lang)} {names}"
    return record.id


def labeller(store: Store):
    """`label` bound to one store: what the search index names its hits with."""
    return lambda record_id, lang: label(store, record_id, lang)


def undirected_sides(store: Store, visit: m.Visit, lang: str) -> str:
    """The two countries of a visit whose direction is unstated, in the order of their names, so
    that neither reads as the visiting side."""
    return ", ".join(sorted((label(store, visit.sending, lang), label(store, visit.receiving, lang)),
                            key=str.casefold))
