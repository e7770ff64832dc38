"""A fact held for want of a date, dated by the year the sentence tells relative to the page's publication date.

    Sutartį ... per Baltarusijos prezidento Aleksandro Lukašenkos vizitą pernai rudenį Vilniuje pasirašė ...
    (a page published 2010 04 02)                                       -> BY → LT visit, 2009 (a season is no month)
    ... Andrius Puidokas, has been operating from Vilnius since last October when he was recalled ...
    (a page published 7 July 2021)                                      -> LT → BY recall, 2020-10

Whichever reader found the fact, a visit or an event (recall, expulsion, recognition, relations) that it held
because its sentence writes no date it could read is dated here when that sentence names the year relative to
the page's own ("pernai", "praėjusiais metais", "pagājušajā gadā", "в прошлом году", "торік", "мінулага года",
"last year"), with its month or day where the sentence names one and never a season's month, or names "last
October": `dateline.relative_year` decides, and only from a publication date (not a date in an address's slug).
The record's note says how the year was counted. A held fact with a day as written ("13 апреля"), with two
values (a conflict) or told by several sentences keeps its review row, as does one whose sentence also names
another day ("вчера", a weekday).
"""

from __future__ import annotations

from data.dates import DateRange
from data.importer.dateline import relative_year
from data.importer.facts import EventFact, Fact, HeldFact, Participant, VisitFact
from data.importer.page import Page

_EVENTS = ("recall", "expulsion", "recognition", "diplomatic-relations")


def dated_by_relative_year(facts: list[Fact], page: Page) -> list[Fact]:
    """The facts, each held visit or event whose one sentence tells its year relative to the page's publication
    date made a dated fact of its kind (`relative_year`)."""
    if not any(_candidate(f) for f in facts):
        return facts  # nothing held for want of a date: the page's date is not even looked for
    line = page.dateline()
    out: list[Fact] = []
    for fact in facts:
        dated = _dated(fact, page.lang, line) if _candidate(fact) else None
        out.append(dated or fact)
    return out


def _candidate(fact: Fact) -> bool:
    return isinstance(fact, HeldFact) and not fact.date_text and not fact.dates and len(fact.quotes) == 1 and (
        fact.fact_kind == "visit" or (fact.fact_kind == "event" and fact.event_kind in _EVENTS))


def _dated(fact: Fact, lang: str, line) -> Fact | None:
    assert isinstance(fact, HeldFact)
    text = fact.quotes[0].text
    # a trip's "since last year" starts a period, not the trip; a recall "since last October, when he was
    # recalled" is dated by that month
    counted = relative_year(text, lang, line, since=fact.fact_kind == "visit")
    if counted is None:
        return None
    when, note = counted
    issues = (*fact.issues, ("ambiguity", note))
    if fact.fact_kind == "visit":
        people = tuple(Participant(person) for person in fact.people)
        return VisitFact(fact.quotes, DateRange.of(when), "visit", fact.sending, fact.receiving, fact.city, people,
                         None, text, slips=fact.slips, issues=issues)
    return EventFact(fact.quotes, fact.event_kind or "", (fact.sending, fact.receiving), when, fact.city,
                     person=fact.people[0] if len(fact.people) == 1 else None, ends_posting=fact.ends_posting,
                     slips=fact.slips, issues=issues)
