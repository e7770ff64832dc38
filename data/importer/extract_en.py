"""The shapes of an English page on relations between two countries.

    December 20, 1991 — Lithuania recognized the independence of the Republic of Belarus.  -> a recognition
    December 30, 1992 in Minsk signed an agreement on diplomatic relations.                -> relations
    In 1993 opened the Embassy of Lithuania in Minsk and Belarusian Embassy in Vilnius.     -> two missions
    September 5, 1997 A.Lukashenko paid visit to Lithuania.                                 -> a visit
    November 12, 1998, was a meeting of the President of Lithuania Valdas Adamkus and ...   -> a meeting
    ... signed an agreement “On the good-neighborly and friendly relations.”                -> an agreement

English names are taken as written (no declension); a visitor's country is the one their
office names ("President of Belarus"), else the one of the pair they did not visit.
"""

from __future__ import annotations

import dataclasses
import re

from data.importer import missions
from data.importer import names as nm
from data.importer.dates import find_dates
from data.importer.extract_base import (
    MULTILATERAL,
    NAME_WORD,
    NOT_DONE,
    NOT_STATES,
    Sentence,
    clause_around,
    clauses,
    date_near,
    of_states,
    other_of,
    page_pair,
    recognition_row,
    sentences,
    sentences_of_line,
    signed_by_bodies,
    signing_apart,
    since_date,
    treaty_dates,
    two_signers,
    undated_treaty,
    unwrapped_lines,
)
from data.importer.facts import (
    EventFact,
    Extraction,
    Fact,
    MissionFact,
    Participant,
    PersonMention,
    TreatyFact,
    VisitFact,
)
from data.importer.mentions import in_scope, nations
from data.importer.page import Page
from data.importer.places import Place, Places

LANG = "en"
_STOP = frozenset({"The", "President", "Head", "State", "Minister", "Prime", "Foreign", "Affairs", "Republic",
                   "Embassy", "Ambassador", "Chairman", "Speaker", "Deputy", "Of", "And", "In", "On", "A", "An",
                   # a sentence's first word: an adverb or a connective is no given name ("Previously Nausėda visited")
                   "Previously", "Earlier", "Later", "Meanwhile", "Yesterday", "Today", "Tomorrow", "Then", "Also",
                   "However", "During", "After", "Before", "Since", "Last", "Next", "Recently", "Now", "When",
                   "While", "Both", "Notably", "Finally", "First", "Lady", "At", "By", "For", "With", "From"})
_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"})
_TREATY_WORDS = ((r"treaty", "treaty"), (r"memorandum", "memorandum"), (r"programme|program", "programme"),
                 (r"declaration|statement", "declaration"), (r"protocol", "protocol"), (r"agreement", "agreement"))


def extract(page: Page, places: Places) -> Extraction:
    """Every fact of an English page (see the module doc for the shapes)."""
    pair = page_pair(page, places)
    facts: list[Fact] = []
    every = list(sentences(page))
    for index, sentence in enumerate(every):
        facts += _events(sentence, places, pair)
        facts += recognition_row(sentence, places, pair, LANG)
        facts += _missions(sentence, places)
        facts += _visits(sentence, places, pair, page)
        facts += _inauguration(sentence, places)
        facts += _treaties(sentence, places, pair, page, every[index + 1:index + 3])
        facts += _this_document_signed(sentence, every[max(0, index - 2):index], places, pair)
    facts += _wrapped_treaties(page, places, pair)
    published, updated = page.dates_stamped()
    return Extraction(pair, tuple(facts), published, updated)


def _wrapped_treaties(page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """Agreements told over hard-wrapped lines ("the transportation" / "ministers of both countries signed an
    agreement on"): the sentences of the lines `unwrapped_lines` joins, read for agreements only."""
    found: list[Fact] = []
    for number, line in unwrapped_lines(page):
        if "signed" not in line or line == page.lines[number - 1].strip():
            continue  # one line as it stands: `extract` has read it
        first = " ".join(page.lines[number - 1].split())
        for sentence in sentences_of_line(number, line):
            if sentence.text not in first:
                found += _treaties(sentence, places, pair, page, [])
    return found


def _events(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    found: list[Fact] = []
    for _start, clause in clauses(sentence.text):
        dates = find_dates(clause, LANG)
        if not dates:
            found += _recognised_undated(sentence, clause, places) + _relations_undated(sentence, clause, places, pair)
            continue
        low = clause.lower()
        match = _RECOGNISED.search(low) or \
            re.search(r"recogni[sz]ed\s+(?=\S+\s+(?:de\s+jure|de\s+facto|as\s+an?\s+independent))", low) or \
            _RECOGNISED_STATE.search(clause)
        if match and _NOT_RECOGNISED.search(clause[:match.start()]):
            continue  # "did not recognise", "refused to recognise", "will recognise": no recognition made
        if match:  # "recognised the (state) independence of X", "to recognize ...", "recognised X de jure"
            before = places.find(clause[:match.start()], LANG, kind="country")
            after = places.find(clause[match.end():], LANG, kind="country")
            if before and after and before[-1].place.key != after[0].place.key:
                found.append(EventFact((sentence.quote(),), "recognition", (before[-1].place.key, after[0].place.key),
                                       dates[0].date))
        else:
            found += _recognised_by(sentence, clause, dates, places)
        mutual = _MUTUAL.search(low)
        if mutual and not match:  # "when both sides recognized each other's independence": one each way
            named = list(dict.fromkeys(c.place.key for c in places.find(clause, LANG, kind="country")))
            parties = tuple(named[:2]) if len(named) == 2 else pair if not named else None
            begin, end = clause_around(clause, mutual.start(), mutual.end())
            own = [d for d in dates if begin <= d.start < end]
            if not own and re.match(r"when\s", clause[begin:]):  # "established in 1991, when both sides ..."
                own = [d for d in dates if d.end <= begin][-1:]
            if parties and len(set(parties)) == 2 and len(own) == 1:
                found += [EventFact((sentence.quote(),), "recognition", (a, b), own[0].date)
                          for a, b in (parties, parties[::-1])]
        # Not `elif`: "recognised ... and established diplomatic relations" tells both, each with its own date.
        relations = _RELATIONS.search(low)
        established = re.search(r"establish|signed|agreement", low)
        if established and _NOT_RECOGNISED.search(low[:established.start()]):
            relations = None  # "did not establish", "will establish": no relations established
        if relations and established and not _ANNIVERSARY.search(low):
            named = list(dict.fromkeys(c.place.key for c in places.find(clause, LANG, kind="country")))
            parties = tuple(named[:2]) if len(named) >= 2 else pair
            city = _city_in(clause, places)
            # the date of the relations, not of what the clause tells before them ("signed a Declaration
            # on 16 December 1991 and established full relations on 7 April 1992")
            date = date_near(dates, relations.start()) if match or len(dates) > 1 else dates[0]
            if parties and date is not None:
                found.append(EventFact((sentence.quote(),), "diplomatic-relations", tuple(parties), date.date,
                                       city))
    return found


# What makes the verb after it no recognition made: a negation, a refusal, a future or a mere possibility
_NOT_RECOGNISED = re.compile(r"(?<![\w])(?:not|never|n['’]t|refus\w*\s+to|declin\w*\s+to|will|shall|would|may|might|"
                             r"could|plans?\s+to|intends?\s+to|going\s+to)\s+(?:\w+\s+)?$", re.I)


# The passive: "Ukraine's independence was recognised by Latvia on 24 August 1991", "The independence of Lithuania
# had been recognised by Ukraine ...": the recognised state before the verb, the one recognising after "by"
_RECOGNISED_PASSIVE = re.compile(r"(?P<independence>independence\s+(?:of\s+(?:the\s+)?(?:Republic\s+of\s+)?\S+\s+)?)?"
                                 r"(?:was|were|had\s+been|has\s+been)\s+(?:officially\s+|formally\s+)?"
                                 r"recogni[sz]ed\s+(?:de\s+jure\s+|as\s+an?\s+independent\s+state\s+)?by\s+",
                                 re.I)


def _recognised_by(sentence: Sentence, clause: str, dates: list, places: Places) -> list[Fact]:
    """A recognition told in the passive (see `_RECOGNISED_PASSIVE`), dated by the clause's one date."""
    from data.importer.mentions import in_scope

    match = _RECOGNISED_PASSIVE.search(clause) if "recogni" in clause else None
    if match is None or len(dates) != 1:
        return []
    whom = [m for m in places.find(clause[:match.end()], LANG, kind="country")]
    who = [m for m in places.find(clause[match.end():match.end() + 60], LANG, kind="country")]
    if match["independence"] is None and (not whom or clause[whom[-1].end:match.start()].strip()):
        return []  # without "independence", the state itself must be the subject: "Ukraine was recognised by"
    if len({m.place.key for m in whom}) != 1 or not who or who[0].start > 45:
        return []  # (a country in the next 45 characters: "by the Supreme Council of Latvia", not "by whom")
    pair = (who[0].place.key, whom[0].place.key)
    if not in_scope(*pair):
        return []
    return [EventFact((sentence.quote(),), "recognition", pair, dates[0].date)]


# "Lithuania was one of the first who recognized the independence of Ukraine": done, without its day
_RECOGNISED_PAST = re.compile(r"recogni[sz]ed\s+(?:the\s+(?:state\s+|full\s+)?independence\s+of)(?![\w])", re.I)


def _recognised_undated(sentence: Sentence, clause: str, places: Places) -> list[Fact]:
    """A recognition of one state's independence by another, told as done but without its day: held for
    review with who recognised whom (never one only to come, refused or denied: "will recognise", "did not
    recognise", "never recognised")."""
    from data.importer.facts import HeldFact
    from data.importer.mentions import in_scope

    match = _RECOGNISED_PAST.search(clause) if "recogni" in clause else None
    if match is None or re.search(r"(?<![\w])(?:not|never|n't|refused|would|will)\s+(?:\S+\s+)?$",
                                  clause[:match.start()], re.I):
        return []
    before = places.find(clause[:match.start()], LANG, kind="country")
    after = places.find(clause[match.end():], LANG, kind="country")
    if not before or not after or not in_scope(before[-1].place.key, after[0].place.key):
        return []
    return [HeldFact((sentence.quote(),), "event", before[-1].place.key, after[0].place.key, (),
                     "the page gives no date with a year for this recognition", event_kind="recognition")]


# "Belarus and Latvia established diplomatic relations", "diplomatic relations were established": done
_ESTABLISHED = re.compile(r"(?<![\w])established\s+(?:full\s+|formal\s+)?diplomatic\s+relations|"
                          r"diplomatic\s+relations\s+(?:were|had\s+been|have\s+been)\s+established(?![\w])", re.I)


def _relations_undated(sentence: Sentence, clause: str, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """Relations a clause tells as established without a day with a year ("Twenty years ago, in April, Belarus
    and Latvia established diplomatic relations"): held for review with their two states, as the other readers
    hold them; never an anniversary's, one only to come or a "since"."""
    from data.importer.facts import HeldFact
    from data.importer.mentions import in_scope

    match = _ESTABLISHED.search(clause) if "relations" in clause else None
    if match is None or _ANNIVERSARY.search(sentence.text.lower()) or NOT_DONE.search(clause[:match.start()]) \
            or re.search(r"(?<![\w])(?:since|to|will|would|not|never)\s+(?:\S+\s+)?$", clause[:match.start()], re.I):
        return []
    named = list(dict.fromkeys(c.place.key for c in places.find(clause, LANG, kind="country")))
    parties = tuple(named) if len(named) == 2 else pair if not named else None
    if not parties or len(set(parties)) != 2 or not in_scope(parties[0], parties[1]):
        return []
    return [HeldFact((sentence.quote(),), "event", parties[0], parties[1], (),
                     "the page gives no date with a year for these relations", event_kind="diplomatic-relations")]


_RECOGNISED = re.compile(r"recogni[sz](?:ed|e|es|ing)\s+(?:the\s+(?:state\s+|full\s+)?independence\s+of|"
                         r"(?=\S+(?:'s|’s)\s+(?:state\s+)?independence\b))")
# "both sides recognized each other's independence", "the two states recognised one another": mutual
_MUTUAL = re.compile(r"recogni[sz]ed\s+(?:each\s+other|one\s+another)(?![\w])|mutual(?:ly)?\s+recogni[sz]")
# "Lithuania recognised Ukraine on 4 December 1991": the state itself, named right before its date
_RECOGNISED_STATE = re.compile(r"recogni[sz]ed\s+(?=(?:the\s+Republic\s+of\s+)?(?:Belarus|Latvia|Lithuania|Ukraine)"
                               r"\s+(?:on|in)\s+(?:\d|[A-Z][a-z]+\.?\s+\d))")
# "diplomatic relations", and the relations a page calls "full" or "bilateral" when it says they were established
_RELATIONS = re.compile(r"diplomatic\s+relations|(?<=establish)\w*\s+(?:full\s+|formal\s+)?(?:bilateral\s+|"
                        r"diplomatic\s+)?relations|(?:full|formal)\s+(?:bilateral\s+|diplomatic\s+)?relations\s+"
                        r"(?:were|was)\s+established")
# "the 25th anniversary of diplomatic relations" celebrates them: it is not the day they were established
_ANNIVERSARY = re.compile(r"anniversary|jubilee|\byears\s+(?:since|of)\b")


def _city_in(text: str, places: Places) -> Place | None:
    for match in re.finditer(r"\bin\s+", text):
        mentions = places.find(text[match.end():match.end() + 30], LANG, kind="city")
        if mentions and mentions[0].start == 0:
            return mentions[0].place
    return None


def _missions(sentence: Sentence, places: Places) -> list[Fact]:
    text = sentence.text
    found: list[Fact] = []
    patterns = (
        r"(?P<kind>Embassy|Consulate[- ]General|Consulate)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w ]+?)\s+in\s+"
        r"(?P<city>[A-Z][\w-]+)",
        r"(?P<country>[A-Z][a-z]+)\s+(?P<kind>Embassy|Consulate[- ]General|Consulate)\s+in\s+(?P<city>[A-Z][\w-]+)",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            sending = _country(match["country"], places)
            city = places.lookup(match["city"], LANG)
            if sending is None or city is None or city.place.kind != "city" or not city.place.country:
                continue
            if city.place.country == sending:
                continue
            kind = {"embassy": "embassy", "consulate": "consulate"}.get(match["kind"].lower(), "consulate-general")
            # the day of opening or closing this mission itself, never of an exhibition opened at it
            opened, closed = missions.opened_day(text, LANG, match), missions.closed_day(text, LANG, match)
            found.append(MissionFact((sentence.quote(),), sending, city.place.country, kind, city.place, opened,
                                     closed))
    return found


def _country(text: str, places: Places) -> str | None:
    text = re.sub(r"^(?:the\s+)?Republic\s+of\s+(?:the\s+)?", "", text.strip())
    mention = places.lookup(text, LANG)
    return mention.place.key if mention and mention.place.kind == "country" else None


def _visits(sentence: Sentence, places: Places, pair: tuple[str, str] | None, page: Page | None = None
            ) -> list[Fact]:
    text = sentence.text
    low = text.lower()
    if not re.search(r"\bvisit\b|\bmeeting\b|\bvisited\b|\barrived\s+in\b", low):
        return []
    if re.search(r"exchange[ds]?\s+(?:of\s+)?visits", low):
        return []  # two trips, one each way: `mentions.exchange_of_visits`, never one merged visit
    from data.importer.reciprocal import visit_and_return

    both = visit_and_return(sentence, places, pair)
    if both is not None:
        return both  # a visit and its return in one sentence: two trips, never one merged
    from data.importer.dateline import after_opening_stamp

    own = after_opening_stamp(text)
    dates = find_dates(text[own:], LANG)
    leaning = None
    if not dates and own and page is not None:
        # "date 2022-09-10 Latvian President ... paid a visit ... on Friday": the weekday counts from the stamp
        from data.importer.mentions import lean_on_page

        leaning = lean_on_page(text[own:], page)
    if not dates and leaning is None:
        return _visit_without_year(sentence, places, pair, page)
    from data.importer.travels import no_states_office

    # an envoy, an opposition leader or a former official makes no state's trip
    people = [p for p in _people(text[own:], places)
              if not no_states_office(text[max(0, text.find(p.written) - _OFFICE_REACH):max(0, text.find(p.written))])]
    if not people:
        return []
    meeting = "meeting" in low and "visit" not in low
    target = re.search(r"visit(?:ed)?\s+(?P<where>[A-Z][\w-]+)|visit\b.*?\bto\s+(?P<to>[A-Z][\w-]+)|"
                       r"arrived\s+in\s+(?P<arrived>[A-Z][\w-]+)", text)
    where = places.lookup(target["where"] or target["to"] or target["arrived"], LANG) if target else None
    city = where.place if where and where.place.kind == "city" else None
    receiving = (city.country if city else where.place.key) if where else None
    sending = next((p.office_country for p in people if p.office_country and p.office_country != receiving), None)
    if meeting:
        sending = people[0].office_country or sending
        hosts = [p.office_country for p in people[1:] if p.office_country]
        receiving = hosts[0] if hosts else other_of(pair, sending or "")
    if receiving is None and sending is not None:
        receiving = other_of(pair, sending)
    if sending is None and receiving is not None:
        if any(p.office_country == receiving for p in people) and not any(
                p.office_country not in (None, receiving) for p in people):
            return []  # only the host is named with their office: a trip at home, not the page's pair's
        sending = other_of(pair, receiving)
    if not sending or not receiving or not in_scope(sending, receiving):
        return []
    if not meeting:
        # the travellers, not whom they met: the host's people and a third state's are no part of the trip
        # ("... visit to Kyiv where he met with his Ukrainian counterpart X and Polish Prime Minister Y")
        met = _MET_WITH.search(text)
        hosts = {p.written for p in _people(text[met.end():], places)} if met else set()
        before = [p for p in people if met and text.find(p.written) < met.start()]
        if before and all(p.office_country == receiving for p in before):
            # "Minister ... of Ukraine Pavlo Klimkin met with Minister ... of Latvia Edgars Rinkevics on a visit to
            # Ukraine": the subject is the host, so the one they met is the guest
            hosts = {p.written for p in before}
        people = [p for p in people if p.office_country in (None, sending) and p.written not in hosts]
        if not people:
            return []
    participants = tuple(Participant(PersonMention(nm.nominative(_POSSESSIVE.sub("", p.written), LANG, genitive=False),
                                                   LANG, sentence.quote()), p.office, "source") for p in people)
    kind = "meeting" if meeting else "visit"
    if not dates:
        from data.dates import DateRange

        day, note = leaning  # type: ignore[misc]
        return [VisitFact((sentence.quote(),), DateRange.of(day), kind, sending, receiving, city, participants, None,
                          text, issues=(("ambiguity", note),))]
    return [VisitFact((sentence.quote(),), dates[0].range, kind, sending, receiving, city, participants, None, text)]


_OFFICE_REACH = 60  # how far before a name the words of their office may stand ("Belarusian opposition leader")
_POSSESSIVE = re.compile(r"['’]s?$")  # "Gitanas Nausėda's visit": the name without its possessive
_MET_WITH = re.compile(r"(?<![\w])(?:met|meets|meeting|held\s+talks|talks|welcomed|received|greeted)\s+"
                       r"(?:with\s+)?(?=\S)")


_TO_VISIT = re.compile(r"(?<![\w])(?:will\s+visit|to\s+visit|visits|visited)\s+(?P<where>[A-Z][\w-]+)")
_NOT_SET = re.compile(r"(?<![\w])(?:not|never|cancel\w*|postpone\w*|invit\w*|hope\w*|might|could|would)(?![\w])",
                      re.I)


def _visit_without_year(sentence: Sentence, places: Places, pair: tuple[str, str] | None,
                        page: Page | None) -> list[Fact]:
    """"Alexander Lukashenko is expected to visit Latvia on April 3.": one named person, a country or city
    visited, a day without a year. Dated from the page's own date when `with_year` allows it, else
    held for review with the day as written; a trip offered or cancelled is none."""
    from data.importer.dateline import day_months, with_year
    from data.importer.facts import HeldFact

    text = sentence.text
    target = _TO_VISIT.search(text)
    days = day_months(text, LANG)
    if page is None or target is None or len(days) != 1 or days[0].first is not None or _NOT_SET.search(text):
        return []
    where = places.lookup(target["where"], LANG)
    if where is None:
        return []
    city = where.place if where.place.kind == "city" else None
    receiving = city.country if city else where.place.key
    people = _people(text[:target.start()], places)
    if len(people) != 1 or receiving is None:
        return []
    sending = people[0].office_country or other_of(pair, receiving)
    if not sending or sending == receiving or other_of(pair, receiving) != sending:
        return []
    person = PersonMention(nm.nominative(people[0].written, LANG, genitive=False), LANG, sentence.quote())
    dated = with_year(days[0], page.dateline())
    if dated is not None:
        from data.dates import DateRange

        day, note = dated
        return [VisitFact((sentence.quote(),), DateRange.of(day), "visit", sending, receiving, city,
                          (Participant(person, people[0].office, "source"),), None, text,
                          issues=(("ambiguity", note),))]
    return [HeldFact((sentence.quote(),), "visit", sending, receiving, (person,),
                     "the page gives no year for this trip's day", city=city, date_text=days[0].text)]


# "Latvian President Valdis Zatlers ... attended the inauguration of the President of Ukraine Viktor
# Yanukovych on 25 February 2010": a president is sworn in at home, so the guest travelled there
_INAUGURATION = re.compile(r"(?<![\w])(?:attended|attends|took\s+part\s+in|was\s+present\s+at)\s+(?:the\s+)?"
                           r"inauguration\s+(?:ceremony\s+)?of\s+(?:the\s+)?(?:new\s+|newly[\s-]elected\s+)?"
                           r"[Pp]resident\s+of\s+(?:the\s+)?(?P<country>[A-Z][a-z]+(?:\s+of\s+[A-Z][a-z]+)?)")


def _inauguration(sentence: Sentence, places: Places) -> list[Fact]:
    """A guest named with their office's country at another country's presidential inauguration, on one day."""
    from data.importer.mentions import in_scope

    text = sentence.text
    match = _INAUGURATION.search(text)
    if match is None:
        return []
    host = _country(match["country"], places)
    dates = [d for d in find_dates(text, LANG) if d.range.start.day is not None]
    guests = [p for p in _people(text[:match.start()], places) if p.office_country and p.office_country != host]
    if host is None or len(dates) != 1 or len(guests) != 1 or not in_scope(guests[0].office_country, host):
        return []
    guest = guests[0]
    person = PersonMention(nm.nominative(guest.written, LANG, genitive=False), LANG, sentence.quote())
    # the store's kind for a trip to attend an event ("event"), its occasion left to the researcher
    return [VisitFact((sentence.quote(),), dates[0].range, "event", guest.office_country, host, None,
                      (Participant(person, guest.office, "source"),), None, text)]


class _Named:
    def __init__(self, written: str, office: str | None, office_country: str | None) -> None:
        self.written = written
        self.office = office
        self.office_country = office_country


def _people(text: str, places: Places) -> list[_Named]:
    """The people a sentence names, each with the office written before them ('President of Belarus X Y')."""
    found: list[_Named] = []
    words = [w if INITIAL_WORD.match(w) else w.rstrip(".") for w in re.findall(r"[\w.'’-]+|[,;—–]", text)]
    index = 0
    while index < len(words):
        word = words[index]
        glued = re.match(r"^[A-Z]\.[A-Z][a-z]+$", word)
        if glued or _name_word(word, places):
            run = [word]
            while not glued and index + len(run) < len(words) and _name_word(words[index + len(run)], places):
                run.append(words[index + len(run)])
            if glued or len(run) >= 2:
                office_words = _office_before(words[:index])
                office = " ".join(office_words) or None
                countries = places.find(office or "", LANG, kind="country")
                found.append(_Named(" ".join(run[:3]), office, countries[-1].place.key if countries else None))
                index += len(run)
                continue
        index += 1
    return found


INITIAL_WORD = re.compile(r"^[A-Z]\.(?:[A-Z][a-z]+)?$")


_BACK = re.compile(r"^(?:The|This)\s+(?:document|declaration|agreement|treaty|memorandum|protocol)\b|^It\b")


_DURING_VISIT = re.compile(r"(?<![\w])(?:visit\w*|arrived|talks|meeting)(?![\w])", re.I)


def _signed_on_the_day(sentence: Sentence, page: Page):
    """"Ukraine and Lithuania also signed an Agreement on ...", with no date, in a news item about a visit or
    talks that has its own publication day: signed that day, during the visit (the note says so). A page
    without a publication day (its address alone is not one) or about no visit gives nothing."""
    published = page.publication_day()
    if published is None or published[0].day is None or not re.search(r"(?<![\w])signed(?![\w])", sentence.text) \
            or re.search(r"(?<![\w])(?:will|to\s+be|would|plan\w*|expect\w*)(?![\w])", sentence.text, re.I) \
            or not _DURING_VISIT.search(page.text):
        return None
    day, source = published
    return day, (f"The sentence gives no date; the signing is taken to be on the day of the news item about the "
                 f"visit ({source}, {day})."), sentence.quote()


def _signed_later(kind: str, following: list[Sentence], page: Page):
    """"... signed a declaration in Kiev on ..." / "The document, which was signed by both presidents on
    Nov. 14, ...": the signing day the next sentence gives the same document, with its year from the
    page's own date when within three months (the note says so). None when it gives none or several."""
    from data.importer.dateline import day_months, with_year

    for sentence in following:
        if not _BACK.match(sentence.text) or "signed" not in sentence.text:
            continue
        dates = find_dates(sentence.text, LANG)
        if len(dates) == 1 and dates[0].date.day is not None:
            return dates[0].date, f"The {kind} is dated by the next sentence.", sentence.quote()
        days = day_months(sentence.text, LANG)
        if dates or len(days) != 1:
            return None
        dated = with_year(days[0], page.dateline())
        if dated is None:
            return None
        day, note = dated
        return day, f"The {kind} is dated by the next sentence. {note}", sentence.quote()
    return None


def _name_word(word: str, places: Places) -> bool:
    return bool(NAME_WORD.match(word)) and word not in _STOP and word not in _MONTHS \
        and places.lookup(word, LANG) is None


_FUNCTION = frozenset({"of", "the", "and"})


def _office_before(words: list[str]) -> list[str]:
    """The office written just before a name: capitalised words and the 'of the' between them."""
    office: list[str] = []
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        if word[:1].isupper() or (word in ("of", "the") and office):
            if word == "the" and (position == 0 or words[position - 1] != "of"):
                break
            office.insert(0, word)
            continue
        break
    while office and office[0] in _FUNCTION:
        office.pop(0)
    while office and re.match(r"^\d", office[0]):
        office.pop(0)
    return office


# 'signed an agreement on ...', 'signed an intergovernmental agreement on ...', 'signed the protocol of the 11th
# meeting of ...', 'signed a protocol between the governments of ...', 'signed a Joint Statement' (a joint
# statement is the two states' declaration; it needs no title after it)
_SIGNED_KIND = re.compile(
    # a treaty is "concluded" as well as signed: "concluded an agreement on ..." (the kind word right after says
    # what was concluded, never "the talks concluded")
    r"(?:signed|concluded)\s+(?:an?\s+|the\s+)?(?:(?:(?-i:[a-z][a-z-]+))\s+){0,2}?"  # "an intergovernmental ..."
    r"(?:(?P<kind>agreement|treaty|memorandum(?:\s+of\s+understanding)?|declaration|"
    r"protocol)\s*(?:in\s+[A-Z][\w-]+\s+)?(?P<title>[“\"„][^”\"“]+[”\"“]|(?:on|of|between)\s+[^.,;]+)|"
    r"(?P<joint>joint\s+(?:statement|declaration)))", re.I)


def _treaties(sentence: Sentence, places: Places, pair: tuple[str, str] | None, page: Page | None = None,
              following: list[Sentence] | None = None) -> list[Fact]:
    text = sentence.text
    match = _SIGNED_KIND.search(text)
    if match is None:
        quoted = _QUOTED_TITLE.search(text)
        if quoted is not None:
            return _quoted_treaty(sentence, quoted, places, pair)
        return _dated_by_agreement(sentence, places, pair) or _signed_passive(sentence, places, pair) \
            or _in_force_told(sentence, places, pair) or _ended(sentence, places, pair) \
            or _signed_untitled(sentence, places, pair)
    if match["joint"]:
        return _joint_statement(sentence, match, places, pair, page)
    if NOT_DONE.search(text[:match.start()]):
        return []  # "will sign an agreement", "are expected to sign": no document signed yet
    if signed_by_bodies(text, match.start()):
        return []  # "The Ministry of Health of Ukraine and the Ministry of Health of Lithuania signed ...": theirs
    dates = treaty_dates(sentence, find_dates(text, LANG))
    if not dates and page is not None:
        later = _signed_later(match["kind"], following or [], page) or _signed_on_the_day(sentence, page)
        parties = _parties(text, places, pair)
        if parties is None:
            return []
        kind = next((k for p, k in _TREATY_WORDS if re.search(p, match["kind"], re.I)), "agreement")
        title = match["kind"].capitalize() + " " + match["title"].strip("“”\"„ .")
        if later is None:  # named and signed, its day not given: for review, never a guessed day
            named = len({c.place.key for c in places.find(text, LANG, kind="country")})
            if not two_signers(text, match, match, named) and of_states(title):
                return []  # "Ukraine signed an agreement with the IMF": one state; the page's other is no party
            return [TreatyFact((sentence.quote(),), kind, title, parties, None, _city_in(text, places))]
        day, note, quote = later
        return [TreatyFact((sentence.quote(), quote), kind, title, parties, day, _city_in(text, places),
                           issues=(("ambiguity", note),))]
    if not dates:
        return []
    if not of_states(match["title"]):
        return []  # "a memorandum between the Ministry of Energy of Ukraine and ...": the ministries' document
    quoted = match["title"][:1] in "“\"„"
    title = match["title"].strip("“”\"„ .")
    if not quoted:
        title = f"{match['kind'].capitalize()} {title}"
    kind = next((k for p, k in _TREATY_WORDS if re.search(p, match["kind"], re.I)), "agreement")
    named = list(dict.fromkeys(c.place.key for c in places.find(text, LANG, kind="country")))
    parties = tuple(named[:2]) if len(named) >= 2 else (pair or ())
    city = _city_in(text, places)
    signed, in_force = signing_apart(text, dates)
    return [TreatyFact((sentence.quote(),), kind, title, tuple(parties), signed.date if signed else None, city,
                       in_force=in_force.date if in_force else None)]


def _joint_statement(sentence: Sentence, match: re.Match[str], places: Places, pair: tuple[str, str] | None,
                     page: Page | None) -> list[Fact]:
    """"Presidents NAME and NAME have signed a Joint Statement in Vilnius": the two states' declaration, dated
    by the sentence or, in a news item about a visit or talks, by its publication day (the note says so)."""
    text = sentence.text
    parties = _parties(text, places, pair)
    if parties is None or _NOT_SIGNED.search(text[:match.start()]):
        return []
    dates = [d for d in find_dates(text, LANG) if d.date.day is not None]
    title = "Joint " + match["joint"].split()[-1].capitalize()
    city = _city_in(text, places)
    if len(dates) == 1:
        return [TreatyFact((sentence.quote(),), "declaration", title, parties, dates[0].date, city)]
    later = _signed_on_the_day(sentence, page) if page is not None and not dates else None
    if later is None:
        return []
    day, note, _quote = later
    return [TreatyFact((sentence.quote(),), "declaration", title, parties, day, city, issues=(("ambiguity", note),))]


# "will sign", "are to sign", "plan to sign": a signing to come is none
_NOT_SIGNED = re.compile(r"(?<![\w])(?:will|to\s+be|would|plan\w*|expect\w*|intend\w*|not)\s+(?:\w+\s+)?$", re.I)


# 'signed a "Declaration on the Principles of Good-Neighborly Relations" on 16 December 1991': the kind
# is the first word of the quoted title
_KINDS = r"agreement|treaty|memorandum|declaration|protocol|programme|program"
_QUOTED_TITLE = re.compile(rf"signed\s+(?:an?\s+|the\s+)?[“\"„](?P<title>(?P<kind>{_KINDS})\b[^”\"“]+)[”\"“]", re.I)
# "The current border was established by an agreement on 21 February 1994": an agreement named by its day
_BY_AGREEMENT = re.compile(rf"(?<![\w])(?:by|under|in)\s+(?:an?|the)\s+(?P<kind>{_KINDS})\s+"
                           r"(?:signed\s+)?(?:on|of)\s+(?=\S*\d|[A-Z][a-z]+\.?\s+\d)", re.I)


def _quoted_treaty(sentence: Sentence, match: re.Match[str], places: Places,
                   pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    dates = [d for d in find_dates(text, LANG) if d.start >= match.end()]
    if not dates:
        return []
    kind = next(k for p, k in _TREATY_WORDS if re.search(p, match["kind"], re.I))
    parties = _parties(text, places, pair)
    if parties is None:
        return []
    signed, in_force = signing_apart(text, dates)
    if signed is None:
        return []
    return [TreatyFact((sentence.quote(),), kind, match["title"].strip(), tuple(parties), signed.date,
                       _city_in(text, places), in_force=in_force.date if in_force else None)]


# "An agreement signed in December 1991 covered ...", "the treaty, signed in Minsk on 6 February 1995,":
# the document and its signing day, the participle right after its kind word
_SIGNED_ON = re.compile(rf"(?<![\w])(?P<kind>{_KINDS})\s*,?\s+signed\s+(?:in\s+[A-Z][\w-]+\s+)?(?:on|in)\s+", re.I)


def _dated_by_agreement(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    match = _BY_AGREEMENT.search(text) or _SIGNED_ON.search(text)
    if match is None or _NOT_SET.search(text[:match.start()]):
        return []
    dates = [d for d in find_dates(text, LANG) if d.start == match.end()]
    if not dates:
        return []
    parties = _parties(text, places, pair)
    if parties is None:
        return []
    kind = next(k for p, k in _TREATY_WORDS if re.search(p, match["kind"], re.I))
    title = f"{match['kind'].capitalize()} of {dates[0].text}"
    return [TreatyFact((sentence.quote(),), kind, title, tuple(parties), dates[0].date, None)]


# "The agreement on visa-free travel between Latvia and Ukraine was signed in Riga on 5 May 2004 and entered
# into force on 1 January 2005": the subject names the document, the passive its signing; or the participle in
# apposition, "The Treaty on Good-Neighbourliness between Lithuania and Belarus, signed on 6 February 1995, ..."
_PASSIVE = re.compile(rf"^(?:On\s+[^,]{{4,30}},\s+)?(?:The|An?)\s+(?P<title>(?P<kind>{_KINDS})"
                      r"(?:\s+of\s+understanding|\s+of\s+[A-Z][\w-]*)?(?P<topic>\s+(?:on|between|concerning|regarding)\s+"
                      r"[^,;]{3,150}?)?)(?:\s+(?:was|were)|,\s+(?:which|that)\s+(?:was|were)|,)\s+(?:signed|concluded)\b",
                      re.I)
# who signed, after the passive verb of a document named by its kind alone: "A memorandum of understanding was
# signed between Latvia and Ukraine", "An agreement was signed by Lithuania and Ukraine"
_SIGNERS_AFTER = re.compile(r"\s+(?:in\s+[A-Z][\w-]+\s+)?(?:between|by)\s+(?:the\s+)?(?P<signers>[^,;]{3,120})", re.I)


def _signed_passive(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    match = _PASSIVE.search(text)
    if match is None:
        return []
    dates = find_dates(text, LANG)
    parties = _parties(text, places, pair)
    if match["topic"] is None:
        # the kind word alone names no document of the pair: the signers after the verb must be its two states
        signers = _SIGNERS_AFTER.match(text, match.end())
        named = places.find(signers["signers"], LANG, kind="country") if signers else []
        if len({m.place.key for m in named}) != 2 or not _states_sign(signers["signers"], len(signers["signers"]),
                                                                       places):
            return []
    if not dates or parties is None:
        return []
    signed, in_force = signing_apart(text, dates)
    if signed is None or len([d for d in dates if d is not in_force]) != 1:
        return []
    if "," in text[match.end("title"):match.end()]:
        # the participle in apposition dates the signing within its own commas ("..., signed on 6 February
        # 1995, remains in force"), never what the sentence goes on to ("..., signed by the ministers, will
        # be ratified in 2025")
        apposition_end = re.compile(r"[,;]|$").search(text, match.end()).start()
        if not match.end() <= signed.start < apposition_end:
            return []
    kind = next(k for p, k in _TREATY_WORDS if re.search(p, match["kind"], re.I))
    title = match["title"].strip()
    title = re.sub(r"\s+between\s+.*$", "", title) or title
    return [TreatyFact((sentence.quote(),), kind, title[:1].upper() + title[1:], parties, signed.date,
                       _city_in(text, places), in_force=in_force.date if in_force else None)]


# "It is indicated that this agreement was signed and entered into force in 1998.": the document a sentence
# before named ("the agreement between the governments of Latvia and Belarus on ..."), dated by this one
_THIS_SIGNED = re.compile(rf"(?<![\w])(?:this|that|the\s+said)\s+(?P<kind>{_KINDS})\s+(?:was|were|had\s+been|"
                          r"has\s+been)\s+(?:signed|concluded)(?![\w])", re.I)


def _this_document_signed(sentence: Sentence, preceding: list[Sentence], places: Places,
                          pair: tuple[str, str] | None) -> list[Fact]:
    """A signing day told of "this agreement": the one a sentence just before names as the two states' own
    (of that kind, between the page's two states or naming none, no EU or NATO document). A sentence that
    names the document again ("this agreement on ...") or has no such sentence before it gives nothing here."""
    text = sentence.text
    match = _THIS_SIGNED.search(text) if "signed" in text else None
    if match is None or NOT_DONE.search(text[:match.start()]):
        return []
    dates = treaty_dates(sentence, find_dates(text, LANG))
    signed, in_force = signing_apart(text, dates)
    parties = _parties(text, places, pair)
    if signed is None or len(dates) != 1 or parties is None:
        return []
    word = match["kind"].lower()
    told = [s for s in preceding if re.search(rf"(?<![\w]){word}(?![\w])", s.text, re.I)]
    if not told or MULTILATERAL.search(told[-1].text) or not of_states(told[-1].text) \
            or _parties(told[-1].text, places, parties) != parties:
        return []  # no document of the pair's named just before: whose "this agreement" is, is not known
    named = re.search(rf"(?<![\w]){word}\s+(?:between|on|of|with)\s+[^,.;:“”\"]+", told[-1].text, re.I)
    title = named.group(0) if named else word
    kind = next(k for p, k in _TREATY_WORDS if re.search(p, word, re.I))
    return [TreatyFact((sentence.quote(), told[-1].quote()), kind, title[:1].upper() + title[1:], parties,
                       signed.date, in_force=in_force.date if in_force else None)]


# "The intergovernmental agreement between Latvia and Belarus on readmission entered into force on 1 June 2010":
# the subject names the document, the entry into force its day; no signing day is guessed from it
_IN_FORCE_TOLD = re.compile(rf"^(?:On\s+[^,]{{4,30}},\s+)?(?:The|An?)\s+(?P<title>(?:[\w-]+\s+){{0,2}}?"
                            rf"(?P<kind>{_KINDS})(?:\s+(?:on|between|concerning|regarding)\s+[^,;]{{3,150}}?)?)"
                            r"\s+(?:has\s+|have\s+)?(?:entered|came)\s+into\s+force\b", re.I)


def _in_force_told(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    match = _IN_FORCE_TOLD.search(text)
    if match is None or re.match(r"program", match["kind"], re.I) or not of_states(match["title"]):
        return []
    dates = treaty_dates(sentence, find_dates(text, LANG))
    parties = _parties(text, places, pair)
    _signed, in_force = signing_apart(text, dates)
    if in_force is None or parties is None or MULTILATERAL.search(match["title"]):
        return []
    kind = next(k for p, k in _TREATY_WORDS if re.search(p, match["kind"], re.I))
    title = re.sub(r"\s+between\s+.*$", "", match["title"].strip()) or match["title"].strip()
    return [TreatyFact((sentence.quote(),), kind, title[:1].upper() + title[1:], parties, None,
                       _city_in(text, places), in_force=in_force.date)]


# "Lithuania denounced the agreement with Belarus on ...", "Latvia withdrew from the treaty", "the Seimas ratified
# the agreement ... on 12 March 2019": a document ratified or ended was signed once, on a day the sentence does
# not give (its day is the ratification's, the denunciation's)
_ENDED = re.compile(rf"(?<![\w])(?:ratified|denounced|terminated|withdrew\s+from|pulled\s+out\s+of|scrapped)\s+"
                    rf"(?:an?\s+|the\s+|its\s+)?(?:\w+\s+)?(?P<kind>{_KINDS})(?![\w])", re.I)


def _ended(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    match = _ENDED.search(sentence.text)
    if match is None or re.match(r"program", match["kind"], re.I):
        return []
    kind = next(k for p, k in _TREATY_WORDS if re.search(p, match["kind"], re.I))
    document = re.compile(re.escape(match["kind"])).search(sentence.text, match.start("kind"))
    fact = undated_treaty(sentence, LANG, places, pair, match, document, kind) if document else None
    return [fact] if fact is not None else []



def _parties(text: str, places: Places, pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The two countries the sentence names when they are one of the four relations, else the page's
    pair when it names none or only one of the pair's (never the pair beside a third state: "the treaty
    of 1920 with Russia" is not theirs)."""
    from data.importer.mentions import in_scope

    named = list(dict.fromkeys(c.place.key for c in places.find(text, LANG, kind="country")))
    if len(named) >= 3:
        return None  # "between Ukraine, Poland and Lithuania": trilateral, not the pair's
    if len(named) >= 2:
        return (named[0], named[1]) if in_scope(named[0], named[1]) else None
    if pair is None or len(set(pair)) != 2 or any(code not in pair for code in named):
        return None
    return (pair[0], pair[1])


# "Zelensky and his Latvian counterpart have also recently signed a 10-year bilateral security agreement": a
# document told by its kind and a few words before it, no title and no day; held for review like any undated
# agreement (`undated_treaty`), only when the sentence itself names one of the two states (a signing of two
# leaders the sentence does not place is not the page's pair by a guess)
_SIGNED_UNTITLED = re.compile(r"(?<![\w])signed\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                              rf"(?P<kind>{_KINDS})(?![\w])", re.I)
_NOT_AN_ADJECTIVE = re.compile(r"(?<![\w])(?:with|of|on|by|in|to|for|and|between)(?![\w])", re.I)
_JOINED_NOUNS = re.compile(r"(?<![\w])[a-z]+\s+and\s+[a-z]+\s+$")
# the subject that is the page's two states, not named again
_THE_TWO = re.compile(r"(?<![\w])(?:the\s+two|both)\s+(?:countries|states|governments|neighbou?rs)\s+"
                      r"(?:have\s+|had\s+)?$", re.I)


def _signed_untitled(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    match = _SIGNED_UNTITLED.search(text)
    if match is None or re.match(r"program", match["kind"], re.I):
        return []
    # "signed a friendship and cooperation treaty": two nouns joined right before the kind are its name
    joined = _JOINED_NOUNS.search(text, match.start() + len("signed"), match.start("kind"))
    if _NOT_AN_ADJECTIVE.search(text, match.start() + len("signed"), joined.start() if joined else
                                match.start("kind")):
        return []
    dates = [d for d in find_dates(text, LANG) if not since_date(text, d)]  # "cooperated since 2005": no day
    signed = _untitled_signing_day(sentence, match, dates) if dates else None
    if dates and (signed is None or not _states_sign(text, match.start(), places)):
        return []  # "Latvijas Televīzija and the National ... Company of Belarus signed a cooperation agreement"
    named = {m.place.key for m in [*places.find(text, LANG, kind="country"), *nations(text, places)]}
    if not named and pair is not None and _THE_TWO.search(text, 0, match.start()):
        named = set(pair)  # "The two countries signed a border agreement": the page's two
    if not named or (pair is not None and not named & set(pair)):
        return []
    kind = next(k for p, k in _TREATY_WORDS if re.search(p, match["kind"], re.I))
    document = re.compile(re.escape(match["kind"])).search(text, match.start("kind"))
    fact = undated_treaty(sentence, LANG, places, pair, match, document, kind) if document else None
    if fact is not None and signed is not None:
        # its name is the words before its kind ("a border agreement in December 1991": "Border agreement")
        named_as = re.sub(r"^(?:an?|the|its|their)\s+", "", text[match.start() + len("signed"):match.end()].strip(),
                          flags=re.I)
        fact = dataclasses.replace(fact, signed=signed.date, title=named_as[:1].upper() + named_as[1:])
    return [fact] if fact is not None else []


def _states_sign(text: str, verb_start: int, places: Places) -> bool:
    """Whether each signer in the clause before the verb is a state, its people ("Lithuanian president ...")
    or "the two countries": never a broadcaster, a firm or a ministry."""
    if _THE_TWO.search(text, 0, verb_start):
        return True
    subject = re.split(r"[,;:()]|\s[—–-]\s", text[:verb_start])[-1]
    signers = [s for s in re.split(r"\s+and\s+", subject.strip()) if s]
    if not signers or signed_by_bodies(text, verb_start):
        return False
    return all((places.find(signer, LANG, kind="country") or nations(signer, places))
               and not NOT_STATES.search(signer) for signer in signers)


def _untitled_signing_day(sentence: Sentence, verb: re.Match[str], dates: list):
    """The day of a document signed with no title after it ("The two countries signed a border agreement in
    December 1991", "During an early February 1995 summit, ... signed a friendship and cooperation treaty"):
    the sentence's one date, in the verb's clause or the clause that opens the sentence, never a span, a
    stamp or a year something has run since; None when the sentence holds another."""
    text = sentence.text
    usable = [d for d in treaty_dates(sentence, dates) if not since_date(text, d)]
    if len(usable) != 1 or len(dates) != 1:
        return None
    begin, end = clause_around(text, verb.start(), verb.end())
    day = usable[0]
    if begin <= day.start and day.end <= end:
        return day
    opening = re.match(r"\s*(?:during|at|on|in)\s+[^,;]*$", text[:day.start], re.I)
    return day if opening is not None and text.find(",", day.end) < verb.start() else None
