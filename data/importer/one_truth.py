"""One page, one truth: a fact the page states twice is one fact; two values for one fact are a conflict.

    facts = one_truth(facts)

Missions are one fact per (sending, receiving, kind, city): the mention with an opening date
is kept, the other's quotes join it; two different opening dates make the fact a held conflict.
Events are one per (kind, parties), a recall or an expulsion one per envoy (or per date when it names
nobody); treaties one per (parties, kind, signed); visits one per
(direction, date, people). Envoy postings are settled by `postings.settle` before this.
"""

from __future__ import annotations

from dataclasses import replace

from data.importer.facts import EventFact, Fact, HeldFact, MissionFact, Quote, TreatyFact, VisitFact
from data.importer.keys import fold_key


def _key(fact: Fact) -> tuple[object, ...] | None:
    if isinstance(fact, MissionFact):
        # "the consulate in Sloviansk" and "the honorary consulate in Sloviansk" are one mission
        family = "embassy" if fact.mission_kind == "embassy" else "consulate"
        return ("mission", fact.sending, fact.receiving, family, fact.city.id if fact.city else None)
    if isinstance(fact, EventFact):
        if fact.event_kind in ("recall", "expulsion"):
            # they repeat between two states: one recall of one envoy (of one kind), else one per date
            who = (fold_key(fact.person.name.text), fact.ends_posting) if fact.person else str(fact.date)
            return ("event", fact.event_kind, fact.parties, who)
        parties = fact.parties if fact.event_kind == "recognition" else tuple(sorted(fact.parties))
        return ("event", fact.event_kind, parties)
    if isinstance(fact, TreatyFact):
        return ("treaty", tuple(sorted(fact.parties)), fact.treaty_kind, str(fact.signed), fold_key(fact.title))
    if isinstance(fact, VisitFact):
        people = tuple(sorted(fold_key(p.person.name.text) for p in fact.people))
        return ("visit", fact.sending, fact.receiving, str(fact.date), people)
    return None


def _date_of(fact: Fact) -> str | None:
    if isinstance(fact, MissionFact):
        return str(fact.opened) if fact.opened else None
    if isinstance(fact, EventFact):
        return str(fact.date)
    return None


_GENERAL = ("honorary-consulate", "consulate-general", "consulate", "embassy")
"""Mission kinds from the most specific: a page that says both keeps the specific one."""


def one_truth(facts: list[Fact]) -> list[Fact]:
    """The facts with each one told once; a fact told with two dates becomes a held conflict."""
    groups: dict[tuple[object, ...], list[Fact]] = {}
    order: list[tuple[object, ...] | Fact] = []
    # An embassy named without its city is the embassy the page names with one, when there is one.
    cities: dict[tuple[object, ...], set[object]] = {}
    for fact in facts:
        key = _key(fact)
        if key is not None and key[0] == "mission" and key[-1] is not None:
            cities.setdefault(key[:-1], set()).add(key[-1])
    for fact in facts:
        key = _key(fact)
        if key is not None and key[0] == "mission" and key[-1] is None and len(cities.get(key[:-1], ())) == 1:
            key = (*key[:-1], next(iter(cities[key[:-1]])))
        if key is None:
            order.append(fact)
        elif key in groups:
            groups[key].append(fact)
        else:
            groups[key] = [fact]
            order.append(key)
    out: list[Fact] = []
    for item in order:
        if not isinstance(item, tuple):
            out.append(item)
            continue
        group = groups[item]
        quotes = tuple(dict.fromkeys(q for f in group for q in f.quotes))
        dates = list(dict.fromkeys(d for f in group if (d := _date_of(f)) is not None))
        if len(dates) > 1:
            out.append(_conflict(group[0], quotes, tuple(dates)))
            continue
        best = next((f for f in group if _date_of(f) is not None),
                    next((f for f in group if getattr(f, "city", None) is not None), group[0]))
        if isinstance(best, EventFact) and best.person is None:
            best = next((f for f in group if getattr(f, "person", None) is not None), best)
        if isinstance(best, MissionFact):
            specific = [f.mission_kind for f in group if isinstance(f, MissionFact)]
            kind = min(specific, key=_GENERAL.index)
            best = replace(best, mission_kind=kind)
        out.append(replace(best, quotes=quotes))
    return out


def _conflict(fact: Fact, quotes: tuple[Quote, ...], dates: tuple[str, ...]) -> HeldFact:
    if isinstance(fact, MissionFact):
        sending, receiving, kind = fact.sending, fact.receiving, "mission"
    else:
        parties = fact.parties  # type: ignore[attr-defined]
        sending, receiving, kind = parties[0], parties[-1], "event"
    return HeldFact(quotes, kind, sending, receiving, (), f"the page gives two dates for this {kind}: "
                    + " and ".join(dates) + "; decide which the page means", dates=dates)
