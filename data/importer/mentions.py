"""Envoys as news pages and encyclopedias name them, in any of the six languages (missions: `missions.py`).

    Latvijas vēstnieks Baltkrievijā Einārs Semanis          -> LV's ambassador in BY (no start: held)
    the Ambassador of Latvia to Belarus, Einārs Semanis      -> the same
    Lietuvos laikinoji reikalų patikėtinė Asta Andrijauskienė -> LT's chargé d'affaires (in the page's pair)
    посол Латвии в Беларуси Эйнарс Семанис                   -> LV's ambassador in BY
    Послом Литви в Україні призначається Маріус Януконіс     -> LT's ambassador in UA

A title is followed by its name in apposition, and both stand in the same case: "vēstnieks
Einārs Semanis" (nominative), "vēstnieka Jāņa Kalniņa" (genitive), "vēstnieku Einaru Semani"
(accusative). A nominative is kept as written; a Latvian genitive goes back by the declensions
(`names.nominative_lv`); any other case is kept as written and marked uncertain, for review
(a guess is never marked certain). Which country sends: a genitive or adjective before or just
after the title ("Latvijas vēstnieks", "посол Латвии", "Latvian ambassador", "Ambassador of
Latvia"); which receives: a locative, or a place after "in", "to", "в", "у", "ў", "на"; a city
stands for its country. A side the sentence leaves out is the other of the page's two countries,
unless the sentence names a third one. A recall "for consultations" ends nothing: the posting
stands, held for review like any posting without a start.

A posting with a date of its own ("since 2015", "з 19 серпня 2021 року") is dated; the rest are
held (`facts.HeldFact`): the review shows them, nothing is written for them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from data.dates import PartialDate
from data.importer import names as nm
from data.importer.dates import find_dates
from data.importer.extract_base import Sentence, other_of
from data.importer.facts import EnvoyFact, Fact, HeldFact, PersonMention, Quote
from data.importer.page import Page
from data.importer.places import Mention, Place, Places

_T = TypeVar("_T")

CYRILLIC = ("uk", "ru", "be")
BALTIC, EASTERN = frozenset({"LV", "LT"}), frozenset({"BY", "UA"})
"""The store's four relations: a fact the sentence tells between two other countries is not imported."""


def in_scope(sending: str, receiving: str) -> bool:
    pair = {sending, receiving}
    return len(pair) == 2 and bool(pair & BALTIC) and bool(pair & EASTERN)

# (regex of a title in one language, role, the case the title is in by its ending: a function)
_TITLES: dict[str, tuple[tuple[str, str], ...]] = {
    "lv": ((r"pagaidu\s+pilnvarot\w*\s+lietved\w*|pilnvarot\w*\s+lietved\w*", "charge-daffaires"),
           (r"goda\s+konsul(?:s|a|am|u|ā)(?![\w])", "honorary-consul"),
           (r"vēstniek(?:s|a|am|u|ā|i|iem)|vēstniec(?:e|es|ei|i)(?![\w])", "ambassador")),
    "lt": ((r"(?:laikin\w+\s+)?reikalų\s+patikėtin\w*", "charge-daffaires"),
           (r"garbės\s+konsul\w*", "honorary-consul"),
           (r"ambasador(?:ius|iaus|iui|ių|iumi|iuje|ė|ės|ei|ę|e)(?![\w])", "ambassador")),
    "en": ((r"[Cc]harg[ée]\s+[Dd]['’]\s*[Aa]ffaires(?:,?\s+a\.\s*i\.,?)?", "charge-daffaires"),
           # "the Acting Head of Lithuania's representation in Minsk NAME": the chargé d'affaires a.i.
           (r"[Aa]cting\s+[Hh]ead\s+of\s+(?:the\s+)?(?:[A-Z]\w+['’]s\s+)?(?:[Dd]iplomatic\s+)?"
            r"(?:[Ee]mbassy|[Rr]epresentation|[Mm]ission)", "charge-daffaires"),
           (r"[Hh]onorary\s+[Cc]onsul(?![\w-])", "honorary-consul"),
           (r"[Aa]mbassador(?!s)(?![-\s]+at[-\s]+[Ll]arge)", "ambassador")),  # not "Ambassador-at-Large"
    # "временный поверенный в делах"; "временная поверенная Беларуси NAME", "тимчасово повірену": "temporary"
    # says the chargé d'affaires without "в делах" (a "поверенный" alone is anyone's agent)
    "cyr": ((r"(?:временн\w+\s+|тимчасов\w+\s+|часов\w+\s+)?(?:поверенн\w+|повірен\w+|паверан\w+)\s+"
             r"(?:в|у|ў)\s+(?:делах|справах)|(?:временн\w+|тимчасов\w+|часов\w+)\s+(?:поверенн\w+|повірен\w+|"
             r"паверан\w+)(?![\w])", "charge-daffaires"),
            (r"(?:почесн|почетн|ганаров)\w*\s+консул(?:ом|а|у)?(?!ьств|ства|ьст)(?![\w])", "honorary-consul"),
            (r"(?:посол|посла|послу|послом|пасол|пасла|паслу|паслом|амбасадар\w*)(?![\w])", "ambassador"),
            # "новим представником в Україні призначено NAME": appointed the state's representative
            (r"(?:представником|представителем|прадстаўніком)(?![\w])", "ambassador")),
}
_GENITIVE_ALONE = {"lv": re.compile(r"(?:as|es|u)$"), "lt": re.compile(r"(?:os|ės|ų|o)$")}
_NEVER = re.compile(r"(?!)")
_REPRESENTATIVE = re.compile(r"представ|прадстаў", re.I)
_PERMANENT = re.compile(r"(?:постійн|постоянн|пастаянн)\w*\s+$", re.I)  # at an organisation, not a state
# What may stand between a title and its name besides places: "ārkārtējais un pilnvarotais", "of the".
_FILLER = re.compile(
    r"(?:[\s,–—:\U0001F1E6-\U0001F1FF-]|(?<![\w])(?:of|the|to|in|at|and|Republic|Extraordinary|Plenipotentiary|un|ir|и|і|та|i|й|"
    r"ārkārtēj\w*|pilnvarot\w*|nepaprast\w*|įgaliot\w*|Republikas|Respublikos|Республики|Республіки|Рэспублікі|"
    r"[Чч]резвычайн\w*|[Пп]олномочн\w*|[Нн]адзвичайн\w*|[Пп]овноважн\w*|[Нн]адзвычайн\w*|[Пп]аўнамоцн\w*|"
    r"в|у|ў|на|при|до|jaunais|naujasis|новый|новий|новы|нового|нового|новага|кадром|former|new|"
    r"uz|į|iš|no|з|із|из|from)(?![\w.]))*", re.I)  # not the initial of "В.Жовтенко"
_ON_THE_SIDE = {"lv": r"(?:Ārlietu\s+ministrij|ĀM)", "lt": r"URM", "en": r"Ministry", "cyr": r"МИД|МЗС"}
_FROM = {"lv": ("no",), "lt": ("iš",), "en": ("from",), "cyr": ("из", "з", "са", "із")}
_TO = {"en": ("to", "in", "at"), "cyr": ("в", "у", "ў", "на", "во"), "lv": (), "lt": ()}
_OWN = re.compile(r"(?<![\w])(?:savu|savo|свой|своего|свого|свайго|сваё|its|their)\s*$", re.I)
_IS = re.compile(r"(?<![\w])(?:является|являлся|являлась|є|був|була|з'яўляецца|з’яўляецца|быў|была)\s+", re.I)
_APPOINTED_LT = re.compile(r"(?<![\w])(?:būtų\s+)?(?:skiriam\w*|paskirt\w*|skirti|skirta)(?![\w])", re.I)


# "from 2010 to 2014", "no 2010. līdz 2014. gadam", "с 2010 по 2014 год", "nuo 2010 iki 2014 m.": the term's end
_UNTIL = r"(?:to|until|till|through|līdz|iki|по|до|па|да|[-–—])"  # "да": the Belarusian "until" ("ад 2006 да 2013")
_TERM = re.compile(r"(?<![\d.])(?P<first>(?:19|20)\d\d)\.?(?:\s*(?:gad\w*|m\.|metų|год\w*|року|г\.))?\s*"
                   rf"{_UNTIL}\s+(?:the\s+end\s+of\s+)?(?P<last>(?:19|20)\d\d)(?![\d])", re.I)


def _term_end(text: str, lang: str, start: PartialDate) -> PartialDate | None:
    """The end of a term the sentence gives right after its start: a year after the start's year, or the
    full date after "until" ("from 1 March 2010 until 5 May 2014"); None when it gives none."""
    for term in _TERM.finditer(text):
        if int(term["first"]) == start.year and int(term["last"]) >= start.year:
            return PartialDate(int(term["last"]))
    found = find_dates(text, lang)
    for first, last in itertools.pairwise(found):
        if first.date == start and re.fullmatch(rf"\s*{_UNTIL}\s*", text[first.end:last.start], re.I) \
                and (last.date.year, last.date.month or 0) >= (start.year, start.month or 0):
            return last.date
    return None


def _appointed_lt(text: str, title: _Title, mentions: list[Mention]) -> tuple[str, int, int] | None:
    """"ambasadoriumi Ukrainoje būtų skiriamas ... direktorius Marius Janukonis, o ...": the name that ends
    the clause of the appointment (offices and departments may stand between)."""
    verb = _APPOINTED_LT.search(text, title.end)
    if verb is None or verb.start() - title.end > 60:  # ", LŽ šaltinių teigimu, numatyta skirti"
        return None
    stop = re.compile(r",\s+(?:o|bet|ir)\s+|[;.]|\s[-–—]\s|$").search(text, verb.end())
    end = stop.start() if stop else len(text)
    clause = text[verb.end():end].rstrip(" ,")
    # a list goes on after a comma ("skiriama Inga Stanytė-Toločkienė, Lenkijoje – NAME"): its first item first
    first = clause.split(", ", 1)[0]
    found = re.search(rf"({_NAME_WORD.pattern})\s({_NAME_WORD.pattern})$", first) \
        or re.search(rf"({_NAME_WORD.pattern})\s({_NAME_WORD.pattern})$", clause)
    if found is None or _NOT_NAME.match(found.group(1)) or any(m.start == verb.end() + found.start() for m in mentions):
        return None
    start = verb.end() + found.start()
    return found.group(0), start, start + len(found.group(0))


_DUTIES = re.compile(r"(?:абавязк\w*|обязанност\w*|обов.язк\w*)\s+$", re.I)
_REPRESENTS = re.compile(r"(?<![\w])(?:atstovauja|atstovavo|pārstāv\w*|представляет|представляє|прадстаўляе)(?![\w])",
                         re.I)
_CONSULTATIONS = re.compile(r"konsultācij|konsultacij|consultation|консультац|кансультац", re.I)
# A recall for consultations that the sentence only proposes, asks for or turns down: no recall was made
_RECALL_NOT_DONE = re.compile(r"(?<![\w])(?:turn\w*\s+down|reject\w*|refus\w*|declin\w*|propos\w*|suggest\w*|"
                              r"call\w*\s+(?:on|for)|urg\w*|отклон\w*|отказ\w*|отверг\w*|предлож\w*|предлага\w*|"
                              r"призыв\w*|призва\w*|відхил\w*|відмов\w*|запропон\w*|пропону\w*|закли\w*|адхіл\w*|"
                              r"адмов\w*|прапан\w*|noraid\w*|atteic\w*|ierosin\w*|piedāvā\w*|aicin\w*|atmet\w*|"
                              r"atsisak\w*|pasiūl\w*|siūl\w*|ragin\w*)(?![\w])", re.I)
_NOMINATIVE_END = {
    "lv": re.compile(r"(?:s|š|a|e|o|i|u)$"),   # checked against the title's case below
    "lt": re.compile(r"(?:as|is|ys|us|ė|a|ienė|aitė|ytė|utė|o)$"),
}
_NOT_NAME = re.compile(
    r"^(?:Valsts|Ministru|Saeimas|Ārlietu|Lietuvos|Latvijas|Ukrainas|Baltkrievijas|President|Prime|Minister|"
    r"Foreign|Embassy|Ministry|Vice|Deputy|The|This|His|Her|Mr|Mrs|Ms|Dr|Президент\w*|Прем\w*|Министр\w*|"
    r"Міністр\w*|Посол\w*|Пасол\w*|Посольств\w*|Пасольств\w*|Глава|Голова|Кіраўнік\w*|Prezident\w*|Premjer\w*|"
    r"Ministr\w*|Seimo|Sejm\w*|Foto|Photo|Nuotr|Фото|"
    # a title is no name: "Dismisses Ambassador To Latvia" in a headline, "Honorary Consul"
    r"Ambassador\w*|Ambasador\w*|Vēstniek\w*|Vēstniec\w*|Амбасадар\w*|Honorary|Consul|Consuls|Konsul\w*|"
    r"Консул|Консулом|Консула|Chargé|Charge)(?![^\W\d_])",  # whole words: "Her" is no "Herbert"
    re.I)
_NAME_WORD = re.compile(r"(?:[A-ZĀ-ŽА-ЯЁІЇЄҐЎ]\.\s?)?[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲА-ЯЁІЇЄҐЎ][^\W\d_]*"
                        r"(?:[-–][A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲА-ЯЁІЇЄҐЎ][^\W\d_]*)?")


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def find_places(places: Places, text: str, lang: str) -> list[Mention]:
    """The places of `text`, whichever apostrophe it writes ("Слов’янську", "Слов'янську"): one character
    for one, so every position stays the text's own."""
    return places.find(text.translate(_APOSTROPHES), lang)


def _family(lang: str) -> str:
    return "cyr" if lang in CYRILLIC else lang


@dataclass(frozen=True, slots=True)
class _Title:
    role: str
    start: int
    end: int
    text: str

    def read_as(self, how: str) -> _Title:
        """The same title, its text saying how the name beside it was read ("(subject)")."""
        return _Title(self.role, self.start, self.end, f"{self.text} ({how})")


def envoys(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """Every titled name of an envoy in the sentence: dated when the sentence dates it, else held."""
    text = sentence.text
    page = quoted_in(page, text)
    family = _family(page.lang)
    found: list[Fact] = []
    if family == "en" and _PRESENTED.search(text):
        found += _credentials_presented(sentence, page, places, pair)
    titles = _compiled_titles(family)
    if not any(pattern.search(text) for pattern, _role in titles):
        return found  # most sentences name no envoy: no need to look for places
    # "Latvian Ambassador Expelled From Belarus": every word capitalised, no name to tell; only a heading's
    # name on the line above ("Ambassador Extraordinary and Plenipotentiary of Ukraine to ...")
    headline = family == "en" and _headline(text)
    mentions = with_this_country(text, find_places(places, text, page.lang))
    for pattern, role in titles:
        for match in pattern.finditer(text):
            title = _Title(role, match.start(), match.end(), match.group(0))
            fact = _envoy(sentence, page, places, pair, title, mentions, heading_only=headline)
            if fact is not None:
                found.append(fact)
    return found


# "NAME presented his credentials to the President of Latvia": the envoy, named as the subject, and the host; the
# head of state, never the minister (who gets the copies, `COPIES_OF_CREDENTIALS`)
_PRESENTED = re.compile(r"(?:has\s+|had\s+)?presented\s+(?:his|her)\s+(?:credentials|letters?\s+of\s+credence)\s+"
                        r"to\s+(?:the\s+)?(?:President|Head\s+of\s+State|King|Queen|Grand\s+Duke)\s+of\s+"
                        r"(?:the\s+Republic\s+of\s+)?")
_SUBJECT_NAME = re.compile(r"(?:^|[\s,(])(" + _NAME_WORD.pattern + r"(?:\s+" + _NAME_WORD.pattern + r"){1,2})\s+$")
# Whose envoy, said in the same sentence: "as the Ambassador of Ukraine", "Ukraine's ambassador", "the Ukrainian
# ambassador"
_AMBASSADOR_OF = re.compile(r"(?:ambassador|envoy)\s+(?:extraordinary\s+and\s+plenipotentiary\s+)?of\s+"
                            r"(?:the\s+Republic\s+of\s+)?$", re.I)


def _credentials_presented(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None
                           ) -> list[Fact]:
    """A posting an English sentence tells by the credentials its envoy presented to the host's head of state
    ("At the beginning of May 2023, Anatolii Kutsevol presented his credentials to the President of Latvia, ...
    as the Ambassador of Ukraine"): the host after "of", the sender the sentence names as the envoy's or the page's
    other state; dated by the sentence's one date (as precise as written), else held."""
    text = sentence.text
    presented = _PRESENTED.search(text)
    if presented is None:
        return []
    subject = _SUBJECT_NAME.search(text[:presented.start()])
    mentions = find_places(places, text, page.lang)
    host = next((m for m in mentions if m.start == presented.end() and m.place.kind == "country"), None)
    if subject is None or host is None:
        return []
    words = subject.group(1).split()
    while words and re.fullmatch(r"Ambassador|Envoy|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Chargé|Charge", words[0]):
        words = words[1:]  # "Ambassador Valery Kolesnik presented": the envoy's own title before the name
    written = " ".join(words)
    if len(words) < 2 or any(_NOT_NAME.match(word) for word in words) or any(
            m.start < subject.end(1) and subject.end(1) - len(written) < m.end for m in mentions):
        return []  # "Latvian President Egils Levits presented ...": a title or a place, no envoy's name
    receiving = _code(host.place)
    senders = {_code(m.place) for m in mentions if _code(m.place) != receiving
               and (_AMBASSADOR_OF.search(text[:m.start]) or text.startswith(("'s ambassador", "’s ambassador"),
                                                                              m.end))}
    senders |= {_code(m.place) for m in nations(text, places) if _code(m.place) != receiving
                and re.match(r"\s+(?:ambassador|envoy)", text[m.end:], re.I)}
    if len(senders) > 1:
        return []
    sending = next(iter(senders)) if senders else other_of(pair, receiving)
    if not sending or not in_scope(sending, receiving):
        return []
    mention = PersonMention(nm.Nominative(written, nm.tidy_name(written)), page.lang, sentence.quote())
    dates = [d.date for d in find_dates(text, page.lang)]
    if len(dates) == 1:
        return [EnvoyFact((sentence.quote(),), mention, sending, receiving, "ambassador", None, None, dates[0])]
    return [HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,),
                     "the page tells the credentials this envoy presented but no day with a year for them",
                     role="ambassador")]


# "С сегодняшнего дня ... приступает к исполнению обязанностей посол NAME": the posting starts today
_SINCE_TODAY = re.compile(r"(?<![\w])(?:с\s+сегодняшнего\s+дня|со\s+сегодняшнего\s+дня|відсьогодні|від\s+сьогодні|"
                          r"з\s+сьогоднішнього\s+дня|з\s+сённяшняга\s+дня|ад\s+сёння|starting\s+today|from\s+today|"
                          r"as\s+of\s+today|no\s+šodienas|nuo\s+šiandien|nuo\s+šios\s+dienos)(?![\w])", re.I)
_SIGNATURE_LINE = re.compile(r"^\s*[—–-]\s")


def day_of_post(sentence: Sentence, page: Page) -> tuple[PartialDate, str] | None:
    """The day a sentence's "today" means: the signature of the post it stands in ("... – Latvia in Ukraine
    (@LV_Ukraine) September 16, 2025", on its line or the next one), else the page's publication day."""
    from data.importer.dateline import embedded_post_day

    rest = page.lines[sentence.line - 1][sentence.start:]  # the sentence itself may hold the signature
    following = page.lines[sentence.line] if sentence.line < len(page.lines) else ""
    signed = embedded_post_day(rest[:len(sentence.text) + 300])
    if signed is None and not rest[len(sentence.text):].strip() and _SIGNATURE_LINE.match(following):
        signed = embedded_post_day(following[:300])
    if signed is not None:
        return signed, f"The post the page embeds is signed {signed}: its 'today' is that day."
    published = page.publication_day()
    if published is not None:
        return published[0], f"The page's publication date {published[0]} is its 'today'."
    return None


_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъЫЭЪ]")
_QUOTED_PAGES: dict[int, tuple[Page, Page]] = {}


def quoted_in(page: Page, text: str) -> Page:
    """The page as read in the language of a sentence it quotes: a Russian news item quoting a
    Ukrainian post ("посол Латвії в Україні Андрейс Пілдеговічс") is read with Ukrainian place forms.
    Only ru -> uk, told by letters Russian never writes and none Ukrainian never does."""
    if page.lang != "ru" or not _UKRAINIAN_ONLY.search(text) or _RUSSIAN_ONLY.search(text):
        return page
    cached = _QUOTED_PAGES.get(id(page))
    if cached is None or cached[0] is not page:
        from dataclasses import replace as _replace

        _QUOTED_PAGES.clear()
        cached = _QUOTED_PAGES[id(page)] = (page, _replace(page, lang="uk"))
    return cached[1]


_TITLE_CASE_SMALL = frozenset("a an and as at but by for from in of on or the to with via vs".split())


def _headline(text: str) -> bool:
    """An English headline in title case, where capitals no longer tell names from words."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    lowercase = [w for w in re.findall(r"[^\W\d_]+", text) if w.islower() and w not in _TITLE_CASE_SMALL]
    if text.rstrip().endswith(".") and lowercase:
        # a sentence with its stop and a lowercase word ("met", "said"; not the "of" and "to" title case keeps
        # small): prose dense with names, not a headline
        return False
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


@functools.cache
def _compiled_titles(family: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    flags = 0 if family == "en" else re.I
    return tuple((re.compile(pattern, flags), role) for pattern, role in _TITLES[family])


@functools.cache
def _compiled_missions(family: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern, re.I), kind) for pattern, kind in _MISSIONS[family])


@functools.cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


@functools.cache
def _any_word(family: str) -> re.Pattern[str]:
    """Every word any of the readers here starts from, in one pattern: most sentences have none."""
    words = [p for p, _r in _TITLES[family]] + [p for p, _k in _MISSIONS[family]] + [_TRAVEL[family],
                                                                                   _EXCHANGE.pattern]
    if family == "en":
        words.append(_PRESENTED.pattern)  # "NAME presented his credentials to the President of Latvia"
    return re.compile("|".join(f"(?:{w})" for w in words), re.I)


def worth_reading(sentence: Sentence, lang: str) -> bool:
    """Whether the sentence has a title, a mission, a trip or an exchange of visits to read."""
    return _any_word(_family(lang)).search(sentence.text) is not None


# "this country", "that country": the state the sentence named last before it. "послу Латвии в этой стране
# Эйнару Семанису" after "действия властей Беларуси" is Latvia's ambassador in Belarus.
_THIS_COUNTRY = re.compile(
    r"(?<![\w])(?:(?P<loc>этой\s+стране|цій\s+країні|гэтай\s+краіне|šajā\s+valstī|toje\s+šalyje|šioje\s+šalyje)|"
    r"(?P<gen>этой\s+страны|цієї\s+країни|гэтай\s+краіны|šīs\s+valsts|tās\s+valsts|tos\s+šalies|šios\s+šalies)|"
    r"(?P<any>(?:that|this)\s+country))(?![\w])", re.I)
# what stands between a state and "this country" in one phrase ("посол Латвии в этой стране"): that state
# is the envoy's own, never the one "this country" means
_SAME_PHRASE = re.compile(r"\s*(?:в|у|ў|in|to)?\s*", re.I)


def with_this_country(text: str, mentions: list[Mention]) -> list[Mention]:
    """The sentence's places, with each "this country" read as the state it refers back to: the last one
    the sentence named before it, outside the phrase "this country" stands in. Without one, unread."""
    found = _THIS_COUNTRY.search(text)
    if found is None:
        return mentions
    out = list(mentions)
    for match in _THIS_COUNTRY.finditer(text):
        before = [m for m in mentions if m.end <= match.start() and m.place.kind == "country"
                  and not _SAME_PHRASE.fullmatch(text[m.end:match.start()])]
        if not before:
            continue
        case = "loc" if match["loc"] else "gen" if match["gen"] else "any"
        out.append(Mention(before[-1].place, case, match.start(), match.end(), match.group(0)))
    return sorted(out, key=lambda m: m.start)


# Someone beside the envoy, not the envoy: "Заступник посла Литви", "Deputy Ambassador", "советник посольства"
_DEPUTY_BEFORE = re.compile(
    r"(?<![\w])(?:заступник\w*|заместител\w*|намеснік\w*|намесьнік\w*|радник\w*|советник\w*|дарадц\w*|"
    r"помічник\w*|помощник\w*|deputy|vice|advis[eo]r\s+to\s+the|counsell?or\s+to\s+the|pavaduotoj\w*|"
    r"patarėj\w*|padomniek\w*|palīg\w*)\s+$", re.I)
# An ambassador at large is no posting in a state: "посол по особым поручениям", "з особливих доручень"
_AT_LARGE = re.compile(r"\s*(?:по\s+особым\s+поручениям|з\s+особливих\s+доручень|па\s+асобых\s+даручэннях|"
                       r"sevišķu\s+uzdevumu|ypatingiems\s+pavedimams)", re.I)


def _envoy(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None, title: _Title,
           mentions: list[Mention], *, heading_only: bool = False) -> Fact | None:
    text, family = sentence.text, _family(page.lang)
    if _DEPUTY_BEFORE.search(text[max(0, title.start - 30):title.start]) or _AT_LARGE.match(text, title.end):
        return None
    line_before = page.lines[sentence.line - 1][:sentence.start + title.start] if sentence.line else text[:title.start]
    if heading_only and _EXCELLENCY.search(line_before[-30:]):
        # "Interview with H.E. Ambassador Extraordinary and Plenipotentiary of Latvia to Ukraine Juris Poikāns
        # for UA": an honorific addresses a person, named after the title's phrase; in title case, only held
        return _held_from_heading(_envoy(sentence, page, places, pair, title, mentions))
    if heading_only:
        heading = _name_line_above(sentence, page, title, mentions)
        return None if heading is None else _posting(sentence, page, places, pair, title.read_as("heading"),
                                                     mentions, (heading.text, -1, -1), heading)
    name, title, term = _read_name(text, title, mentions, family)
    if name is None and family == "en":
        # "Ambassador of Ukraine to Latvia O. Mischenko" on a page that names Oleksandr Mischenko in full; only
        # with the title's own phrase naming a state ("Ambassador V. Sarapinas" after "Lithuania's image in
        # Ukraine" says nothing of whose envoy where)
        glued = _name_after(text, title.end, mentions, single_glued=True)
        if glued is not None and any(title.end <= m.start and m.end <= glued[1] for m in mentions):
            name = _initial_in_full(glued, page)
    heading = None
    if name is None:  # an embassy's "About the Ambassador": the name alone on the line above the title's line
        heading = _name_line_above(sentence, page, title, mentions)
        if heading is not None:
            name, title = (heading.text, -1, -1), title.read_as("heading")
    if name is None:
        subject = _dropped_subject(sentence, page, title, places)
        if subject is not None:  # "Ад 2006 да 2013 быў паслом Беларусі ў Латвіі" in the obituary of NAME
            name, title = (subject, -1, -1), title.read_as("relative")
    if name is None:
        return None
    return _posting(sentence, page, places, pair, title, mentions, name, heading, term)


# A sentence that opens with a time and the verb "was", its subject left out: "Ад 2006 да 2013 быў паслом ..."
_SUBJECTLESS = re.compile(r"^\s*(?:[^\W\d_]{1,5}\s+)?(?:1[89]|20)\d\d\S*\s+"
                          r"(?:(?:[^\W\d_]{1,5}\s+)?(?:1[89]|20)\d\d\S*\s+)?"
                          r"(?:(?:гг?\.|гадоў|годах|годы|роках|роки|gadā|gados|m\.|metais)\s+)?"
                          r"(?:быў|была|был|була|був|bija|buvo|was)\s+$", re.I)
# The page's own subject, named where an obituary or a life opens: "памёр ... дыпламат Аляксандр Герасіменка"
_LIFE_EVENT = re.compile(r"(?<![\w])(?:памёр|памерла|памерлі|умер|умерла|скончал\w*|помер|померла|died|passed\s+away|"
                         r"miris|mirusi|mirė|нарадзіўся|нарадзілася|родился|родилась|народився|народилася|"
                         r"dzimis|dzimusi|gimė|was\s+born)(?![\w])", re.I)
_LIFE_LINES = 6


def _dropped_subject(sentence: Sentence, page: Page, title: _Title, places: Places) -> str | None:
    """The person a subjectless "(dates) was ambassador ..." is about: on a page that opens by telling one
    person's death or birth (an obituary, a life), the one full name near those words that the page names
    again. Read as written, its case unread, so always for review."""
    if not _SUBJECTLESS.match(sentence.text[:title.start]):
        return None
    found: set[str] = set()
    seen = 0
    for number, line in page.numbered():
        if not line.strip():
            continue
        seen += 1
        if seen > _LIFE_LINES or number >= sentence.line:
            break
        for event in _LIFE_EVENT.finditer(line):
            nearby = line[max(0, event.start() - 120):event.end() + 120]
            pairs = re.finditer(rf"(?<![\w])(?=(({_NAME_WORD.pattern})\s({_NAME_WORD.pattern}))(?![\w]))", nearby)
            found |= {m.group(1) for m in pairs if not _NOT_NAME.match(m.group(2))
                      and not _FUNCTION_OPENER.fullmatch(m.group(2)) and not places.find(m.group(1), page.lang)}
    whole = "\n".join(page.lines)
    found = {name for name in found if whole.count(name) >= 2}  # the subject of a life recurs; a birthplace not
    return found.pop() if len(found) == 1 else None


_EXCELLENCY = re.compile(r"(?<![\w])(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s*$")


def _held_from_heading(fact: Fact | None) -> Fact | None:
    """A posting a title-case heading names, held for review whatever dates the heading seems to give."""
    if not isinstance(fact, EnvoyFact):
        return fact
    return HeldFact(fact.quotes, "envoy", fact.sending, fact.receiving, (fact.person,),
                    "a heading in title case names this envoy after an honorific; no start date", role=fact.role)


_INITIAL_AND_SURNAME = re.compile(r"([A-ZĀ-ŽА-ЯЁІЇЄҐЎ])\.\s?([^\W\d_][^\W\d_]+)")


def _initial_in_full(name: tuple[str, int, int] | None, page: Page) -> tuple[str, int, int] | None:
    """An initial and a surname ("O. Mischenko") as the one full name the page gives with that first
    letter and surname ("Oleksandr Mischenko"); None when the page gives none, or two."""
    if name is None:
        return None
    glued = _INITIAL_AND_SURNAME.fullmatch(name[0])
    if glued is None:
        return None
    initial, surname = glued.groups()
    full = {n for n in _names_of_page(page) if "." not in n and len(n.split()) == 2
            and n.split()[0].startswith(initial) and _same_stem(n.split()[1], surname)}
    if len(full) != 1:
        return None
    return next(iter(full)), name[1], name[2]


def _read_name(text: str, title: _Title, mentions: list[Mention], family: str
               ) -> tuple[tuple[str, int, int] | None, _Title, re.Match[str] | None]:
    """The name the sentence gives the title, by the readers in their order, and the title saying how."""
    instrumental = family == "cyr" and title.text.lower().endswith(("ом", "ам", "ем"))
    duties = _DUTIES.search(text[:title.start]) is not None
    name = _name_after(text, title.end, mentions, verbs=3 if duties else 2 if instrumental else 0)
    if name is None and instrumental and _APPOINTED_WORD.search(text):
        # "Послом ... с 19 августа будет назначена NAME": a day and a future passive stand between
        name = _name_after(text, title.end, mentions, verbs=4)
    if name is not None and duties:  # "абавязкі часовага паверанага ... займае NAME": the name is the subject
        title = title.read_as("duties")
    if name is None and family == "cyr":
        name = _name_before(text, title, mentions)
        if name is not None:
            title = title.read_as("after the name")
    if name is None and instrumental:
        # "Послом Латвии на Украине, а также ... послом в Молдавии, в настоящее время является NAME"
        verb = _IS.search(text, title.end)
        name = _name_after(text, verb.end(), mentions) if verb is not None else None
    if name is None and family == "lt" and title.text.lower().endswith(("iumi", "ore")):  # "ambasadore": her
        name = _appointed_lt(text, title, mentions)
    term = None
    if name is None:  # "Посол Литвы в Беларуси в 2013-2016 годах NAME": the term between the phrase and the name
        term = _TERM_BETWEEN.match(text, _past_phrase(text, title, mentions)[0])
        name = _name_after(text, term.end(), mentions) if term is not None else None
        term = term if name is not None else None
    if name is None and family != "en":
        name = _name_after(text, title.end, mentions, alone=True)
    if name is None and family in ("en", "lv", "lt"):
        name = _name_after_copula(text, title, mentions)
    if name is None:
        name, title = _name_elsewhere(text, title, mentions, family)
    return name, title, term


def _posting(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None, title: _Title,
             mentions: list[Mention], name: tuple[str, int, int], heading: Quote | None,
             term: re.Match[str] | None = None) -> Fact | None:
    """The posting, written or held, that a title and the name read for it say: whose envoy where (by
    cases, prepositions and the page), since when."""
    text, lang, family = sentence.text, page.lang, _family(page.lang)
    written, name_start, _name_end = name
    if name_start < title.start:  # the name stood before the title: its places follow the title
        between = [m for m in mentions if title.end <= m.start <= title.end + 60]
    else:
        between = [m for m in mentions if title.end <= m.start and m.end <= name_start]
    before = [m for m in mentions if m.end <= title.start and title.start - m.end <= 45]
    sending = receiving = None
    # Before the title: "Latvijas vēstnieks", "Latvian ambassador", "посол" has nothing before it.
    if before:
        last = before[-1]
        gap = text[last.end:title.start]
        preposition = _preposition_before(text, last.start)
        if preposition in _FROM[family]:
            receiving = _code(last.place)   # "no Baltkrievijas savu vēstnieku": where they are recalled from
        elif re.fullmatch(_FILLER.pattern, gap, re.I) and last.case in ("gen", "adj", "nom", "any"):
            sending = _code(last.place)
        elif family == "en" and re.fullmatch(r"['’]s\s+(?:new\s+|former\s+)?", gap):
            sending = _code(last.place)  # "Lithuania's ambassador to Ukraine NAME"
    if sending is None and receiving is None and name_start > title.start:
        # "посольство Литвы в Минске возглавляет временный поверенный в делах NAME": the mission's head
        headed = _mission_headed(text[:title.start], mentions, family)
        if headed is not None:
            sending, receiving = headed
    if sending is None and receiving is None:
        # "Белорусский посол в Латвии NAME", "литовський посол NAME": the nation's adjective right before
        nation = next((m for m in nations(text, places) if m.end <= title.start
                       and re.fullmatch(_FILLER.pattern, text[m.end:title.start], re.I)), None)
        if nation is not None:
            sending = _code(nation.place)
    represents = _REPRESENTS.search(text[max(0, title.start - 80):title.start])
    if represents and sending is None and receiving is None:
        # "Lietuvos Respublikai Baltarusijoje atstovauja ambasadorius NAME": whom (dative), where (locative)
        for mention in (m for m in mentions if title.start - 80 <= m.start and m.end <= title.start):
            preposition = _preposition_before(text, mention.start)
            if mention.case == "loc" or preposition in _TO.get(family, ()):
                receiving = receiving or _code(mention.place)
            elif mention.case in ("dat", "acc"):
                sending = sending or _code(mention.place)
    if sending is None:  # "Acting Head of Lithuania's representation": the state the title itself names
        inside = [m for m in mentions if title.start <= m.start and m.end <= title.end
                  and text.startswith(("'s", "’s"), m.end)]
        if len(inside) == 1:
            sending = _code(inside[0].place)
    if sending is None and _OWN.search(text[:title.start]):
        subject = next((m for m in mentions if m.end <= title.start and m.case in ("nom", "any")), None)
        if subject is not None:
            sending = _code(subject.place)
    hosts = []
    for mention in between:
        preposition = _preposition_before(text, mention.start)
        code = _code(mention.place)
        if preposition in _FROM[family]:  # "відкликала свого посла з Білорусі NAME": the host left
            receiving = receiving or code
            continue
        if preposition in _TO.get(family, ()) or (family in ("lv", "lt") and mention.case == "loc"):
            hosts.append(code)
            receiving = receiving or code
        elif preposition == "of" or (mention.case in ("gen", "adj") and family != "en"):
            sending = sending or code
        elif family == "en" and mention.case in ("adj", "nom") and preposition is None:
            sending = sending or code
    if sending is not None and len(hosts) > 1 and not in_scope(sending, receiving or ""):
        # "Latvijas vēstnieks Lietuvā un Baltkrievijā NAME": accredited to several, the relation's host
        receiving = next((h for h in hosts if in_scope(sending, h)), receiving)
    if receiving is None and family in ("en", "cyr"):
        # "to Belarusian ambassador NAME": the nation that says whose envoy is never also where he serves
        # (not past another person: "від NAME, посла Латвії в Україні, а також NAME2, посла Кіпру")
        # nor another title's place: "посла Латвії в Україні, а також від посла Кіпру")
        earlier = [t for pattern, _role in _compiled_titles(family) for t in pattern.finditer(text, 0, title.start)]
        receiving = next((_code(m.place) for m in mentions if m.end <= title.start and _code(m.place) != sending
                          and _preposition_before(text, m.start) in _TO[family]
                          and not _TWO_NAMES.search(text, m.end, title.start)
                          and not any(t.end() <= m.start for t in earlier)), None)
    if sending is None and receiving is None and family == "en" and name_start > title.start:
        # "Chargé d'Affaires NAME served as the first Lithuanian representative to Belarus"
        role = _SERVED_AS.match(text, _name_end)
        if role is not None:
            for mention in (m for m in mentions if role.start() <= m.start and m.end <= role.end()):
                if _preposition_before(text, mention.start) in _TO[family]:
                    receiving = receiving or _code(mention.place)
                elif mention.case in ("adj", "gen", "nom"):
                    sending = sending or _code(mention.place)
    if sending is None and receiving is None and title.role == "honorary-consul":
        # "Почесним консулом призначено ... NAME" on a page about the honorary consulate of Latvia in Ukraine
        sending = _consulates_state(page, places, pair)
    unsaid = None
    if sending is None and receiving is None and title.role == "ambassador" \
            and _bare_title_and_name(text, title, name):
        # "У своїй промові Посол Олександр Міщенко привітав ..." on a page about the Embassy of Ukraine in
        # Latvia: the page's one embassy is the post, held for a check, when the sentence names no other state
        unsaid = _embassys_state(page, places)
        named = {_code(m.place) for m in [*mentions, *nations(text, places)]}
        if unsaid is not None and named <= set(unsaid):  # a state outside the embassy's two: whose is unsaid
            sending, receiving = unsaid
        else:
            unsaid = None
    if sending is None and receiving is None:
        return None
    if receiving is None and sending is not None and name_start > title.end:
        # "Посол Латвії NAME ... відкликані з Білорусі": the state an envoy is recalled or expelled from is
        # the one where they serve
        left = next((m for m in mentions if _name_end < m.start <= _name_end + 120
                     and _preposition_before(text, m.start) in _FROM[family]
                     and _RECALLED.search(text, _name_end, m.start) and _code(m.place) != sending), None)
        if left is not None:
            receiving = _code(left.place)
    if receiving is None and name_start > title.end:
        gap = text[title.end:name_start]
        unknown = [g for g in re.finditer(r"(?:^|\s)(?:в|у|ў|на|во|to|in|at)\s+([A-ZĀ-ŽА-ЯЁІЇЄҐЎ]\w*)", gap)
                   if not any(m.start == title.end + g.start(1) for m in mentions)]
        if unknown:
            return None  # "Послом Латвии в Италии является NAME": a host we do not know, not the page's other
    if receiving is None and name_start < title.start and _unknown_host_after(text, title.end, mentions):
        return None  # "NAME призначили послом України в Об'єднаних Арабських Еміратах": the host is a third state
    if receiving is None and _unknown_locative(text, title, name, mentions, family):
        return None  # "Lietuvos ambasadoriumi Sakartvele NAME": a host we do not know, not the page's other
    third = _third_country_before(text, title.start, mentions, pair)
    if sending is None:
        if third:
            return None
        # a Latvian or Lithuanian page's envoy in Belarus or Ukraine whose state goes unsaid is the page's
        # own ("Jaunais vēstnieks Baltkrievijā būs NAME"), as its offices are in a visit
        sending = other_of(pair, receiving or "") or (_HOME.get(lang) if receiving in EASTERN else None)
        outside = {_code(m.place) for m in mentions if m.start < title.start} - {receiving, sending}
        if receiving is not None and outside:
            # "министр иностранных дел Украины ... заявил о решении отозвать посла в Беларуси NAME" on a
            # Latvian page: the sentence names a state outside the page's pair, so whose envoy is unsaid
            return None
    if receiving is None and sending is not None and name_start > title.end:
        # "Посол Литви NAME 7 квітня повернувся до Києва": where the envoy returns to or works is the post
        receiving = _post_by_verb(text, _name_end, mentions, sending, family)
    accredited = None
    if receiving is None and sending is not None:
        # "Ambassador ... of the Republic of Belarus Mr NAME" on a page that tells the ceremony "accredited
        # Ambassadors of Georgia, Belarus, and Thailand to Latvia": the host of that accreditation
        accredited = _accredited_host(page, places, sending)
        if accredited is not None:
            receiving = accredited[0]
    if receiving is None:
        receiving = other_of(pair, sending)
    if not sending or not receiving or not in_scope(sending, receiving):
        return None  # a posting between other countries than the four relations is not for this store
    if " " not in written and "." not in written:  # a surname alone: never a posting written as certain
        if _cut_at_name(sentence, page, written):
            return None  # "был вызван посол Латвии Эйнар" closing a page cut mid-sentence: the name is cut too
        name = surname_alone(written, page, places)
        if " " not in name.text and _GENITIVE_ALONE.get(lang, _NEVER).search(written):
            return None  # "vēstnieks Ukrainā Eiropas lietās": a genitive word, no surname the page names
        mention = PersonMention(name, lang, sentence.quote())
        return HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,),
                        "the page names this envoy by the surname alone here", role=title.role)
    mention = PersonMention(_nominative(written, lang, title), lang, sentence.quote())
    if "?" in written:
        mention = PersonMention(nm.Nominative(written, written, certain=False, doubts=(
            "the page lost a letter of this name as '?'",)), lang, sentence.quote())
    if title.text.endswith("(replaced)"):  # the sentence's dates are the new envoy's, never the predecessor's
        return HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,),
                        "the page names this envoy as the one a new envoy replaces; no start date", role=title.role)
    if heading is not None:
        return HeldFact((heading, sentence.quote()), "envoy", sending, receiving, (mention,),
                        "the page names this post under the person's name; no start date beside it",
                        role=title.role)
    if unsaid is not None:
        return HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,),
                        "the sentence names no state: read as the post of the one embassy the page names",
                        role=title.role)
    if _REPRESENTATIVE.match(title.text):
        told_where = any(title.end <= m.start < name_start and _preposition_before(text, m.start) in _TO[family]
                         for m in mentions)
        if not _APPOINTED_WORD.search(text) or not told_where or _PERMANENT.search(text[:title.start]):
            return None  # a "representative" of anything; only an appointment says it is the post
        return HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,),
                        "the page says 'representative': read as the ambassador, for a check", role=title.role)
    if term is not None and int(term["last"]) >= int(term["first"]):
        return EnvoyFact((sentence.quote(),), mention, sending, receiving, title.role, None, None,
                         PartialDate(int(term["first"])), PartialDate(int(term["last"])))
    if COPIES_OF_CREDENTIALS.search(text):
        # "вручил копии верительных грамот министру": the copies go to the minister before the credentials go to
        # the head of state, and the posting starts with those; the copies' day is no start
        return HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,),
                        "the sentence tells the copies of the credentials, presented to the minister: the posting "
                        "starts with the credentials to the head of state, which it does not date", role=title.role)
    dates = _start_dates(text, lang, title.start)
    if not dates and accredited is not None and accredited[1] is not None:
        return EnvoyFact((sentence.quote(), accredited[2]), mention, sending, receiving, title.role, None, None,
                         accredited[1], None, issues=(("ambiguity", "The page names the post by the sending state; "
                                                       "its accreditation, told with its day, says where."),))
    issues: tuple[tuple[str, str], ...] = ()
    bracket = _BRACKET_TERM.match(text, _name_end)
    if not dates and bracket is not None:  # "... was Romualdas Kozyrovičius (1994–1996)": the term after the name
        start = PartialDate(int(bracket["start"]))
        end = PartialDate(int(bracket["end"])) if bracket["end"] else None
        return EnvoyFact((sentence.quote(),), mention, sending, receiving, title.role, None, None, start, end)
    if not dates and _APPOINTED_WORD.search(text) and not _LEAVES_POST.search(text):
        leaning = _start_without_year(text, page)
        if leaning is not None:
            dates, issues = [leaning[0]], (("ambiguity", leaning[1]),)
    if not dates:  # "no 2010. līdz 2014. gadam", "с 2010 по 2014 год": a term of bare years the date reader leaves
        term = next((t for t in _TERM.finditer(text) if _SINCE.search(text[max(0, t.start() - 12):t.start()].lower())),
                    None)
        dates = [PartialDate(int(term["first"]))] if term is not None else []
    if not dates and _SINCE_TODAY.search(text) and not _LEAVES_POST.search(text):
        today = day_of_post(sentence, page)
        if today is not None:
            dates, issues = [today[0]], (("ambiguity", today[1]),)
    if not dates and title.text.endswith("(subject)") and _BECAME.search(text):
        # "NAME became Lithuania's ambassador to Belarus in 2013": the one date the sentence gives
        years = find_dates(text, lang)
        dates = [years[0].date] if len(years) == 1 else []
    if not dates and (_APPOINTED_ANY.search(text) or title.text.endswith("(object)")):
        full = [d.date for d in find_dates(text, lang) if d.date.day is not None]
        dates = full if len(full) == 1 else []
    if dates and not _CONSULTATIONS.search(text):
        return EnvoyFact((sentence.quote(),), mention, sending, receiving, title.role, None, None, dates[0],
                         _term_end(text, lang, dates[0]), issues=issues)
    reason = "the page names this post but gives no start date with a year"
    if _CONSULTATIONS.search(text):
        reason = "recalled for consultations: the posting does not end; the page gives no start date"
        if _RECALL_NOT_DONE.search(text):  # "turned down the proposal to consider calling off ... for consultations"
            reason = ("a recall for consultations is only proposed or refused here: the posting goes on; the page "
                      "gives no start date")
    return HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,), reason, role=title.role)


def _cut_at_name(sentence: Sentence, page: Page, written: str) -> bool:
    """Whether the one word of a name closes the page with no stop after it: a page copy cut off mid-sentence
    ("... был вызван посол Латвии Эйнар"), whose name may be cut as well."""
    if not sentence.text.rstrip().endswith(written):
        return False
    last = next((number for number in range(len(page.lines), 0, -1) if page.lines[number - 1].strip()), 0)
    return sentence.line == last and page.lines[last - 1].rstrip().endswith(written)


# Copies of the credentials, in the six languages: what a new envoy hands the foreign minister first
COPIES_OF_CREDENTIALS = re.compile(r"(?<![\w])(?:cop(?:y|ies)\s+of\s+(?:his\s+|her\s+|the\s+)?"
                                   r"(?:credentials|letters?\s+of\s+credence)|"
                                   r"копи[яюией]\w*\s+(?:своих\s+|его\s+|ее\s+|её\s+)?верительн|"
                                   r"копі[яюїйі]\w*\s+(?:своїх\s+|його\s+|її\s+)?вірч|копі[яюіе]\w*\s+(?:сваіх\s+)?даверч|"
                                   r"akreditācijas\s+(?:vēstul|rakst)\w*\s+kopij|kopij\w*\s+(?:\S+\s+){0,2}?akreditācij|"
                                   r"skiriamųjų\s+raštų\s+kopij|kopij\w*\s+(?:\S+\s+){0,2}?skiriam)", re.I)


# The verbs that place an envoy at the post: returned to, works in. "Visited" or "arrived" would not: an
# envoy travels to other states than the one they serve in.
_POST_VERB = re.compile(r"(?<![\w])(?:повернувся|повернулася|повернулись|повернулися|вернулся|вернулась|вернулись|"
                        r"вярнуўся|вярнулася|returned|grįžo|atgriezās|працює|працював|працювала|работает|работал|"
                        r"работала|працуе|працаваў|працавала|works|worked|dirba|dirbo|strādā|strādāja)(?![\w])", re.I)
_TO_POST = {"cyr": ("в", "у", "ў", "до", "на"), "en": ("to", "in"), "lv": ("uz",), "lt": ("į",)}


# A capitalised word in the locative, where a Latvian or Lithuanian title names its host without a
# preposition ("vēstnieks Gruzijā", "ambasadorius Sakartvele"): the endings of the singular and plural.
_LOCATIVE_WORD = {
    "lv": re.compile(r"(?<![\w])[A-ZĀČĒĢĪĶĻŅŠŪŽ]\w*(?:ā|ē|ī|ās|ēs|īs)(?![\w])"),
    "lt": re.compile(r"(?<![\w])[A-ZĄČĘĖĮŠŲŪŽ]\w*(?:e|ose|ėse)(?![\w])"),
}


def _unknown_locative(text: str, title: _Title, name: tuple[str, int, int], mentions: list[Mention],
                      family: str) -> bool:
    """Whether a Latvian or Lithuanian title is followed by a host in the locative that is no place we know:
    between the title and the name, the first of a name's three words ("vēstnieks Sakartvelā Jānis
    Bērziņš" reads as one name), or the word right after the title when the name stood before it. Such a
    host is never the page's other state, so the posting is dropped rather than guessed."""
    pattern = _LOCATIVE_WORD.get(family)
    if pattern is None:
        return False
    written, name_start, _name_end = name
    if name_start > title.end:
        first_word = len(written.split()[0]) if len(written.split()) >= 3 else 0
        found = pattern.finditer(text, title.end, name_start + first_word)
    else:
        first = pattern.match(text, title.end + len(text[title.end:]) - len(text[title.end:].lstrip()))
        found = iter([first] if first is not None else [])
    return any(not any(m.start <= word.start() < m.end for m in mentions) for word in found)



# Where the title's own phrase names its host after the title, when the name stood before it: a preposition of place
# and a capitalised word ("послом України в Об'єднаних Арабських Еміратах", "ambassador of Latvia to the United Arab
# Emirates"), past the words that only say what kind of state ("Республіці", "Kingdom of")
_HOST_AFTER = re.compile(r"(?:\s+(?:of\s+)?(?:the\s+)?(?:[A-ZĀ-ŽА-ЯЁІЇЄҐЎ][^\W\d_]+\s+)??)?"
                         r"\s*(?:в|у|ў|на|во|to|in|at)\s+"
                         r"(?:the\s+)?(?:(?:Республі\w*|Республик\w*|Рэспублі\w*|Republic|Kingdom|Королівств\w*|"
                         r"Королевств\w*|Каралеўств\w*)\s+(?:of\s+)?(?:the\s+)?)?(?P<host>[A-ZĀ-ŽА-ЯЁІЇЄҐЎ][^\W\d_]*)")


def _unknown_host_after(text: str, end: int, mentions: list[Mention]) -> bool:
    """Whether the title ending at `end` names its host right after it by a word that is no place we know: a state
    outside the four, never the page's other state."""
    found = _HOST_AFTER.match(text, end)
    if found is None or "," in found.group(0):
        return False
    host = found.start("host")
    return not any(m.start <= host < m.end for m in mentions)

def _post_by_verb(text: str, name_end: int, mentions: list[Mention], sending: str, family: str) -> str | None:
    """The state of the place an envoy named by their own state alone returns to or works in, right after the
    name and a verb of the post ("повернувся до Києва", "dirba Kijeve"): one state of the four relations."""
    verb = _POST_VERB.search(text, name_end, name_end + 40)
    if verb is None:
        return None
    there = [m for m in mentions if verb.end() <= m.start <= verb.end() + 40
             and (_preposition_before(text, m.start) in _TO_POST.get(family, ())
                  or (family in ("lv", "lt") and m.case == "loc"))]
    states = {_code(m.place) for m in there[:1]} - {sending}
    return next(iter(states)) if len(states) == 1 and in_scope(sending, next(iter(states))) else None


# The words that say an envoy leaves the state where they serve: recalled, expelled from it
_RECALLED = re.compile(r"(?<![\w])(?:відкликан\w*|відкликал\w*|відкликає|відкличе|отозван\w*|отозвал\w*|отзыва\w*|"
                       r"адклікан\w*|адклікал\w*|адклікае|recalled|recalls|withdrawn|expelled|atsaukt\w*|atsauca|"
                       r"atsauc|atšaukt\w*|atšaukė|atšaukia|высылает|выслан\w*|висилає|висланий|вислан\w*|izraidīt\w*|"
                       r"išsiųst\w*)(?![\w])", re.I)


# "the Lithuanian embassy in Minsk is now headed by", "посольство Литвы в Минске возглавляет"
_HEADS = re.compile(r"(?<![\w])(?:headed\s+by|led\s+by|heads|возглавля\w*|возглавит|очолю\w*|очолить|очолив|"
                    r"узначальва\w*|узначаліць|vada|vadīs|vadīja|vadovauja|vadovaus|vadovavo)(?![\w])", re.I)


def _mission_headed(head: str, mentions: list[Mention], family: str) -> tuple[str, str] | None:
    """(sender, host) of the embassy a sentence says the title heads: the mission word, its owner (a
    genitive or adjective right beside it), its host ("в", "in", a locative, or its city), then a verb of
    heading right before the title."""
    verbs = list(_HEADS.finditer(head))
    if not verbs or head[verbs[-1].end():].strip(" ,").count(" ") > 4:
        return None
    verb = verbs[-1]
    embassy = next(p for p, kind in _compiled_missions(family) if kind == "embassy")
    missions = list(embassy.finditer(head, 0, verb.start()))
    if not missions:
        return None
    mission = missions[-1]
    owner = next((m for m in mentions if m.place.kind == "country" and m.case in ("gen", "adj", "any", "nom")
                  and (0 <= mission.start() - m.end <= 2 or 0 <= m.start - mission.end() <= 2)), None)
    host = next((m for m in mentions if m.start > mission.end() and m.end <= verb.start()
                 and (m.case == "loc" or _preposition_before(head, m.start) in _TO[family])), None)
    if owner is None or host is None or not in_scope(_code(owner.place), _code(host.place)):
        return None
    return _code(owner.place), _code(host.place)


_TWO_NAMES = re.compile(rf"(?:{_NAME_WORD.pattern})\s+(?:{_NAME_WORD.pattern})")
_SERVED_AS = re.compile(r",?\s+(?:served|serves|was|is|worked)\s+as\s+(?:the\s+|a\s+|an\s+)?(?:first\s+|last\s+)?"
                        r"[A-Z]\w+(?:'s)?\s+(?:representative|ambassador|envoy|chargé\s+d.affaires)\s+(?:to|in)\s+"
                        r"(?:the\s+)?[A-Z][\w ]{2,30}")


def _third_country_before(text: str, start: int, mentions: list[Mention], pair: tuple[str, str] | None) -> bool:
    """A capitalised word or abbreviation just before the title that is no place we know ('VFR vēstnieks')."""
    word = re.search(r"([^\s,]+)\s+$", text[:start])
    if word is None:
        return False
    token = word.group(1)
    if any(m.end in (word.end(1), word.end(1) - 2) for m in mentions):
        return False  # a state we know, or its possessive ("Lithuania's")
    if word.start(1) == 0 and not token.isupper() and _DUTIES.search(text[:start]):
        return False  # "Абавязкі часовага паверанага": the sentence's first word, no country
    if not token.isupper() and re.fullmatch(_FILLER.pattern, f"{token} ", re.I):
        return False  # "Jaunais vēstnieks", "New Ambassador": a word of the title's phrase, capitalised first
    return token[:1].isupper() and (token.isupper() or len(token) > 2) and not _NOT_NAME.match(token) \
        and start > 0 and token.lower() not in ("the", "a")


def _preposition_before(text: str, start: int) -> str | None:
    match = re.search(r"(?:^|[\s(])([^\W\d_]+)\s+(?:the\s+|місті\s+|городе\s+|горадзе\s+|city\s+of\s+)?$",
                      text[:start])
    return match.group(1).lower() if match else None


def _code(place: Place) -> str:
    return place.key if place.kind == "country" else (place.country or place.key)


# A conjunction right before a name after a title joins another person on: the title's own holder
# follows the title's phrase directly ("Extraordinary and Plenipotentiary", "Moldova and Ukraine" lead places).
# Not "ir": Lithuanian "and", but Latvian "is" ("vēstnieks Ukrainā ir NAME").
_AND_BEFORE = re.compile(r"(?:^|[\s,])(?:and|un|bei|и|і|та|й|а\s+также|а\s+також|а\s+таксама)\s+$", re.I)


# A courtesy before a name, after the title's phrase: "Ambassador ... of Belarus Mr Vasiliy Markovich",
# "посол ... господин NAME", "ponas NAME"
# in the title's case too: "посла ... господина Юриса Пойканса", "пасла Беларусі ў Літве спадара Дражына"
_COURTESY = re.compile(r"(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|His\s+Excellency|Her\s+Excellency|"
                       r"господин(?:а|у|ом)?|госпож(?:а|и|е|у|ой)|г-н|г-на|г-ну|пан(?:а|у|ом)?|пані|"
                       r"спадар(?:а|у|ом)?|спадарын(?:я|і|ю|яй)|ponas|pono|ponui|poną|ponia|ponios|poniai|ponią|"
                       r"kungs|kunga|kungam|kundze|kundzes|kundzei)\s+(?=[A-ZĀ-ŽА-ЯЁІЇЄҐЎ])")


# A name whose page lost a letter to '?' ("Juris Poik?ns", a copy saved in an encoding without 'ā'): read whole, and
# never certain (`_posting`)
_LOST_LETTER_WORD = re.compile(r"[A-ZĀ-ŽА-ЯЁІЇЄҐЎ][^\W\d_]*(?:\?[^\W\d_]+)+(?![\w?])")


def _name_after(text: str, end: int, mentions: list[Mention], *, verbs: int = 0,
                single_glued: bool = False, alone: bool = False) -> tuple[str, int, int] | None:
    """The name right after a title (places and filler words may stand between), or None.

    `verbs`: lowercase words that may stand before the name too ("Послом ... призначається NAME").
    """
    position = end
    while True:
        filler = re.match(_FILLER.pattern, text[position:], re.I)
        position += filler.end() if filler else 0
        place = next((m for m in mentions if m.start <= position < m.end), None)  # "Republic" is filler too
        if place is None:
            verb = re.match(r"[^\W\d_A-ZА-ЯЁІЇЄҐЎ][^\W\d_]*\s+", text[position:]) if verbs else None
            if verb is None:
                # a day between ("Послом Литвы на Украине с 19 августа будет назначена NAME") is no word
                verb = re.match(r"\d{1,4}\s+", text[position:]) if verbs else None
                if verb is None:
                    break
                position += verb.end()
                continue
            verbs -= 1
            position += verb.end()
            continue
        position = place.end
    courtesy = _COURTESY.match(text, position)  # "... of the Republic of Belarus Mr Vasiliy Markovich"
    if courtesy is not None:
        position = courtesy.end()
    words = []
    cursor = position
    while len(words) < 3:
        match = _LOST_LETTER_WORD.match(text, cursor) or _NAME_WORD.match(text, cursor)
        if match is None or any(m.start == cursor for m in mentions) or _NOT_NAME.match(match.group(0)):
            break
        words.append(match.group(0))
        cursor = match.end()
        space = re.match(r" (?=\S)", text[cursor:])
        if space is None:
            break
        cursor += 1
    # an initial and a surname ("В.Жовтенко", "V. Blandis"): a name as written, never a certain nominative
    glued = (single_glued or alone) and len(words) == 1 and re.match(r"^[A-ZĀ-ŽА-ЯЁІЇЄҐЎ]\.\s?\S", words[0]) is not None
    # a surname alone ("vēstnieks Baltkrievijā Semanis informēja"): a lowercase word or a stop follows
    tail = position + len(words[0]) if words else position
    after_preposition = re.search(r"(?:^|\s)(?:при|в|у|ў|на|до|to|in|at|of|uz|į|pie|prie|no|iš)\s+$",
                                  text[max(0, position - 6):position], re.I)
    surname = (alone and len(words) == 1 and "." not in words[0] and len(words[0]) > 3 and not after_preposition
               and (re.match(r"\s*(?:[,.;:)]|[^\W\d_A-ZĀ-ŽА-ЯЁІЇЄҐЎ]|$)", text[tail:]) is not None
                    or any(m.start == tail + 1 for m in mentions)))
    if len(words) < 2 and not glued and not surname:
        return None
    if len(words[0]) > 1 and words[0].isupper() and "." not in words[0]:
        return None  # "vēstnieks ANO Andrejs Pildegovičs": an organisation's acronym, the post is there
    if re.search(r"(?:^|\s)(?:в|у|ў|на|во|to|in|at|uz|į)\s+$", text[max(0, position - 4):position], re.I):
        return None  # "в Чешской Республике": a place we do not know, not a name
    if re.search(r"(?:^|\s)(?:з|із|из|from)\s+$", text[max(0, position - 6):position], re.I):
        return None  # "посла з Іваном Петренком": with someone; only a place may follow "з" ("з Білорусі NAME")
    if re.search(r"(?:^|\s)the\s+$", text[max(0, position - 5):position], re.I):
        return None  # "Ambassador: the Baltic Way showed": a person's name never follows "the"
    if _AND_BEFORE.search(text[max(0, position - 12):position]):
        return None  # "посла Латвії в Україні, та Михаліс Фіріллас": a name joined on, not the title's holder
    written = " ".join(words)
    return written, position, position + len(written)


# --- a surname alone ------------------------------------------------------------------------------
# News name a person in full once and by the surname after ("Semanis", "Лінкявічуса"): the surname
# is the person the page names in full with it, when there is exactly one; else it stays a
# surname, uncertain, for the store's people to meet or the review to settle.

_PAGE_NAMES: dict[int, tuple[Page, list[str]]] = {}
_SURNAMES: dict[tuple[int, str], tuple[Page, nm.Nominative]] = {}


# Words that open a sentence with a capital and are never a given name: "Kopš Markovičs ir vēstnieks" is no
# "Kopš Markovičs" (lv, lt, en and Cyrillic conjunctions, prepositions and adverbs)
_FUNCTION_OPENER = re.compile(
    r"Kopš|Arī|Tomēr|Pēc|Par|Ar|Un|Bet|Taču|Tad|Kad|Ja|Vai|Vēl|Gan|Kā|No|Uz|Pie|Līdz|Pirms|Tagad|Šodien|Vakar|"
    r"Nuo|Iki|Po|Prieš|Jei|Ir|Tačiau|Taip|Dar|Jau|Šiandien|Vakar|Kaip|Su|Apie|"
    r"Since|After|Before|When|While|Then|Also|But|And|With|From|For|Under|Today|Yesterday|"
    r"На|В|Во|У|Ў|С|Со|З|Із|По|Па|За|Из|От|Ад|До|Да|Для|Про|Пра|При|Пры|После|Після|Пасля|Когда|Коли|Калі|"
    r"Также|Також|Таксама|Сегодня|Сьогодні|Сёння|Вчера|Вчора|Учора|Но|Але|Однако|Однак|Аднак|Как|Як|Это|Це|Гэта")


def _names_of_page(page: Page) -> list[str]:
    """Every two capitalised words of the page that may be a full name (computed once per page)."""
    cached = _PAGE_NAMES.get(id(page))
    if cached is not None and cached[0] is page:
        return cached[1]
    _SURNAMES.clear()
    # overlapping: in "Ukrainoje Jonas Petrauskaitis" both "Ukrainoje Jonas" and "Jonas Petrauskaitis"
    pair = re.compile(rf"(?<![\w])(?=(({_NAME_WORD.pattern})\s({_NAME_WORD.pattern}))(?![\w]))")
    names = list(dict.fromkeys(m.group(1) for line in page.lines for m in pair.finditer(line)
                               if not _NOT_NAME.match(m.group(2)) and not _NOT_NAME.match(m.group(3))
                               and not _FUNCTION_OPENER.fullmatch(m.group(2))))
    _PAGE_NAMES.clear()
    _PAGE_NAMES[id(page)] = (page, names)
    return names


def _same_stem(a: str, b: str) -> bool:
    from data.importer.keys import fold_key

    a, b = fold_key(a), fold_key(b)
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= max(4, min(len(a), len(b)) - 2) and abs(len(a) - len(b)) <= 3


def surname_alone(written: str, page: Page, places: Places) -> nm.Nominative:
    """A surname written alone: the full name the page gives it, when one; else the surname, uncertain."""
    names = _names_of_page(page)
    cached = _SURNAMES.get((id(page), written))
    if cached is not None and cached[0] is page:
        return cached[1]
    found = _surname_alone(written, names, page, places)
    _SURNAMES[(id(page), written)] = (page, found)
    return found


def _surname_alone(written: str, names: list[str], page: Page, places: Places) -> nm.Nominative:
    stem = written[:3].lower()
    full = [n for n in names if n.rsplit(" ", 1)[-1][:3].lower() == stem and _same_stem(n.split()[-1], written)
            and not places.find(n, page.lang)]
    readings = {}
    for name in full:
        nominative = _visitor_name(name, page.lang) if page.lang != "en" else nm.Nominative(name, name)
        readings.setdefault(nominative.text, nominative)
    certain = [r for r in readings.values() if r.certain]
    if len(certain) == 1:
        return nm.Nominative(written, certain[0].text, certain=True,
                             doubts=(f"{written!r} is the surname of {certain[0].text}, named in full on the page",))
    if len(readings) == 1:  # named in full once, in a form whose nominative is itself a guess
        [only] = readings.values()
        return nm.Nominative(written, only.text, certain=False,
                             doubts=(f"{written!r} is the surname of {only.text!r}, named in full on the page",
                                     *only.doubts))
    return nm.Nominative(written, written if page.lang == "en" else _visitor_name(written, page.lang).text,
                         certain=False, doubts=(f"{written!r} is a surname alone; who it is needs a check",))


_APPOINTED = re.compile(r"(?:прызначыл\w*|прызначан\w*|призначил\w*|призначен\w*|назначил\w*|назначен\w*|"
                        r"з\s+початком\s+роботи\s+на\s+посаді|на\s+посаді|на\s+пасадзе|на\s+должност\w*)\s*$",
                        re.I)


_APPOINTED_WORD = re.compile(r"призначен\w*|призначил\w*|назначен\w*|назначил\w*|прызначан\w*|прызначыл\w*", re.I)
_APPOINTED_ANY = re.compile(r"прызначыл\w*|призначил\w*|назначил\w*|was\s+appointed|presented\s+(?:his|her)\s+"
                            r"credentials|вручил\w*\s+верительн|вручив\w*\s+вірч|[уў]ручыў\w*\s+даверч|"
                            r"iesniedza\s+akreditācijas|įteikė\s+skiriamuosius|"
                            # the passive of appointing, in each language: the day of the appointment
                            r"(?<![\w])(?:paskirt(?:as|a)|iecelt(?:s|a)|призначен(?:о|ий|а)|назначен(?:а|ы)?|"
                            r"прызначаны|прызначана)(?![\w])", re.I)


def _name_before(text: str, title: _Title, mentions: list[Mention]) -> tuple[str, int, int] | None:
    """A name right before 'appointed ... ambassador' ('Лінуса Лінкявічуса прызначылі паслом'), in its case."""
    head = text[:title.start]
    appointed = _APPOINTED.search(head)
    if appointed is None:
        return None
    names = list(re.finditer(r"((?:" + _NAME_WORD.pattern + r")\s+(?:" + _NAME_WORD.pattern + r"))\s+$",
                             head[:appointed.start()]))
    if not names:
        return None
    match = names[-1]
    if any(m.start == match.start(1) for m in mentions) or _NOT_NAME.match(match.group(1)):
        return None
    return match.group(1), match.start(1), match.end(1)


# What may lead a name in apposition to a title in the middle of a sentence: a verb of saying, "according
# to", "by". Never "with", "after", "meeting": "After meeting NAME, the ambassador said" is someone else.
_SAID_BEFORE = re.compile(
    r"(?<![\w])(?:said|says|told|noted|stressed|added|explained|according\s+to|by|заявил\w*|сказал\w*|отметил\w*|"
    r"сообщил\w*|подчеркнул\w*|по\s+словам|заявив|сказав|зазначив|наголосив|повідомив|за\s+словами|заявіў|сказаў|"
    r"адзначыў|па\s+словах|sacīja|norādīja|pauda|uzsvēra|informēja|paziņoja|sakė|teigė|pažymėjo|pabrėžė|pasak)"
    r"\s+$", re.I)


_WHEN = re.compile(r"\d|(?<![\w])(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|šodien|vakar|"
                   r"\w+dien|šiandien|\w+dienį|сегодня|вчера|понедельник|вторник|в\s+среду|четверг|пятниц\w+|"
                   r"субботу|воскресенье|сьогодні|вчора|учора|понеділ\w+|вівтор\w+|середу|п.ятниц\w+|суботу|"
                   r"неділю|сёння|учора)(?![\w])", re.I)
"""A lead that says when: a day, a weekday, "today" in the six languages."""


# "H. E. Volodymyr Yatsenkivskyi, the Ukrainian ambassador to Lithuania, spoke ...": a courtesy before the name
_HONORIFIC_LEAD = r"(?:(?:H\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|His\s+Excellency|Her\s+Excellency)\s+)?"


def _name_opening(text: str, title: _Title, mentions: list[Mention]) -> tuple[str, int, int] | None:
    """A name in apposition right before its title: opening the sentence (or a numbered item), "5. A.Oliynyk,
    Ambassador of Ukraine.", "Einārs Semanis, Latvijas vēstnieks Baltkrievijā, ..."; or after a verb of saying,
    with the title's phrase closed by a comma or the end, "..., said Jonas Rimkus, Lithuania's ambassador to
    Ukraine." Elsewhere the name before a comma is someone else's ("After meeting NAME, the ambassador said")."""
    name = r"((?:" + _NAME_WORD.pattern + r")(?:\s+(?:" + _NAME_WORD.pattern + r")){0,2}),\s+(?:the\s+)?"
    head = text[:title.start]
    if not _phrase_closed(text, title, mentions):
        return None  # "Last Monday, the ambassador of Latvia said": the title is the subject, not an apposition
    found = re.match(r"\s*(?:\d{1,2}[.)]\s+)?" + _HONORIFIC_LEAD + name + r"$", _until_title(head, mentions))
    if found is None:  # "On Tuesday, NAME, the Chargé d'Affaires of Lithuania, was summoned": a time leads
        lead = re.match(r"\s*([^,]{1,40}),\s+", head)
        if lead is not None and _WHEN.search(lead.group(1)):
            found = re.match(r"\s*[^,]{1,40},\s+" + name + r"$", _until_title(head, mentions))
    if found is None:
        found = re.search(r"(?<![\w])" + name + r"$", _until_title(head, mentions))
        if found is None and text[title.start:title.start + 1].isupper():
            # "..., said Valdemaras Sarapinas Ambassador Extraordinary and Plenipotentiary of the Republic of
            # Lithuania to Ukraine": the comma left out, the capitalised title right after the name
            found = re.search(r"(?<![\w])(" + _NAME_WORD.pattern + r"(?:\s+" + _NAME_WORD.pattern + r"){1,2})\s+$",
                              _until_title(head, mentions))
        if found is None or not _SAID_BEFORE.search(head[:found.start(1)]):
            return None
    written = found.group(1)
    if (any(m.start <= found.start(1) < m.end for m in mentions) or _NOT_NAME.match(written)
            or (" " not in written and "." not in written)):
        return None
    return written, found.start(1), found.end(1)


# A Cyrillic title in an oblique case agrees with the name before it: "прийняв вірчі грамоти від Андрія
# Пілдеговічса, нового посла Латвії в Україні, а також ...". The nominative title "посол" after a comma is
# a subject of its own ("Зеленський, посол ... сказав" is no apposition), and so is left to the others.
_OBLIQUE_TITLE = re.compile(r"(?:посла|послу|послом|пасла|паслу|паслом|амбасадара|амбасадару|амбасадарам)$", re.I)
_NEW_OR_FORMER = r"(?:(?:нового|новому|новим|новым|новага|новаму|колишнього|бывшего|былога)\s+)?"


# "She replaces Egons Neimanis as ambassador to Belarus": the one replaced held the title's post
_REPLACED_AS = {
    "en": r"(?i:replac\w*|succeed\w*)\s+{name}\s+(?i:as\s+(?:the\s+)?)$",
    "lv": r"(?i:nomain\w*|aizstā\w*)\s+{name}\s+(?i:(?:kā\s+|par\s+)?)$",
    "lt": r"(?i:pakei\w*)\s+{name}\s+(?i:(?:kaip\s+)?)$",
    "cyr": r"(?i:замен\w*|смен\w*|змін\w*|замін\w*)\s+{name}\s+(?i:на\s+(?:посту|посаді|пасадзе|должности)\s+)$",
}


def _replaced_as(text: str, title: _Title, mentions: list[Mention], family: str) -> tuple[str, int, int] | None:
    """The person a word of replacing names right before "as" and the title: held (the predecessor's post)."""
    found = re.search(_REPLACED_AS[family].format(name=_FULL_NAME), _until_title(text[:title.start], mentions))
    if found is None:
        return None
    return _name_found(found, mentions)


def _oblique_apposition(text: str, title: _Title, mentions: list[Mention], family: str
                        ) -> tuple[str, int, int] | None:
    """The name in apposition before a Cyrillic title in the genitive, dative or instrumental, the
    title's phrase closed by a comma or the end: the name is in the title's case (guessed back, review)."""
    if family != "cyr" or not _OBLIQUE_TITLE.search(title.text) or not _phrase_closed(text, title, mentions):
        return None
    found = re.search(rf"(?<![\w]){_FULL_NAME},\s+{_NEW_OR_FORMER}$", _until_title(text[:title.start], mentions))
    if found is None:
        return None
    return _name_found(found, mentions)


# "назначил NAME послом", "iecēla NAME par vēstnieku", "paskyrė NAME ambasadoriumi", "appointed NAME as
# ambassador"; and the passive "NAME was appointed ambassador"
_APPOINTS = {
    "cyr": r"назначил\w*|призначив|призначила|призначили|прызначыў|прызначыла|прызначылі",
    "lv": r"iecēla|iecēlis|iecēlusi|ieceļ|apstiprināja",
    "lt": r"paskyrė|paskiria|paskirs|skiria|skyrė",
    "en": r"appointed|named|nominated|appoints|names|nominates",
}
_APPOINTED_PASSIVE = r"(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:appointed|named|nominated)"


# A given name and a surname or two, as one group: what the readers of a name beside a title look for.
_FULL_NAME = r"((?:" + _NAME_WORD.pattern + r")(?:\s+(?:" + _NAME_WORD.pattern + r")){1,2})"


def _name_found(found: re.Match[str], mentions: list[Mention]) -> tuple[str, int, int] | None:
    """The name `found` holds as its first group, with where it stands; None when a place stands there or
    one of its words is no name."""
    written = found.group(1)
    if any(m.start <= found.start(1) < m.end for m in mentions) or any(_NOT_NAME.match(w) for w in written.split()):
        return None
    return written, found.start(1), found.end(1)


def _appointed_object(text: str, title: _Title, mentions: list[Mention], family: str) -> tuple[str, int, int] | None:
    """The person a sentence appoints to the title: the object between the verb and the title (the title's
    own state may stand between: "par Latvijas vēstnieku", "as Lithuania's ambassador"), or in English the
    subject of "was appointed". Held unless the sentence dates it; the case is guessed back (review)."""
    head = _until_title(text[:title.start], mentions)
    found = re.search(rf"(?<![\w])(?i:{_APPOINTS[family]})\s+{_FULL_NAME}\s+(?i:par\s+|as\s+|to\s+be\s+)?(?i:the\s+)?"
                      r"(?i:new\s+|jaun\w+\s+|nauj\w+\s+|нов\w+\s+)?$", head)
    if found is None and family == "en":
        found = re.search(rf"(?<![\w]){_FULL_NAME}\s+{_APPOINTED_PASSIVE}\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?$", head)
    if found is None:
        return None
    return _name_found(found, mentions)


# The subject of the title, before a copula or "became": "NAME became Lithuania's ambassador", "NAME, who has
# served as", "NAME стал послом", "NAME kopš 2013. gada ir Latvijas vēstnieks", "NAME nuo 2010 m. yra ambasadorius"
_COPULA = {
    "en": r"(?:,\s+who)?\s+(?:has\s+|had\s+)?(?:became|becomes|been|is|was|served|serves|worked)\s+(?:as\s+)?"
          r"(?:the\s+|a\s+|an\s+)?(?:new\s+|first\s+)?",
    "cyr": r"\s+(?:(?:с|з|в|у|ў|ад)\s+\S+(?:\s+\S+){0,4}\s+)?(?:стал|стала|является|был|была|став|є|був|була|стаў|"
           r"з['’]яўляецца|быў)\s+(?:новым\s+|новим\s+|первым\s+|першим\s+)?",
    "lv": r"\s+(?:(?:kopš|no)\s+\S+(?:\s+\S+){0,4}\s+)?"
          r"(?:ir|bija|kļuva\s+par|kļūst\s+par|strādā\s+par|strādāja\s+par)\s+(?:jaun\w+\s+)?",
    "lt": r"\s+(?:nuo\s+\S+(?:\s+\S+){0,5}\s+)?(?:yra|buvo|tapo|dirba|dirbo)\s+(?:nauj\w+\s+)?",
}
_BECAME = re.compile(r"(?<![\w])(?:became|стал|стала|став|стаў|kļuva|tapo)(?![\w])", re.I)


def _subject_of(text: str, title: _Title, mentions: list[Mention], family: str) -> tuple[str, int, int] | None:
    """The name that is the subject of the title: the sentence opens with it (or "NAME, who"), then a copula
    or "became" and only the title's own state before the title."""
    head = _until_title(text[:title.start], mentions)
    found = re.match(rf"\s*{_HONORIFIC_LEAD}{_FULL_NAME}(?i:{_COPULA[family]})$", head)
    if found is None:
        # "In 2012, NAME served as Lithuania's ambassador in Minsk": a time leads, as in an apposition
        lead = re.match(r"\s*([^,]{1,40}),\s+", head)
        if lead is not None and _WHEN.search(lead.group(1)):
            found = re.match(rf"\s*[^,]{{1,40}},\s+{_HONORIFIC_LEAD}{_FULL_NAME}(?i:{_COPULA[family]})$", head)
    if found is None:
        return None
    return _name_found(found, mentions)


# The appointment as a noun, the person in the genitive beside it: "Nataliyos Antonovos paskyrimo į Lietuvos
# Respublikos garbės konsules Lvive pareigas", "назначение Пятраса Вайтекунаса на должность посла Литвы",
# "призначення NAME на посаду посла", "Jāņa Bērziņa iecelšana par vēstnieku", "the appointment of NAME as ambassador"
_APPOINTMENT_OF = {
    "lt": r"{name}\s+(?i:(?:pa)?skyrim\w*\s+į)\s+(?:(?:[A-ZĀ-Ž]\w+|\w+ų|\w+o)\s+){{0,3}}$",
    "lv": r"{name}\s+(?i:iecelšan\w*)\s+(?:par\s+)?(?:[A-ZĀ-Ž]\w+\s+){{0,3}}$",
    "cyr": r"(?i:назначени\w*|призначенн\w*|прызначэнн\w*)\s+{name}\s+"
           r"(?:(?i:на\s+(?:должность|посаду|пасаду|пост))\s+)?$",
    "en": r"(?i:appointment\s+of)\s+{name}\s+as\s+(?:the\s+)?(?:new\s+)?(?:[A-Z]\w+(?:['’]s)?\s+){{0,2}}$",
}


# The mission "led by" a person, after the title in the same sentence: "neieredzēt savas valsts vēstnieku Latvijā,
# jo ... Markoviča vadītā sūtniecība nespēja", "NAME vadovaujama ambasada", "the embassy headed by NAME"
_NAME_GROUP = r"((?:" + _NAME_WORD.pattern + r")(?:\s+(?:" + _NAME_WORD.pattern + r")){0,2})"
_LED_MISSION = {
    "lv": re.compile(_NAME_GROUP + r"\s+vadīt(?:ā|ās|ai|o|ajā|ajai|ajās)\s+(?:vēstniecīb|sūtniecīb)\w*"),
    "lt": re.compile(_NAME_GROUP + r"\s+vadovaujam(?:a|os|ai|ą|oje)\s+ambasad\w*"),
    "en": re.compile(r"(?:embassy|legation)\s+(?:headed|led)\s+by\s+(?:the\s+)?" + _NAME_GROUP),
}


def _head_of_mission(text: str, title: _Title, mentions: list[Mention], family: str) -> tuple[str, int, int] | None:
    """The title's holder named, later in its sentence, as the one who heads the mission ("Markoviča vadītā
    sūtniecība"): the name in the genitive (lv, lt), guessed back and held, one mission and one such name only."""
    pattern = _LED_MISSION.get(family)
    if pattern is None:
        return None
    found = [m for m in pattern.finditer(text, title.end)]
    if len(found) != 1:
        return None
    return _name_found(found[0], mentions)


def _appointment_of(text: str, title: _Title, mentions: list[Mention], family: str) -> tuple[str, int, int] | None:
    """The person the noun of appointment names in the genitive, right before the title's phrase."""
    found = re.search(_APPOINTMENT_OF[family].format(name=_FULL_NAME), text[:title.start])
    if found is None:
        return None
    return _name_found(found, mentions)


def _name_elsewhere(text: str, title: _Title, mentions: list[Mention], family: str
                    ) -> tuple[tuple[str, int, int] | None, _Title]:
    """The title's name where the readers beside the title found none, tried in this order, and the title
    saying how it was read: opening the sentence, the object or the subject of the appointment, beside a noun
    of appointment, or after a description of the person."""
    readers = ((lambda: _name_opening(text, title, mentions), "after the name"),
               (lambda: _oblique_apposition(text, title, mentions, family), "after the name"),
               (lambda: _replaced_as(text, title, mentions, family), "replaced"),
               (lambda: _appointed_object(text, title, mentions, family), "object"),
               (lambda: _subject_of(text, title, mentions, family), "subject"),
               (lambda: _appointment_of(text, title, mentions, family), "genitive"),
               (lambda: _head_of_mission(text, title, mentions, family), "genitive"),
               (lambda: _relative_antecedent(text, title, mentions), "relative"))
    for read, how in readers:
        name = read()
        if name is not None:
            return name, title.read_as(how)
    described = _described_name(text, title, mentions, family)
    if described is None:
        return None, title
    name, case = described
    return name, title.read_as(case)


# "NAME, kurš ... būdams vēstnieks Latvijā", "NAME, who was Lithuania's ambassador to Belarus", "NAME, который был
# послом Литвы": the person a relative clause says held the title, by a verb of being or serving right before it
_RELATIVE_OPENING = re.compile(r"((?:" + _NAME_WORD.pattern + r")(?:\s+(?:" + _NAME_WORD.pattern + r")){1,2}),\s+"
                               r"(?:who|kurš|kura|kuris|kuri|который|которая|який|яка|які|хто|які)\s")
_BEING_BEFORE_TITLE = re.compile(
    r"(?<![\w])(?:was|is|had\s+been|has\s+been|served\s+as|serving\s+as|worked\s+as|būdams|būdama|bija|ir|"
    r"strādāja\s+par|būdamas|būdama|buvo|dirbo|yra|был|была|являлся|являлась|является|работал\s+(?:в\s+качестве\s+)?|"
    r"работала\s+(?:в\s+качестве\s+)?|будучи|був|була|бувши|працював|працювала|быў|была|працаваў)\s+"
    r"(?:(?:the|a|an|Lithuania's|Latvia's|Ukraine's|Belarus's|Belarus'|first|last|former|then)\s+){0,2}$", re.I)


def _relative_antecedent(text: str, title: _Title, mentions: list[Mention]) -> tuple[str, int, int] | None:
    """The name a relative pronoun stands for when its clause says the person was, or served as, the title: the
    one full name right before ", who"/", kurš"/", который", with no other name between it and the title."""
    head = text[:title.start]
    if _BEING_BEFORE_TITLE.search(_until_title(head, mentions)) is None:
        return None
    openings = list(_RELATIVE_OPENING.finditer(head))
    if not openings or title.start - openings[-1].end() > 120:
        return None
    found = openings[-1]
    between = head[found.end():]
    if _TWO_NAMES.search(between) or any(p.search(between) for p, _r in _compiled_titles("en")):
        return None
    written = found.group(1)
    if any(m.start < found.end(1) and found.start(1) < m.end for m in mentions) or \
            any(_NOT_NAME.match(word) for word in written.split()):
        return None
    return written, found.start(1), found.end(1)


# The title in the instrumental, a verb of becoming or appointing, then the person with what they do:
# "Почесним консулом у місті Сєвєродонецьку став відомий підприємець, меценат, ... Робертас Габулас",
# "Lietuvos garbės konsulu tapo žinomas Charkovo verslininkas Konstantinas Tokarevas",
# "Почесним консулом призначено вінницького бізнесмена, ..., Ігоря Скоромного" (the accusative)
_INSTRUMENTAL_TITLE = {"cyr": re.compile(r"(?:ом|ем|ам)$", re.I), "lt": re.compile(r"(?:u|iumi|e)$", re.I),
                       "lv": re.compile(r"u$", re.I)}
_BECAME_SUBJECT = re.compile(r"(?<![\w])(?:став|стала|стал|стаў|тапо|tapo|tapusi|kļuva|kļuvusi|назначен|назначена|"
                             r"призначений|призначена|прызначаны|прызначана|paskirtas|paskirta|iecelts|iecelta)"
                             r"(?![\w])", re.I)
_APPOINTED_OBJECT = re.compile(r"(?<![\w])(?:призначено|назначено|прызначана|прызначаны)(?![\w])", re.I)
_RELATIVE_CLAUSE = re.compile(r"[.;:!?]|,\s+(?:який|яка|які|которы\w*|кото\w+|які|kuris|kuri|kurie|kas|kurš|kura|"
                              r"who|which)(?![\w])", re.I)
_QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"|“[^”]*”")


def _described_name(text: str, title: _Title, mentions: list[Mention], family: str
                    ) -> tuple[tuple[str, int, int], str] | None:
    """The person a title in the instrumental is given to, after a verb of becoming or appointing and what
    the page says they are; with the case that verb puts them in ('subject': the nominative, 'object':
    the accusative, guessed back for review)."""
    instrumental = _INSTRUMENTAL_TITLE.get(family)
    if instrumental is None or not instrumental.search(title.text):
        return None
    if family == "lv" and not re.search(r"(?<![\w])[Pp]ar\s+(?:\S+\s+){0,2}$",
                                        text[max(0, title.start - 40):title.start]):
        return None  # a Latvian title in the accusative is the instrumental's role only after "par"
    window = text[title.end:title.end + 80]
    verb = _BECAME_SUBJECT.search(window) or _APPOINTED_OBJECT.search(window)
    if verb is None or re.search(r"[.;:!?]", window[:verb.start()]):
        return None
    start = title.end + verb.end()
    stop = _RELATIVE_CLAUSE.search(text, start)
    end = min(stop.start() if stop else len(text), start + 160)
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, start, end)]
    name = rf"(?<![\w])(?:{_NAME_WORD.pattern})(?:\s(?:{_NAME_WORD.pattern})){{1,2}}(?![\w])"
    for found in re.finditer(name, text[:end]):
        if found.start() < start or any(a <= found.start() < b for a, b in quoted):
            continue
        words = found.group(0).split()
        if any(m.start < found.end() and found.start() < m.end for m in mentions) \
                or any(_NOT_NAME.match(w) for w in words):
            continue
        case = "object" if _APPOINTED_OBJECT.fullmatch(verb.group(0)) else "subject"
        return (found.group(0), found.start(), found.end()), case
    return None


def _name_line_above(sentence: Sentence, page: Page, title: _Title, mentions: list[Mention]) -> Quote | None:
    """"Petro Beshta" alone on a line, and right under it "Ambassador Extraordinary and Plenipotentiary of
    Ukraine to the Republic of Lithuania" alone on its line: the heading of a page about the ambassador.
    The title's line holds the title's phrase only (its filler and places, a stop); the name's line holds
    two or three name words only, no place, no office."""
    line = page.lines[sentence.line - 1]
    if sentence.start != len(line) - len(line.lstrip()) or sentence.text.strip() != line.strip():
        return None
    head = sentence.text[:title.start]
    for mention in sorted((m for m in mentions if m.end <= title.start), key=lambda m: -m.start):
        head = head[:mention.start] + " " + head[mention.end:]  # "Latvijas Republikas ārkārtējais ... vēstnieks"
    if not re.fullmatch(_FILLER.pattern, head, re.I):
        return None  # something else leads the title: "Since 2020 – Ambassador ..."
    position, _last = _past_phrase(sentence.text, title, mentions)
    if sentence.text[position:].strip(" .") or position == title.end:
        return None  # the phrase goes on, or names no state
    above = next(((n, page.lines[n - 1].strip()) for n in range(sentence.line - 1, max(0, sentence.line - 3), -1)
                  if page.lines[n - 1].strip()), None)
    if above is None:
        return None
    number, text = above
    found = re.fullmatch(rf"{_HONORIFIC_LEAD}{_FULL_NAME}", text)
    if found is None or any(_NOT_NAME.match(w) for w in found.group(1).split()) \
            or find_places(Places.builtin(), found.group(1), page.lang):
        return None
    return Quote(number, found.group(1))


# A line of a CV: "Since 2020 – Ambassador ...", "З 2020 року – Посол ...", "Kopš 2019. gada – vēstnieks ..."
_CV_LINE = re.compile(r"^\s*(?:since|from|kopš|nuo|з|с|ад|od)\s+[^–—]{1,30}?\s[–—-]\s", re.I)


def _bare_title_and_name(text: str, title: _Title, name: tuple[str, int, int]) -> bool:
    """"Посол Олександр Міщенко привітав": the title, then right after it a name of two words that closes
    (a lowercase word or a stop follows)."""
    written, start, end = name
    return (start == title.end + 1 and len(written.split()) == 2 and "." not in written
            and re.match(r"\s*(?:[,.;:]|[^\W\d_A-ZĀ-ŽА-ЯЁІЇЄҐЎ])", text[end:]) is not None)


def _once_per_page(read: Callable[..., _T]) -> Callable[..., _T]:
    """`read(page, ...)` computed once for the page being read (the last one only: pages are read one
    at a time), however many sentences ask; the page itself is kept to tell a new page from an old id."""
    last: list[tuple[Page, _T]] = []

    def once(page: Page, *args: object) -> _T:
        if last and last[0][0] is page:
            return last[0][1]
        value = read(page, *args)
        last[:] = [(page, value)]
        return value

    return once


# A ceremony of credentials: "accredited Ambassadors of Georgia, Belarus, and Thailand to Latvia", "akreditē
# Gruzijas, Baltkrievijas un Taizemes vēstniekus", "принял верительные грамоты послов ... "
_ACCREDITS = re.compile(r"(?<![\w])(?:accredit\w*|credentials|letters\s+of\s+credence|akreditē\w*|akreditēj\w*|"
                        r"akreditācij\w*|akreditav\w*|skiriamuosius\s+raštus|skiriamųjų\s+raštų|верительн\w*|"
                        r"вірч\w*|даверчы\w*|давяральн\w*)(?![\w])", re.I)


@_once_per_page
def _accreditations(page: Page, places: Places) -> list[tuple[str, frozenset[str], PartialDate | None, Quote]]:
    """Each sentence of the page telling envoys accredited to one state: (that host, the sending states it
    names, its one full day or None, its quote)."""
    from data.importer.extract_base import sentences_of_line

    family = _family(page.lang)
    found = []
    every = (s for number, line in page.numbered() if _ACCREDITS.search(line) for s in sentences_of_line(number, line))
    for sentence in every:  # only the lines with a word of accreditation are split: most have none
        text = sentence.text
        if not _ACCREDITS.search(text):
            continue
        mentions = [m for m in find_places(places, text, page.lang) if m.place.kind == "country"]
        hosts = {_code(m.place) for m in mentions if _preposition_before(text, m.start) in _TO.get(family, ())
                 or (family in ("lv", "lt") and m.case == "loc")}
        if len(hosts) != 1:
            continue
        [host] = hosts
        senders = frozenset(_code(m.place) for m in mentions) - {host}
        days = [d.date for d in find_dates(text, page.lang) if isinstance(d.date, PartialDate) and d.date.day]
        found.append((host, senders, days[0] if len(days) == 1 else None, sentence.quote()))
    return found


def _accredited_host(page: Page, places: Places, sending: str) -> tuple[str, PartialDate | None, Quote] | None:
    """The one state the page accredits `sending`'s envoy to, the day when one sentence says it, and that
    sentence; None when the page tells no such accreditation, or two hosts."""
    told = [a for a in _accreditations(page, places) if sending in a[1]]
    if len({a[0] for a in told}) != 1:
        return None
    return told[0][0], told[0][2] if len(told) == 1 else None, told[0][3]


@_once_per_page
def _embassys_state(page: Page, places: Places) -> tuple[str, str] | None:
    """The one embassy the page names with its state and its host ("Посольства України в Латвії",
    "the Embassy of Lithuania in Kyiv"), as (sender, host) within the four relations; None when it names
    none, or more than one: computed once per page."""
    family = _family(page.lang)
    pattern = next(p for p, kind in _compiled_missions(family) if kind == "embassy")
    found = set()
    for line in page.lines:
        for match in pattern.finditer(line):
            window = line[match.end():match.end() + 40]
            near = find_places(places, window, page.lang)
            owner = next((m for m in near if m.place.kind == "country" and m.case in ("gen", "adj", "any")
                          and m.start < 12), None)
            if owner is None and (near and near[0].start < 12):
                # "Латвія відновила роботу посольства в Києві": the state whose embassy it is opens the clause
                # (its subject, the only state before the word), the place after says where
                opening = max(0, match.start() - 120)  # the clause before the word, not the whole line
                before = [m for m in find_places(places, line[opening:match.start()], page.lang)
                          if m.place.kind == "country"]
                if len(before) == 1 and before[0].case in ("nom", "any") \
                        and not re.search(r"[,;.]", line[opening + before[0].end:match.start()]):
                    owner = before[0]
                    host = next((m for m in near if m.case == "loc" or _preposition_before(window, m.start)
                                 in _TO[family]), None)
                    if host is not None and in_scope(_code(owner.place), _code(host.place)):
                        found.add((_code(owner.place), _code(host.place)))
                    continue
            host = next((m for m in near if owner is not None and m.start > owner.end
                         and (m.case == "loc" or _preposition_before(window, m.start) in _TO[family])), None)
            if owner is not None and host is not None and in_scope(_code(owner.place), _code(host.place)):
                found.add((_code(owner.place), _code(host.place)))
    return next(iter(found)) if len(found) == 1 else None


@_once_per_page
def _consulates_state(page: Page, places: Places, pair: tuple[str, str] | None) -> str | None:
    """The one state of the page's pair whose honorary consulates the page names ("Почесне консульство
    Латвійської Республіки"), or None when it names none or both: computed once per page (whose
    pair is the page's own)."""
    family = _family(page.lang)
    pattern = next(p for p, kind in _compiled_missions(family) if kind == "honorary-consulate")
    states = set()
    for line in page.lines:
        for match in pattern.finditer(line):
            near = [m for m in find_places(places, line[max(0, match.start() - 30):match.end() + 40], page.lang)
                    if m.place.kind == "country" and m.case in ("gen", "adj")]
            states |= {_code(m.place) for m in near}
    return next(iter(states)) if len(states) == 1 and pair and next(iter(states)) in pair else None


# "The first Lithuanian ambassador to Ukraine was NAME", "Latvijas vēstnieks Ukrainā ir NAME"
# (a start may stand before the copula: "Latvijas goda konsuls Ļvivā kopš 2015. gada ir NAME")
_COPULA_AFTER = re.compile(r"\s*,?\s*(?:(?:kopš|nuo|since|с|з)\s+[^,;:()]{1,30}?\s+)?"
                           r"(?:is|was|has\s+been|had\s+been|will\s+be|ir|bija|būs|yra|buvo|bus)\s+", re.I)
_TERM_BETWEEN = re.compile(r"\s*,?\s*(?:(?:в|у|ў|in|from|no|nuo|с|з)\s+)?(?P<first>(?:19|20)\d\d)\.?\s*"
                           r"(?:[-–—]|по|до|to|līdz|iki)\s*(?P<last>(?:19|20)\d\d)(?![\d])\.?\s*"
                           r"(?:годах|годы|гады|гадах|роках|роки|gadā|gados|gadam|m\.|metais|metų)?\s*,?\s*", re.I)
_BRACKET_TERM = re.compile(r"\s*\(\s*(?P<start>(?:1[89]|20)\d\d)\s*(?:[-–—]\s*(?P<end>(?:1[89]|20)\d\d))?\s*\)")


def _past_phrase(text: str, title: _Title, mentions: list[Mention]) -> tuple[int, int]:
    """Where the title's phrase ends, past its filler words and places ("ambassador of Lithuania to
    Ukraine"), and where its last place ends (the title's end when it names none)."""
    position = last = title.end
    while True:
        filler = re.match(_FILLER.pattern, text[position:], re.I)
        position += filler.end() if filler else 0
        place = next((m for m in mentions if m.start <= position < m.end), None)
        if place is None:
            return position, last
        position = last = place.end


def _name_after_copula(text: str, title: _Title, mentions: list[Mention]) -> tuple[str, int, int] | None:
    """The name after the title's phrase and a copula: the title is the subject, the name its holder."""
    position, _last_place = _past_phrase(text, title, mentions)
    copula = _COPULA_AFTER.match(text, position)
    if copula is None or position == title.end:
        return None  # the title's own states must stand between: "the ambassador was Mr X" says no post
    name = _name_after(text, copula.end(), mentions)
    if name is None or not re.match(r"\s*(?:[,.;:(]|$)", text[name[2]:]):
        return None  # the name closes the clause: "is Very Important for the talks" is no name
    return name


# The rank an envoy's title is given before it, in the six languages: "ārkārtējais un pilnvarotais vēstnieks"
_RANK_BEFORE = re.compile(r"(?:(?<![\w])(?:ārkārtēj\w*|pilnvarot\w*|nepaprast\w*|įgaliot\w*|[Чч]резвычайн\w*|"
                          r"[Пп]олномочн\w*|[Нн]адзвичайн\w*|[Пп]овноважн\w*|[Нн]адзвычайн\w*|[Пп]аўнамоцн\w*|"
                          r"Extraordinary|Plenipotentiary|un|ir|и|і|and)\s+)+$")


def _until_title(head: str, mentions: list[Mention]) -> str:
    """The text before a title without the title's own state right before it ("Lithuania's", "Latvijas"), nor
    the rank between them ("Ukrainas ārkārtējais un pilnvarotais vēstnieks")."""
    rank = _RANK_BEFORE.search(head)
    if rank is not None and re.search(r"(?:ārkārtēj|nepaprast|резвычайн|адзвичайн|адзвычайн|Extraordinary)\w*",
                                      rank.group(0), re.I):
        head = head[:rank.start()]
    end = len(head)
    while True:
        stripped = head[:end].rstrip()
        stripped = stripped[:-2] if stripped.endswith(("'s", "’s")) else stripped
        state = next((m for m in mentions if m.end == len(stripped) and m.start < len(stripped)), None)
        if state is None:
            return head[:end]
        end = state.start


_SINCE_IN_PHRASE = re.compile(r"\s*(?:since|from|kopš|nuo|с|з)\s+[^,;:()]{1,30}?(?=\s*[,;)])", re.I)


def _phrase_closed(text: str, title: _Title, mentions: list[Mention]) -> bool:
    """Whether the title's phrase (its filler and places) ends at a comma, a stop or the sentence's end."""
    position, last = _past_phrase(text, title, mentions)
    since = _SINCE_IN_PHRASE.match(text, position)
    if since is not None:  # "NAME, Latvia's ambassador to Belarus since 2019, was told to leave"
        position = last = since.end()
    # "NAME, the Charge d'Affaires of Lithuania, was summoned": the filler took the comma that closes it
    closing_comma = re.fullmatch(r"\s*,\s*", text[last:position]) is not None and \
        re.match(r"[^\W\d_A-ZĀ-ŽА-ЯЁІЇЄҐЎ]", text[position:]) is not None
    # "NAME, Lithuania's honorary consul in Mykolaiv and the president of the Agrofusion holding, said": a second
    # apposition joined on
    second = re.match(r"\s+and\s+(?:the|a|an)\s+[^\W\d_A-Z][^\W\d_]*\s+(?:of\s+)?[^,;.]{0,80},", text[last:])
    # "NAME, Ukrainas ... vēstnieks Latvijā, — "Latvijas Vēstnesim"": an interview heading, closed by a dash
    dash = re.fullmatch(r"\s*,\s*[–—]\s*", text[last:position]) is not None
    return re.match(r"\s*(?:[,.;:)]|$)", text[position:]) is not None or text[position - 1:position] == "," \
        or closing_comma or second is not None or dash


def _nominative(written: str, lang: str, title: _Title) -> nm.Nominative:
    """The nominative the case of the title allows; any other case stays as written, uncertain."""
    if title.text.endswith("(duties)") and lang in CYRILLIC:
        from data.importer.extract_cyr import nominative_cyrillic

        return nominative_cyrillic(written.replace("c", "с"))
    if title.text.endswith(("(subject)", "(heading)")):  # "Pēteris Kalniņš kopš 2013. gada ir vēstnieks"
        return nm.Nominative(written, nm.tidy_name(written)) if lang in ("en", "lv", "lt") else \
            _nominative(written, lang, _Title(title.role, title.start, title.end, "посол"))
    if title.text.endswith(("(object)", "(replaced)")):  # "назначил Петра Бешту послом": the accusative
        return nm.guess_nominative(written, lang) if lang != "en" else nm.Nominative(written, nm.tidy_name(written))
    if title.text.endswith("(genitive)"):  # "Nataliyos Antonovos paskyrimo į ... pareigas": guessed back
        if lang == "lv":
            return nm.nominative(written, "lv", genitive=True)
        return nm.guess_nominative(written, lang) if lang != "en" else nm.Nominative(written, nm.tidy_name(written))
    if title.text.endswith("(relative)"):  # the case is the main clause's, which the rules do not read
        return nm.Nominative(written, nm.tidy_name(written)) if lang == "en" else \
            nm.Nominative(written, written, certain=False,
                          doubts=(f"{written!r} stands before a relative pronoun; its case is not read",))
    if title.text.endswith("(after the name)"):
        return nm.guess_nominative(written, lang) if lang in CYRILLIC else nm.Nominative(written, written)
    if lang == "en":
        return nm.Nominative(written, nm.tidy_name(written))
    case = _case_of(title, lang)
    if case == "dat" and lang in CYRILLIC:
        return nm.guess_nominative(written, lang, case="dat")
    if lang == "lv" and case == "gen":
        return nm.nominative(written, "lv", genitive=True)
    if case == "nom" and (lang not in _NOMINATIVE_END or all(_NOMINATIVE_END[lang].search(w)
                                                            for w in written.split())):
        if lang in CYRILLIC:
            from data.importer.extract_cyr import nominative_cyrillic

            return nominative_cyrillic(written)
        return nm.Nominative(written, nm.tidy_name(written))
    return nm.guess_nominative(written, lang)


def _case_of(title: _Title, lang: str) -> str | None:
    word = title.text.split()[-1].lower()
    if lang == "lv":
        if "lietved" in word:
            return {"lietvedis": "nom", "lietvede": "nom", "lietveža": "gen", "lietvedes": "gen"}.get(word)
        return "nom" if word.endswith(("ks", "ce", "ls")) else "gen" if word.endswith(("ka", "ces", "la")) else "other"
    if lang == "lt":
        if word.endswith(("ius", "ė")) or word.endswith("patikėtinis") or word.endswith("patikėtinė") \
                or word == "konsulas":
            return "nom"
        return "other"
    if lang in CYRILLIC:
        if word in ("посол", "пасол", "амбасадар", "консул") or word.endswith(("ий", "ый", "ні")):
            return "nom"
        if word.endswith(("ом", "ам")):
            return "nom"  # "Послом ... є NAME": the title in the instrumental, the name the subject
        if word in ("послу", "паслу", "послові", "амбасадару", "амбасадарові", "консулу", "консулові"):
            return "dat"  # "послу Латвии Эйнару Семанису": the name beside it is in the dative too
        return "other"
    return None


# The verbs that say someone holds a post: "P. Vaitiekūnas Kijeve dirba nuo 2010 metų sausio" dates the
# posting; "консул NAME с 2014 года предоставляет помощь" (helps since 2014) says nothing of it.
_IN_OFFICE = re.compile(
    r"(?<![\w])(?:dirba|dirbo|dirbęs|strādā|strādāja|strādājis|pilda|pildīja|pildījis|ir|bija|yra|buvo|eina|ėjo|"
    r"works|worked|working|serves|served|serving|is|was|has\s+been|had\s+been|holds|held|heads|headed|"
    r"работает|работал\w*|служит|служил\w*|является|являлся|являлась|был|была|занимает|занимал\w*|возглавляет|"
    r"возглавлял\w*|працює|працював|працювала|є|був|була|обіймає|обіймав|очолює|очолював|працуе|працаваў|"
    r"працавала|з.яўляецца|быў|была|займае|займаў|узначальвае|узначальваў)(?![\w])", re.I)


def dated_by_since(held: list[HeldFact], page: Page) -> list[Fact]:
    """Held postings that another sentence dates: "P. Vaitiekūnas Kijeve dirba nuo 2010 metų sausio".

    The sentence must name the person's surname and give exactly one start ("since", "nuo", "no",
    "kopš", "з", "с" before a date with a year); the posting then starts there, quoting both.
    """
    from dataclasses import replace as _replace

    from data.importer.places import Places

    out: list[Fact] = []
    envoys_held = [f for f in held if f.fact_kind == "envoy" and f.people]
    every = list(_sentences(page)) if envoys_held else []
    places = Places.builtin() if envoys_held else None
    for fact in held:
        if fact.fact_kind != "envoy" or not fact.people:
            out.append(fact)
            continue
        surname = fact.people[0].name.text.split()[-1]
        written = fact.people[0].written.split()[-1]
        pattern = re.compile(rf"(?<![\w]){'|'.join(re.escape(w) for w in {surname, written})}(?![\w])")
        starts = []
        for sentence in every:
            if sentence.quote() in fact.quotes or not pattern.search(sentence.text):
                continue
            dates = _start_dates(sentence.text, page.lang, 0)
            assert places is not None
            # the post itself: the host country or one of its cities, not "worked from Vilnius"
            there = [m for m in places.find(sentence.text, page.lang) if _code(m.place) == fact.receiving
                     and _preposition_before(sentence.text, m.start) not in _FROM[_family(page.lang)]]
            if len(dates) == 1 and there and _IN_OFFICE.search(sentence.text):
                starts.append((dates[0], sentence))
        if not starts:
            starts = _said_of_by_pronoun(fact, envoys_held, every, page, places)
        if not starts:
            starts = _appointed_to_this_post(fact, every, page)
        if not starts:
            starts = _next_said_by_pronoun(fact, envoys_held, every, page, places)
        if len(starts) != 1:
            out.append(fact)
            continue
        start, sentence = starts[0]
        envoy = EnvoyFact((*fact.quotes, sentence.quote()), fact.people[0], fact.sending, fact.receiving,
                          fact.role or "ambassador", None, None, start)
        out.append(_replace(envoy))
    return out


_REPLACES = re.compile(
    r"(?<![\w])(?:nomaina|nomainīs|nomainīja|aizstās|aizstāj|aizstāja|pakeis|pakeitė|pakeičia|replaces|replaced|"
    r"will\s+replace|succeeds|succeeded|will\s+succeed|замінить|замінив|замінила|змінить|змінив|змінила|заменит|"
    r"заменил\w*|сменит|сменил\w*|сменяет|заменяет|сменить|заменить|змінити|замінити|"
    r"заменіць|замяніў|замяніла|зменіць|змяніў|змяніла|"
    # the present and the participle: "замінюючи на цій посаді NAME", "який замінює NAME", "replacing NAME"
    r"замінюючи|замінює|змінюючи|змінює|заменяя|сменяя|замяняючы|змяняючы|replacing)(?![\w])", re.I)
# "in this post" between the word of replacing and the name it replaces
_IN_THIS_POST = re.compile(r"\s+(?:на\s+(?:цій|цьому|этой|этом|гэтай|гэтым)\s+(?:посаді|посту|должности|пасадзе|"
                           r"пасту)|šajā\s+amatā|amatā|šiame\s+poste|šiose\s+pareigose|in\s+(?:this|the)\s+post)"
                           r"(?=\s)", re.I)


def predecessors(facts: list[Fact], page: Page, places: Places) -> list[Fact]:
    """The envoy a posting of the page replaces holds the same post: "Pildegovičs amatā nomaina Ilgvaru
    Kļavu, kurš vēstnieka pienākumus pildīja kopš 2021. gada septembra" -> Kļava's posting, from 2021-09.

    The sentence must name the successor's surname (or be the sentence of the successor's posting) before
    the word of replacing, and the predecessor right after it. A start said after the name ("kopš",
    "since", "з") dates the predecessor's posting; else it is held. One successor posting per sentence.
    """
    posts = [f for f in facts if isinstance(f, EnvoyFact) or (isinstance(f, HeldFact) and f.fact_kind == "envoy"
                                                               and f.people)]
    if not posts:
        return []
    from data.importer.extract_base import sentences_of_line

    out: list[Fact] = []
    lines = [(n, line) for n, line in page.numbered() if _REPLACES.search(line)]

    def last_before(number: int) -> Sentence | None:
        """The last sentence of the nearest line above with text: "he" opening a line is the one it names."""
        above = next(((n, page.lines[n - 1]) for n in range(number - 1, max(0, number - 3), -1)
                      if page.lines[n - 1].strip()), None)
        return None if above is None else [*sentences_of_line(*above)][-1]

    told = [(s, previous) for n, line in lines
            for s, previous in zip(sentences_of_line(n, line), [last_before(n), *sentences_of_line(n, line)],
                                   strict=False)]
    for sentence, previous in told:
        # every word of replacing: "Латвия заменит посла ... Кляву, ... – его заменит дипломат NAME" tells the
        # successor at the second
        for verb in _REPLACES.finditer(sentence.text):
            text, head = sentence.text, sentence.text[:verb.start()]
            if previous is not None and _PRONOUN.fullmatch(head.strip()):
                # "... о назначении Пилдеговичса ... . Он заменил Илгварса Кляву": "he" is the one the
                # sentence before names, when it names exactly one new envoy
                head = previous.text
            words = [w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", head)]
            own = [f for f in posts if sentence.quote() in f.quotes
                   or any(_same_stem(w, _person_of(f).name.text.split()[-1]) for w in words if len(w) > 3)]
            # one person however the page spells them ("Пилдеговичс" in Russian, "Пілдеговічс" in a quoted post)
            successors = {(f.sending, f.receiving, f.role or "ambassador",  # type: ignore[attr-defined]
                           fold_name(_person_of(f).name.text.split()[-1])): _person_of(f).name.text for f in own}
            if len(successors) != 1:
                continue
            (sending, receiving, role, _surname), who = successors.popitem()
            mentions = places.find(text, page.lang)
            if _replaced_one(head, who, text, verb, page.lang):
                # "на данном посту Игнатавичюса должен сменить директор ... Андрюс Пулокас": the known envoy is
                # the one replaced (a declined object, or "is replaced by"); the name after the verb succeeds him
                after = _successor_after(text, verb.end(), mentions)
                if after is not None and not _same_stem(after.split()[-1], who.split()[-1]):
                    mention = PersonMention(nm.guess_nominative(after, page.lang) if page.lang != "en"
                                            else nm.Nominative(after, after), page.lang, sentence.quote())
                    out.append(HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,),
                                        f"the page names this envoy as the one who replaces {who}; no start date",
                                        role=role))
                continue
            in_post = _IN_THIS_POST.match(text, verb.end())
            name = _name_after(text, in_post.end() if in_post else verb.end(), mentions)
            if name is None:
                continue
            written, _start, end = name
            mention = PersonMention(nm.guess_nominative(written, page.lang) if page.lang != "en"
                                    else nm.Nominative(written, written), page.lang, sentence.quote())
            starts = _start_dates(text[end:], page.lang, 0)
            if len(starts) == 1:
                out.append(EnvoyFact((sentence.quote(),), mention, sending, receiving, role, None, None, starts[0]))
            else:
                out.append(HeldFact((sentence.quote(),), "envoy", sending, receiving, (mention,),
                                    "the page names this envoy as the one a new envoy replaces; no start date",
                                    role=role))
    return out


def _replaced_one(head: str, who: str, text: str, verb: re.Match[str], lang: str) -> bool:
    """Whether the known envoy before the word of replacing is its object: "Игнатавичюса должен сменить"
    (the surname declined, in uk, ru, be, where the object leads freely) or "X will be replaced by"."""
    if re.match(r"\s+by\s", text[verb.end():]) and re.search(r"(?:be|been|is|was)\s+$", text[:verb.start()]):
        return True
    if lang not in CYRILLIC:
        return False
    surname = who.split()[-1]
    written = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", head) if len(w) > 3 and _same_stem(w, surname)]
    return bool(written) and all(fold_name(w) != fold_name(surname) for w in written)


def _successor_after(text: str, end: int, mentions: list[Mention]) -> str | None:
    """The first full name (two or three capitalised words, no place, no acronym) in the clause after a
    word of replacing: "сменить директор Консульского департамента МИД Литвы Андрюс Пулокас"."""
    clause = re.split(r"[,;:(]|\s[–—-]\s", text[end:], maxsplit=1)[0]
    if len(clause.split()) > 10:
        return None
    cursor = end
    for word in re.finditer(r"\S+", clause):
        start = end + word.start()
        if start < cursor or any(m.start <= start < m.end for m in mentions):
            continue
        words: list[str] = []
        position = start
        while len(words) < 3:
            match = _NAME_WORD.match(text, position)
            if (match is None or match.end() > end + len(clause) or any(m.start == position for m in mentions)
                    or _NOT_NAME.match(match.group(0)) or match.group(0).isupper()):
                break
            words.append(match.group(0))
            position = match.end() + 1
            if not text.startswith(" ", match.end()):
                break
        if len(words) >= 2:
            return " ".join(words)
        cursor = position
    return None


def _person_of(fact: Fact) -> PersonMention:
    return fact.person if isinstance(fact, EnvoyFact) else fact.people[0]  # type: ignore[attr-defined]


def visit_elsewhere(facts: list[Fact], page: Page, places: Places) -> list[Fact]:
    """A trip held without a year, and another sentence that puts its traveller in the host country on
    another day ("заявил 16 сентября в Вильнюсе ... Лукашенко" beside "16 июня проходит визит"): the
    second day joins the held trip, which the review then shows as a conflict with both days."""
    from data.importer.dateline import day_months

    trips = [f for f in facts if isinstance(f, HeldFact) and f.fact_kind == "visit" and f.people and f.date_text]
    if not trips:
        return []
    from data.importer.extract_base import sentences_of_line

    out: list[Fact] = []
    trips = trips[:50]  # a page of hundreds of undated trips is a list, not news: no cross-reading
    stems = {t.people[0].name.text.split()[-1].lower()[:5] for t in trips}
    every = [(sentence, sentence.text.lower()) for number, line in page.numbered()
             if any(stem in line.lower() for stem in stems) for sentence in sentences_of_line(number, line)]
    for trip in trips:
        surname = trip.people[0].name.text.split()[-1]
        stem = surname.lower()[:5]
        for sentence, low in every:
            text = sentence.text
            if stem not in low or sentence.quote() in trip.quotes:
                continue
            if not any(_same_stem(w, surname) for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3):
                continue
            there = [m for m in places.find(text, page.lang) if _code(m.place) == trip.receiving
                     and (m.case == "loc" or _preposition_before(text, m.start) in ("в", "во", "у", "ў", "in", "uz",
                                                                                   "į", "at"))]
            days = day_months(text, page.lang)
            if there and len(days) == 1 and days[0].text != trip.date_text and not find_dates(text, page.lang):
                out.append(HeldFact((sentence.quote(),), "visit", trip.sending, trip.receiving, trip.people,
                                    f"the page also puts {trip.people[0].written} in {there[0].text} on "
                                    f"{days[0].text}", city=trip.city, date_text=days[0].text))
    return out


_PRONOUN = re.compile(r"(?<![\w])(?:he|she|viņš|viņa|jis|ji|он|она|він|вона|ён|яна)(?![\w])", re.I)
# The interviewee speaking of the post: "Since 2019 I have served as Ambassador of Ukraine to Latvia",
# "Kopš 2019. gada es esmu ...", "С 2019 года я являюсь послом ..." ("I" only as a capital: a word alone)
_FIRST_PERSON = re.compile(r"(?<![\w])(?:I|[Ee]s|[Aa]š|[Яя])(?![\w'’])")


_THIS_POST = re.compile(
    r"^(?:diplomatas|jis|ji|diplomāts|viņš|viņa|he|she|the\s+diplomat|он|она|дипломат|він|вона|ён|яна)\s+"
    r"(?:\S+\s+){0,3}?(?:į\s+šias\s+pareigas\s+(?:buvo\s+)?paskirt\w*|(?:buvo\s+)?paskirt\w*\s+į\s+šias\s+pareigas|"
    r"šajā\s+amatā\s+(?:tika\s+)?iecelt\w*|(?:tika\s+)?iecelt\w*\s+šajā\s+amatā|"
    r"(?:was\s+)?appointed\s+to\s+(?:this|the)\s+post|"
    r"(?:был\s+|была\s+)?назначен\w*\s+на\s+эту\s+должность|(?:був\s+|була\s+)?призначен\w*\s+на\s+цю\s+посаду)",
    re.I)


def _appointed_to_this_post(fact: HeldFact, every: list[Sentence], page: Page) -> list:
    """"V. Sarapiną ... atšaukti ketinama ... . Diplomatas į šias pareigas buvo paskirtas 2020 metais.":
    the sentence right after one naming the held envoy's surname says when "the diplomat" or "he"
    was appointed to this post (one date with a year): the posting starts then."""
    surname = fold_name(fact.people[0].written.split()[-1])[:5]
    found = []
    for previous, sentence in itertools.pairwise(every):
        if previous.line != sentence.line and previous.line + 2 < sentence.line:
            continue
        if not _THIS_POST.search(sentence.text) or surname not in fold_name(previous.text):
            continue
        dates = [d.date for d in find_dates(sentence.text, page.lang)]
        if not dates:  # "2020 metais": a year the date reader leaves to its context
            dates = [PartialDate(int(y)) for y in re.findall(r"(?<![\d.-])((?:19|20)\d\d)(?![\d.-])", sentence.text)]
        if len(dates) == 1:
            found.append((dates[0], sentence))
    return found


def _said_of_by_pronoun(fact: HeldFact, held: list[HeldFact], every: list[Sentence], page: Page,
                        places: Places) -> list:
    """"Since the end of 2015, he has been Ambassador ... of Latvia to Moldova and Ukraine": a sentence
    whose subject is a pronoun, with the title of the held post, its host and one start. It is read
    as that posting only when the page holds no other posting of that title and host. An interview's
    "Since 2019 I have served as Ambassador of Ukraine to Latvia" is the interviewee's, by the same rule."""
    same_post = {(f.role, f.receiving) for f in held if f.fact_kind == "envoy"
                 and (f.role, f.receiving) == (fact.role, fact.receiving)
                 and fold_name(f.people[0].name.text) != fold_name(fact.people[0].name.text)}
    if same_post:
        return []
    family = _family(page.lang)
    titles = [p for p, role in _compiled_titles(family) if role == (fact.role or "ambassador")]
    found = []
    for sentence in every:
        text = sentence.text
        pronoun = _PRONOUN.search(text) or _FIRST_PERSON.search(text) or _CV_LINE.match(text)
        title = next((m for p in titles for m in [p.search(text)] if m), None)
        if pronoun is None or title is None or pronoun.start() > title.start():
            continue
        if re.search(rf"{_NAME_WORD.pattern}\s{_NAME_WORD.pattern}", text[:title.start()]):
            continue  # a named subject: not the pronoun's
        dates = _start_dates(text[:title.start()], page.lang, 0) or _start_dates(text, page.lang, 0)
        hosts = [m for m in places.find(text, page.lang) if _code(m.place) == fact.receiving
                 and m.start > title.start()]
        if len(dates) == 1 and hosts:
            found.append((dates[0], sentence))
    return found


# A third person's pronoun opening the sentence: "He's been working in our country since 2013", "Он работает ..."
_OPENING_PRONOUN = re.compile(r"^\s*(?:he|she|viņš|viņa|jis|ji|он|она|він|вона|ён|яна)(?:['’]s)?(?![\w])", re.I)
# The post told from the host's side: "in our country", "here"
_HERE = re.compile(r"(?<![\w])(?:(?:in|to)\s+our\s+country|here|у\s+нас|в\s+нашей\s+стране|в\s+нашій\s+країні|"
                   r"у\s+нашій\s+країні|у\s+нашай\s+краіне|ў\s+нашай\s+краіне|тут|здесь|mūsu\s+valstī|pie\s+mums|"
                   r"šeit|mūsų\s+šalyje|pas\s+mus|čia)(?![\w])", re.I)


def _next_said_by_pronoun(fact: HeldFact, held: list[HeldFact], every: list[Sentence], page: Page,
                          places: Places) -> list:
    """"Ambassador of the Republic of Lithuania NAME is completing his diplomatic mission in Belarus. He's been
    working in our country since 2013.": the sentence right after the posting's, opened by a pronoun, with a
    verb of serving, the post ("in Belarus", "in our country") and one start. Read only on a page that holds one
    person's posting, so that the pronoun can stand for nobody else."""
    if len({fold_name(f.people[0].name.text) for f in held if f.fact_kind == "envoy" and f.people}) != 1:
        return []
    found = []
    for number, sentence in enumerate(every[:-1]):
        if sentence.quote() not in fact.quotes:
            continue
        following = every[number + 1]
        text = following.text
        if not _OPENING_PRONOUN.match(text) or not _IN_OFFICE.search(text):
            continue
        there = _HERE.search(text) is not None or any(
            _code(m.place) == fact.receiving and _preposition_before(text, m.start) not in _FROM[_family(page.lang)]
            for m in places.find(text, page.lang))
        dates = _start_dates(text, page.lang, 0)
        if there and len(dates) == 1:
            found.append((dates[0], following))
    return found[:1]


def fold_name(text: str) -> str:
    from data.importer.keys import fold_key

    return fold_key(text)


def _sentences(page: Page):
    from data.importer.extract_base import sentences

    return sentences(page)


# "since the end of 2015", "с весны 2013 года", "nuo 2010 metų pavasario" is the year's own reader's
_SEASON = (r"(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?|весны|лета|осени|зимы|весни|літа|осені|"
           r"зими|вясны|восені|зімы|pavasara|vasaras|rudens|ziemas|pavasario|vasaros|žiemos)")
_SINCE = re.compile(r"(?<![\w])(?:since|from|kopš|no|nuo|з|с|із|ад|od)\s+(?:the\s+(?:end|beginning|start)\s+(?:of\s+)?|"
                    rf"{_SEASON}\s+)?$", re.I)


# "будет освобожден от своего поста с 5 августа": the day a posting ends, not starts
_LEAVES_POST = re.compile(r"освобожд|звільн|вызвал|atšauk|atsauk|recall|отозва|відклика|адклік", re.I)


def _start_without_year(text: str, page: Page) -> tuple[object, str] | None:
    """'с 19 августа', 'from 1 March' without a year: the one such start, in the year of the page's own
    date when that is the only reading (`dateline.with_year`), with the note that says so."""
    from data.importer.dateline import day_months, with_year

    days = [d for d in day_months(text, page.lang)
            if _SINCE.search(text[max(0, d.start - 24):d.start].lower())]
    if len(days) != 1 or find_dates(text, page.lang):
        return None
    return with_year(days[0], page.dateline())


_SINCE_IN_DATE = re.compile(r"(?:since|from)\s", re.I)


def _start_dates(text: str, lang: str, title_start: int):
    """The start a sentence gives a posting: 'since', 'nuo', 'no', 'kopš', 'з', 'с' before a date with a year."""
    starts = []
    for found in find_dates(text, lang):
        before = text[max(0, found.start - 24):found.start].lower()  # "since the end of 2015"
        if _SINCE.search(before) or _SINCE_IN_DATE.match(found.text):  # the date read "From 1993" whole
            starts.append(found.date)
    return starts


# --- the words of missions (read in missions.py) and the nations' adjectives -----------------------

_MISSIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((r"honorary\s+consulates?", "honorary-consulate"), (r"(?:consulate[- ]general|general\s+consulate)s?",
                                                               "consulate-general"),
           (r"consulates?", "consulate"),
           # "Lithuania's (diplomatic) representation in Minsk": the state's mission there
           (r"embass(?:y|ies)|diplomatic\s+mission|(?<=['’]s\s)(?:diplomatic\s+)?representation|"
            # "Lithuanian representation in Minsk": a nation's own adjective right before says whose
            r"(?:(?<=Latvian\s)|(?<=Lithuanian\s)|(?<=Belarusian\s)|(?<=Ukrainian\s))representation|"
            r"diplomatic\s+representation", "embassy")),
    "lv": ((r"goda\s+konsulāt\w*", "honorary-consulate"), (r"ģenerālkonsulāt\w*", "consulate-general"),
           (r"konsulāt\w*", "consulate"),
           (r"vēstniecīb\w*|diplomātisk\w+\s+pārstāvniecīb\w*|diplomātisk\w+\s+misij\w*", "embassy")),
    "lt": ((r"garbės\s+konsulat\w*", "honorary-consulate"), (r"generalin\w+\s+konsulat\w*", "consulate-general"),
           (r"konsulat\w*", "consulate"),
           # "Lietuvos (diplomatinė) atstovybė Minske": the state's mission; a permanent one is at an organisation
           (r"ambasad(?!or)\w*|(?<!nuolatinė\s)(?<!nuolatinę\s)(?<!nuolatinės\s)(?:diplomatin\w+\s+)?atstovyb\w*|"
            r"diplomatin\w+\s+misij\w*",
            "embassy")),
    "cyr": ((r"(?:почесн|почетн|ганаров)\w*\s+консульств\w*", "honorary-consulate"),
            (r"генеральн\w+\s+консульств\w*|генконсульств\w*", "consulate-general"),
            (r"консульств\w*", "consulate"), (r"посольств\w*|пасольств\w*|амбасад(?!ар)\w*|"
                                               r"дипломатическ\w+\s+представительств\w*|"
                                               r"дипломатичн\w+\s+представництв\w*|"
                                               r"дипломатическ\w+\s+мисси\w*|дипломатичн\w+\s+місі\w*|"
                                               r"дыпламатычн\w+\s+місі\w*", "embassy")),
}
"""The words of a mission in each family, most specific first: what `missions.py` reads, what the envoy
readers skip past, what makes a sentence worth reading."""


_NATIONS = {
    # the people's name standing for its state: "baltkrievu diplomāti", "Літоўскі ўрад", "литовский посол"
    "BY": r"baltkrievu|baltarusių|белорусск\w*|білоруськ\w*|беларуск\w*",
    "LV": r"latviešu|latvių|латвийск\w*|латвійськ\w*|латвійск\w*",
    "LT": r"lietuviešu|lietuvių|литовск\w*|литовськ\w*|літоўск\w*",
    "UA": r"ukraiņu|ukrainiečių|украинск\w*|українськ\w*|украінск\w*",
}
_NATION = re.compile("|".join(f"(?P<{code}>(?<![\\w])(?:{words})(?![\\w]))" for code, words in _NATIONS.items()),
                     re.I)


def nations(text: str, places: Places) -> list[Mention]:
    """The nation adjectives of the four countries as mentions of their state (case 'adj')."""
    out = []
    for match in _NATION.finditer(text):
        place = places.country(match.lastgroup or "")
        if place is not None and not re.match(r"\s+(?:Народн|Республ|Рэспубл)", text[match.end():]):
            out.append(Mention(place, "adj", match.start(), match.end(), match.group(0)))
    return out


# --- visits ---------------------------------------------------------------------------------------
# A visit in news prose: an office and its holder ("Latvijas prezidents Egils Levits", "Ukrainos
# prezidentas Petro Porošenka", "Министр иностранных дел Латвии Эдгарс Ринкевичс"), a word of
# travel, and where to ("uz Ļvivu", "į Kijevą", "Lietuvoje", "посетить Беларусь", "to Kyiv").

_TRAVEL = {
    "lv": r"vizīt\w*|devies\s+uz|dosies\s+uz|dodas\s+uz|ieradies|ieradās|ieradīsies|apmeklē\w*|tikās|tiksies",
    "lt": r"vizit\w*|išvyksta|išvyks|vyks\s+į|viešės|viešėjo|lankysis|lankėsi|atvyko|atvyks|atvyksta|"
          r"susitiko|susitiks",
    "en": r"visit\w*|arrived\s+in|travel\w*\s+to|came\s+to|met\s+with",
    "cyr": r"визит\w*|візит\w*|візіт\w*|посетит\w*|посетил\w*|посетить|прибыл\w*|прибуд\w*|прибув\w*|"
           r"відвіда\w*|наведа\w*|прыбыў\w*|прыедзе",
}
_OFFICE = {
    "lv": r"(?:Valsts\s+)?prezident\w*|ārlietu\s+ministr\w*|Ministru\s+prezident\w*|premjerministr\w*|"
          r"Saeimas\s+priekšsēdētāj\w*",
    "lt": r"prezident\w*|užsienio\s+reikalų\s+ministr\w*|premjer\w*|Ministr\w*\s+Pirminink\w*|"
          r"Seimo\s+pirminink\w*",
    "en": r"[Pp]resident|[Ff]oreign\s+[Mm]inister|[Pp]rime\s+[Mm]inister|[Mm]inister\s+of\s+[Ff]oreign\s+[Aa]ffairs",
    "cyr": r"[Пп]резидент\w*|[Пп]рэзідэнт\w*|[Мм]инистр\w*\s+иностранных\s+дел|[Мм]іністр\w*\s+закордонних\s+справ|"
           r"[Гг]лав\w+\s+МИД|[Пп]рем\w*-?[Мм]іністр\w*|[Пп]ремьер\w*",
}
_WORKING = re.compile(r"darba\s+vizīt|darbo\s+vizit|working\s+visit|рабоч\w+\s+визит|робоч\w+\s+візит", re.I)
_HOME = {"lv": "LV", "lt": "LT"}
_RELATIVE = re.compile(r"(?<![\w])(?:šodien|vakar|rīt|šiandien|rytoj|today|yesterday|tomorrow|"
                       r"сегодня|вчера|завтра|сьогодні|учора|вчора|завтра|сёння|учора|заўтра|"
                       r"pirmdien\w*|otrdien\w*|trešdien\w*|ceturtdien\w*|piektdien\w*|"
                       r"pirmadien\w*|antradien\w*|trečiadien\w*|ketvirtadien\w*|penktadien\w*|"
                       r"monday|tuesday|wednesday|thursday|friday)(?![\w])(?!['’]s(?![\w]))", re.I)
# A Cyrillic weekday after its preposition ("в пятницу", "у середу"; not "среда" the noun): read only by
# `lean_on_page` when the sentence has no other day, never by the readers that leave a relative day unread
_CYR_WEEKDAY = re.compile(r"(?<![\w])(?:(?<=в\s)(?:понедельник|среду|четверг|пятницу)|(?<=во\s)вторник|"
                          r"(?<=[ву]\s)(?:понеділок|вівторок|середу|четвер|п['’]ятницю)|"
                          r"(?<=[ўу]\s)(?:панядзелак|аўторак|сераду|чацвер|пятніцу))(?![\w])", re.I)


def visits(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """A trip the sentence tells: who (an office and its holder), from where, to where; held without a year."""
    text, lang, family = sentence.text, page.lang, _family(page.lang)
    flags = re.I if family != "en" else 0
    if _EXCHANGE.search(text):
        return exchange_of_visits(sentence, page, places, pair)
    travel = _compiled(_TRAVEL[family], flags).search(text)
    if travel is None:
        return []
    mentions = places.find(text, lang)
    office = None
    for match in _compiled(_OFFICE[family], flags).finditer(text):
        name = _name_after(text, match.end(), mentions)
        if name is None:
            continue
        office = (match, name)
        break
    if office is None and family != "en":
        office = _office_and_surname(text, page, places, mentions, flags)
    if office is None:
        return []
    match, (written, name_start, _end) = office
    traveller = _office_country(text, match, mentions, lang, name_start)
    destination = _destination(text, mentions, travel, match, family)
    if traveller is None or destination is None:
        return []
    sending, (receiving, city) = traveller, destination
    if not in_scope(sending, receiving):
        return []
    name = (surname_alone(written, page, places) if " " not in written
            else _visitor_name(written, lang, text[match.start():name_start]))
    mention = PersonMention(name, lang, sentence.quote())
    kind = "working-visit" if _WORKING.search(text) else "visit"
    from data.importer.facts import Participant, VisitFact

    found = find_dates(text, lang)
    dated = [d for d in found if d.range.start.day is not None]
    if not dated and len(found) == 1 and found[0].range.start.month is not None:
        dated = found  # "в мае 2019 года": the month the page gives, no finer
    relative = _RELATIVE.search(text)
    if len(dated) == 1 and relative is None:
        return [VisitFact((sentence.quote(),), dated[0].range, kind, sending, receiving, city,
                          (Participant(mention),), None, text)]
    leaning = lean_on_page(text, page) if not dated else None
    if leaning is not None:
        day, note = leaning
        from data.dates import DateRange

        return [VisitFact((sentence.quote(),), DateRange.of(day), kind, sending, receiving, city,
                          (Participant(mention),), None, text, issues=(("ambiguity", note),))]
    said = relative.group(0) if relative else None
    reason = (f"the page dates this trip '{said}' and has no publication date to count from" if said
              else "the page gives no date with a year for this trip")
    if said is None:
        from data.importer.dateline import day_months

        days = day_months(text, lang)
        said = days[0].text if len(days) == 1 else None  # "16 июня": shown in the review as written
    return [HeldFact((sentence.quote(),), "visit", sending, receiving, (mention,), reason, city=city,
                     date_text=said)]


def _office_and_surname(text: str, page: Page, places: Places, mentions: list[Mention], flags: int
                        ) -> tuple[re.Match[str], tuple[str, int, int]] | None:
    """"визит белорусского президента в Литву, где Лукашенко провёл переговоры": an office without its
    name, and one surname later in the sentence that the page names in full (so it is that person)."""
    office = _compiled(_OFFICE[_family(page.lang)], flags).search(text)
    if office is None:
        return None
    found = []
    for word in _NAME_WORD.finditer(text, office.end()):
        single = not re.match(rf"\s{_NAME_WORD.pattern}", text[word.end():]) and \
            not re.search(rf"{_NAME_WORD.pattern}\s$", text[:word.start()])
        if not single or any(m.start <= word.start() < m.end for m in mentions) or _NOT_NAME.match(word.group(0)):
            continue
        name = surname_alone(word.group(0), page, places)
        if " " in name.text:  # the page names this surname in full: a person, not a word
            found.append((name.text, word.start(), word.end()))
    if len({f[0] for f in found}) != 1:
        return None
    _text, start, end = found[0]
    return office, (text[start:end], start, end)


_EXCHANGE = re.compile(r"exchange[ds]?\s+(?:of\s+)?visits|apmainīj\w*\s+ar\s+vizītēm|vizīšu\s+apmaiņ\w*|"
                       r"apsikeit\w*\s+vizitais|vizitų\s+mai\w*|обмен\w*\s+визитами|обменял\w*\s+визитами|"
                       r"обмін\w*\s+візитами|обмінял\w*\s+візитами|абмен\w*\s+візітамі|абмяняліся\s+візітамі",
                       re.I)


def exchange_of_visits(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None
                       ) -> list[Fact]:
    """'X and Y exchanged visits': one trip each, each leader to the other's country, never one merged visit.

    Each leader must be named with their office's country ('President of Latvia Valdis Zatlers');
    a leader whose country the sentence does not say makes the whole sentence a review matter.
    """
    from data.importer.facts import Participant, VisitFact

    text, lang, family = sentence.text, page.lang, _family(page.lang)
    mentions = places.find(text, lang)
    flags = re.I if family != "en" else 0
    leaders: list[tuple[PersonMention, str, int]] = []
    for match in _compiled(_OFFICE[family], flags).finditer(text):
        name = _name_after(text, match.end(), mentions, single_glued=True)
        if name is None:
            continue
        country = _office_country(text, match, mentions, lang, name[1])
        if country is None:
            return []
        leaders.append((PersonMention(_visitor_name(name[0], lang), lang, sentence.quote()), country, name[1]))
    countries = {country for _m, country, _at in leaders}
    if len(leaders) != 2 or len(countries) != 2 or not in_scope(*countries):
        return []
    every = find_dates(text, lang)
    found: list[Fact] = []
    for index, (person, sending, at) in enumerate(leaders):
        receiving = next(c for c in countries if c != sending)
        # Each trip its own date: the one after its leader's name and before the next leader's, else
        # the sentence's one date for both ("exchanged visits in 2008").
        until = leaders[index + 1][2] if index + 1 < len(leaders) else len(text)
        own = [d for d in every if at <= d.start < until]
        date = own[0] if len(own) == 1 else (every[0] if len(every) == 1 else None)
        if date is not None:
            found.append(VisitFact((sentence.quote(),), date.range, "visit", sending, receiving, None,
                                   (Participant(person),), None, text,
                                   issues=(("ambiguity", "One of the two trips of an exchange of visits the page "
                                                         "tells in one sentence."),)))
        else:
            found.append(HeldFact((sentence.quote(),), "visit", sending, receiving, (person,),
                                  "one trip of an exchange of visits; the page gives no date for it"))
    return found


def lean_on_page(text: str, page: Page) -> tuple[object, str] | None:
    """The one day a sentence means by a date without a year or a relative day, counted from the page's
    own date; None when the sentence has none, several, or the page gives nothing to count from."""
    from data.importer.dateline import day_months, relative_day, weekday, weekday_number, with_year

    found = day_months(text, page.lang)
    words = [m.group(0) for m in _RELATIVE_DAY.finditer(text)]
    weekdays = [m.group(0) for m in _RELATIVE.finditer(text) if m.group(0) not in words]
    if not found and not words and not weekdays:
        weekdays = [m.group(0) for m in _CYR_WEEKDAY.finditer(text)]
    if len(found) == 1 and not weekdays and all(_TODAY.fullmatch(w) for w in words):
        # "Today, on 28 May": the day the sentence writes out is the day "today" means
        return with_year(found[0], page.dateline())
    if len(found) == 1 and len(weekdays) == 1 and not words:
        # "ceturtdien, 11. janvārī": the day written out, when the weekday the page names agrees with it
        dated = with_year(found[0], page.dateline())
        if dated is None or dated[0].day is None or dated[0].month is None:
            return None
        day = _dt.date(dated[0].year, dated[0].month, dated[0].day)
        return dated if weekday_number(weekdays[0]) == day.weekday() else None
    if len(words) + len(weekdays) == 1 and not found:
        published = page.publication_day()
        day = published[0] if published else None
        if day is None and weekdays:
            # "Україна та Литва підписали у середу" on a page whose address says a Wednesday: the page's own
            # day is the weekday named, the only reading an address date allows (another weekday stays unread)
            own = page.dateline()
            if own is not None and own[0].day is not None and own[0].month is not None and \
                    weekday_number(weekdays[0]) == _dt.date(own[0].year, own[0].month, own[0].day).weekday():
                return weekday(weekdays[0], text, own[0])
        return relative_day(words[0], day) if words else weekday(weekdays[0], text, day)
    return None


# "rescinds yesterday's initiative", "today's talks": a possessive dates its noun, not the sentence's act
_RELATIVE_DAY = re.compile(r"(?<![\w])(?:šodien|vakar|rīt|šiandien|rytoj|today|yesterday|tomorrow|сегодня|вчера|"
                           r"завтра|сьогодні|учора|вчора|сёння|заўтра)(?![\w])(?!['’]s(?![\w]))", re.I)


_TODAY = re.compile(r"šodien|šiandien|today|сегодня|сьогодні|сёння", re.I)


# an oblique office word between the head noun and the name ("президент ... встретил президента Литвы NAME")
_OBLIQUE_OFFICE = re.compile(r"(?<![\w])(?:президент|прэзідэнт|министр|міністр|премьер|прем.[єе]р|прэм.ер|спикер|"
                             r"спікер|глав|голов|председател|кіраўнік|старшын)\w*(?:а|у|ом|ым|е|ы|і|ою|ой|ем)(?![\w])",
                             re.I)
# an office in the nominative right before a name: the name in apposition is in the nominative too
# ("президент Литвы Гитанас Науседа прибыл": Науседа, not a genitive to undo); the office's head noun only
_OFFICE_NOMINATIVE = re.compile(
    r"(?<![\w])(?:президент|премьер-министр|премьер|министр|глава|спикер|председатель|"
    r"президентка|прем.[єе]р-міністр|прем.[єе]р|прем.[єе]рка|прем.[єе]р-міністерка|міністр|міністерка|голова|спікер|"
    r"прэзідэнт|прэм.ер-міністр|прэм.ер|кіраўнік|старшыня)(?![\w])"
    r"(?:\s+[\w'’-]+){0,4}\s*$", re.I)


def nominative_after_office(written: str, office: str) -> nm.Nominative | None:
    """`written` as its own nominative when `office` (the text right before it) ends in a Cyrillic office whose
    head noun is in the nominative: the name in apposition agrees ("президент Литвы Гитанас Науседа прибыл" is
    Науседа, not a genitive to undo); else None."""
    head = _OFFICE_NOMINATIVE.search(office)
    if head is None or _OBLIQUE_OFFICE.search(head.group(0)):
        return None
    return nm.Nominative(written, written)

def _visitor_name(written: str, lang: str, office: str = "") -> nm.Nominative:
    """A visitor's name right after the office: the nominative when it ends as one or follows a nominative
    office (Cyrillic), else a guess."""
    if lang == "en":
        return nm.Nominative(written, nm.tidy_name(written))
    ends = _NOMINATIVE_END.get(lang)
    if lang in CYRILLIC:
        from data.importer.extract_cyr import nominative_cyrillic

        return nominative_after_office(written, office) or nominative_cyrillic(written)
    if nm.is_feminine_office(office, lang):  # "vietniecei Ivannu Klimpušu-Cincadzi": a woman's name, in her case
        return nm.guess_nominative(written, lang, female=True)
    if ends is not None and all(ends.search(w) for w in written.split()):
        return nm.Nominative(written, nm.tidy_name(written))
    return nm.guess_nominative(written, lang)


def _office_country(text: str, office: re.Match[str], mentions: list[Mention], lang: str,
                    name_start: int) -> str | None:
    """Whose office: a country in the genitive or adjective next to the office words, or the page's own."""
    before = [m for m in mentions if m.end <= office.start() and office.start() - m.end <= 3]
    if before and before[-1].case in ("gen", "adj", "any", "nom"):
        return _code(before[-1].place)
    inside = [m for m in mentions if office.end() <= m.start and m.end <= name_start]
    if inside and (inside[0].case in ("gen", "adj", "any") or _preposition_before(text, inside[0].start) == "of"):
        return _code(inside[0].place)
    adjective = re.search(r"(?:белорусск|беларуск|білоруськ|латвийск|латвійськ|литовск|литовськ|украинск|"
                          r"українськ)\w*\s+$", text[:office.start()], re.I)
    if adjective:
        stem = adjective.group(0).lower()
        return "BY" if stem.startswith(("бел", "біл")) else "LV" if stem.startswith("лат") else \
            "LT" if stem.startswith("лит") else "UA"
    if re.match(r"(?:Valsts\s+)?prezident", office.group(0), re.I) and office.group(0).lower().startswith("valsts"):
        return _HOME.get(lang)
    return None


def _destination(text: str, mentions: list[Mention], travel: re.Match[str], office: re.Match[str],
                 family: str) -> tuple[str, Place | None] | None:
    """Where the trip goes: a place after 'uz', 'į', 'to', 'в', or a locative, near the word of travel."""
    window = [m for m in mentions if abs(m.start - travel.start()) <= 60]
    for mention in window:
        preposition = _preposition_before(text, mention.start)
        if preposition in ("uz", "į", "to", "в", "во", "у", "ў", "на") and mention.case in ("acc", "loc", "nom",
                                                                                              "any"):
            return _code(mention.place), mention.place if mention.place.kind == "city" else None
        if family in ("lv", "lt") and mention.case == "loc" and preposition not in ("no", "iš"):
            return _code(mention.place), mention.place if mention.place.kind == "city" else None
        if family == "cyr" and re.search(r"посетить|посетит|відвідати|наведаць", text[travel.start():mention.start],
                                         re.I) and mention.case in ("acc", "nom"):
            return _code(mention.place), mention.place if mention.place.kind == "city" else None
    return None


# --- lists of envoys ------------------------------------------------------------------------------
# A heading that names the post ("Latvijas vēstnieki Ukrainā", "Ambassadors of Latvia to Ukraine",
# "Послы Латвии в Украине"), then one envoy an item: "Anatolijs Gorbunovs (1993 – 1997)".

_LIST_TITLE = {
    "lv": r"vēstnieki|vēstnieku\s+saraksts",
    "lt": r"ambasadoriai|ambasadorių\s+sąrašas",
    "en": r"[Aa]mbassadors|[Ll]ist\s+of\s+ambassadors",
    "cyr": r"[Пп]ослы|[Пп]осли|[Пп]аслы|[Сс]писок\s+послов|[Сс]писок\s+послів",
}
_OPEN_END = (r"(?:šobrīd|līdz\s+šim|dabar|iki\s+dabar|present|now|по\s+настоящее\s+время|дотепер|"
             r"по\s+теперішній\s+час|да\s+цяперашняга\s+часу)")
# "(1993 – 1997)", "(period of work in Ukraine 1996-2001)", "(since 2021)": the years of one term; a few
# words may lead them, never a birth ("(born 1950)", "(dzimis 1950)")
_ITEM = re.compile(rf"(?P<name>{_NAME_WORD.pattern}(?:\s+{_NAME_WORD.pattern}){{1,2}})\s*\(\s*"
                   r"(?:(?P<lead>[^\W\d_][^()\d]{0,40}?)\s+)?"
                   rf"(?P<start>(?:1[89]|20)\d\d)\s*(?:[-–—]\s*(?:(?P<end>(?:1[89]|20)\d\d)|{_OPEN_END})?)?\s*\)")
_BORN = re.compile(r"(?<![\w])(?:b\.|born|dzim\w*|dz\.|gim\w*|g\.|род\w*|нар\w*|нарадз\w*|died|miris|mirė|"
                   r"умер\w*|помер\w*)", re.I)
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|H\.\s?E\.|Sir|Ponas|Ponia|Kungs|Kundze|Пан|Пани|Пані|Господин|"
                        r"Госпожа|Спадар|Спадарыня)\.?\s+)+")


def _items(text: str) -> list[tuple[str, re.Match[str]]]:
    """The list items of a text: (the name without "Mr", the match); none led by a birth or a death."""
    found: list[tuple[str, re.Match[str]]] = []
    if "(" not in text:
        return found  # most lines have no parenthesis: no item
    for item in _ITEM.finditer(text):
        if item["lead"] and _BORN.search(item["lead"]):
            continue
        name = _HONORIFIC.sub("", item["name"])
        if len(name.split()) < 2 or _NOT_NAME.match(name):
            continue
        found.append((name, item))
    return found


_YEARS = (rf"(?P<start>(?:1[89]|20)\d\d)\s*(?:[-–—]\s*(?:(?P<end>(?:1[89]|20)\d\d)|{_OPEN_END})?)?")
_NAMES = rf"(?P<name>{_NAME_WORD.pattern}(?:\s+{_NAME_WORD.pattern}){{1,2}})"
# A row of a list copied from a table: "Jonas Rimkus, 1996–2001", "2006–2008: Karolis Vaitkus" (the whole line)
_BARE_ITEMS = (re.compile(rf"\s*(?:\d{{1,2}}[.)]\s+)?{_NAMES}\s*[,:–—-]?\s*{_YEARS}\s*[.;]?\s*"),
               re.compile(rf"\s*(?:\d{{1,2}}[.)]\s+)?{_YEARS}\s*[,:–—-]?\s*{_NAMES}\s*[.;]?\s*"))


def _bare_item(line: str) -> list[tuple[str, re.Match[str]]]:
    """A list row without brackets, under a heading only: the line is a name and its years, nothing else."""
    for pattern in _BARE_ITEMS:
        row = pattern.fullmatch(line)
        if row is not None:
            name = _HONORIFIC.sub("", row["name"])
            if len(name.split()) >= 2 and not _NOT_NAME.match(name):
                return [(name, row)]
    return []


def envoy_lists(page: Page, places: Places) -> list[Fact]:
    """Every 'NAME (1993 – 1997)' under a heading that says whose envoys to where, or after such a plural
    title in the same sentence ("former Lithuanian Ambassadors to Ukraine, such as Mr NAME (period of
    work in Ukraine 1996-2001), ... and the current Ambassador Mr NAME (since 2021)"); years as the page
    gives them."""
    from data.importer.extract_base import sentences_of_line

    family = _family(page.lang)
    title = _compiled(_LIST_TITLE[family])
    found: list[Fact] = []
    post: tuple[str, str] | None = None
    for number, line in page.numbered():
        items = _items(line)
        heading = title.search(line)
        if heading and not items:
            post = _list_post(line, heading, places, page.lang)
            continue
        if heading and post is None:
            for sentence in sentences_of_line(number, line):
                inline = title.search(sentence.text)
                told = _items(sentence.text)
                if inline is None or not told or told[0][1].start() < inline.end():
                    continue
                head = sentence.text[:told[0][1].start()]
                here = _list_post(head, inline, places, page.lang)
                if here is not None:
                    found += _list_facts(number, sentence.text, told, here, page.lang)
            continue
        if post is None:
            continue
        if not items:
            items = [(name, row) for name, row in _bare_item(line) if not places.find(name, page.lang)]
        if not items:
            if len(line.split()) > 6:  # prose: the list is over
                post = None
            continue
        found += _list_facts(number, line, items, post, page.lang)
    # the page-wide readers that build on this module's helpers (imported here: they import it)
    from data.importer.named_next import envoys_named_next
    from data.importer.reciprocal import opened_in_both

    return found + envoys_named_next(page, places) + opened_in_both(page, places)


def _list_facts(number: int, line: str, items: list[tuple[str, re.Match[str]]], post: tuple[str, str],
                lang: str) -> list[Fact]:
    from data.dates import PartialDate
    from data.importer.facts import Quote

    found: list[Fact] = []
    for written, item in items:
        name = _visitor_name(written, lang) if lang != "en" else nm.Nominative(written, written)
        quote = Quote(number, line[item.start():item.end()].strip())
        mention = PersonMention(name, lang, quote)
        end = PartialDate(int(item["end"])) if item["end"] else None
        found.append(EnvoyFact((quote,), mention, post[0], post[1], "ambassador", None, None,
                               PartialDate(int(item["start"])), end))
    return found


def _list_post(line: str, heading: re.Match[str], places: Places, lang: str) -> tuple[str, str] | None:
    family = _family(lang)
    sending = receiving = None
    for mention in places.find(line, lang):
        preposition = _preposition_before(line, mention.start)
        code = _code(mention.place)
        if preposition in _TO.get(family, ()) or (family in ("lv", "lt") and mention.case == "loc"):
            receiving = receiving or code
        elif preposition == "of" or mention.case in ("gen", "adj"):
            sending = sending or code
    if sending and receiving and in_scope(sending, receiving):
        return sending, receiving
    return None
