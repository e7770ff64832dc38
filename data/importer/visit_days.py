"""A trip the page tells without its day, dated by the next sentence's "during the visit, on D".

    Prime Minister of Ukraine Arseniy Yatsenyuk is on a working visit to the Republic of Latvia ...
    On November 5, in the framework of the visit there took place the first joint meeting ...   -> UA → LV, 2015-11-05
    (a page dated 6 November 2015)

News tells the trip in its lead and the day in the next sentence, which names the visit instead of the
traveller ("during the visit", "в рамках визита", "vizītes laikā"). A trip held for want of any date is
dated by that sentence when it says so and gives one day: written in full, or without a year in the year
of the page's own date when `dateline.with_year` allows it (the record's note says so). A trip that has
a date as written (a day without a year), a next sentence about some other visit, or one with two days
keeps its review row.

The other way round: a date written as the start of a period ("This is X's second visit to Ukraine since
February 24, 2022", "с 24 февраля 2022 года", "kopš ..."), inside a clause between commas about another act
("X, who was elected on 26 May 2019, arrived in Kyiv", "Науседа, избранный 26 мая 2019 года, прибыл") or the
day of a saying that reports the trip ("On 5 May 2023, the ministry said that X had visited Kyiv") is not the
trip's day; a trip dated only so is held for review without one.
"""

from __future__ import annotations

import re

from data.dates import DateRange, PartialDate
from data.importer.dateline import day_months, months_alone, publication_day, range_with_year
from data.importer.dates import find_dates
from data.importer.extract_base import sentences_of_line
from data.importer.facts import Fact, HeldFact, Participant, VisitFact
from data.importer.page import Page

# "during the visit", "in the framework of the visit", "в рамках визита", "під час візиту", "vizītes laikā"
_DURING_THE_VISIT = re.compile(
    r"(?<![\w])(?:(?:during|in\s+the\s+course\s+of|in\s+the\s+(?:frames?|framework)\s+of|within)\s+the\s+visit|"
    r"vizītes\s+laikā|vizīte(?:s)?\s+ietvaros|vizito\s+metu|"
    r"(?:во\s+время|в\s+ходе|в\s+рамках)\s+визита|(?:під\s+час|у\s+рамках|в\s+рамках|в\s+ході)\s+візиту|"
    r"(?:падчас|у\s+рамках|у\s+ходзе)\s+візіту)(?![\w])", re.I)


def days_of_trips(facts: list[Fact], page: Page) -> list[Fact]:
    """The facts, with every trip dated by a "since", by an inserted clause about another act or by a verb of
    saying held without a day, every trip held for want of a date dated by the next sentence when it gives
    "the visit" its day, and every arrival a news item's lead tells without a date dated by its publication day."""
    return dated_by_the_news_day(dated_by_next_sentence(since_is_no_day(facts, page), page), page)


# the start of a period: "second visit since February 24, 2022", "с 24 февраля 2022 года", "kopš 2022. gada
# 24. februāra", "від початку повномасштабного вторгнення 24 лютого 2022 року"
_SINCE = re.compile(r"(?<![\w])(?:since|kopš|nuo|с|со|з|із|від|ад)\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+"
                    r"(?:[^\W\d][\w'’-]*\s+){0,3}|(?:начала|початку|пачатку)\s+(?:[^\W\d][\w'’-]*\s+){0,3}|"
                    r"(?:[^\W\d][\w'’-]*\s+){0,2}(?:sākuma|pradžios)\s+)?$", re.I)
_RANGE_ON = re.compile(r"^\s*(?:[-–—]|по|до|па|līdz|iki|to|until|and)\s", re.I)


def since_is_no_day(facts: list[Fact], page: Page) -> list[Fact]:
    """The facts, with every trip whose date every sentence telling it writes only as the start of a period
    ("since ...") held for review without a day: the sentence tells the trip, not when it was."""
    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, VisitFact) and fact.quotes and all(_since_only(q.text, fact.date, page.lang)
                                                              for q in fact.quotes):
            out.append(HeldFact(fact.quotes, "visit", fact.sending, fact.receiving,
                                tuple(p.person for p in fact.people),
                                "the sentence's date is another act's (a period's start, an inserted clause, "
                                "a saying), not the trip's day",
                                city=fact.city, slips=fact.slips, issues=fact.issues))
        else:
            out.append(fact)
    return out


def _since_only(text: str, when: DateRange, lang: str) -> bool:
    """Whether every date of `text` that is `when` is not the trip's: after "since" (ending no range), inside a
    clause inserted between commas about another act ("NAME, who was elected on 26 May 2019, arrived in Kyiv"),
    or the day of a saying that the trip is reported by ("On 5 May 2023, the ministry said that X had visited")."""
    same = [d for d in find_dates(text, lang) if d.range == when]
    if not same:
        return _until_only(text, when, lang)
    return all(
        (_SINCE.search(text[max(0, d.start - 60):d.start]) and not _RANGE_ON.match(text[d.end:]))
        or _inserted(text, d.start, d.end) or _said_on(text, d.end) or _UNTIL.search(text[max(0, d.start - 20):d.start])
        for d in same)


# the end of a period: "is on a working visit to Ukraine until July 17", "līdz 17. jūlijam", "до 17 июля": the day
# the stay ends, not the day the page tells of (a range's second day has its first before it: "12 until 14 May")
_UNTIL = re.compile(r"(?<![\w])(?<!\d\s)(?<!\d)(?:until|till|through|līdz|iki|до|по|па)\s+$", re.I)


def _until_only(text: str, when: DateRange, lang: str) -> bool:
    """Whether the trip's date is a day without a year that the sentence writes only after "until" ("on a working
    visit to Ukraine until July 17"): one day, `when` that day, and the word right before it."""
    if not when.is_single or when.start.day is None:
        return False
    days = [d for d in day_months(text, lang) if d.first is None and (d.month, d.day) == (when.start.month,
                                                                                          when.start.day)]
    return bool(days) and all(_UNTIL.search(text[max(0, d.start - 20):d.start]) for d in days)


# a clause inserted between commas that starts with a relative pronoun or a participle: another act's
_INSERT_HEAD = re.compile(
    r"^\s*(?:who|which|whom|whose|elected|re-elected|appointed|born|kurš|kura|kuri|kuras|kuru|kuris|kurie|kurio|"
    r"который|которая|которое|которые|которого|которой|который|який|яка|яке|які|якого|якої|каторы|каторая|"
    r"каторае|каторыя|[а-яё]+(?:вш|нн|ущ|ющ|ащ|ящ)(?:ий|ый|ая|ое|ие|ые|его|ого|ей|ую)|"
    r"[а-яіїєґ'’]+(?:аний|ений|єний|яний|тий|ана|ена|ані|ені)|[a-z]+ed|"
    # Lithuanian and Latvian passive participles: "išrinktas", "paskirta", "ievēlēts", "iecelta"
    r"[a-ząčęėįšųūž]+(?:tas|ta|ti|tos|mas|ma)|[a-zāčēģīķļņšūž]+(?:ts|ta|tais|tā))(?![\w])", re.I)


def _inserted(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in a clause between two commas that begins as another act's (`_INSERT_HEAD`) and
    tells no trip itself ("Науседа, который 24 августа 2021 года уже посещал Киев, прибыл ..." keeps its date)."""
    from data.importer.trips import _TRAVEL

    before, after = text.rfind(",", 0, start), text.find(",", end)
    if before < 0 or after < 0:
        return False
    clause = text[before + 1:after]
    return bool(_INSERT_HEAD.match(clause)) and not _TRAVEL.search(clause)


# a verb of saying that reports the trip: its day is the saying's ("On 5 May 2023, the ministry said that ...")
_SAID_THAT = re.compile(r"(?<![\w])(?:said|says|reported|announced|stated|told\s+\w+|сообщил\w*|заявил\w*|"
                        r"сказал\w*|повідомил\w*|заявив|заявила|сказав|сказала|паведаміў|заявіў|paziņoja|sacīja|"
                        r"pavēstīja|pranešė|sakė|teigė)\s*,?\s+(?:that|что|що|што|ka|kad)(?![\w])", re.I)


def _said_on(text: str, end: int) -> bool:
    """Whether a verb of saying with its "that" follows the date, before the sentence's word of travel."""
    from data.importer.travels import _TRAVEL

    said = _SAID_THAT.search(text, end)
    trip = _TRAVEL.search(text, end)
    return said is not None and trip is not None and said.start() < trip.start()


def dated_by_next_sentence(facts: list[Fact], page: Page) -> list[Fact]:
    """The facts, with every visit held for want of any date dated by the sentence after its own when that
    sentence is about "the visit" and gives it one day."""
    undated = [f for f in facts if _undated_visit(f)]
    if not undated:
        return facts  # nothing to date: the page's sentences are not split at all (a 5 MB page)
    lines = {q.line for f in undated for q in f.quotes}
    numbered = page.numbered()
    sentences = [s for index, (number, line) in enumerate(numbered)
                 if number in lines or (index and numbered[index - 1][0] in lines)
                 for s in sentences_of_line(number, line)]
    following = {sentences[i].text: sentences[i + 1].text for i in range(len(sentences) - 1)}
    return [(_dated(f, following, page) or f) if _undated_visit(f) else f for f in facts]  # type: ignore[arg-type]


def _undated_visit(fact: Fact) -> bool:
    return isinstance(fact, HeldFact) and fact.fact_kind == "visit" and not fact.date_text and not fact.dates \
        and len(fact.quotes) == 1


def _dated(fact: HeldFact, following: dict[str, str], page: Page) -> VisitFact | None:
    after = following.get(fact.quotes[0].text)
    if after is None or not _DURING_THE_VISIT.search(after):
        return None
    full = [d for d in find_dates(after, page.lang) if d.range.start.day is not None]
    days = day_months(after, page.lang)
    note = None
    if len(full) == 1 and not days:
        when = full[0].range
    elif not full and len(days) == 1:
        counted = range_with_year(days[0], page.dateline())
        if counted is None:
            return None
        when, note = counted
    else:
        return None
    issues = (("ambiguity", f"The day is the next sentence's, which tells the visit: '{after[:120]}'."),)
    if note:
        issues += (("ambiguity", note),)
    return _as_visit(fact, when, issues)


def _as_visit(fact: HeldFact, when: DateRange, issues: tuple[tuple[str, str], ...]) -> VisitFact:
    """The held trip as a visit on `when`, its people and place as the page told them."""
    people = tuple(Participant(person) for person in fact.people)
    return VisitFact(fact.quotes, when, "visit", fact.sending, fact.receiving, fact.city, people, None,
                     fact.quotes[0].text, slips=fact.slips, issues=fact.issues + issues)


# a trip before the one the page reports: "уже посещал", "already visited", "jau apmeklēja", "раніше відвідував", and
# the last one before it: "последний раз президент Литвы посещал Киев", "Востаннє ...", "Pastarąjį kartą ..."
_EARLIER = re.compile(r"(?<![\w])(?:already|previously|earlier|уже|ранее|раньше|вже|раніше|ужо|раней|jau|iepriekš|"
                      r"agrāk|anksčiau|(?:the\s+)?last\s+time|(?:в\s+)?последний\s+раз|востаннє|останній\s+раз|"
                      r"апошні\s+раз|pēdējo\s+reizi|paskutinį\s+kartą|pastarąjį\s+kartą|"
                      # the imperfective past of a trip ("Науседа приезжал в Украину в середине апреля", "востаннє
                      # відвідувала"): in a news item, a trip made before the one it reports
                      r"посещал\w*|приезжал\w*|бывал\w*|відвідувал\w*|відвідував|приїжджал\w*|приїжджав|"
                      r"приїздил\w*|приїздив|бував|бувала|прыязджаў\w*|наведваў\w*)(?![\w])", re.I)


def earlier_trip(text: str) -> bool:
    """Whether the sentence tells its trip as one before the page's own ("13 апреля Левитс уже посещал Киев"): its
    day, when the page gives no year, is that trip's, not a second day of the trip the page reports."""
    return _EARLIER.search(text) is not None


# a trip told as happening now: arrived, begun, under way ("До Києва прибула президент Литви", "Президент Украины
# начал рабочий визит в Литву", "is paying a visit to Kyiv"), never a plain "visited" (a trip of any day)
_UNDER_WAY = re.compile(
    r"(?<![\w])(?:arrived|arrives|has\s+arrived|is\s+visiting|is\s+paying\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit|"
    r"is\s+on\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit|(?:began|started|has\s+begun)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}"
    r"visit|ieradās|ieradies|ieradusies|uzturas|atvyko|atvykęs|atvykusi|lankosi|viešia|"
    r"прибыл[аи]?|приехал[аи]?|находится|пребывает|начал[аи]?\s+(?:[\w-]+\s+){0,2}визит\w*|"
    r"прибув|прибула|прибули|приїхав|приїхала|приїхали|перебуває|перебувають|"
    r"(?:розпочав|розпочала|почав|почала)\s+(?:[\w-]+\s+){0,2}візит\w*|"
    r"прыбыў|прыбыла|прыбылі|прыехаў|прыехала|знаходзіцца|пачаў\s+(?:[\w-]+\s+){0,2}візіт\w*)(?![\w])", re.I)
# a trip before the news: "востаннє", "the last time", "ранее", "как сообщалось", "напомним", "previous"
_BEFORE_THE_NEWS = re.compile(
    r"(?<![\w])(?:last|previous(?:ly)?|earlier|already|recalled|reminder|востаннє|останній|последн\w+|ранее|раньше|"
    r"раніше|напомним|нагадаємо|как\s+сообщалось|як\s+повідомлялося|уже|вже|ужо|paskutin\w*|anksčiau|jau|"
    r"pēdējo|pēdējā|iepriekš|agrāk|jau)(?![\w])", re.I)
_LEAD_LINES = 4        # how many prose lines from the top of a page make its lead
_PROSE = 60            # a line this long is prose, not a title, a stamp or a caption


def dated_by_the_news_day(facts: list[Fact], page: Page) -> list[Fact]:
    """The facts, with every trip held for want of any date that a news item's lead tells as happening now
    ("Президент Литви Гітанас Науседа прибув до Києва ...", a page of 28 July 2022 by its address) dated by the
    page's publication day, with a note. A news item tells the day's arrival first and leaves its day to its
    stamp; a trip told further down, told as "visited" (any day), as an earlier one ("востаннє", "as reported"),
    or with any date word of its own, keeps its review row, as does every trip of a page without a day of its own."""
    undated = [f for f in facts if _undated_visit(f)]
    if not undated:
        return facts
    published = _own_publication_day(page)
    if published is None or published[0].day is None:
        return facts
    lead = _lead_lines(page)
    out: list[Fact] = []
    for fact in facts:
        if _undated_visit(fact) and _news_of_the_day(fact, lead, page.lang):
            assert isinstance(fact, HeldFact)
            note = (f"The sentence gives no day; it tells the trip as happening now in the lead of a news item, "
                    f"dated by the item's publication day ({published[1]}).")
            fact = _as_visit(fact, DateRange.of(published[0]), (("ambiguity", note),))
        out.append(fact)
    return out


def _own_publication_day(page: Page) -> tuple[PartialDate, str] | None:
    """The publication day the page states itself (metadata, a stamp, a dateline at its head), not one read from its
    address alone: on the development pages, items filed under the day of a trip's second day ('/2015/10/28/' for a
    visit of 27-28 October) were labelled without a day by people who never ran the importer."""
    stamped, _updated = page.dates_stamped()
    published = page.published_on if page.published_on is not None else (stamped[0] if stamped else None)
    return publication_day(published, [line for _n, line in page.numbered()[:5]], None)


def _lead_lines(page: Page) -> set[int]:
    """The numbers of the lines up to the page's `_LEAD_LINES`-th line of prose (its title and stamps included)."""
    lead: set[int] = set()
    prose = 0
    for number, line in page.numbered():
        lead.add(number)
        prose += len(line.strip()) >= _PROSE
        if prose >= _LEAD_LINES:
            break
    return lead


def _news_of_the_day(fact: HeldFact, lead: set[int], lang: str) -> bool:
    quote = fact.quotes[0]
    text = quote.text
    from data.importer.presence import BY_ACT

    told_now = _UNDER_WAY.search(text) is not None or any(issue[1] == BY_ACT for issue in fact.issues)
    return (quote.line in lead and told_now and not _BEFORE_THE_NEWS.search(text)
            and not find_dates(text, lang) and not day_months(text, lang) and not months_alone(text, lang)
            and not re.search(r"\d", text))
