"""Questions the store answers: who held a post when, and every post with its holders.

(Which country a user means is `search.countries.resolve_country`: it folds names as the search does.)
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from data import model as m
from data.dates import Certainty, DateRange, PartialDate
from data.store import Store


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
        certainty = envoy.tenure.covers(when)
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
    """Who headed `sending`'s mission in `receiving` on `when` (default: today); with
    `heads_only=False`, also the holders of every other post (honorary consuls, attachés)."""
    when = when or today_range()
    envoys = [
        e for e in store.related(sending.id, m.Envoy)
        if e.sending == sending.id and e.receiving == receiving.id and (e.post.heads_mission or not heads_only)
    ]
    return holders(store, envoys, when)


def posts(store: Store) -> dict[m.Post, list[m.Envoy]]:
    """Every post (see `model.Post`) with its holders in order of start."""
    result: dict[m.Post, list[m.Envoy]] = {}
    for envoy in sorted(store.all(m.Envoy), key=lambda e: (e.start, e.id)):
        result.setdefault(envoy.post, []).append(envoy)
    return result


def today_range() -> DateRange:
    return DateRange.of(PartialDate.from_date(_dt.date.today()))
