"""Partial dates under any input: parse or raise DateError, round-trip, and order consistently.

Property-based (hypothesis): the text a user types in "--on" or the "as of" box, or a hand-edited
store holds, is any Unicode string; the dates themselves are any day from 0001-01-01 to
9999-12-31 at any precision.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from data.dates import Certainty, DateRange, PartialDate, Precision, term_covers
from data.errors import DateError

PROPERTIES = settings(max_examples=150, deadline=None)

ODD = ["\x00", "\u200f", "\u202e", "\u0301", "\ufeff", "\u00a0", "\u2028", "٣", "２", "𝟚", "\ud800", "🇱", "🇻", "-", "/"]
hostile_text = st.one_of(
    st.text(),
    st.text(alphabet=st.one_of(st.characters(), st.sampled_from(ODD), st.sampled_from("0123456789-/ ")), max_size=40),
    st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=3), st.integers(1, 10_000)),
)
# Texts shaped almost like dates: wrong widths, zeros, thirteenth months, thirty-second days.
near_dates = st.from_regex(r"\A\s?[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?\s?\Z")


@st.composite
def partial_dates(draw) -> PartialDate:
    day = draw(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
    precision = draw(st.sampled_from(Precision))
    return PartialDate(
        day.year,
        day.month if precision >= Precision.MONTH else None,
        day.day if precision is Precision.DAY else None,
    )


def examples(*values):
    """Hypothesis's @example, once for each value."""

    def apply(test):
        for value in reversed(values):
            test = example(value)(test)
        return test

    return apply


def outcome(parse, text):
    try:
        return parse(text)
    except DateError as error:
        return error


# -- parsing -------------------------------------------------------------------------------------


@PROPERTIES
@given(st.one_of(hostile_text, near_dates))
@examples("2016-02-29", "2015-02-29", "0000", "9999-12-31", " 1993\n", "x" * 10_000, "1993\x00", "١٩٩٣", "\ud800")
def test_parsing_any_text_gives_a_date_or_our_error_and_the_same_answer_twice(text):
    first, second = outcome(PartialDate.parse, text), outcome(PartialDate.parse, text)
    if isinstance(first, DateError):
        assert isinstance(second, DateError) and str(first) == str(second)
        message = str(first)
        assert "\n" not in message and len(message) < 600, "one short line, even for 10,000 characters"
    else:
        assert first == second
        assert str(first) == text.strip(), "only the canonical form is accepted"


@PROPERTIES
@given(st.one_of(hostile_text, near_dates, st.builds(lambda a, b: f"{a}/{b}", near_dates, near_dates)))
@examples("2018-07-19/2018-07-18", "2018/", "/2018", "2018//2019", "1/2/3", "2018-07-18 / 2018-07-19")
def test_parsing_any_range_gives_a_range_or_our_error(text):
    first, second = outcome(DateRange.parse, text), outcome(DateRange.parse, text)
    if isinstance(first, DateError):
        assert isinstance(second, DateError) and str(first) == str(second)
        assert "\n" not in str(first)
    else:
        assert first == second
        assert first.earliest <= first.latest
        assert DateRange.parse(str(first)) == first


@pytest.mark.parametrize("value", [None, 1993, 1993.0, b"1993", ["1993"]])
def test_a_value_that_is_not_text_is_our_error_too(value):
    with pytest.raises(DateError):
        PartialDate.parse(value)
    with pytest.raises(DateError):
        DateRange.parse(value)


@PROPERTIES
@given(partial_dates())
def test_a_date_prints_and_parses_back_to_itself(date):
    assert PartialDate.parse(str(date)) == date
    assert PartialDate.parse(f" {date}\t") == date
    assert date.earliest <= date.latest
    assert date.contains(date.earliest) and date.contains(date.latest)
    assert (date.earliest == date.latest) == (date.precision is Precision.DAY)


@PROPERTIES
@given(partial_dates(), partial_dates())
def test_a_range_exists_exactly_when_it_does_not_run_backwards(start, end):
    text = f"{start}/{end}"
    if end.latest < start.earliest:
        with pytest.raises(DateError, match="ends before it starts"):
            DateRange.parse(text)
    else:
        when = DateRange.parse(text)
        assert (when.start, when.end) == (start, end)
        assert (when.earliest, when.latest) == (start.earliest, end.latest)
        assert DateRange.parse(str(when)) == when


# -- ordering ------------------------------------------------------------------------------------


@PROPERTIES
@given(partial_dates(), partial_dates())
def test_ordering_is_antisymmetric_and_consistent_with_equality_and_earliest(a, b):
    assert [a < b, a == b, b < a].count(True) == 1, "exactly one of <, ==, >"
    assert (a <= b and b <= a) == (a == b)
    assert (a == b) == ((a.earliest, a.latest) == (b.earliest, b.latest))
    if a == b:
        assert hash(a) == hash(b) and str(a) == str(b)
    if a.earliest < b.earliest:
        assert a < b
    if a < b:
        assert a.earliest <= b.earliest
    assert (a > b) == (b < a) and (a >= b) == (b <= a)


@PROPERTIES
@given(partial_dates(), partial_dates(), partial_dates())
def test_ordering_is_transitive(a, b, c):
    if a <= b and b <= c:
        assert a <= c
    if a < b and b <= c:
        assert a < c
    low, mid, high = sorted([a, b, c])
    assert low <= mid <= high and low <= high


@PROPERTIES
@given(st.lists(partial_dates(), max_size=25), st.randoms(use_true_random=False))
def test_sorting_does_not_depend_on_the_order_given(dates, random):
    shuffled = list(dates)
    random.shuffle(shuffled)
    assert sorted(shuffled) == sorted(dates) == sorted(reversed(dates))
    assert [d.earliest for d in sorted(dates)] == sorted(d.earliest for d in dates)


@PROPERTIES
@given(partial_dates())
def test_a_date_is_never_equal_or_ordered_against_other_types(date):
    assert date != str(date) and date != date.earliest
    with pytest.raises(TypeError):
        _ = date < str(date)  # type: ignore[operator]


# -- "was it so on that date?" ---------------------------------------------------------------------


@st.composite
def window_dates(draw) -> PartialDate:
    """A partial date in 2000–2002: terms, handovers and questions meet often in a small window."""
    day = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2002, 12, 31)))
    precision = draw(st.sampled_from(Precision))
    return PartialDate(
        day.year,
        day.month if precision >= Precision.MONTH else None,
        day.day if precision is Precision.DAY else None,
    )


def days(date: PartialDate) -> range:
    return range(date.earliest.toordinal(), date.latest.toordinal() + 1)


def expected_cover(start, end, when, end_exclusive, known_until) -> Certainty:
    """The answer day by day, from what the sources say (a slow, independent statement of the rule).

    The term began on some day of `start`. Its last day is some day of `end`, or the day before
    one when the end is the successor's start; an open term lasted at least until `known_until`
    (or its first day) and maybe for ever. A day is held for certain when every possible start is
    on or before it and every possible last day on or after it; possibly when some pair allows it.
    """
    starts = days(start)
    if end is None:
        last_days = range((known_until or start).earliest.toordinal(), dt.date.max.toordinal() + 1)
    else:
        last_days = range(days(end).start - end_exclusive, days(end).stop - end_exclusive)
    asked = range(when.earliest.toordinal(), when.latest.toordinal() + 1)
    # (a range's first and last item: min() and max() would walk millions of days)
    if all(starts[-1] <= day <= last_days[0] for day in asked):
        return Certainty.YES
    if any(starts[0] <= day <= last_days[-1] for day in asked):
        return Certainty.POSSIBLY
    return Certainty.NO


@PROPERTIES
@given(partial_dates(), st.one_of(st.none(), partial_dates()), partial_dates(), partial_dates(), st.booleans(),
       st.one_of(st.none(), partial_dates()))
def test_term_covers_answers_for_any_dates(start, end, a, b, end_exclusive, known_until):
    assume(a.earliest <= b.latest)
    when = DateRange(a, b)
    answer = term_covers(start, end, when, end_exclusive=end_exclusive, known_until=known_until)
    assert isinstance(answer, Certainty)
    if when.latest < start.earliest:
        assert answer is Certainty.NO
    if answer is Certainty.YES:
        assert start.latest <= when.earliest
        if end is not None:
            assert when.latest <= end.latest


@settings(max_examples=400, deadline=None)
@given(window_dates(), st.one_of(st.none(), window_dates()), window_dates(), window_dates(), st.booleans(),
       st.one_of(st.none(), window_dates()))
@example(PartialDate(2001, 10, 5), None, PartialDate(2001, 10, 5), PartialDate(2001, 10, 5), False, None)
@example(PartialDate(2000), PartialDate(2001, 10, 5), PartialDate(2001, 10, 5), PartialDate(2001, 10, 5), True, None)
@example(PartialDate(2000), PartialDate(2001, 10, 5), PartialDate(2001, 10, 5), PartialDate(2001, 10, 5), False, None)
@example(PartialDate(2000), PartialDate(2001, 10), PartialDate(2001, 10, 1), PartialDate(2001, 10, 1), False, None)
@example(PartialDate(2000), PartialDate(2001, 10), PartialDate(2001, 10, 31), PartialDate(2001, 10, 31), True, None)
@example(PartialDate(2001, 10), None, PartialDate(2001, 10, 31), PartialDate(2001, 10, 31), False, None)
@example(PartialDate(2000), None, PartialDate(2001, 7, 7), PartialDate(2001, 7, 7), False, PartialDate(2001, 7, 7))
@example(PartialDate(2000), None, PartialDate(2001, 7, 8), PartialDate(2001, 7, 8), False, PartialDate(2001, 7, 7))
def test_term_covers_gives_the_exact_answer_day_by_day(start, end, a, b, end_exclusive, known_until):
    """The exact answer, not only one of three. Mutations caught: `<=` -> `<` on the first day
    or the last, a successor's start counted as the predecessor's day, `known_until` ignored."""
    assume(a.earliest <= b.latest)
    # A store's term never ends before it may start (`envoys check` refuses one that does).
    assume(end is None or days(end).stop - 1 - end_exclusive >= start.earliest.toordinal())
    when = DateRange(a, b)
    answer = term_covers(start, end, when, end_exclusive=end_exclusive, known_until=known_until)
    assert answer is expected_cover(start, end, when, end_exclusive, known_until)


def test_a_term_ending_on_the_first_day_of_year_1_is_answered_not_raised():
    """A hand-edited store may say an envoy ended in year 1 (a typo): `who` must not crash on it."""
    answer = term_covers(PartialDate(1), PartialDate(1), DateRange.parse("0001"), end_exclusive=True)
    assert answer in (Certainty.NO, Certainty.POSSIBLY)
