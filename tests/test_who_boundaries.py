"""`who` on the days where an answer turns: first and last days, handovers, partial dates, open ends.

Each test names the one-line change to the code it catches (run it to see the test fail).
Small stores are built in the test (tests/postingkit.py); the last tests ask the shipped store.
"""

from __future__ import annotations

import pytest

from data.dates import Certainty, DateRange
from data.queries import posts, who
from search.countries import resolve_country
from tests.postingkit import posting, store_with

YES, POSSIBLY = Certainty.YES, Certainty.POSSIBLY
MORA, POPKOVS, VIRSIS = "person:maira-mora", "person:mihails-popkovs", "person:martins-virsis"


def answer(store, on: str, *, sending="LV", receiving="BY", heads_only=True) -> list[tuple[str, Certainty]]:
    found = who(store, resolve_country(store, sending), resolve_country(store, receiving), DateRange.parse(on),
                heads_only=heads_only)
    return [(h.envoy.id.partition(":")[2], h.certainty) for h in found]


@pytest.fixture
def handover(tmp_path):
    """Popkovs from 2010 until Virsis's first day, 2015-10-05 (an end taken from the successor)."""
    return store_with(
        tmp_path,
        posting("popkovs", POPKOVS, "2010", "2015-10-05", "successor"),
        posting("virsis", VIRSIS, "2015-10-05", "2019-08-31", "stated"),
    )


def test_the_first_day_of_a_posting_is_certain(handover):
    """Mutation: `start.latest <= first` -> `<` in data/dates.py turns the first day 'possibly'."""
    assert answer(handover, "2015-10-05") == [("virsis", YES)]


def test_the_day_before_the_successor_is_the_predecessors_last(handover):
    assert answer(handover, "2015-10-04") == [("popkovs", YES)]


def test_on_a_handover_day_only_the_incoming_envoy_holds_the_post(handover):
    """An end taken from the successor's start is exclusive. Mutation: drop the `- shift` (or
    `end_exclusive`) in data/dates.py and the outgoing envoy is reported too."""
    found = answer(handover, "2015-10-05")
    assert ("popkovs", YES) not in found and ("popkovs", POSSIBLY) not in found


def test_a_stated_end_is_the_last_day_inclusive(handover):
    """Mutation: make stated ends exclusive and the last day goes unanswered."""
    assert answer(handover, "2019-08-31") == [("virsis", YES)]
    assert answer(handover, "2019-09-01") == []


def test_a_range_is_certain_only_when_one_term_covers_all_of_it(handover):
    assert answer(handover, "2015-10-05/2019-08-31") == [("virsis", YES)]
    assert answer(handover, "2015-10-04/2015-10-05") == [("popkovs", POSSIBLY), ("virsis", POSSIBLY)]


def test_a_start_known_to_the_month_is_possible_on_its_first_day_and_certain_on_its_last(tmp_path):
    """A posting from '2015-10' may have started on any day of October, and had started by the 31st."""
    store = store_with(tmp_path, posting("virsis", VIRSIS, "2015-10", "2019", "stated"))
    assert answer(store, "2015-09-30") == []
    assert answer(store, "2015-10-01") == [("virsis", POSSIBLY)]
    assert answer(store, "2015-10-30") == [("virsis", POSSIBLY)]
    assert answer(store, "2015-10-31") == [("virsis", YES)]


def test_a_stated_end_known_to_the_month_is_certain_on_its_first_day_and_possible_after(tmp_path):
    """A term stated to end in September 2019 held on 1 September at least, maybe until the 30th."""
    store = store_with(tmp_path, posting("virsis", VIRSIS, "2015", "2019-09", "stated"))
    assert answer(store, "2019-09-01") == [("virsis", YES)]
    assert answer(store, "2019-09-02") == [("virsis", POSSIBLY)]
    assert answer(store, "2019-09-30") == [("virsis", POSSIBLY)]
    assert answer(store, "2019-10-01") == []


def test_a_successor_known_to_the_month_leaves_its_last_day_to_the_successor(tmp_path):
    """A successor from '2019-09' started on 30 September at the latest, so the predecessor
    certainly did not hold the post that day (the day before the successor's start is the last)."""
    store = store_with(tmp_path, posting("virsis", VIRSIS, "2015", "2019-09", "successor"))
    assert answer(store, "2019-08-31") == [("virsis", YES)]
    assert answer(store, "2019-09-01") == [("virsis", POSSIBLY)]
    assert answer(store, "2019-09-29") == [("virsis", POSSIBLY)]
    assert answer(store, "2019-09-30") == []


def test_an_open_posting_is_certain_until_the_sources_confirm_it_and_possible_after(tmp_path):
    store = store_with(tmp_path, posting("semanis", "person:einars-semanis", "2019-09", confirmed="2021-07-07"))
    assert answer(store, "2021-07-07") == [("semanis", YES)]
    assert answer(store, "2021-07-08") == [("semanis", POSSIBLY)]
    assert answer(store, "2030") == [("semanis", POSSIBLY)]
    assert answer(store, "2019-08-31") == []


def test_an_open_posting_without_confirmation_is_certain_on_its_first_day_only(tmp_path):
    store = store_with(tmp_path, posting("semanis", "person:einars-semanis", "2019-09-02"))
    assert answer(store, "2019-09-02") == [("semanis", YES)]
    assert answer(store, "2019-09-03") == [("semanis", POSSIBLY)]
    assert answer(store, "2019-09-01") == []


def test_a_range_after_a_term_is_no_answer_but_one_touching_its_last_day_is_possible(tmp_path):
    store = store_with(tmp_path, posting("mora", MORA, "2004", "2010-01-01", "stated"))
    assert answer(store, "2010-01-01/2011") == [("mora", POSSIBLY)]
    assert answer(store, "2010-01-02/2011") == []
    assert answer(store, "2003/2004-01-01") == [("mora", POSSIBLY)]
    assert answer(store, "2003") == []


# -- posts that differ only by city ---------------------------------------------------------------


def honorary_consuls(tmp_path):
    return store_with(
        tmp_path,
        posting("consul-mogilev", "person:aleksejs-savcuks", "2018-09", confirmed="2021-07-07",
                role="honorary-consul", city="city:mogilev"),
        posting("consul-vitebsk", "person:andris-ameriks", "2018-01", confirmed="2021-07-07",
                role="honorary-consul", city="city:vitebsk"),
        posting("semanis", "person:einars-semanis", "2019-09", confirmed="2021-07-07"),
    )


def test_two_honorary_consuls_in_two_cities_are_two_posts_both_held(tmp_path):
    """Mutation: drop the city from `Envoy.post` and the two consuls are one post."""
    store = honorary_consuls(tmp_path)
    keys = [post for post in posts(store) if post.group == "honorary-consul"]
    assert sorted(post.city for post in keys) == ["city:mogilev", "city:vitebsk"]
    assert sorted(answer(store, "2020-06-01", heads_only=False)) == [
        ("consul-mogilev", YES), ("consul-vitebsk", YES), ("semanis", YES),
    ]
    assert answer(store, "2020-06-01") == [("semanis", YES)], "heads of mission only, unless asked"


def test_the_timeline_shows_two_honorary_consuls_as_two_rows_named_by_city(tmp_path):
    import datetime as dt

    from tui.screens.timeline import timeline_rows

    rows = timeline_rows(honorary_consuls(tmp_path), "en", dt.date(2026, 1, 1))
    consuls = [row for row in rows if "consul" in row.label]
    assert len(consuls) == 2 and all(len(row.bars) == 1 for row in consuls)
    assert {row.label.rpartition("(")[2].rstrip(")") for row in consuls} == {"Mogilev", "Vitebsk"}


def test_the_timeline_ends_a_bar_the_day_before_the_successor(handover):
    """The successor's first day is not the predecessor's, on the timeline too."""
    import datetime as dt

    from tui.screens.timeline import timeline_rows

    (row,) = timeline_rows(handover, "en", dt.date(2026, 1, 1))
    popkovs, virsis = row.bars
    assert popkovs.end == dt.date(2015, 10, 4) and virsis.start == dt.date(2015, 10, 5)
    assert virsis.end == dt.date(2019, 8, 31)


def test_heads_of_mission_are_one_post_whatever_the_city(tmp_path):
    """A chargé whose city the sources leave out and an ambassador in Minsk hold one post."""
    store = store_with(
        tmp_path,
        posting("levrence", "person:ingrida-levrence", "1997", "2000", "successor", role="charge-daffaires",
                city=None),
        posting("neimanis", "person:egons-neimanis", "2000", "2004", "successor", role="charge-daffaires"),
    )
    assert len(posts(store)) == 1


# -- the shipped store -------------------------------------------------------------------------------


def test_shipped_virsis_holds_from_his_first_day_and_popkovs_until_the_day_before(store):
    assert answer(store, "2015-10-05") == [("lv-by-2015-virsis", YES)]
    assert answer(store, "2015-10-04") == [("lv-by-2010-popkovs", YES)]


def test_shipped_virsis_until_semanis_known_only_to_the_month(store):
    assert answer(store, "2019-08-31") == [("lv-by-2015-virsis", YES)]
    assert answer(store, "2019-09-15") == [("lv-by-2015-virsis", POSSIBLY), ("lv-by-2019-semanis", POSSIBLY)]
    assert answer(store, "2019-09-29") == [("lv-by-2015-virsis", POSSIBLY), ("lv-by-2019-semanis", POSSIBLY)]
    # Semanis started in September at the latest on the 30th: that day is his, certainly.
    assert answer(store, "2019-09-30") == [("lv-by-2019-semanis", YES)]


def test_shipped_markovics_on_the_day_the_sources_last_confirm_him(store):
    assert answer(store, "2021-07-07", sending="BY", receiving="LV") == [("by-lv-2018-markovics", YES)]
    assert answer(store, "2021-07-08", sending="BY", receiving="LV") == [("by-lv-2018-markovics", POSSIBLY)]


async def test_the_as_of_table_shows_both_honorary_consuls_by_city(tmp_path):
    """The app's "as of" table: one row per post, so two consuls in two cities are two holders.
    Mutation: drop the city from `Envoy.post` and one consul's row is lost under the other's post."""
    from tests.apptools import make_app, ready, table_rows

    honorary_consuls(tmp_path)  # writes tmp_path/store.json
    app = make_app(db_path=tmp_path / "store.json")
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "a", *"2020-06-01", "enter")
        await pilot.pause()
        rows = table_rows(app, "#posts")
    consuls = sorted((row[1], row[2], row[3]) for row in rows if "consul" in row[1])
    assert consuls == [
        ("honorary consul (Mogilev)", "Aleksejs Savčuks", "yes"),
        ("honorary consul (Vitebsk)", "Andris Ameriks", "yes"),
    ], rows
