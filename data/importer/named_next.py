"""A new envoy announced without a name, named in the next sentence as the head of the mission.

    Литва визначилася з новим послом в Україні. Дипломатичну місію балтійської країни в нашій
    державі очолюватиме Інгу Станіте-Толочкене.       -> LT's ambassador in UA, Інга Станіте-Толочкене (held)

News announce "a new ambassador" of one state in another and say who in the sentence after, by the
mission he or she will head ("очолюватиме", "возглавит", "will head"), often naming the states by a
paraphrase ("the Baltic country", "our state") that no place reader resolves. The first sentence
must name the two states (one before the title, the host after "в", "in", "to" or in the locative)
and no name; the second a mission, a verb of heading and a full name after it, and no other state.
The posting is always held: the page gives it no start, and the tie between the two sentences is
the page's order, not its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from data.importer import mentions as mn
from data.importer import names as nm
from data.importer.extract_base import Sentence, sentences_of_line
from data.importer.facts import Fact, HeldFact, PersonMention
from data.importer.page import Page
from data.importer.places import Places

_NEW_TITLE = {
    "lv": r"(?:jaun\w+)\s+(?:vēstniek\w*|vēstniec\w*)",
    "lt": r"(?:nauj\w+)\s+ambasador\w*",
    "en": r"new\s+(?:[A-Z]\w+\s+)?[Aa]mbassador",
    "cyr": r"(?:нов\w+)\s+(?:посл\w*|пасл\w*|амбасадар\w*)",
}
_HEADS = {
    "lv": r"vadīs|vadītu|vadīt",
    "lt": r"vadovaus|vadovautų|vadovauti",
    "en": r"will\s+(?:be\s+)?head(?:ed\s+by)?|to\s+head|is\s+to\s+head",
    "cyr": r"очолюватиме|очолить|очолюватимуть|очолювати|возглавит|возглавлять|будет\s+возглавлять|"
           r"узначаліць|узначальваць|будзе\s+ўзначальваць",
}
_MISSION = re.compile(r"vēstniecīb\w*|pārstāvniecīb\w*|misij\w*|ambasad(?!or)\w*|atstovyb\w*|embassy|mission|"
                      r"посольств\w*|пасольств\w*|місі\w*|миссию|миссия|місію|представництв\w*|"
                      r"представительств\w*|прадстаўніцтв\w*|амбасад(?!ар)\w*", re.I)


def _family(lang: str) -> str:
    return "cyr" if lang in mn.CYRILLIC else lang


def _pairs(page: Page, words: re.Pattern[str]) -> Iterator[tuple[Sentence, Sentence]]:
    """Each sentence with a new title and the sentence right after it (on the same line or the next one)."""
    lines = page.numbered()
    previous: Sentence | None = None
    for number, line in lines:
        if previous is None and not words.search(line):
            continue
        for sentence in sentences_of_line(number, line):
            if previous is not None:
                yield previous, sentence
                previous = None
            if words.search(sentence.text):
                previous = sentence
        if previous is not None and previous.line != number:
            previous = None


def envoys_named_next(page: Page, places: Places) -> list[Fact]:
    """The held postings of new envoys the next sentence names (see the module doc)."""
    family = _family(page.lang)
    if family not in _NEW_TITLE:
        return []
    new = re.compile(rf"(?<![\w])(?:{_NEW_TITLE[family]})(?![\w])", re.I)
    heads = re.compile(rf"(?<![\w])(?:{_HEADS[family]})(?![\w])", re.I)
    found: list[Fact] = []
    if new.search(page.text) is None or heads.search(page.text) is None:
        return found  # two passes over the page: most pages have no such pair of sentences
    for first, second in _pairs(page, new):
        title = new.search(first.text)
        verb = heads.search(second.text)
        if title is None or verb is None or not _MISSION.search(second.text):
            continue
        post = _post(first.text, title, places, page.lang)
        if post is None or mn.envoys(first, page, places, post):
            continue  # no two states, or the first sentence names its envoy itself
        named = {mn._code(m.place) for m in places.find(second.text, page.lang)
                 if m.place.kind == "country" or m.place.country}
        if named - set(post):
            continue  # the second sentence is about another state
        written = mn._successor_after(second.text, verb.end(), places.find(second.text, page.lang))
        if written is None:
            continue
        name = nm.guess_nominative(written, page.lang) if page.lang != "en" else nm.Nominative(written, written,
                                                                                                certain=False)
        mention = PersonMention(name, page.lang, second.quote())
        found.append(HeldFact((first.quote(), second.quote()), "envoy", post[0], post[1], (mention,),
                              "the page announces a new envoy and names the head of the mission in the next "
                              "sentence: read as that envoy, for a check", role="ambassador"))
    return found


def _post(text: str, title: re.Match[str], places: Places, lang: str) -> tuple[str, str] | None:
    """(sending, host): a state before the title, not "from" it, and the host right after the title."""
    family = _family(lang)
    countries = [m for m in places.find(text, lang) if m.place.kind == "country"]
    before = [m for m in countries if m.end <= title.start()
              and mn._preposition_before(text, m.start) not in mn._FROM[family]]
    after = [m for m in countries if title.end() <= m.start <= title.end() + 30
             and (mn._preposition_before(text, m.start) in mn._TO.get(family, ())
                  or (family in ("lv", "lt") and m.case == "loc"))]
    if len(before) != 1 or len(after) != 1 or len(countries) != 2:
        return None
    sending, receiving = mn._code(before[0].place), mn._code(after[0].place)
    return (sending, receiving) if mn.in_scope(sending, receiving) else None
