"""A trip a sentence tells by its traveller's surname alone, once the page has named them in full.

    Ukrainian President Volodymyr Zelensky will arrive on an official visit to Latvia today. -> (found before)
    On Wednesday, Zelensky arrived in Vilnius on an unannounced visit.                     -> UA → LT, that Wednesday
    Президент Латвийской Республики Андрис Берзиньш ... посетить Украину ...               -> (held, found before)
    Напомним, официальный визит Берзиньша пройдет 14-15 марта.                              -> LV → UA, 14–15 March

News tells a trip once with the traveller's office and full name and then goes on by the surname.
The traveller's country is the one their trips found on the page start from (all of them
agree, or nothing is read); the destination is the place the sentence names after "to", "in",
"uz", "į", "в" (or in the locative), else, when the sentence names no place at all, the one
country the traveller's other trips on this page go to. The date is the sentence's own: a full
date, or a day without a year, a weekday or "today" counted from the page's own date as
`mentions.lean_on_page` and `dateline.range_with_year` allow; a sentence without one adds
nothing. A trip denied, cancelled, offered or wished for ("invited ... to visit") is none.

The module also reads a traveller's own embedded post ("Today, I arrived in Vilnius", signed
"— NAME (@handle) January 10, 2024"), a delegation named by its country ("Latviju apmeklēja
Baltkrievijas ... delegācija"), and drops any reader's trip whose only sentence offers it
(`not_offered`). `plan.plan_page` runs them after the readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from data.dates import DateRange
from data.importer import visit_days
from data.importer.dateline import day_months, month_of_relative_year, months_alone, range_with_year
from data.importer.dates import find_dates
from data.importer.extract_base import Sentence, sentences_of_line
from data.importer.facts import Fact, HeldFact, Participant, PersonMention, VisitFact, is_trip
from data.importer.keys import fold_key
from data.importer.mentions import in_scope, lean_on_page
from data.importer.page import Page
from data.importer.places import Mention, Places

_TRAVEL = re.compile(
    r"(?<![\w])(?:visit\w*|arrived|arrives|arriving|will\s+arrive|(?<!it\s)came\s+to|travel\w*\s+to|"
    r"vizīt\w*|ieradās|ieradies|ieradīsies|ieradusies|viesojās|viesosies|devās\s+uz|dosies\s+uz|apmeklēja|aplankė|"
    r"vizit\w*|atvyko|atvyks|atvyksta|lankėsi|lankysis|viešėjo|viešės|"
    r"визит\w*|візит\w*|візіт\w*|прибыл\w*|прибудет|приехал\w*|приедет|посетил\w*|посетит|прибув\w*|прибуде|"
    r"приїхав\w*|приїде|відвідав\w*|відвідає|прыбыў\w*|прыбудзе|прыехаў\w*|наведаў\w*|наведае|"
    # the imperfective past of a trip told again ("Востаннє Шимоніте відвідувала Україну", "приезжал в Украину")
    r"відвідувал\w*|відвідував|посещал\w*|приезжал\w*|приїжджал\w*|приїжджав|приїздил\w*|приїздив|прыязджаў\w*|"
    r"наведваў\w*)(?![\w])",
    re.I)
# an offer, a wish, a denial or a cancellation: no trip took place or is set
_NO_TRIP_WORDS = re.compile(
    r"(?<![\w])(?:not|never|cancel\w*|postpon\w*|invit\w*|hope\w*|might|could|would|"
    r"ne|nav|nebūs|atcel\w*|atlik\w*|uzaicin\w*|aicin\w*|ceram|cer|cerot|cerēja|varētu|"  # not "ceremony"
    r"nėra|nebus|atšauk\w*|atidė\w*|pakviet\w*|kviet\w*|tikisi|galėtų|"
    r"не|ні|нет|отмен\w*|скасов\w*|адмен\w*|перенес\w*|перанес\w*|приглас\w*|приглаш\w*|запрос\w*|"
    r"запраш\w*|надеется|сподіва\w*|спадзяецца|может|може|можа)(?![\w])", re.I)
# a trip made at someone's invitation: the invitation was accepted, it offers nothing ("arrived in Riga at the
# invitation of", "отправилась с рабочим визитом в Украину по приглашению", "lankėsi ... kvietimu")
_AT_INVITATION = re.compile(
    r"(?<![\w])(?:(?:at|on|upon)\s+(?:the\s+)?invitation\s+of|by\s+invitation\s+of|"
    r"по\s+(?:личному\s+|официальному\s+)?приглашению|на\s+(?:особисте\s+|офіційне\s+)?запрошення|"
    r"па\s+запрашэнні|"
    r"pēc\s+(?:[\w-]+\s+){0,3}(?:uzaicinājuma|ielūguma)|kvietimu)(?![\w])", re.I)


class _NoTrip:
    """`search` as a compiled pattern's: a word of offer, wish, denial or cancellation, outside an "at the invitation
    of" (an invitation accepted: "pakviestas" stays an offer, "kvietimu" is the trip's reason)."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        return _NO_TRIP_WORDS.search(_AT_INVITATION.sub(" ", text))


_NO_TRIP = _NoTrip()
# a call, a talk or a statement about a trip: the sentence's day is the call's, not the trip's
_TALK = re.compile(
    r"(?<![\w])(?:phone\w*|call\w*|spoke|speaks|said|says|told|discuss\w*|talk\w*|"
    r"telefon\w*|runāja|pārrunā\w*|sarun\w*|paziņoja|sacīja|teica|"
    r"kalbėj\w*|aptar\w*|pareišk\w*|sakė|"
    r"телефон\w*|созвон\w*|обсуд\w*|обговор\w*|заяв\w*|сказал\w*|сказав|разговор\w*|размов\w*|"
    r"абмеркав\w*|заявіў)(?![\w])", re.I)
_TO = re.compile(r"(?:^|[\s(])(?:to|in|at|into|uz|į|в|во|у|ў|на|до|да)\s+$", re.I)
_FROM = re.compile(r"(?:^|[\s(])(?:from|no|iš|из|з|із|са|с)\s+$", re.I)


class _Traveller:
    """One person the page's trips name in full, where they come from and where their trips go."""

    def __init__(self, person: PersonMention, sending: str) -> None:
        self.person = person
        self.sending = sending
        self.destinations: set[str] = set()
        self.dated: set[str] = set()      # the countries a dated trip of theirs already goes to
        self.days: dict[str, list[DateRange]] = {}  # and the dates of those trips, by country
        self.mixed = False                # their trips start from two countries: nothing is read

    @property
    def surname(self) -> str:
        return self.person.name.text.split()[-1]


def by_surname(facts: list[Fact], page: Page, places: Places) -> list[Fact]:
    """The trips the page tells by a surname alone (or a name without an office) of a traveller its other
    trips name in full, or that the page names in full beside their country's office in any sentence
    ("Прем'єр-міністерка Литви Інгріда Шимоніте" ... "Востаннє Шимоніте відвідувала Україну ...")."""
    from data.importer.travels import office_holders

    travellers = _travellers(facts)
    holders = [] if _a_list(facts) else office_holders(page, places)  # a list's names are read as a list
    travellers += _office_holders(holders, facts, {_stem(t.surname) for t in travellers})
    if not travellers:
        return []
    told = {quote for fact in facts if is_trip(fact) for quote in fact.quotes}
    found: list[Fact] = []
    for sentence in _sentences_naming(page, travellers):
        text = sentence.text
        if sentence.quote() in told or not _TRAVEL.search(text) or _NO_TRIP.search(text) or _TALK.search(text):
            continue
        named = [t for t in travellers if _names_alone(text, t)]
        if len(named) != 1:
            continue  # two travellers in one sentence: whose trip it is is not said here
        trip = _trip(sentence, named[0], page, places)
        if trip is not None:
            found.append(trip)
    told |= {q for f in found for q in f.quotes}
    made = {(_stem(p.name.text.split()[-1]), fact.receiving) for fact in facts if is_trip(fact)  # type: ignore[attr-defined]
            and (isinstance(fact, VisitFact) or any(_DONE.search(q.text) for q in fact.quotes))
            for p in _people_of(fact) if p.name.text.split()}
    found += _acts_by_surname(page, places, travellers, told, made)
    told |= {q for f in found for q in f.quotes}
    found += _by_pronoun(page, places, travellers, told)
    found += _by_office(holders, page, places, told | {q for f in found for q in f.quotes})
    return found + _by_plural_office(holders, page, places, told | {q for f in found for q in f.quotes})


# "министры иностранных дел Литвы, Латвии, Эстонии и Финляндии": one plural office, then its countries in a row
_ROW_JOIN = re.compile(r"\s*(?:,|and|un|ir|и|і|та|ды)\s*", re.I)


def _by_plural_office(office_holders: list[tuple[PersonMention, str, str | None]], page: Page, places: Places,
                      told: set) -> list[Fact]:
    """"В Киев с визитом прибыли министры иностранных дел Литвы, Латвии, Эстонии, Финляндии ...": a plural office
    with a row of countries after it, a word of arrival told as done and one destination; each country of the row
    in scope with it is a trip of the one person the page names in full in that office of that country
    ("министр иностранных дел Латвии Эдгарс Ринкевичс"); a country whose holder the page does not name adds
    nothing. Dated as the sentence dates it, else held (with the day it names, if any)."""
    from data.importer.travels import _PLURAL_OFFICE, office_kind
    from data.importer.travels import _code as place_code

    holders: dict[tuple[str, str], dict[str, PersonMention]] = {}
    for person, country, kind in office_holders:
        if kind is not None:
            holders.setdefault((country, kind), {}).setdefault(_stem(person.name.text.split()[-1]), person)
    # a holder read from a country word further off may be another noun's: a trip from a plural alone cannot afford it
    holders = {key: people for key, people in holders.items()
               if all(_named_beside(p, key[0], places) for p in people.values())}
    if not holders:
        return []
    found: list[Fact] = []
    for number, line in page.numbered():
        if not _PLURAL_OFFICE.search(line) or not _DONE.search(line):
            continue
        for sentence in sentences_of_line(number, line):
            text = sentence.text
            if sentence.quote() in told or not _DONE.search(text) or _NO_TRIP.search(text) or _TALK.search(text):
                continue
            office = _PLURAL_OFFICE.search(text)
            kind = office_kind(text[max(0, office.start() - 30):office.end() + 30]) if office else None
            if office is None or kind is None:
                continue
            mentions = [m for m in places.find(text, page.lang) if place_code(m) is not None]
            row, at = [], office.end()
            for mention in (m for m in mentions if m.start >= office.end()):
                gap = text[at:mention.start]
                if mention.place.kind != "country" or (page.lang != "en" and mention.case not in ("gen", None)) or (
                        row and not _ROW_JOIN.fullmatch(gap)) or (not row and len(gap) > 30):
                    break
                row.append(mention)
                at = mention.end
            others = [m for m in mentions if m not in row]
            destination = _destination(text, others)
            if len(row) < 2 or destination is None:
                continue
            receiving, city = destination
            dated = _date(text, page)
            day = _NEWS_DAY.search(text)
            for code in dict.fromkeys(place_code(m) for m in row):
                people = holders.get((code, kind), {})  # type: ignore[arg-type]
                if code == receiving or not in_scope(code, receiving) or len(people) != 1:  # type: ignore[arg-type]
                    continue
                holder = next(iter(people.values()))
                person = PersonMention(holder.name, holder.lang, sentence.quote())
                why = (f"The sentence names the travellers by a plural office and their countries; the page names "
                       f"{holder.name.text} in that office.")
                if dated is not None:
                    when, note = dated
                    found.append(VisitFact((sentence.quote(),), when, "visit", code, receiving, city,  # type: ignore[arg-type]
                                           (Participant(person),), None, text,
                                           issues=((("ambiguity", note),) if note else ()) + (("ambiguity", why),)))
                else:
                    found.append(HeldFact((sentence.quote(),), "visit", code, receiving, (person,),  # type: ignore[arg-type]
                                          "the page gives no date with a year for this trip", city=city,
                                          date_text=day.group(0) if day else None, issues=(("ambiguity", why),)))
    return found


def _acts_by_surname(page: Page, places: Places, travellers: list[_Traveller], told: set,
                     made: set[tuple[str, str]]) -> list[Fact]:
    """"В четверг в Риге Макей провел переговоры с латвийским коллегой Эдгаром Ринкевичем": no word of travel, an act
    (`presence._ACT`) in a place of another of the four countries, its subject the surname alone of a person the
    page names in full after their country's office or with a trip. The subject stands before its verb as the
    page names them (the nominative: "с Макеем" is the one met), not in a reported clause, a saying, or an act done
    from afar; a host acts at home. Dated as `_trip` dates, else held with the day the sentence names
    ("в четверг"); a sentence naming no day at all adds nothing. One trip per traveller and country, none where
    the page already tells a trip of theirs there as made (`made`: dated, or told with a verb of arrival in the
    past; a visit only talked of, which `announced` drops later, does not count)."""
    from data.importer.presence import _ACT, _EN_NOT_DOER, _REMOTE, _THAT, _where
    from data.importer.travels import _FROM as FROM
    from data.importer.travels import _TO as TO
    from data.importer.travels import _origins
    from data.importer.travels import _travellers as travellers_in

    travellers = [t for t in travellers if _office_beside(t, places)]
    if not travellers:
        return []
    # the surnames exactly as written (the rule reads no declined form): one search a line, before the act words
    surnames = re.compile("|".join(rf"(?<![\w]){re.escape(t.surname)}(?![\w])" for t in travellers))
    found: list[Fact] = []
    done: set[tuple[str, str]] = set()
    for number, line in page.numbered():
        if not surnames.search(line) or not _ACT.search(line):
            continue
        for sentence in sentences_of_line(number, line):
            text = sentence.text
            if sentence.quote() in told or _TRAVEL.search(text) or _NO_TRIP.search(text) or _REMOTE.search(text) \
                    or _QUOTED.search(text):
                continue
            that = _THAT.search(text)
            main = that.start() if that is not None else len(text)
            named = [(t, at) for t in travellers
                     for at in [_subject_at(text, t, main, places, page.lang)] if at is not None]
            if len(named) != 1:
                continue
            traveller, at = named[0]
            if page.lang == "en" and _EN_NOT_DOER.search(text[max(0, at - 70):at]):
                continue
            mentions = [m for m in places.find(text, page.lang) if _code(m) is not None]
            where = [m for m in mentions if m.end <= main and _where(text, m, FROM, TO)]
            hosts = {_code(m) for m in where}
            if len(hosts) != 1:
                continue
            receiving = hosts.pop()
            origins = _origins(text, mentions, places, page.lang)
            others = {code for _w, code, _e in travellers_in(text, mentions, origins, page.lang)}
            others -= {receiving, traveller.sending}
            if others:
                continue  # a guest of a third state there too: a meeting of two guests, no bilateral trip
            key = (_stem(traveller.surname), receiving)
            if receiving == traveller.sending or not in_scope(traveller.sending, receiving) or key in done \
                    or key in made or receiving in traveller.days:  # type: ignore[arg-type]
                continue
            city = next((m.place for m in where if m.place.kind == "city"), None)
            trip = _act_trip(sentence, traveller, page, receiving, city)  # type: ignore[arg-type]
            if trip is not None:
                done.add(key)
                found.append(trip)
    return found


# a sentence opening with a personal or possessive pronoun of a person: "His most recent visit took place on ..."
_PRONOUN = re.compile(r"^(?:He|She|His|Her|Viņš|Viņa|Viņas|Jis|Ji|Jo|Jos|Он|Она|Его|Её|Ее|Він|Вона|Його|Її|Ён|Яна|"
                      r"Яго|Яе)(?![\w])")


_PRONOUN_IN = re.compile(r"(?:^|[.!?]\s+)(?:" + _PRONOUN.pattern[4:])


def _by_pronoun(page: Page, places: Places, travellers: list[_Traveller], told: set) -> list[Fact]:
    """"This is Budrys's third visit to Ukraine since assuming the post. His most recent visit took place on 1 April
    2025.": a sentence that opens with a pronoun and tells a trip with its own full date, right after a sentence
    with a word of travel that names one of the page's travellers, and no other. The
    traveller is that one; the destination the pronoun's sentence names, else the one the sentence before names.
    With no date of its own the sentence adds nothing (a pronoun is too weak a name to hold a trip on), nor when
    the date is one of the traveller's trips the page already tells."""
    if not travellers:
        return []
    by_stem = {_stem(t.surname): t for t in travellers}
    found: list[Fact] = []
    last: tuple[int, str] | None = None  # the line before, whose last sentence may be the one before a line's first
    for number, line in page.numbered():
        before_line, last = last, (number, line)
        if not _PRONOUN_IN.search(line) or not _TRAVEL.search(line):
            continue  # most lines of a long page: no pronoun opening a sentence, or no word of travel
        previous: Sentence | None = None
        if before_line is not None:
            previous = next(iter(reversed(list(sentences_of_line(*before_line)))), None)
        for sentence in sentences_of_line(number, line):
            before, previous = previous, sentence
            text = sentence.text
            if before is None or not _PRONOUN.match(text) or not _TRAVEL.search(text) or sentence.quote() in told \
                    or _NO_TRIP.search(text) or _TALK.search(text) or not _TRAVEL.search(before.text):
                continue
            named = {by_stem[_stem(w)] for w in _WORD.findall(before.text) if w[0].isupper() and _stem(w) in by_stem}
            if len(named) != 1:
                continue
            traveller = named.pop()
            dated = _date(text, page)
            if dated is None or not find_dates(text, page.lang):
                continue  # a day counted from the page ("on Monday") is the lead's, not an earlier trip's
            destination = _destination(text, places.find(text, page.lang)) or \
                _destination(before.text, places.find(before.text, page.lang))
            if destination is None:
                continue
            receiving, city = destination
            when, note = dated
            if receiving == traveller.sending or not in_scope(traveller.sending, receiving) or any(
                    when.earliest <= day.latest and day.earliest <= when.latest
                    for day in traveller.days.get(receiving, [])):
                continue
            person = PersonMention(traveller.person.name, traveller.person.lang, sentence.quote())
            why = (f"The sentence names the traveller by a pronoun; the sentence before names "
                   f"{traveller.person.name.text}.")
            found.append(VisitFact((sentence.quote(),), when, "visit", traveller.sending, receiving, city,
                                   (Participant(person),), None, text,
                                   issues=((("ambiguity", note),) if note else ()) + (("ambiguity", why),)))
    return found


def _office_beside(traveller: _Traveller, places: Places) -> bool:
    """Whether the sentence that names the traveller in full puts their country's word right before the name, at
    most two words between ("Министр иностранных дел Белоруссии Владимир Макей", "Lithuanian Foreign Minister NAME"):
    a country word further off may be another noun's ("латвийская стороны будут прорабатывать возможность визита
    президента Александра Лукашенко"), which a trip read from an act alone cannot afford."""
    return _named_beside(traveller.person, traveller.sending, places)


def _named_beside(person: PersonMention, country: str, places: Places) -> bool:
    """`_office_beside` for a person the page names in full as an office holder of `country`."""
    from data.importer.travels import _origins

    text, written = person.quote.text, person.name.written
    at = text.find(written)
    if at < 0:
        return False
    mentions = [m for m in places.find(text, person.lang) if _code(m) is not None]
    return any(m.end <= at and _code(m) == country and re.fullmatch(r"\s*(?:[^\W\d_][\w'’.-]*\s+){0,2}",
                                                                          text[m.end:at])
               for m in _origins(text, mentions, places, person.lang))


_SUBJECT_REACH = 60  # how far after the surname its act verb may stand, with no clause break between


def _subject_at(text: str, traveller: _Traveller, main: int, places: Places, lang: str) -> int | None:
    """Where the traveller's surname, exactly as the page names them (never a declined form), stands as the subject
    of an act verb right after it in the main clause; else None."""
    from data.importer.presence import _ACT

    surname, given = traveller.surname, fold_key(traveller.person.name.text.split()[0])[:3]
    for match in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w'’-])", text[:main]):
        before = re.search(r"([^\W\d_][\w'’.-]*)\s+$", text[:match.start()])
        if before and before.group(1)[:1].isupper() and not _TITLE.match(before.group(1)) \
                and not _CONNECTIVE.fullmatch(before.group(1)) and not places.find(before.group(1), lang):
            continue  # the full name ("Edgars Rinkēvičs met": `presence`'s), or another's ("Olena Zelenska")
        if before and fold_key(before.group(1))[:3] == given:
            continue
        act = _ACT.search(text, match.end())
        if act is not None and act.start() - match.end() <= _SUBJECT_REACH \
                and not re.search(r"[,;:()«»\"“”]", text[match.end():act.start()]):
            return match.start()
    return None


def _act_trip(sentence: Sentence, traveller: _Traveller, page: Page, receiving: str, city) -> Fact | None:
    text = sentence.text
    person = PersonMention(traveller.person.name, traveller.person.lang, sentence.quote())
    why = (f"A trip read from what the traveller did there, named by the surname alone; the page names "
           f"{traveller.person.name.text} in full after the office of that country.")
    dated = _date(text, page)
    if dated is not None:
        when, note = dated
        return VisitFact((sentence.quote(),), when, "visit", traveller.sending, receiving, city,
                         (Participant(person),), None, text,
                         issues=((("ambiguity", note),) if note else ()) + (("ambiguity", why),))
    days = day_months(text, page.lang)
    day = _NEWS_DAY.search(text)
    if len(days) > 1 or (not days and day is None):
        return None  # no day named: an act told in passing, not a trip this reader dates or holds
    return HeldFact((sentence.quote(),), "visit", traveller.sending, receiving, (person,),
                    f"the page gives no year for this trip; it names {traveller.person.name.text} by the surname "
                    f"alone here, acting there", city=city, date_text=days[0].text if days else day.group(0),  # type: ignore[union-attr]
                    issues=(("ambiguity", why),))


def _by_office(office_holders: list[tuple[PersonMention, str, str | None]], page: Page, places: Places, told: set
               ) -> list[Fact]:
    """"Paskutinį kartą Lietuvos diplomatijos vadovas Ukrainoje lankėsi 2025 m. balandžio 1 d.": an office and
    its country with no name, a word of travel, a destination and a full date; the traveller is the one person
    the page names in full in that office of that country ("užsienio reikalų ministras Kęstutis Budrys")."""
    from data.importer.travels import OFFICE_KINDS, _names, _origins, office_kind
    from data.importer.travels import _code as place_code

    if not office_holders:
        return []  # nobody named in an office, or a list of travellers (`_a_list`): nothing to read
    lines = [(n, line) for n, line in page.numbered() if _TRAVEL.search(line) and office_kind(line)]
    if not lines:
        return []
    holders: dict[tuple[str, str], dict[str, PersonMention]] = {}
    for person, country, kind in office_holders:
        if kind is not None:
            holders.setdefault((country, kind), {}).setdefault(_stem(person.name.text.split()[-1]), person)
    found: list[Fact] = []
    for number, line in lines:
        for sentence in sentences_of_line(number, line):
            text = sentence.text
            if sentence.quote() in told or not _TRAVEL.search(text) or _NO_TRIP.search(text) or _TALK.search(text):
                continue
            mentions = [m for m in places.find(text, page.lang) if place_code(m) is not None]
            if _names(text, mentions):
                continue  # a name in the sentence: the other readers' matter
            kinds = [(m, kind) for kind, pattern in OFFICE_KINDS for m in pattern.finditer(text)]
            if len({kind for _m, kind in kinds}) != 1:
                continue
            office, kind = kinds[0]
            reach = (office.start() - _OFFICE_COUNTRY_REACH, office.end() + _OFFICE_COUNTRY_REACH)
            near = [m for m in _origins(text, mentions, places, page.lang) if reach[0] <= m.start and m.end <= reach[1]]
            countries = {place_code(m) for m in near}
            if len(countries) != 1:
                continue
            country = countries.pop()
            people = holders.get((country, kind), {})  # type: ignore[arg-type]
            destination = _destination(text, [m for m in mentions if m not in near])
            dated = _date(text, page)
            if len(people) != 1 or destination is None:
                continue
            if dated is None:
                # "Востаннє прем'єрка Литви приїздила в Україну у листопаді минулого року" on a page with no date: a
                # trip told as an earlier one, with a month the page gives no year for, held as written
                said = _LAST_TIME.match(_LEAD_IN.sub("", text, count=1)) and (
                    find_dates(text, page.lang) or _MONTH_WORD.search(text) or day_months(text, page.lang))
                if not said:
                    continue
                receiving, city = destination
                if receiving == country or not in_scope(country, receiving):  # type: ignore[arg-type]
                    continue
                holder = next(iter(people.values()))
                person = PersonMention(holder.name, holder.lang, sentence.quote())
                month = _MONTH_WORD.search(text)
                days = day_months(text, page.lang)
                found.append(HeldFact((sentence.quote(),), "visit", country, receiving,  # type: ignore[arg-type]
                                      (person,), f"the page gives no year for this earlier trip; the sentence names "
                                      f"the traveller by the office alone, which the page gives {holder.name.text}",
                                      city=city, date_text=days[0].text if len(days) == 1 else
                                      month.group(0) if month else None))
                continue
            receiving, city = destination
            if receiving == country or not in_scope(country, receiving):  # type: ignore[arg-type]
                continue
            holder = next(iter(people.values()))
            when, note = dated
            person = PersonMention(holder.name, holder.lang, sentence.quote())
            issues = ((("ambiguity", note),) if note else ()) + (
                ("ambiguity", f"The sentence names the traveller by the office alone; the page names "
                              f"{holder.name.text} in that office."),)
            found.append(VisitFact((sentence.quote(),), when, "visit", country, receiving, city,  # type: ignore[arg-type]
                                   (Participant(person),), None, text, issues=issues))
    return found


# a sentence telling the last or an earlier trip: "Востаннє ...", "Последний раз ...", "Paskutinį kartą ...", "Last ..."
_LAST_TIME = re.compile(r"(?:Востаннє|Останній\s+раз|Последний\s+раз|В\s+последний\s+раз|Апошні\s+раз|"
                        r"Paskutinį\s+kartą|Pēdējo\s+reizi|Last\s+time|The\s+last\s+time|Previously|Раніше|Ранее)"
                        r"(?![\w])", re.I)
# a month named in words with what says which one ("у листопаді минулого року", "в ноябре прошлого года")
_MONTH_WORD = re.compile(r"(?<![\w])(?:у|в|во|ў|in)\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|"
                         r"вересні|жовтні|листопаді|грудні|январе|феврале|марте|апреле|мае|июне|июле|августе|"
                         r"сентябре|октябре|ноябре|декабре|January|February|March|April|May|June|July|August|"
                         r"September|October|November|December)(?:\s+(?:минулого|цього|прошлого|этого|last|this)"
                         r"\s+(?:року|года|year))?(?![\w])", re.I)
# a word that opens a reminder before its sentence: "Напомним: последний раз ...", "Нагадаємо, що востаннє ..."
_LEAD_IN = re.compile(r"^\s*(?:Напомним|Нагадаємо|Нагадаем|Напомню|Нагадую|Recall|Reminder|Atgādinām|Primename)"
                      r"(?:\s*[:,]\s*|\s+)(?:(?:что|що|што|that|kad|ka)\s+)?", re.I)
_OFFICE_COUNTRY_REACH = 30  # how far from an office word its country may stand ("глава МИД Литвы")


# An embedded post's signature: "— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) January 10, 2024"
_SIGNATURE = re.compile(r"^\s*[—–-]\s*(?P<author>[^()@]{3,80}?)\s*\(@\w{1,40}\)\s+(?P<day>.{6,20}\d{4})\s*$")
_I = re.compile(r"(?<![\w])(?:I|es|aš|я)(?![\w])")
_TODAY = re.compile(r"(?<![\w])(?:today|this\s+morning|šodien|šorīt|šiandien|šįryt|сегодня|сьогодні|сёння)(?![\w])",
                    re.I)
_POST_LINES = 8  # how far above its signature a post's text may stand


def by_post_author(facts: list[Fact], page: Page, places: Places) -> list[Fact]:
    """"Today, I arrived in Vilnius before going to Tallinn and Riga." in a post the page embeds, signed by a
    traveller the page's other trips name in full: their trip, on the post's day. Only "today" with "I"
    in the lines just above the signature, and no other signature between."""
    if "(@" not in page.text:
        return []
    travellers = _travellers(facts)
    if not travellers:
        return []
    told = {quote for fact in facts if is_trip(fact) for quote in fact.quotes}
    numbered = page.numbered()
    found: list[Fact] = []
    for index, (_number, line) in enumerate(numbered):
        signature = _SIGNATURE.match(line)
        if signature is None:
            continue
        authors = [t for t in travellers if any(_stem(word) == _stem(t.surname)
                                                for word in signature["author"].split())]
        days = [d for d in find_dates(signature["day"], "en") if d.range.start.day is not None]
        if len(authors) != 1 or len(days) != 1:
            continue
        for number, text in numbered[max(0, index - _POST_LINES):index][::-1]:
            if _SIGNATURE.match(text):
                break  # another post's text
            for sentence in sentences_of_line(number, text):
                trip = _own_trip(sentence, authors[0], days[0].range, told, page, places)
                if trip is not None:
                    found.append(trip)
    return found


def _own_trip(sentence: Sentence, traveller: _Traveller, day: DateRange, told: set, page: Page,
              places: Places) -> Fact | None:
    text = sentence.text
    if sentence.quote() in told or not (_I.search(text) and _TODAY.search(text) and _TRAVEL.search(text)) \
            or _NO_TRIP.search(text):
        return None
    mentions = places.find(text, page.lang) or places.find(text, "en")  # a post is often in English
    destination = _destination(text, mentions)
    if destination is None:
        return None
    receiving, city = destination
    if not in_scope(traveller.sending, receiving) or receiving in traveller.dated:
        return None
    person = PersonMention(traveller.person.name, traveller.person.lang, sentence.quote())
    note = (f"The page embeds a post signed by {traveller.person.name.text} on {day}; the post says 'today' "
            f"and 'I'.")
    return VisitFact((sentence.quote(),), day, "visit", traveller.sending, receiving, city, (Participant(person),),
                     None, text, issues=(("ambiguity", note),))



def _travellers(facts: list[Fact]) -> list[_Traveller]:
    by_name: dict[str, _Traveller] = {}
    for fact in facts:
        if not is_trip(fact):
            continue
        people = [p.person for p in fact.people] if isinstance(fact, VisitFact) else list(fact.people)  # type: ignore[attr-defined]
        if len(people) != 1 or len(people[0].name.text.split()) < 2 or not people[0].name.certain:
            continue
        person = people[0]
        key = fold_key(person.name.text)
        traveller = by_name.setdefault(key, _Traveller(person, fact.sending))  # type: ignore[attr-defined]
        traveller.mixed |= traveller.sending != fact.sending  # type: ignore[attr-defined]
        traveller.destinations.add(fact.receiving)  # type: ignore[attr-defined]
        if isinstance(fact, VisitFact):
            traveller.dated.add(fact.receiving)
            traveller.days.setdefault(fact.receiving, []).append(fact.date)
    found = [t for t in by_name.values() if not t.mixed and len(_stem(t.surname)) >= 4]
    return found if len(found) <= _MOST_TRAVELLERS else []  # hundreds of travellers: a list, not news


_MOST_TRAVELLERS = 40


def _a_list(facts: list[Fact]) -> bool:
    """The page's trips name more travellers than news does: a table or a list, read as such."""
    return len({_stem(p.name.text.split()[-1]) for fact in facts if is_trip(fact) for p in _people_of(fact)
                if p.name.text.split()}) > _MOST_TRAVELLERS


def _people_of(fact: Fact) -> list[PersonMention]:
    return [p.person for p in fact.people] if isinstance(fact, VisitFact) else list(fact.people)  # type: ignore[attr-defined]


def _office_holders(holders: list[tuple[PersonMention, str, str | None]], facts: list[Fact], known: set[str]
                    ) -> list[_Traveller]:
    """The people the page names in full after their country's office, as travellers; one country each (a
    surname named for two countries, or beside two, is nobody's), none a trip's traveller already is
    (`known`, surname stems), and each with the dates of every trip of the page that names their surname
    (beside others too), so that a sentence telling one of those again adds nothing."""
    by_surname: dict[str, _Traveller] = {}
    for person, country, _kind in holders:
        traveller = by_surname.setdefault(_stem(person.name.text.split()[-1]), _Traveller(person, country))
        traveller.mixed |= traveller.sending != country
    found = [t for key, t in by_surname.items() if key not in known and not t.mixed and len(_stem(t.surname)) >= 4]
    if len(found) > _MOST_TRAVELLERS:
        return []
    for fact in facts:
        if not is_trip(fact):
            continue
        stems = {_stem(p.name.text.split()[-1]) for p in _people_of(fact) if p.name.text.split()}
        for traveller in found:
            if _stem(traveller.surname) in stems:
                traveller.dated.add(fact.receiving)  # type: ignore[attr-defined]
                if isinstance(fact, VisitFact):
                    traveller.days.setdefault(fact.receiving, []).append(fact.date)
    return found


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return fold_key(word)[:5]


def _sentences_naming(page: Page, travellers: list[_Traveller]) -> Iterator[Sentence]:
    """The sentences of the lines with a word of travel and a word of a traveller's surname's stem."""
    stems = {_stem(t.surname) for t in travellers}
    for number, line in page.numbered():
        if not _TRAVEL.search(line):
            continue
        if any(word[0].isupper() and _stem(word) in stems for word in _WORD.findall(line)):
            yield from sentences_of_line(number, line)


_WORD = re.compile(r"(?<![\w])[^\W\d_][\w'’-]{3,}")


def _names_alone(text: str, traveller: _Traveller) -> bool:
    """The sentence names the traveller by a form of the surname, not beside another given name
    ("Olena Zelenska" is not "Zelensky"): a capitalised word right before it is their own given name
    or a title, else it is somebody else's name."""
    surname = traveller.surname
    stem, given = _stem(surname), fold_key(traveller.person.name.text.split()[0])[:3]
    for match in re.finditer(r"[^\W\d_][\w'’-]*", text):
        word = match.group(0)
        if _stem(word) != stem or abs(len(word) - len(surname)) > 3 or not word[:1].isupper():
            continue
        before = re.search(r"([^\W\d_][\w'’.-]*)\s+$", text[:match.start()])
        if before and before.group(1)[:1].isupper() and not _TITLE.match(before.group(1)) \
                and not _CONNECTIVE.fullmatch(before.group(1)) \
                and fold_key(before.group(1))[:3] != given:
            return False
        return True
    return False


# a sentence's first word that is no given name: "Previously Nausėda visited Ukraine in August 2023."
_CONNECTIVE = re.compile(r"Previously|Earlier|Later|Meanwhile|Also|Then|Today|Yesterday|Recently|Now|However|"
                         r"Iepriekš|Vakar|Šodien|Tagad|Anksčiau|Šiandien|Dabar|Ранее|Раньше|Также|Сегодня|Вчера|"
                         r"Раніше|Також|Сьогодні|Вчора|Учора|Нагадаємо|Напомним|"
                         # "Востаннє Шимоніте відвідувала ...", "Впервые ...", "Pēdējo reizi ...": when, not who
                         r"Востаннє|Вперше|Уперше|Впервые|Тогда|Тоді|Уже|Вже|Ужо|Раней|Пазней|Pēdējo|Pirmo|"
                         r"Paskutinį|Pirmą|Last|First|Finally", re.I)
_TITLE = re.compile(r"(?:President|Prime|Premier|Minister|Speaker|Prezident|Premjer|Ministr|Президент|Прэзідэнт|"
                    r"Премьер|Прем|Министр|Міністр|Спікер|Спикер)", re.I)


def _trip(sentence: Sentence, traveller: _Traveller, page: Page, places: Places) -> Fact | None:
    text = sentence.text
    mentions = places.find(text, page.lang)
    destination = _destination(text, mentions)
    if destination is None:
        if any(m for m in mentions if _code(m) is not None) or len(traveller.destinations) != 1:
            return None  # places named but none the trip goes to, or no one country to fall back on
        receiving, city = next(iter(traveller.destinations)), None
    else:
        receiving, city = destination
    if not in_scope(traveller.sending, receiving):
        return None
    dated = _date(text, page)
    if dated is None:
        return _held(sentence, traveller, page, receiving, city)
    when, note = dated
    if any(when.earliest <= told.latest and told.earliest <= when.latest for told in traveller.days.get(receiving, [])):
        return None  # the trip the page tells in full, told again (a date that meets its date)
    if receiving in traveller.dated and not traveller.days.get(receiving):
        return None
    person = PersonMention(traveller.person.name, traveller.person.lang, sentence.quote())
    issues = (("ambiguity", note),) if note else ()
    where = ("with a trip from the same country" if traveller.destinations
             else "in full after the office of that country")
    issues += (("ambiguity", f"The sentence names the traveller without an office; the page names "
                             f"{traveller.person.name.text} {where}."),)
    return VisitFact((sentence.quote(),), when, "visit", traveller.sending, receiving, city,
                     (Participant(person),), None, text, issues=issues)


def _held(sentence: Sentence, traveller: _Traveller, page: Page, receiving: str, city) -> Fact | None:
    """"16 октября Зеленский начал официальный визит в Латвийскую Республику" on a page with no year to give:
    held for review with its day as written, when the page tells no other trip of the traveller there."""
    text = sentence.text
    days = day_months(text, page.lang)
    when: str | None
    if len(days) == 1:
        when = days[0].text
    else:
        # "В среду Зеленский прибыл ... в Вильнюс", "Учора пан Лінкявічюс відвідав Одесу" on a page with no date to
        # count from: a trip told as done on a day the page names, held with that day as written; "Петр Порошенко
        # прибыл с рабочим визитом в Литву" with no day at all: held without one (`visit_days` may date a news
        # item's lead by its stamp), when the page tells no other trip of the traveller there
        from data.importer.travels import visit_made

        day = _NEWS_DAY.search(text)
        # "Науседа приезжал в Украину ... в середине апреля": an earlier trip with its month and no year, held
        # with the month as written
        month = months_alone(text, page.lang) if day is None and visit_days.earlier_trip(text) else []
        if days or not (_DONE.search(text) or visit_made(text)) or (day is None and not len(month) == 1
                                              and (find_dates(text, page.lang) or _QUOTED.search(text))):
            return None  # with no day at all, a saying ("..., — зазначив П.Бешта") is the speaker's, not a trip's
        when = day.group(0) if day is not None else month[0][1] if len(month) == 1 else None
    if receiving in traveller.dated or receiving in traveller.destinations:
        # the page's other trip there, told again; unless the sentence says this one came before, on a day or in a
        # month of its own ("13 апреля Левитс уже посещал Киев", "Levits Kijivu jau apmeklēja 13.aprīlī")
        if not (visit_days.earlier_trip(text) and (days or when)):
            return None
    person = PersonMention(traveller.person.name, traveller.person.lang, sentence.quote())
    return HeldFact((sentence.quote(),), "visit", traveller.sending, receiving, (person,),
                    f"the page gives no year for this trip; it names {traveller.person.name.text} without an office "
                    f"here", city=city, date_text=when)


# a day a news item names without a date: a weekday, yesterday, today
_NEWS_DAY = re.compile(
    r"(?<![\w])(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|"
    r"(?:в|во|у|ў)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|"
    r"четвер|п.ятницю|суботу|неділю|панядзелак|аўторак|сераду|чацвер|пятніцу|суботу|нядзелю)|"
    r"вчера|сегодня|вчора|учора|сьогодні|учора|сёння|"
    r"pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien|vakar|šodien|"
    r"pirmadienį|antradienį|trečiadienį|ketvirtadienį|penktadienį|šeštadienį|sekmadienį|vakar|šiandien)(?![\w])",
    re.I)
# a quotation or a verb of saying: the surname may be the speaker's, not a traveller's
_QUOTED = re.compile(r"[«»\"“”„]|(?<![\w])(?:said|says|noted|stated|added|wrote|told|зазначив\w*|заявив\w*|сказав\w*|"
                     r"написав\w*|додав\w*|наголосив\w*|отметил\w*|заявил\w*|сказал\w*|написал\w*|добавил\w*|"
                     r"подчеркнул\w*|адзначыў|заявіў|сказаў|напісаў|paziņoja|sacīja|teica|norādīja|uzsvēra|sakė|teigė|"
                     r"pažymėjo|pareiškė|pabrėžė)(?![\w])", re.I)
# a trip told as done: the perfective past of arriving or visiting
_DONE = re.compile(
    r"(?<![\w])(?:arrived|visited|came|прибыл\w*|приехал\w*|посетил\w*|прибув\w*|прибул\w*|приїхав\w*|"
    r"приїхал\w*|відвідав\w*|відвідал\w*|прыбыў\w*|прыехаў\w*|наведаў\w*|ieradās|apmeklēja|viesojās|"
    r"atvyko|lankėsi|viešėjo|aplankė|"
    # the imperfective past of a trip made before the page's ("Науседа приезжал в Украину ... в середине апреля")
    r"посещал\w*|приезжал\w*|бывал\w*|відвідувал\w*|відвідував|приїжджал\w*|приїжджав|приїздил\w*|приїздив|"
    r"бував|бувала|прыязджаў\w*|наведваў\w*)(?![\w])", re.I)


def _code(mention: Mention) -> str | None:
    return mention.place.key if mention.place.kind == "country" else mention.place.country


def _destination(text: str, mentions: list[Mention]):
    """(country, city or None) of the first place the sentence puts after "to"/"in" or in the locative."""
    for mention in mentions:
        code = _code(mention)
        if code is None or _FROM.search(text[:mention.start]):
            continue
        if _TO.search(text[:mention.start]) or mention.case == "loc" or _VISITED_BEFORE.search(text[:mention.start]):
            return code, (mention.place if mention.place.kind == "city" else None)
    republic = _TO_REPUBLIC.search(text)  # "в Латвийскую Республику", which the place names do not hold
    if republic is not None and not mentions:
        return next(code for code in _REPUBLICS if republic[code]), None
    return None


_REPUBLICS = {"LV": r"Латвийск|Латвійськ|Латвійск", "LT": r"Литовск|Литовськ|Літоўск",
              "BY": r"Белорусск|Білоруськ|Беларуск", "UA": r"Украинск|Українськ|Украінск"}
_TO_REPUBLIC = re.compile(r"(?<![\w])(?:в|во|у|ў|до|да)\s+(?:"
                          + "|".join(f"(?P<{code}>{words})" for code, words in _REPUBLICS.items())
                          + r")\w*\s+(?:Республик|Республік|Рэспублік)\w*", re.I)


# the place as the object of the verb: "visited Ukraine", "посетил Минск", "apmeklēja Rīgu"
_VISITED_BEFORE = re.compile(r"(?<![\w])(?:visit(?:ed|s)?|посетил\w*|посетит|відвідав\w*|відвідала|відвідали|відвідає|"
                             r"відвідувал\w*|посещал\w*|наведваў\w*|наведвала|"
                             r"apmeklēja|apmeklēs|aplankė|aplankys)\s+$", re.I)


def _date(text: str, page: Page) -> tuple[DateRange, str | None] | None:
    """The sentence's one date: written in full, or counted from the page's own date; else None."""
    every = find_dates(text, page.lang)
    full = [d for d in every if d.range.start.day is not None]
    if len(full) == 1:
        return full[0].range, None
    if full:
        return None
    if len(every) == 1 and every[0].range.start.month is not None and not day_months(text, page.lang):
        return every[0].range, None  # "visited Ukraine in August 2023": a month is as precise as the page
    relative = month_of_relative_year(text, page.lang, page.dateline())
    if relative is not None:
        return DateRange.of(relative[0]), relative[1]  # "в листопаді минулого року"
    days = day_months(text, page.lang)
    if len(days) == 1 and days[0].first is not None:
        return range_with_year(days[0], page.dateline())
    leaning = lean_on_page(text, page)
    if leaning is None:
        return None
    day, note = leaning
    return DateRange.of(day), note  # type: ignore[arg-type]


# --- delegations ---------------------------------------------------------------------------------
# "2016. gada 10.-15. aprīlī Latviju apmeklēja Baltkrievijas reģionu pārstāvju delegācija",
# "A Belarusian parliamentary delegation visited Riga on 16–19 May 2016": a trip of a group the page
# names by its country, not by its people.

_DELEGATION = re.compile(r"(?<![\w])(?:delegācij\w*|delegacij\w*|delegations?|делегаци\w*|делегаці\w*|"
                         r"дэлегацы\w*)(?![\w])", re.I)
_DELEGATION_STEMS = ("delegāc", "delegac", "delegation", "делегац", "дэлегац")
_VISITED = re.compile(r"(?<![\w])(?:apmeklēja|apmeklēs|aplankė|aplankys|посетил\w*|посетит|відвідал\w*|"
                      r"відвідає|наведала|наведае)(?![\w])", re.I)
_EN_NATIONS = {"BY": r"Belarusian", "LV": r"Latvian", "LT": r"Lithuanian", "UA": r"Ukrainian"}
_EN_NATION = re.compile("|".join(f"(?P<{code}>(?<![\\w]){word}(?![\\w]))" for code, word in _EN_NATIONS.items()))
_VISITED_OBJECT = re.compile(r"(?<![\w])visit(?:ed|s)?\s+$", re.I)  # "visited Riga"
_OWNER_REACH = 45  # how far before "delegation" the country whose delegation it is may stand


def delegations(page: Page, places: Places) -> list[Fact]:
    """A delegation of one of the four countries visiting another, on the one day or days the sentence gives."""
    found: list[Fact] = []
    for number, line in page.numbered():
        low = line.lower()
        if not any(stem in low for stem in _DELEGATION_STEMS):
            continue
        for sentence in sentences_of_line(number, line):
            trip = _delegation(sentence, page, places)
            if trip is not None:
                found.append(trip)
    return found


def _delegation(sentence: Sentence, page: Page, places: Places) -> Fact | None:
    text = sentence.text
    word = _DELEGATION.search(text)
    if word is None or len(_DELEGATION.findall(text)) != 1 or _NO_TRIP.search(text) \
            or not (_TRAVEL.search(text) or _VISITED.search(text)):
        return None
    mentions = places.find(text, page.lang)
    owner = _owner(text, word.start(), mentions, page.lang, places)
    if owner is None:
        return None
    hosts = [m for m in mentions if _code(m) not in (None, owner)
             and not (m.start < word.start() and word.start() - m.end <= _OWNER_REACH and m.case == "gen")]
    if not hosts or len({_code(m) for m in hosts}) != 1:
        return None  # no place visited, or places of two countries: not one trip this reader can tell
    receiving = _code(hosts[0])
    assert receiving is not None
    if not in_scope(owner, receiving):
        return None
    full = [d for d in find_dates(text, page.lang) if d.range.start.day is not None]
    if len(full) != 1 or len(find_dates(text, page.lang)) != 1:
        return None
    city = next((m.place for m in hosts if m.place.kind == "city"
                 and (m.case in ("loc", "acc") or _TO.search(text[:m.start])
                      or _VISITED_OBJECT.search(text[:m.start]))), None)  # not "Daugavpils pilsētas"
    return VisitFact((sentence.quote(),), full[0].range, "visit", owner, receiving, city, (), None,
                     f"{owner} delegation",
                     issues=(("ambiguity", "A delegation's trip: the page names its country, not its people."),))


def _owner(text: str, at: int, mentions: list[Mention], lang: str, places: Places) -> str | None:
    """The country whose delegation it is: named in the genitive or as an adjective just before the
    word ("Baltkrievijas reģionu pārstāvju delegācija", "белорусская делегация", "Belarusian delegation"),
    or after it ("delegation of Belarus", "делегация Беларуси")."""
    from data.importer.mentions import nations

    before = [m for m in mentions if m.end <= at and at - m.end <= _OWNER_REACH and m.case in ("gen", "adj", "nom")
              and m.place.kind == "country"]
    before += [m for m in nations(text[:at], places) if at - m.end <= _OWNER_REACH]
    if lang == "en":
        before += [m for m in _en_nations(text[:at], places) if at - m.end <= _OWNER_REACH]
    if before:
        return max(before, key=lambda m: m.end).place.key
    after = [m for m in mentions if m.start > at and m.place.kind == "country"
             and re.fullmatch(r"\s*(?:of\s+(?:the\s+)?)?", text[at + len(_DELEGATION.match(text, at).group(0)):m.start])
             and (lang == "en" or m.case == "gen")]
    return after[0].place.key if after else None


def _en_nations(text: str, places: Places) -> list[Mention]:
    out = []
    for match in _EN_NATION.finditer(text):
        place = places.country(match.lastgroup or "")
        if place is not None:
            out.append(Mention(place, "adj", match.start(), match.end(), match.group(0)))
    return out



# --- trips offered, not made ---------------------------------------------------------------------
# "Лукашенко пригласил Науседу посетить Минск", "Nausėda pakvietė Zelenskį aplankyti Vilnių", "invited him
# to visit Riga": an invitation followed by the trip's infinitive is no trip, whichever reader found it.
# "At the invitation of ..." / "по приглашению" introduces a trip that took place: it stays.

_OFFER = re.compile(
    r"(?<![\w])(?:invit(?:ed|es|ing)|uzaicin\w*|aicināj\w*|aicina|pakviet\w*|kviečia|kvietė|"
    r"приглас(?:ил|ила|или|ит)\w*|приглашает|запроси(?:в|ла|ли)\w*|запрошує|запрасі(?:ў|ла|лі)\w*|запрашае)"
    r"(?![\w])[^.;]{0,80}?(?<![\w])(?:to\s+(?:visit|come|travel)|apmeklēt|ierasties|viesoties|aplankyti|atvykti|"
    r"apsilankyti|viešėti|посетить|приехать|прибыть|відвідати|приїхати|прибути|наведаць|прыехаць|прыбыць)(?![\w])",
    re.I)


def not_offered(facts: list[Fact]) -> list[Fact]:
    """The facts without the trips whose only sentence offers them ("invited ... to visit"), calls them off
    ("The visit ... on 3 April 2020 was cancelled", "визит был перенесен", "отложен"), says them only possible
    or in the conditional, or talks about them ("discussed the visit of"), whichever reader found them."""
    from data.importer.travels import FROM_PARTS

    def offered(fact: Fact) -> bool:  # a trip of `travels` read its main clause alone: not an offer's
        return all(_OFFER.search(q.text) for q in fact.quotes) and ("ambiguity", FROM_PARTS) not in fact.issues

    return [f for f in facts if not is_trip(f)
            or not (offered(f) or all(_CALLED_OFF.search(q.text) or _NOT_SO.search(q.text) for q in f.quotes))]


_CALLED_OFF = re.compile(r"(?<![\w])(?:cancel(?:l?ed|s)|postponed|called\s+off|did\s+not\s+take\s+place|"
                         r"atcelt\w*|atlikt\w*|atšaukt\w*|atidėt\w*|отмен[её]н\w*|отменил\w*|перенес[её]н\w*|"
                         r"перенесли|не\s+состоял\w*|скасован\w*|скасувал\w*|перенесен\w*|не\s+відбув\w*|"
                         r"адменены\w*|адмянілі|перанесены\w*|delayed|отложен\w*|отложил\w*|отложили|"
                         r"відкладен\w*|відклал\w*|відклали|адкладзен\w*|адклалі|"
                         # put off, told by the infinitive: "визит пришлось отложить", "довелося відкласти"
                         r"отложить|перенести|відкласти|адкласці|перанесці|"
                         # held off: "с визитом в Ригу повременит", "put off his visit"
                         r"повремен\w*|почекає|пачакае|put\s+off|hold\s+off|holds\s+off)(?![\w])", re.I)
# a trip only possible, wished in the conditional, or talked about as the object of a talk, whichever reader
# found it: "Возможен визит президента Литвы ...", "мог бы посетить Киев", "discussed the visit of X to Vilnius"
_NOT_SO = re.compile(
    r"(?<![\w])(?:possible\s+visit|visit\s+(?:is|was|would\s+be)\s+possible|possibly|"
    r"возможен|возможна|возможно|возможный|возможного|можливий|можлива|можливо|можливого|магчымы|магчыма|"
    r"iespējama|iespējams|iespējamā|iespējamo|galimas|galimą|galimo|galimai|"
    # the conditional: "мог бы посетить", "міг би відвідати", "apmeklētu", "aplankytų"
    r"бы|би|мог|могла|могли|міг|могло|магла|маглі|"
    r"apmeklētu|ierastos|brauktu|dotos|viesotos|aplankytų|atvyktų|vyktų|lankytųsi|"
    # the visit as what was talked about: "discussed the (possible) visit of", "обсудили визит", "aptarė vizitą"
    r"discuss\w*\s+(?!(?:during|in|at|on|after|before|within)\b)(?:the\s+|a\s+|his\s+|her\s+)?(?:\w+\s+)?visit|"
    r"обсуд\w+\s+(?:\w+\s+)?визит|обсужда\w+\s+(?:\w+\s+)?визит|обговор\w+\s+(?:\w+\s+)?візит|"
    r"абмерка\w+\s+(?:\w+\s+)?візіт|apsprie\w+\s+(?:\w+\s+)?vizīt|pārrunā\w*\s+(?:\w+\s+)?vizīt|"
    r"aptar\w+\s+(?:\w+\s+)?vizit)(?![\w])", re.I)
