"""The details of answers a user reads: why a holder is only "possibly", in which order holders
come, what `check` says and about which field, what a bad date's message shows, how a word is
folded and highlighted. Written against the mutants `tests/benchmarks/mutation.py` found alive:
each test names the one-line change it catches.
"""

from __future__ import annotations

import datetime as dt

import pytest

from data import model as m
from data.check import check_store, check_tables
from data.dates import Certainty, DateRange, PartialDate, term_covers
from data.errors import DateError, StoreError
from data.queries import holders, today_range, who
from data.store import SCHEMA_VERSION
from search.countries import resolve_country
from search.normalize import fold, fold_diacritics, transliterate, word_spans
from tests.postingkit import posting, store_with, tables_with
from tests.storekit import shipped_tables, write_store

YES, POSSIBLY = Certainty.YES, Certainty.POSSIBLY


# -- who: order and reasons ------------------------------------------------------------------------


def asked(store, on):
    found = who(store, resolve_country(store, "LV"), resolve_country(store, "BY"), DateRange.parse(on))
    return [(h.envoy.id, h.certainty, h.reason) for h in found]


def test_a_certain_holder_comes_before_an_earlier_possible_one(tmp_path):
    """Mutation: `{YES: 0, POSSIBLY: 1}` -> `{YES: 1, ...}` in data/queries.py lists by start only."""
    store = store_with(tmp_path, posting("mora", "person:maira-mora", "2004-01-01"),
                       posting("virsis", "person:martins-virsis", "2015-10-05", "2019", "stated",
                               city="city:vitebsk"))
    assert [(envoy, certainty) for envoy, certainty, _ in asked(store, "2016")] == [
        ("envoy:virsis", YES), ("envoy:mora", POSSIBLY),
    ]


def test_each_possibly_says_why(tmp_path):
    """Mutations: any flipped condition or emptied text in `_reason` (data/queries.py)."""
    store = store_with(
        tmp_path,
        posting("a", "person:maira-mora", "2004", "2006-05", "stated"),
        posting("b", "person:egons-neimanis", "2006-05-10", confirmed="2008-01-01", role="charge-daffaires",
                sending="country:lv", city="city:vitebsk"),
    )
    assert asked(store, "2005-06-01") == [("envoy:a", YES, "")]
    assert asked(store, "2004-01-01") == [("envoy:a", POSSIBLY, "the sources date the start only to 2004")]
    assert asked(store, "2006-05-09") == [("envoy:a", POSSIBLY, "the sources date the end only to 2006-05")]
    assert asked(store, "2009") == [("envoy:b", POSSIBLY, "the sources confirm the post only until 2008-01-01")]
    (tmp_path / "open").mkdir()
    open_ended = store_with(tmp_path / "open", posting("c", "person:maira-mora", "2004-03-01"))
    assert asked(open_ended, "2005") == [
        ("envoy:c", POSSIBLY, "the sources give only the start (2004-03-01), no end"),
    ]


def test_the_start_is_the_reason_when_the_start_is_what_is_unsure(tmp_path):
    """Mutation: `start.latest > when.earliest` -> `>=`: a start certain on the day asked is no reason."""
    store = store_with(tmp_path, posting("a", "person:maira-mora", "2004-03-01"))
    # The posting is sure on 2004-03-01 only; on 2004-03-01/02 the end is what is unsure, not the start.
    assert asked(store, "2004-03-01/2004-03-02") == [
        ("envoy:a", POSSIBLY, "the sources give only the start (2004-03-01), no end"),
    ]


def test_who_without_a_date_asks_about_today(store):
    """Mutations in `today_range`: who with no date answers for today's date."""
    assert today_range() == DateRange.of(PartialDate.from_date(dt.date.today()))
    assert today_range().earliest == today_range().latest == dt.date.today()
    lv, by = resolve_country(store, "LV"), resolve_country(store, "BY")
    assert who(store, lv, by) == who(store, lv, by, today_range())
    everyone = holders(store, list(store.all(m.Envoy)), DateRange.parse("2005-06-01"))
    assert [h.envoy.id for h in everyone if h.envoy.sending == "country:lv"] == ["envoy:lv-by-2004-mora"]


# -- dates: messages and edges ----------------------------------------------------------------------


@pytest.mark.parametrize(("make", "message"), [
    (lambda: PartialDate(0), "year out of range: 0"),
    (lambda: PartialDate(2015, None, 3), "a day needs a month"),
    (lambda: PartialDate(2015, 13), "no month 13 in 2015"),
    (lambda: PartialDate(2015, 2, 29), "no day 29 in 2015-02"),
    (lambda: PartialDate.parse(5), "not a date: 5"),
    (lambda: DateRange.parse(5), "not a date: 5"),
    (lambda: PartialDate.parse("x" * 40), "not a date: '" + "x" * 40 + "' (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    (lambda: PartialDate.parse("x" * 41), "not a date: '" + "x" * 37 + "...' (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    (lambda: DateRange.parse("2015/2016/2017"), "not a date: '2016/2017' (use YYYY, YYYY-MM or YYYY-MM-DD)"),
    (lambda: PartialDate(9999).shifted(1), "year out of range: 10000"),
])
def test_a_bad_date_says_exactly_what_is_wrong(make, message):
    """Mutations: a message emptied, a cut at 38 or 41 characters, a year 10000 let through."""
    with pytest.raises(DateError) as caught:
        make()
    assert str(caught.value) == message


def test_29_february_moved_to_a_common_year_is_the_28th_even_in_years_1_and_9999():
    """Mutations: `1 <= year <= 9999` -> `2 <=`, `1 <`, `< 9999` in `PartialDate.shifted`."""
    assert PartialDate(2000, 2, 29).shifted(-1999) == PartialDate(1, 2, 28)
    assert PartialDate(2000, 2, 29).shifted(7999) == PartialDate(9999, 2, 28)
    assert PartialDate(2000, 2, 29).shifted(4) == PartialDate(2004, 2, 29)


def test_a_day_and_a_single_range():
    assert PartialDate.from_date(dt.date(2015, 10, 5)) == PartialDate(2015, 10, 5)
    assert DateRange.of(PartialDate(2015, 10)) == DateRange(PartialDate(2015, 10), PartialDate(2015, 10))


def test_an_end_is_stated_unless_said_to_be_the_successors():
    """Mutation: `end_exclusive: bool = False` -> `True` in `term_covers`."""
    day = DateRange.parse("2015-10-05")
    assert term_covers(PartialDate(2010), PartialDate(2015, 10, 5), day) is YES
    assert term_covers(PartialDate(2010), PartialDate(2015, 10, 5), day, end_exclusive=True) is Certainty.NO


# -- check: which field, which day ---------------------------------------------------------------------

EARLY = dt.date(1990, 1, 1)


def test_check_names_the_field_that_is_in_the_future():
    """Mutations: a field name changed or a record dropped in `date_problems` (data/check.py)."""
    found = {str(p) for p in check_tables(shipped_tables(), today=EARLY, notes=False)}
    for line in [
        "error: envoy:by-lt-1993-scastnyj: field 'start' is in the future (1993)",
        "error: envoy:lv-by-2018-savcuks: field 'confirmed' is in the future (2021-07-07)",
        "error: event:recognition-by-lt: field 'date' is in the future (1991-12-27)",
        "error: mission:by-lt-vilnius-embassy: field 'opened' is in the future (1993)",
        "error: treaty:1992-12-30-diplomatic-relations: field 'signed' is in the future (1992-12-30)",
        "error: visit:2009-04-22-martinovs: field 'date' is in the future (2009-04-22)",
    ]:
        assert line in found


def test_a_date_that_begins_today_is_not_in_the_future():
    """Mutation: `date.earliest > today` -> `>=`."""
    def future(today):
        problems = check_tables(shipped_tables(), today=today, notes=False)
        return [p.record for p in problems if p.record == "envoy:lv-by-2019-semanis" and "'start'" in p.message]

    assert future(dt.date(2019, 9, 1)) == []
    assert future(dt.date(2019, 8, 31)) == ["envoy:lv-by-2019-semanis"]


def test_check_store_passes_on_the_day_it_is_asked_about(tmp_path):
    """Mutation: `check_tables(tables, seeds, today)` -> `(tables, seeds, None)` in `check_store`."""
    path = write_store(tmp_path)
    assert any("in the future" in p.message for p in check_store(path, today=EARLY))
    assert not any("in the future" in p.message for p in check_store(path))


def test_check_store_names_the_file_of_a_newer_schema(tmp_path):
    path = write_store(tmp_path, lambda t: t["meta"]["1"].update(schema_version=SCHEMA_VERSION + 1),
                       name="newer-store.json")
    with pytest.raises(StoreError, match=r"newer-store\.json"):
        check_store(path)


def test_a_posting_of_one_day_ends_no_earlier_than_it_starts():
    """Mutations: `end.latest < start.earliest` -> `<=` (and the same for `confirmed`)."""
    one_day = posting("a", "person:maira-mora", "2004-03-01", "2004-03-01", "stated")
    confirmed_on_its_first_day = posting("b", "person:egons-neimanis", "2001-03-01", confirmed="2001-03-01",
                                         city="city:vitebsk", sending="country:lt")
    tables = tables_with(one_day, confirmed_on_its_first_day)  # the only envoys (events name none)
    assert check_tables(tables, today=dt.date(2026, 1, 1), notes=False) == []


def test_check_says_what_is_wrong_with_an_end_and_a_confirmation():
    tables = tables_with(
        posting("a", "person:maira-mora", "2004", "2006", "stated"),
        posting("b", "person:egons-neimanis", "2001-03-02", confirmed="2001-03-01", sending="country:lt"),
    )
    tables["envoys"]["1"].pop("end_basis")
    assert [str(p) for p in check_tables(tables, today=dt.date(2026, 1, 1), notes=False)] == [
        "error: envoy:a: 'end' and 'end_basis' go together",
        "error: envoy:b: confirmed (2001-03-01) before it starts (2001-03-02)",
    ]


def test_check_names_each_source_file_it_cannot_find(tmp_path):
    """Mutations: the "not found" problem emptied, its record or folder dropped."""
    problems = [p for p in check_tables(shipped_tables(), seeds=tmp_path, notes=False)
                if "not found" in p.message]
    sources = {doc["id"]: doc["file"] for doc in shipped_tables()["sources"].values()}
    assert {p.record for p in problems} == set(sources)
    for problem in problems:
        assert problem.message.startswith(f"source file {sources[problem.record]} not found, unreadable or not UTF-8 ")
        assert tmp_path.name in problem.message


# -- folding and highlighting ---------------------------------------------------------------------------


@pytest.fixture
def fresh_fold_tables():
    """Empty the per-character fold caches, so that this test folds each character itself (and
    a mutation tool that picks tests by what they call sees it do so)."""
    from search import normalize

    normalize._TABLE.clear()
    normalize._CHARS.clear()


def test_the_first_and_last_letters_of_the_cyrillic_block_are_transliterated(fresh_fold_tables):
    """Mutations: `low <= code <= high` -> `low <` or `< high` in `_is_cyrillic`."""
    assert transliterate("\u0400\u052f") == "El"


def test_a_mark_that_does_not_compose_stays_in_its_word(fresh_fold_tables):
    """Mutations: the combining-mark test in `_fold_diacritics_char` (a mark would split the word)."""
    assert fold_diacritics("x\u0301y") == "xy"
    assert fold("Ma\u0301\u0304ra") == "mara"
    assert fold("한국") == "hangug"  # a syllable's letters joined, not one "XXXX" between them


def test_word_spans_map_folded_letters_back_to_the_text(fresh_fold_tables):
    """Mutations in `word_spans`: a word at position 0 lost, a mark not counted, a letter that
    folds to two ('Ш' -> 'sh') counted once, a mark ending the scan."""
    assert word_spans("Mora Maira") == [(0, 4, (1, 2, 3, 4)), (5, 10, (1, 2, 3, 4, 5))]
    assert word_spans("Шимов Ш") == [(0, 5, (2, 3, 4, 5, 6)), (6, 7, (2,))]
    assert word_spans("e\u0301x") == [(0, 3, (1, 1, 2))]
    assert word_spans("Rine\u0301 x") == [(0, 5, (1, 2, 3, 4, 4)), (6, 7, (1,))]
    assert word_spans("\u0301ab") == [(1, 3, (1, 2))]

