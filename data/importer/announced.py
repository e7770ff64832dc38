"""A trip the page only announces is no visit: the store records trips that took place.

    Макей 24 июля посетит с рабочим визитом Латвию. (page of 23 July)       -> none: announced for a later day
    Penktadienį Vilniuje viešės ... ministras. (page without a date)        -> none
    Zelensky will arrive on an official visit to Latvia today.              -> the visit, that day
    Šodien Rīgā ieradīsies Ukrainas prezidents. (page of that day)          -> the visit, that day
    Macron will visit Riga on 24 July. (page of 24 July)                    -> the visit: it happens on the page's day

The policy (decided for the whole importer): a trip a page announces for a later day, plans or
schedules is not a visit; a trip the page tells as happening today, in a page dated that day or
with no other date, is one. A trip is announced when every sentence that tells it speaks of it
in the future or as a plan, and none tells it in the past: "X, who visited Kyiv in May, will go
again" is read as the past visit its other reader found. Offers, cancellations and postponements
are `trips.not_offered`'s; this module adds the future and the plan.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from data.dates import PartialDate
from data.importer.facts import Fact, VisitFact, is_trip
from data.importer.page import Page

if TYPE_CHECKING:
    from data.importer.places import Places

# a trip to come: the future of a travel verb, or a plan or schedule of one
_FUTURE = re.compile(
    r"(?<![\w])(?:will|(?:is|are)\s+(?:due|expected|scheduled|set|going|planning)?\s*to\s+(?:visit|arrive|travel|"
    r"pay|make|come|go|meet|hold)|plans?\s+to|intends?\s+to|"
    r"ieradīsies|viesosies|apmeklēs|dosies|plāno|plānots|paredzēts|paredzēta|notiks|iecerēj\w*|gaidāms|"
    r"viešės|lankysis|atvyks|vyks|išvyks|apsilankys|planuoja|numatyta|numatytas|ketina|laukiam\w*|"
    r"посетит|прибудет|приедет|пройд[её]т|состоится|отправится|планирует|планируется|намерен\w*|совершит|"
    r"ожидается|"
    r"відвідає|прибуде|приїде|вирушить|відбудеться|здійснить|планує|планується|має\s+намір|очікується|"
    r"завітає|завітають|"
    r"наведае|прыбудзе|прыедзе|адбудзецца|здзейсніць|плануе|плануецца|чакаецца|"
    # the future auxiliary of an imperfective verb: "будет находиться с визитом", "буде перебувати"
    r"будет|будут|буде|будуть|будзе|будуць|"
    # a trip one is to make: "з візитом в Україну має прибути наприкінці цього року", "должен посетить"
    r"(?:має|мають|мае|маюць)\s+(?:прибути|відвідати|приїхати|здійснити|прыбыць|наведаць|прыехаць|здзейсніць)|"
    r"(?:должен|должна|должно|должны)\s+(?:прибыть|посетить|приехать|совершить)|"
    # a trip one meant to make, told in the past: "собирался приехать в Ригу", "збирався відвідати Київ"
    r"собирал(?:ся|ась|ись|ось)|збирав(?:ся)?|збиралас[яь]|збиралися|збіраўся|збіралася|збіраліся|"
    r"was\s+going\s+to|were\s+going\s+to|had\s+planned\s+to|"
    # a visit being prepared is not made yet: "идет подготовка визита", "Latvija gatavojas vizītei"
    r"подготовк\w*|подготавлива\w*|готовит\w*|готовят\w*|підготовк\w*|готує\w*|падрыхтоўк\w*|"
    r"gatavošan\w*|gatavojas|rengiam\w*|ruošiam\w*|pasiruošim\w*|preparations?|preparing|being\s+prepared|"
    # a trip planned or looked forward to, as a noun: "I plan my visit to Latvia in Q1-Q2 2020", "the planned visit",
    # "looking forward to visiting", "запланированный визит", "запланований візит", "plānotā vizīte", "planuojamas"
    r"plan(?:s|ned)?\s+(?:(?:my|his|her|its|our|their|a|an|the)\s+)?(?:\w+\s+)?(?:visit|trip)|"
    r"(?:looking|look|looks)\s+forward\s+to\s+(?:visiting|(?:a|the|my|his|her)\s+visit)|"
    r"запланирован\w*|запланован\w*|запланаван\w*|plānot\w*|planuojam\w*)(?![\w])",
    re.I)
# English tells a scheduled trip in the present simple with its time ("In February Rinkēvičs visits Minsk"): a
# visit reported is told in the past, or in the present with today or a day, never with a month alone
_SCHEDULED_EN = re.compile(
    r"(?<![\w])(?:in|during|early\s+in|later\s+in)\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?!\s+\d)(?![\w]).*?\b(?:visits|arrives|travels|heads|leaves\s+for|goes\s+to)\b"
    r"|\b(?:visits|arrives|travels|heads|leaves\s+for|goes\s+to)\b.*?\b(?:in|during)\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)(?!\s+\d)(?![\w])", re.I)
# a later day, whatever the tense: "Zelensky arrives in Riga tomorrow", "на следующей неделе"
_LATER = re.compile(
    r"(?<![\w])(?:tomorrow|next\s+week|rīt|nākamnedēļ|nākamajā\s+nedēļā|rytoj|kitą\s+savaitę|завтра|"
    r"на\s+следующей\s+неделе|наступного\s+тижня|заўтра|на\s+наступным\s+тыдні)(?![\w])",
    re.I)
# a trip told as past or as going on: then the sentence reports it, whatever else it announces
_PAST = re.compile(
    r"(?<![\w])(?:visited|arrived|came|paid|was|were|travell?ed|"
    r"ieradās|viesojās|apmeklēja|devās|bija|"
    r"atvyko|lankėsi|viešėjo|buvo|"
    r"посетил\w*|прибыл\w*|приехал\w*|был\w?|состоял\w*|прош[её]л|прошла|"
    r"відвідав\w*|прибув\w*|приїхав\w*|був|була|відбув\w*|відвідувал\w*|"
    r"наведаў\w*|прыбыў\w*|прыехаў\w*|быў|была|адбыў\w*|"
    # or as going on: the visitor is there ("находящийся с визитом в Киеве ... встретится")
    r"is\s+visiting|is\s+on\s+an?\s+\w*\s*visit|arrives|ieradies|ieradusies|atrodas|viesojas|lankosi|viešia|"
    r"atvykęs|atvykusi|находится|находящ\w+|прибывш\w+|перебуває|перебуваючи|знаходзіцца)(?![\w])",
    re.I)
_TODAY = re.compile(r"(?<![\w])(?:today|šodien|šiandien|сегодня|сьогодні|сёння)(?![\w])", re.I)



def announces(text: str) -> bool:
    """Whether the sentence tells its trip only as one to come (a future or a plan, no past)."""
    if _LATER.search(text) or (_SCHEDULED_EN.search(text) and not _PAST.search(text)):
        return True
    return bool(_FUTURE.search(text)) and not _PAST.search(text)


def _today(fact: Fact, page: Page) -> bool:
    """Whether the trip happens on the page's own day: the sentence says "today", or the trip's date (its first
    day, for a trip of several: "визит пройдет 14-15 марта" on a page of 14 March) is the page's date."""
    if any(_TODAY.search(q.text) for q in fact.quotes):
        return True
    if not isinstance(fact, VisitFact):
        return False
    own = page.dateline()
    if own is None or own[0].day is None or str(fact.date.start) != str(own[0]):
        return False
    # the page's day is another act's when the sentence plans the trip for a later year ("I plan my visit to
    # Latvia in Q1-Q2 2020, ... told the media ... on 17 November", a page of 2019)
    return not any(int(year) > own[0].year for q in fact.quotes for year in _YEAR.findall(q.text))


_YEAR = re.compile(r"(?<![\w.])((?:19|20)\d\d)(?![\w])")


# the visit as a noun that began, and whose: "Визит литовского лидера начался с официальной церемонии встречи"
_VISIT_NOUN = re.compile(r"(?<![\w])(?:visit|визит\w*|візит\w*|візіт\w*|vizīt\w*|vizit\w*)(?![\w])", re.I)
_BEGUN = re.compile(r"(?<![\w])(?:began|started|has\s+begun|начал(?:ся|ась)|розпочав(?:ся)?|розпочала(?:ся)?|"
                    r"почав(?:ся)?|пачаў(?:ся)?|пачала(?:ся)?|sākās|prasidėjo)(?![\w])", re.I)


def _begun(page: Page) -> set[str]:
    """The countries whose visit a sentence of the page tells as begun ("Визит литовского лидера начался ..."):
    an announcement of that country's trip elsewhere on the page ("Как сообщалось ранее, ... будет находиться
    с официальным визитом Президент Литовской Республики") is then the trip under way."""
    from data.importer.mentions import nations

    places = _places()
    found: set[str] = set()
    for _number, line in page.numbered():
        if not (_VISIT_NOUN.search(line) and _BEGUN.search(line)):
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            if _VISIT_NOUN.search(sentence) and _BEGUN.search(sentence) and not _FUTURE.search(sentence):
                found |= {m.place.key for m in nations(sentence, places) if isinstance(m.place.key, str)}
    return found


def _places() -> Places:  # the built-in lexicon, built once
    from data.importer.places import Places

    global _PLACES
    if _PLACES is None:
        _PLACES = Places.builtin()
    return _PLACES


_PLACES: Places | None = None


def _after_the_page(fact: Fact, own: tuple[PartialDate, str] | None) -> bool:
    """Whether the trip's first day lies after the page's own day ("Lukashenko will visit Latvia in 2020" on a page
    of 2019): whatever the tense, a page cannot report a trip that has not begun. Only a day the page states
    (`own`: a publication date, a dateline or its address) counts, and only when both are at least as precise as
    the comparison needs (a year against a year, a month against a month)."""
    if not isinstance(fact, VisitFact) or any(_PAST.search(q.text) for q in fact.quotes):
        return False  # told as past or under way: "is on a working visit to Ukraine until July 17" (a stay's end)
    if own is None:
        return False
    day, start = own[0], fact.date.start
    if start.year != day.year:
        return start.year > day.year
    if start.month is None or day.month is None or start.month != day.month:
        return start.month is not None and day.month is not None and start.month > day.month
    return start.day is not None and day.day is not None and start.day > day.day


def not_announced(facts: list[Fact], page: Page) -> list[Fact]:
    """The facts without the trips the page only announces for a later day or plans, and without the trips
    dated after the page's own day."""
    begun: set[str] | None = None
    kept = []
    own = page.dateline() if any(isinstance(f, VisitFact) for f in facts) else None  # once: a 5 MB page's is slow
    for fact in facts:
        if is_trip(fact) and _after_the_page(fact, own):
            continue
        if not is_trip(fact) or not fact.quotes or not all(announces(q.text) for q in fact.quotes) \
                or _today(fact, page):
            kept.append(fact)
            continue
        begun = _begun(page) if begun is None else begun
        if getattr(fact, "sending", None) in begun:
            kept.append(fact)  # announced in an earlier report's words, begun by the page's own
    return kept
