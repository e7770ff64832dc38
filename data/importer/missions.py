"""Missions a sentence names with both countries, in any of the six languages.

    Lithuania has an embassy in Kyiv and an honorary consulate in Lviv   -> two missions
    посольство Литвы в Минске                                            -> LT's embassy in BY, Minsk
    Latvia opened its consulate general in Vitebsk on 1 June 2011       -> opened 2011-06-01
    3 honorary consulates (in Lviv, Odesa and Kharkiv)                   -> one in each city
    Latvia closed its consulate in Vitebsk on 1 June 2021               -> closed 2021-06-01
    Latvija plāno atvērt goda konsulātu Ļvivā                            -> nothing: a mission to come
    Honorary consulates of Lithuania in Ukraine:  / - Lviv / - Odesa     -> one in each city (`listed_missions`)

Which state sends: a genitive or adjective before or just after the mission's word, or the subject
of the sentence; which receives: a locative, or a place after "in", "в", "у"; a city stands for its
country. A consulate without its city is a record only where the page places it (a state has several in
a country); an embassy is one.
The words of a mission in each language are `mentions._MISSIONS`: the envoy readers share them.
`settled` then reads the page's missions together: a general word, an embassy away from its seat, a
consulate without its city, the day a mission closed (see there).
"""

from __future__ import annotations

import re
from dataclasses import replace

from data.dates import PartialDate
from data.importer.dates import find_dates
from data.importer.extract_base import Sentence, clause_around, other_of
from data.importer.facts import Fact, MissionFact, Quote
from data.importer.mentions import (
    _FROM,
    _TO,
    _code,
    _compiled_missions,
    _compiled_titles,
    _family,
    _preposition_before,
    find_places,
    in_scope,
    nations,
)
from data.importer.page import Page
from data.importer.places import Mention, Place, Places

_NOT_STATE = re.compile(r"(?<![\w])(?:demokrat\w*|opozic\w*|nuolatin\w*|pastāvīg\w*|permanent|постоянн\w*|"
                        r"постійн\w*|пастаянн\w*)\s+$", re.I)
"""A mission that is no state's embassy: a democratic opposition's office, a permanent representation."""
# "the office of the so-called Belarusian diplomatic representation in Vilnius": no state's mission
_SO_CALLED = re.compile(r"so-called|так\s+называем\w*|так\s+зван\w*|так\s+званы\w*|tā\s+saukt\w*|"
                        r"vadinam\w*|ephemeral", re.I)
# "pirmās Ukrainas Tautas Republikas diplomātiskās misijas Rīgā izveidi 1920.gadā": the mission of a state of
# another age (the Ukrainian People's Republic of 1918-1921, a Soviet republic) is no mission of today's state
_ANOTHER_AGE = re.compile(r"Tautas\s+Republik|Liaudies\s+Respublik|People['’]s\s+Republic|Народн\w*\s+Республик|"
                          r"Народн\w*\s+Рэспублік|(?<![\w])(?:УНР|UNR|ЗУНР|ССР|PSR|TSR|SSR)(?![\w])|"
                          r"Soviet\s+Socialist|Padomju\s+Sociālist|Tarybų\s+Socialist|Советск\w+\s+Социалист|"
                          r"Радянськ\w+\s+Соціаліст")
_SECTION = re.compile(r"konsulār\w*\s+nodaļ|консульск\w+\s+(?:отдел|відділ)|consular\s+section", re.I)


# A "diplomatic mission" an envoy completes or begins, or his or hers: a person's term of duty, not a mission of the
# state ("completing diplomatic mission in Belarus", "завершает свою дипломатическую миссию", "baigia diplomatinę
# misiją"); a verb of opening or a state's "its" keeps the mission ("opened its diplomatic mission in Minsk")
_TOUR_OF_DUTY = re.compile(
    r"(?<![\w])(?:(?:complet|finish|conclud|end|begin|began|begun|start|assum)\w*|his|her)\s+"
    r"(?:(?:the|a|his|her)\s+)?$|"
    r"(?<![\w])(?:noslēdz\w*|beidz\w*|pabeidz\w*|pabeig\w*|sāk\w*|uzsāk\w*|baig\w*|pradė\w*|"
    r"заверша\w*|завершил\w*|завершу\w*|завершив\w*|завершен\w*|заканчива\w*|закончил\w*|закінчу\w*|"
    r"закінчив\w*|начина\w*|начал\w*|почина\w*|почав\w*|завяршае\w*|завяршыў|завяршыл\w*|пачына\w*|"
    r"пачаў)\s+(?:(?:savu|savo|свою|сваю)\s+)?$", re.I)


def missions(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """Missions a sentence names with both countries: 'X has an embassy in Y', 'посольство Литвы в Минске'."""
    text, family = sentence.text, _family(page.lang)
    kinds = _compiled_missions(family)
    if _SECTION.search(text) or not any(pattern.search(text) for pattern, _kind in kinds) or _ANOTHER_AGE.search(text):
        return []
    mentions = find_places(places, text, page.lang)
    both = _reciprocal_embassies(sentence, page, mentions, pair)
    if both:
        return both
    if family == "cyr":  # "Литовское посольство в Украине": the nation's adjective says whose
        mentions = sorted([*mentions, *(n for n in nations(text, places)
                                        if not any(x.start <= n.start < x.end for x in mentions))],
                          key=lambda x: x.start)
    taken: list[tuple[int, int]] = []
    found: list[Fact] = []
    for pattern, kind in kinds:
        for match in pattern.finditer(text):
            if any(a <= match.start() < b for a, b in taken):
                continue
            taken.append((match.start(), match.end()))
            if _TOUR_OF_DUTY.search(text[max(0, match.start() - 40):match.start()]):
                continue  # "Ambassador NAME is completing his diplomatic mission in Belarus": his term, no embassy
            fact = _mission(sentence, page, mentions, pair, kind, match, _next_mission(text, kinds, match.end()),
                            places)
            if fact is None:
                fact = _seats_of_pair(sentence, page, mentions, pair, kind, match, places)
            if isinstance(fact, list):
                found += fact
            elif fact is not None:
                found.append(fact)
    return found


_NEXT_CLAUSE = re.compile(r"[;:]|,\s+(?:а|но|але|while|whereas|but|o|bet|tuo\s+tarpu|savukārt|taču|тогда\s+как)"
                          r"(?![\w])", re.I)


def _next_mission(text: str, kinds: tuple[tuple[re.Pattern[str], str], ...], end: int) -> int:
    """Where the sentence names its next mission after `end`: what follows that is the next one's."""
    starts = [found.start() for pattern, _kind in kinds for found in [pattern.search(text, end)] if found]
    return min(starts, default=len(text))


def _mission(sentence: Sentence, page: Page, mentions: list[Mention], pair: tuple[str, str] | None, kind: str,
             match: re.Match[str], next_mission: int | None = None, places: Places | None = None
             ) -> Fact | list[Fact] | None:
    text, family = sentence.text, _family(page.lang)
    also: str | None = None  # "Lithuania and Latvia reopened their embassies": the other state of the subject
    # "vieną konsulatą Lvove, tuo tarpu Ukrainos ambasada yra Vilniuje": the places after the next mission's
    # word are that mission's, never this one's
    limit = min(match.end() + 40, next_mission if next_mission is not None else len(text))
    clause = _NEXT_CLAUSE.search(text, match.end(), limit)  # "..., а в Киеве работает посольство": another's
    limit = clause.start() if clause is not None else limit
    after = [m for m in mentions if match.end() <= m.start <= limit]
    before = [m for m in mentions if m.end <= match.start() and match.start() - m.end <= 40]
    sending = receiving = None
    city: Place | None = None
    for mention in after:
        preposition = _preposition_before(text, mention.start)
        between = text[match.end():mention.start]
        if re.search(r"[.;]|\b(?:and|un|ir|и|і|та)\b", between) and city is not None:
            break
        # "повернула посольство до Києва": an embassy brought back to the host's capital stands there
        back_to_capital = family == "cyr" and kind == "embassy" and preposition in ("до", "да") \
            and mention.place.kind == "city" and _CAPITALS.get(mention.place.country or "") == mention.place.key
        if preposition in _TO.get(family, ()) or (family in ("lv", "lt") and mention.case == "loc") \
                or back_to_capital:
            if receiving is None:
                receiving = _code(mention.place)
                city = mention.place if mention.place.kind == "city" else None
        elif sending is None and (preposition == "of" or mention.case in ("gen", "adj")) \
                and _code(mention.place) != receiving:  # "ambasada Ukrainoje, ... Rytų Ukrainos": not whose
            sending = _code(mention.place)
    if receiving is not None and city is None:
        # "Latvijas vēstniecība Ukrainā atrodas Kijivā", "Посольство Украины в Латвии расположено в Риге": the
        # city the mission is located in, in the host the sentence named
        located = _LOCATED.match(text, max(match.end(), *(m.end for m in after if m.place.kind == "country"
                                                               and _code(m.place) == receiving)))
        if located is not None:
            there = next((m for m in mentions if m.start == located.end()), None)
            if there is not None and there.place.kind == "city" and there.place.country == receiving:
                city = there.place
    here: Mention | None = None
    if receiving is None:
        # "У Вінниці відкрили Почесне консульство Латвії", "В Одессе открылось почетное консульство Литвы":
        # the city where the mission opens or works stands before it, in the same clause as the verb
        here = _city_before(text, match, mentions, family, page.lang)
        if here is not None and here.place.kind == "city":
            receiving, city = _code(here.place), here.place
    if receiving is None:
        # "три почесні консульства Латвії: у Львові, Одесі та Чернігові": the row after a colon, each city one
        first_after = _colon_row(text, match.end(), mentions)
        if first_after is not None:
            receiving, city = first_after.country, first_after
    if receiving is None and here is not None:
        receiving = _code(here.place)  # "В Латвии есть посольство Украины": the country it stands in
    if sending is None:
        subject = [m for m in mentions if m.end <= match.start() and m.place.kind == "country"
                   and ((_preposition_before(text, m.start) not in (*_TO.get(family, ()), *_FROM[family])
                         and m.case in ("nom", "any", "gen", "adj")) or _possessor(text, m, family, match.start()))]
        if subject:
            sending = _code(subject[-1].place)
            also = _coordinated(text, subject, match)
    if sending is None and before and _possessor(text, before[-1], family, match.start()):
        sending = _code(before[-1].place)  # "У Латвии есть посольство": whose it is
    if sending is None and before:
        last = before[-1]
        gap = text[last.end:match.start()]
        if re.fullmatch(r"\s*(?:has\s+(?:an?\s+)?|had\s+(?:an?\s+)?|\w*\s*)?", gap, re.I) or last.case in ("gen",
                                                                                                         "adj"):
            # "handed a note to the Belarusian Embassy": "to" governs the embassy its nation's adjective stands
            # right before, the host's note's addressee (not the state, as "to Belarus" would be); "worked in the
            # Lithuanian Embassy" names a workplace, which stays unread
            preposition = _preposition_before(text, last.start)
            if preposition not in _TO.get(family, ()) \
                    or (family == "en" and preposition == "to" and last.case == "adj" and not gap.strip()):
                sending = _code(last.place)
    if receiving is None and sending is not None:
        # "Посол Беларуси в Литве ..., дипломаты посольства Беларуси в этой стране": the state named before
        this = _THIS_COUNTRY.match(text, after[-1].end if after else match.end())
        earlier = [m for m in mentions if m.end <= match.start() and _code(m.place) != sending]
        if this is not None and earlier and len({_code(m.place) for m in earlier}) == 1:
            receiving = _code(earlier[-1].place)
    if receiving is None and sending is not None and kind == "embassy" and family == "en" \
            and re.fullmatch(r"\s*", text[before[-1].end:match.start()] if before else "x") \
            and before[-1].case == "adj" and all(_code(m.place) in (pair or ()) for m in mentions) \
            and any(_code(m.place) == other_of(pair, sending) and _preposition_before(text, m.start) != "with"
                    for m in mentions):
        # "the Belarusian Embassy's staff ... to leave Lithuania": a page on two states names the one
        # embassy of one in the other by its nation alone, where the sentence names the other as a place;
        # not "the Lithuanian Embassy" alone, nor "the Lithuanian embassy wishes to share ... with Ukraine"
        receiving = other_of(pair, sending)
    if sending is None and receiving is not None and kind == "embassy" \
            and all(_code(m.place) == receiving for m in mentions) \
            and any(pattern.search(text) for pattern, _role in _compiled_titles(family)):
        # "абавязкі часовага паверанага ў справах амбасады ў Мінску": the embassy an envoy of the page's
        # other country heads, the only one it can be
        sending = other_of(pair, receiving)
    if sending is None and receiving is not None and city is not None and kind == "honorary-consulate" \
            and places is not None:
        # "почетное консульство в Клайпеде" on a page whose honorary consuls are all one state's ("Почетный
        # консул Беларуси Логвин"): that state's consulate
        states = consuls_states(page, places)
        if len(states) == 1 and in_scope(next(iter(states)), receiving):
            sending = next(iter(states))
    if receiving is None and sending is not None and kind == "honorary-consulate" and places is not None \
            and _owner_beside(text, match, mentions) == sending:
        # "the activities of Honorary Consulate of Lithuania in this difficult time" on a page that puts the
        # state's honorary consul in one city ("the Honorary Consul of Lithuania in Dniepropetrovsk"): the
        # consulate is the consul's office, there
        cities = {city for state, city in consuls_cities(page, places) if state in (None, sending)}
        if len(cities) == 1:
            city = next(iter(cities))
            receiving = city.country
    if sending is None or receiving is None:
        return None
    if not in_scope(sending, receiving) or _NOT_STATE.search(text[:match.start()]) \
            or _SO_CALLED.search(text[max(0, match.start() - 60):match.start()]):
        return None
    listed = _listed_cities(text, match.end(), mentions)
    if city is not None and not listed:
        listed = _cities_in_a_row(text, city, mentions)
    quotes = (sentence.quote(),)
    if city is not None and places is not None:
        # "... konsulāti Ļvivā, Odesā," and the row goes on at the start of the next line (a wrapped list)
        more, quote = _row_on_next_line(sentence, page, places, listed or [city], mentions)
        if more:
            listed, quotes = [*(listed or [city]), *more], (*quotes, quote)
    unplaced = city is None and not listed and kind != "embassy"  # a consulate is one of several in a country:
    # without its city it is a record only where the page places it (`settled`)
    if planned(text, match):
        return None  # "plans to open a consulate in Dnipro", "Латвія відкриє консульство": not (yet) a mission
    opened, closed = opened_day(text, page.lang, match), closed_day(text, page.lang, match)
    generic = kind == "embassy" and _EMBASSY_WORD.match(match.group(0)) is None
    if listed:
        return [MissionFact(quotes, sending, c.country or receiving, kind, c, opened, closed, generic)
                for c in listed if in_scope(sending, c.country or receiving)]
    if also is not None and also != sending and in_scope(also, receiving):
        return [MissionFact((sentence.quote(),), state, receiving, kind, city, opened, closed, generic,
                            unplaced=unplaced) for state in (also, sending)]
    return MissionFact((sentence.quote(),), sending, receiving, kind, city, opened, closed, generic,
                       unplaced=unplaced)


# The owner of a mission right beside its word: "Lithuanian honorary consulate", "Lithuania's", "Lietuvos garbės
# konsulatas" before it; "Honorary Consulate of (the Republic of) Lithuania", "консульство Литвы" after it
_OWNER_BEFORE = re.compile(r"(?:['’]s)?\s+$")
_OWNER_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:Republic\s+of\s+)?", re.I)


def _owner_beside(text: str, match: re.Match[str], mentions: list[Mention]) -> str | None:
    """The state named right beside the mission's word as its owner, else None."""
    before = next((m for m in reversed(mentions) if m.end <= match.start()), None)
    after = next((m for m in mentions if m.start >= match.end()), None)
    if before is not None and before.place.kind == "country" and before.case in ("gen", "adj", "any", "nom") \
            and _OWNER_BEFORE.fullmatch(text[before.end:match.start()]):
        return _code(before.place)
    if after is not None and after.place.kind == "country" and after.case in ("gen", "any", "nom") \
            and _OWNER_AFTER.fullmatch(text[match.end():after.start]):
        return _code(after.place)
    return None


# "в 1993 году на взаимной основе открыли посольства", "embassies were opened on a reciprocal basis in 1993",
# "abipusiškai atidarė ambasadas": the two states of the page opened an embassy each in the other, that year
_EMBASSIES = re.compile(r"(?<![\w])(?:embassies|vēstniecības|vēstniecību|ambasados|ambasadas|ambasadų|посольства|"
                        r"посольств|посольствами|пасольствы|пасольстваў|амбасады)(?![\w])", re.I)
# the manner, the states acting on each other; "in both countries" names only where, and is `reciprocal.py`'s
# (which wants the page to name both embassies)
_RECIPROCALLY = re.compile(r"на\s+взаимной\s+основе|на\s+взаємній\s+основі|на\s+ўзаемнай\s+аснове|"
                           r"(?<![\w])(?:взаимно|взаємно|[уў]заемна|abpusēji|abipusiškai)(?![\w])|"
                           r"on\s+a\s+reciprocal\s+basis|abipusiu\s+pagrindu|uz\s+savstarpēj\w+\s+pamat\w+", re.I)


def _reciprocal_embassies(sentence: Sentence, page: Page, mentions: list[Mention], pair: tuple[str, str] | None
                          ) -> list[Fact]:
    """The two embassies a page of one pair says its states opened in each other on a reciprocal basis, in the
    clause's one year: one each way, with no city (the clause names none). Not when the clause names a state
    outside the pair, or the opening is a reopening, planned or undated."""
    text = sentence.text
    embassies = _EMBASSIES.search(text)
    if pair is None or embassies is None or not in_scope(*pair):
        return []
    together = _RECIPROCALLY.search(text)
    if together is None:
        return []
    begin, end = clause_around(text, min(embassies.start(), together.start()), max(embassies.end(), together.end()))
    clause = text[begin:end]
    opened = _OPENED.search(clause)
    if opened is None or _NOT_FIRST_OPENING.search(clause) or planned(clause, embassies) \
            or any(m.place.kind == "country" and _code(m.place) not in pair for m in mentions):
        return []
    dates = find_dates(clause, page.lang)
    if len(dates) != 1:
        return []
    return [MissionFact((sentence.quote(),), sending, receiving, "embassy", None, dates[0].date)
            for sending, receiving in (pair, pair[::-1])]


# "со времени открытия дипломатических представительств в г. Киев в 1992 году и в г. Вильнюс в 1993 году",
# "nuo diplomatinių misijų įsteigimo Kijeve 1992 metais ir Vilniuje 1993 metais": a page of one pair names the two
# states' embassies by their capitals alone; the one in a state's capital is the other state's
_IN_CITY = re.compile(r"(?<![\w])(?:в|у|ў|во|in|at)\s+(?:(?:г|м|гор|міст[оі])\.?\s+)?$", re.I)
_OPENING_NOUN = re.compile(r"(?<![\w])(?:открыти\w*|відкритт\w*|адкрыцц\w*|įsteigim\w*|atidarym\w*|"
                           r"atvēršan\w*|dibināšan\w*|opening|establishment|opened|established)(?![\w])", re.I)
_YEAR_AFTER_CITY = 30
_ONLY_TO_CITY = re.compile(r"\s*(?:(?:в|у|ў|во|in|at|the)\s+)?(?:(?:г|м|гор|міст[оі])\.?\s*)?", re.I)


def _seats_of_pair(sentence: Sentence, page: Page, mentions: list[Mention], pair: tuple[str, str] | None,
                   kind: str, match: re.Match[str], places: Places | None) -> list[Fact] | None:
    """The embassies a sentence names by their cities only, on a page about one pair: each city a capital of
    one state of the pair ("в г. Киев", "Kijeve", "in Vilnius"), no state and no nation in the sentence (then
    whose it is would be a guess); each is the other state's embassy there, opened in the year that follows
    its city when the sentence speaks of their opening."""
    text = sentence.text
    if pair is None or kind != "embassy" or planned(text, match) or places is None:
        return None
    if any(m.place.kind == "country" for m in mentions) or nations(text, places):
        return None
    seats = [m for m in mentions if m.start >= match.end() and m.place.kind == "city"
             and m.place.country in pair and _CAPITALS.get(m.place.country) == m.place.key
             and (m.case == "loc" or _IN_CITY.search(text[max(0, m.start - 12):m.start]))]
    if not seats or len({m.place.country for m in seats}) != len(seats):
        return None
    between = text[match.end():seats[0].start]  # "представительств в г. Киев", "misijų įsteigimo Kijeve": nothing
    if not _ONLY_TO_CITY.fullmatch(_OPENING_NOUN.sub(" ", between)):  # else ("посольства США в Киеве": whose)
        return None
    opening = _OPENING_NOUN.search(text[:match.start()] + " " + text[match.end():seats[0].start]) is not None \
        and not _NOT_FIRST_OPENING.search(text)
    found: list[Fact] = []
    for at, seat in enumerate(seats):
        sending = other_of(pair, seat.place.country or "")
        if sending is None or not in_scope(sending, seat.place.country or ""):
            return None
        stop = seats[at + 1].start if at + 1 < len(seats) else min(len(text), seat.end + _YEAR_AFTER_CITY)
        years = [d.date for d in find_dates(text[seat.end:stop], page.lang) if d.start <= _YEAR_AFTER_CITY]
        opened = years[0] if opening and len(years) == 1 else None
        found.append(MissionFact((sentence.quote(),), sending, seat.place.country or "", "embassy", seat.place,
                                 opened, None, generic=_EMBASSY_WORD.match(match.group(0)) is None))
    return found


# The state that has the missions, in the languages that say "to X is" rather than "X has": the Latvian dative
# before "ir" ("Latvijai ir vēstniecība Kijivā un goda konsulāts Odesā"), the Slavic "у" with the genitive before
# "есть", "є", "ёсць" ("У Латвии есть посольство в Киеве"), where "у" is no place the mission stands in
_HAS = {"lv": re.compile(r"\s+(?:ir|bija|būs)(?![\w])"),
        "cyr": re.compile(r"\s+(?:есть|имеется|имеются|было|были|была|є|було|були|була|ёсць|было|былі|была)(?![\w])",
                          re.I)}


def _possessor(text: str, mention: Mention, family: str, mission_start: int) -> bool:
    """Whether the state `mention` names is the one that has the mission at `mission_start` (see `_HAS`): the
    verb of being right after it, and no clause's end before the mission ("Latvijai ir svarīgi, lai vēstniecība
    ..." is what matters to Latvia, not what it has)."""
    has = _HAS.get(family)
    if has is None or mention.place.kind != "country" or not has.match(text, mention.end) \
            or re.search(r"[,;:.!?]", text[mention.end:mission_start]):
        return False
    if family == "lv":
        return mention.case == "dat"
    return mention.case == "gen" and _preposition_before(text, mention.start) in ("у", "ў")


# "Lithuania and Latvia reopened their embassies", "Литва та Латвія вирішили відновити роботу своїх посольств",
# "Latvija un Lietuva atvēra savas vēstniecības": two states in the subject, each its own mission
_AND = re.compile(r"\s+(?:and|un|ir|и|і|та|й)\s+", re.I)
_EACH_OWN = re.compile(r"(?<![\w])(?:their|своїх|своих|сваіх|свои|свої|сваі|savo|savas|savus|both)(?![\w])|"
                       r"embassies|consulates", re.I)


def _coordinated(text: str, subject: list[Mention], match: re.Match[str]) -> str | None:
    """The first state of a subject of two joined by "and" ("Литва та Латвія"), when the sentence gives each its
    own mission ("their embassies", "своїх посольств"); else None."""
    if len(subject) < 2:
        return None
    first, second = subject[-2], subject[-1]
    if first.case not in ("nom", "any") or second.case not in ("nom", "any") \
            or _AND.fullmatch(text[first.end:second.start]) is None:
        return None
    between = text[second.end:match.end()]
    if len(between) > 80 or re.search(r"[.;:!?]", between) or _EACH_OWN.search(between) is None:
        return None
    return _code(first.place)


# "Latvia opened its consulate general in Vitebsk on 1 June 2011", "tika atvērts 2011. gada 1. jūnijā";
# never a reopening ("reopened", "atkal atvērta", "вновь открыто") or a closing in the same sentence
_OPENED = re.compile(r"(?<![\w-])(?:opened|was\s+opened|were\s+opened|atvērt\w*|atvēra|atvēris|atidar\w*|"
                     r"открыл\w*|открыт\w*|відкри\w*|адкры\w*)(?![\w])", re.I)
_NOT_FIRST_OPENING = re.compile(r"re-?open|atkal|atkārtot|vėl|pakartotin|вновь|снова|знову|зноў|возобнов|"
                                r"відновил|close|slēg|uždar|закры|закрив|закрыл|suspend|apturēt|sustabd|"
                                r"приостанов|призупин|temporar|laikin|pagaidu|временн|тимчасов|часов", re.I)


def opened_day(text: str, lang: str, mission: re.Match[str]) -> PartialDate | None:
    """The day the sentence says the mission opened: one date and a verb of opening the mission itself
    ("opened its consulate", "konsulāts ... tika atvērts"), nothing of reopening. Not "opened an exhibition
    at the embassy", not "the embassy, where the minister opened ..."."""
    if _NOT_FIRST_OPENING.search(text) or _IN_MISSION.search(mission.group(0)):
        return None  # (in the mission's locative, the place where something else opened: "в посольстве ...
        # открылась выставка", "vēstniecībā tika atvērta izstāde", "ambasadoje buvo atidaryta paroda")
    for verb in _OPENED.finditer(text):
        if _NOT_YET.search(text[max(0, verb.start() - 30):verb.start()]):
            continue  # "will be opened", "не відкрила", "не будет открыто": no opening made
        if verb.end() <= mission.start():
            gap = text[verb.end():mission.start()]
            if not re.fullmatch(r"\s+(?:(?:its|their|the|an?|new|[^\W\d_]+['’]s|(?-i:[A-ZĀ-ŽА-ЯЁІЇЄҐЎ])\w*|"
                                + _OWN + r")\s+){0,3}", gap, re.I) and not _OPENED_TOO.fullmatch(gap):
                continue
        else:
            gap = text[mission.end():verb.start()]
            apposition = _APPOSITION.fullmatch(gap) is not None and not _OPENS_SOMETHING.fullmatch(verb.group(0))
            if len(gap) > 60 or (not apposition and _ANOTHER_CLAUSE.search(gap)):
                continue
            acts = verb.group(0).lower() == "opened" and not _OPENED_WHEN.match(text, verb.end())
            if acts or (_OPENS_SOMETHING.fullmatch(verb.group(0)) and not _OBJECT.search(mission.group(0))):
                continue  # "the Embassy ... opened an exhibition", "посольство открыло выставку": the mission acts
                # (not "savu vēstniecību Kijivā atvēra": the mission in the accusative is what was opened)
            if apposition:
                # "Почетное консульство Литвы в Харькове, открытое 18 ноября 2016 года, помогает ...": the day
                # within the participle's own commas
                end = re.compile(r"[,;]|$").search(text, verb.end()).start()
                dates = find_dates(text[verb.end():end], lang)
                return dates[0].date if len(dates) == 1 else None
        dates = find_dates(text, lang)
        return dates[0].date if len(dates) == 1 else None
    return None


# Between the mission and a verb after it: a clause of its own, whose verb is another's ("the embassy, where ...")
_ANOTHER_CLAUSE = re.compile(r"[,;]\s|(?<![\w])(?:where|which|kur|kas|kurį|где|который|де|який|дзе|які)(?![\w])",
                             re.I)
# The mission's phrase, then a comma and the participle of its opening, or a relative pronoun and the verb of
# being before it: "..., opened on", "..., which was opened in", "..., открытое", "..., який був відкритий",
# "..., kas atvērts", "..., kas tika atvērts", "..., atidarytas"
_APPOSITION = re.compile(r"[^,;.]{0,60},\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+|"
                         r"kas\s+(?:tika\s+|ir\s+|bija\s+)?|kuris\s+(?:buvo\s+)?|kuri\s+(?:buvo\s+)?|"
                         r"(?:который|которое|которая)\s+(?:был[оа]?\s+)?|(?:який|яке|яка)\s+(?:був|було|була)\s+|"
                         r"(?:які|якое|якая)\s+(?:быў|было|была)\s+)?", re.I)


# "opened the Embassy of Lithuania in Minsk and Belarusian Embassy in Vilnius": one verb, a row of missions,
# each named by capitalised words, "of", "in" and the like, joined by "and" or a comma
_OPENED_TOO = re.compile(r"\s+(?:(?:its|their|the|an?|new|of|in|[^\W\d_]+['’]s|"
                         r"(?-i:[A-ZĀ-ŽА-ЯЁІЇЄҐЎ])[\w-]*),?\s+){1,8}(?:and|un|ir|и|і|та)\s+(?:(?:its|their|the|an?|new|[^\W\d_]+['’]s|"
                         r"(?-i:[A-ZĀ-ŽА-ЯЁІЇЄҐЎ])\w*)\s+){0,3}")


# After the mission, a verb in the active voice says what the mission opened, never that it opened:
# "посольство открыло выставку", "vēstniecība atvēra izstādi", "ambasada atidarė parodą"
_OPENS_SOMETHING = re.compile(r"открыл[аио]?|відкрил[аио]?|адкрыл[аі]?|atvēra|atvēris|atidarė", re.I)
def opens_something(verb: str) -> bool:
    """Whether `verb`, after a mission's word, says the mission opened something ("открыло", "atvēra")."""
    return _OPENS_SOMETHING.fullmatch(verb) is not None


# The state's own mission, its possessive between the verb and the mission: "открыла свое посольство", "відкрила
# своє посольство", "адкрыла сваю амбасаду", "atvēra savu vēstniecību", "atidarė savo ambasadą"
_OWN = r"(?:сво[йеёюяиї]|своє|свого|сва[юёі]|свой|savu|savo|savas|savus|savą|savąją)"
# A mission's word in the accusative, where the ending says it (Latvian "-u", Lithuanian "-ą"/"-ę", the Slavic
# feminines "місію", "миссию", "амбасаду"): the object of the verb after it, what was opened, never the one
# opening ("vēstniecību ... atvēra"); the Slavic neuters ("посольство") read the same in both cases, so stay out
_OBJECT = re.compile(r"(?:vēstniecīb|konsulāt|pārstāvniecīb|misij)u$|(?:ambasad|konsulat|misij)ą$|atstovybę$|"
                     r"(?:місі|мисси|місі)ю$|амбасаду$", re.I)


# A mission's word in the locative: where something happens, never what opens or closes ("в посольстве",
# "у посольстві", "у пасольстве", "амбасадзе", "консульстве", "vēstniecībā", "konsulātā", "ambasadoje",
# "konsulate", "atstovybėje")
_IN_MISSION = re.compile(r"(?:посольств|пасольств|консульств|представительств|представництв|прадстаўніцтв)[еі]$|"
                         r"амбасадзе$|(?:vēstniecīb|pārstāvniecīb|misij|konsulāt)ā$|"
                         r"(?:ambasad|atstovyb|misij)(?:oje|ėje)$|konsulate$", re.I)


def in_the_mission(word: str) -> bool:
    """Whether a mission's word is in the locative (`_IN_MISSION`): the place where something happens."""
    return _IN_MISSION.search(word) is not None


# "the Embassy ... opened in 1993 / on 5 May / officially", never "opened an exhibition"
_OPENED_WHEN = re.compile(r"\s*(?:$|[.,;:)]|(?:on|in|at|since|from|officially|formally|its\s+doors)(?![\w])|\d)", re.I)


# The word that names an embassy as such; "diplomatic mission", "representation", "дипмісія" name any mission
_EMBASSY_WORD = re.compile(r"embass|vēstniecīb|ambasad|посольств|пасольств|амбасад", re.I)

# "plans to open", "will open", "планують відкрити", "відкриє", "откроет", "ketina atidaryti", "atvērs", "може
# з'явитись": a mission to come is no record of one. Nor one only decided ("ухвалив постанову щодо відкриття
# консульства ... 9 березня 2011 року": the day is the decision's), nor one to be moved where the sentence says
# ("высказанное намерение перенести консульство в Донецк": the intention, not a consulate in Donetsk)
_DECIDED_OR_MOVED = (
    r"(?:decided|decides|decision|resolution|agreed)\s+(?:\w+\s+){0,2}(?:to\s+open|on\s+(?:the\s+)?opening)|"
    r"(?:постанов\w*|рішенн\w*|решени\w*|рашэнн\w*|распараджэнн\w*|распоряжени\w*|розпорядженн\w*)\s+"
    r"(?:\w+\s+){0,2}(?:щодо|про|об|о|аб|пра)\s+(?:відкритт\w*|открыти\w*|адкрыцц\w*)|"
    r"(?:ухвали\w*|вирішил\w*|решил\w*|вырашыл\w*|постановил\w*)\s+(?:\w+\s+){0,2}(?:відкрити|открыть|адкрыць)|"
    r"nolēm\w*\s+(?:\w+\s+){0,2}atvērt|lēmum\w*\s+(?:\w+\s+){0,2}atvērt|"
    r"nusprend\w*\s+(?:\w+\s+){0,2}atidaryti|sprendim\w*\s+(?:\w+\s+){0,2}atidaryti|"
    r"(?:намерени\w*|намір\w*|намер\w*|intention\w*|plans?|planned|ketinim\w*|ketina|nodom\w*|plāno|"
    r"плану\w*|планиру\w*)\s+(?:\w+\s+){0,2}(?:перенести|перенесення|перанесці|move|relocate|transfer|"
    r"perkelti|pārcelt)|"
    r"перенесе|перенесуть|перенесет|перенесут|перанясе|perkels|pārcels|will\s+(?:move|relocate)")
_PLANNED = re.compile(
    r"(?<![\w])(?:" + _DECIDED_OR_MOVED
    + r"|will\s+(?:open|be\s+opened)|(?:plans?|planned|planning|intends?|intending)\s+to\s+open|"
    r"(?:is|are)\s+to\s+open|to\s+be\s+opened|may\s+open|плану\w*\s+відкрити|плану\w*\s+открыть|"
    r"планиру\w*\s+открыть|плануе\w*\s+адкрыць|має\s+намір\s+відкрити|мають\s+намір\s+відкрити|намерен\w*\s+"
    r"открыть|відкриє|відкриють|откроет|откроют|адкрые|адкрыюць|може\s+з.явитис\w*|может\s+появиться|"
    r"plāno\s+atvērt|atvērs|ketina\s+atidaryti|planuoja\s+atidaryti|atidarys|"
    # an opening denied: "Литва не відкрила консульство", "не будет открывать", "neatvēra", "neatidarė"
    r"(?:не|ні)\s+(?:(?:будет|буде|будзе)\s+)?(?:откр|відкр|адкр)\w*|neatvēr\w*|netiks\s+atvērt\w*|"
    r"neatidar\w*|nebus\s+atidaryt\w*|(?:not|never)\s+(?:be\s+)?open(?:ed)?|n['’]t\s+open\w*)(?![\w])", re.I)


def planned(text: str, mission: re.Match[str]) -> bool:
    """Whether the sentence tells the mission as one to come: a plan or a future of opening it, right before
    the mission's word or just after it in the same clause."""
    for plan in _PLANNED.finditer(text):
        if plan.end() <= mission.start():
            gap = text[plan.end():mission.start()]
            if len(gap) <= 60 and not re.search(r"[.;:!?]", gap):
                return True
        elif plan.start() >= mission.end():
            gap = text[mission.end():plan.start()]
            if len(gap) <= 40 and not re.search(r"[.;:!?,]", gap):
                return True
    return False


# The words right before a verb of opening or closing that tell it not done: negated or still to come ("will be
# closed", "has not been opened", "не закрито", "будет закрыто", "буде відкрито", "netiks slēgta", "nebus
# uždaryta"); the Latvian and Lithuanian "ne-" on the verb itself is no verb the patterns read
_NOT_YET = re.compile(r"(?<![\w])(?:not|never|n['’]t|will|shall|would|не|ні|ни|будет|будут|буде|будуть|будзе|будуць|"
                      r"tiks|netiks|bus|nebus|būs|nebūs)\s+(?:(?:be|been|have|has|had|yet|ещё|еще|ще|яшчэ)\s+)*$",
                      re.I)


# "Latvia closed its consulate in Vitebsk on 1 June 2021", "konsulāts tika slēgts 2021. gada 1. jūnijā",
# "консульство закрыто 1 июня 2021 года": the closing as done, never a temporary one, a decision or a plan to close
_CLOSED = re.compile(r"(?<![\w-])(?:closed|was\s+closed|were\s+closed|slēdza|slēgt[sa]\w*|slēgusi|uždarė|"
                     r"uždaryt[aoi]\w*|закрыл\w*|закрыт[оаы]\w*|закрил\w*|закрит[оаі]\w*|зачыніл\w*|зачынен\w*|"
                     r"ліквідован\w*|ликвидирован\w*)(?![\w])", re.I)
_NOT_CLOSED = re.compile(r"temporar|laikin|pagaidu|временн|тимчасов|часов|suspend|until|до\s+\d|re-?open|"
                         r"вновь|знову|зноў|atkal|vėl|decid|nolēm|nusprend|реши|виріши|вырашы", re.I)


def closed_day(text: str, lang: str, mission: re.Match[str]) -> PartialDate | None:
    """The day the sentence says the mission closed: one date and a verb of closing the mission itself, next
    to it as `opened_day` wants the opening, nothing temporary, decided or planned."""
    if _NOT_CLOSED.search(text) or _IN_MISSION.search(mission.group(0)):
        return None
    for verb in _CLOSED.finditer(text):
        if _NOT_YET.search(text[max(0, verb.start() - 30):verb.start()]):
            continue  # "will be closed", "будет закрыто", "не закрито", "netiks slēgta", "nebus uždaryta"
        if verb.end() <= mission.start():
            gap = text[verb.end():mission.start()]
            if not re.fullmatch(r"\s+(?:(?:its|their|the|an?|[^\W\d_]+['’]s|" + _OWN + r"|"
                                r"(?-i:[A-ZĀ-ŽА-ЯЁІЇЄҐЎ])\w*)\s+){0,3}", gap, re.I):
                continue
        else:
            gap = text[mission.end():verb.start()]
            if len(gap) > 60 or re.search(r"[,;]\s|(?<![\w])(?:where|which|kur|kas|kurį|где|который|де|"
                                          r"який|дзе|які)(?![\w])", gap, re.I):
                continue
        dates = find_dates(text, lang)
        return dates[0].date if len(dates) == 1 else None
    return None


_THIS_COUNTRY = re.compile(r"\s*(?:в|у|ў|in)\s+(?:этой|этой\s+же|цій|гэтай|this|that)\s+"
                           r"(?:стране|країні|краіне|country)"
                           r"|\s*(?:šajā|tajā)\s+valstī|\s*(?:šioje|toje)\s+šalyje(?![\w])", re.I)


_WORKS_OR_OPENS = re.compile(_OPENED.pattern[:-len(r")(?![\w])")] + r"|діють|діє|працю\w*|действу\w*|работа\w*|"
                             r"дзейнічае|дзейнічаюць|veikia|veikė|darbojas|strādā|operat\w*|works?|opens?)"
                             r"(?![\w])", re.I)
_LOCATED = re.compile(r"\s*,?\s*(?:(?:is|are|was|were|has|have)\s+)?(?:been\s+)?(?:atrodas|atradās|located|situated|"
                      r"based|opened|works|operates|діє|працює|действует|работает|дзейнічае|працуе|veikia|"
                      r"darbojas|strādā|расположен\w*|находи\w*|знаходи\w*|розташован\w*|yra|buvo|įsikūr\w*|"
                      # "... of Lithuania in Ukraine has opened in Dnipropetrovsk", "відкрилося у Тернополі"
                      r"відкрил\w*|відкрит\w*|открыл\w*|открыт\w*|адкрыл\w*|адкрыт\w*|atidaryt\w*|atvērt\w*)\s+"
                      r"(?:(?:in|в|у|ў)\s+)?", re.I)
_ROW_GAP = re.compile(r"\s*,?\s*(?:(?:and|un|ir|и|і|та|й|bei)\s+)?(?:(?:в|у|ў|in)\s+)?"
                      # "du Dnipre", "two in Dnipro": a count of missions in the next city
                      r"(?:(?:du|dvi|divi|two|два|две|дві|дзве)\s+(?:(?:в|у|ў|in)\s+)?)?", re.I)
# "Lvove (Lvovo sričiai), Mykolajive (Mykolajivo sričiai)": an aside in parentheses after a city of a row
_ASIDE = re.compile(r"\s*\([^()]{0,80}\)")


def _without_dates(text: str, lang: str) -> str:
    """`text` with each date it holds shortened to one word ("2015. gada 3. martā" -> "DATE")."""
    for found in reversed(find_dates(text, lang)):
        text = text[:found.start] + "DATE" + text[found.end:]
    return text


def _city_before(text: str, match: re.Match[str], mentions: list[Mention], family: str,
                 lang: str = "") -> Mention | None:
    """The city (or the country) a mission opens, works or is in when the sentence puts it first: a place in
    the locative (or after "в", "у", "in"), then in the same clause a verb of opening, working or being and the
    mission ("В Одессе открылось почетное консульство Литвы", "В Латвии есть посольство Украины", "Ukrainā
    darbojas Latvijas vēstniecība")."""
    for mention in reversed([m for m in mentions if m.end <= match.start() and m.place.kind in ("city", "country")]):
        between = _without_dates(text[mention.end:match.start()], lang)
        if len(between) > 60 or re.search(r"[.;:!?]|,\s", between):
            return None  # (a date's own stops, "2015. gada 3. martā", "2015 m. kovo 3 d.", end no clause)
        located = _preposition_before(text, mention.start) in _TO.get(family, ()) or \
            (family in ("lv", "lt") and mention.case == "loc")
        if mention.place.kind == "country" and not located:
            continue  # the mission's owner before it ("atidarytas Lietuvos garbės konsulatas"): look further back
        if located and (_WORKS_OR_OPENS.search(between) or _THERE_IS.fullmatch(between)) \
                and not _NOT_FIRST_OPENING.search(between):
            return mention
        return None
    return None


# "В Латвии есть посольство Украины", "У Києві є посольство Литви", "Rīgā ir Ukrainas vēstniecība", "Vilniuje yra
# Ukrainos ambasada", "In Riga there is an embassy of Ukraine": the verb of being alone between the place and
# the mission (two words at most between them: the owner's genitive, an article, "Republic's")
_THERE_IS = re.compile(r"\s+(?:есть|имеется|имеются|є|ёсць|ir|yra|there\s+(?:is|are))\s+(?:[^\W\d]+\s+){0,2}",
                       re.I)


def _cities_in_a_row(text: str, first: Place, mentions: list[Mention]) -> list[Place]:
    """The cities that follow a mission's city in a row, "у Львові, Чернігові, Одесі та Слов'янську",
    "in Lviv, Odesa and Kharkiv": the mission is in each, past an aside in parentheses after a city ("Lvove
    (Lvovo sričiai), Mykolajive"). Only the cities we know; a place of another kind or any other word ends
    the row."""
    start = next((m for m in mentions if m.place is first), None)
    if start is None:
        return []
    row = [first]
    position = start.end
    asides = [(a.start(), a.end()) for a in _ASIDE.finditer(text, start.end)]
    for mention in (m for m in mentions if m.start >= start.end):
        if any(a <= mention.start < b for a, b in asides):
            continue  # "(Lvovo sričiai)": the region the consulate serves, no city of the row
        gap = _ASIDE.sub("", text[position:mention.start])
        if mention.place.kind != "city" or _ROW_GAP.fullmatch(gap) is None:
            break
        row.append(mention.place)
        position = mention.end
    return row if len(row) > 1 else []


_ROW_GOES_ON = re.compile(r"\s*,?\s*(?:(?:and|un|ir|и|і|та|й|bei)\s*)?$", re.I)


def _row_on_next_line(sentence: Sentence, page: Page, places: Places, row: list[Place], mentions: list[Mention]
                      ) -> tuple[list[Place], Quote | None]:
    """The cities a row goes on with at the start of the next line, when the sentence ends its line with the
    row and a comma or an "and" after its last city: a list the page's copy wrapped."""
    last = next((m for m in reversed(mentions) if m.place is row[-1]), None)
    line = page.lines[sentence.line - 1]
    if last is None or sentence.line >= len(page.lines) or not _ROW_GOES_ON.fullmatch(sentence.text[last.end:]) \
            or sentence.start + len(sentence.text) < len(line.rstrip()):
        return [], None
    following = page.lines[sentence.line]
    more: list[Place] = []
    position = 0
    for mention in find_places(places, following, page.lang):
        gap = _ASIDE.sub("", following[position:mention.start])
        if mention.place.kind != "city" or _ROW_GAP.fullmatch(gap) is None:
            break
        more.append(mention.place)
        position = mention.end
    if not more or not re.match(r"\s*(?:[.,;:)]|$|(?:and|un|ir|и|і|та|й)\s)", following[position:], re.I):
        return [], None  # "in Lviv,\nKharkiv is a big city": a new clause, no part of the row
    return more, Quote(sentence.line + 1, following[:position].strip())


# what stands between a mission's kind and the colon that opens its row: its owner ("of Latvia", "Латвії",
# "Lietuvos") in a few words, no sentence's end
_UP_TO_COLON = re.compile(r"[^.;:!?()]{0,40}:\s*(?:(?:in|у|в|ў|во)\s+)?", re.I)


def _colon_row(text: str, end: int, mentions: list[Mention]) -> Place | None:
    """The first city of a row a colon opens right after a mission's kind and owner ("консульства Латвії: у
    Львові, Одесі та Чернігові", "honorary consulates of Latvia: in Lviv, Odesa and Chernihiv"), None when
    the colon is not followed by a city of ours at once."""
    lead = _UP_TO_COLON.match(text, end)
    if lead is None:
        return None
    there = next((m for m in mentions if m.start == lead.end()), None)
    return there.place if there is not None and there.place.kind == "city" else None


def _listed_cities(text: str, end: int, mentions: list[Mention]) -> list[Place]:
    """The cities of a list in parentheses right after a mission's kind: '3 honorary consulates (in A, B and C)'."""
    opening = re.match(r"\s*\((?:in\s+|в\s+|у\s+)?", text[end:])
    if opening is None:
        return []
    closing = text.find(")", end)
    if closing < 0:
        return []
    return [m.place for m in mentions if end < m.start < closing and m.place.kind == "city"]


# --- the page's missions, settled -----------------------------------------------------------------
_CAPITALS = {"BY": "minsk", "LV": "riga", "LT": "vilnius", "UA": "kyiv"}
"""Where a state's embassies to it stand: an embassy named in another city is away from its seat."""


# "Lithuania's honorary consul in Kharkiv", "Почесним консулом у місті Сєвєродонецьку", "goda konsuls Ļvivā"
_HONORARY_CONSUL = re.compile(r"(?:honorary\s+consul|goda\s+konsul|garbės\s+konsul|почесн\w*\s+консул|"
                              r"почетн\w*\s+консул|ганаров\w*\s+консул)(?!ьств|at|āt|ate)\w*", re.I)
_CONSUL_IN = re.compile(r"\s+(?:(?:of|the|(?-i:[A-ZĀ-ŽА-ЯЁІЇЄҐЎ])\w*)\s+){0,3}"
                        r"(?:in\s+|в\s+|у\s+|ў\s+|во\s+)?(?:(?:місті|городе|горадзе|the\s+city\s+of)\s+)?", re.I)


def consuls_cities(page: Page, places: Places) -> set[tuple[str | None, Place]]:
    """The cities the page puts an honorary consul in, with the state the title names (None when it names
    none): "honorary consul of Lithuania in Kharkiv", "Почесним консулом у місті Сєвєродонецьку"; a city
    right after the title, in the locative or after "in"."""
    found: set[tuple[str | None, Place]] = set()
    for _number, line in page.numbered():
        for title in _HONORARY_CONSUL.finditer(line):
            lead = _CONSUL_IN.match(line, title.end())
            at = lead.end() if lead else title.end()
            there = [m for m in find_places(places, line[at:at + 60], page.lang) if m.start == 0]
            if not there or there[0].place.kind != "city" or (there[0].case != "loc" and not (
                    lead is not None and lead.group(0).strip())):
                continue
            states = _states_in(line[title.end():at], places, page.lang)  # "honorary consul of Latvia in"
            if not states:  # "Lietuvos garbės konsulas Charkove": before the title, in its own sentence
                head = re.split(r"[.!?;]\s", line[max(0, title.start() - 40):title.start()])[-1]
                states = _states_in(head, places, page.lang)
            found.add((next(iter(states)) if len(states) == 1 else None, there[0].place))
    return found


_CONSULS_STATES: dict[int, tuple[Page, frozenset[str]]] = {}


def consuls_states(page: Page, places: Places) -> frozenset[str]:
    """The states whose honorary consuls the page names, by the title's own words ("Почетный консул Беларуси",
    "honorary consul of Lithuania", "Lietuvos garbės konsulas"), read once per page."""
    cached = _CONSULS_STATES.get(id(page))
    if cached is not None and cached[0] is page:
        return cached[1]
    found: set[str] = set()
    for _number, line in page.numbered():
        for title in _HONORARY_CONSUL.finditer(line):
            states = _states_in(line[title.end():title.end() + 30], places, page.lang) or _states_in(
                re.split(r"[.!?;]\s", line[max(0, title.start() - 40):title.start()])[-1], places, page.lang)
            found |= states if len(states) == 1 else set()
    if len(_CONSULS_STATES) > 64:
        _CONSULS_STATES.clear()
    _CONSULS_STATES[id(page)] = (page, frozenset(found))
    return frozenset(found)


def _states_in(text: str, places: Places, lang: str) -> set[str]:
    return {_code(m.place) for m in [*find_places(places, text, lang), *nations(text, places)]
            if m.place.kind == "country"}


def settled(facts: list[Fact], page: Page | None = None, places: Places | None = None) -> list[Fact]:
    """The page's missions as one page tells them, before `one_truth` folds the repeats:

    - a mission named only by a general word ("Lithuanian diplomatic mission in Dnipro") in a city where the
      page names a consulate of the same state is that consulate (its opening date with it); in a city that
      is no capital and holds no such consulate it is an office of unknown kind, and no record;
    - an embassy named in a city that is not the host's capital ("посольство Литви діяло у Львові" after the
      evacuation) is the embassy, away from its seat: no city and no dates of its own;
    - an honorary consulate named without its city, on a page that names no consulate of that state there
      and puts an honorary consul in one city only, is in that city;
    - a consulate named without its city on a page that names several consulates of that state in that
      country is none of them for sure: no record;
    - the day a mission closed, read once, is the day of every mention of that mission on the page;
    - a mission between two states that are no pair of the four relations ("Генконсульство России
      открылось в Гродно") is none, whichever reader found it.
    """
    missions = [f for f in facts if isinstance(f, MissionFact)]
    consulates = {(f.sending, f.receiving, f.city.id): f.mission_kind for f in missions
                  if f.city is not None and f.mission_kind != "embassy"}
    needs_city = [f for f in missions if f.mission_kind == "honorary-consulate" and f.city is None]
    consuls = consuls_cities(page, places) if needs_city and page is not None and places is not None else set()
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, MissionFact) and not in_scope(fact.sending, fact.receiving):
            continue
        if isinstance(fact, MissionFact) and fact.mission_kind == "honorary-consulate" and fact.city is None \
                and not any(k[:2] == (fact.sending, fact.receiving) for k in consulates) \
                and len({city for _state, city in consuls}) == 1 \
                and all(state in (None, fact.sending) and city.country == fact.receiving for state, city in consuls):
            # "the opening of another honorary consulate of Lithuania in Ukraine. Почесним консулом у місті
            # Сєвєродонецьку став ...": the consulate is where the page's one honorary consul is
            fact = replace(fact, city=next(iter(consuls))[1])
        placed = isinstance(fact, MissionFact) and fact.city is None \
            and len([k for k in consulates if k[:2] == (fact.sending, fact.receiving)]) == 1
        if isinstance(fact, MissionFact) and fact.unplaced and (fact.city is None and not placed):
            continue  # named without its city, and the page places it nowhere
        if isinstance(fact, MissionFact) and fact.mission_kind != "embassy" and fact.city is None \
                and len([k for k in consulates if k[:2] == (fact.sending, fact.receiving)]) > 1:
            # a state has several consulates in a country: one without its city, on a page that names several,
            # is none of them for sure (with one, `one_truth` joins them; with none, the store's may settle it)
            continue
        if isinstance(fact, MissionFact) and fact.mission_kind == "embassy" and fact.city is not None \
                and fact.city.key != _CAPITALS.get(fact.receiving):
            there = consulates.get((fact.sending, fact.receiving, fact.city.id)) if fact.generic else None
            if there is not None:
                fact = replace(fact, mission_kind=there, generic=False)
            elif fact.generic:
                continue
            else:
                fact = replace(fact, city=None, opened=None, closed=None)
        out.append(fact)
    return _closings_shared(out)


def _family_key(fact: MissionFact) -> tuple[str, str, str]:
    return fact.sending, fact.receiving, "embassy" if fact.mission_kind == "embassy" else "consulate"


def _closings_shared(facts: list[Fact]) -> list[Fact]:
    closings: dict[tuple[str, str, str], dict[str | None, set[str]]] = {}
    for fact in facts:
        if isinstance(fact, MissionFact) and fact.closed is not None:
            closings.setdefault(_family_key(fact), {}).setdefault(fact.city.id if fact.city else None,
                                                                  set()).add(str(fact.closed))
    if not closings:
        return facts
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, MissionFact) and fact.closed is None:
            by_city = closings.get(_family_key(fact), {})
            city = fact.city.id if fact.city else (next(iter(by_city)) if len(by_city) == 1 else None)
            days = by_city.get(city, set())
            same = [f for f in facts if isinstance(f, MissionFact) and f.closed is not None
                    and _family_key(f) == _family_key(fact) and (f.city.id if f.city else None) == city]
            if len(days) == 1 and same:
                fact = replace(fact, closed=same[0].closed)
        out.append(fact)
    return out


# --- lists of missions across lines ---------------------------------------------------------------
# A heading that names the missions and whose they are, then one city a line:
#     Honorary consulates of Lithuania in Ukraine:
#     - Lviv
#     - Odesa – honorary consul Jonas Rimkus
_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\d{1,2}[.)])?\s*(?:(?:м|г|m|c)\.\s*)?")
_ITEM_REST = re.compile(r"\s*(?:$|[,:;(]|[-–—]\s)")


def listed_missions(page: Page, places: Places) -> list[Fact]:
    """Missions listed one city a line under a heading that names their kind and their state: a heading
    that ends with a colon, or a short one with two items at least. Each city is a mission of the
    heading's kind in the city's country; a line that does not start with a city ends the list."""
    family = _family(page.lang)
    kinds = _compiled_missions(family)
    lines = page.numbered()
    found: list[Fact] = []
    for index, (number, line) in enumerate(lines):
        heading = line.strip()
        if len(heading) > 100 or not any(p.search(heading) for p, _k in kinds):
            continue
        if not heading.endswith(":") and (heading.endswith(".") or len(heading) > 80):
            continue
        kind = next(k for p, k in kinds if p.search(heading))
        states = _heading_states(heading, places, page.lang, family)
        if states is None:
            continue
        sending, receiving = states
        items: list[tuple[int, str, Place]] = []
        for item_number, item in lines[index + 1:]:
            lead = _BULLET.match(item)
            at = lead.end() if lead else 0
            there = [m for m in find_places(places, item[at:], page.lang) if m.start == 0]
            if not there or there[0].place.kind != "city" or not _ITEM_REST.match(item, at + there[0].end):
                break
            items.append((item_number, item.strip(), there[0].place))
        if len(items) < (1 if heading.endswith(":") else 2):
            continue
        for item_number, item, city in items:
            host = city.country or ""
            if (receiving is not None and host != receiving) or not in_scope(sending, host):
                continue
            found.append(MissionFact((Quote(number, heading), Quote(item_number, item)), sending, host, kind, city,
                                     None))
    return found


def _heading_states(heading: str, places: Places, lang: str, family: str) -> tuple[str, str | None] | None:
    """(whose, where or None) of a list's heading: the one state named as the owner ("of Lithuania",
    "Lietuvos", "Латвии", "Latvian"), and the host when it names one ("in Ukraine", "Ukrainā")."""
    mentions = [m for m in [*find_places(places, heading, lang), *nations(heading, places)]
                if m.place.kind == "country"]
    hosts = {_code(m.place) for m in mentions
             if m.case == "loc" or _preposition_before(heading, m.start) in _TO.get(family, ())}
    owners = {_code(m.place) for m in mentions} - hosts
    if len(owners) != 1 or len(hosts) > 1:
        return None
    return next(iter(owners)), next(iter(hosts), None)
