"""The shapes of a Latvian foreign ministry page on relations with one country.

    Baltkrievija Latvijas neatkarību atzina 1992. gada 22. janvārī          -> a recognition
    Diplomātiskās attiecības ... tika nodibinātas 1992. gada 7. aprīlī     -> relations
    Latvijas Republikas diplomātiskās pārstāvniecības Baltkrievijas Republikā:
    vēstniecība Minskā (oficiāli atvērta 1993. gadā);                      -> missions
    Kopš 2019. gada septembra Latvijas ... vēstnieks Baltkrievijā ir Einārs Semanis.  -> an envoy
    Iepriekšējie Latvijas vēstnieki Baltkrievijā:
    No 1993. gada / Ārkārtējais un pilnvarotais vēstnieks Jānis LOVNIKS     -> envoys
    No Baltkrievijas: / Laiks / Amatpersona
    2018. gada 18.- 19. jūlijs / Baltkrievijas ārlietu ministra Vladimira Makeja vizīte Latvijā  -> visits
    ... līguma par sadarbību izglītībā un zinātnē (parakstīts 2004.g.)    -> an agreement

Names in the visit tables are in the genitive ("ministra Vladimira Makeja vizīte"); the
nominatives come from `names.nominative_lv`. Offices are put in the nominative by their last
word ("ārlietu ministra" -> "ārlietu ministrs").
"""

from __future__ import annotations

import re

from data.importer import document_days
from data.importer import names as nm
from data.importer.dates import FoundDate, find_dates, parse_found
from data.importer.extract_base import (
    Sentence,
    case_events,
    first,
    name_at_end,
    of_states,
    other_of,
    page_pair,
    recognition_row,
    role_of,
    sentences,
    signing_apart,
    treaty_dates,
    undated_treaty,
)
from data.importer.facts import (
    EnvoyFact,
    Extraction,
    Fact,
    MissionFact,
    Participant,
    PersonMention,
    Quote,
    TreatyFact,
    VisitFact,
)
from data.importer.page import Page
from data.importer.places import Places

LANG = "lv"
_MISSION_KINDS = (
    (r"ģenerālkonsulāt\w*", "consulate-general"),
    (r"goda\s+konsulāt\w*", "honorary-consulate"),
    (r"konsulāt\w*", "consulate"),
    (r"vēstniecīb\w*", "embassy"),
)
_ACTION = re.compile(
    r"(?<![^\W\d_])(?:(?P<work>darba)\s+)?(?:(?:oficiālā|valsts|oficiāla)\s+)?(?P<act>vizīt[eēa]|vizītes|dalība|"
    r"tikšanās)(?![^\W\d_])", re.I)
_OFFICE_HEADS = {
    "ministra": "ministrs", "ministres": "ministre", "premjerministra": "premjerministrs",
    "premjerministres": "premjerministre", "vietnieka": "vietnieks", "vietnieces": "vietniece",
    "priekšsēdētāja": "priekšsēdētājs", "priekšsēdētājas": "priekšsēdētāja", "sekretāra": "sekretārs",
    "sekretāres": "sekretāre", "biedra": "biedrs", "biedres": "biedre", "komandiera": "komandieris",
    "spīkera": "spīkers", "spīkeres": "spīkere", "vice-spīkera": "vice-spīkers", "vice-spīkeres": "vice-spīkere",
    "vicespīkera": "vicespīkers", "vicespīkeres": "vicespīkere", "prezidenta": "prezidents",
    "prezidentes": "prezidente", "vēstnieka": "vēstnieks", "vēstnieces": "vēstniece", "direktora": "direktors",
    "direktores": "direktore", "padomnieka": "padomnieks", "padomnieces": "padomniece", "mēra": "mērs",
    "vadītāja": "vadītājs", "vadītājas": "vadītāja", "ģenerālsekretāra": "ģenerālsekretārs",
}
_RANKS = {"ģenerālleitnanta": "ģenerālleitnants", "ģenerālmajora": "ģenerālmajors", "ģenerāļa": "ģenerālis",
          "pulkveža": "pulkvedis", "admirāļa": "admirālis", "viceadmirāļa": "viceadmirālis",
          "pulkvežleitnanta": "pulkvežleitnants"}
_TREATY_WORDS = (
    (r"memorand\w*", "memorandum"), (r"programm\w*", "programme"), (r"deklarācij\w*", "declaration"),
    (r"protokol\w*", "protocol"), (r"nolīgum\w*|līgum\w*|vienošan\w*", "agreement"),
)


def extract(page: Page, places: Places) -> Extraction:
    """Every fact of a Latvian page (see the module doc for the shapes)."""
    pair = page_pair(page, places)
    facts: list[Fact] = []
    for sentence in sentences(page):
        facts += _events(sentence, page, places, pair)
        facts += recognition_row(sentence, places, pair, LANG)
        facts += _current_envoys(sentence, page, places)
        facts += _treaties(sentence, page, places, pair)
    facts += _blocks(page, places, pair)
    facts = document_days.dated_by_next(facts, page, places, "lv", _SIGNED_DONE.search)
    published, updated = page.dates_stamped()
    return Extraction(pair, tuple(facts), published, updated)


# --- recognitions and relations ------------------------------------------------------------

def _events(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    return case_events(
        sentence, places, pair, LANG,
        recognition=lambda low: ("neatkarīb" in low or "neatkarīg" in low) and "atzin" in low,
        relations=lambda low: ("diplomātisk" in low and "attiecīb" in low
                               and re.search(r"nodibin|izveido|atjauno", low) is not None),  # -t, -ja, -ta
        quote=lambda clause: Quote(sentence.line, clause.strip().rstrip(".,;")),
    )


# --- envoys said to hold a post now ("Kopš ... ir NAME") -------------------------------------

_CURRENT = re.compile(r"^\s*(?:Kopš|No)\s+", re.I)
_NAME_AFTER = re.compile(
    r"(?:\s(?:ir|bija)\s|\s[–—-]\s)(?P<name>(?:[A-ZĀ-Ž]\.\s?)?[A-ZĀ-Ž][\w-]+(?:\s+[A-ZĀ-Ž][\w-]+)?)")


def _current_envoys(sentence: Sentence, page: Page, places: Places) -> list[Fact]:
    text = sentence.text
    if not _CURRENT.match(text):
        return []
    role = role_of(text, LANG)
    if role is None:
        return []
    dates = find_dates(text, LANG)
    name = _NAME_AFTER.search(text)
    if not dates or name is None or dates[0].start > 12:
        return []
    countries = places.find(text[:name.start()], LANG, kind="country")
    sending, receiving = first(countries, "gen"), first(countries, "loc")
    if sending is None or receiving is None:
        return []
    cities = [c for c in places.find(text[name.end():], LANG, kind="city") if c.case in ("loc", "any")]
    title = _title_between(text, sending.end, name.start(), role)
    person = PersonMention(nm.nominative(name["name"], LANG, genitive=False), LANG, sentence.quote())
    return [EnvoyFact((sentence.quote(),), person, sending.place.key, receiving.place.key, role, title,
                      cities[0].place if cities else None, dates[0].date, None,
                      current=text.lstrip().lower().startswith("kopš"), slips=dates[0].slips)]


def _title_between(text: str, start: int, end: int, role: str) -> str | None:
    words = re.sub(r"\s+(?:ir|bija)\s*$|\s*[–—-]\s*$", "", text[start:end]).split()
    keep: list[str] = []
    for word in words:
        if places_word(word):
            continue
        keep.append(word)
        if role_of(word if role != "honorary-consul" else " ".join(keep), LANG) == role:
            break
    keep = [w for w in keep if w.lower() not in ("viens", "viena", "darbojas")]
    if not keep:
        return None
    title = " ".join(keep)
    return title[:1].upper() + title[1:]


def places_word(word: str) -> bool:
    return word.endswith(("ā", "ī", "ē")) and word[:1].isupper()


# --- blocks: lists of missions and envoys, visit tables --------------------------------------

def _is_heading(line: str) -> bool:
    # str.isupper first: one C loop that turns down nearly every line before letters are counted
    return line.isupper() and all(c.isupper() for c in line if c.isalpha()) \
        and sum(1 for c in line if c.isalpha()) >= 4


def _blocks(page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    facts: list[Fact] = []
    state: tuple[str, str, str, Quote] | None = None  # (kind, sending, receiving, header quote)
    lines = page.numbered()
    index = 0
    while index < len(lines):
        number, line = lines[index]
        stripped = line.strip()
        header = _header(stripped, number, places, pair)
        if header is not None:
            state = header
            index += 1
            continue
        if _is_heading(stripped):
            state = None
            index += 1
            continue
        if stripped.lower() in ("laiks", "amatpersona", "datums", "vizīte"):
            index += 1
            continue
        if state is not None and state[0] == "missions":
            fact = _mission_line(stripped, line, number, places, state)
            if fact is not None:
                facts.append(fact)
                index += 1
                continue
            state = None
        found = parse_found(stripped, LANG)
        if found is not None and index + 1 < len(lines):
            next_number, next_line = lines[index + 1]
            if parse_found(next_line.strip(), LANG) is None and not _is_heading(next_line.strip()):
                date_quote = Quote(number, stripped)
                fact = _row(found, date_quote, next_line, next_number, page, places, pair, state)
                if fact is not None:
                    facts.append(fact)
                    index += 2
                    continue
        index += 1
    return facts


def _header(text: str, number: int, places: Places,
            pair: tuple[str, str] | None) -> tuple[str, str, str, Quote] | None:
    if not text.endswith(":") or len(text) > 160:
        return None
    countries = places.find(text, LANG, kind="country")
    low = text.lower()
    quote = Quote(number, text)
    gen, loc = first(countries, "gen"), first(countries, "loc")
    if "pārstāvniecīb" in low and gen and loc:
        return ("missions", gen.place.key, loc.place.key, quote)
    if re.search(r"vēstniek|vēstniec|lietved|pārstāv", low) and gen and loc:
        return ("envoys", gen.place.key, loc.place.key, quote)
    match = re.fullmatch(r"No\s+(.+?):", text)
    if match and gen is not None and pair is not None:
        receiving = other_of(pair, gen.place.key)
        if receiving:
            return ("visits", gen.place.key, receiving, quote)
    return None


def _mission_line(stripped: str, line: str, number: int, places: Places,
                  state: tuple[str, str, str, Quote]) -> Fact | None:
    for pattern, kind in _MISSION_KINDS:
        # "vēstniecība Minskā (...)", and as a list shows it: "• vēstniecība Minskā", "- konsulāts Vitebskā"
        match = re.match(rf"^\s*(?:[•·▪◦*–—-]\s*)?(?:{pattern})\s+", stripped, re.I)
        if match is None:
            continue
        cities = [c for c in places.find(stripped, LANG, kind="city") if c.case in ("loc", "any")]
        dates = find_dates(stripped, LANG)
        opened = dates[0].date if dates and re.search(r"atvērt|dibināt|izveidot", stripped, re.I) else None
        quote = Quote(number, stripped[match.end() - len(match.group(0).lstrip(" \t•·▪◦*–—-")):].rstrip(";"))
        return MissionFact((state[3], quote), state[1], state[2], kind, cities[0].place if cities else None,
                           opened, slips=dates[0].slips if dates else ())
    return None


def _row(found: FoundDate, date_quote: Quote, line: str, number: int, page: Page, places: Places,
         pair: tuple[str, str] | None, state: tuple[str, str, str, Quote] | None) -> Fact | None:
    text = line.strip()
    role = role_of(text, LANG)
    words = text.split()
    tail = name_at_end(words)
    if role is not None and tail is not None and found.range.is_single:
        # A list of envoys: "No 1993. gada" / "Ārkārtējais un pilnvarotais vēstnieks Jānis LOVNIKS"
        sending, receiving = (state[1], state[2]) if state and state[0] == "envoys" else (pair or (None, None))
        if not sending or not receiving:
            return None
        title = " ".join(words[:tail[0]]) or None
        person = PersonMention(nm.nominative(" ".join(tail[1]), LANG, genitive=False), LANG, Quote(number, text))
        return EnvoyFact((date_quote, Quote(number, text)), person, sending, receiving, role, title, None,
                         found.date, slips=found.slips)
    if state is not None and state[0] == "visits":
        return _visit(found, date_quote, text, number, places, state[1], state[2], True)
    return None


# --- visits ---------------------------------------------------------------------------------

def _visit(found: FoundDate, date_quote: Quote, text: str, number: int, places: Places, sending: str, receiving: str,
           from_table: bool) -> VisitFact | None:
    action = _ACTION.search(text)
    people: list[Participant] = []
    if action is not None:
        people = _participants(text[:action.start()], number, text)
    after = text[action.end():] if action is not None else text
    cities = [c for c in places.find(after, LANG, kind="city") if c.case in ("loc", "any")]
    if not cities and not people:
        cities = [c for c in places.find(text, LANG, kind="city") if c.case in ("loc", "any")]
    if people and action is not None:
        kind = "meeting" if action["act"].lower().startswith("tikšan") else (
            "working-visit" if action["work"] else "visit")
        occasion = _occasion(text, action)
    else:
        kind, occasion = "event", text.rstrip(".;")
    quote = Quote(number, text)
    return VisitFact((date_quote, quote), found.range, kind, sending, receiving,
                     cities[0].place if cities else None, tuple(people), occasion, text, from_table,
                     slips=found.slips)


def _occasion(text: str, action: re.Match[str]) -> str | None:
    if action["act"].lower() == "dalība":
        return text[action.start():].rstrip(".;") or None
    rest = text[action.end():]
    match = re.search(r",\s*|\s+(?=dalībai\s|lai\s)", rest)
    if match is None:
        return None
    occasion = rest[match.end():].strip().rstrip(".;")
    if re.fullmatch(r"[A-ZĀ-Ž]\w+[āēīū]", occasion):
        return None  # only a place: "darba vizīte Baltkrievijā, Polockā"
    return occasion or None


def _participants(before: str, number: int, line: str) -> list[Participant]:
    """The people a row names before its verb, each with their office: 'A ministra X un B ministres Y'."""
    segments = re.split(r"\s+un\s+", before.strip())
    people: list[Participant] = []
    pending: list[str] = []
    for segment in segments:
        words = segment.split()
        tail = name_at_end(words)
        if tail is None:
            pending.append(segment)
            continue
        parts = [office_nominative(part) for part in [*pending, " ".join(words[:tail[0]])] if part.strip()]
        pending = []
        written = " ".join(tail[1])
        person = PersonMention(nm.nominative(written, LANG, genitive=True), LANG,
                               Quote(number, line.strip()))
        office = " un ".join(text for text, _basis in parts if text) or None
        basis = "derived" if any(b == "derived" for _t, b in parts) else "source"
        people.append(Participant(person, office, basis))
    return people


def office_nominative(office: str) -> tuple[str | None, str]:
    """An office in the nominative, and its basis: 'derived' when changed, 'source' when written so.

    'Baltkrievijas ārlietu ministra pirmā vietnieka' -> 'Baltkrievijas ārlietu ministra pirmais vietnieks'.
    """
    words = office.split()
    if not words:
        return None, "derived"
    changed = False
    last = words[-1].lower()
    if last in _RANKS and len(words) >= 2:
        words[-1] = _keep_case(words[-1], _RANKS[last])
        words[-2], _ = _head(words[-2])
        changed = True
        head_at = len(words) - 2
    else:
        words[-1], changed = _head(words[-1])
        head_at = len(words) - 1
    if head_at >= 1 and changed:
        adjective = words[head_at - 1]
        if adjective.endswith("ā") and adjective[:1].islower():
            words[head_at - 1] = adjective[:-1] + "ais"
        elif adjective.endswith("ās") and adjective[:1].islower():
            words[head_at - 1] = adjective[:-1]
    return " ".join(words), "derived" if changed else "source"


def _head(word: str) -> tuple[str, bool]:
    low = word.lower()
    if low in _OFFICE_HEADS:
        return _keep_case(word, _OFFICE_HEADS[low]), True
    if low in _RANKS:
        return _keep_case(word, _RANKS[low]), True
    return word, False


def _keep_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


# --- agreements ------------------------------------------------------------------------------

def _treaties(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    # A saved page keeps its links as "[words](#)": blank the target, keep the positions (quotes stay verbatim).
    text = re.sub(r"\]\([^)]*\)", lambda link: "]" + " " * (len(link.group(0)) - 1), sentence.text)
    if not re.search(r"parakstī|noslēg|noslēdz", text, re.I):
        return _in_force_only(sentence, page, places, pair, text) or _ratified(sentence, places, pair, text)
    found: list[Fact] = []
    for match in re.finditer(r"(?P<title>[^()]*?(?:līgum|nolīgum|vienošan|memorand|programm|protokol|deklarācij)"
                             r"\w*(?:\s+[^()]*?)?)\s*\((?:parakstīt\w*|noslēgt\w*)\s+(?P<date>[^)]*)\)", text, re.I):
        dates = find_dates(match["date"], LANG)
        if not dates:
            continue
        title = _title_from(match["title"])
        kind = next((k for p, k in _TREATY_WORDS if re.search(p, title, re.I)), "agreement")
        countries = list(dict.fromkeys(c.place.key for c in places.find(title, LANG, kind="country")))
        parties = tuple(countries) if len(countries) >= 2 else (pair or tuple(countries))
        quote = sentence.quote_span(page, match.start(), match.end())
        signed, in_force = signing_apart(match["date"], dates)
        found.append(TreatyFact((quote,), kind, title, tuple(parties), signed.date if signed else None,
                                slips=dates[0].slips, in_force=in_force.date if in_force else None))
    if found:
        return found
    # "2010. gadā noslēgtais Latvijas-Baltkrievijas līgums par ...": the date before the title.
    match = re.search(r"(?P<date>(?:1[89]|20)\d\d\.\s*gad[āa])\s+(?:noslēgt|parakstīt)\w*\s+(?P<title>[^.]*?"
                      r"(?:līgum|nolīgum|vienošan|memorand|programm)\w*[^.]*)", text, re.I)
    if match:
        dates = find_dates(match["date"], LANG)
        title = _title_from(match["title"])
        countries = list(dict.fromkeys(c.place.key for c in places.find(title, LANG, kind="country")))
        parties = tuple(countries) if len(countries) >= 2 else (pair or tuple(countries))
        kind = next((k for p, k in _TREATY_WORDS if re.search(p, title, re.I)), "agreement")
        if dates:
            quote = sentence.quote_span(page, match.start(), match.end())
            found.append(TreatyFact((quote,), kind, title, tuple(parties), dates[0].date, slips=dates[0].slips))
    return found or _signed_in_prose(sentence, places, pair, text)


# "2023. gada 12. jūlijā Viļņā tika parakstīts Latvijas un Ukrainas līgums par sadarbību aizsardzībā",
# "Latvija un Ukraina parakstīja saprašanās memorandu par ... 2015. gada 27. oktobrī": a document named
# with its kind word, the signing verb and one date in the sentence
_UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽ"  # not "Ā-Ž": that range holds the lowercase letters too
_DOCUMENT = re.compile(rf"(?P<title>(?:(?<![\w])(?:[{_UPPER}][\w-]*)\s+(?:un\s+[{_UPPER}][\w-]*\s+)?)?"
                       r"(?:saprašanās\s+)?"
                       r"(?:[Ll]īgum|[Nn]olīgum|[Vv]ienošan|[Mm]emorand|[Dd]eklarācij|[Pp]rotokol)\w*(?:\s+par\s+[^,.;()\d]+)?)")
_SIGNING = re.compile(r"(?<![\w])(?:tika\s+)?(?:parakstī\w*|noslēg\w*|noslēdz\w*)", re.I)


# the signing done: "parakstīja", "tika parakstīts", "noslēgtais" (never "parakstīs", "plāno parakstīt")
_SIGNED_DONE = re.compile(r"(?<![\w])(?:parakstīj\w*|parakstīt(?:s|a|ais|ā|o|i|ie|as|ās|ajā|ajam|ajos)|"
                          r"noslēdz(?:a|ām|āt)|noslēgt(?:s|a|ais|ā|o|i|ie|as|ās))(?![\w])", re.I)


# the signing as a noun: "līguma parakstīšanas ceremonija", "parakstīšana notika"
_SIGNING_NOUN = re.compile(r"(?<![\w])parakstīšan\w*", re.I)


def _signed_in_prose(sentence: Sentence, places: Places, pair: tuple[str, str] | None, text: str) -> list[Fact]:
    document = _DOCUMENT.search(text)
    dates = treaty_dates(sentence, find_dates(text, LANG))
    if document is None or len(_DOCUMENT.findall(text)) != 1:
        return []
    if not dates:  # "Latvija un Ukraina parakstīja saprašanās memorandu par ...": held, its day not given
        verb = _SIGNED_DONE.search(text)
        kind = next((k for p, k in _TREATY_WORDS if re.search(p, document["title"], re.I)), "agreement")
        fact = undated_treaty(sentence, LANG, places, pair, verb, document, kind) if verb else None
        return [fact] if fact is not None else []
    if len(dates) != 1 or not of_states(text[document.start():document.end() + 60]) \
            or not of_states(text[max(0, document.start() - 120):document.start()]):
        return []  # "... noslēgto Satiksmes ministrijas un ... ministrijas memorandu": the ministries' document
    if _SIGNED_DONE.search(text) is None and _SIGNING_NOUN.search(text) is None:
        return []  # "vienojās nākamgad parakstīt", "parakstīs", "neparakstīja": no signing done that day
    parties = _parties(text, places, pair)
    if parties is None:
        return []
    signed, in_force = signing_apart(text, dates)
    if in_force is not None:
        return []  # the one date is the entry into force: `_in_force_only`'s, never a signing
    title = _document_title(document["title"])
    kind = next((k for p, k in _TREATY_WORDS if re.search(p, title, re.I)), "agreement")
    return [TreatyFact((sentence.quote(),), kind, title, parties, signed.date if signed else None,
                       slips=dates[0].slips)]


# "Saeima ratificēja Latvijas un Ukrainas līgumu par ...", "Latvija denonsēja nolīgumu ...": a document ratified or
# ended was signed once, on a day the sentence does not give (the day beside it is the ratification's)
_RATIFIED = re.compile(r"(?<![\w])(?:ratificēj\w*|ratificēt(?:s|a|ais|ā|o)|denonsēj\w*|izstāj\w*\s+no)(?![\w])",
                       re.I)


def _ratified(sentence: Sentence, places: Places, pair: tuple[str, str] | None, text: str) -> list[Fact]:
    verb = _RATIFIED.search(text)
    document = _DOCUMENT.search(text) if verb else None
    if verb is None or document is None or len(_DOCUMENT.findall(text)) != 1:
        return []
    kind = next((k for p, k in _TREATY_WORDS if re.search(p, document["title"], re.I)), "agreement")
    fact = undated_treaty(sentence, LANG, places, pair, verb, document, kind)
    return [fact] if fact is not None else []


def _in_force_only(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None,
                   text: str) -> list[Fact]:
    """"Latvijas un Baltkrievijas līgums par valsts robežu stājās spēkā 2013. gada 10. aprīlī": the entry
    into force alone; no signing day is guessed from it."""
    from data.importer.extract_base import _IN_FORCE

    phrase = _IN_FORCE.search(text) if "spēk" in text else None  # a word test first: a page has many lines
    if phrase is None:
        return []
    # the document the phrase is said of: right after it ("stājās spēkā ... valdību līgums par ...") or
    # right before it ("līgums par ... stājās spēkā")
    document = next((m for m in _DOCUMENT.finditer(text)
                     if 0 <= m.start() - phrase.end() <= 80 or m.start() <= phrase.start() <= m.end() + 20), None)
    dates = find_dates(text, LANG)
    if document is None or len(dates) != 1:
        return []
    _signed, in_force = signing_apart(text, dates)
    parties = _parties(text, places, pair)
    if in_force is None or parties is None:
        return []
    title = _document_title(document["title"])
    kind = next((k for p, k in _TREATY_WORDS if re.search(p, title, re.I)), "agreement")
    return [TreatyFact((sentence.quote(),), kind, title, parties, None, in_force=in_force.date)]


def _document_title(words: str) -> str:
    """The document's words as the sentence gives them, up to its signing or its entry into force."""
    from data.importer.extract_base import _IN_FORCE

    for pattern in (_IN_FORCE, _SIGNING):
        words = pattern.split(words, maxsplit=1)[0]
    title = " ".join(words.split())
    return title[:1].upper() + title[1:]


def _parties(text: str, places: Places, pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The two of the four relations the sentence names, else the page's pair when it names no third state."""
    from data.importer.mentions import in_scope

    named = list(dict.fromkeys(c.place.key for c in places.find(text, LANG, kind="country")))
    if len(named) >= 2:
        return (named[0], named[1]) if len(named) == 2 and in_scope(named[0], named[1]) else None
    if pair is None or len(set(pair)) != 2 or any(code not in pair for code in named):
        return None
    return (pair[0], pair[1])


def _title_from(text: str) -> str:
    """The agreement's own words: from its first capital (a country, a ministry) to its end."""
    text = " ".join(text.split()).strip(" ,;:")
    text = re.sub(r"^.*?(?:pamatojoties\s+uz|balstoties\s+uz|uz)\s+", "", text)
    match = re.search(r"[A-ZĀ-Ž]", text)
    text = text[match.start():] if match else text
    text = " ".join(text.replace("[", "").replace("]", "").split())
    return text[:1].upper() + text[1:]
