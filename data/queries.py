"""Questions the store answers: which country is meant, who held a post when, what links to what."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from data import model as m
from data.dates import Certainty, DateRange, PartialDate, term_covers
from data.errors import UnknownCountryError
from data.store import Store
from search.normalize import analyse, fold


def resolve_country(store: Store, text: str) -> m.Country:
    """A country from its code or any of its names and written forms, in any case or script.

    'LV', 'lv', 'Latvija', 'Latvia', 'latvija', 'Baltarusija', 'Беларусь'... The lookup folds
    case, diacritics and Cyrillic the same way the search does.
    """
    wanted = _key(text)
    if not wanted:
        raise UnknownCountryError(f"unknown country: {text!r}")
    for country in store.all(m.Country):
        forms = [country.code, country.id.partition(":")[2], *country.aliases]
        forms += [form.text for form in country.name.forms.values()]
        if wanted in {_key(form) for form in forms}:
            return country
    shown = text if len(text) <= 40 else text[:37] + "..."
    known = ", ".join(f"{c.code} ({c.label('en')})" for c in store.all(m.Country))
    raise UnknownCountryError(f"unknown country: {shown!r} (known: {known})")


def _key(text: str) -> str:
    """Folded and spelling-normalised, so 'Латвия' (latviya) meets 'Latvija' and 'Latvia'."""
    return " ".join(analyse(word).skeleton for word in fold(text).split())


@dataclass(frozen=True, slots=True)
class Holder:
    """An envoy who held (or may have held) a post on the date asked."""

    envoy: m.Envoy
    certainty: Certainty
    reason: str


def holders(store: Store, envoys: list[m.Envoy], when: DateRange) -> list[Holder]:
    """Of `envoys`, those whose term covers `when`, surest first, with why it is not sure."""
    found = []
    for envoy in envoys:
        certainty = term_covers(
            envoy.start, envoy.end, when,
            end_exclusive=envoy.end_basis == "successor", known_until=envoy.confirmed,
        )
        if certainty is not Certainty.NO:
            found.append(Holder(envoy, certainty, _reason(envoy, certainty, when)))
    order = {Certainty.YES: 0, Certainty.POSSIBLY: 1}
    return sorted(found, key=lambda h: (order[h.certainty], h.envoy.start, h.envoy.id))


def _reason(envoy: m.Envoy, certainty: Certainty, when: DateRange) -> str:
    if certainty is Certainty.YES:
        return ""
    if envoy.start.latest > when.earliest:
        return f"the sources date the start only to {envoy.start}"
    if envoy.end is None:
        if envoy.confirmed is not None:
            return f"the sources confirm the post only until {envoy.confirmed}"
        return f"the sources give only the start ({envoy.start}), no end"
    return f"the sources date the end only to {envoy.end}"


def who(
    store: Store,
    sending: m.Country,
    receiving: m.Country,
    when: DateRange | None = None,
    *,
    heads_only: bool = True,
) -> list[Holder]:
    """Who headed `sending`'s mission in `receiving` on `when` (default: today)."""
    when = when or today_range()
    envoys = [
        e for e in store.related(sending.id, m.Envoy)
        if e.sending == sending.id and e.receiving == receiving.id and (e.heads_mission or not heads_only)
    ]
    return holders(store, envoys, when)


def posts(store: Store) -> dict[tuple[str, str, str], list[m.Envoy]]:
    """Every post (sending, receiving, role group) with its holders in order of start."""
    result: dict[tuple[str, str, str], list[m.Envoy]] = {}
    for envoy in store.all(m.Envoy):
        group = "head-of-mission" if envoy.heads_mission else envoy.role
        result.setdefault((envoy.sending, envoy.receiving, group), []).append(envoy)
    return result


def today_range() -> DateRange:
    return DateRange.of(PartialDate.from_date(_dt.date.today()))
