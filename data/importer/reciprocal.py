"""Embassies opened "in both countries": the year each side's embassy in the other opened.

    Currently, Belarus has an embassy in Riga, while Latvia has an embassy in Minsk. ...
    Embassies were opened in both countries in 1993.    -> BY's embassy in Riga, LV's in Minsk: opened 1993

Encyclopedia articles and ministry pages name the two embassies in one place and say when they
opened, together, in another. The sentence of the opening names no state, so the two embassies
are the ones the page itself names, one each way between the same two states; with any other
number (none, one side only, two embassies of one side) nothing is read. The opening date is the
one date of the sentence, as precise as written.

`visit_and_return` reads the like for trips: a sentence that tells one person's visit and another's the
other way ("X's visit to Belarus is a visit in response after Y visited Lithuania on ...") is two trips,
never one merged visit with both people.
"""

from __future__ import annotations

import re

from data.importer import mentions as mn
from data.importer import names as nm
from data.importer.dates import find_dates
from data.importer.extract_base import Sentence, sentences_of_line
from data.importer.facts import Fact, HeldFact, MissionFact, Participant, PersonMention, VisitFact
from data.importer.missions import missions
from data.importer.page import Page
from data.importer.places import Places

_OPENED_BOTH = {
    "en": r"[Ee]mbassies\s+(?:\S+\s+){0,3}?(?:opened|established)\s+(?:\S+\s+){0,2}?"
          r"(?:in\s+both\s+(?:countries|capitals)|"
          r"in\s+each\s+other['’]s\s+capitals|reciprocally)",
    "lv": r"vēstniecības\s+(?:\S+\s+){0,3}?(?:atvērt\w*|atvēra|izveidot\w*)\s+(?:\S+\s+){0,2}?"
          r"(?:abās\s+valstīs|abu\s+valstu\s+galvaspilsētās)|abās\s+valstīs\s+(?:\S+\s+){0,3}?(?:atvērt\w*|atvēra)\s+"
          r"vēstniecības",
    "lt": r"ambasados\s+(?:\S+\s+){0,3}?(?:atidaryt\w*|atidarė|įsteigt\w*)\s+(?:\S+\s+){0,2}?"
          r"(?:abiejose\s+šalyse|abiejų\s+šalių\s+sostinėse)|abiejose\s+šalyse\s+(?:\S+\s+){0,3}?(?:atidaryt\w*|"
          r"atidarė)\s+ambasados",
    "cyr": r"(?:посольства|пасольствы)\s+(?:\S+\s+){0,3}?(?:открыт\w*|открыли|відкрит\w*|відкрили|адкрыт\w*|адкрылі)\s+"
           r"(?:\S+\s+){0,2}?(?:в\s+обеих\s+странах|в\s+столицах\s+обеих\s+стран|[ву]\s+обох\s+країнах|"
           r"[уў]\s+абедзвюх\s+краінах)",
}
_BOTH = re.compile(r"both|each\s+other|reciprocal|abās|abu\s+valstu|abiej|обеих|обох|абедзвюх", re.I)
_EMBASSY_WORD = re.compile(r"embass|vēstniecīb|ambasad(?!or)|посольств|пасольств|амбасад(?!ар)", re.I)


def _family(lang: str) -> str:
    return "cyr" if lang in mn.CYRILLIC else lang


def opened_in_both(page: Page, places: Places) -> list[Fact]:
    """The page's two embassies, one each way, with the opening date its "in both countries" sentence gives."""
    family = _family(page.lang)
    if family not in _OPENED_BOTH:
        return []
    if _BOTH.search(page.text) is None:
        return []  # one pass over the page: most never say "both"
    pattern = re.compile(_OPENED_BOTH[family], re.I)
    told = [s for n, line in page.numbered() if pattern.search(line) for s in sentences_of_line(n, line)
            if pattern.search(s.text)]
    if not told:
        return []
    dates = [found.date for s in told for found in find_dates(s.text, page.lang)]
    if len(told) != 1 or len(dates) != 1:
        return []
    embassies: dict[tuple[str, str], set[object]] = {}
    named: dict[tuple[str, str], MissionFact] = {}
    for number, line in page.numbered():
        if not _EMBASSY_WORD.search(line):
            continue
        for sentence in sentences_of_line(number, line):
            for fact in missions(sentence, page, places, None):
                if isinstance(fact, MissionFact) and fact.mission_kind == "embassy":
                    key = (fact.sending, fact.receiving)
                    embassies.setdefault(key, set()).add(fact.city.id if fact.city else None)
                    if fact.city is not None or key not in named:
                        named[key] = fact
    if len(embassies) != 2:
        return []
    (a, b), (c, d) = embassies
    if (a, b) != (d, c) or any(len({x for x in cities if x is not None}) > 1 for cities in embassies.values()):
        return []
    quote = told[0].quote()
    return [MissionFact((quote,), sending, receiving, "embassy", named[(sending, receiving)].city, dates[0])
            for sending, receiving in embassies]


# --- a visit and its return, told in one sentence ------------------------------------------------
# "Linas Linkevicius's visit to Belarus is a visit in response after Uladzimir Makei visited Lithuania on February
# 28 - March, 2014": two trips, each of the name before its own word of travel, to the country right after it.

_EN_NAME = r"[A-Z][\w.-]+(?:\s+[A-Z][\w-]+){1,2}"
_EN_TRIP_CLAUSE = re.compile(rf"(?P<name>{_EN_NAME})(?:['’]s)?\s+(?:(?:official|working|state|return)\s+)?"
                             r"(?:visit\s+to|visited|visits|arrived\s+in|travell?ed\s+to)\s+(?:the\s+)?"
                             r"(?P<where>[A-Z][\w-]+)")


def visit_and_return(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact] | None:
    """The two trips of an English sentence that tells one person's trip and another's the other way, or None
    when the sentence is not one such. Each trip is the name's before its own word of travel, to the place right
    after it, from the other country of the pair; its date is the one full date of its own clause, else it is
    held ("on February 28 - March, 2014": a day without a year beside a month: not one date)."""
    from data.importer.dateline import day_months

    text = sentence.text
    clauses = []
    for match in _EN_TRIP_CLAUSE.finditer(text):
        where = places.lookup(match["where"], "en")
        if where is None:
            continue
        country = where.place.key if where.place.kind == "country" else where.place.country
        clauses.append((match, country, where.place if where.place.kind == "city" else None))
    if len(clauses) != 2 or clauses[0][1] == clauses[1][1] or pair is None \
            or {clauses[0][1], clauses[1][1]} != set(pair):
        return None
    found: list[Fact] = []
    for index, (match, receiving, city) in enumerate(clauses):
        sending = clauses[1 - index][1]
        if not mn.in_scope(sending, receiving):  # type: ignore[arg-type]
            return None
        until = clauses[index + 1][0].start() if index + 1 < len(clauses) else len(text)
        clause = text[match.end():until]
        person = PersonMention(nm.nominative(match["name"], "en", genitive=False), "en", sentence.quote())
        full = [d for d in find_dates(clause, "en") if d.range.start.day is not None]
        if len(full) == 1 and not day_months(clause, "en"):
            found.append(VisitFact((sentence.quote(),), full[0].range, "visit", sending, receiving, city,  # type: ignore[arg-type]
                                   (Participant(person),), None, text,
                                   issues=(("ambiguity", _RETURN_NOTE),)))
        else:
            found.append(HeldFact((sentence.quote(),), "visit", sending, receiving, (person,),  # type: ignore[arg-type]
                                  "one of the two trips the sentence tells; the page gives no one date for it",
                                  city=city))
    return found


_RETURN_NOTE = "One of two trips, one each way, that the page tells in one sentence."
