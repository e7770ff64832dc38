"""What the import may propose as a record of its own: the properties that tell a safe record from an unsafe one.

    reason = unsafe(fact, page, places)    # None, or why the record must be read before it is written

A record the import proposes as `new` or `merge` must rest on what its own sentence says (what of those is
written without a reader at all is `choice`'s: only witnesses). On
the pages nobody had read when they were measured (the opened hold-outs, 075-104 and 200-233, and the
sixth development pages at first sight), the wrong written records were facts whose sentence did not
say one of their parts, and which a reader filled in from elsewhere:

- the states: an agreement whose sentence names neither of them ("Līgums par augstākās izglītības
  kvalifikāciju automātisku atzīšanu (parakstīts ... Briselē)" on a notice about Latvia and Ukraine: a
  treaty of many states, given the page's pair);
- the day: a news item's opening that gives two days ("Vilnius, Oct 5 (UrduPoint ... - 6th Oct, 2020)"):
  the place's day and the wire's day disagree, and the fact took one of them;
- the person: a trip whose traveller the sentence names by the office alone, dated away from the page's
  own days ("Paskutinis Lietuvos ministro pirmininko vizitas Ukrainoje įvyko 2019 metų balandžio mėnesį"):
  the page's holder of the office is today's, and may not have held it then.

Each such record becomes `review` with a note that says which part the sentence does not give: nothing
of it is lost, and `--accept` writes it (as it writes a guessed nominative) after reading.
"""

from __future__ import annotations

import re

from data.dates import PartialDate
from data.importer import dateline
from data.importer import dates as d
from data.importer.facts import Fact, MissionFact, TreatyFact, VisitFact
from data.importer.one_truth import topic
from data.importer.page import Page
from data.importer.places import Places

# The states' names and the words made from them, as stems, in the six languages the importer reads and
# their cases ("Latvijas", "Латвії", "латвийско-", "Lietuvos", "литовской", "Baltkrievijas", "білоруський"):
# `Places.find` knows the names, not every adjective's case.
_STATE_WORDS = {
    "LV": r"latvi|latvj|латви|латві|латвы|латыш|лотыш|letton|lettl",
    "LT": r"lithu|lietu|litau|литв|литов|літв|літоў",
    "BY": r"belar|belor|bielo|baltk|balta|белор|белар|білор",
    "UA": r"ukrai|украи|украї|украі",
}
_STATE = {code: re.compile(rf"(?<![^\W\d_])(?:{stems})", re.I) for code, stems in _STATE_WORDS.items()}


def states_named(text: str, lang: str, places: Places) -> set[str]:
    """The four relations' states `text` names: by a name or a word made from it, or by one of their cities."""
    named = {code for code, pattern in _STATE.items() if pattern.search(text)}
    for mention in places.find(text, lang):
        place = mention.place
        if place.kind == "country":
            named.add(place.key.upper())
        elif place.country:
            named.add(place.country.upper())
    return named


def _quotes_text(fact: Fact) -> str:
    return " ".join(quote.text for quote in fact.quotes)


_OWN_STATE = {"lv": "LV", "lt": "LT"}  # a Latvian or Lithuanian page may leave its own state unsaid


def treaty_states_unsaid(fact: TreatyFact, lang: str, places: Places) -> str | None:
    """An agreement whose sentences do not name its states but name a third one (by its name or a city of
    it: "parakstīts ... Briselē"): its parties are then the page's pair, not the sentence's words, and the
    document may be that state's or many states' (a legal notice lists the treaties of many). A Latvian or a
    Lithuanian page may leave its own state unsaid ("līgums ar Ukrainu"); "the two countries", "both sides"
    and a document with no other state named are the page's pair's, and so is a document named by its kind word
    alone, with no topic of its own (a treaty's closing clause: "Vienošanās ir parakstīta Viļņā ...")."""
    if not topic(fact.title):
        return None  # "Vienošanās ir parakstīta Viļņā ...": the kind word alone, the page's own document
    named = states_named(_quotes_text(fact), lang, places)
    unsaid = [code for code in fact.parties if code not in named and code != _OWN_STATE.get(lang)]
    others = sorted(named - set(fact.parties))
    if not unsaid or not others:
        return None
    return (f"the sentence names {', '.join(others)}, not {' or '.join(unsaid)}: the parties are only the "
            "page's pair, and the document may be another pair's or many states'")


# The opening of a news item, before its first words of its own: the place and the wire's stamp
# ("Vilnius, Oct 5 (UrduPoint / Pakistan Point News - 6th Oct, 2020 ) :Lithuania is ...").
_OPENING_END = re.compile(r"\s[-–—]\s|/\s*[-–—]|:\s")
_OPENING_MAX = 120


def _opening(text: str) -> str:
    """The place and stamp a news item opens with ("Vilnius, Oct 5 (... - 6th Oct, 2020 ) :"), or ''."""
    start = dateline.after_opening_stamp(text)
    head = text[start:start + _OPENING_MAX]
    bracket = head.find("(")
    if 0 <= bracket < 40 and ")" in head[bracket:]:
        return head[:head.index(")", bracket) + 1]
    end = _OPENING_END.search(head)
    return head[:end.end()] if end else ""


def _days(text: str, lang: str) -> set[tuple[int, int]]:
    """The (month, day) pairs `text` writes, with or without their year."""
    found = {(f.date.month, f.date.day) for f in d.find_dates(text, lang)
             if f.date.month is not None and f.date.day is not None}
    found |= {(dm.month, dm.day) for dm in dateline.day_months(text, lang)}
    return found


def opening_days_disagree(fact: Fact, lang: str) -> str | None:
    """A fact told in a news item's opening that writes two different days (the place's and the wire's):
    whichever the fact took, the other may be the day of the fact."""
    for quote in fact.quotes:
        opening = _opening(quote.text)
        days = _days(opening, lang) if opening else set()
        if len(days) > 1:
            shown = ", ".join(f"{day}.{month:02d}." for month, day in sorted(days))
            return f"the item's opening gives two days ({shown}); which one is the fact's is not said"
    return None


_BY_OFFICE = "names the traveller by the office alone"


def office_holder_elsewhere(fact: VisitFact, page_day: PartialDate | None) -> str | None:
    """A trip whose traveller the sentence names only by an office, the person being the page's holder of it,
    when the trip is not of the page's own days: the office may have had another holder then."""
    if not any(_BY_OFFICE in text for _kind, text in fact.issues):
        return None
    trip = fact.date.start
    if page_day is not None and page_day.year is not None and trip.year is not None:
        months_apart = abs((page_day.year * 12 + (page_day.month or 1)) - (trip.year * 12 + (trip.month or 1)))
        if months_apart <= dateline.WINDOW_DAYS // 30:
            return None
    who = ", ".join(p.person.name.text for p in fact.people)
    when = "the page's date (not given)" if page_day is None else f"the page's date ({page_day})"
    return f"the sentence names only the office; {who} holds it as of {when}, maybe not on {fact.date}"


# A mission's opening or closing told as such: "oficiāli atvērta", "was founded", "открыли", "įsteigtas"
_OPENED_OR_CLOSED = re.compile(
    r"(?<![^\W\d_])(?:atvēr|atklā|dibin|slēg|open(?:ed|ing|s)?(?![^\W\d_])|founded|foundation|establish|"
    r"clos(?:ed|ing|ure)(?![^\W\d_])|atidar|įsteig|uždar|откры|основа[нл]|учрежд|закры|відкри|заснов|закри|адкры|"
    r"заснав|зачын)", re.I)


def mission_date_unread(fact: MissionFact, lang: str) -> str | None:
    """A mission with no opening or closing day whose sentence tells its opening or closing with a date that has
    its year ("vēstniecība Minskā (oficiāli atvērta 1993. gadā)", "The Honorary Consulate ... in Lviv was founded
    on 12 February 1992"): the reader left the date out, and the record would say the page gives none."""
    if fact.opened is not None or fact.closed is not None:
        return None
    for quote in fact.quotes:
        years = [f for f in d.find_dates(quote.text, lang) if f.date.year is not None]
        if years and _OPENED_OR_CLOSED.search(quote.text):
            return (f"the sentence tells an opening or a closing and gives {years[0].text.strip()}, but the record "
                    "has no date of it: check which day is the mission's")
    return None


def unsafe(fact: Fact, page: Page, places: Places, page_day: PartialDate | None) -> str | None:
    """Why the record made of `fact` must be read before it is written (None: it rests on its sentence)."""
    if isinstance(fact, TreatyFact):
        reason = treaty_states_unsaid(fact, page.lang, places)
        if reason:
            return reason
    if isinstance(fact, MissionFact):
        reason = mission_date_unread(fact, page.lang)
        if reason:
            return reason
    if isinstance(fact, VisitFact):
        reason = office_holder_elsewhere(fact, page_day)
        if reason:
            return reason
    return opening_days_disagree(fact, page.lang)
