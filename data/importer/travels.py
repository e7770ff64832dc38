"""A trip told in news prose, read from its parts rather than from a sentence's template.

    Latvian President Edgars Rinkevics arrived in Ukraine on Nov. 24, visiting Kyiv ...   -> LV → UA (held: no year)
    Lithuanian President Gitanas Nausėda and Latvian Prime Minister Evika Siliņa arrived
        in Kyiv on the morning of 11 September.                                        -> LT → UA and LV → UA
    Президент України Володимир Зеленський у середу, 10 січня, прибув ... до Литви.      -> UA → LT, 2024-01-10
    в феврале Беларусь посетил премьер-министр Латвии Марис Кучинскис                    -> LV → BY (held)

A sentence tells a trip when it has three parts, in any order and in any of the six languages:

- a word of travel or arrival ("arrived", "visit", "ieradās", "lankėsi", "прибыл", "перебуває з
  візитом"); an offer, a wish, a denial or a cancellation is none (`trips._NO_TRIP`), nor is a
  visit only talked about (a call, a statement) unless the sentence also says someone arrived;
- where to: a place of one of the four countries after "to", "in", "uz", "į", "в", "до" or in
  the locative, or the object of "visited" ("посетил Беларусь", "visited Riga");
- who: a person named by given name and surname, whose country is the one the sentence names
  just before the name ("Latvian President", "Prime Minister of Lithuania,", "министр иностранных
  дел Латвии", "Президент Литовської Республіки"). Several travellers from one country are one
  trip; travellers from two countries are two trips; a person of the host country is the host.

News tells the same trip in other shapes too, read here as well: a visit named as a noun that began or
took place ("Офіційний візит Президента України ... до Литви розпочався"), setting off for a capital ("отправился
в столицу Украины Киев"), the guest of a clause ("..., Vladimir Makei, who is in Latvia for a one-day visit") or
"his visiting Latvian counterpart NAME", a traveller named by an initial ("Д.Кулеба": for review, or the full
name the page gives the same surname). A meeting alone is no trip: "held talks in Minsk with ..." was read
as the guest's trip for a while and made a wrong proposal on unseen pages, so it was taken out.
`office_holders` lists the people the page names after their country's office (two offices in one plural
paired in order), for `trips.by_surname` to read a name or an office told without the rest. An undated
trip told again with its surname spelt another way is one held trip.

The date is the sentence's own, a day without a year in the dateline's year, or a weekday or
"today" counted from the page's own date (`mentions.lean_on_page`); otherwise the trip is
**held** for review with the date as the page writes it. `plan.plan_page` runs this reader after
the others; a person another reader already found a trip for in the same sentence is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from data.dates import DateRange
from data.importer import names as nm
from data.importer.dateline import (
    day_months,
    month_in_year,
    month_of_relative_year,
    months_alone,
    range_with_year,
    weekday,
)
from data.importer.dates import find_dates
from data.importer.extract_base import Sentence, sentences_of_line
from data.importer.facts import Fact, HeldFact, Participant, PersonMention, VisitFact, is_trip
from data.importer.keys import fold_key
from data.importer.mentions import in_scope, lean_on_page, nations, nominative_after_office
from data.importer.page import Page
from data.importer.places import Mention, Places
from data.importer.presence import acts_abroad
from data.importer.trips import _NO_TRIP, _REPUBLICS, _TALK, _en_nations

# arriving somewhere: a trip whatever else the sentence says
# ("when it comes to Belarus", "as it came to Minsk's debts" is an idiom, no trip)
_ARRIVE = (r"arriv\w*|(?<!it\s)came\s+to|(?<!it\s)comes\s+to|travel(?:l)?ed\s+to|(?:is|are)\s+(?:now\s+)?visiting|"
           r"ieradās|ieradies|ieradusies|ieradīsies|ierodas|devās\s+uz|dodas\s+uz|dosies\s+uz|viesojās|viesojas|"
           r"atvyko|atvyksta|atvyks|lankėsi|lankosi|lankysis|viešėjo|viešės|viešėti|išvyko\s+į|"
           r"прибыл\w*|прибыва\w*|прибудет|приехал\w*|приедет|посетил\w*|посетит|"
           r"прибув\w*|прибул\w*|прибуде|прибува\w*|приїхав\w*|приїхал\w*|приїде|відвідав\w*|відвідал\w*|відвідає|"
           r"прыбыў\w*|прыбыл\w*|прыбудзе|прыехаў\w*|прыедзе|наведаў\w*|наведала|наведае|visited|visits|left\s+for|set\s+off\s+for|headed\s+(?:to|for)|отправил(?:ся|ась|ись)|вирушив|вирушила|"
           r"вирушили|адправіўся|адправілася|"
           r"apmeklēja|apmeklē|aplankė|aplanko|"
           # a welcoming ceremony is held for a guest where they arrive: "У Ризі відбулася офіційна церемонія
           # зустрічі Глави Української держави ...", "the official welcoming ceremony for X in Vilnius"
           r"(?:official\s+)?welcom\w*\s+ceremony|церемон\w+\s+(?:офіційної\s+|официальной\s+)?зустрічі|"
           r"церемони\w+\s+(?:официальной\s+)?встречи|цырымон\w+\s+(?:афіцыйнай\s+)?сустрэчы|"
           r"sagaidīšanas\s+ceremonij\w*|sutikimo\s+ceremonij\w*")
# a visit named: a trip unless the sentence only talks about it
_VISIT = r"visit|visiting|vizīt\w*|vizit\w*|визит\w*|візит\w*|візіт\w*|trip\s+to"
_ARRIVAL = re.compile(rf"(?<![\w])(?:{_ARRIVE})(?![\w])", re.I)
_TRAVEL = re.compile(rf"(?<![\w])(?:{_ARRIVE}|{_VISIT})(?![\w])", re.I)
_VISIT_WORDS = (r"visit(?:ed|s|ing)?|посетил\w*|посетит|відвідав\w*|відвідал\w*|відвідає|"
                r"наведаў\w*|наведала|наведае|apmeklēja|apmeklē|aplankė|aplanko")
_VISITED = re.compile(rf"(?<![\w])(?:{_VISIT_WORDS})(?![\w])", re.I)
# a visit made: "on a visit", "з візитом", "vizītē", "working visit of X to Y", "visit to X"
_ON_A_VISIT = re.compile(r"(?<![\w])(?:(?:on|for)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}visit|"
                         r"(?:official|working|state)\s+visit|visit\s+to|(?:з|із|с|со|з\s+\w+)\s+(?:\w+\s+)?(?:візитом|визитом|візітам)|"
                         r"vizītē|vizītes\s+laikā|vizito\s+metu|su\s+(?:\w+\s+)?vizitu|"
                         r"визит\w*\s+(?:в|во|на)\s|візит\w*\s+(?:до|в|у)\s)", re.I)
# the visit as a noun that began, took place or ended: "Офіційний візит Президента України ... до Литви розпочався",
# "the official visit of X to Y began", "vizīte notika"; done, not planned (past forms only)
_VISIT_HELD = re.compile(r"(?<![\w])(?:began|started|took\s+place|ended|sākās|notika|beidzās|prasidėjo|įvyko|vyko|"
                         r"baigėsi|розпочав\w*|почав\w*|відбув\w*|завершив\w*|начал\w*|состоял\w*|прош[её]л|"
                         r"завершил\w*|пачаў\w*|адбыў\w*|завяршыў\w*|"
                         # a visit made or paid: "здійснила свій перший візит ... до Києва", "paid a visit to"
                         r"made|paid|здійснив|здійснила|здійснили|совершил|совершила|совершили|здзейсніў|"
                         r"здзейсніла|здзейснілі|veica|surengė)(?![\w])", re.I)
# an act done during a visit: "Договор был подписан в ходе визита министра обороны Беларуси Юрия Жадобина в Вильнюс",
# "під час візиту ... до Києва підписали", "were signed during the visit of ... to Riga". The visit took place when
# something was done in its course (Latvian "vizītes laikā" and Lithuanian "vizito metu" are `_ON_A_VISIT`'s); a
# visit to come ("в ходе предстоящего визита", "during the upcoming visit") is none, nor is one only talked about
# (`_TALK`), planned (`_PLANNED`) or told in the future (`announced`)
_DURING_VISIT = re.compile(
    r"(?<![\w])(?:в\s+ходе|во\s+время|в\s+рамках|у\s+рамках|під\s+час|в\s+ході|у\s+ході|падчас|у\s+ходзе|"
    r"during|in\s+the\s+course\s+of|within\s+the\s+framework\s+of|as\s+part\s+of)\s+"
    r"(?!(?:the\s+|a\s+|his\s+|her\s+)?(?:upcoming|forthcoming|coming|next|planned|future|предстоящ|будущ|"
    r"ближайш|майбутн|запланован|запланирован|наступн|будучы|наступн)\w*)"
    r"(?:(?:the|a|his|her|their)\s+)?(?:[\w-]+\s+)?(?:визита|візиту|візіту|visit)(?![\w])", re.I)
# a deed of the main clause told as done: signed, opened, met, handed, laid, took part (past forms only)
_DONE = re.compile(
    r"(?<![\w])(?:signed|opened|met|handed|laid|unveiled|awarded|took\s+part|"
    r"подписал\w*|подписан\w*|открыл\w*|открыт\w*|встретил\w*|вручил\w*|возложил\w*|принял\w*\s+участие|"
    r"підписал\w*|підписав|підписан\w*|відкрил\w*|відкрив|відкрит\w*|зустрів\w*|зустріл\w*|вручив\w*|вручил\w*|"
    r"поклав|поклала|поклали|взяв\s+участь|взяла\s+участь|взяли\s+участь|"
    r"падпісал\w*|падпісаў|падпісан\w*|адкрыў|адкрыл\w*|сустрэўся|сустрэлася|сустрэліся|уручыў|уручыла)(?![\w])",
    re.I)
# "his visiting Latvian counterpart Egils Levits", "the visiting President of Lithuania": a guest named as such
_VISITING_GUEST = re.compile(r"(?<![\w])(?:his|her|their|the|a|our)\s+visiting\s+(?=[A-Z])")
# a trip being prepared or expected: not yet a trip ("подготовка визита", "is expected to visit")
_PLANNED = re.compile(r"(?<![\w])(?:prepar\w*|plan\w*|expect\w*|scheduled|подготов\w*|планир\w*|запланир\w*|"
                      r"ожида\w*|підготов\w*|планує\w*|заплан\w*|очіку\w*|gatavo\w*|plāno\w*|gaidām\w*|"
                      r"rengia\w*|planuo\w*|tikimasi|"
                      # awaited: "Лукашенко ждут с визитом в Риге", "чекають з візитом", "laukia vizito"
                      r"ждут|ждет|ждёт|ждем|ждём|чекають|чекає|чакаюць|чакае|laukia|gaida)(?![\w])", re.I)
_VISITED_BEFORE = re.compile(rf"(?<![\w])(?:{_VISIT_WORDS})\s+$", re.I)  # "visited Riga", "посетил Минск"
_VISITED_AFTER = re.compile(rf"\s+(?:{_VISIT_WORDS})(?![\w])", re.I)  # "Беларусь посетил"
_TO = re.compile(r"(?:^|[\s(])(?:to|in|into|uz|į|в|во|у|ў|до|да)\s+$", re.I)
# "в столицу Украины Киев", "to the capital of Ukraine", "į Ukrainos sostinę": the country the capital is of
_TO_CAPITAL = re.compile(r"(?:^|[\s(])(?:to\s+the|into\s+the|в|во|у|ў|до|да|uz|į)\s+(?:capital\s+of(?:\s+the)?|"
                         r"столиц\w+|сталіц\w+|galvaspilsētu)\s+$", re.I)
_FROM = re.compile(r"(?:^|[\s(])(?:from|no|iš|из|з|із|са|с|of)\s+(?:the\s+)?$", re.I)  # "of the Republic of Latvia"
_OUR_STATE = {"uk": ("UA", r"(?:у|в)\s+нашій\s+державі|до\s+нашої\s+держави"),
              "lv": ("LV", r"mūsu\s+valstī"), "lt": ("LT", r"mūsų\s+šalyje|į\s+mūsų\s+šalį")}
_UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲА-ЯЁІЇЄҐЎ"
_NAME = re.compile(rf"(?<![\w])[{_UPPER}][^\W\d_]+(?:[-–][{_UPPER}][^\W\d_]+)?"
                   rf"(?:\s+[{_UPPER}][^\W\d_]+(?:[-–][{_UPPER}][^\W\d_]+)?){{1,2}}")
_NOT_NAME = re.compile(
    r"^(?:The|This|That|President|Prime|Minister|Foreign|Affairs|Speaker|Chairman|First|Lady|Deputy|Vice|"
    r"Republic|Ministry|Embassy|Parliament|Saeima|Seimas|Seimo|Verkhovna|Rada|Council|European|Union|State|"
    r"Valsts|Ministru|Saeimas|Ārlietu|Lietuvos|Latvijas|Ukrainas|Baltkrievijas|Prezident\w*|Premjer\w*|"
    # an office and its institution written with capitals in Lithuanian and Latvian: "Ukrainos Aukščiausiosios Rados
    # Pirmininkas NAME", "Augstākās Radas priekšsēdētājs", "Užsienio reikalų ministras"
    r"Pirminink\w*|Priekšsēdētāj\w*|Aukščiausiosios|Augstākās|Rados|Radas|Užsienio|Reikalų|Respublikos|"
    r"Republikas|Vyriausybės|Valdības|"
    r"Ministr\w*|Президент\w*|Прем\w*|Министр\w*|Міністр\w*|Голов\w*|Глав\w*|Верховн\w*|Рад\w*|Республ\w*|"
    r"Рэспубл\w*|Прэзідэнт\w*|Прэм\w*|Старшын\w*|Кіраўнік\w*|Сейм\w*|Спікер\w*|Спикер\w*|Посол\w*|МИД|МЗС|День|Дня|Фото|Photo|Foto|On|In|At|After|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Nov|Dec|Jan|Feb|Sept?|Oct|Aug)$", re.I)
FROM_PARTS = ("A trip read from its parts: a word of travel, where to, and a traveller named with their "
              "country's office.")
"""The note every trip of this reader carries (`trips.not_offered` knows it read the main clause only)."""
# the office that makes a trip a state's: a head of state or government, a minister, a speaker
_OFFICE = re.compile(r"(?<![\w])(?:president|prime\s+minister|premier|PM|minister|speaker|chair\w*|head\s+of|"
                     r"secretary|prezident\w*|premjer\w*|ministr\w*|priekšsēdētāj\w*|spīker\w*|sekretār\w*|"
                     r"pirminink\w*|sekretor\w*|президент\w*|прэзідэнт\w*|министр\w*|міністр\w*|прем.[еєэ]р\w*|"
                     r"міністерк\w*|прэм.ер\w*|"
                     r"премьер\w*|спикер\w*|спікер\w*|председател\w*|голов\w*|глав\w*|старшын\w*|кіраўнік\w*|"
                     r"секретар\w*|сакратар\w*|вице|віце|vice|deputy|"
                     # a counterpart holds the host's office: "his visiting Latvian counterpart NAME"
                     r"counterpart|kolēģ\w*|koleg\w*|коллег\w*|колег\w*|калег\w*)", re.I)
# an envoy travels within the country that hosts them; an opposition is no state: no state's trip
_NOT_STATES = re.compile(r"ambassador|envoy|vēstniek|vēstniec|ambasador|посол|посла|пасол|opposition|opozīc|opozic|"
                         r"оппозиц|опозиц|апазіц|former|bijuš|buv|бывш|колишн|былы", re.I)


def no_states_office(office: str) -> bool:
    """The office makes no state's trip: an envoy (within the country that hosts them), an opposition, a
    former official ("Former President of Lithuania", "Belarusian opposition leader")."""
    return _NOT_STATES.search(office) is not None


# the state an office named with no country belongs to, by the page's language: only Latvia writes Latvian, only
# Lithuania Lithuanian, only Ukraine Ukrainian and only Belarus Belarusian (Russian is written by all four)
_HOME = {"lv": "LV", "lt": "LT", "uk": "UA", "be": "BY"}
# the office right before the name, nothing between: "Ārlietu ministrs NAME", "Užsienio reikalų ministras NAME"
_HOME_OFFICE = re.compile(r"(?:prezident\w*|ministr\w*|premjer\w*|priekšsēdētāj\w*|pirminink\w*|президент\w*|"
                          r"прем.?[єе]р-міністр\w*|прем.?[єе]рк\w*|міністр\w*|прэзідэнт\w*|прэм.ер-міністр\w*|"
                          r"спікер\w*)\s+$", re.I)
_ORIGIN_REACH = 70  # how far before a traveller's name the country of their office may stand
_POSSESSIVE = re.compile(r"^['’]s(?![\w])")
_EN_COUNTRY = {"Latvia": "LV", "Lithuania": "LT", "Belarus": "BY", "Ukraine": "UA"}


def travels(facts: list[Fact], page: Page, places: Places) -> list[Fact]:
    """The trips the page's sentences tell by their parts, for the people no other reader found a trip for there."""
    told: dict[str, set[str]] = {}
    for fact in facts:
        for quote in fact.quotes:
            if is_trip(fact):
                told.setdefault(quote.text, set()).update(_stems(fact))
    found: list[Fact] = []
    for sentence in _sentences(page):
        found += _trips(sentence, page, places, told.get(sentence.quote().text, set()))
    # then the trips told only by what the traveller did there, for travellers with no trip there yet
    known: dict[str, set[str]] = {}
    for fact in [f for f in facts if is_trip(f)] + found:
        for stem in _stems(fact):
            known.setdefault(stem, set()).add(fact.receiving)  # type: ignore[attr-defined]
    found += acts_abroad(page, places, known)
    found = _not_foreign_holders(found, page, places)
    return _one_held_trip_each(_initials_in_full(found, [f for f in facts if is_trip(f)]))


def _not_foreign_holders(found: list[Fact], page: Page, places: Places) -> list[Fact]:
    """On a Ukrainian or Belarusian page an office with no country is read as the page's own state's ("Президент
    Володимир Зеленський 16 жовтня відвідає Латвію"); a trip so read is none when the page names the same surname
    after another state's office ("Президент Литви Гітанас Науседа" ... "Президент Гітанас Науседа у Вільнюсі")."""
    home = _HOME.get(page.lang)
    if page.lang not in ("uk", "be") or not any(getattr(f, "sending", None) == home for f in found):
        return found
    foreign = {_stem(person.name.text.split()[-1]) for person, country, _kind in office_holders(page, places)
               if country != home and person.name.text.split()}
    return [f for f in found if getattr(f, "sending", None) != home or not (_stems(f) & foreign)]


def _initials_in_full(found: list[Fact], others: list[Fact]) -> list[Fact]:
    """"Ministras K. Budrys ... atvyko į Kyjivą" beside "... ministras Kęstutis Budrys ... atvyko": the
    initial is the given name the page writes in full for the same surname with the same initial
    (one such full name only); the sentence's own quote stays."""
    full: dict[tuple[str, str], set[nm.Nominative]] = {}
    for fact in found + others:
        for person in _people_of(fact):
            words = person.name.text.split()
            if len(words) == 2 and not words[0].endswith(".") and person.name.certain:
                full.setdefault((fold_key(words[0])[:1], _stem(words[1])), set()).add(person.name)
    out: list[Fact] = []
    for fact in found:
        people = _people_of(fact)
        named = [_in_full(p, full) for p in people]
        if named == people:
            out.append(fact)
        elif isinstance(fact, HeldFact):
            out.append(replace(fact, people=tuple(named)))
        else:
            out.append(replace(fact, people=tuple(replace(part, person=person)  # type: ignore[attr-defined]
                                                  for part, person in zip(fact.people, named, strict=True))))  # type: ignore[attr-defined]
    return out


def _people_of(fact: Fact) -> list[PersonMention]:
    if isinstance(fact, HeldFact):
        return list(fact.people)
    return [p.person for p in fact.people]  # type: ignore[attr-defined]


def _in_full(person: PersonMention, full: dict[tuple[str, str], set[nm.Nominative]]) -> PersonMention:
    words = person.name.text.split()
    if len(words) != 2 or not re.fullmatch(r"\w\.", words[0]):
        return person
    names = full.get((fold_key(words[0])[:1], _stem(words[1])), set())  # "D.Melbārdes": any case of the surname
    if len(names) != 1:
        return person
    return replace(person, name=next(iter(names)))


def _one_held_trip_each(found: list[Fact]) -> list[Fact]:
    """A trip held without a date that the page tells again, its traveller's surname spelt another way
    ("Daiga Merina", "Daiga Mierinā", "Daiga Mierinha" on a first visit to Ukraine): one held trip with
    every quote, not three. Only the same direction, one traveller, the same given name, and surnames
    a slip or two apart; a trip with a date of its own is never merged here."""
    out: list[Fact] = []
    for fact in found:
        same = next((i for i, kept in enumerate(out) if _retold(kept, fact)), None)
        if same is None:
            out.append(fact)
        else:
            kept = out[same]
            # the spelling with the page's own letters over one that lost them ("Mierinā" over "Merina")
            person = max((kept.people[0], fact.people[0]), key=_native_letters)  # type: ignore[attr-defined]
            out[same] = replace(kept, quotes=kept.quotes + tuple(q for q in fact.quotes if q not in kept.quotes),
                                people=(person,))
    return out


def _native_letters(person: PersonMention) -> int:
    return sum(1 for letter in person.name.text if not letter.isascii())


def _retold(a: Fact, b: Fact) -> bool:
    if not (isinstance(a, HeldFact) and isinstance(b, HeldFact)) or a.fact_kind != "visit" != b.fact_kind \
            or (a.sending, a.receiving) != (b.sending, b.receiving) or len(a.people) != 1 or len(b.people) != 1:
        return False
    one, other = (fold_key(p.name.text).split() for p in (a.people[0], b.people[0]))
    return (len(one) == len(other) == 2 and one[0] == other[0] and min(len(one[1]), len(other[1])) >= 5
            and _slips(one[1], other[1]) <= 2)


def _slips(a: str, b: str) -> int:
    """How many letters must change, go or come to turn `a` into `b` (Levenshtein), for short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]



def _stems(fact: Fact) -> set[str]:
    people = fact.people if isinstance(fact, HeldFact) else [p.person for p in fact.people]  # type: ignore[attr-defined]
    return {_stem(p.name.text.split()[-1]) for p in people if p.name.text.split()}


def _stem(word: str) -> str:
    return fold_key(word)[:5]


def _sentences(page: Page) -> Iterator[Sentence]:
    for number, line in page.numbered():
        if _TRAVEL.search(line):
            yield from sentences_of_line(number, line)


def _trips(sentence: Sentence, page: Page, places: Places, told: set[str]) -> list[Fact]:
    text = _RELATIVE_CLAUSE.split(sentence.text, maxsplit=1)[0]  # "..., который передал приглашение": another act
    found = _trips_in(text, sentence, page, places, told)
    guest = _WHO.search(sentence.text)
    if not found and guest is not None:
        # "met with the Minister of Foreign Affairs of Belarus, Vladimir Makei, who is in Latvia for a one-day
        # visit": the clause tells the trip of the name it follows, not of the main clause's people
        head = sentence.text[:guest.start()]
        found = _trips_in(head + " " + sentence.text[guest.end():], sentence, page, places, told,
                          guest_at=len(head))
    return found


# a clause on the person just named: "NAME, who is in Latvia for a one-day visit", "NAME, который находится с визитом"
_WHO = re.compile(r",\s+(?:who|kurš|kura|kuris|kuri|который|которая|який|яка|каторы|каторая)\s+", re.I)


def _trips_in(text: str, sentence: Sentence, page: Page, places: Places, told: set[str],
              guest_at: int | None = None) -> list[Fact]:
    """The trips `text` tells; with `guest_at`, only the trip of the name ending there, to a place after it."""
    lang = page.lang
    if not _TRAVEL.search(text) or _NO_TRIP.search(text):
        return []
    if not _ARRIVAL.search(text) and (_TALK.search(text) or _PLANNED.search(text) or not visit_made(text)):
        return []  # a visit talked about or prepared, not made here; a bare "visit" is no trip's verb
    mentions = [m for m in places.find(text, lang) if _code(m) is not None]
    origins = _origins(text, mentions, places, lang)
    travellers = _travellers(text, mentions, origins, lang)
    if guest_at is not None:
        travellers = [t for t in travellers if t[2] == guest_at]
        mentions = [m for m in mentions if m.start > guest_at]
    if not travellers:
        return []
    destinations = _destinations(text, mentions, origins, lang)
    if len({code for code, _city in destinations}) != 1:
        return []  # nowhere, or two countries: not one trip this reader can tell
    receiving, city = destinations[0]
    by_country: dict[str, list[tuple[str, int]]] = {}
    for written, sending, end in travellers:
        if sending != receiving and in_scope(sending, receiving) and _stem(written.split()[-1]) not in told:
            by_country.setdefault(sending, []).append((written, end))
    out: list[Fact] = []
    for sending, people in by_country.items():
        mentions_of = tuple(PersonMention(_nominative(w, lang, text[max(0, end - len(w) - _ORIGIN_REACH):end - len(w)]),
                                          lang, sentence.quote()) for w, end in people)
        out.append(_trip(sentence, page, sending, receiving, city, mentions_of))
    return out




def visit_made(text: str) -> bool:
    """Whether the sentence tells a visit as made, not only named: "on a visit", "his visiting counterpart", a visit
    that took place or began, or something done during it ("The signing took place within the framework of
    Grybauskaite's official visit to Ukraine")."""
    if _PLANNED.search(text):
        return False  # a visit prepared, planned or awaited is not made
    return bool(_ON_A_VISIT.search(text) or _VISITING_GUEST.search(text) or (
        _VISIT_HELD.search(text) and re.search(_VISIT, text, re.I)) or (
        _DURING_VISIT.search(text) and _DONE.search(text)))


_HOLDER_LINES = 400  # how many lines with an office a page may have for its office holders to be read


# the kind of a state's office, whichever words a page uses for it ("head of Lithuanian diplomacy" is the
# foreign minister, "глава правительства" the prime minister)
OFFICE_KINDS = (
    ("foreign-minister", re.compile(
        r"foreign\s+minister|minister\s+(?:of|for)\s+foreign\s+affairs|head\s+of\s+(?:\w+\s+)?diplomacy|"
        r"ārlietu\s+ministr\w*|diplomātijas\s+vadītāj\w*|užsienio\s+reikalų\s+ministr\w*|diplomatijos\s+vadov\w*|"
        r"министр\w*\s+иностранных\s+дел|глав\w+\s+(?:МИД|внешнеполитического\s+ведомства)|"
        r"міністр\w*\s+закордонних\s+справ|глав\w+\s+МЗС|очільник\w*\s+МЗС|міністр\w*\s+замежных\s+спраў|"
        r"кіраўнік\w*\s+(?:МЗС|\w+\s+знешнепалітычнага\s+ведамства)", re.I)),
    ("prime-minister", re.compile(
        r"prime\s+minister|premier|head\s+of\s+(?:the\s+)?government|ministru\s+prezident\w*|premjer\w*|"
        r"valdības\s+vadītāj\w*|ministr\w+\s+pirminink\w*|vyriausybės\s+vadov\w*|премьер\w*|прем.[єе]р\w*|"
        r"глав\w+\s+(?:правительства|уряду)|прэм.ер\w*|кіраўнік\w*\s+урада", re.I)),
    ("president", re.compile(r"(?<!ministru\s)(?<!vice[-\s])(?<!віце-)(?<!вице-)(?:president|prezident\w*|президент\w*|"
                             r"прэзідэнт\w*|head\s+of\s+state|valstybės\s+vadov\w*|глав\w+\s+государства|"
                             r"глав\w+\s+держави|кіраўнік\w*\s+дзяржавы)", re.I)),
)


def office_kind(office: str) -> str | None:
    """The kind of the office `office` names nearest its end (the words just before a name), or None."""
    found = [(m.end(), kind) for kind, pattern in OFFICE_KINDS for m in pattern.finditer(office)]
    return max(found)[1] if found else None


def office_holders(page: Page, places: Places) -> list[tuple[PersonMention, str, str | None]]:
    """(person, their office's country, the office's kind) for every name the page gives in full right after a
    state's office and its one country ("Прем'єр-міністерка Литви Інгріда Шимоніте"), whatever the sentence
    tells; a name after two countries ("Президенты Украины, Литвы и Латвии A и B") is left out, two offices in
    one plural are paired with their names in order."""
    found: list[tuple[PersonMention, str, str | None]] = []
    lines = [(n, line) for n, line in page.numbered() if _OFFICE.search(line)][:_HOLDER_LINES]
    for number, line in lines:
        for sentence in sentences_of_line(number, line):
            text = sentence.text
            mentions = [m for m in places.find(text, page.lang) if _code(m) is not None]
            origins = _origins(text, mentions, places, page.lang)
            for written, code, end in _travellers(text, mentions, origins, page.lang):
                start = end - len(written)
                before = {_code(m) for m in origins if start - _ORIGIN_REACH <= m.start and m.end <= start}
                home = not before and code == _HOME.get(page.lang)  # "užsienio reikalų ministras NAME" on an lt page
                if (len(before) == 1 or home) and not re.match(r"\w\.", written):
                    found.append((PersonMention(_nominative(written, page.lang, before=text[:start]), page.lang,
                                                sentence.quote()), code,
                                  office_kind(text[max(0, start - _ORIGIN_REACH):start])))
            found += _paired_holders(sentence, mentions, page.lang)
    return found


# "Президенты Украины и Латвии Владимир Зеленский и Эгилс Левитс", "the Presidents of Latvia and Ukraine, Egils
# Levits and Volodymyr Zelensky": one office for two countries and two names, in the same order
_PLURAL_OFFICE = re.compile(r"(?<![\w])(?:presidents|prime\s+ministers|foreign\s+ministers|ministers|speakers|"
                            r"prezidenti|prezidentai|premjerministri|premjerai|ministri|ministrai|"
                            r"президенты|президенти|прэзідэнты|премьер-министры|прем.[єе]р-міністри|министры|міністри|"
                            r"міністры|спикеры|спікери)(?![\w])", re.I)
_AND = r"\s*(?:,\s*)?(?:and|un|ir|и|і|та|ды)\s+"
_PAIR_REACH = 160


def _paired_holders(sentence: Sentence, mentions: list[Mention], lang: str
                    ) -> list[tuple[PersonMention, str, str | None]]:
    text = sentence.text
    out: list[tuple[PersonMention, str, str | None]] = []
    for office in _PLURAL_OFFICE.finditer(text):
        names = [n for n in _names(text, mentions) if office.end() <= n[0] < office.end() + _PAIR_REACH]
        if len(names) < 2 or not re.fullmatch(_AND, text[names[0][1]:names[1][0]], re.I):
            continue
        after = [m for m in mentions if m.place.kind == "country" and office.end() <= m.start and m.end <= names[0][0]]
        # "Latvijas un Ukrainas prezidenti": the two countries before the office
        before = re.search(rf"(?:^|\s)\S+{_AND}\S+\s+$", text[:office.start()], re.I)
        if re.fullmatch(rf"\s*(?:of\s+)?(?:the\s+)?\S+{_AND}(?:the\s+)?\S+\s*,?\s*", text[office.end():names[0][0]],
                        re.I):
            countries = after
        elif before is not None and re.fullmatch(r"\s*,?\s*", text[office.end():names[0][0]]):
            countries = [m for m in mentions
                         if m.place.kind == "country" and before.start() <= m.start < office.start()]
        else:
            continue  # two countries side by side at the office, and nothing else between
        codes = [_code(m) for m in countries]
        if len(codes) != 2 or codes[0] == codes[1]:
            continue
        for (_start, _end, words), code in zip(names[:2], codes, strict=True):
            written = " ".join(words)
            out.append((PersonMention(_nominative(written, lang), lang, sentence.quote()), code,  # type: ignore[arg-type]
                        office_kind(office.group(0))))
    return out


_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|kurš|kura|kuri|kuras|kuris|kurie|kuri|который|которая|которое|которые|"
                              r"який|яка|яке|які|які|каторы|каторая)(?![\w])", re.I)


def _code(mention: Mention) -> str | None:
    return mention.place.key if mention.place.kind == "country" else mention.place.country


def _origins(text: str, mentions: list[Mention], places: Places, lang: str) -> list[Mention]:
    """The country words that can say whose office a name holds: a genitive, an adjective, "of X", "X's"."""
    found = [m for m in mentions if m.place.kind == "country" and not _TO.search(text[:m.start])
             and not _TO_CAPITAL.search(text[:m.start])
             and (m.case in ("gen", "adj") or (lang == "en" and (_FROM.search(text[:m.start]) or
                                                                  _POSSESSIVE.match(text[m.end:]) or
                                                                  text[m.end:m.end + 1] == ",")))]
    found += nations(text, places)
    if lang == "en":
        found += _en_nations(text, places)
    return sorted(found, key=lambda m: m.start)


def _travellers(text: str, mentions: list[Mention], origins: list[Mention], lang: str = "en"
                ) -> list[tuple[str, str, int]]:
    """(name as written, their country, where the name ends) for every name with a country word just before it, or, on a
    Latvian or Lithuanian page, an office named with no country at all: the page's own country's
    ("Užsienio reikalų ministras Gabrielius Landsbergis penktadienį lankosi Kyjive")."""
    out: list[tuple[str, str, int]] = []
    last_end = 0
    for start, end, words in _names(text, mentions):
        near = [m for m in origins if max(last_end, start - _ORIGIN_REACH) <= m.start and m.end <= start]
        # the country word is the name's office's, not a noun's of another clause: "rebuilt with the help of Latvian
        # funds, met with President Volodymyr Zelenskyy" (a comma right after the country is the office's own:
        # "Prime Minister of Lithuania, Ingrida Šimonytė")
        near = [m for m in near if not _CLAUSE_BREAK.search(text[m.end:start].lstrip(" ,"))]
        code = _code(near[-1]) if near else None
        office = text[max(last_end, start - _ORIGIN_REACH):start]  # "President of Lithuania", "Latvian PM"
        if code is None and lang in _HOME and not any(m.start < start for m in mentions + origins) \
                and _HOME_OFFICE.search(office):
            code = _HOME[lang]
        if code is not None and _OFFICE.search(office) and not _NOT_STATES.search(office):
            out.append((" ".join(words), code, end))
        last_end = end
    return out


_CLAUSE_BREAK = re.compile(r"[,;:]")
_WORD = re.compile(rf"[{_UPPER}][^\W\d_]+(?:[-–'’][{_UPPER}]?[^\W\d_]+)?")


def _names(text: str, mentions: list[Mention]) -> list[tuple[int, int, list[str]]]:
    """Runs of two or three capitalised words that are neither titles nor places: (start, end, words)."""
    runs: list[list[re.Match[str]]] = []
    for word in _WORD.finditer(text):
        if word.start() > 0 and text[word.start() - 1].isalnum():
            continue
        breaks = _NOT_NAME.match(word.group(0)) or any(m.start < word.end() and word.start() < m.end
                                                       for m in mentions)
        if breaks:
            runs.append([])
            continue
        if runs and runs[-1] and re.fullmatch(r"\s", text[runs[-1][-1].end():word.start()]):
            runs[-1].append(word)
        else:
            runs.append([word])
    out = [(run[0].start(), run[-1].end(), [w.group(0) for w in run]) for run in runs if 2 <= len(run) <= 3]
    for run in runs:  # "Д.Кулеба", "K. Budrys": a surname after its given name's initial
        initial = _INITIAL.search(text[:run[0].start()]) if len(run) == 1 else None
        if initial is not None:
            out.append((initial.start(), run[0].end(), [initial.group(1) + ".", run[0].group(0)]))
    return sorted(out)


_INITIAL = re.compile(rf"(?<![\w.])([{_UPPER}])\.\s?$")


_REPUBLIC_NAMED = re.compile(r"(?<![\w])(?:(?P<to>в|во|у|ў|до|да)|" + _VISIT_WORDS + r")\s+(?:"
                             + "|".join(f"(?P<{code}>{words})" for code, words in _REPUBLICS.items())
                             + r")\w*\s+(?:Республик|Республік|Рэспублік)\w*", re.I)


def _destinations(text: str, mentions: list[Mention], origins: list[Mention], lang: str) -> list[tuple[str, object]]:
    own = {(m.start, m.end) for m in origins}
    out: list[tuple[str, object]] = []
    visited = _VISITED.search(text) is not None
    for mention in mentions:
        if (mention.start, mention.end) in own or _FROM.search(text[:mention.start]):
            continue
        code = _code(mention)
        to = _TO.search(text[:mention.start]) or mention.case == "loc" or _TO_CAPITAL.search(text[:mention.start])
        object_ = visited and (mention.case == "acc" or bool(_VISITED_BEFORE.search(text[:mention.start]))
                               or bool(_VISITED_AFTER.match(text[mention.end:])))
        if code is not None and (to or object_):
            out.append((code, mention.place if mention.place.kind == "city" else None))
    if not out:
        # "відвідав Латвійську Республіку", "прибыл в Литовскую Республику": the state named by its adjective
        # and "republic", which the place names do not hold (the adjective alone is an origin: "латвійської колеги")
        named = list(_REPUBLIC_NAMED.finditer(text))
        if len({next(c for c in _REPUBLICS if m[c]) for m in named}) == 1:
            out.append((next(c for c in _REPUBLICS if named[0][c]), None))
    if not out and lang in _OUR_STATE:
        code, words = _OUR_STATE[lang]
        if re.search(words, text, re.I):
            out.append((code, None))
    return out


def _nominative(written: str, lang: str, office: str = "", *, before: str = "") -> nm.Nominative:
    """The name's nominative; `office` is the text right before it, whose nominative office head noun says the
    name is in the nominative as written (Cyrillic); `before`, the same text, says (in lv, lt) whether a woman's
    office stands there."""
    if re.match(r"^\w\.\s", written):  # "Д. Кулеба": whose given name it is, the review says
        return nm.Nominative(written, written, certain=False,
                             doubts=("the page gives the traveller's given name by its initial only",))
    if lang == "en":
        return nm.Nominative(written, nm.tidy_name(written))
    if lang in ("uk", "ru", "be"):
        from data.importer.extract_cyr import nominative_cyrillic

        return nominative_after_office(written, office) or nominative_cyrillic(written)
    if nm.is_feminine_office(before or office, lang):  # "vietniecei Ivannu Klimpušu-Cincadzi": a woman's name
        return nm.guess_nominative(written, lang, female=True)
    ends = re.compile(r"(?:s|š|is|us|ys|as|a|e|ė|o|i)$")
    if all(ends.search(w) for w in written.split()):
        return nm.Nominative(written, nm.tidy_name(written))
    return nm.guess_nominative(written, lang)


def _trip(sentence: Sentence, page: Page, sending: str, receiving: str, city, people: tuple[PersonMention, ...]
          ) -> Fact:
    text = sentence.text
    dated = _date(text, page)
    issue = ("ambiguity", FROM_PARTS)
    if dated is not None:
        when, note = dated
        issues = ((("ambiguity", note),) if note else ()) + (issue,)
        return VisitFact((sentence.quote(),), when, "visit", sending, receiving, city,
                         tuple(Participant(p) for p in people), None, text, issues=issues)
    days = day_months(text, page.lang)
    said = days[0].text if len(days) == 1 else None
    return HeldFact((sentence.quote(),), "visit", sending, receiving, people,
                    "the page gives no date with a year for this trip", city=city, date_text=said,
                    issues=(issue,))


_WEEKDAY = re.compile(r"(?<![\w])(?:субот\w*|суббот\w*|неділ\w*|воскресень\w*|нядзел\w*|sestdien\w*|svētdien\w*|"
                      r"šeštadien\w*|sekmadien\w*|saturday|sunday|понедельник\w*|понеділ\w*|вторник\w*|вівтор\w*|"
                      r"сред[ау]|середу|середа|четверг\w*|четвер\w*|пятниц\w*|п'ятниц\w*|п’ятниц\w*)(?![\w])", re.I)


def _date(text: str, page: Page) -> tuple[DateRange, str | None] | None:
    """The sentence's one date: written in full, or counted from the page's own date; else None."""
    found = find_dates(text, page.lang)
    full = [d for d in found if d.range.start.day is not None]
    if len(full) == 1:
        return full[0].range, None
    if full:
        return None
    if len(found) == 1 and found[0].range.start.month is not None:
        return found[0].range, None  # "в мае 2019 года", "2019. gada maijā": the month the page gives, no finer
    days = day_months(text, page.lang)
    leaning = lean_on_page(text, page)
    if leaning is not None:
        day, note = leaning
        return DateRange.of(day), note  # type: ignore[arg-type]
    if len(days) == 1:
        return range_with_year(days[0], page.dateline())
    months = months_alone(text, page.lang)
    relative = month_of_relative_year(text, page.lang, page.dateline())
    if relative is not None:
        return DateRange.of(relative[0]), relative[1]  # "в феврале прошлого года", counted from the page's year
    if len(months) == 1 and not days and not find_dates(text, page.lang):
        dated = month_in_year(months[0][0], text, page.dateline())
        if dated is not None:
            return DateRange.of(dated[0]), dated[1]
    other = _WEEKDAY.findall(text)
    if len(other) == 1 and not days:
        published = page.publication_day()
        counted = weekday(other[0], text, published[0] if published else None)
        if counted is not None:
            return DateRange.of(counted[0]), counted[1]
    return None
