"""The shapes of a Lithuanian foreign ministry page on relations with one country.

    1991 gruodžio 27 d. Baltarusija pripažino Lietuvos nepriklausomybę de jure.   -> a recognition
    1992 gruodžio 30 d. užmegzti diplomatiniai santykiai.                        -> relations
    1993–1994 m. pirmasis Lietuvos atstovas Baltarusijoje ... buvo laikinasis reikalų
    patikėtinis Alfonsas Augulis.                                                -> an envoy, 1993 to 1994
    2004 m. akredituotas Lietuvos Respublikos gynybos atašė Baltarusijoje plk.lt. A.Danėnas.
    Lietuvos Respublikos ambasada Baltarusijoje                                 -> a mission
    1995 m. vasario 6 d. pasirašytą ... sutartį „Dėl ... sienos“                 -> an agreement

Lithuanian pages name people in the nominative; the genitive of the country is the sending
side, the locative the host.
"""

from __future__ import annotations

import re

from data.importer import names as nm
from data.importer.dates import find_dates
from data.importer.extract_base import (
    Sentence,
    case_events,
    first,
    name_at_end,
    page_pair,
    recognition_row,
    role_of,
    sentences,
    signing_apart,
    treaty_dates,
    undated_treaty,
)
from data.importer.facts import EnvoyFact, Extraction, Fact, MissionFact, PersonMention, TreatyFact
from data.importer.mentions import in_scope
from data.importer.page import Page
from data.importer.places import Places

LANG = "lt"
_MISSIONS = (
    (r"generalin\w*\s+konsulat\w*", "consulate-general"),
    (r"garbės\s+konsulat\w*", "honorary-consulate"),
    (r"konsulat\w*", "consulate"),
    (r"ambasad(?:a|os|oje|ą)", "embassy"),
)
_TREATY_WORDS = (
    (r"sutart", "treaty"), (r"susitarim", "agreement"), (r"memorandum", "memorandum"), (r"protokol", "protocol"),
    (r"program", "programme"), (r"deklaracij", "declaration"), (r"dokument", "protocol"),
)
_RANKS = re.compile(r"^(?:plk\.(?:\s?lt\.|\s?ltn\.)?|mjr\.|kpt\.|gen\.|ltn\.|dr\.|prof\.)$", re.I)


def extract(page: Page, places: Places) -> Extraction:
    """Every fact of a Lithuanian page (see the module doc for the shapes)."""
    pair = page_pair(page, places)
    facts: list[Fact] = []
    for sentence in sentences(page):
        facts += _events(sentence, places, pair)
        facts += recognition_row(sentence, places, pair, LANG)
        facts += _envoys(sentence, places)
        facts += _missions(sentence, places)
        facts += _treaties(sentence, page, places, pair)
    published, updated = page.dates_stamped()
    return Extraction(pair, tuple(facts), published, updated)


def _events(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    return case_events(
        sentence, places, pair, LANG,
        recognition=lambda low: "pripažin" in low and "nepriklausomyb" in low,
        relations=lambda low: ("diplomatini" in low and "santyki" in low
                               and re.search(r"užmegz|užmezg|atkur|nustat", low) is not None),  # -ti, -ė, -ta
        quote=lambda _clause: sentence.quote(),
    )


def _envoys(sentence: Sentence, places: Places) -> list[Fact]:
    text = sentence.text
    role = role_of(text, LANG)
    if role is None:
        return []
    dates = find_dates(text, LANG)
    if not dates or dates[0].start > 25:
        return []
    body = text.rstrip().rstrip(".")
    words = [w for w in body.split()]
    tail = name_at_end(words)
    if tail is None:
        return []
    # Ranks stand between the post and the name ("plk.lt. A.Danėnas"): the title ends before them.
    title_end = tail[0]
    while title_end > 0 and _RANKS.match(words[title_end - 1]):
        title_end -= 1
    before = " ".join(words[:title_end])
    countries = places.find(before, LANG, kind="country")
    sending, receiving = first(countries, "gen"), first(countries, "loc")
    if sending is None or receiving is None or sending.place.key == receiving.place.key:
        return []
    title = _title(before, role)
    span = dates[0].range
    end = span.end if not span.is_single else None
    person = PersonMention(nm.nominative(" ".join(tail[1]), LANG, genitive=False), LANG, sentence.quote())
    return [EnvoyFact((sentence.quote(),), person, sending.place.key, receiving.place.key, role, title, None,
                      span.start, end, slips=dates[0].slips)]


def _title(before: str, role: str) -> str | None:
    patterns = {"charge-daffaires": r"laikin\w+\s+reikalų\s+patikėtin\w+|reikalų\s+patikėtin\w+",
                "ambassador": r"(?:nepaprast\w+\s+ir\s+įgaliot\w+\s+)?ambasador\w+",
                "honorary-consul": r"garbės\s+konsul\w+",
                "defence-attache": r"gynybos[\w\s,]*?atašė"}
    match = re.search(patterns[role], before, re.I)
    return match.group(0) if match else None


def _missions(sentence: Sentence, places: Places) -> list[Fact]:
    text = sentence.text
    found: list[Fact] = []
    for pattern, kind in _MISSIONS:
        for match in re.finditer(pattern, text, re.I):
            before = places.find(text[max(0, match.start() - 40):match.start()], LANG, kind="country")
            sending = before[-1] if before and before[-1].case == "gen" else None
            after = text[match.end():match.end() + 40]
            hosts = places.find(after, LANG)
            host = hosts[0] if hosts and hosts[0].case in ("loc", "any") and hosts[0].start <= 2 else None
            if sending is None or host is None:
                continue
            city = host.place if host.place.kind == "city" else None
            receiving = host.place.country if city else host.place.key
            if not receiving or receiving == sending.place.key:
                continue
            dates = find_dates(text, LANG)
            opened = dates[0].date if dates and re.search(r"atidaryt|įsteigt", text, re.I) else None
            found.append(MissionFact((sentence.quote(),), sending.place.key, receiving, kind, city, opened))
        if found:
            break
    return found


def _treaties(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    if "pasiraš" not in text.lower():  # pasirašyta, pasirašė
        return _ended(sentence, places, pair)
    dates = treaty_dates(sentence, find_dates(text, LANG))
    if not dates:
        verb, document = _SIGNED.search(text), _DOCUMENT.search(text)
        if verb is None or document is None:
            return []
        kind = next((k for p, k in _TREATY_WORDS if re.search(p, document.group(0), re.I)), "agreement")
        fact = undated_treaty(sentence, LANG, places, pair, verb, document, kind)
        return [fact] if fact is not None else []
    quoted = re.search(r"[„“\"]([^“”\"]+)[“”\"]", text)
    if quoted:
        title = quoted.group(1)
        head = text[:quoted.start()]
    else:
        match = re.search(r"pasiraš\w*\s+(?P<title>.+)$", text.rstrip("."), re.I)
        if match is None:
            return []
        title = match["title"]
        head = title
    kind = next((k for p, k in _TREATY_WORDS if re.search(p, head, re.I)), "agreement")
    countries = list(dict.fromkeys(c.place.key for c in places.find(text, LANG, kind="country")))
    parties = tuple(countries[:2]) if len(countries) >= 2 else (pair or ())
    if len(countries) >= 3 or (len(parties) == 2 and not in_scope(parties[0], parties[1])):
        return []  # "Lietuvos, Latvijos ir Ukrainos susitarimą": three states' document, not the pair's
    title = title[:1].upper() + title[1:]
    begin = min(dates[0].start, quoted.start() if quoted else dates[0].start)
    end = max(dates[0].end, quoted.end() if quoted else len(text))
    quote = sentence.quote_span(page, begin, end)
    signed, in_force = signing_apart(text, dates)
    return [TreatyFact((quote,), kind, title, tuple(parties), signed.date if signed else None, slips=dates[0].slips,
                       in_force=in_force.date if in_force else None)]


# "pasirašė susitarimą dėl ...", "buvo pasirašyta sutartis": the signing done (never "nepasirašė", which
# `undated_treaty` refuses by its "ne-"), and the document word itself
_SIGNED = re.compile(r"(?<![\w])(?:ne)?(?:pasirašė|pasirašyt\w*|pasirašo)(?![\w])", re.I)
_DOCUMENT = re.compile(r"(?<![\w])(?:susitarim\w*|sutart\w*|memorandum\w*|protokol\w*|deklaracij\w*)", re.I)
# "Lietuvos Vyriausybė denonsavo susitarimą su Baltarusija dėl ...", "pasitraukė iš sutarties", "Seimas
# ratifikavo ... susitarimą": a document ratified or ended (the day beside it is that act's, not the signing's)
_ENDED = re.compile(r"(?<![\w])(?:ratifikavo|ratifikuota|ratifikuotas|denonsavo|nutraukė|pasitraukė\s+iš)(?![\w])",
                    re.I)


def _ended(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """A document a state ratified, denounced or left: it was signed once, on a day the sentence does not give."""
    verb = _ENDED.search(sentence.text)
    document = _DOCUMENT.search(sentence.text, verb.end()) if verb else None
    if verb is None or document is None:
        return []
    kind = next((k for p, k in _TREATY_WORDS if re.search(p, document.group(0), re.I)), "agreement")
    fact = undated_treaty(sentence, LANG, places, pair, verb, document, kind)
    return [fact] if fact is not None else []
