"""The host is no traveller: a person the page names with an office of the country a trip goes to.

    Президент Украины Петр Порошенко подписал ... (line 1)
    ... в ходе визита президента Литвы в Киев Петр Порошенко и Даля Грибаускайте ...  -> LT → UA without Poroshenko

A reader that takes the first name after a trip's words can take the host who receives the visitor.
Where the page itself names that person right after an office of the trip's destination ("Президент
Украины Петр Порошенко", "Ukraine's President Zelensky"), and never with an office of the country the
trip comes from, the person is the host: they leave the trip, and a trip left without a traveller is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from data.importer.facts import Fact, HeldFact, PersonMention, VisitFact
from data.importer.mentions import _code, _preposition_before, find_places, nations
from data.importer.page import Page
from data.importer.places import Places
from data.importer.travels import _OFFICE

_REACH = 60  # how far before a name its office and the office's country may stand


def _stem(name: str) -> str:
    surname = name.split()[-1] if name.split() else name
    return surname[: max(4, len(surname) - 2)]


def _offices(stem: str, lines: list[str], page: Page, places: Places) -> set[str]:
    """The countries whose office the page puts right before a surname (in any form the page writes
    it starting with `stem`): "Президент Украины Петр Порошенко", "Latvijas ārlietu ministru Edgaru
    Rinkēviču"; not "президента Литвы в Киев Петр Порошенко" (a place comes between)."""
    found: set[str] = set()
    for line in lines:
        start = line.find(stem)
        while start >= 0:
            window = line[max(0, start - _REACH):start]
            mentions = sorted([*find_places(places, window, page.lang), *nations(window, places)],
                              key=lambda m: m.end)
            if mentions:
                nearest = mentions[-1]
                between = window[nearest.end:]
                office = _OFFICE.search(window[max(0, nearest.start - 30):])
                if nearest.place.kind == "country" and office is not None and _ADJACENT.fullmatch(between) \
                        and _preposition_before(window, nearest.start) not in _PLACE_PREPOSITIONS \
                        and not _AND.search(window[:nearest.start]):  # "Президенты Украины и Латвии X и Y"
                    found.add(_code(nearest.place))
            start = line.find(stem, start + len(stem))
    return found


# between an office's country and the name: office words and at most the given name, nothing else
_ADJACENT = re.compile(r"(?:['’]s)?(?:\s+[^\W\d_A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲА-ЯЁІЇЄҐЎ][^\W\d_]*){0,3}"
                       r"(?:\s+[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲА-ЯЁІЇЄҐЎ][^\W\d_.]*\.?)?\s*")
_AND = re.compile(r"(?:^|\s)(?:and|un|ir|bei|и|і|та|й|а)\s+$", re.I)
_PLACE_PREPOSITIONS = {"in", "to", "into", "from", "uz", "no", "į", "iš", "в", "во", "у", "ў", "до", "да", "из", "з",
                       "із", "са", "с", "with", "ar", "su", "со"}


class _Hosts:
    """Which page-wide offices each surname has, looked up once per surname: a page of thousands of
    trips names the same few people again and again, and each look is a walk over the whole page."""

    def __init__(self, page: Page, places: Places) -> None:
        self.page, self.places = page, places
        self.lines = [line for _number, line in page.numbered()]
        self.offices: dict[str, set[str]] = {}

    def __call__(self, person: PersonMention, sending: str, receiving: str) -> bool:
        stem = _stem(person.written)
        if stem not in self.offices:
            self.offices[stem] = _offices(stem, self.lines, self.page, self.places)
        offices = self.offices[stem]
        return receiving in offices and sending not in offices


def not_hosts(facts: list[Fact], page: Page, places: Places) -> list[Fact]:
    """The facts with the hosts taken out of their trips, and without the trips that had only hosts."""
    _host = _Hosts(page, places)
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, VisitFact):
            kept = tuple(p for p in fact.people if not _host(p.person, fact.sending, fact.receiving))
            if fact.visit_kind == "meeting" or kept == fact.people:
                out.append(fact)
            elif kept:
                out.append(replace(fact, people=kept))
            continue
        if isinstance(fact, HeldFact) and fact.fact_kind == "visit":
            held = tuple(p for p in fact.people if not _host(p, fact.sending, fact.receiving))
            if held == fact.people:
                out.append(fact)
            elif held:
                out.append(replace(fact, people=held))
            continue
        out.append(fact)
    return out
