"""One page, one truth: a fact the page states twice is one fact; two values for one fact are a conflict.

    facts = one_truth(facts)

Missions are one fact per (sending, receiving, kind, city): the mention with an opening date
is kept, the other's quotes join it; two different opening dates make the fact a held conflict.
Events are one per (kind, parties), a recall or an expulsion one per envoy (or per date when it names
nobody); treaties one per (parties, kind, signed); visits one per
(direction, date, people), a delegation named by its country alone being the trip the page tells with its
people that day (`_same_trip`). Envoy postings are settled by `postings.settle` before this.

A document named without its day (`undated_told`) is one per (parties, kind, topic), and none when the
page dates it elsewhere or says that a document of its kind was its ministries'.

Whatever reader told it, a fact between Belarus and Ukraine or between Latvia and Lithuania, no relation of the
store's, is none (`in_the_four`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from data.dates import PartialDate
from data.importer.extract_base import of_states
from data.importer.facts import EventFact, Fact, HeldFact, MissionFact, Quote, TreatyFact, VisitFact
from data.importer.keys import fold_key
from data.importer.mentions import in_scope
from data.importer.page import Page


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
        # Lithuania's recognition of Belarus in 1918 and in 1991 are two facts; two dates of one era are a conflict
        return ("event", fact.event_kind, parties, era(fact.date))
    if isinstance(fact, TreatyFact):
        return ("treaty", tuple(sorted(fact.parties)), fact.treaty_kind, str(fact.signed), fold_key(fact.title))
    if isinstance(fact, VisitFact):
        people = tuple(sorted(fold_key(p.person.name.text) for p in fact.people))
        return ("visit", fact.sending, fact.receiving, str(fact.date), people)
    return None


ERAS = ((1940, "1918-1940"), (1989, "1941-1989"))
"""The states' eras: their first independence (to 1940), the Soviet years, and from 1990 (the last, unnamed)."""


def era(date: PartialDate | None) -> str:
    """The era a recognition, an establishment of relations or a mission's opening falls in: the same act of the
    same states in two eras (Lithuania recognised Belarus in 1918 and again in 1991) is two facts, never two dates
    of one. "" for the present era (from 1990) and for no date (a page telling a relation in the present tense
    tells today's)."""
    if date is None:
        return ""
    return next((name for last, name in ERAS if date.year <= last), "")


def _date_of(fact: Fact) -> str | None:
    if isinstance(fact, MissionFact):
        return str(fact.opened) if fact.opened else None
    if isinstance(fact, EventFact):
        return str(fact.date)
    return None


_GENERAL = ("honorary-consulate", "consulate-general", "consulate", "embassy")
"""Mission kinds from the most specific: a page that says both keeps the specific one."""


def one_truth(facts: list[Fact], page: Page | None = None) -> list[Fact]:
    """The facts with each one told once; a fact told with two dates becomes a held conflict. `page` tells which
    telling comes first (`_consulate_of_its_own`)."""
    facts = undated_told([fact for fact in facts if in_the_four(fact)])
    own = _consulates_of_their_own(facts, page) if page is not None else set()
    groups: dict[tuple[object, ...], list[Fact]] = {}
    order: list[tuple[object, ...] | Fact] = []
    # An embassy named without its city is the embassy the page names with one, when there is one.
    cities: dict[tuple[object, ...], set[object]] = {}
    for fact in facts:
        key = _key(fact)
        if key is not None and key[0] == "mission" and key[-1] is not None:
            cities.setdefault(key[:-1], set()).add(key[-1])
    told: list[tuple[TreatyFact, tuple[object, ...]]] = []  # each dated document once, with its key
    named_trips = [f for f in facts if isinstance(f, VisitFact) and f.people]
    for fact in facts:
        key = _key(fact)
        if isinstance(fact, VisitFact) and not fact.people:
            key = next((_key(trip) for trip in named_trips if _same_trip(fact, trip)), key)
        if id(fact) in own and key is not None:
            key = (*key, "consulate")
        if key is not None and key[0] == "mission" and key[-1] is None and len(cities.get(key[:-1], ())) == 1:
            key = (*key[:-1], next(iter(cities[key[:-1]])))
        if isinstance(fact, TreatyFact) and key is not None:
            # one document told twice with its day, in other words ("pasirašytą Lietuvos ir Ukrainos susitarimą
            # dėl socialinės apsaugos" by one reader, "Susitarimą dėl socialinės apsaugos" by another)
            key = next((k for other, k in told if other.signed == fact.signed
                        and (other.in_force == fact.in_force or None in (other.in_force, fact.in_force))
                        and _same_document(fact, other, bare=False)), key)
            told.append((fact, key))
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
        # the telling with a date, and of those one that names the city ("embassies were opened in both
        # countries in 1993" beside "Belarus has an embassy in Riga": the embassy in Riga, opened 1993)
        dated = [f for f in group if _date_of(f) is not None]
        best = next((f for f in dated if getattr(f, "city", None) is not None), dated[0] if dated else
                    next((f for f in group if getattr(f, "city", None) is not None), group[0]))
        if isinstance(best, TreatyFact) and best.in_force is None:  # the telling that gives both days
            best = next((f for f in group if isinstance(f, TreatyFact) and f.in_force is not None), best)
        if isinstance(best, VisitFact) and not best.people:  # the delegation's trip told with its people
            best = next((f for f in group if isinstance(f, VisitFact) and f.people), best)
        if isinstance(best, EventFact) and best.person is None:
            best = next((f for f in group if getattr(f, "person", None) is not None), best)
        if isinstance(best, MissionFact):
            specific = [f.mission_kind for f in group if isinstance(f, MissionFact)]
            kind = min(specific, key=_GENERAL.index)
            best = replace(best, mission_kind=kind)
        out.append(replace(best, quotes=quotes))
    return out


def _same_trip(delegation: VisitFact, trip: VisitFact) -> bool:
    """Whether a delegation named by its country alone ("A Lithuanian ministerial delegation ... has arrived in Kyiv")
    is the trip the page tells with its people ("a delegation of ministers led by Lithuanian Prime Minister NAME
    arrived in Kyiv"): the same two countries on a day within the trip's days. One trip, one record."""
    return (delegation.sending, delegation.receiving) == (trip.sending, trip.receiving) \
        and trip.date.earliest <= delegation.date.earliest and delegation.date.latest <= trip.date.latest


def _consulates_of_their_own(facts: list[Fact], page: Page) -> set[int]:
    """The plain consulates (by `id`) that are not the honorary consulate the page names in the same city: a
    page names a mission in full first and shortly after ("відкрив почесне консульство Латвії у місті
    Слов'янськ ... Консульство Латвії у Слов'янську стало шостою"), so a consulate told before the honorary one,
    in a sentence of its own and not in the page's title (a headline shortens), is another mission ("Lietuva
    ... turi ... vieną konsulatą Lvove" beside the list of its honorary consulates, Lviv's among them)."""
    def where(quote: Quote) -> tuple[int, int]:
        line = page.lines[quote.line - 1] if 0 < quote.line <= len(page.lines) else ""
        return quote.line, max(line.find(quote.text), 0)

    missions = [f for f in facts if isinstance(f, MissionFact) and f.city is not None]
    honorary: dict[tuple[object, ...], set[Quote]] = {}  # the honorary consulates' quotes, per city
    for fact in missions:
        if fact.mission_kind == "honorary-consulate":
            honorary.setdefault((fact.sending, fact.receiving, fact.city), set()).update(fact.quotes)
    first = {place: min(map(where, quotes)) for place, quotes in honorary.items()}
    own: set[int] = set()
    for plain in (f for f in missions if f.mission_kind == "consulate"):
        place = (plain.sending, plain.receiving, plain.city)
        told = [q for q in plain.quotes if q.line != page.title_line]
        if place in honorary and told and not honorary[place] & set(plain.quotes) \
                and min(map(where, told)) < first[place]:
            own.add(id(plain))
    return own


def in_the_four(fact: Fact) -> bool:
    """Whether the fact may lie in one of the four relations: not one between Belarus and Ukraine or between
    Latvia and Lithuania, the two pairs of the store's countries that are no relation of it ("Білорусь закриє
    своє консульство в Одесі" is Belarus's in Ukraine). A third state is the readers' to judge."""
    two = getattr(fact, "parties", None)
    if two is None:
        two = (getattr(fact, "sending", None), getattr(fact, "receiving", None))
    states = [state for state in two if state]
    return len(states) != 2 or not set(states) <= _STORES or in_scope(states[0], states[1])


_STORES = {"LV", "LT", "BY", "UA"}


def _conflict(fact: Fact, quotes: tuple[Quote, ...], dates: tuple[str, ...]) -> HeldFact:
    event_kind = None
    if isinstance(fact, MissionFact):
        sending, receiving, kind = fact.sending, fact.receiving, "mission"
    else:
        parties = fact.parties  # type: ignore[attr-defined]
        sending, receiving, kind = parties[0], parties[-1], "event"
        event_kind = fact.event_kind  # type: ignore[attr-defined]  # the review says which event it is
    return HeldFact(quotes, kind, sending, receiving, (), f"the page gives two dates for this {kind}: "
                    + " and ".join(dates) + "; decide which the page means", dates=dates, event_kind=event_kind)


# --- documents named without their day -----------------------------------------------------------

# the words a document's topic begins after: "agreement on ...", "угода про ...", "пагадненне аб ...", "līgums par"
_TOPIC_AFTER = re.compile(r"(?<![\w])(?:on|of|concerning|regarding|про|о|об|аб|par|dėl)\s+", re.I)
# words every topic shares ("cooperation in the field of"), as five-letter stems: they tell two documents of a
# pair apart by nothing
_GENERIC = ("coope", "colla", "mutua", "field", "spher", "areas", "bilat", "співр", "співп", "сотру", "супра",
            "взаєм", "взаим", "узаем", "галуз", "облас", "сфері", "сфере", "сфера", "сферы", "двуст", "двост",
            "двухб", "sadar", "bendr", "abpus", "savst", "divpu", "dviša", "strat",
            # the states and their governments, which every document of a pair names
            "ukrai", "latvi", "lithu", "belar", "repub", "respu", "украї", "украи", "украі", "латві", "латви",
            "литов", "литви", "литві", "літвы", "літоў", "білор", "белор", "белар", "lietu", "baltk", "balta",
            "gover", "cabin", "minis", "урядо", "уряду", "прави", "ураду", "кабін", "кабин", "valdī", "vyria",
            "kabin", "presi", "прези", "прэзі", "prezi", "betwe")


def topic(title: str) -> set[str]:
    """The stems (five letters) of a document's topic words: what it is about, after "on", "про", "par"
    ("Agreement on 23 August 2010 in Riga" has none: that "on" opens its day)."""
    found = next((m for m in _TOPIC_AFTER.finditer(title) if not title[m.end():m.end() + 1].isdigit()), None)
    words = re.findall(r"\w{5,}", title[found.end():] if found else "")
    return {w.lower()[:5] for w in words} - set(_GENERIC)


def _family(kind: str) -> str:
    # a news item calls one document a treaty and an agreement by turns ("розірве договір" in its title,
    # "розірвати угоду" in its text); a memorandum, a protocol, a declaration keep their own word
    return "agreement" if kind == "treaty" else kind


def _same_document(a: TreatyFact, b: TreatyFact, *, bare: bool = True) -> bool:
    """Two mentions of one document of a pair: the same kind (`_family`), and topics that share a word, or, when
    `bare`, one that names none ("the agreement", "ця угода": the page's words for the document it named before;
    two documents dated alike need a shared word: "valdības ekonomiskās ... sadarbības līgums" names its topic
    before its kind word, where `_topic` does not look)."""
    if sorted(a.parties) != sorted(b.parties) or _family(a.treaty_kind) != _family(b.treaty_kind):
        return False
    mine, theirs = topic(a.title), topic(b.title)
    return bool(mine & theirs) or (bare and (not mine or not theirs))


def undated_told(facts: list[Fact]) -> list[Fact]:
    """The page's documents named without a day of signing or entry into force, each once: none whose
    document the page dates elsewhere, none of a kind the page says was its ministries' or agencies' ("Україна
    та Латвія підписали меморандум" beside "меморандум ... між нашими міністерствами": the headline's states
    are the ministries), and one per topic of the others."""
    treaties = [f for f in facts if isinstance(f, TreatyFact)]
    undated = [f for f in treaties if f.signed is None and f.in_force is None]
    if not undated:
        return facts
    dated = [f for f in treaties if f not in undated]
    theirs = {(tuple(sorted(f.parties)), f.treaty_kind) for f in undated if not of_states(f.title)}
    kept: list[TreatyFact] = []
    out: list[Fact] = []
    for fact in facts:
        if not isinstance(fact, TreatyFact) or fact in dated:
            out.append(fact)
            continue
        if (tuple(sorted(fact.parties)), fact.treaty_kind) in theirs \
                or any(_same_document(fact, other) for other in dated):
            continue
        same = next((i for i, other in enumerate(kept) if _same_document(fact, other)), None)
        if same is not None:
            # the headline names the document, the body tells it again with the words it has for the day ("в
            # среду, 27 ноября"): one row, citing both, so the review shows those words
            first = kept[same]
            merged = replace(first, quotes=(*first.quotes, *(q for q in fact.quotes if q not in first.quotes)))
            kept[same] = merged
            out[out.index(first)] = merged
            continue
        kept.append(fact)
        out.append(fact)
    return out
