"""`envoys check` reports two postings of one post that certainly overlap, even by one day, and
nothing when the overlap is only possible (partial dates) or the posts differ (by city).

Each test names the one-line change to the code it catches.
"""

from __future__ import annotations

import datetime as dt

from data.check import check_tables
from tests.postingkit import posting, tables_with

TODAY = dt.date(2026, 1, 1)
MORA, POPKOVS, VIRSIS = "person:maira-mora", "person:mihails-popkovs", "person:martins-virsis"


def overlaps(*postings) -> list[tuple[str, str]]:
    problems = check_tables(tables_with(*postings), today=TODAY, notes=False)
    assert all("overlaps" in p.message for p in problems), [str(p) for p in problems]
    return [(p.record, p.message.split()[1]) for p in problems]


def test_a_stated_end_on_the_successors_first_day_is_a_one_day_overlap():
    """Mutation: `max(a0, b0) <= min(a1, b1)` -> `<` in data/check.py and this goes unreported."""
    assert overlaps(
        posting("popkovs", POPKOVS, "2010", "2015-10-05", "stated"),
        posting("virsis", VIRSIS, "2015-10-05", "2019", "stated"),
    ) == [("envoy:popkovs", "envoy:virsis")]


def test_a_stated_end_the_day_before_is_no_overlap():
    assert overlaps(
        posting("popkovs", POPKOVS, "2010", "2015-10-04", "stated"),
        posting("virsis", VIRSIS, "2015-10-05", "2019", "stated"),
    ) == []


def test_an_end_taken_from_the_successor_is_no_overlap():
    """Mutation: make successor-implied ends inclusive and every handover is an overlap."""
    assert overlaps(
        posting("popkovs", POPKOVS, "2010", "2015-10-05", "successor"),
        posting("virsis", VIRSIS, "2015-10-05", "2019", "stated"),
    ) == []


def test_postings_that_only_may_overlap_are_not_reported():
    """Ended some day of October 2015, started some day of October 2015: maybe not the same days."""
    assert overlaps(
        posting("popkovs", POPKOVS, "2010", "2015-10", "stated"),
        posting("virsis", VIRSIS, "2015-10", "2019", "stated"),
    ) == []


def test_partial_dates_that_certainly_overlap_are_reported():
    """Ended in November at the earliest on the 1st, started in October by the 31st: they overlap."""
    assert overlaps(
        posting("popkovs", POPKOVS, "2010", "2015-11", "stated"),
        posting("virsis", VIRSIS, "2015-10", "2019", "stated"),
    ) == [("envoy:popkovs", "envoy:virsis")]


def test_an_open_posting_overlaps_only_as_far_as_the_sources_confirm_it():
    confirmed = posting("popkovs", POPKOVS, "2010", confirmed="2016-01-01")
    assert overlaps(confirmed, posting("virsis", VIRSIS, "2015-10-05", "2019", "stated")) == [
        ("envoy:popkovs", "envoy:virsis"),
    ]
    unconfirmed = posting("popkovs", POPKOVS, "2010-01-01")
    assert overlaps(unconfirmed, posting("virsis", VIRSIS, "2015-10-05", "2019", "stated")) == []


def test_two_honorary_consuls_in_two_cities_do_not_overlap():
    """Mutation: drop the city from `Envoy.post` and two consuls side by side are an overlap."""
    assert overlaps(
        posting("consul-mogilev", "person:aleksejs-savcuks", "2018-09", confirmed="2021-07-07",
                role="honorary-consul", city="city:mogilev"),
        posting("consul-vitebsk", "person:andris-ameriks", "2018-01", confirmed="2021-07-07",
                role="honorary-consul", city="city:vitebsk"),
    ) == []


def test_two_honorary_consuls_in_one_city_overlap():
    assert overlaps(
        posting("consul-a", "person:aleksejs-savcuks", "2018-09", confirmed="2021-07-07",
                role="honorary-consul", city="city:mogilev"),
        posting("consul-b", "person:andris-ameriks", "2018-01", confirmed="2021-07-07",
                role="honorary-consul", city="city:mogilev"),
    ) == [("envoy:consul-b", "envoy:consul-a")]


def test_heads_of_mission_overlap_whatever_their_cities():
    """A chargé without a city and an ambassador in Minsk hold one post: the head of mission."""
    assert overlaps(
        posting("levrence", "person:ingrida-levrence", "1997", "2001", "stated", role="charge-daffaires", city=None),
        posting("neimanis", "person:egons-neimanis", "2000", "2004", "stated"),
    ) == [("envoy:levrence", "envoy:neimanis")]


def test_postings_of_other_country_pairs_never_overlap():
    assert overlaps(
        posting("mora", MORA, "2004", "2010", "stated"),
        posting("virsis", VIRSIS, "2005", "2009", "stated", sending="country:lt"),
    ) == []


def test_the_sweep_reports_exactly_the_pairs_every_pairwise_comparison_finds():
    # Many random postings of one post, partial dates and open ends among them: the sweep must
    # name the same pairs, in the same order, as comparing every pair of postings.
    import random

    from data.check import overlap_problems
    from data.records import decode

    rng = random.Random(7)
    docs = []
    for n in range(120):
        year = rng.randint(1995, 2015)
        start = rng.choice([str(year), f"{year}-{rng.randint(1, 12):02d}",
                            f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
        end = rng.choice([None, str(year + rng.randint(0, 3)), f"{year + rng.randint(1, 3)}-{rng.randint(1, 12):02d}"])
        docs.append(posting(f"p{n:03d}", "person:maris-riekstins", start, end, "stated" if end else None))
    envoys = [decode("envoy", doc, f"envoys[{n}]") for n, doc in enumerate(docs)]
    holders = sorted(envoys, key=lambda e: (e.start.earliest, e.id))
    expected = []
    for i, first in enumerate(holders):
        a0, a1 = first.tenure.sure_days()
        for second in holders[i + 1:]:
            b0, b1 = second.tenure.sure_days()
            if max(a0, b0) <= min(a1, b1):
                expected.append((first.id, f"overlaps {second.id} in the same post"))
    found = [(p.record, p.message) for p in overlap_problems(envoys)]
    assert len(expected) > 50
    assert found == expected
