"""Partial dates: a date known only to the year, the month or the day, and ranges of them.

The sources say "No 1993. gada" (some day in 1993) as often as "2015. gada 5. oktobris", so
every date in the project keeps its precision. A partial date stands for the span of days it
may mean; comparisons that the precision cannot settle answer `Certainty.POSSIBLY`.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
import re
from dataclasses import dataclass
from functools import total_ordering

from data.errors import DateError

_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


class Precision(enum.IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


class Certainty(enum.Enum):
    """The three honest answers to "was it so on that date?"."""

    YES = "yes"
    POSSIBLY = "possibly"
    NO = "no"


@total_ordering
@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, month or day.

    Ordering is by the first day the date may mean, then by the last (so "2015" sorts before
    "2015-10-05", which sorts before "2015-12"): a total order consistent with equality.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise DateError(f"year out of range: {self.year}")
        if self.month is None and self.day is not None:
            raise DateError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateError(f"no month {self.month} in {self.year}")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month or 1)[1]
            if not 1 <= self.day <= last:
                raise DateError(f"no day {self.day} in {self.year}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else raises `DateError`."""
        if not isinstance(text, str):
            raise DateError(f"not a date: {text!r}")
        match = _PARTIAL.fullmatch(text.strip())
        if match is None:
            shown = text if len(text) <= 40 else text[:37] + "..."
            raise DateError(f"not a date: {shown!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(part) if part else None for part in match.groups())
        return cls(year, month, day)

    @classmethod
    def from_date(cls, day: _dt.date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def earliest(self) -> _dt.date:
        """The first day this date may mean."""
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> _dt.date:
        """The last day this date may mean."""
        month = self.month or 12
        return _dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.earliest, self.latest) < (other.earliest, other.latest)

    def contains(self, day: _dt.date) -> bool:
        return self.earliest <= day <= self.latest

    def shifted(self, years: int) -> PartialDate:
        """The same date `years` later (or earlier), at the same precision; 29 February becomes the
        28th in a common year. Raises DateError outside years 1–9999."""
        year = self.year + years
        day = self.day
        if day is not None and self.month is not None and 1 <= year <= 9999:
            day = min(day, calendar.monthrange(year, self.month)[1])
        return PartialDate(year, self.month, day)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A span from one partial date to another, both ends inclusive ("2018-07-18/2018-07-19").

    A single partial date is the range from itself to itself, so every dated record has one.
    """

    start: PartialDate
    end: PartialDate

    def __post_init__(self) -> None:
        if self.end.latest < self.start.earliest:
            raise DateError(f"range ends before it starts: {self.start}/{self.end}")

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Parse `DATE` or `DATE/DATE`, each a partial date."""
        if not isinstance(text, str):
            raise DateError(f"not a date: {text!r}")
        if "/" in text:
            start, _, end = text.partition("/")
            return cls(PartialDate.parse(start), PartialDate.parse(end))
        single = PartialDate.parse(text)
        return cls(single, single)

    @classmethod
    def of(cls, date: PartialDate) -> DateRange:
        return cls(date, date)

    @property
    def earliest(self) -> _dt.date:
        return self.start.earliest

    @property
    def latest(self) -> _dt.date:
        return self.end.latest

    @property
    def is_single(self) -> bool:
        return self.start == self.end

    def __str__(self) -> str:
        return str(self.start) if self.is_single else f"{self.start}/{self.end}"

    def shifted(self, years: int) -> DateRange:
        return DateRange(self.start.shifted(years), self.end.shifted(years))

    def compact(self) -> str:
        """The range for display, in ISO 8601's abbreviated form: '2018-07-18/19', '2016-05-16/06-02'."""
        if self.is_single:
            return str(self.start)
        start, end = str(self.start), str(self.end)
        if self.start.precision == self.end.precision and self.start.year == self.end.year:
            end = end[5:] if self.start.month != self.end.month or self.end.day is None else end[8:]
        return f"{start}/{end}"

    def sort_key(self) -> tuple[_dt.date, _dt.date]:
        return (self.earliest, self.latest)


@dataclass(frozen=True, slots=True)
class Term:
    """A term of office from `start` to `end` (or open), as precisely as the sources date it.

    The one place that says which days a term holds. A stated end ("until 2019-08-31") is the
    term's last day; an end taken from the successor's start (`end_exclusive`) is not: that day
    is the successor's first, so the term's last day is the one before. An open term is known to
    last until `known_until` (a source's statement that it still held), or its first day, and
    only possibly after that. Days are ordinals, so the day before 0001-01-01 is no error.
    """

    start: PartialDate
    end: PartialDate | None = None
    end_exclusive: bool = False
    known_until: PartialDate | None = None

    def last_days(self) -> tuple[int, int]:
        """The earliest and the latest day that may be the term's last (for an open term: the
        last certain day and the end of the calendar)."""
        if self.end is None:
            return (self.known_until or self.start).earliest.toordinal(), _dt.date.max.toordinal()
        shift = 1 if self.end_exclusive else 0
        return self.end.earliest.toordinal() - shift, self.end.latest.toordinal() - shift

    def sure_days(self) -> tuple[int, int]:
        """The first and last day the term certainly held (empty when the first is after the last)."""
        return self.start.latest.toordinal(), self.last_days()[0]

    def covers(self, when: DateRange) -> Certainty:
        """YES if the term certainly held on every day of `when`, NO if on none, else POSSIBLY."""
        first, last = when.earliest.toordinal(), when.latest.toordinal()
        sure_first, sure_last = self.sure_days()
        if last < self.start.earliest.toordinal() or first > self.last_days()[1]:
            return Certainty.NO
        if sure_first <= first and last <= sure_last:
            return Certainty.YES
        return Certainty.POSSIBLY


def term_covers(
    start: PartialDate,
    end: PartialDate | None,
    when: DateRange,
    *,
    end_exclusive: bool = False,
    known_until: PartialDate | None = None,
) -> Certainty:
    """Whether a term from `start` to `end` covers the whole of `when` (see `Term`)."""
    return Term(start, end, end_exclusive, known_until).covers(when)
