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
from data.importer.missions import in_the_mission
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
        recognition=lambda low: "pripažin" in low and ("nepriklausomyb" in low or "nepriklausom" in low),
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
            opened = dates[0].date if dates and re.search(r"atidaryt|įsteigt", text, re.I) \
                and not in_the_mission(match.group(0)) else None  # "ambasadoje atidaryta paroda": not it
            found.append(MissionFact((sentence.quote(),), sending.place.key, receiving, kind, city, opened))
        if found:
            break
    return found


def _treaties(sentence: Sentence, page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    text = sentence.text
    verb = _signing_verb(text) if re.search(r"pasiraš|sudar", text, re.I) else None
    if verb is None and "pasiraš" not in text.lower():  # "pasirašė", "pasirašymo", "sudarė sutartį"
        return _in_force_only(sentence, places, pair) or _ended(sentence, places, pair)
    if (verb is None and not _SIGNING_NOUN.search(text)) or (verb is not None and verb.group(0)[:2].lower() == "ne"):
        return []  # "susitarė kitais metais pasirašyti", "pasirašys", "nepasirašė": no signing done
    dates = treaty_dates(sentence, find_dates(text, LANG))
    if not dates:
        document = _DOCUMENT.search(text)
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
        match = re.search(r"(?:pasiraš|sudar)\w*\s+(?P<title>.+)$", text.rstrip("."), re.I) if verb is None \
            else _AFTER_VERB.match(text.rstrip("."), verb.start())
        if match is None:
            return []
        title = match["title"]
        head = title
        named = _DOCUMENT.search(text)
        if verb is not None and named is not None and named.end() <= verb.start() and not _DOCUMENT.search(title):
            # "Sutartis tarp Lietuvos ir Ukrainos buvo sudaryta ...": the document stands before its passive verb
            title = head = re.sub(r"\s+(?:buvo|yra|bus)$", "", text[named.start():verb.start()].rstrip())
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
# `undated_treaty` refuses by its "ne-"), and the document word itself. A treaty is also "concluded" ("sudarė
# sutartį", "sutartis buvo sudaryta"), but "sudaryti" alone is any making ("sudaryta komisija", "sudarė 30
# proc."): only with the document's word beside it.
_DOCUMENT_WORD = r"(?:susitarim\w*|sutart\w*|memorandum\w*|protokol\w*|deklaracij\w*)"
# the signing done: "pasirašė", the participles ("pasirašyta", "pasirašytą", "pasirašyti": were signed, a chronicle
# leaving out "buvo"), never the future ("pasirašys") or "nepasirašė" (`undated_treaty` refuses its "ne-" where a
# caller passes it on); "pasirašyti" is also the infinitive, which a verb of intent governs ("susitarė kitais metais
# pasirašyti": agreed to sign), see `_INTENT`
_SIGNED_WORD = re.compile(r"(?<![\w])(?:ne)?(?:pasirašė|pasirašyt\w*|pasirašo)(?![\w])", re.I)
_INTENT = re.compile(r"(?<![\w])(?:susitar\w*|planuo\w*|ketin\w*|nusprend\w*|žad\w*|siek\w*|nori\w*|gal(?:i|ės|ėtų)|"
                     r"tur(?:i|ės|ėtų)|ruoši\w*|pasiruoš\w*|numat\w*|sutik\w*|pasiūl\w*|reikia|reikės)"
                     r"(?:\s+\S+){0,3}?\s+$", re.I)
# the signing as a noun: "sutarties pasirašymo ceremonija"
_SIGNING_NOUN = re.compile(r"(?<![\w])pasirašym\w*", re.I)
_CONCLUDED = re.compile(r"(?<![\w])(?:sudarė|sudaryt\w*)(?![\w])", re.I)
_DOCUMENT_NEXT = re.compile(r"\s+(?:\S+\s+){0,2}?" + _DOCUMENT_WORD, re.I)
_DOCUMENT_BEFORE = re.compile(_DOCUMENT_WORD + r"(?:\s+[^\s,;:]+){0,8}?\s+$", re.I)
_DOCUMENT = re.compile(r"(?<![\w])" + _DOCUMENT_WORD, re.I)
_AFTER_VERB = re.compile(r"\w*\s+(?P<title>.+)$")


def _signing_verb(text: str) -> re.Match[str] | None:
    """The first verb of the sentence that signs a document: "pasirašė", or "sudarė" with the document's word
    beside it (after it, "sudarė sutartį", or before it, "sutartis buvo sudaryta")."""
    signed = next((m for m in _SIGNED_WORD.finditer(text) if m.group(0).lower() != "pasirašyti"
                   or not _INTENT.search(text[max(0, m.start() - 80):m.start()])), None)
    concluded = next((m for m in _CONCLUDED.finditer(text) if _DOCUMENT_NEXT.match(text, m.end())
                      or _DOCUMENT_BEFORE.search(text[max(0, m.start() - 60):m.start()])), None)
    found = [m for m in (signed, concluded) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


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


def _in_force_only(sentence: Sentence, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """"Lietuvos ir Ukrainos susitarimas dėl ... įsigaliojo 2013 m. balandžio 10 d.": the entry into force
    alone, of the document the sentence names beside the phrase; no signing day is guessed from it (as the
    other languages' readers do)."""
    from data.importer.extract_base import _IN_FORCE, MULTILATERAL, of_states

    text = sentence.text
    phrase = _IN_FORCE.search(text) if "įsigalio" in text.lower() else None  # a word test first
    if phrase is None or phrase.group(0).lower() == "įsigalios":
        return []  # "įsigalios": it will, a day to come
    # the document the phrase is said of: before it ("susitarimas dėl ... įsigaliojo") or right after it
    document = next((m for m in _DOCUMENT.finditer(text)
                     if 0 <= m.start() - phrase.end() <= 80 or m.end() <= phrase.start()), None)
    dates = treaty_dates(sentence, find_dates(text, LANG))
    if document is None or len(dates) != 1 or MULTILATERAL.search(text):
        return []
    _signed, in_force = signing_apart(text, dates)
    named = list(dict.fromkeys(c.place.key for c in places.find(text, LANG, kind="country")))
    if len(named) == 2:
        parties: tuple[str, str] | None = (named[0], named[1])
    elif len(named) < 2 and pair is not None and all(code in pair for code in named):
        parties = pair  # the page's pair, when the sentence names no third state
    else:
        return []
    if in_force is None or parties is None or not in_scope(*parties) \
            or not of_states(text[max(0, document.start() - 80):document.end() + 80]):
        return []
    title = re.split(r"\s+(?:įsigali\w*|buvo|yra)\s|[,;(]", text[document.start():])[0].strip()
    head = text[max(0, document.start() - 60):document.start()].split(".")[-1].strip()
    title = " ".join(f"{head} {title}".split()) if head[:1].isupper() else title
    kind = next((k for p, k in _TREATY_WORDS if re.search(p, document.group(0), re.I)), "agreement")
    return [TreatyFact((sentence.quote(),), kind, title[:1].upper() + title[1:120], parties, None,
                       in_force=in_force.date)]
