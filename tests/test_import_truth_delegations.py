"""One trip, one record (stop 23, v23-visits): a delegation named by its country alone on the day the page tells the
same trip with its people is that trip ("A Lithuanian ministerial delegation ... has arrived in Kyiv" beside "a
delegation of ministers led by Lithuanian Prime Minister NAME arrived in Kyiv"), found on the opened hold-out 400,
where it was written as a second record. Beside the near misses that stay their own trips.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of, trips_written

_PAGE = ("date 2024-12-20 Lithuanian ministers in Kyiv\n\n"
         "A Lithuanian ministerial delegation, led by newly appointed Prime Minister, has arrived in {city} "
         "for intergovernmental consultations on 20 December 2024.\n\n"
         "Today, a delegation of ministers led by Lithuanian Prime Minister Gintautas Paluckas arrived in Kyiv.\n")


def visits(plan: Plan) -> list[tuple[str, str, str, int]]:
    """(from, to, date, how many people) of every visit record the import would write."""
    return sorted((c.doc["from"], c.doc["to"], c.doc["date"], len(c.doc["people"])) for c in plan.changes
                  if c.kind == "visit")


def test_en_a_delegation_on_the_day_of_the_named_trip_is_that_trip(tmp_path):
    plan = plan_of(tmp_path, _PAGE.format(city="Kyiv"), "en")
    assert visits(plan) == [("country:lt", "country:ua", "2024-12-20", 1)]
    assert trips_written(plan) == {("lt", "ua", "2024-12-20")}


def test_en_a_delegation_on_another_day_is_its_own_trip(tmp_path):
    text = _PAGE.format(city="Kyiv").replace("on 20 December 2024", "on 2 December 2024")
    assert visits(plan_of(tmp_path, text, "en")) == [("country:lt", "country:ua", "2024-12-02", 0),
                                                     ("country:lt", "country:ua", "2024-12-20", 1)]


def test_en_a_delegation_to_another_country_is_its_own_trip(tmp_path):
    text = _PAGE.format(city="Minsk")
    assert visits(plan_of(tmp_path, text, "en")) == [("country:lt", "country:by", "2024-12-20", 0),
                                                     ("country:lt", "country:ua", "2024-12-20", 1)]
