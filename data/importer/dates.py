"""Dates as the foreign ministries and news pages write them: Latvian, Lithuanian, English, and the
Cyrillic Ukrainian, Russian and Belarusian ("16 сентября 2009 года", "24 липня 2012 р.").

    parse_date("2018. gada 18.- 19. jūlijs", "lv")     # DateRange 2018-07-18/2018-07-19
    parse_date("1993–1994 m.", "lt")                  # DateRange 1993/1994
    parse_date("27 December 1991", "en")              # DateRange 1991-12-27
    find_dates("atzina 1992. gada 22. janvārī, ...", "lv")   # [FoundDate(1992-01-22, span ...)]

Every style keeps the precision the page gives: "No 1993. gada" is the year 1993, "2000. gada
janvārī" the month, "Kopš 2015. gada 5. oktobra" the day. A year stands alone only with its
marker ("gada", "g.", "m.", "in 1993"): a bare number is a count as often as a year.

The pages have slips of their own: "No 1992 .gada" (the full stop after a space),
"2017. gada 18. 20. jūlijs" (the dash of a range missing), "2014. gada 6 - 9. oktobris" (a day
without its full stop), "1991 gruodžio 27 d." (the Lithuanian "m." missing). They are read as
what they plainly mean, and each is named in `FoundDate.slips`, so a record can say so.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from data.dates import DateRange, PartialDate
from data.errors import DateError

LANGS = ("lv", "lt", "en", "uk", "ru", "be")

# nominative, genitive, locative, accusative and the dative after "līdz" ("no 27. līdz 29. oktobrim")
_LV_MONTHS = (
    ("janvāris", "janvāra", "janvārī", "janvāri", "janvārim"),
    ("februāris", "februāra", "februārī", "februāri", "februārim"),
    ("marts", "marta", "martā", "martu", "martam"),
    ("aprīlis", "aprīļa", "aprīlī", "aprīli", "aprīlim"),
    ("maijs", "maija", "maijā", "maiju", "maijam"),
    ("jūnijs", "jūnija", "jūnijā", "jūniju", "jūnijam"),
    ("jūlijs", "jūlija", "jūlijā", "jūliju", "jūlijam"),
    ("augusts", "augusta", "augustā", "augustu", "augustam"),
    ("septembris", "septembra", "septembrī", "septembri", "septembrim"),
    ("oktobris", "oktobra", "oktobrī", "oktobri", "oktobrim"),
    ("novembris", "novembra", "novembrī", "novembri", "novembrim"),
    ("decembris", "decembra", "decembrī", "decembri", "decembrim"),
)
_LT_MONTHS = (
    ("sausis", "sausio", "sausį"),
    ("vasaris", "vasario", "vasarį"),
    ("kovas", "kovo", "kovą"),
    ("balandis", "balandžio", "balandį"),
    ("gegužė", "gegužės", "gegužę"),
    ("birželis", "birželio", "birželį"),
    ("liepa", "liepos", "liepą"),
    ("rugpjūtis", "rugpjūčio", "rugpjūtį"),
    ("rugsėjis", "rugsėjo", "rugsėjį"),
    ("spalis", "spalio", "spalį"),
    ("lapkritis", "lapkričio", "lapkritį"),
    ("gruodis", "gruodžio", "gruodį"),
)
_EN_MONTHS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec"),
)

_PLAIN = {"ā": "a", "ē": "e", "ī": "i", "ū": "u", "ļ": "l", "ņ": "n", "č": "c", "š": "s", "ž": "z",
          "ą": "a", "ę": "e", "ė": "e", "į": "i", "ų": "u"}


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date written in a text: what it means, where it stands, and the page's slips in it."""

    range: DateRange
    start: int
    end: int
    text: str
    slips: tuple[str, ...] = ()

    @property
    def date(self) -> PartialDate:
        """The date itself when it is one (a year, a month or a day), else the range's start."""
        return self.range.start


def _loose(word: str) -> str:
    """A regex for `word` that also matches it typed without diacritics ('jūlijs' or 'julijs')."""
    return "".join(f"[{c}{_PLAIN[c]}]" if c in _PLAIN else re.escape(c) for c in word)


def _month_regex(months: Iterable[Iterable[str]], name: str) -> tuple[str, dict[str, int]]:
    lookup: dict[str, int] = {}
    for number, forms in enumerate(months, start=1):
        for form in forms:
            lookup[form] = number
            lookup["".join(_PLAIN.get(c, c) for c in form)] = number
    words = sorted(lookup, key=len, reverse=True)
    alternatives = "|".join(_loose(w) for w in words if not w.isascii() or w not in _plain_duplicates(words))
    return rf"(?P<{name}>{alternatives})(?![^\W\d_])", lookup


def _plain_duplicates(words: list[str]) -> set[str]:
    """The plain spellings that `_loose` of a diacritic spelling already covers."""
    return {"".join(_PLAIN.get(c, c) for c in w) for w in words if not w.isascii()}


_YEAR = r"(?P<{}>(?:1[89]|20)\d\d)(?!\d)"
_DAY = r"(?<!\d)(?P<{}>[0-3]?\d)"
_DASH = r"[-–—‑]"


def _y(name: str = "y") -> str:
    return _YEAR.format(name)


def _d(name: str) -> str:
    return _DAY.format(name)


@dataclass(frozen=True, slots=True)
class _Style:
    regex: re.Pattern[str]
    build: Callable[[re.Match[str]], tuple[DateRange, list[str]]]


def _month_of(lookup: dict[str, int], text: str) -> int:
    return lookup[text.lower()]


def _day_range(year: int, month: int, first: int, last: int) -> DateRange:
    if last <= first:
        raise DateError(f"a range of days that runs backwards: {first}-{last}")
    return DateRange(PartialDate(year, month, first), PartialDate(year, month, last))


# --- Latvian ---------------------------------------------------------------------------------

_LV_MONTH, _LV_LOOKUP = _month_regex(_LV_MONTHS, "m")
_LV_MONTH2, _ = _month_regex(_LV_MONTHS, "m2")
_LV_GADA = r"(?P<ydot>\s*\.\s*|\s+)(?:gada|gadā|gadam|gadu|g\.)(?![^\W\d_])"


def _lv_year_slips(match: re.Match[str]) -> list[str]:
    dot = match.group("ydot")
    if "." not in dot:
        return ["the full stop after the year is missing"]
    if dot.startswith(" ") or dot.startswith("\u00a0"):
        return ["the full stop after the year stands after a space"]
    return []


def _lv_days(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    year, month = int(match["y"]), _month_of(_LV_LOOKUP, match["m"])
    slips = _lv_year_slips(match)
    if match["dash"] is None:
        slips.append(f"the dash between days {match['d1']} and {match['d2']} is missing")
    if match["dot1"] is None or match["dot2"] is None:
        slips.append("a day is written without its full stop")
    return _day_range(year, month, int(match["d1"]), int(match["d2"])), slips


def _lv_cross(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    year = int(match["y"])
    first = PartialDate(year, _month_of(_LV_LOOKUP, match["m"]), int(match["d1"]))
    last = PartialDate(year, _month_of(_LV_LOOKUP, match["m2"]), int(match["d2"]))
    return DateRange(first, last), _lv_year_slips(match)


def _lv_day(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    slips = _lv_year_slips(match)
    if match["dot"] is None:
        slips.append("the day is written without its full stop")
    return DateRange.of(PartialDate(int(match["y"]), _month_of(_LV_LOOKUP, match["m"]), int(match["d"]))), slips


def _lv_month(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]), _month_of(_LV_LOOKUP, match["m"]))), _lv_year_slips(match)


def _lv_year(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]))), _lv_year_slips(match)


def _lv_years(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    first, last = int(match["y"]), int(match["y2"])
    if last <= first:
        raise DateError(f"a range of years that runs backwards: {first}-{last}")
    return DateRange(PartialDate(first), PartialDate(last)), []


def _numeric_dmy(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]), int(match["mm"]), int(match["dd"]))), []


def _numeric_ymd(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]), int(match["mm"]), int(match["dd"]))), []


_GAP = r"[ \t\u00a0]*"
_LV_HEAD = _y() + _LV_GADA + _GAP
_NUMERIC_DMY = rf"(?<![\d.])(?P<dd>[0-3]\d)\.(?P<mm>[01]\d)\.{_y()}"
_NUMERIC_YMD = rf"(?<![\d.]){_y()}[.-](?P<mm>[01]\d)[.-](?P<dd>[0-3]\d)(?![\d])"
# "(nuo 2007 02 01)": the Lithuanian ministries' year, month and day apart, each two digits
_SPACED_YMD = rf"(?<![\d.]){_y()} (?P<mm>0[1-9]|1[0-2]) (?P<dd>0[1-9]|[12]\d|3[01])(?![\d])"

_LV_STYLES = (
    _Style(re.compile(_LV_HEAD + _d("d1") + rf"{_GAP}\.{_GAP}" + _LV_MONTH + rf"{_GAP}{_DASH}{_GAP}"
                      + _d("d2") + rf"{_GAP}\.?{_GAP}" + _LV_MONTH2, re.I), _lv_cross),
    _Style(re.compile(_LV_HEAD + _d("d1") + rf"(?P<dot1>{_GAP}\.)?{_GAP}(?:(?P<dash>{_DASH}){_GAP})?"
                      + _d("d2") + rf"(?P<dot2>{_GAP}\.)?{_GAP}" + _LV_MONTH, re.I), _lv_days),
    _Style(re.compile(_LV_HEAD + _d("d") + rf"(?P<dot>{_GAP}\.)?{_GAP}" + _LV_MONTH, re.I), _lv_day),
    _Style(re.compile(_LV_HEAD + _LV_MONTH, re.I), _lv_month),
    _Style(re.compile(_y() + rf"{_GAP}\.?{_GAP}{_DASH}{_GAP}" + _y("y2") + r"\s*\.\s*(?:gada|gadam|gadā|g\.)"
                      + r"(?![^\W\d_])", re.I), _lv_years),
    _Style(re.compile(_y() + _LV_GADA, re.I), _lv_year),
    _Style(re.compile(_NUMERIC_DMY), _numeric_dmy),
)

# --- Lithuanian ------------------------------------------------------------------------------

_LT_MONTH, _LT_LOOKUP = _month_regex(_LT_MONTHS, "m")
_LT_M = r"(?P<mdot>\s*(?:m\.|metų(?![^\W\d_])))?"


def _lt_slips(match: re.Match[str]) -> list[str]:
    return [] if match["mdot"] else ["the 'm.' after the year is missing"]


def _lt_days(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    month = _month_of(_LT_LOOKUP, match["m"])
    return _day_range(int(match["y"]), month, int(match["d1"]), int(match["d2"])), _lt_slips(match)


def _lt_day(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    slips = _lt_slips(match)
    if not match["ddot"]:
        slips.append("the 'd.' after the day is missing")
    date = PartialDate(int(match["y"]), _month_of(_LT_LOOKUP, match["m"]), int(match["d"]))
    return DateRange.of(date), slips


def _lt_month(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]), _month_of(_LT_LOOKUP, match["m"]))), []


def _lt_years(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return _lv_years(match)


def _lt_year(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]))), []


# "1992 m.", "1992 metų", "1992 metais" (in the year 1992), and the ordinal "1992-aisiais (metais)"
_LT_MDOT = r"(?:\s*(?:m\.|metų|metais)|-?(?:aisiais|ųjų|ieji)(?:\s+(?:m\.|metais|metų))?)(?![^\W\d_])"
_LT_STYLES = (
    _Style(re.compile(_y() + _LT_M + r"\s*" + _LT_MONTH + r"\s*" + _d("d1") + rf"\s*{_DASH}\s*" + _d("d2")
                      + r"\s*d\.", re.I), _lt_days),
    _Style(re.compile(_y() + _LT_M + r"\s*" + _LT_MONTH + r"\s*" + _d("d") + r"(?!\d)(?P<ddot>\s*d\.)?", re.I),
           _lt_day),
    _Style(re.compile(_y() + _LT_MDOT + r"\s*" + _LT_MONTH + r"(?:\s*mėn\.)?", re.I), _lt_month),
    _Style(re.compile(_y() + rf"\s*{_DASH}\s*" + _y("y2") + _LT_MDOT, re.I), _lt_years),
    _Style(re.compile(_y() + _LT_MDOT, re.I), _lt_year),
    _Style(re.compile(_NUMERIC_YMD), _numeric_ymd),
    _Style(re.compile(_SPACED_YMD), _numeric_ymd),
)

# --- English ---------------------------------------------------------------------------------

_EN_MONTH, _EN_LOOKUP = _month_regex(_EN_MONTHS, "m")
_EN_MONTH = _EN_MONTH.replace("(?P<m>", r"(?P<m>(?<![^\W\d_])(?:") + r"\.?)"
_ORD = r"(?:st|nd|rd|th)?"


def _en_day(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]), _month_of(_EN_LOOKUP, match["m"].rstrip(".")),
                                    int(match["d"]))), []


def _en_days(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    month = _month_of(_EN_LOOKUP, match["m"].rstrip("."))
    return _day_range(int(match["y"]), month, int(match["d1"]), int(match["d2"])), []


def _en_month(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]), _month_of(_EN_LOOKUP, match["m"].rstrip(".")))), []


def _en_year(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]))), []


_EN_STYLES = (
    _Style(re.compile(_EN_MONTH + r"\s+" + _d("d1") + _ORD + rf"\s*{_DASH}\s*" + _d("d2") + _ORD + r",?\s*" + _y(),
                      re.I), _en_days),
    _Style(re.compile(_d("d1") + _ORD + rf"\s*{_DASH}\s*" + _d("d2") + _ORD + r"\s+" + _EN_MONTH + r",?\s*" + _y(),
                      re.I), _en_days),
    # "from 12 to 14 May 2023", "May 12 to 14, 2023": a range in words
    _Style(re.compile(r"(?<![^\W\d_])from\s+" + _d("d1") + _ORD + r"\s+(?:to|until|through)\s+" + _d("d2") + _ORD
                      + r"\s+" + _EN_MONTH + r",?\s*" + _y(), re.I), _en_days),
    _Style(re.compile(_EN_MONTH + r"\s+" + _d("d1") + _ORD + r"\s+(?:to|until|through)\s+" + _d("d2") + _ORD
                      + r",?\s*" + _y(), re.I), _en_days),
    _Style(re.compile(_EN_MONTH + r"\s+" + _d("d") + _ORD + r"(?!\d),?\s*" + _y(), re.I), _en_day),
    _Style(re.compile(_d("d") + _ORD + r"\s+(?:of\s+)?" + _EN_MONTH + r",?\s*" + _y(), re.I), _en_day),
    _Style(re.compile(_EN_MONTH + r",?\s+" + _y(), re.I), _en_month),
    _Style(re.compile(r"(?<![^\W\d_])(?:in|since|from|until|by|of)\s+(?:the\s+year\s+)?" + _y(), re.I), _en_year),
    _Style(re.compile(_NUMERIC_YMD), _numeric_ymd),
)


# --- Ukrainian, Russian, Belarusian ----------------------------------------------------------
# One style set for the three: each month in the nominative, genitive and locative of each
# language ("вересень", "вересня", "вересні"; "сентябрь", "сентября", "сентябре"; "верасень",
# "верасня", "верасні"; with the classical Belarusian spelling, Taraškievica, "сьнежня", "верасьня").
# A year stands alone only with its marker ("1992 г.", "1992 року").

_CYR_MONTHS = (
    ("январь", "января", "январе", "січень", "січня", "січні", "студзень", "студзеня", "студзені"),
    ("февраль", "февраля", "феврале", "лютий", "лютого", "лютому", "люты", "лютага", "лютым"),
    ("март", "марта", "марте", "березень", "березня", "березні", "сакавік", "сакавіка", "сакавіку"),
    ("апрель", "апреля", "апреле", "квітень", "квітня", "квітні", "красавік", "красавіка", "красавіку"),
    ("май", "мая", "мае", "травень", "травня", "травні", "травеня", "траўня", "траўні"),
    ("июнь", "июня", "июне", "червень", "червня", "червні", "чэрвень", "чэрвеня", "чэрвені"),
    ("июль", "июля", "июле", "липень", "липня", "липні", "ліпень", "ліпеня", "ліпені"),
    ("август", "августа", "августе", "серпень", "серпня", "серпні", "жнівень", "жніўня", "жніўні"),
    ("сентябрь", "сентября", "сентябре", "вересень", "вересня", "вересні", "верасень", "верасня", "верасні",
     "верасьня", "верасьні"),
    ("октябрь", "октября", "октябре", "жовтень", "жовтня", "жовтні", "кастрычнік", "кастрычніка",
     "кастрычніку"),
    ("ноябрь", "ноября", "ноябре", "листопад", "листопада", "листопаді", "лістапад", "лістапада",
     "лістападзе"),
    ("декабрь", "декабря", "декабре", "грудень", "грудня", "грудні", "снежань", "снежня", "снежні",
     "сьнежань", "сьнежня", "сьнежні"),
)
_CYR_MONTH, _CYR_LOOKUP = _month_regex(_CYR_MONTHS, "m")
_CYR_MONTH = _CYR_MONTH.replace("(?P<m>", r"(?P<m>(?<![^\W\d_])(?:") + ")"
# the day as an ordinal, "28-го июня", "23-го серпня", "1-га траўня": the same day
CYR_ORDINAL = r"(?:\s?-\s?(?:го|ого|га))?"
_CYR_MARK = r"(?:\s*(?:года|году|годзе|гады|г\.|г(?![^\W\d_])|року|році|рік|р\.|р(?![^\W\d_])))"


def _cyr_day(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]), _month_of(_CYR_LOOKUP, match["m"]), int(match["d"]))), []


def _cyr_days(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return _day_range(int(match["y"]), _month_of(_CYR_LOOKUP, match["m"]), int(match["d1"]), int(match["d2"])), []


def _cyr_month(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]), _month_of(_CYR_LOOKUP, match["m"]))), []


def _cyr_year(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    return DateRange.of(PartialDate(int(match["y"]))), []


def _cyr_years(match: re.Match[str]) -> tuple[DateRange, list[str]]:
    first, last = int(match["y1"]), int(match["y2"])
    if last <= first:
        raise DateError(f"a range of years that runs backwards: {first}-{last}")
    return DateRange(PartialDate(first), PartialDate(last)), []


_CYR_STYLES = (
    _Style(re.compile(_d("d1") + rf"\s*{_DASH}\s*" + _d("d2") + r"\s+" + _CYR_MONTH + r"\s+" + _y() + _CYR_MARK + "?",
                      re.I), _cyr_days),
    # "с 12 по 14 мая 2023 года", "з 12 до 14 травня": a range in words, never its last day alone
    _Style(re.compile(r"(?<![^\W\d_])(?:с|со|з|із|ад)\s+" + _d("d1") + r"\s+(?:по|до|па)\s+" + _d("d2") + r"\s+"
                      + _CYR_MONTH + r"\s+" + _y() + _CYR_MARK + "?", re.I), _cyr_days),
    _Style(re.compile(_d("d") + CYR_ORDINAL + r"\s+" + _CYR_MONTH + r",?\s+" + _y() + _CYR_MARK + "?", re.I), _cyr_day),
    _Style(re.compile(_CYR_MONTH + r"\s+" + _y() + _CYR_MARK + "?", re.I), _cyr_month),
    _Style(re.compile(_y("y1") + rf"\s*{_DASH}\s*" + _y("y2") + _CYR_MARK + "?", re.I), _cyr_years),
    _Style(re.compile(_y() + _CYR_MARK, re.I), _cyr_year),
    _Style(re.compile(_NUMERIC_DMY + _CYR_MARK + "?", re.I), _numeric_dmy),  # "05.05.2019 р.": day first, as written
    _Style(re.compile(_NUMERIC_YMD), _numeric_ymd),
)

STYLES: dict[str, tuple[_Style, ...]] = {"lv": _LV_STYLES, "lt": _LT_STYLES, "en": _EN_STYLES,
                                         "uk": _CYR_STYLES, "ru": _CYR_STYLES, "be": _CYR_STYLES}


def find_dates(text: str, lang: str) -> list[FoundDate]:
    """Every date written in `text` (see `_find_dates`); a sentence read by several stages is read once."""
    return list(_find_dates(text, lang))


@functools.lru_cache(maxsize=64)  # the stages that read one sentence, not the page
def _find_dates(text: str, lang: str) -> tuple[FoundDate, ...]:
    """Every date written in `text` in the styles of `lang`, in the order they stand.

    Where two readings overlap the longer wins ("2018. gada 18.- 19. jūlijs" is one range,
    not the year 2018). A reading that is no date (a 30 February, a range running backwards)
    is left out.
    """
    if lang not in STYLES:
        raise DateError(f"no date styles for language {lang!r} (known: {', '.join(LANGS)})")
    found: list[FoundDate] = []
    for style in STYLES[lang]:
        for match in style.regex.finditer(text):
            try:
                span, slips = style.build(match)
            except (DateError, KeyError, ValueError):
                continue
            found.append(FoundDate(span, match.start(), match.end(), match.group(0), tuple(slips)))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[FoundDate] = []
    for candidate in found:
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(candidate)
    return tuple(chosen)


_LEADING = {
    "lv": r"(?:no|kopš|līdz|sākot\s+ar)\s+",
    "lt": r"(?:nuo|iki|po)\s+",
    "en": r"(?:since|from|until|on)\s+",
}


def parse_date(text: str, lang: str) -> DateRange:
    """The one date `text` is, with an optional leading "No", "Kopš", "Nuo", "Since"...

    Raises `DateError` when `text` holds no date or more than a date.
    """
    found = parse_found(text, lang)
    if found is None:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise DateError(f"not a {lang} date: {shown!r}")
    return found.range


def parse_found(text: str, lang: str) -> FoundDate | None:
    """Like `parse_date`, but the whole `FoundDate` (with its slips), or None when `text` is not one date."""
    stripped = text.strip()
    prefix = re.match(rf"^(?:{_LEADING.get(lang, '(?!)')})", stripped, flags=re.I)
    for body in (stripped, stripped[prefix.end():]) if prefix else (stripped,):
        found = find_dates(body, lang)
        if len(found) == 1:
            rest = (body[:found[0].start] + body[found[0].end:]).strip(" \t\u00a0.,;:()")
            if not rest:
                return found[0]
    return None
