"""What the three extractors share: the page's two countries, sentences, roles, names at a phrase's end.

The extractors (`extract_lv`, `extract_lt`, `extract_en`) read the shapes of one language;
everything here is about any of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from data.importer.dates import find_dates
from data.importer.facts import EventFact, Fact, HeldFact, Quote
from data.importer.page import MAX_QUOTE, Page, boundaries, sentence_around
from data.importer.places import Mention, Places

HOME = {"lv": "LV", "lt": "LT"}
"""The country a page in this language is written from (a ministry writes its own language)."""

ROLES: dict[str, tuple[tuple[str, str], ...]] = {
    # (regex on the lowercased title, role), first match wins
    "lv": ((r"pagaidu\s+pilnvarot\w*\s+lietved|lietvedi|lietvede", "charge-daffaires"),
           (r"goda\s+konsul", "honorary-consul"),
           (r"atašej|atašē", "defence-attache"),
           (r"vēstniek|vēstniec", "ambassador")),
    "lt": ((r"reikalų\s+patikėtin", "charge-daffaires"),
           (r"garbės\s+konsul", "honorary-consul"),
           (r"atašė", "defence-attache"),
           (r"ambasador", "ambassador")),
    "en": ((r"charg[ée]\s+d.affaires", "charge-daffaires"),
           (r"honorary\s+consul", "honorary-consul"),
           (r"(?:defen[cs]e|military)\s+attach", "defence-attache"),
           (r"ambassador", "ambassador")),
}

_UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲÀ-ÖØ-Þ"
_LOWER = "a-zāčēģīķļņšūžąęėįųß-öø-ÿ"
NAME_WORD = re.compile(rf"^(?:[{_UPPER}]\.)?[{_UPPER}][{_LOWER}{_UPPER}'’]+(?:-[{_UPPER}][{_LOWER}{_UPPER}'’]+)*$")
INITIAL = re.compile(rf"^[{_UPPER}]\.$")


def role_of(title: str, lang: str) -> str | None:
    """The role a title names ('Pagaidu pilnvarotā lietvede' -> 'charge-daffaires'), or None."""
    low = title.lower()
    for pattern, role in ROLES[lang]:
        if re.search(pattern, low):
            return role
    return None


def page_pair(page: Page, places: Places) -> tuple[str, str] | None:
    """The two countries the page is about: its own (by language) and the one it names most, a state of the four
    relations (named at least three times) before a third state the page names more."""
    counts: Counter[str] = Counter()
    for _number, line in page.numbered():
        for mention in places.find(line, page.lang, kind="country"):
            counts[mention.place.key] += 1
    home = HOME.get(page.lang)
    ranked = [code for code, _ in counts.most_common()]
    if len(ranked) < 2:
        # a news item names a country once and the other by its capital ("Minsk and Riga"): the cities'
        # countries come after every country the page names
        cities: Counter[str] = Counter()
        for _number, line in page.numbered():
            for mention in places.find(line, page.lang, kind="city"):
                if mention.place.country and mention.place.country not in counts:
                    cities[mention.place.country] += 1
        ranked += [code for code, _ in cities.most_common()]
    if home is not None:
        others = [code for code in ranked if code != home]
        related = [code for code in others if _related(home, code) and counts[code] >= _NAMED_ENOUGH]
        return (home, (related or others)[0]) if others else None
    return _related_pair(ranked, counts) or ((ranked[0], ranked[1]) if len(ranked) >= 2 else None)


_BALTIC, _EASTERN = frozenset({"LV", "LT"}), frozenset({"BY", "UA"})
"""The sides of the four relations the store keeps (Latvia, Lithuania with Belarus, Ukraine)."""


def _related(a: str, b: str) -> bool:
    return (a in _BALTIC and b in _EASTERN) or (a in _EASTERN and b in _BALTIC)


_NAMED_ENOUGH = 3
"""How often a page must name a state for it to be preferred as the pair's partner over a state named as often or
more: a state named once in passing ("arrived from Belarus") is no page's subject, and readers fall back on the
pair (with 2, a Lithuanian page on new ambassadors in several states, 362, put one in Georgia in Ukraine)."""


def _related_pair(ranked: list[str], counts: Counter[str]) -> tuple[str, str] | None:
    """The most named pair of one of the four relations among the states a page names (most named first), in
    the page's order: a page on Belarus and Poland that names Latvia too is Belarus and Latvia's page for the
    readers that lean on the pair, since a fact between Belarus and Poland is none of the store's anyway."""
    for index, first in enumerate(ranked):
        partner = next((code for code in ranked[index + 1:] if _related(first, code)
                        and min(counts[first], counts[code]) >= _NAMED_ENOUGH), None)
        if partner is not None:
            return first, partner
    return None


def other_of(pair: tuple[str, str] | None, code: str) -> str | None:
    if pair is None or code not in pair:
        return None
    return pair[1] if pair[0] == code else pair[0]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of one line: its text, where it starts in the line, and the line's number."""

    line: int
    start: int
    text: str

    def quote(self) -> Quote:
        """The sentence as a quote (its first `MAX_QUOTE` characters, cut at a word, when longer)."""
        if len(self.text) <= MAX_QUOTE:
            return Quote(self.line, self.text)
        cut = self.text[:MAX_QUOTE].rsplit(" ", 1)[0]
        return Quote(self.line, cut)

    def quote_span(self, page: Page, start: int, end: int) -> Quote:
        """A quote of the part of this sentence around [start, end) (positions in the sentence)."""
        line = page.lines[self.line - 1]
        return Quote(self.line, sentence_around(line, self.start + start, self.start + end))


def sentences(page: Page) -> Iterator[Sentence]:
    """Every sentence of the page, whole, line by line (a sentence never spans lines: quotes cannot)."""
    for number, line in page.numbered():
        yield from sentences_of_line(number, line)


def sentences_of_line(number: int, line: str) -> Iterator[Sentence]:
    """The sentences of line `number` (a reader looking for a rare word splits only the lines that have it)."""
    starts = [0, *boundaries(line), len(line)]
    for begin, stop in pairwise(starts):
        text = line[begin:stop]
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if text:
            yield Sentence(number, begin + lead, text)


def clauses(text: str) -> list[tuple[int, str]]:
    """(start, clause) split at ', savukārt', '; ', ', while', ', o ', ', tuo tarpu'."""
    parts = []
    start = 0
    for match in re.finditer(r",\s+(?:savukārt|bet|o|tuo\s+tarpu|while|whereas)\s+|;\s+", text):
        parts.append((start, text[start:match.start()]))
        start = match.end()
    parts.append((start, text[start:]))
    return parts


def name_at_end(words: list[str], *, max_words: int = 3) -> tuple[int, list[str]] | None:
    """The name the words end with (an initial and a surname, or up to three capitalised words).

    Returns (index of its first word, its words), or None when the words do not end in a name.
    'Baltkrievijas ārlietu ministra Vladimira Makeja' -> (3, ['Vladimira', 'Makeja']).
    """
    trailing: list[str] = []
    for word in reversed(words):
        if len(trailing) >= max_words:
            break
        if INITIAL.match(word) or NAME_WORD.match(word):
            trailing.insert(0, word)
            if INITIAL.match(word):
                break
            continue
        break
    if not trailing:
        return None
    glued = re.match(rf"^[{_UPPER}]\.", trailing[-1])
    if len(trailing) == 1 and not glued:
        return None  # one capitalised word alone is as often a place or an office as a name
    if len(trailing) == 3 and not INITIAL.match(trailing[0]):
        trailing = trailing[1:]  # 'Brīvostas Andra Amerika' is rare; 'Valdes Andra Amerika' is not a name
    return len(words) - len(trailing), trailing


def slug(text: str, words: int = 4) -> str:
    """An id part from text: lowercase ASCII words joined by hyphens, at most `words` of them."""
    from data.importer.keys import fold_key as fold

    parts = [w for w in fold(text).split() if not w.isdigit()][:words]
    return "-".join(parts) or "x"


def first(mentions: list[Mention], *cases: str) -> Mention | None:
    for mention in mentions:
        if mention.case in cases:
            return mention
    return None


# A recognition or an establishment not done: the verb negated by its prefix "ne-", in the future ("atzīs",
# "pripažins", "nodibinās", "užmegs") or the Latvian infinitive ("atzīt"; the Lithuanian "pripažinti" is also
# the plural participle, "buvo pripažinti", so it stays)
_NOT_DONE_ACT = {
    "lv": re.compile(r"(?<![\w])(?:neatz[iī]\w*|nenodibin\w*|atzīs(?:im|iet|ies)?|nodibinās(?:im|iet)?|atzīt)(?![\w])"),
    "lt": re.compile(r"(?<![\w])(?:nepripaž\w*|neužmezg\w*|neužmegz\w*|pripažins(?:ime|ite)?|užmegs(?:ime|ite)?)"
                     r"(?![\w])"),
}


def case_events(
    sentence: Sentence,
    places: Places,
    pair: tuple[str, str] | None,
    lang: str,
    *,
    recognition: Callable[[str], bool],
    relations: Callable[[str], bool],
    quote: Callable[[str], Quote],
) -> list[Fact]:
    """Recognitions and established relations in a language whose cases say who did what.

    Latvian and Lithuanian put the recogniser in the nominative and the recognised in the
    genitive ("Baltkrievija Latvijas neatkarību atzina"); only the keywords differ, given as
    `recognition` and `relations` (tests of the lower-cased clause).
    """
    found: list[Fact] = []
    for _start, clause in clauses(sentence.text):
        low = clause.lower()
        if _NOT_DONE_ACT[lang].search(low):
            continue  # "neatzina", "nepripažino", "atzīs", "pripažins", "nenodibināja": no act done
        is_recognition = recognition(low)
        if not is_recognition and not relations(low):
            continue
        dates = find_dates(clause, lang) or _opening_year(clause, lang)
        if not dates:
            found += _recognition_undated(clause, places, lang, quote) if is_recognition else \
                _relations_undated(clause, low, places, pair, lang, quote)
            continue
        countries = places.find(clause, lang, kind="country")
        if is_recognition:
            # the recognised in the genitive of "independence" ("Ukrainas neatkarību"), or in the accusative with
            # its predicate ("atzina Ukrainu par neatkarīgu valsti", "pripažino Ukrainą nepriklausoma valstybe")
            who, whom = first(countries, "nom"), first(countries, "gen") or first(countries, "acc")
            if who and whom and who.place.key != whom.place.key:
                # of several dates, the one after the recognised state ("kai Lietuva pripažino Ukrainos
                # nepriklausomybę (1991 m. gruodžio 3 d.)" beside the relations' 12 December), else before it
                day = date_near(dates, whom.end) if len(dates) > 1 else dates[0]
                found.append(EventFact((quote(clause),), "recognition", (who.place.key, whom.place.key),
                                       day.date, slips=day.slips))
        # Not `elif`: a clause may tell the recognition and the relations, each kept apart with its own date.
        if relations(low) and (not is_recognition or _RELATIONS_WORD.search(low)) and not _ANNIVERSARY.search(low):
            named = list(dict.fromkeys(c.place.key for c in countries))
            parties = tuple(named[:2]) if len(named) >= 2 else pair
            keyword = _RELATIONS_WORD.search(low)
            date = date_near(dates, keyword.start()) if is_recognition and keyword else dates[0]
            if parties and date is not None:
                found.append(EventFact((quote(clause),), "diplomatic-relations", tuple(parties), date.date,
                                       slips=date.slips))
    return found


# "valstybės užmezgė diplomatinius santykius", "valstis nodibināja diplomātiskās attiecības": the relations told as
# established, by a verb (a noun, "užmezgimo", "nodibināšanas", is an anniversary's or a "since"'s)
_ESTABLISHED_VERB = re.compile(r"(?<![\w])(?:užmezgė|užmegzt[ia]s?|užmegzti|nodibināja|nodibināt[ai]s?|"
                               r"tika\s+nodibināt\w*)(?![\w])", re.I)


# an encyclopedia's table of key dates: "Lietuvos pripažinimas de jure: 1991 m. rugpjūčio 26 d.", "Latvijas
# atzīšana: 1992. gada 22. janvārī", "Recognition of Lithuania: 26 August 1991"
_RECOGNITION_ROW = re.compile(r"^[\s•·*–-]*(?:(?P<gen>[^\W\d_]+)\s+(?:pripažinimas|atzīšana)|Recognition\s+of\s+"
                              r"(?:the\s+)?(?P<of>[^\W\d_]+(?:\s+[^\W\d_]+)?))(?:\s+de\s+(?:jure|facto))?"
                              r"\s*[:–—-]\s*(?P<date>.+)$", re.I)


_ROW_WORD = re.compile(r"pripažinim|atzīšan|[Rr]ecognition")


def recognition_row(sentence: Sentence, places: Places, pair: tuple[str, str] | None, lang: str) -> list[Fact]:
    """A row of an encyclopedia's key dates naming the recognition of one state of the page's pair, its date
    after a colon: that state recognised by the pair's other ("Lietuvos pripažinimas de jure: 1991 m.
    rugpjūčio 26 d." on a page on Lithuania and Ukraine is Ukraine's recognition of Lithuania)."""
    text = sentence.text
    if pair is None or ":" not in text or _ROW_WORD.search(text) is None:
        return []  # a word test first: a page has many sentences
    from data.importer.dates import find_dates
    from data.importer.mentions import in_scope

    match = _RECOGNITION_ROW.match(text)
    if match is None:
        return []
    named = places.find(match["gen"] or match["of"], lang, kind="country")
    dates = find_dates(match["date"], lang)
    if len(named) != 1 or len(dates) != 1:
        return []
    recognised = named[0].place.key
    recogniser = other_of(pair, recognised)
    if recogniser is None or not in_scope(recogniser, recognised):
        return []
    return [EventFact((sentence.quote(),), "recognition", (recogniser, recognised), dates[0].date,
                      slips=dates[0].slips)]


# an encyclopedia's year opening its sentence, bare: "1918 Lietuva viena pirmųjų pripažino Baltarusijos
# nepriklausomybę" (the Lithuanian encyclopedia writes its years so, "1918 12" for December 1918)
_OPENING_YEAR = re.compile(r"^\s*(?P<year>1[89]\d\d|20[0-4]\d)\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ][a-zāčēģīķļņšūžąęėįų])")


def _opening_year(clause: str, lang: str) -> list:
    """The bare year a Lithuanian or Latvian clause opens with, as a found date ([] when none)."""
    from data.dates import DateRange, PartialDate
    from data.importer.dates import FoundDate

    match = _OPENING_YEAR.match(clause) if lang in ("lt", "lv") else None
    if match is None:
        return []
    year = PartialDate(int(match["year"]))
    return [FoundDate(DateRange(year, year), match.start("year"), match.end("year"), match["year"])]


# a recognition told as done: "Lietuva pripažino", "Latvija atzina" (never "nepripažino", "pripažins", "atzīs",
# "neatzina": a refusal or one to come)
_RECOGNISED_DONE = re.compile(r"(?<![\w])(?:pripažino|atzina)(?![\w])", re.I)


def _recognition_undated(clause: str, places: Places, lang: str, quote: Callable[[str], Quote]) -> list[Fact]:
    """A recognition a clause tells as done without its day ("Lietuva viena pirmųjų pripažino Ukrainos
    nepriklausomybę"): held for review with who recognised whom, the recogniser in the nominative and the
    recognised in the genitive, both of the four relations."""
    from data.importer.mentions import in_scope

    if _RECOGNISED_DONE.search(clause) is None:
        return []
    countries = places.find(clause, lang, kind="country")
    who, whom = first(countries, "nom"), first(countries, "gen")
    if who is None or whom is None or not in_scope(who.place.key, whom.place.key):
        return []
    return [HeldFact((quote(clause),), "event", who.place.key, whom.place.key, (),
                     "the page gives no date with a year for this recognition", event_kind="recognition")]


def _relations_undated(clause: str, low: str, places: Places, pair: tuple[str, str] | None, lang: str,
                       quote: Callable[[str], Quote]) -> list[Fact]:
    """Relations a clause tells as established without a day: held for review with their two states (as the
    Cyrillic reader holds them), never an anniversary's."""
    if _ESTABLISHED_VERB.search(clause) is None or _ANNIVERSARY.search(low) or not _RELATIONS_WORD.search(low):
        return []
    named = list(dict.fromkeys(c.place.key for c in places.find(clause, lang, kind="country")))
    parties = tuple(named[:2]) if len(named) >= 2 else pair if not named else None
    from data.importer.mentions import in_scope

    if not parties or len(set(parties)) != 2 or not in_scope(parties[0], parties[1]):
        return []
    return [HeldFact((quote(clause),), "event", parties[0], parties[1], (),
                     "the page gives no date with a year for these relations", event_kind="diplomatic-relations")]


_IN_FORCE = re.compile(r"stāj\w*\s+spēkā|spēkā\s+stāš\w*|įsigaliojo|įsigalios|įsigalioj\w*|entered\s+into\s+force|"
                       r"enters\s+into\s+force|came\s+into\s+force|in\s+force\s+(?:since|from)|"
                       r"вступил\w*\s+в\s+силу|вступа\w*\s+в\s+силу|вступит\w*\s+в\s+силу|набу\w*\s+чинност|"
                       r"набра\w*\s+чинност|[уў]ступі\w*\s+[уў]\s+сілу|[уў]ступа\w*\s+[уў]\s+сілу",
                       re.I)


def signing_apart(text: str, dates: list) -> tuple[object | None, object | None]:
    """(signed, in force) among a sentence's dates: a date right after "entered into force", "stājās
    spēkā", "įsigaliojo", "вступил в силу" is the entry into force, never the signing."""
    in_force = None
    for phrase in _IN_FORCE.finditer(text):
        after = [d for d in dates if 0 <= d.start - phrase.end() <= 12]
        before = [d for d in dates if 0 <= phrase.start() - d.end <= 4]
        found = after[0] if after else (before[-1] if before else None)
        if found is not None:
            in_force = found
    signed = next((d for d in dates if d is not in_force and not since_date(text, d)), None)
    if signed is None and in_force is not None and _SIGNED_AND_IN_FORCE.search(text):
        signed = in_force  # "була підписана і набула чинності 1998 року": one day for both
    return signed, in_force


# "signed and entered into force in 1998", "підписана і набула чинності", "parakstīts un stājās spēkā": the
# two verbs share the one date the sentence gives
_SIGNED_AND_IN_FORCE = re.compile(
    r"(?<![\w])(?:signed|підписан\w*|подписан\w*|падпісан\w*|parakstīt\w*|pasirašyt\w*)\s+"
    r"(?:and|і|й|та|и|і|un|ir)\s+(?:entered|came|набу\w*|вступил\w*|вступи\w*|уступі\w*|stāj\w*|įsigaliojo)",
    re.I)


# "diplomātisko attiecību nodibināšanas 30. gadadienā", "santykių užmezgimo 30-osioms metinėms": the day
# of an anniversary is not the day the relations were established
_ANNIVERSARY = re.compile(r"gadadien|jubilej|metin[eėi]|jubiliej|anniversar|"
                          # "aprit 30 gadi kopš ... nodibināšanas", "sukako 30 metų nuo ... užmezgimo"
                          r"(?<![\w])(?:kopš|aprit\w*|apritēj\w*|sukak\w*|sukank\w*|praėj\w*)(?![\w])")
_RELATIONS_WORD = re.compile(r"diplomātisk\w*\s+attiecīb|diplomatini\w*\s+santyki|diplomatic\s+relations")


# where one clause of a sentence ends: a comma, a semicolon, a dash between words, or a full stop before a capital
_CLAUSE_END = re.compile(r",\s|;\s|\s[–—]\s|\.\s+(?=[А-ЯЁІЇЄҐЎA-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ])")


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """(begin, end) of the clause of `text` that holds [start, end): "30 декабря 1992 года они установили
    дипломатические отношения" of "..., в 1993 году ... открыли посольства"."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    after = _CLAUSE_END.search(text, end)
    return begin, after.start() if after else len(text)


# "сотрудничают в военной сфере с 2005 года", "cooperating since 2005", "kopš 2005. gada", "nuo 2005 metų": the
# year a state of things runs from, never the day of the signing the same sentence tells
_SINCE = re.compile(r"(?<![\w])(?:с|со|з|із|since|kopš|nuo)\s+$", re.I)


def since_date(text: str, found) -> bool:
    """Whether a date of `text` is one something has run since ("с 2005 года")."""
    return bool(_SINCE.search(text[max(0, found.start - 8):found.start]))


def own_day_elsewhere(text: str, lang: str, verb: re.Match[str], chosen) -> bool:
    """Whether the signing's own day stands by its verb without a year ("Литва подписала в среду, 27 ноября,
    первый военный договор") and is another day than `chosen`, the one dated day of the sentence (here a
    dateline glued on: "28 октября 2010 г.Входящая в НАТО Литва подписала ..."): then `chosen` is not the
    signing's, whose year the sentence does not give."""
    around = text[max(0, verb.start() - 40):verb.end() + 40]
    if not any(char.isdigit() for char in around):
        return False  # a cheap look for a day near the verb before the month names are read
    from data.importer.dateline import day_months

    day = chosen.range.start
    for found in day_months(text, lang):
        near = 0 <= found.start - verb.end() <= 30 or 0 <= verb.start() - found.end <= 30
        if near and (found.day, found.month) != (day.day, day.month):
            return True
    return False


def date_near(dates: list, position: int):
    """The date that belongs to the words at `position`: the first after them, else the last before them."""
    after = [d for d in dates if d.start >= position]
    before = [d for d in dates if d.end <= position]
    return after[0] if after else (before[-1] if before else None)


def unwrapped_lines(page: Page) -> list[tuple[int, str]]:
    """The page's lines with hard-wrapped ones joined (a legal text keeps its title and day on two lines:
    'ґрунтуючись на положеннях Договору про дружбу і' / 'співробітництво між Україною ...'): a line that
    ends without a stop continues on the next when that one begins in lower case. Each keeps the number of
    its first line."""
    joined: list[tuple[int, str]] = []
    previous_blank = True
    for number, line in enumerate(page.lines, start=1):
        text = line.strip()
        if not text:
            previous_blank = True
            continue
        if not previous_blank and text[:1].islower() and joined[-1][1][-1] not in ".!?:;":
            joined[-1] = (joined[-1][0], " ".join((joined[-1][1] + " " + text).split()))
        else:
            joined.append((number, text))
        previous_blank = False
    return joined


# --- agreements told without their day ----------------------------------------------------------------
# What every language's agreement reader shares when a sentence names a document and its signing but no day
# of it: the document is proposed for review with its two countries ("an agreement between LV and UA, date
# not given"), never dated by a guess.

def treaty_dates(sentence: Sentence, dates: list) -> list:
    """The dates of `sentence` that can date a document it names: never a span ("на 2015-2016 годы", "for
    2019-2020": the years a programme runs, never the day of a signing) and never the publication stamp a
    page's first line opens with (' date 2024-01-12 (MENAFN- UkrinForm) The Cabinet ... signed': the day
    the item went out, which the signing may precede)."""
    return [d for d in dates if d.range.start == d.range.end and not _is_stamp(sentence, d)]


_STAMP = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")


def _is_stamp(sentence: Sentence, found) -> bool:
    return sentence.line <= 3 and sentence.start + found.start <= 12 and bool(_STAMP.fullmatch(found.text))


# A document of two ministries, agencies, regions, cities or firms is theirs, not the two states' (the store
# names states as a treaty's parties): "меморандум ... між Міністерством енергетики України і Міністерством
# енергетики Литви", "Brest oblast executive committee with Rivne oblast", "between the Ministry of Strategic
# Industries and the Federation of ... Industry"
NOT_STATES = re.compile(
    r"ministr(?:y|ies|ij\w*)|ministerij|міністерств|министерств|міністэрств|минобороны|міноборони|ведомств|відомств|"
    r"(?<![\w])(?:(?:state|border|migration|security)\s+service|agency\s+(?:of|for)|department|(?<!russian\s)federation|"
    r"association|company|companies|university|municipalit\w*|oblast\w*)(?![\w])|"
    r"служб|агентств|департамент|федерац(?!\w*\s+(?:Росс|Расі|Росі))|асоціац|ассоциац|облисполком|облвиконком|"
    r"аблвыканкам|облдержадмін|обласн\w+\s+(?:державн|рад)|областн\w+\s+(?:исполн|совет|администр)|"
    r"університет|университет|компані|компани|"
    r"dienest|aģentūr|departament|pašvaldīb|tarnyb|agentūr|savivaldyb|universitet", re.I)

# a state's government, though its name holds "ministers": "the Cabinet of Ministers of Ukraine"
_GOVERNMENT = re.compile(r"cabinet\s+of\s+ministers|кабінет\w*\s+міністрів|кабинет\w*\s+министров|"
                         r"кабінэт\w*\s+міністраў|ministru\s+kabinet\w*|ministrų\s+kabinet\w*", re.I)


def signed_by_bodies(text: str, verb_start: int) -> bool:
    """Whether the signers, the subject in the clause right before the signing verb, are ministries, services
    or agencies ("The Ministry of Health of Ukraine and the Ministry of Health of Lithuania signed a
    memorandum", "Міністерство енергетики України та Міністерство енергетики Литви підписали ..."): their own
    document, not the states' (a minister or a cabinet of ministers signs for the state)."""
    subject = re.split(r"[,;:()]|\s[—–-]\s", text[:verb_start])[-1]
    signers = [s for s in _AND.split(subject.strip()) if s]
    return bool(signers) and all(_a_body(signer) for signer in signers)


def _a_body(signer: str) -> bool:
    """Whether a signer is a body itself ("the Ministry of Health of Ukraine", "Державна міграційна служба"),
    its word heading it, not a person whose office names one ("Head of the State Migration Service of Ukraine
    Maksym Sokoliuk" signs for the government)."""
    words = _GOVERNMENT.sub(" ", signer)
    body = NOT_STATES.search(words)
    return body is not None \
        and re.fullmatch(r"(?:the\s+)?(?:[^\W\d_]+\s+){0,2}", words[:body.start()], re.I) is not None


_AND = re.compile(r"\s+(?:and|та|і|й|и|un|ir|ir\s+su)\s+", re.I)


def of_states(words: str) -> bool:
    """Whether a document's own words leave it to the two states (no ministry, agency, region, firm)."""
    return not NOT_STATES.search(_GOVERNMENT.sub(" ", words))


# the words before the signing verb that make it a signing to come, not made, or only drafted: "will sign",
# "are to sign", "планирует подписать", "будет подписан", "не підписали", "nepasirašė", "projekt"
NOT_DONE = re.compile(
    r"(?<![\w])(?:will|shall|would|to\s+be|plan\w*|expect\w*|intend\w*|not|never|draft|никогда|ніколи|нікалі|"
    r"буд\w*|будз\w*|план\w*|намер\w*|мают\w*|мають|має|должн\w*|мож\w*|не|ні|нельзя|проект\w*|праект\w*|"
    r"plāno\w*|ne|netiks|tiks|projekt\w*|planuoj\w*|ketin\w*|bus|nebus)\s+(?:\S+\s+){0,2}$", re.I)

# a document of a union or an alliance, not of the two states: "the EU-Ukraine Association Agreement",
# "Угода про асоціацію між Україною та ЄС", "NATO", "СНД": whoever ratifies it, it is no bilateral treaty
MULTILATERAL = re.compile(r"(?<![\w])(?:EU|ES|ЕС|ЄС|ЭС|NATO|НАТО|CIS|СНГ|СНД|СНД|UN|ООН|OSCE|ОБСЕ|ЕАЭС|EAEU)(?![\w])|"
                          r"European\s+Union|(?i:association\s+agreement)|Eiropas\s+Savienīb|Europos\s+Sąjung|"
                          r"Евросоюз|Европейск\w+\s+союз|Європейськ\w+\s+союз|Еўрапейск\w+\s+саюз|асоціац|ассоциац|"
                          r"asociācij|asociacij")

# "Якія яшчэ пагадненьні ... дэнансавала Ўкраіна", "Which agreements ...?": a question states nothing
QUESTION = re.compile(r"\?\s*$|^(?:які\w*|якія|какие|каких|which|what|kādi|kādas|kokie|kokias)(?![\w])", re.I)


# Two signers the sentence shows when it names fewer than two states: a pair of actors before the verb ("The
# Cabinet of Ministers and the Government of Latvia signed", "сторони підписали", "abi šalys"), or the document
# "between" two after it. Without them one state acted alone ("Ukraine signed the agreement", "... with the
# IMF"), and the page's other state is no party the sentence tells.
_TWO_ACTORS = re.compile(r"(?<![\w])(?:and|і|й|та|и|un|ir|parties|sides|both|two|сторон\w*|бак[іi]|обидв\w*|"
                         r"обе|обидві|абодв\w*|abi|abu|abas|šalys|šali\w*|puses)(?![\w])", re.I)
_BETWEEN_TWO = re.compile(r"(?<![\w])(?:between|між|между|паміж|starp|tarp)\s+[^.;:]+?\s(?:and|і|й|та|и|un|ir)\s",
                          re.I)


def two_signers(text: str, verb: re.Match[str], document: re.Match[str], named: int) -> bool:
    """Whether `text` shows the document's two signers (see `_TWO_ACTORS`), whatever states it names."""
    return named >= 2 or bool(_TWO_ACTORS.search(text[:verb.start()])) \
        or bool(_BETWEEN_TWO.search(text[document.start():document.end() + 160]))


def undated_treaty(sentence: Sentence, lang: str, places: Places, pair: tuple[str, str] | None,
                   verb: re.Match[str], document: re.Match[str], kind: str) -> Fact | None:
    """"Latvija un Ukraina parakstīja saprašanās memorandu par ...", "Lietuva ir Ukraina pasirašė susitarimą
    dėl ...": a document `verb` tells signed (or ratified, denounced, left: then any day the sentence gives is
    that act's), with no day of its signing, as an undated `TreatyFact`
    that `plan` holds for review. Only when the signing is done (no "will", "plāno", "ne-"), the sentence asks
    nothing, the document stands in the verb's clause, and its two states are one of the four relations: the
    two the sentence names, or the page's pair when it names no other state."""
    from data.importer.facts import TreatyFact
    from data.importer.mentions import in_scope

    text = sentence.text
    if NOT_DONE.search(text[:verb.start()]) or QUESTION.search(text) or re.match(r"ne", verb.group(0), re.I):
        return None
    between = text[min(verb.end(), document.end()):max(verb.start(), document.start())]
    if len(between) > 120 or re.search(r"[.;:]\s", between) or re.search(r"projekt\w*\s*$|draft\s*$",
                                                                          text[:document.start()], re.I):
        return None
    if MULTILATERAL.search(text[max(0, document.start() - 40):document.end() + 80]):
        return None  # "ratified the EU-Ukraine Association Agreement": not the pair's own document
    named = list(dict.fromkeys(m.place.key for m in places.find(text, lang, kind="country")))
    title = re.split(r"[,;.(]\s|\s[–—]\s", text[document.start():])[0].strip(" .")[:120]
    if not two_signers(text, verb, document, len(named)) and of_states(title):
        return None  # one state acted alone (a ministries' document is still told, for `one_truth.undated_told`)
    if len(named) == 2:
        parties = (named[0], named[1])
    elif len(named) < 2 and pair is not None and all(code in pair for code in named):
        parties = pair
    else:
        return None
    if not in_scope(parties[0], parties[1]):
        return None
    return TreatyFact((sentence.quote(),), kind, title[:1].upper() + title[1:], parties, None)
