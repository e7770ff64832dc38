"""Agreements a sentence names by their day, in lv, lt, uk, ru and be: the day before the document
('pamatojoties uz 1991.gada 16.decembra Deklarāciju par ... starp Latvijas Republiku un Baltkrievijas
Republiku', 'vadovaudamosi 1991 m. spalio 24 d. Deklaracijos dėl Lietuvos Respublikos ir Baltarusijos
Respublikos ... nuostatomis') or after it ('Договору про дружбу ... між Україною і Литовською Республікою від
8 лютого 1994 року'), or before the participle of its signing ('2024. gada 11. janvārī Rīgā noslēgto Latvijas
Republikas valdības un Ukrainas Ministru kabineta līgumu par ...'). A document's day is the day it was signed.

Only a document whose own words name the two countries of one of the four relations, and nothing else:
the countries stand between the document's word and its day (or right after the word), no third state
among them; a day before 1990 is of another age ('Мирного договору ... від 14 лютого 1921 року': the
Ukrainian People's Republic), a decree or a law 'від 02.06.2004' is no document word, and a document
between two ministries is theirs, not the states' (the store names such parties; this reader cannot).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from data.dates import DateError, PartialDate
from data.importer.dates import find_dates
from data.importer.extract_base import Sentence, sentences_of_line
from data.importer.facts import Fact, Quote, TreatyFact
from data.importer.mentions import in_scope
from data.importer.page import Page
from data.importer.places import Places

# the document's word and its kind, in the five languages (any case)
_WORDS = (
    (r"deklarācij\w*|deklaracij\w*|декларац\w*|деклараці\w*|дэкларац\w*", "declaration"),
    (r"memorand\w*|меморандум\w*|мемарандум\w*", "memorandum"),
    (r"protokol\w*|протокол\w*|пратакол\w*", "protocol"),
    (r"līgum\w*|sutart\w*|договор\w*|договір\w*|дагавор\w*|дамов(?:а|ы|е|у|ай|аў|ам|амі|ах)", "treaty"),
    (r"nolīgum\w*|vienošan\w*|susitarim\w*|угод\w*|соглашени\w*|пагадненн\w*", "agreement"),
)
_WORD = re.compile(r"(?<![\w])(?:" + "|".join(pattern for pattern, _kind in _WORDS) + r")(?![\w])", re.I)
# "від", "от", "ад" before the day that dates the document named before it
_OF_DAY = re.compile(r"(?<![\w])(?:від|вiд|от|ад)\s+$", re.I)
# "Memorands ... starp Latvijas Republikas Satiksmes ministriju un Ukrainas ... ministriju": the parties are the
# ministries, which this reader does not name; the state's document is its government's ("Кабінетом Міністрів")
_MINISTRIES = re.compile(r"ministrij|ministerij|міністерств|министерств|міністэрств", re.I)
# "між Україною, Литвою і Польщею": a list of three parties (whether or not each is a place we know)
_THREE = re.compile(r"(?<![\w])(?:між|між|между|паміж|starp|tarp)\s+[^,;()]+,\s*[^,;()]+\s(?:і|й|та|и|un|ir)\s", re.I)
# a decree, a law, an order or a resolution between the document and "від DAY": the day is that act's
_ACT = re.compile(r"(?<![\w])(?:постанов|пастанов|указ|закон|наказ|загад|розпорядж|распоряжен|распараджэн|приказ|"
                  r"рішенн|решени|рашэнн)\w*", re.I)
_LANGS = ("lv", "lt", "uk", "ru", "be")
# a cheap first test on a line: a year of our age, before the document words' slower search
_YEAR = re.compile(r"(?:199|20[0-4])\d")
_FIRST_YEAR = 1990  # the four relations of today begin with the independence of 1990-1991


def dated_documents(page: Page, places: Places) -> list[Fact]:
    """Every agreement the page names by its day (see the module doc), and the document a page is itself
    (`_document_head`)."""
    head = _document_head(page, places)
    if page.lang not in _LANGS:
        return head
    found: list[Fact] = _legal_head(page, places) + head
    for number, line in _paragraphs_with_words(page):
        if _YEAR.search(line) and _WORD.search(line):
            for sentence in sentences_of_line(number, line):
                found += _in_sentence(sentence, page.lang, places)
    return found


# the document words' stems, for one pass over the lowered page (far cheaper than a search on each line)
_STEMS = re.compile(r"deklar|memorand|protokol|līgum|vienošan|sutart|susitar|декларац|деклараці|дэкларац|меморанд|"
                    r"мемаранд|протокол|пратакол|договор|договір|дагавор|дамов|угод|соглашен|пагаднен")


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the one before ends without a stop and this one begins in lower case, or the one
    before is a long line of running text cut after a word, and this one goes on with a capital: a legal text
    wraps at any word, proper names too ('... между Республикой Беларусь и Литовской' / 'Республикой от 24
    октября 1991 года,'). A heading (short, or in capitals) is not running text."""
    before, text = previous.strip(), line.strip()
    if not before or before[-1] in ".!?:;":
        return False
    if text[:1].islower():
        return True
    return len(before) >= _RUNNING and (before[-1].isalpha() or before[-1] == ",") and text[:1].isalpha() \
        and any(c.islower() for c in before)


_RUNNING = 50  # a line this long that ends inside a sentence is running text the page wrapped


def _paragraphs_with_words(page: Page) -> Iterator[tuple[int, str]]:
    """(first line's number, text) of each line holding a document word, hard-wrapped lines joined
    (as `extract_base.unwrapped_lines` joins them), found by one pass over the page."""
    lines = page.lines
    whole = "\n".join(lines)
    lowered = whole.lower()
    if len(lowered) != len(whole):  # a letter whose lower case is longer: read line by line
        hits = [i for i, line in enumerate(lines) if _STEMS.search(line.lower())]
    else:
        ends = list(accumulate(len(line) + 1 for line in lines))
        hits = sorted({bisect_right(ends, m.start()) for m in _STEMS.finditer(lowered)})
    done = -1
    for index in hits:
        if index <= done:
            continue
        begin = end = index
        while begin > 0 and _continues(lines[begin - 1], lines[begin]):
            begin -= 1
        while end + 1 < len(lines) and _continues(lines[end], lines[end + 1]):
            end += 1
        done = end
        text = lines[begin].strip() if begin == end else " ".join(" ".join(lines[begin:end + 1]).split())
        yield begin + 1, text


def _kind(word: str) -> str:
    # "nolīgums" before "līgums": the agreement's word holds the treaty's
    return next(kind for pattern, kind in reversed(_WORDS) if re.fullmatch(pattern, word, re.I))


def _in_sentence(sentence: Sentence, lang: str, places: Places) -> list[Fact]:
    text = sentence.text
    words = list(_WORD.finditer(text))
    facts: list[Fact] = []
    for date in find_dates(text, lang):
        day = date.date
        if day.month is None or day.year < _FIRST_YEAR:
            continue
        after = next((w for w in words if 0 <= w.start() - date.end <= 3 and not text[date.end:w.start()].strip()),
                     None)
        of_day = _OF_DAY.search(text[max(0, date.start - 6):date.start])
        done = _DONE_ON_DAY.match(text, date.end)
        if after is None and done is not None and day.day is not None and not of_day:
            # "2024. gada 11. janvārī Rīgā noslēgto Latvijas Republikas valdības un Ukrainas Ministru kabineta
            # līgumu par ...": the day, a place, the participle, then the document's words up to its kind word
            after = next((w for w in words if 0 <= w.start() - done.end() <= _PARTICIPLE_REACH), None)
            if after is not None and (any(done.end() <= w.start() < after.start() for w in words)
                                      or _CLAUSE_BREAK.search(text, done.end(), after.start())):
                after = None  # "... buvo sudaryta darbo grupė, kuri rengs ... sutartį": the participle's own noun
        if after is not None and day.day is not None and not of_day:
            # "1991.gada 16.decembra Deklarāciju par ... starp A un B": the words up to the next document
            stop = next((w.start() for w in words if w.start() > after.start()), len(text))
            span = text[done.end() if done is not None and done.end() <= after.start() else after.start():stop]
            word = after
        elif of_day:
            before = [w for w in words if w.end() <= date.start]
            if not before:
                continue
            word = before[-1]
            span = text[word.start():date.start]
            if _ACT.search(span):
                continue  # "Угоду ... затверджено Постановою КМ N 742 від 02.06.2004": the decree's day
        else:
            continue
        parties = _parties(span, lang, places) if not _MINISTRIES.search(span) and not _THREE.search(span) else None
        if parties is None:
            continue
        title = re.split(r"[,;(“”»]|\s(?:від|от|ад|įsigaliojo|stājās|parakstīt\w*|pasirašyt\w*)\s",
                         text[word.start():] if span.find(word.group()) > 0 else span)[0]
        title = title.strip(" .")[:120]
        facts.append(TreatyFact((sentence.quote(),), _kind(word.group()), title[:1].upper() + title[1:], parties,
                                day))
    return facts


# "... 11. janvārī Rīgā noslēgto", "... gegužės 5 d. Vilniuje pasirašytą": after the day, at most a place and
# the participle of the signing; the document's kind word follows within `_PARTICIPLE_REACH` characters
_DONE_ON_DAY = re.compile(r"\s+(?:[A-ZĀČĒĢĪĶĻŅŠŪŽĄČĘĖĮŠŲŪŽ][\w-]+\s+)?"
                          r"(?:noslēgt\w*|parakstīt\w*|pasirašyt\w*|sudaryt\w*)\s+", re.I)
_PARTICIPLE_REACH = 100
# between the participle and the document's words a noun phrase runs on; a comma, a colon or a semicolon ends
# it (what follows is another clause, whose document the participle does not sign)
_CLAUSE_BREAK = re.compile(r"[,;:]")


def _parties(span: str, lang: str, places: Places) -> tuple[str, str] | None:
    named = list(dict.fromkeys(m.place.key for m in places.find(span, lang, kind="country")))
    if len(named) != 2 or not in_scope(named[0], named[1]):
        return None
    return named[0], named[1]


# a legal database's head (zakon.rada.gov.ua and its copies): the document's title in the first lines, then
# "Дата підписания: 25.02.2004" and "Дата набуття чинності: 07.07.2004", each day apart
_HEAD_SIGNED = re.compile(r"^Дата\s+(?:підписання|подписания|падпісання)\s*:\s*", re.I)
_HEAD_IN_FORCE = re.compile(r"^Дата\s+(?:набуття|набрання)\s+чинності\s*:\s*|"
                            r"^Дата\s+вступления\s+в\s+силу\s*:\s*", re.I)
_STAMP = re.compile(r"^([0-3]\d)\.([01]\d)\.((?:19|20)\d\d)\b")
_HEAD_LINES = 30


def _stamp(text: str) -> PartialDate | None:
    found = _STAMP.match(text)
    if found is None:
        return None
    try:
        return PartialDate(int(found[3]), int(found[2]), int(found[1]))
    except DateError:
        return None


def _legal_head(page: Page, places: Places) -> list[Fact]:
    """The head of a legal text: its title (the lines before the first "Дата ...:" line, up to an opening
    bracket) begins with the document's word and names the pair; the signing and the entry into force
    are the days the head gives for each."""
    if page.lang not in ("uk", "ru", "be"):
        return []
    lines = [(number, line.strip()) for number, line in enumerate(page.lines[:_HEAD_LINES], start=1)]
    signed = in_force = None
    first = quote = None
    for number, line in lines:
        for pattern, which in ((_HEAD_SIGNED, "signed"), (_HEAD_IN_FORCE, "in_force")):
            head = pattern.match(line)
            if head is None:
                continue
            first = number if first is None else first
            day = _stamp(line[head.end():])
            if which == "signed":
                signed, quote = day, Quote(number, line)
            else:
                in_force = day
    if signed is None or first is None or quote is None:
        return []
    title = " ".join(" ".join(line for number, line in lines if number < first).split()).split("(")[0].strip()
    word = _WORD.match(title)
    if word is None or signed.year < _FIRST_YEAR or _MINISTRIES.search(title) or _THREE.search(title):
        return []
    parties = _parties(title, page.lang, places)
    if parties is None:
        return []
    return [TreatyFact((quote,), _kind(word.group()), title[:120], parties, signed, in_force=in_force)]



# --- a page that is the document itself --------------------------------------------------------------------
# "LIETUVOS RESPUBLIKOS IR BALTARUSIJOS RESPUBLIKOS / SUTARTIS / DĖL GEROS KAIMYNYSTĖS IR BENDRADARBIAVIMO": a
# treaty's text opens with its title in capitals; "... Lietuvos Respublikos Prezidentės ... ir Ukrainos
# Prezidento ... bendras pareiškimas / 2016-12-12": a joint statement opens with its title and its day
_HEAD_WORD = re.compile(r"(?<![\w])(?:" + "|".join(pattern for pattern, _kind in _WORDS)
                        + r"|agreement|treaty|memorandum|protocol|declaration)(?![\w])", re.I)
_JOINT = re.compile(r"bendr\w*\s+pareiškim\w*|bendr\w*\s+deklaracij\w*|kopīg\w*\s+paziņojum\w*|"
                    r"kopīg\w*\s+deklarācij\w*|joint\s+(?:statement|declaration)|спільн\w*\s+заяв\w*|"
                    r"совместн\w*\s+заявлени\w*|сумесн\w*\s+заяв\w*", re.I)
_HEAD_SPAN = 6
# a verb of signing or adopting: a line that has one tells of the statement, it is not its title
_TOLD = re.compile(r"signed|adopted|pasiraš|priėm|parakstīj|pieņēm|підписа|подписа|падпіса|ухвал|принял|прыня", re.I)


def _document_head(page: Page, places: Places) -> list[Fact]:
    """The document the page itself is, from its head (the first non-empty lines): a title in capitals that
    names the document's kind and its two states (a treaty's text: held without a day, which such a head does
    not give), or a title naming a joint statement of the two states' presidents, dated by the day at the head
    (else held). Never a document of ministries, of three states or of a union."""
    from data.importer.dateline import date_in_head
    from data.importer.extract_base import MULTILATERAL

    lines = [(n, line.strip()) for n, line in enumerate(page.lines[:40], start=1) if line.strip()][:_HEAD_SPAN]
    capitals = []
    for number, line in lines:
        letters = [c for c in line if c.isalpha()]
        if not letters or not all(c.isupper() for c in letters):
            if capitals:
                break
            continue
        capitals.append((number, line.rstrip("*")))
    found: list[Fact] = []
    title = " ".join(line for _n, line in capitals)
    word = _HEAD_WORD.search(title)
    if word is not None and len(capitals) >= 2:
        fact = _head_fact(title, word, capitals[0], page, places, None)
        found += [fact] if fact is not None else []
    for number, line in lines:
        joint = _JOINT.search(line) if len(line) <= 400 else None
        if joint is None or MULTILATERAL.search(line) or joint.end() < len(line) or _TOLD.search(line):
            continue  # a title ends with its "joint statement", no stop; a sentence that tells of one is another's
        day = date_in_head([text for _n, text in lines])
        fact = _head_fact(line, joint, (number, line), page, places, day, kind="declaration")
        found += [fact] if fact is not None else []
        return found
    return found + _joint_title_first(page, places)


# "Совместное заявление Президента Украины ... и Президента Литовской Республики ... по случаю ...", "Joint
# Statement of the President of ...": in English and the Slavic languages the title opens with the statement's
# words (in Latvian and Lithuanian it ends with them, as above); a site's menu may stand before it
_JOINT_FIRST = re.compile(r"(?:joint\s+(?:statement|declaration)|спільн\w*\s+заяв\w*|совместн\w*\s+заявлени\w*|"
                          r"сумесн\w*\s+заяв\w*)\s+(?:of|by|від|от|ад|\S*(?-i:[A-ZА-ЯІЇЄҐЎ]))", re.I)
# a stamp of the page's publication dates the page, not the document: "Опубліковано 13 грудня 2016 року о 11:26"
_PUBLISHED = re.compile(r"^\W*(?:опубліковано|опубликовано|апублікавана|published|posted|paskelbta|publicēts|"
                        r"дата\s+(?:публікації|публикации))", re.I)
_TITLE_LINES = 40


def _joint_title_first(page: Page, places: Places) -> list[Fact]:
    """A joint statement's page whose title opens with the statement's words, in the page's first lines: a
    declaration of the two states named in the title, dated by the day that stands under the title (a
    publication stamp is the page's day, not the statement's), else held without a day."""
    from data.importer.dateline import date_in_head
    from data.importer.extract_base import MULTILATERAL

    lines = [(n, line.strip()) for n, line in enumerate(page.lines[:_TITLE_LINES], start=1) if line.strip()]
    for at, (number, line) in enumerate(lines):
        joint = _JOINT_FIRST.match(line) if len(line) <= 400 else None
        if joint is None or line[-1] in ".!?" or MULTILATERAL.search(line) or _TOLD.search(line):
            continue
        under = [text for _n, text in lines[at + 1:at + 5] if not _PUBLISHED.match(text)]
        fact = _head_fact(line, joint, (number, line), page, places, date_in_head(under), kind="declaration")
        return [fact] if fact is not None else []
    return []


def _head_fact(title: str, word: re.Match[str], quoted: tuple[int, str], page: Page, places: Places,
               day: PartialDate | None, kind: str | None = None) -> Fact | None:
    from data.importer.extract_base import MULTILATERAL, of_states

    if not of_states(title) or _THREE.search(title) or MULTILATERAL.search(title):
        return None
    shown = title.title() if title.isupper() else title  # a title in capitals: its words as a text writes them
    named = list(dict.fromkeys(m.place.key for m in places.find(shown, page.lang, kind="country")))
    if len(named) != 2 or not in_scope(named[0], named[1]):
        return None
    text = " ".join(title.split())[:120]
    return TreatyFact((Quote(quoted[0], quoted[1][:300]),), kind or _head_kind(word.group()),
                      text[:1].upper() + text[1:].lower() if text.isupper() else text, (named[0], named[1]), day)


def _head_kind(word: str) -> str:
    english = {"agreement": "agreement", "treaty": "treaty", "memorandum": "memorandum", "protocol": "protocol",
               "declaration": "declaration"}
    return english.get(word.lower()) or _kind(word)
