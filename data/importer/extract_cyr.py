"""The shapes of a Ukrainian, Russian or Belarusian news page on the four relations.

    Посол Латвии в Беларуси Эйнарс Семанис вручил верительные грамоты 16 сентября 2009 года.  -> a posting
    Маріус Януконіс призначений послом Литви в Україні з 19 серпня 2012 року.                -> a posting
    Почесне консульство Литви в Луцьку відкрили 11 червня 2021 року.                          -> a mission
    16 сентября 2009 года Лукашенко прибыл с визитом в Вильнюс.                                -> a visit

The country roles come from the cases, as in Latvian: the genitive after "посол"/"пасол" is the
sending country, a place after "в"/"у"/"ў" is the host. Names are taken as written when every
word ends as a nominative does (a consonant, -й); a form in another case ("Пятраса Вайтекунаса")
is kept as written and marked uncertain, so it goes to review: the rules never guess a
Cyrillic nominative. Only dates with a year are used here; a date without one is left out.
"""

from __future__ import annotations

import re

from data.dates import PartialDate
from data.importer import document_days
from data.importer.dateline import day_months, range_with_year
from data.importer.dates import FoundDate, find_dates
from data.importer.extract_base import Sentence, clause_around, date_near, other_of, page_pair, sentences
from data.importer.facts import (
    EnvoyFact,
    EventFact,
    Extraction,
    Fact,
    HeldFact,
    MissionFact,
    Participant,
    PersonMention,
    VisitFact,
)
from data.importer.mentions import COPIES_OF_CREDENTIALS
from data.importer.missions import in_the_mission, opens_something, planned
from data.importer.names import Nominative, guess_nominative
from data.importer.page import Page
from data.importer.places import UNR_WORDS, Mention, Places

_AMBASSADOR = re.compile(r"(?<![^\W\d_])(?:посл|пасл|пасол|посол)\w*", re.I)
_CHARGE = re.compile(r"(?:поверенн|повірен|паверан)\w*\s+в\s+дел|тимчасов\w+\s+повірен|часов\w+\s+паверан", re.I)
# "с", "з" only before a date: "з 2014", "с мая 2014", never "з консулом"
_START = re.compile(r"(?<![^\W\d_])(?:верительн|вірч|даверч|призначен|назначен|прызначан|приступил|"
                    r"приступив|прыступі|(?:с|з|із)\s+(?=\d|[а-яёіїєґў]+\s+\d))", re.I)
_RECALL = re.compile(r"(?<![^\W\d_])(?:отозва|отзыв|відклика|відкликан|адклікан|адкліка)\w*", re.I)
_CONSULTATIONS = re.compile(r"консультац|кансультац", re.I)
_MISSION_KINDS = (
    (re.compile(r"почесн\w+\s+консульств|почетн\w+\s+консульств|ганаров\w+\s+консульств", re.I), "honorary-consulate"),
    (re.compile(r"генеральн\w+\s+консульств|генконсульств", re.I), "consulate-general"),
    (re.compile(r"консульск\w+\s+(?:отдел|відділ|аддзел)|консульств|консульства|консульскве", re.I), "consulate"),
    (re.compile(r"посольств|пасольств", re.I), "embassy"),
)
_OPENED = re.compile(r"відкри|открыл|открыт|адкры|закры|закри|закрыт|засновано|заснован|основан|учрежден|"
                     r"заснавана|заснавала", re.I)
_CLOSED = re.compile(r"закры|закри|закрыт|зачын", re.I)
_VISIT = re.compile(r"визит|візит|візіт|прибыл|прибув|прибула|прыбыў|прыбыл|посетит|посетил|відвіда|наведа", re.I)
_PREPOSITION = re.compile(r"(?:^|\s)(?:в|во|у|ў|на)\s+(?:місті\s+|городе\s+|горадзе\s+)?$", re.I)
_NAME = re.compile(r"(?<![^\W\d_])([А-ЯЁІЇЄҐЎ][а-яёіїєґўʼ'’c]+(?:-[А-ЯЁІЇЄҐЎ][а-яёіїєґўʼ'’]+)?)"
                   r"\s+([А-ЯЁІЇЄҐЎ][а-яёіїєґўʼ'’c]+(?:-[А-ЯЁІЇЄҐЎ][а-яёіїєґўʼ'’]+)?)")
_NOMINATIVE_END = re.compile(r"(?:[бвгджзйклмнпрстфхцчшщсўь]|ий|ій|ый|ой)$", re.I)
# Prepositions, conjunctions and pronouns a sentence may open with, capitalised: never a given name
_FUNCTION_WORD = re.compile(r"На|В|Во|У|Ў|С|Со|З|Із|Зі|Зь|К|Ко|По|Па|За|Из|От|Ад|До|Да|Для|Про|Пра|При|Пры|Над|Под|"
                            r"Пад|Без|Об|Аб|Это|Эта|Этот|Эти|Гэта|Гэты|Це|Ця|Цей|Как|Як|Так|Но|Але|А|И|І|Й|Та|Мы|Ми|"
                            r"Вы|Ви|Он|Она|Они|Він|Вона|Вони|Ён|Яна|Яны|Его|Її|Його|Яго|Её|Ее|Их|Їх")


def extract(page: Page, places: Places) -> Extraction:
    """Every fact of a Cyrillic page that the shapes above hold."""
    pair = page_pair(page, places)
    facts: list[Fact] = []
    last_day: FoundDate | None = None  # "the same day" is the last day the page named
    for sentence in sentences(page):
        facts += _events(sentence, page, places, pair)
        facts += _envoys(sentence, page, places, pair)
        facts += _missions(sentence, page, places, last_day)
        facts += _visits(sentence, page, places, pair)
        facts += _treaties(sentence, page, places, pair)
        days = [d for d in find_dates(sentence.text, page.lang) if d.date.day is not None]
        last_day = days[-1] if days else last_day
    facts = document_days.dated_by_next(facts, page, places, "cyr", _signing_verb)
    published, updated = page.dates_stamped()
    return Extraction(pair, tuple(facts), published, updated)


_RELATIONS = re.compile(r"дипломатичн\w*\s+відносин|дипломатическ\w*\s+отношени|дыпламатычн\w*\s+адносін", re.I)
# Belarusian writes "і" where Russian writes "и", and its "у" becomes "ў" after a vowel ("былі ўстаноўлены",
# "Літва і Украіна ўстанавілі"): each Belarusian word with both of its first letters
_ESTABLISHED = re.compile(r"встановлен|встановил|установлен|установил|[уў]станоўлен|[уў]станавіл|нав.язан", re.I)
_MUTUAL = re.compile(r"взаємно\s+визна|взаимно\s+призна|[уў]заемна\s+прызна|визнали\s+одна\s+одну|"
                     r"признали\s+друг\s+друга|визнавали\s+одна\s+одну", re.I)
_RECOGNISED = re.compile(r"визнал\w*|визнав\w*|признал\w*|прызнал\w*|прызнаў\w*", re.I)
_INDEPENDENCE = re.compile(r"незалежн|независим|незалежнасц", re.I)
# the verb negated by the particle right before it: "не признала", "не визнала", "ні ... не", "не прызнала"
_NEGATED = re.compile(r"(?<![\w])(?:не|ні|ни)\s+$", re.I)


def _events(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """Relations established, and recognitions (one each way when mutual), dated or held for review."""
    from data.importer.mentions import in_scope

    text = sentence.text
    # the word "established" anchors the date ("встановлені у 1918 році")
    relations = _ESTABLISHED.search(text) if _RELATIONS.search(text) and not _ANNIVERSARY.search(text) else None
    if relations is not None and _NEGATED.search(text[:relations.start()]):
        relations = None  # "не установили дипломатических отношений"
    mutual = _MUTUAL.search(text)
    single = _recognition(sentence, page, places) if not mutual else []
    if not (relations or mutual):
        return single
    countries = list(dict.fromkeys(m.place.key for m in places.find(text, page.lang, kind="country")))
    parties = tuple(countries[:2]) if len(countries) >= 2 else pair
    if not parties or len(set(parties)) != 2 or not in_scope(parties[0], parties[1]):
        return []
    issues: tuple[tuple[str, str], ...] = ()
    if any(word in text for word in UNR_WORDS):
        issues = (("identity", "The page names the Ukrainian People's Republic (1917–1921); the record files it "
                               "under Ukraine."),)
    years = find_dates(text, page.lang)
    anchor = relations or mutual
    assert anchor is not None
    near = [d for d in years if 0 <= d.start - anchor.end() <= 25]  # "встановлені у 1918 році"
    # else the one date of the anchor's own clause: "30 декабря 1992 года они установили дипломатические
    # отношения, в 1993 году ... открыли посольства"
    begin, end = clause_around(text, anchor.start(), anchor.end())
    own = [d for d in years if begin <= d.start < end]
    date = years[0].date if len(years) == 1 else near[0].date if near else own[0].date if len(own) == 1 else None
    found: list[Fact] = list(single)
    if relations:
        if date is not None:
            found.append(EventFact((sentence.quote(),), "diplomatic-relations", parties, date, issues=issues))
        else:
            found.append(HeldFact((sentence.quote(),), "event", parties[0], parties[1], (),
                                  "the page gives no date with a year for these relations",
                                  event_kind="diplomatic-relations"))
    if mutual:
        for who, whom in (parties, parties[::-1]):
            if date is not None:
                found.append(EventFact((sentence.quote(),), "recognition", (who, whom), date, issues=issues))
            else:
                found.append(HeldFact((sentence.quote(),), "event", who, whom, (),
                                      "a mutual recognition the page gives no date for", event_kind="recognition"))
    return found


# "к 25-летию установления дипломатических отношений", "з нагоди 30-ї річниці встановлення": an
# anniversary celebrates the relations; the day they were established is another
_ANNIVERSARY = re.compile(r"лети\w*|річниц\w*|річч\w*|годдз\w*|годовщин\w*|гадавін\w*|юбиле\w*|ювіле\w*|юбіле\w*|"
                          # "исполнилось 30 лет со дня установления", "минуло 30 років з дня встановлення"
                          r"(?<![\w])(?:со|з|са|с)\s+(?:дня|моменту?|часу)(?![\w])|исполни\w*|виповни\w*|минул[оа]|"
                          r"мінул[аo]|споўни\w*", re.I)


def _recognition(sentence: Sentence, page: Page, places: Places) -> list[Fact]:
    """"Верховна Рада України визнала незалежність Литовської Республіки 26 серпня 1991 року": the
    recogniser is the country named before the verb, the recognised the one right after "independence";
    one date with a day, month or year, else nothing (a page that tells no date tells no event here)."""
    text = sentence.text
    verb, independence = _RECOGNISED.search(text), _INDEPENDENCE.search(text)
    if verb is not None and _NEGATED.search(text[:verb.start()]):
        return []  # "Литва не признала независимость ...": no recognition
    if verb is not None and independence is not None and independence.end() <= verb.start():
        return _recognition_object_first(sentence, page, places, verb, independence)
    if verb is not None and independence is not None and _STATE_AS.match(text, independence.start()):
        return _recognised_as_state(sentence, page, places, verb, independence)
    if verb is None or independence is None or independence.start() < verb.end() \
            or independence.start() - verb.end() > 12:
        return []
    mentions = [m for m in places.find(text, page.lang, kind="country")]
    before = [m for m in mentions if m.end <= verb.start()]
    after = [m for m in mentions if m.start >= independence.end()]
    word_end = independence.end() + len(re.match(r"\w*", text[independence.end():]).group(0))
    if not before or not after or after[0].start - word_end > 3:
        return []
    who, whom = before[-1].place.key, after[0].place.key
    if who == whom or len({m.place.key for m in before}) != 1:
        return []
    dates = find_dates(text, page.lang)
    # one date; or, of several, the one right after the recognised state ("визнала незалежність України
    # 4 грудня 1991 року, а ... 12 грудня") or the one the sentence opens with before the recogniser
    date = dates[0] if len(dates) == 1 else next(
        (d for d in dates if 0 <= d.start - after[0].end <= 3),
        dates[0] if dates and dates[0].start == 0 and dates[0].end <= before[-1].start else None)
    if date is None:
        return []
    return [EventFact((sentence.quote(),), "recognition", (who, whom), date.date)]


# the predicate of a state recognised as such: "независимым государством", "незалежною державою", "незалежнай
# дзяржавай" (the instrumental)
_STATE_AS = re.compile(r"(?:независим|незалежн)\w*\s+(?:государств|держав|дзяржав)\w*", re.I)


def _recognised_as_state(sentence: Sentence, page: Page, places: Places, verb: re.Match[str],
                         independence: re.Match[str]) -> list[Fact]:
    """"Латвия признала Украину независимым государством 24 августа 1991 года": the recogniser before the verb,
    the recognised in the accusative right after it, the predicate right after that; one date."""
    text = sentence.text
    mentions = places.find(text, page.lang, kind="country")
    before = [m for m in mentions if m.end <= verb.start()]
    whom = next((m for m in mentions if m.start >= verb.end() and m.case in ("acc", "any")
                 and not text[verb.end():m.start].strip() and 0 <= independence.start() - m.end <= 2), None)
    dates = find_dates(text, page.lang)
    if whom is None or len({m.place.key for m in before}) != 1 or len(dates) != 1 \
            or before[-1].place.key == whom.place.key:
        return []
    return [EventFact((sentence.quote(),), "recognition", (before[-1].place.key, whom.place.key), dates[0].date)]


def _recognition_object_first(sentence: Sentence, page: Page, places: Places, verb: re.Match[str],
                              independence: re.Match[str]) -> list[Fact]:
    """The object first, as the Slavic word order allows: "Независимость Литвы Украина признала 26 августа 1991
    года", "Незалежнасць Украіны Літва прызнала ...": the recognised is the genitive right after
    "independence", the recogniser the one state in the nominative between it and the verb; one date."""
    text = sentence.text
    mentions = places.find(text, page.lang, kind="country")
    word_end = independence.end() + len(re.match(r"\w*", text[independence.end():]).group(0))
    whom = next((m for m in mentions if 0 <= m.start - word_end <= 3 and m.case == "gen"), None)
    between = [m for m in mentions if whom is not None and whom.end <= m.start and m.end <= verb.start()]
    if whom is None or len(between) != 1 or between[0].case not in ("nom", "any") \
            or verb.start() - between[0].end > 3:
        return []
    dates = find_dates(text, page.lang)
    if len(dates) != 1 or between[0].place.key == whom.place.key:
        return []
    return [EventFact((sentence.quote(),), "recognition", (between[0].place.key, whom.place.key), dates[0].date)]


def nominative_cyrillic(written: str) -> Nominative:
    """The name as written when it reads as a nominative; else as written and uncertain (for review)."""
    words = written.split()
    if all(_NOMINATIVE_END.search(word) for word in words):
        return Nominative(written, written)
    return guess_nominative(written, "ru")


def _roles(text: str, places: Places, lang: str) -> tuple[str | None, str | None, list[Mention]]:
    """(sending, receiving) by case and preposition: a genitive names the sender, 'в X' the host."""
    sending = receiving = None
    mentions = places.find(text, lang)
    for mention in mentions:
        code = mention.place.key if mention.place.kind == "country" else mention.place.country
        if code is None:
            continue
        after_preposition = _PREPOSITION.search(text[:mention.start]) is not None
        if after_preposition and receiving is None:
            receiving = code
        elif mention.case == "gen" and sending is None and not after_preposition:
            sending = code
    return sending, receiving, mentions


def _people(text: str, places: Places, lang: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    spans = [(m.start, m.end) for m in places.find(text, lang)]
    # every capitalised word may start a name: "Латвии Эдгарс Ринкевичс" is a place, then the name
    starts = [w.start() for w in re.finditer(r"(?<![^\W\d_])[А-ЯЁІЇЄҐЎ]", text)]
    for start in starts:
        if found and start < found[-1][2]:
            continue
        match = _NAME.match(text, start)
        if match is None:
            continue
        words = (match.group(1), match.group(2))
        if any(places.lookup(w, lang) is not None for w in words):
            continue
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue  # "в Литовській Республіці": a place of two words, no person
        if any(re.match(r"(?:Посол|Пасол|Президент|Прэзідэнт|Міністр|Министр|Прем|Посольств|Пасольств)", w)
               for w in words):
            continue
        if _FUNCTION_WORD.fullmatch(words[0]):
            continue  # "На Западе мало кто ожидал": a preposition opening the sentence, no given name
        found.append((match.group(0), match.start(), match.end()))
    return found


def _mention(written: str, lang: str, sentence: Sentence) -> PersonMention:
    return PersonMention(nominative_cyrillic(written.replace("c", "с")), lang, sentence.quote())


# "з 2015 по 2020 рік", "с 2010 до 2014 года": a term of two years
_TERM = re.compile(r"(?<![\d.])(?:19|20)\d\d\.?\s*(?:год\w*|року|г\.)?\s*(?:по|до|па|[-–—])\s*(?:19|20)\d\d(?![\d])",
                   re.I)


def _envoys(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    role = "charge-daffaires" if _CHARGE.search(text) else "ambassador" if _AMBASSADOR.search(text) else None
    if role is None:
        return []
    if _RECALL.search(text):
        return []  # a recall (for consultations or not) is no start; its end is not read here
    if COPIES_OF_CREDENTIALS.search(text):
        return []  # "вручил копии верительных грамот министру": no start (the titled reader holds the posting)
    dates = find_dates(text, page.lang)
    if len(dates) != 1 or not _START.search(text) or _TERM.search(text):
        return []  # none, or a term ("з 2015 по 2020 рік"): the titled readers of `mentions` read terms whole
    sending, receiving, _ = _roles(text, places, page.lang)
    if sending is None and receiving is not None:
        sending = other_of(pair, receiving)
    if receiving is None and sending is not None:
        receiving = other_of(pair, sending)
    people = _people(text, places, page.lang)
    if not sending or not receiving or sending == receiving or len(people) != 1:
        return []  # two names or none: which one holds the post is not for a rule to guess
    written = people[0][0]
    return [EnvoyFact((sentence.quote(),), _mention(written, page.lang, sentence), sending, receiving, role, None,
                      None, dates[0].date)]


_CLAUSE = re.compile(r"[,;]\s+|\s+[—–]\s+")
_SAME_DAY = re.compile(r"(?<![\w])(?:того\s+ж\s+дня|того\s+же\s+дня|таго\s+ж\s+дня|в\s+тот\s+же\s+день|"
                       r"того\s+самого\s+дня)(?![\w])", re.I)


def clause_of(text: str, position: int) -> tuple[int, str]:
    """The clause of `text` around `position` (between commas, semicolons and dashes), and where it starts."""
    start, end = 0, len(text)
    for match in _CLAUSE.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, text[start:end]


def _missions(sentence: Sentence, page: Page, places: Places, last_day: FoundDate | None = None) -> list[Fact]:
    full = sentence.text
    found_kind = next(((k, m) for pattern, k in _MISSION_KINDS if (m := pattern.search(full))), None)
    if found_kind is None:
        return []
    kind, where = found_kind
    start, text = clause_of(full, where.start())  # a long sentence tells several things: one clause each
    if not _OPENED.search(text) or _CLOSED.search(text):
        return []
    verbs = [w for w in re.finditer(r"[^\W\d_]+", text) if _OPENED.match(w.group(0))]
    if all(w.start() > where.start() - start and opens_something(w.group(0)) for w in verbs):
        return []  # "посольство открыло выставку": the mission opened something, not itself
    if planned(full, where):
        return []  # "У Дніпрі планують відкрити Почесне консульство", "Латвія відкриє консульство": to come
    if in_the_mission(re.match(r"\w*", full[where.start():]).group(0)):
        return []  # "в посольстве Латвии открылась выставка": something else opened there
    dates = find_dates(text, page.lang)
    issues: tuple[tuple[str, str], ...] = ()
    same_day = _SAME_DAY.search(full)
    if not dates and same_day and last_day is not None:
        dates = [last_day]
        issues = (("ambiguity", f"The page says '{same_day.group(0)}'; the day is the one it named before "
                                f"('{last_day.text}')."),)
    sending, receiving, mentions = _roles(text, places, page.lang)
    city = next((m.place for m in mentions if m.place.kind == "city"
                 and _PREPOSITION.search(text[:m.start])), None)
    if city is not None:
        receiving = city.country
    if not sending or not receiving or sending == receiving:
        return []
    if dates:
        return [MissionFact((sentence.quote(),), sending, receiving, kind, city, dates[0].date, issues=issues)]
    from data.importer.mentions import lean_on_page

    leaning = lean_on_page(text, page)
    if leaning is not None:
        day, note = leaning
        return [MissionFact((sentence.quote(),), sending, receiving, kind, city, day, issues=(("ambiguity", note),))]
    return [MissionFact((sentence.quote(),), sending, receiving, kind, city, None)]


def _visits(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    if not _VISIT.search(text):
        return []
    dates = [d for d in find_dates(text, page.lang) if d.range.start.day is not None]
    if not dates and not find_dates(text, page.lang):
        return _undated_arrival(sentence, page, places, pair)
    if len(dates) != 1:
        return []
    _sending, receiving, mentions = _roles(text, places, page.lang)
    city = next((m.place for m in mentions if m.place.kind == "city"
                 and (_PREPOSITION.search(text[:m.start]) or _TO_PLACE.search(text[:m.start]))), None)
    if city is not None:
        receiving = city.country
    elif receiving is None:  # "прибув до Києва", "прыбыў да Вільні", "посетил Минск"
        there = next((m for m in mentions
                      if _TO_PLACE.search(text[:m.start]) or _VISITED_OBJECT.search(text[:m.start])), None)
        city = there.place if there is not None and there.place.kind == "city" else None
        receiving = (city.country if city else there.place.key) if there is not None else None
    sending = other_of(pair, receiving or "")
    people = _people(text, places, page.lang)
    if not receiving or not sending or not people:
        return []
    guests = [(w, start, end) for w, start, end in people if _office_country(text, start, mentions) != receiving]
    if not guests:
        return []  # only the host is named ("Президент Беларуси Александр Лукашенко провел переговоры ...")
    from data.importer.mentions import nominative_after_office

    participants = tuple(Participant(PersonMention(
        nominative_after_office(w, text[max(0, s - _OFFICE_REACH):s]) or nominative_cyrillic(w.replace("c", "с")),
        page.lang, sentence.quote())) for w, s, _e in guests[:1])
    return [VisitFact((sentence.quote(),), dates[0].range, "visit", sending, receiving, city, participants, None,
                      text)]


_OFFICE_REACH = 60  # how far before a visitor's name their office's words may stand


def _office_country(text: str, start: int, mentions: list) -> str | None:
    """The country named just before a person's name, as their office's ("Президент Беларуси NAME")."""
    before = [m for m in mentions if m.place.kind == "country" and m.end <= start and start - m.end <= 3]
    return before[-1].place.key if before else None


_TO_PLACE = re.compile(r"(?:^|\s)(?:до|да)\s+$", re.I)  # a trip's "to" in uk and be, beside "в"/"у"
_VISITED_OBJECT = re.compile(r"(?<![\w])(?:посетил\w*|посетит|відвідав\w*|відвідає|наведаў\w*|наведала|наведае)\s+$",
                             re.I)
# "прибула/прибыл/прыбыў", the arrival told as done or set, unlike the noun "визит" of a sentence about a visit
_ARRIVED = re.compile(r"(?<![\w])(?:прибыл\w*|прибула|прибув|прибуде|прибудет|приехал\w*|приедет|приїхав|приїхала|"
                      r"приїде|прыбыў|прыбыла|прыбудзе|прыехаў|прыехала|прыедзе)(?![\w])", re.I)
_WHEN_WORDS = re.compile(r"(?<![\w])(?:сегодня|вчера|завтра|сьогодні|учора|вчора|сёння|заўтра)(?![\w])", re.I)


def _undated_arrival(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """"В Україну з офіційним візитом прибула спікерка Сейму Литви Вікторія Чмілітє-Нільсен": a trip the
    sentence tells with no date, held for review, when it says both ways itself (a genitive for the
    traveller's country that the page's pair confirms, "в"/"у" for the host) and names one person."""
    text = sentence.text
    if not _ARRIVED.search(text) or _WHEN_WORDS.search(text):
        return []  # "вчера", "сегодня": `mentions.visits` counts those from the publication date
    sending, receiving, mentions = _roles(text, places, page.lang)
    if not sending or not receiving or other_of(pair, receiving) != sending:
        return []
    people = _people(text, places, page.lang)
    if len(people) != 1:
        return []
    city = next((m.place for m in mentions if m.place.kind == "city" and _PREPOSITION.search(text[:m.start])), None)
    person = _mention(people[0][0], page.lang, sentence)
    days = day_months(text, page.lang)
    if len(days) == 1:
        # "В Украину 18 июня с официальным визитом прибыла ...": a day without a year takes the page's own year
        # when the page's date lies within three months of it (`dateline.with_year`), else it is held as written
        dated = range_with_year(days[0], page.dateline())
        if dated is not None:
            when, note = dated
            return [VisitFact((sentence.quote(),), when, "visit", sending, receiving, city,
                              (Participant(person),), None, text, issues=(("ambiguity", note),))]
        return [HeldFact((sentence.quote(),), "visit", sending, receiving, (person,),
                         "the page gives no year for this trip", city=city, date_text=days[0].text)]
    if days:
        return []  # two days: which one the trip's is, the sentence does not say here
    return [HeldFact((sentence.quote(),), "visit", sending, receiving, (person,),
                     "the page gives no date for this trip", city=city)]


# --- agreements ---------------------------------------------------------------------------------
# "Угода між Україною та Латвією ... підписана 23 травня 2008 року, набула чинності 1 січня 2009 року":
# the signing and the entry into force kept apart (`extract_base.signing_apart`).

_SIGNED = re.compile(r"(?<![\w])(?:підписал\w*|підписан\w*|підписав\w*|подписал\w*|подписан\w*|падпісал\w*|"
                     r"падпісан\w*|падпісаў\w*|підписувал\w*|подписывал\w*|падпісвал\w*)(?![\w])", re.I)
# The entry into force in the future tense ("вступит в силу", "набуде чинності", "ўступіць у сілу")
_TO_COME = re.compile(r"вступит|вступят|набуде|набудуть|набере|наберуть|[уў]ступіць|[уў]ступяць", re.I)
# A treaty is also "concluded" ("уклали угоду", "соглашение было заключено", "заключылі пагадненне"), but the
# verbs are any making otherwise ("заключен под стражу", "в заключение", "укладено 29 угод" counted): only with
# the document's word beside them, the verb first ("уклали угоду") or the document first ("угода була укладена")
_CONCLUDED = re.compile(r"(?<![\w])(?:уклал\w*|уклав|укладен\w*|заключил\w*|заключен\w*|заключён\w*|"
                        r"заключыл\w*|заключан\w*)(?![\w])", re.I)
_DOCUMENT_WORD = (r"(?:договор\w*|договір\w*|дагавор\w*|дамов[аыеу]\w*|меморандум\w*|мемарандум\w*|декларац\w*|"
                  r"деклараці\w*|дэкларац\w*|"
                  r"протокол\w*|пратакол\w*|угод\w*|соглашени\w*|пагадненн\w*|пагаднен\w*)")
_DOCUMENT_NEXT = re.compile(r"\s+(?:\S+\s+){0,2}?" + _DOCUMENT_WORD, re.I)
_DOCUMENT_BEFORE = re.compile(_DOCUMENT_WORD + r"(?:\s+[^\s,;:]+){0,8}?\s+$", re.I)


def _signing_verb(text: str) -> re.Match[str] | None:
    """The first verb of the sentence that signs a document: a verb of signing, or one of concluding with the
    document's word beside it."""
    signed = _SIGNED.search(text)
    concluded = next((m for m in _CONCLUDED.finditer(text) if _DOCUMENT_NEXT.match(text, m.end())
                      or _DOCUMENT_BEFORE.search(text[max(0, m.start() - 120):m.start()])), None)
    found = [m for m in (signed, concluded) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None
# a document a state ratifies, leaves or ends was signed once, on a day this sentence does not give ("Сейм
# ратифицировал соглашение ... 12 марта 2019 года": that day is the ratification's): "Украіна скасавала
# пагадненне з Беларуссю ...", "Правительство Литвы денонсировало соглашение с Беларусью", "вийшла з угоди"
_ENDED = re.compile(r"(?<![\w])(?:ратифицировал\w*|ратифікувал\w*|ратыфікавал\w*|"
                    r"денонсировал\w*|денонсирует|денонсував\w*|денонсувал\w*|денонсує|"
                    r"денансавал\w*|скасувал\w*|скасує|скасувати|скасавал\w*|скасоўвае|розірвал\w*|розірвати|"
                    r"розірве|расторгл\w*|расторгнет|вийшл\w*\s+(?:з|із)|вышл\w*\s+из|выйшл\w*\s+(?:з|зь))(?![\w])",
                    re.I)
_TREATY_WORDS = (
    # Belarusian "дамова" (the treaty, never "дамовіліся", agreed) and "мемарандум", as the language writes it
    (re.compile(r"(?<![\w])(?:договор\w*|договір\w*|дагавор\w*|дамов(?:а|ы|е|у|ай|аў|ам|амі|ах)(?![\w]))", re.I),
     "treaty"),
    (re.compile(r"(?<![\w])(?:меморандум\w*|мемарандум\w*)", re.I), "memorandum"),
    (re.compile(r"(?<![\w])(?:декларац\w*|деклараці\w*|дэкларац\w*)", re.I), "declaration"),
    (re.compile(r"(?<![\w])(?:протокол\w*|пратакол\w*)", re.I), "protocol"),
    (re.compile(r"(?<![\w])(?:угод\w*|соглашени\w*|пагадненн\w*|пагаднен\w*)", re.I), "agreement"),
)


# a number before the document word counts documents ("29 двосторонніх угод", "12 соглашений"); signers in the
# plural after the verb ("країнами Групи семи", "странами ЕС") make a document of many states
_COUNTED = re.compile(r"(?<![\w.])\d{1,3}\s+(?!(?:січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд|янв|фев|мар|"
                      r"апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)\w*)(?:\w+\s+)?$|"
                      r"(?<![\w])(?:низк\w*|ряд\w*|кількох|нескольк\w*)\s+(?:\w+\s+)?$", re.I)
_MANY_SIGNERS = re.compile(r"^\s*(?:\S+\s+){0,4}?(?:країнами|державами|странами|государствами|краінамі|дзяржавамі)"
                           r"(?![\w])", re.I)


# "з Україною ... підписали Литва і Польща": the one state the others each signed with, right after "з", "с"
_WITH = re.compile(r"(?<![\w])(?:з|із|зі|с|со|са|з\s+боку)\s+$", re.I)
_MANY_SIDES = re.compile(r"тр[иоеё]\w*сторон|трохбаков|багатосторон|многосторон|шматбаков", re.I)


def _each_with(text: str, places: Places, lang: str) -> tuple[str, str] | None:
    """The pair of the four relations among documents several states each signed with one ("Раніше з Україною
    відповідні декларації ... підписали Литва і Польща": Lithuania's with Ukraine, Poland's being no relation
    of ours), when the sentence names one such counterpart alone after "з"/"с" and exactly one of the others
    makes a pair with it; never a document of three or more sides ("тристоронню угоду", "з Литвою та Польщею")."""
    from data.importer.mentions import in_scope

    if _MANY_SIDES.search(text):
        return None
    mentions = places.find(text, lang, kind="country")
    counterparts = [m for m in mentions if _WITH.search(text[max(0, m.start - 8):m.start])]
    if len(counterparts) != 1:
        return None
    partner = counterparts[0]
    if re.match(r"\s+(?:та|і|й|и|і)\s+\S", text[partner.end:]) and any(
            m.start > partner.end and m.start - partner.end <= 6 for m in mentions):
        return None  # "з Литвою та Польщею": a document of three
    others = {m.place.key for m in mentions if m is not partner and m.place.key != partner.place.key}
    pairs = [(state, partner.place.key) for state in others if in_scope(state, partner.place.key)]
    return pairs[0] if len(pairs) == 1 and len(others) >= 2 else None


_TITLE_END = (r"[,.;:–—(]|\s(?:підписан|подписан|падпісан|укладен|заключен|заключан|набул|вступ|уступ|"
              r"був|була|було|були|был|была|было|были)")


def _treaties(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """An agreement the sentence names with its signing or its entry into force (dates with a year)."""
    from data.importer.extract_base import (
        _IN_FORCE,
        NOT_DONE,
        QUESTION,
        of_states,
        own_day_elsewhere,
        signed_by_bodies,
        signing_apart,
        since_date,
        treaty_dates,
        two_signers,
    )
    from data.importer.facts import TreatyFact
    from data.importer.mentions import in_scope

    text = sentence.text
    signed_word, in_force_word = _signing_verb(text), _IN_FORCE.search(text)
    ended = _ENDED.search(text) if signed_word is None and in_force_word is None else None
    if signed_word is None and in_force_word is None and ended is None:
        return []
    if signed_word is not None and NOT_DONE.search(text[:signed_word.start()]):
        return []  # "будет подписан", "не підписали", "планирует подписать": no document signed
    if signed_word is not None and signed_by_bodies(text, signed_word.start()):
        return []  # "Міністерство енергетики України та Міністерство енергетики Литви підписали ...": theirs
    word = next(((m, kind) for pattern, kind in _TREATY_WORDS for m in [pattern.search(text)] if m), None)
    dates = treaty_dates(sentence, find_dates(text, page.lang))
    if word is None or (not dates and QUESTION.search(text)):
        return []
    match, kind = word
    if _COUNTED.search(text[:match.start()]) or (signed_word and _MANY_SIGNERS.search(text[signed_word.end():])):
        return []  # "29 двосторонніх угод", "підписаної ... країнами Групи семи": no one document of the pair
    countries = list(dict.fromkeys(m.place.key for m in places.find(text, page.lang, kind="country")))
    parties = tuple(countries[:2]) if len(countries) >= 2 else pair
    each = _each_with(text, places, page.lang) if len(countries) >= 3 else None
    if each is not None:
        parties, countries = each, list(each)
    if not parties or len(set(parties)) != 2 or len(countries) >= 3:
        return []
    if not in_scope(parties[0], parties[1]):
        return []  # "Україна і Білорусь підписали ...": not one of the four relations
    if ended is not None:  # a day beside a ratification or a denunciation is that act's, not the signing's
        if not two_signers(text, ended, match, len(countries)):
            return []
        return _undated_treaty(sentence, page, match, kind, parties, ended, leaning=False)
    if not dates and not two_signers(text, signed_word or in_force_word, match, len(countries)) \
            and of_states(re.split(_TITLE_END, text[match.start():])[0]):
        return []  # "Україна підписала угоду з МВФ": one state signed; the page's other is no party (a ministries'
        # document is still told: `one_truth.undated_told` drops its kind's headline with it)
    if not dates:
        return _undated_treaty(sentence, page, match, kind, parties, signed_word or in_force_word)
    signed, in_force = signing_apart(text, dates)
    if signed_word is not None and signed is not None:
        # the signing's day is the one nearest its verb ("27 червня 2024 року – була підписана Угода"), not
        # the first the sentence holds (a dateline opening it, another document's day), nor a year something
        # has run since ("сотрудничают с 2005 года", which `signing_apart` passes over)
        near = date_near([d for d in dates if d is not in_force and not since_date(text, d)], signed_word.start())
        signed = near if near is not None else signed
        if own_day_elsewhere(text, page.lang, signed_word, signed):
            signed = None  # "28 октября 2010 г.Входящая в НАТО Литва подписала в среду, 27 ноября, ..."
    if signed_word is not None and signed is None and in_force is None:
        return _undated_treaty(sentence, page, match, kind, parties, signed_word)
    if signed_word is None:
        signed = None  # only the entry into force is told: no signing date is guessed from it
    if in_force is not None and in_force_word is not None and _TO_COME.match(in_force_word.group(0)):
        in_force = None  # "вступит в силу", "набуде чинності": a day still to come, as "will enter" in English
    if signed is None and in_force is None:
        return []
    title = re.split(_TITLE_END, text[match.start():])[0]
    title = title.strip()[:120]
    if not of_states(title):
        return []  # "Соглашение между министерством обороны ... и министерством обороны ...": the ministries'
    return [TreatyFact((sentence.quote(),), kind, each[:1].upper() + each[1:], parties,
                       signed.date if signed else None, in_force=in_force.date if in_force else None)
            for each in _each_document(match.group(0), text[match.end():], title)]


# "договоры о добрососедстве и сотрудничестве и о ... государственной границе": documents in the plural, each
# with its own "о"/"про"/"аб" topic after "и", "і", "та": one document per topic
_PLURAL = re.compile(r"(?:договор|договір|дагавор|протокол|пратакол|меморандум|мемарандум)\w*[ыиі]$|дамовы$|угоди$|"
                     r"соглашения$|пагадненні$", re.I)
_NEXT_TOPIC = re.compile(r"\s(?:и|і|й|та)\s+(?=(?:о|об|про|аб)\s)", re.I)


def _each_document(word: str, rest: str, title: str) -> list[str]:
    """The title of each document a plural names by its topics, else the one title."""
    topic = re.match(r"\s+(?:о|об|про|аб)\s", rest, re.I)
    if not _PLURAL.search(word) or topic is None:
        return [title]
    words = re.split(_TITLE_END, rest)[0]
    topics = _NEXT_TOPIC.split(words)
    return [f"{word} {part.strip()}"[:120] for part in topics] if len(topics) > 1 else [title]



def _undated_treaty(sentence: Sentence, page: Page, match: re.Match[str], kind: str, parties: tuple[str, str],
                    verb: re.Match[str] | None, *, leaning: bool = True) -> list[Fact]:
    """"Україна і Литва підписали протокол ...", "Правительство Литвы денонсировало соглашение с Беларусью":
    the document and its two states, no day with a year: held for review (`plan`), never dated by a guess.
    A signing told by a relative day ("підписали сьогодні", "в пятницу, 7 декабря") is counted from the
    page's own date where `mentions.lean_on_page` can (the note says so). The document stands near its verb
    (in the same clause)."""
    from data.importer.extract_base import MULTILATERAL
    from data.importer.facts import TreatyFact
    from data.importer.mentions import lean_on_page

    text = sentence.text
    if verb is None:
        return []
    between = text[min(verb.end(), match.end()):max(verb.start(), match.start())]
    if len(between) > 120 or re.search(r"[.;:]\s", between):
        return []
    title = re.split(_TITLE_END, text[match.start():])[0].strip()[:120]
    title = title[:1].upper() + title[1:]
    if MULTILATERAL.search(text[max(0, match.start() - 40):match.end() + 80]):
        return []  # "ратифікувала Угоду про асоціацію між Україною та ЄС": not the pair's own document
    leaned = lean_on_page(text, page) if leaning and (_SIGNED.fullmatch(verb.group(0))
                                                      or _CONCLUDED.fullmatch(verb.group(0))) else None
    if leaned is not None and isinstance(leaned[0], PartialDate) and leaned[0].day is not None:
        return [TreatyFact((sentence.quote(),), kind, title, parties, leaned[0], issues=(("ambiguity", leaned[1]),))]
    return [TreatyFact((sentence.quote(),), kind, title, parties, None)]
