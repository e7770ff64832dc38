"""The signing day a next sentence gives the document a sentence named without one.

    Латвия и Украина подписали соглашение о визах. Документ был подписан министрами 5 мая 2005 года.
    Latvija un Ukraina parakstīja līgumu par vīzām. Dokumentu ministri parakstīja 2005. gada 5. maijā.
                                                             -> the agreement on visas, signed 2005-05-05

News name the document first and tell its signing after, by the word "document" ("Документ", "Этот документ",
"Dokuments"): the agreement the sentence just before (one of the next two) named as signed without a day, and
only that one. The readers of each language hand in their own verb of signing; English has its own reader of
the shape (`extract_en._signed_later`), Lithuanian reads "dokumentas" as a document of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from data.importer.dates import find_dates
from data.importer.extract_base import NOT_DONE, Sentence, sentences, signing_apart, treaty_dates
from data.importer.facts import Fact, TreatyFact
from data.importer.page import Page
from data.importer.places import Places

# the document named back by its general word, at the head of the sentence, with a demonstrative or none
BACK = {
    "cyr": re.compile(r"^\s*(?:(?:этот|данный|указанный|цей|даний|зазначений|гэты|дадзены)\s+)?(?:документ|дакумент)"
                      r"\w*(?![\w])", re.I),
    "lv": re.compile(r"^\s*(?:(?:šis|šo|minēto|minētais)\s+)?dokument\w*(?![\w])", re.I),
}
# the words of a document: a sentence naming two is no sentence whose one document "the document" is
_DOCUMENTS = {
    "cyr": re.compile(r"(?<![\w])(?:договор|договір|дагавор|дамов[аыеу]|меморандум|мемарандум|декларац|деклараці|"
                      r"дэкларац|протокол|пратакол|угод|соглашени|пагадненн|программ|програм|дорожн\w*\s+карт)",
                      re.I),
    "lv": re.compile(r"(?<![\w])(?:līgum|nolīgum|vienošan|memorand|deklarācij|protokol|programm)", re.I),
}
_NEXT = 2  # how many sentences after the naming one may tell its day


def dated_by_next(facts: list[Fact], page: Page, places: Places, family: str,
                  signing: Callable[[str], re.Match[str] | None]) -> list[Fact]:
    """`facts` with each agreement named as signed without a day dated by the next sentence that tells the
    signing of "the document" with one day (see the module doc); the rest as they were."""
    back = BACK[family]
    undated = [f for f in facts if isinstance(f, TreatyFact) and f.signed is None and f.in_force is None]
    if not undated:
        return facts
    every = list(sentences(page))
    dated: dict[int, TreatyFact] = {}
    for fact in undated:
        told = [f for f in undated if f.quotes[0] == fact.quotes[0]]
        at = next((i for i, s in enumerate(every) if s.line == fact.quotes[0].line
                   and s.text.startswith(fact.quotes[0].text[:40])), None)
        if at is None or len(told) != 1 or len(_DOCUMENTS[family].findall(every[at].text)) != 1:
            continue  # two documents in one sentence: which one "the document" is, is not said
        for sentence in every[at + 1:at + 1 + _NEXT]:
            day = _signing_day(sentence, page, places, fact, back, signing)
            if day is not None:
                dated[id(fact)] = replace(fact, quotes=(*fact.quotes, sentence.quote()), signed=day)
                break
    return [dated.get(id(f), f) for f in facts]


def _signing_day(sentence: Sentence, page: Page, places: Places, fact: TreatyFact, back: re.Pattern[str],
                 signing: Callable[[str], re.Match[str] | None]):
    """The one day of a signing the sentence tells of "the document", if it names no state outside the
    document's two."""
    text = sentence.text
    verb = signing(text) if back.match(text) else None
    if verb is None or NOT_DONE.search(text[:verb.start()]):
        return None
    if any(m.place.key not in fact.parties for m in places.find(text, page.lang, kind="country")):
        return None
    dates = treaty_dates(sentence, find_dates(text, page.lang))
    signed, in_force = signing_apart(text, dates)
    if len(dates) != 1 or signed is None or in_force is not None:
        return None
    return signed.date
