"""Embassies opened "in both countries": the year each side's embassy in the other opened.

    Currently, Belarus has an embassy in Riga, while Latvia has an embassy in Minsk. ...
    Embassies were opened in both countries in 1993.    -> BY's embassy in Riga, LV's in Minsk: opened 1993

Encyclopedia articles and ministry pages name the two embassies in one place and say when they
opened, together, in another. The sentence of the opening names no state, so the two embassies
are the ones the page itself names, one each way between the same two states; with any other
number (none, one side only, two embassies of one side) nothing is read. The opening date is the
one date of the sentence, as precise as written.
"""

from __future__ import annotations

import re

from data.importer import mentions as mn
from data.importer.dates import find_dates
from data.importer.extract_base import sentences_of_line
from data.importer.facts import Fact, MissionFact
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
