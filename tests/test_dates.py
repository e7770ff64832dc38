"""Partial dates keep the precision of the source, and say 'possibly' where it cannot tell."""

from __future__ import annotations

import datetime as dt

import pytest

from data.dates import Certainty, DateRange, PartialDate, Precision, term_covers
from data.errors import DateError


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


def r(text: str) -> DateRange:
    return DateRange.parse(text)


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("1993", Precision.YEAR, dt.date(1993, 1, 1), dt.date(1993, 12, 31)),
        ("2019-09", Precision.MONTH, dt.date(2019, 9, 1), dt.date(2019, 9, 30)),
        ("2016-02", Precision.MONTH, dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
        ("2015-10-05", Precision.DAY, dt.date(2015, 10, 5), dt.date(2015, 10, 5)),
    ],
)
def test_a_partial_date_means_a_span_of_days(text, precision, earliest, latest):
    date = d(text)
    assert (date.precision, date.earliest, date.latest) == (precision, earliest, latest)
    assert str(date) == text


@pytest.mark.parametrize(
    "text", ["", "93", "1993-1", "1993-13", "2015-02-29", "2015-10-32", "1993-00", "0000", "5 Oct 2015",
             "2015-10-05T00:00", "١٩٩٣", "2015/10", "x" * 10_000],
)
def test_malformed_or_impossible_dates_raise_our_error(text):
    with pytest.raises(DateError):
        d(text)


def test_leap_day_exists_only_in_leap_years():
    assert d("2016-02-29").day == 29
    with pytest.raises(DateError, match="no day 29"):
        d("2015-02-29")


def test_ordering_is_by_first_day_then_last_day():
    dates = [d("2015-12"), d("2015-10-05"), d("2015"), d("2014-12-31"), d("2015-10")]
    assert [str(x) for x in sorted(dates)] == ["2014-12-31", "2015", "2015-10", "2015-10-05", "2015-12"]


def test_a_range_parses_both_ends_and_refuses_to_run_backwards():
    visit = r("2018-07-18/2018-07-19")
    assert (str(visit.start), str(visit.end), str(visit)) == ("2018-07-18", "2018-07-19", "2018-07-18/2018-07-19")
    assert str(r("2000-01")) == "2000-01"
    with pytest.raises(DateError, match="ends before it starts"):
        r("2018-07-19/2018-07-18")


@pytest.mark.parametrize(
    ("text", "shown"),
    [("2018-07-18/2018-07-19", "2018-07-18/19"), ("2016-05-16/2016-06-02", "2016-05-16/06-02"),
     ("2014-06/2014-07", "2014-06/07"), ("2013/2015", "2013/2015"), ("1993", "1993"),
     ("2019-12-30/2020-01-02", "2019-12-30/2020-01-02"), ("2016-04/2016-04-15", "2016-04/2016-04-15")],
)
def test_ranges_display_in_the_abbreviated_iso_form(text, shown):
    assert r(text).compact() == shown


class TestTermCovers:
    """A term from 2004 to the successor's start in 2010 (Maira Mora's, say)."""

    start, end = d("2004"), d("2010")

    def covers(self, when: str) -> Certainty:
        return term_covers(self.start, self.end, r(when), end_exclusive=True)

    def test_inside_the_term_is_certain(self):
        assert self.covers("2005-06-01") is Certainty.YES
        assert self.covers("2005") is Certainty.YES

    def test_the_start_year_itself_is_only_possible(self):
        assert self.covers("2004-03-01") is Certainty.POSSIBLY
        assert self.covers("2004") is Certainty.POSSIBLY

    def test_the_end_year_is_only_possible(self):
        assert self.covers("2010-06-01") is Certainty.POSSIBLY

    def test_outside_is_no(self):
        assert self.covers("2003-12-31") is Certainty.NO
        assert self.covers("2011-01-01") is Certainty.NO

    def test_a_day_precise_successor_start_ends_the_term_the_day_before(self):
        start, end = d("2010"), d("2015-10-05")
        assert term_covers(start, end, r("2015-10-04"), end_exclusive=True) is Certainty.YES
        assert term_covers(start, end, r("2015-10-05"), end_exclusive=True) is Certainty.NO
        assert term_covers(start, end, r("2015-10-05"), end_exclusive=False) is Certainty.YES

    def test_an_open_term_is_certain_only_until_a_source_confirms_it(self):
        start, confirmed = d("2019-09"), d("2021-07-07")
        assert term_covers(start, None, r("2020"), known_until=confirmed) is Certainty.YES
        assert term_covers(start, None, r("2021-07-07"), known_until=confirmed) is Certainty.YES
        assert term_covers(start, None, r("2021-07-08"), known_until=confirmed) is Certainty.POSSIBLY
        assert term_covers(start, None, r("2019-08"), known_until=confirmed) is Certainty.NO

    def test_an_open_term_with_only_a_start_year_is_never_certain(self):
        assert term_covers(d("2004"), None, r("2004-06-01")) is Certainty.POSSIBLY
        assert term_covers(d("2004"), None, r("2010")) is Certainty.POSSIBLY
        assert term_covers(d("2004"), None, r("2003")) is Certainty.NO


def test_stepping_by_years_keeps_the_precision():
    assert str(d("2005-06-01").shifted(1)) == "2006-06-01"
    assert str(d("2019-09").shifted(-2)) == "2017-09"
    assert str(d("2016-02-29").shifted(1)) == "2017-02-28"
    assert str(r("2018-07-18/2018-07-19").shifted(1)) == "2019-07-18/2019-07-19"
    with pytest.raises(DateError):
        d("0001").shifted(-1)
