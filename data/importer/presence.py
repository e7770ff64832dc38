"""A trip told by what the traveller did abroad, with no word of travel: the act, the place, the doer.

    Президент України Петро Порошенко і президент Литви Даля Грибаускайте в Києві підписали дорожню карту ...
                                                                         -> LT → UA (the host signs at home)
    President of Ukraine Volodymyr Zelensky and President of the Republic of Lithuania Gitanas Nausėda have
        signed a Joint Statement in Vilnius ...                          -> UA → LT
    Про це заявив президент України Володимир Зеленський на спільній пресконференції ... у Вільнюсі
                                                                         -> UA → LT
    Thus spoke President of Lithuania Dalia Grybauskaite at the joint press conference she held with President
        of Ukraine Petro Poroshenko in Kyiv on December 12.              -> LT → UA (Poroshenko: "with", the host)

News often leaves the trip unsaid and tells what the guest did there: signed, opened, met, held a press conference,
spoke, laid flowers, in a city or a country of the other state. A sentence tells such a trip when it has, in its
main clause:

- an act verb in the past (`_ACT`), or "in the presence of" (`_PRESENT`);
- one place of the four countries where it happened: a locative or "in"/"at" (never "from", never "to": a trip
  to is `travels`'s), and no place of another of the four;
- a doer named with their country's office (`travels._travellers`) as the act's subject: the office word in the
  nominative in lv, lt, uk, ru, be ("президент Литви", not "з президентом Литви"), in English not after "with",
  "by", "to", "between", "met", "received"; and before any "that"/"що"/"что"/"kad"/"ka" (a clause reported).

A doer of the place's own country is the host and makes no trip; a meeting in a third country ("on the sidelines
of the UN General Assembly in New York") names no place of the four and makes none, nor does one of two guests of
two states in a host's city ("Latvian Foreign Minister NAME met Lithuanian Foreign Minister NAME in Minsk"); an
act only planned, called off or denied is none, as is one done by video or phone (`trips._NO_TRIP`, `announced`).
The date is the sentence's own as `travels` reads it, or the trip is held. A traveller the page already tells a trip
of to that country is left to that trip: one record per trip. `travels.travels` runs this reader with the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from data.importer.extract_base import Sentence, sentences_of_line
from data.importer.facts import Fact
from data.importer.mentions import in_scope
from data.importer.page import Page
from data.importer.places import Mention, Places

# an act done in a place: signed, opened, met, held (talks, a press conference), took part, spoke, laid flowers
_ACT = re.compile(
    r"(?<![\w])(?:signed|opened|met|held|took\s+part|participated|attended|addressed|spoke|laid|"
    r"parakstīja|atklāja|tikās|piedalījās|uzstājās|nolika|"
    r"pasirašė|atidarė|susitiko|dalyvavo|pasakė|padėjo|"
    r"підписали|підписав|підписала|відкрила|відкрив|відкрили|провели|провів|провела|зустрілися|зустрівся|"
    r"зустрілася|взяв\s+участь|взяла\s+участь|взяли\s+участь|виступив|виступила|поклав|поклала|заявив|заявила|"
    r"подписали|подписал|подписала|открыл|открыла|открыли|провели|провел|провела|встретились|встретился|"
    r"встретилась|принял\s+участие|приняла\s+участие|приняли\s+участие|выступил|выступила|возложил|возложила|"
    r"заявил|заявила|"
    r"падпісалі|падпісаў|падпісала|адкрыў|адкрыла|сустрэліся|сустрэўся|сустрэлася|узяў\s+удзел|узяла\s+удзел|"
    r"выступіў|выступіла|заявіў|заявіла)(?![\w])", re.I)
# a meeting or talks held: the verb in the past or the noun ("met", "held talks", "по итогам переговоров", "tikās",
# "susitikimo"); "will meet" is none, and a meeting to come is dropped with the trip's other future words (`announced`)
_MEETING = re.compile(
    r"(?<![\w])(?:met|talks|negotiations|meeting|"
    r"tikās|tikšanās|tikšanā|tikšanās\s+laikā|sarunās|sarunām|sarunu|"
    r"susitiko|susitikim\w*|derybų|derybose|derybas|"
    r"встретил\w*|встреч[аеиу]|переговор\w*|"
    r"зустрів\w*|зустріл\w*|зустріч\w*|перемовин\w*|переговор\w*|"
    r"сустрэў\w*|сустрэл\w*|сустрэч\w*|перамов\w*)(?![\w])", re.I)
# the partner of a meeting: "with", "ar", "su", "с", "з" (the comitative), then who was met
_WITH = re.compile(r"(?<![\w])(?:with|ar|su|с|со|з|із|зі|са)\s+", re.I)
# a preposition or a conjunction between "with" and the name: the name is not whom the meeting was with
_PLACE_WORD = re.compile(r"(?<![\w])(?:on|in|at|to|from|into|and|в|во|на|у|ў|из|із|і|и|та|ir|un|uz|į|iš|no)\s",
                         re.I)
_MET_REACH = 60  # how far before "with" its meeting word may stand ("переговоров в Риге со своим")
_WITH_REACH = 70  # how far before the partner's name its "with" may stand ("с министром иностранных дел Беларуси")
# "in the presence of": the people named after it were there
_PRESENT = re.compile(r"(?<![\w])(?:in\s+the\s+presence\s+of|у\s+присутності|в\s+присутності|в\s+присутствии|"
                      r"dalyvaujant|klātbūtnē)(?![\w])", re.I)
# an office word in the nominative: the doer, not the one met or spoken of ("з президентом Литви")
_NOMINATIVE_OFFICE = re.compile(
    r"(?<![\w])(?:президент|президентка|прем.?[єеэ]р-міністр|прем.?[єеэ]р-міністерка|прем.?[єеэ]рка|прем.?[єеэ]р|"
    r"премьер-министр|премьер|міністр|міністерка|министр|глава|голова|спікер|спікерка|спикер|лідер|лидер|"
    r"председатель|прэзідэнт|прэм.ер-міністр|кіраўнік|старшыня|"
    r"prezidents|prezidente|premjers|premjere|ministrs|ministre|priekšsēdētājs|priekšsēdētāja|"
    r"prezidentas|prezidentė|premjeras|premjerė|ministras|ministrė|pirmininkas|pirmininkė)"
    r"(?:\s+[\w'’.-]+){0,6}\s*$", re.I)
# an English doer is not the object of a preposition or a verb of meeting: "with President of Ukraine NAME"
_EN_NOT_DOER = re.compile(r"(?<![\w])(?:with|by|to|between|met|meet|meeting|received|welcomed|invited|thanked|"
                          r"told)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I)
# an act done from afar: a video link, a call, online ("виступив перед Сеймом у Вільнюсі по відеозв'язку")
_REMOTE = re.compile(r"(?<![\w])(?:video\w*|відео\w*|видео\w*|відэа\w*|online|онлайн\w*|virtual\w*|remote\w*|"
                     r"phone\w*|телефон\w*|тэлефон\w*|telefon\w*|nuotolin\w*|attālinād?\w*|tiešsaistē|"
                     r"дистанцион\w*|дистанційн\w*)(?![\w])", re.I)
# a clause reported: its doer is another sentence's ("said that NAME signed in Kyiv")
_THAT = re.compile(r"(?<![\w])(?:that|що|что|што|kad|ka|jog)(?![\w])", re.I)
_IN = re.compile(r"(?:^|[\s(])(?:in|at)\s+(?:the\s+)?$", re.I)


def _sentences(page: Page) -> Iterator[Sentence]:
    """The sentences with an act and an office word (a 5 MB page has thousands of "signed" without a doer)."""
    from data.importer.travels import _OFFICE

    for number, line in page.numbered():
        if _OFFICE.search(line) and (_ACT.search(line) or _PRESENT.search(line) or _MEETING.search(line)):
            for sentence in sentences_of_line(number, line):  # the cheaper test on the line first
                text = sentence.text
                if (_ACT.search(text) or _PRESENT.search(text) or _MEETING.search(text)) and _OFFICE.search(text):
                    yield sentence


def acts_abroad(page: Page, places: Places, known: dict[str, set[str]]) -> list[Fact]:
    """The trips the page's sentences tell by an act of a foreign office holder in a place of the four countries;
    `known` maps a traveller's surname stem to the countries the page already tells a trip of theirs to."""
    from data.importer.trips import _NO_TRIP

    found: list[Fact] = []
    for sentence in _sentences(page):
        text = sentence.text
        if _NO_TRIP.search(text) or _REMOTE.search(text):
            continue
        for trip in _acts(sentence, page, places):
            stems = {_stem(p) for p in _written(trip)}
            if any(trip.receiving in known.get(stem, set()) for stem in stems):  # type: ignore[attr-defined]
                continue
            for stem in stems:
                known.setdefault(stem, set()).add(trip.receiving)  # type: ignore[attr-defined]
            found.append(trip)
    return found


def _acts(sentence: Sentence, page: Page, places: Places) -> list[Fact]:
    from data.importer.travels import _FROM as FROM
    from data.importer.travels import _TO as TO
    from data.importer.travels import FROM_PARTS, _code, _origins, _travellers, _trip

    text, lang = sentence.text, page.lang
    act = _ACT.search(text) or _PRESENT.search(text) or _MEETING.search(text)
    if act is None:
        return []
    that = _THAT.search(text)
    main = that.start() if that is not None else len(text)  # the main clause: a reported one is another's act
    mentions = [m for m in places.find(text, lang) if _code(m) is not None]
    origins = _origins(text, mentions, places, lang)
    own = {(m.start, m.end) for m in origins}
    where = [m for m in mentions if (m.start, m.end) not in own and m.end <= main and _where(text, m, FROM, TO)]
    hosts = {_code(m) for m in where}
    if len(hosts) != 1:
        return []  # no place of the four, or two: not one trip this reader can tell
    host = hosts.pop()
    city = next((m.place for m in where if m.place.kind == "city"), None)
    travellers = _travellers(text, mentions, origins, lang)
    if len({code for _w, code, _e in travellers} - {host}) > 1:
        return []  # two guests of two states met there: an event in a third country, no bilateral trip
    out: list[Fact] = []
    for written, sending, end in travellers:
        start = end - len(written)
        if sending == host or not in_scope(sending, host) or start > main:
            continue
        present = _PRESENT.search(text, 0, start)  # "у присутності президента Литви NAME": there, in any case
        if present is not None or (_doer(text, start, lang) and _acts_it(text, start, end, travellers)):
            person = _mention(written, lang, text, start, sentence)
        elif met_with(text, start):
            person = _partner(written, lang, sentence)
        else:
            continue
        trip = _trip(sentence, page, sending, host, city, (person,))
        kept = tuple(i for i in trip.issues if i[1] != FROM_PARTS)
        out.append(replace(trip, issues=(*kept, ("ambiguity", BY_ACT))))
    return _one_per_country(out)


def met_with(text: str, start: int) -> bool:
    """Whether the name starting at `start` is whom a meeting or talks were held with ("по итогам переговоров в Риге
    с министром иностранных дел Беларуси NAME", "met in Vilnius with Ukraine's Foreign Minister NAME"): the guest
    met where the meeting was, whoever the sentence's subject is (the host at home, or a guest who came too)."""
    before = text[max(0, start - _WITH_REACH):start]
    with_ = _last(_WITH, before)
    if with_ is None or _CLAUSE_BREAK.search(before[with_.end():]) or _PLACE_WORD.search(before[with_.end():]):
        return False  # "met with his Latvian counterpart on Saint Michael's Square": a place, not whom they met
    at = max(0, start - _WITH_REACH) + with_.start()
    lead = text[max(0, at - _MET_REACH):at]
    meeting = _last(_MEETING, lead)
    return meeting is not None and not _CLAUSE_BREAK.search(lead[meeting.end():])


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text`, or None."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 (the loop keeps the last match)
        pass
    return found


BY_ACT = ("A trip read from what the traveller did there: an act in a place of the other country, its doer named "
          "with their country's office; the sentence has no word of travel.")


def _where(text: str, mention: Mention, from_: re.Pattern[str], to: re.Pattern[str]) -> bool:
    """Whether the place is where the act happened: a locative or "in"/"at", never after "from" or "to"."""
    before = text[:mention.start]
    if from_.search(before):
        return False
    if mention.case == "loc":
        return True
    return _IN.search(before) is not None and not (to.search(before) and not _IN.search(before))


_CLAUSE_BREAK = re.compile(r"[,;:()«»\"“”]")
_SUBJECT_REACH = 120  # how far a subject may stand before its verb, other subjects joined by "and" between
_INVERTED_REACH = 70  # how far after its verb an inverted subject's name may end ("заявив президент України NAME")


def _acts_it(text: str, start: int, end: int, travellers: list[tuple[str, str, int]]) -> bool:
    """Whether an act verb of the sentence is the name's own: right after it (other named subjects joined by "and"
    between, no comma), or right before its office ("Thus spoke President of Lithuania NAME", "заявив президент
    України NAME"), not a verb of another clause ("politicians participated in rallies in Kiev, Lithuanian
    President NAME expressed support")."""
    for act in _ACT.finditer(text):
        if act.start() >= end:
            between = text[end:act.start()]
            for other, _code, other_end in travellers:  # "NAME and President of Lithuania NAME2 have signed"
                if end < other_end <= act.start():
                    between = text[end:act.start()].replace(other, " ")
            if len(between) <= _SUBJECT_REACH and not _CLAUSE_BREAK.search(between):
                return True
        elif act.end() <= start and start - act.end() <= _INVERTED_REACH and not _CLAUSE_BREAK.search(
                text[act.end():start]):
            return True
    return False


def _doer(text: str, start: int, lang: str) -> bool:
    """Whether the name starting at `start` is the act's doer: its office in the nominative (lv, lt, uk, ru, be),
    or in English not after a preposition or a verb of meeting."""
    before = text[max(0, start - 70):start]
    if lang == "en":
        return _EN_NOT_DOER.search(before) is None
    return _NOMINATIVE_OFFICE.search(before) is not None


def _mention(written: str, lang: str, text: str, start: int, sentence: Sentence):
    from data.importer.facts import PersonMention
    from data.importer.travels import _ORIGIN_REACH, _nominative

    return PersonMention(_nominative(written, lang, text[max(0, start - _ORIGIN_REACH):start]), lang,
                         sentence.quote())


def _partner(written: str, lang: str, sentence: Sentence):
    """Whom a meeting was held with, as the page writes them: after "with" a name is in the instrumental (uk, ru,
    be, lt) or the accusative (lv), whose nominative its endings do not tell ("Шмыгалем" is Шмыгаль, "Макеем"
    Макей); never certain, so the review says it and the store's person is met by the search engine."""
    from data.importer import names as nm
    from data.importer.facts import PersonMention

    if lang == "en":
        return PersonMention(nm.Nominative(written, nm.tidy_name(written)), lang, sentence.quote())
    doubt = (f"{written!r} is whom a meeting was held with, in the case that follows 'with'; its nominative is "
             f"not guessed")
    return PersonMention(nm.Nominative(written, nm.tidy_name(written), certain=False, doubts=(doubt,)), lang,
                         sentence.quote())


def _one_per_country(trips: list[Fact]) -> list[Fact]:
    """Several doers of one country in one sentence are one trip with them all."""
    from data.importer.facts import HeldFact, VisitFact

    by_country: dict[str, Fact] = {}
    for trip in trips:
        kept = by_country.get(trip.sending)  # type: ignore[attr-defined]
        if kept is None:
            by_country[trip.sending] = trip  # type: ignore[attr-defined]
        elif isinstance(kept, VisitFact) and isinstance(trip, VisitFact):
            by_country[trip.sending] = replace(kept, people=kept.people + trip.people)
        elif isinstance(kept, HeldFact) and isinstance(trip, HeldFact):
            by_country[trip.sending] = replace(kept, people=kept.people + trip.people)
    return list(by_country.values())


def _written(trip: Fact) -> list[str]:
    people = trip.people  # type: ignore[attr-defined]
    return [getattr(p, "person", p).name.text.split()[-1] for p in people if getattr(p, "person", p).name.text]


def _stem(word: str) -> str:
    from data.importer.keys import fold_key

    return fold_key(word)[:5]
