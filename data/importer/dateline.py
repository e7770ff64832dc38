"""The page's own date (its metadata, or the date in its address), and dates that lean on it.

    dateline(page)                        # PartialDate('2021-06-11') from '.../news/2021/06/11/7124357', or None
    day_months(text, lang)                # [DayMonth(day=11, month=6, ...)] for '11 червня' with no year
    with_year(found, line_date)           # (PartialDate('2021-06-11'), note) when unambiguous, else None
    relative_day(word, published)         # 'vakar' -> published - 1 day; None for words we do not count

A date without a year takes the dateline's year only when it lies within three months of the
dateline in that same year: "11 червня" on a page of 11 June 2021 is 2021-06-11; "28 лістапада"
on a page dated in January is not decided (it may be last November) and goes to the review.
A relative day ("šodien", "vakar", "вчера") counts from a publication date the page has, else
goes to the review too. Every date found this way carries a note that says how it was found.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from data.dates import DateRange, PartialDate
from data.importer import dates as d

_URL_DATES = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(r"/(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d\d)-"),  # '/news/30072024-litovskiy-...'
)
WINDOW_DAYS = 92


@dataclass(frozen=True, slots=True)
class DayMonth:
    day: int
    month: int
    start: int
    end: int
    text: str
    first: int | None = None  # "14-15 марта", "March 14–15": the range's first day (`day` is its last)


def date_in_address(url: str | None) -> PartialDate | None:
    """The day an address names ('.../2021/06/11/...', '/20201007/', '08-06-2021-...'), or None."""
    if not url:
        return None
    for pattern in _URL_DATES:
        found = _real_day(pattern.search(url))
        if found is not None:
            return found
    return None


def _real_day(match: re.Match[str] | None) -> PartialDate | None:
    """The day a match's y, m and d groups name, or None where there is no match or no such day."""
    if match is None:
        return None
    try:
        _dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    return PartialDate(int(match["y"]), int(match["m"]), int(match["d"]))


_TEXT_DATELINE = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)[-.](?P<m>[01]\d)[-.](?P<d>[0-3]\d)(?![\d.])")


_CLOCK = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?![\d:])")
# "24-05-2021, 21:20", "07.10.2020 15:26": a day-first numeric date with the clock time beside it is a
# news item's stamp; without the clock such a date is as likely a law's or an order's ("від 24.05.2021")
_STAMP_DMY = re.compile(r"(?<![\d.\-/])(?P<d>[0-3]\d)(?P<sep>[-.])(?P<m>[01]\d)(?P=sep)(?P<y>(?:19|20)\d\d)"
                        r",?\s{1,3}(?:[|/•·–—-]\s{1,3})?[0-2]?\d:[0-5]\d(?![\d:])")


def date_in_head(lines: list[str]) -> PartialDate | None:
    """A full date standing at the head of the page ('• 2006-11-15 •', '2021.05.28 14:39'), a day-first
    date with its clock time ('24-05-2021, 21:20', '07.10.2020 15:26'), or a date in words beside a clock
    time there ('Tue 25th May 2021 | 03:20 PM': a publication stamp), or None."""
    for line in [line for line in lines if line.strip()][:5]:
        found = _real_day(_TEXT_DATELINE.search(line[:80])) or _real_day(_STAMP_DMY.search(line[:80]))
        if found is not None:
            return found
        alone = _date_alone(line) or wire_stamp(line)
        if alone is not None:
            return alone
        if _CLOCK.search(line[:160]):
            for lang in ("en", "lv", "lt", "ru", "uk"):
                days = [f.date for f in d.find_dates(line[:160], lang) if f.date.day is not None]
                if len(days) == 1:
                    return days[0]
            short = _short_month_stamp(line[:160])
            if short is not None:
                return short
    return None


# A news theme's stamp with the month cut to its first letters, beside the clock: "11:06 Чер 28, 2023",
# "14:20 28 лист. 2023", "09:15 Июн 7, 2021". Only beside a clock time: a site's own date box ("• Нд. Лис 24th,
# 2024", today's date on every page of the site) has none, and a cut month in prose is no date we read.
_SHORT_MONTHS = (
    ("січ", "янв", "сту"), ("лют", "фев"), ("бер", "мар", "сак"), ("кві", "апр", "кра"), ("тра", "май", "мая"),
    ("чер", "июн", "чэр"), ("лип", "июл", "ліп"), ("сер", "авг", "жні"), ("вер", "сен"), ("жов", "окт", "кас"),
    ("лис", "ноя", "ліс"), ("гру", "дек", "сне"))
_SHORT_MONTH = {word: number for number, words in enumerate(_SHORT_MONTHS, start=1) for word in words}
_SHORT = r"(?P<{}>[А-ЯЁІЇЄҐЎа-яёіїєґў]{{3}})[а-яёіїєґў]{{0,3}}\.?"
_SHORT_STAMP = re.compile(
    r"(?<![\w])(?:" + _SHORT.format("m1") + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,?|"
    r"(?P<d2>[0-3]?\d)\s+" + _SHORT.format("m2") + r")\s+(?P<y>(?:19|20)\d\d)(?!\d)")


def _short_month_stamp(line: str) -> PartialDate | None:
    """The one day a head stamp writes with a cut Cyrillic month ("11:06 Чер 28, 2023"), or None."""
    found = [m for m in _SHORT_STAMP.finditer(line) if (m["m1"] or m["m2"]).lower() in _SHORT_MONTH]
    if len(found) != 1:
        return None
    match = found[0]
    month = _SHORT_MONTH[(match["m1"] or match["m2"]).lower()]
    day = int(match["d1"] or match["d2"])
    try:
        _dt.date(int(match["y"]), month, day)
    except ValueError:
        return None
    return PartialDate(int(match["y"]), month, day)


# A news agency's stamp that opens its item: the place in capitals, then the agency and the day in brackets
# ("RIGA (Pakistan Point News / Sputnik - 24th May, 2021) Latvia will ...") or the day and then the agency
# ("KYIV, 24 May 2021 (UNIAN) -", "МИНСК, 24 мая 2021 /ТАСС/ -"): the day the wire filed the item.
_CAPS = "A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲА-ЯЁІЇЄҐЎ"
_WIRE_PLACE = re.compile(rf"^\s*(?P<place>[{_CAPS}][{_CAPS}'’.-]{{2,}}(?:\s+[{_CAPS}][{_CAPS}'’.-]+)?)(?![^\W\d_])"
                         r"\s*,?\s*")
_WIRE_AFTER_DAY = re.compile(r"^\s*(?:\(|/|[-–—]\s)")


def wire_stamp(line: str) -> PartialDate | None:
    """The day of a news agency's stamp opening `line` ("RIGA (Sputnik - 24th May, 2021)", "KYIV, 24 May 2021
    (UNIAN) -"), or None. The place must be written in capitals and the date must name its day and year: a
    stamp without a year ("VILNIUS, May 24 (Reuters)") is left to the address (`_head_day_with_address_year`)."""
    place = _WIRE_PLACE.match(line)
    if place is None or sum(c.isalpha() for c in place["place"]) < 3:
        return None
    rest = line[place.end():place.end() + 120]
    if rest.startswith("("):
        close = rest.find(")")
        inside = rest[1:close] if close > 0 else ""
        if not _AGENCY_WORDS.search(inside):
            return None
        return _one_day(inside, lambda _found: True)
    return _one_day(rest[:60], lambda found: found.start == 0 and bool(_WIRE_AFTER_DAY.match(rest[found.end:])))


# what names an agency inside the brackets: a capitalised word or an abbreviation (not a bare date)
_AGENCY_WORDS = re.compile(r"[^\W\d_]{2,}.*?[-–—/,]|[-–—/,].*?[^\W\d_]{2,}")


def _one_day(text: str, fits: Callable[[d.FoundDate], bool]) -> PartialDate | None:
    """The one full day (with its year) `text` writes in any of the languages, that `fits`; else None."""
    for lang in ("en", "ru", "uk", "lv", "lt"):
        days = [f for f in d.find_dates(text, lang) if f.date.day is not None and f.range.is_single and fits(f)]
        if len(days) == 1:
            return days[0].date
    return None


# what may stand beside a date on a line of its own: a place before it ("Vilnius, 10 January 2024"), the
# weekday and the clock after it ("2014 m. balandžio 24 d., ketvirtadienis"), brackets and separators
_BESIDE_DATE = re.compile(r"^(?:[^\W\d_][\w-]{1,30},)?[\s,.;:()\[\]|•·/–—-]*$")
_WEEKDAY_WORD = re.compile(r"(?<![\w])(?:pirmadien|antradien|trečiadien|ketvirtadien|penktadien|šeštadien|sekmadien|"
                           r"pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien|"
                           r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                           r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
                           r"понеділок|вівторок|середа|четвер|п.ятниця|субота|неділя)\w*", re.I)


def _date_alone(line: str) -> PartialDate | None:
    """The day of a head line that says nothing but that day ('(08.10.2025.)', 'Vilnius, 10 January 2024',
    '2014 m. balandžio 24 d., ketvirtadienis'): the page's own stamp. A date in a sentence is an event's."""
    text = line.strip()
    if not text or len(text) > 80:
        return None
    for lang in ("en", "lv", "lt", "ru", "uk"):
        days = [f for f in d.find_dates(text, lang) if f.date.day is not None and f.range.is_single]
        if len(days) != 1:
            continue
        rest = text[:days[0].start] + " " + text[days[0].end:]
        rest = _WEEKDAY_WORD.sub(" ", _CLOCK.sub(" ", rest))
        if _BESIDE_DATE.match(rest.strip()):
            return days[0].date
    return None


# "date 2022-09-10 Latvian President ...": a stamp the copy of a page joins to its first sentence
_OPENING_STAMP = re.compile(r"^\s*(?:date:?\s+)?(?:19|20)\d\d-[01]\d-[0-3]\d\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲА-ЯЁІЇЄҐЎ])")


def after_opening_stamp(text: str) -> int:
    """Where a sentence's own words begin after a date stamp that opens it ("date 2022-09-10 Latvian
    President ... on Friday"): the stamp is the page's date, not the day the sentence tells. 0 without one."""
    stamp = _OPENING_STAMP.match(text)
    return stamp.end() if stamp else 0


def publication_day(published: PartialDate | None, lines: list[str], url: str | None = None
                    ) -> tuple[PartialDate, str] | None:
    """The day the page was published: its metadata or stamp, else a dateline at its head, else the day
    its address files it under (`publication_day_in_address`), and the note says which."""
    if published is not None and published.day is not None:
        return published, "the page's publication date"
    head, filed = date_in_head(lines), publication_day_in_address(url)
    if head is not None and filed is not None and head != filed:
        # '22 January 2018, Monday, 1:32' over an item filed under '/news/2012/11/9/': one of them is a
        # site's clock or a later update, and nothing says which; no publication day rather than a guess
        return None
    if head is not None:
        return head, "the page's dateline"
    if filed is not None:
        return filed, f"the date in the page's address ({url}), taken as its publication date"
    headed = _head_day_with_address_year(url, lines)
    if headed is not None:
        # "19 июля, Минск /Корр. БЕЛТА/." opening an item whose address holds one year: the agency filed it that
        # day, so its "сегодня" and its weekdays count from it as from any publication stamp
        return headed, f"the day of the page's dateline and the year in its address ({url})"
    return None


# A day the address files the page under: whole path segments ('/news/2024/04/11/7193971/', '/20201007/')
# or the opening of a slug ('/news/08-06-2021-litva-...', '/11.01.2024-bez-...', '/news/30072024-litovskiy-...').
# A news site writes these when it publishes; on the development pages that have both, the address's day
# and the page's own stamp agreed on 8 of 9, and on the ninth the stamp was the site's clock, not the item's.
# A date inside a slug ('/belarus-09-11-2010-border-agreement-...') is the title's, an event's: not taken.
_FILED_UNDER = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$|[-_.?#])"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:/|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:/|$|-(?=[^\W\d_]))"),
    re.compile(r"/(?P<d>[0-3]\d)([-.])(?P<m>[01]\d)\2(?P<y>(?:19|20)\d\d)(?:/|$|-(?=[^\W\d_]))"),
    re.compile(r"/(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d\d)-(?=[^\W\d_])"),
)


def publication_day_in_address(url: str | None) -> PartialDate | None:
    """The full day a news address files its item under, which is the day it was published, or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for pattern in _FILED_UNDER:
        found = _real_day(pattern.search(path))
        if found is not None:
            return found
    return None


def dateline(published: PartialDate | None, url: str | None, lines: list[str] | None = None,
             embedded: PartialDate | None = None) -> tuple[PartialDate, str] | None:
    """The page's date to the day and where it comes from: its publication date or dateline, else its
    address, else the newest post the page embeds (`embedded_post_day`)."""
    day = publication_day(published, lines or [], url)
    if day is not None:
        return day
    found = date_in_address(url)
    if found is not None:
        return found, f"the date in the page's address ({url})"
    headed = _head_day_with_address_year(url, lines or [])
    if headed is not None:
        return headed, f"the day of the page's dateline and the year in its address ({url})"
    if embedded is not None:
        return embedded, f"the date of the newest post the page embeds ({embedded})"
    return None


_YEAR_IN_ADDRESS = re.compile(r"(?<![\d])(?:19|20)\d\d(?![\d])")


def _head_day_with_address_year(url: str | None, lines: list[str]) -> PartialDate | None:
    """'19 июля, Минск /Корр. БЕЛТА/.' at the head of a page whose address holds one year ('...-2018'):
    that day of that year. A news agency's dateline opens its item; the year is the address's only one."""
    years = set(_YEAR_IN_ADDRESS.findall(url or ""))
    if len(years) != 1:
        return None
    year = int(years.pop())
    for line in [line for line in lines if line.strip()][:3]:
        for lang in ("ru", "en", "lv", "lt"):
            days = [f for f in day_months(line[:40], lang) if f.first is None and f.start < 25]
            if len(days) == 1:
                try:
                    _dt.date(year, days[0].month, days[0].day)
                except ValueError:
                    return None
                return PartialDate(year, days[0].month, days[0].day)
    return None


_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december")
# An embedded post's signature line, as the social network writes it whatever the page's language:
# "— Edgars Rinkēvičs (@edgarsrinkevics) October 7, 2020"
_EMBEDDED_POST = re.compile(r"\(@\w{1,40}\)\s+(?P<m>" + "|".join(_EN_MONTHS) + r")\s+(?P<d>[0-3]?\d),\s+"
                            r"(?P<y>(?:19|20)\d\d)(?!\d)", re.I)


def embedded_post_day(text: str) -> PartialDate | None:
    """The newest day among the posts a page embeds: a page is written on or after the posts it shows,
    so it dates the year of a day the page writes without one (`with_year`'s window still applies)."""
    days = []
    for match in _EMBEDDED_POST.finditer(text):
        month = _EN_MONTHS.index(match["m"].lower()) + 1
        try:
            _dt.date(int(match["y"]), month, int(match["d"]))
        except ValueError:
            continue
        days.append(PartialDate(int(match["y"]), month, int(match["d"])))
    return max(days, key=lambda p: (p.year, p.month, p.day)) if days else None


_MONTHS = {
    "lv": d._LV_LOOKUP, "lt": d._LT_LOOKUP, "en": d._EN_LOOKUP,
    "uk": d._CYR_LOOKUP, "ru": d._CYR_LOOKUP, "be": d._CYR_LOOKUP,
}


def _pattern(lang: str) -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in _MONTHS[lang]), key=len, reverse=True))
    month = rf"(?P<m>(?<![^\W\d_])(?:{words})(?![^\W\d_]))"
    no_year = r"(?!\s*,?\s*(?:(?:1[89]|20)\d\d|\d{1,2}\.\s*gad))"
    if lang == "lv":
        return re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)\.\s*{month}{no_year}", re.I)
    if lang == "lt":
        return re.compile(rf"(?<!\d\s){month}\s+(?P<d>[0-3]?\d)\s*(?:d\.|dien\w*){no_year}", re.I)
    if lang == "en":
        return re.compile(rf"{month}\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,]*\s*(?:1[89]|20)\d\d)"
                          rf"|(?<!\d)(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>(?<![^\W\d_])"
                          rf"(?:{words})(?![^\W\d_])){no_year}", re.I)
    return re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d){d.CYR_ORDINAL}\s+{month}{no_year}", re.I)


# "in April", and the part of a month in the Cyrillic languages: "в середине апреля", "на початку квітня"
_IN_MONTH = {"en": r"(?:in|during|last|this)\s+", "lv": r"", "lt": r"",
             "uk": r"(?:(?:у|в)\s+(?:середині\s+|кінці\s+)?|на\s+початку\s+)",
             "ru": r"(?:(?:в|во)\s+(?:начале\s+|середине\s+|конце\s+)?)",
             "be": r"(?:(?:у|ў|в)\s+(?:пачатку\s+|сярэдзіне\s+|канцы\s+)?)"}


def months_alone(text: str, lang: str) -> list[tuple[int, str]]:
    """(month, as written) for every month the text names with neither a day nor a year ("в феврале",
    "in February", "februārī"); a month beside a number is some other date's."""
    if lang not in _MONTHS:
        return []
    words = "|".join(sorted((re.escape(w) for w in _MONTHS[lang] if len(w) > 3 or lang != "en"), key=len, reverse=True))
    found = []
    for match in re.finditer(rf"(?<![^\W\d_]){_IN_MONTH[lang]}(?P<m>{words})(?![^\W\d_])", text, re.I):
        near = text[max(0, match.start() - 6):match.end() + 8]
        if re.search(r"\d", near):
            continue
        found.append((_MONTHS[lang][match["m"].lower()], match.group(0)))
    return found


def month_in_year(month: int, sentence: str, line: tuple[PartialDate, str] | None) -> tuple[PartialDate, str] | None:
    """A month without a year in the dateline's year, when the tense leaves one reading: a trip told in the
    past in an earlier month of that year ("в феврале ... посетил" on a page of July), or in the future
    in a later one. Else None."""
    if line is None or line[0].month is None or _LAST_YEAR.search(sentence):
        return None  # "в феврале прошлого года": the year is the page's year less one (`month_of_relative_year`)
    anchor, source = line
    future, past = _FUTURE.search(sentence), _PAST.search(sentence)
    if bool(future) == bool(past) or (past and month > anchor.month) or (future and month < anchor.month):
        return None
    note = f"The page names the month without a year; the year {anchor.year} is taken from {source} by the tense."
    return PartialDate(anchor.year, month), note


# a year told relative to the page's own: "в листопаді минулого року", "pagājušā gada novembrī", "last November",
# "pernai rudenį", "торік", "в прошлом году"; never the plural ("в прошлых годах", "pagājušajos gados": past years)
_LAST_YEAR = re.compile(r"(?<![\w])(?:минул(?!их|і\s)\w*\s+рок\w*|прошл(?!ых|ые)\w*\s+год\w*|"
                        r"мінул(?!ых|ыя)\w*\s+год\w*|летась|торік|торiк|минулоріч|"
                        r"pagājuš(?!ajos|ie\s)\w*\s+gad\w*|praėjusi\w+\s+met\w*|pernai|last\s+year)(?![\w])", re.I)
_THIS_YEAR = re.compile(r"(?<![\w])(?:ц[ьи]ого\s+року|этого\s+года|гэтага\s+года|šogad|šī\s+gada|šiais\s+metais|"
                        r"šių\s+metų|this\s+year)(?![\w])", re.I)
# "since last year", "с прошлого года", "з минулого року", "kopš pagājušā gada", "nuo praėjusių metų": a period's start
_SINCE_BEFORE = re.compile(r"(?<![\w])(?:since|from|с|со|з|із|від|ад|от|kopš|nuo)\s+(?:the\s+)?$", re.I)
# the days told relative to the page's own (`relative_day`), by their offset
_RELATIVE_DAYS = {
    0: ("šodien", "šiandien", "today", "сегодня", "сьогодні", "сёння"),
    -1: ("vakar", "yesterday", "вчера", "учора", "вчора"),
    1: ("rīt", "rytoj", "tomorrow", "завтра", "заўтра"),
}
RELATIVE_DAY_WORDS = tuple(word for words in _RELATIVE_DAYS.values() for word in words)
# a day the sentence names otherwise: the relative year then says when something else was
_OTHER_DAY = re.compile(rf"(?<![\w])(?:{'|'.join(RELATIVE_DAY_WORDS)})(?![\w])", re.I)


# "last October", "praėjusį spalį", "pagājušajā oktobrī": the latest such month before the page's own
_LAST_MONTH = {"en": r"last\s+", "lt": r"praėjusį\s+", "lv": r"pagājušajā\s+"}


def last_month(text: str, lang: str, line: tuple[PartialDate, str] | None, since: bool = True
               ) -> tuple[PartialDate, str] | None:
    """"Puidokas has been operating from Vilnius since last October" on a page published in July 2021: October
    2020, the latest October before the page's month (a May page's "last May" is the year before). One such
    month, no other date in the sentence, and a publication date to count from; else None (and, unless `since` is
    False, None for a month after "since": a period's start)."""
    if line is None or not is_publication(line[1]) or lang not in _LAST_MONTH or d.find_dates(text, lang) \
            or day_months(text, lang) or _LAST_YEAR.search(text) or _THIS_YEAR.search(text):
        return None
    words = "|".join(sorted((re.escape(w) for w in _MONTHS[lang] if len(w) > 3), key=len, reverse=True))
    found = list(re.finditer(rf"(?<![^\W\d_]){_LAST_MONTH[lang]}(?P<m>{words})(?![^\W\d_])", text, re.I))
    if len(found) != 1 or len(months_alone(text, lang)) > 1 or (
            since and _SINCE_BEFORE.search(text[max(0, found[0].start() - 12):found[0].start()])):
        return None
    anchor, source = line
    assert anchor.month is not None
    month = _MONTHS[lang][found[0]["m"].lower()]
    year = anchor.year if month < anchor.month else anchor.year - 1
    return PartialDate(year, month), (f"The page says '{found[0].group(0)}'; the year {year} is counted from "
                                      f"{source}, the latest such month before it.")


def month_of_relative_year(text: str, lang: str, line: tuple[PartialDate, str] | None
                           ) -> tuple[PartialDate, str] | None:
    """"Востаннє ... відвідувала Україну в листопаді минулого року" on a page of August 2024: November 2023.
    One word for the year ("last year", "this year", "pernai", "торік") and the page's own date to count from;
    the month where the sentence names one ("pernai birželį": June of that year), the day where it names one
    ("5 июня прошлого года"), else the year alone: a season is no month ("pernai rudenį": the year). A
    sentence with another date, a weekday or "yesterday", or whose year word starts a period ("с прошлого
    года"), gives None."""
    return relative_year(text, lang, line)


def relative_year(text: str, lang: str, line: tuple[PartialDate, str] | None, since: bool = True
                  ) -> tuple[PartialDate, str] | None:
    """`month_of_relative_year`; with `since` False a year word after "since" counts too ("has been in Vilnius
    since last October, when he was recalled": the recall's month), else it starts a period and gives None."""
    last, this = list(_LAST_YEAR.finditer(text)), list(_THIS_YEAR.finditer(text))
    if line is None or not is_publication(line[1]) or d.find_dates(text, lang):
        return None
    if not last and not this:
        return last_month(text, lang, line, since)
    if len(last) + len(this) != 1:
        return None
    said = (last or this)[0]
    if (since and _SINCE_BEFORE.search(text[max(0, said.start() - 12):said.start()])) or _OTHER_DAY.search(text) \
            or any(weekday_number(word) is not None for word in re.findall(r"[^\W\d_]{4,}", text)
                   if _is_weekday_word(word)):
        return None
    anchor, source = line
    year = anchor.year - 1 if last else anchor.year
    months, days = months_alone(text, lang), day_months(text, lang)
    counted = f"the year {year} is counted from {source}"
    if len(days) == 1 and days[0].first is None and not months:
        try:
            _dt.date(year, days[0].month, days[0].day)
        except ValueError:
            return None
        return PartialDate(year, days[0].month, days[0].day), (
            f"The page writes '{days[0].text}' and the year as '{said.group(0)}'; {counted}.")
    if days:
        return None
    if len(months) == 1:
        return PartialDate(year, months[0][0]), (f"The page names the month ('{months[0][1].strip()}') and the year "
                                                 f"as '{said.group(0)}'; {counted}.")
    if months or not last:
        return None  # "наприкінці цього року має прибути": this year alone is as often a plan's as a past act's
    return PartialDate(year), f"The page names the year as '{said.group(0)}' and no month; {counted}."


def is_publication(source: str) -> bool:
    """Whether `dateline`'s note says its day is the page's publication day (`publication_day`'s sources), not
    a date an address holds in its slug or an embedded post's: a relative date counts only from the former."""
    return source in ("the page's publication date", "the page's dateline") or source.endswith(
        "taken as its publication date")


def _is_weekday_word(word: str) -> bool:
    """Whether `word` is a weekday's name in one of the six languages (not a word that begins like one)."""
    return _WEEKDAY_WORD.fullmatch(word) is not None and weekday_number(word) is not None


def day_months(text: str, lang: str) -> list[DayMonth]:
    """Every day and month written without a year."""
    if lang not in _MONTHS:
        return []
    found = []
    lookup = _MONTHS[lang]
    # a day and month that belong to a full date ("2016. gada 16. septembrī") have their year
    full = [(f.start, f.end) for f in d.find_dates(text, lang)]
    for match in _pattern(lang).finditer(text):
        if any(start < match.end() and match.start() < end for start, end in full):
            continue
        day = match.groupdict().get("d") or match.groupdict().get("d2")
        month = match.groupdict().get("m") or match.groupdict().get("m2")
        if not day or not month:
            continue
        number = lookup.get(month.lower().rstrip("."))
        if number is None:
            continue
        start, end, first, last = match.start(), match.end(), None, int(day)
        day_first = match.start("d2" if match.groupdict().get("d2") else "d") == start  # "14 марта", not "March 14"
        before = _RANGE_BEFORE.search(text[:start]) if day_first else None
        after = None if day_first else _RANGE_AFTER.match(text[end:])
        if before is not None:
            first, start = int(before["first"]), before.start()
        elif after is not None:
            first, last, end = last, int(after["last"]), end + after.end()
            if _YEAR_AFTER.match(text[end:]):
                continue  # "March 14–15, 2013": a full range, `find_dates`'s
        if first is not None and not 1 <= first < last:
            continue  # "5-3 марта" is no range we can read
        found.append(DayMonth(last, number, start, end, text[start:end], first))
    return found


# the first day of a range written before the last one's day ("14-15 марта", "14.–15. martā")
_RANGE_BEFORE = re.compile(r"(?<![\d.])(?P<first>[0-3]?\d)\.?\s*(?:[-–—]|līdz|iki|по|до|па|to|until)\s*$", re.I)
# the last day written after the first one's in English ("March 14–15")
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*(?P<last>[0-3]?\d)(?!\d)")
_YEAR_AFTER = re.compile(r"(?:st|nd|rd|th)?,?\s*(?:1[89]|20)\d\d")


def with_year(found: DayMonth, line: tuple[PartialDate, str] | None) -> tuple[PartialDate, str] | None:
    """`found` in the dateline's year, when that is the only reading; the note says so."""
    if line is None or found.first is not None:
        return None  # a range is no one day: `range_with_year`
    anchor, source = line
    assert anchor.day is not None and anchor.month is not None
    try:
        candidate = _dt.date(anchor.year, found.month, found.day)
    except ValueError:
        return None
    base = _dt.date(anchor.year, anchor.month, anchor.day)
    if abs((candidate - base).days) > WINDOW_DAYS:
        return None
    note = (f"The page writes '{found.text}' without a year; the year {anchor.year} is taken from {source}.")
    return PartialDate(anchor.year, found.month, found.day), note


def range_with_year(found: DayMonth, line: tuple[PartialDate, str] | None) -> tuple[DateRange, str] | None:
    """`found` (a day or a range of days in one month) in the dateline's year, as `with_year` decides."""
    if line is None:
        return None
    last = with_year(DayMonth(found.day, found.month, found.start, found.end, found.text), line)
    if last is None:
        return None
    end, note = last
    if found.first is None:
        return DateRange.of(end), note
    return DateRange(PartialDate(end.year, end.month, found.first), end), note




def relative_day(word: str, published: PartialDate | None, source: str | None = None
                 ) -> tuple[PartialDate, str] | None:
    """'vakar' on a page published 2021-05-25 -> 2021-05-24, with a note; None without a publication day.
    `source` says where the publication day comes from (`publication_day`'s note), for the record's note."""
    if published is None or published.day is None or published.month is None:
        return None
    low = word.lower()
    for offset, words in _RELATIVE_DAYS.items():
        if low in words:
            day = _dt.date(published.year, published.month, published.day) + _dt.timedelta(days=offset)
            note = f"The page says '{word}'; the day is counted from its publication date {published}{_from(source)}."
            return PartialDate(day.year, day.month, day.day), note
    return None


_WEEKDAYS = {
    0: ("pirmdien", "pirmadien", "monday", "понедельник", "понеділок", "панядзел"),
    1: ("otrdien", "antradien", "tuesday", "вторник", "вівтор", "аўтор"),
    2: ("trešdien", "trečiadien", "wednesday", "сред", "серед", "серад"),
    3: ("ceturtdien", "ketvirtadien", "thursday", "четверг", "четвер", "чацвер"),
    4: ("piektdien", "penktadien", "friday", "пятниц", "п'ятниц", "п’ятниц", "пятніц"),
    5: ("sestdien", "šeštadien", "saturday", "суббот", "субот", "сыбот"),
    6: ("svētdien", "sekmadien", "sunday", "воскресен", "неділ", "нядзел"),
}
# Tense says which way a weekday lies from the publication date: "viešės" (will visit) the next,
# "atvyko" (came) the last. A sentence that says neither is not decided.
_FUTURE = re.compile(r"(?<![\w])(?:will|dosies|ieradīsies|tiksies|apmeklēs|viesosies|viešės|vyks|atvyks|lankysis|"
                     r"susitiks|išvyks|посетит|прибудет|будет|відвідає|прибуде|буде|наведае|прыедзе|будзе)(?![\w])",
                     re.I)
_PAST = re.compile(r"(?<![\w])(?:visited|arrived|met|came|was|were|declared|summoned|"
                   r"ieradās|tikās|apmeklēja|viesojās|devās|atvyko|lankėsi|"
                   r"susitiko|viešėjo|išvyko|посетил\w*|прибыл\w*|встретил\w*|відвідав\w*|прибув\w*|"
                   r"зустрівся|наведаў|прыбыў|сустрэўся|"
                   # a recall or an expulsion told in the past ("Latvia responded on Monday by expelling")
                   r"responded|expelled|recalled|said|announced|izraidīja|atsauca|paziņoja|atšaukė|išsiuntė|"
                   r"pranešė|выслал\w*|отозвал\w*|заявил\w*|відкликал\w*|вислал\w*|адклікал\w*|выслаў\w*)(?![\w])",
                   re.I)


def weekday_number(word: str) -> int | None:
    """0 for Monday ... 6 for Sunday, by the word's stem in any of the six languages; None otherwise."""
    low = word.lower()
    return next((n for n, stems in _WEEKDAYS.items() if any(low.startswith(s) for s in stems)), None)


def _from(source: str | None) -> str:
    return f" ({source})" if source and source != "the page's publication date" else ""


def weekday(word: str, sentence: str, published: PartialDate | None, source: str | None = None
            ) -> tuple[PartialDate, str] | None:
    """'Trečiadienį ... viešės' on a page published on a Monday -> that week's Wednesday, with a note.

    The publication day itself when it is that weekday; else the tense decides (future: the next
    one, past: the last one); a sentence without either, or a page without a publication day, None.
    """
    if published is None or published.day is None or published.month is None:
        return None
    low = word.lower()
    number = next((n for n, stems in _WEEKDAYS.items() if any(low.startswith(s) for s in stems)), None)
    if number is None:
        return None
    base = _dt.date(published.year, published.month, published.day)
    ahead = (number - base.weekday()) % 7
    if ahead == 0:
        day = base
    else:
        future, past = _FUTURE.search(sentence), _PAST.search(sentence)
        if bool(future) == bool(past):
            return None
        day = base + _dt.timedelta(days=ahead) if future else base - _dt.timedelta(days=7 - ahead)
    note = (f"The page says '{word}'; the day is counted from its publication date {published}{_from(source)} "
            f"(the {'same' if ahead == 0 else 'next' if day > base else 'last'} such weekday).")
    return PartialDate(day.year, day.month, day.day), note
