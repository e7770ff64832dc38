"""One person, one record: two readings of one known person's name on a page (the name as written, and a
nominative guessed from it read as another case) meet the store's person once, named as the page writes
the name, and a trip lists them once. A held fact meets its people as a record does: a name one letter
from a known person's is that person for a check, never certain."""

from __future__ import annotations

from tests.importkit import plan_of

# The second sentence's "Ґітанас Науседа" follows "литовського президента." (a genitive office): read as
# that office's holder in the genitive, it gives the guess "Ґітанас Наусед".
_TWO_READINGS = ("До Києва приїхав президент Литви\n\n28.06.2023 10:20\n\n"
                 "Президент Литовської Республіки Ґітанас Науседа прибув у середу, 28 червня, з візитом до Києва."
                 "Про це повідомила пресслужба литовського президента. Ґітанас Науседа зустрінеться з президентом "
                 "України.\n")


def test_a_known_person_read_twice_is_one_record_named_as_the_page_writes_him(tmp_path):
    plan = plan_of(tmp_path, _TWO_READINGS, "uk")
    people = [c for c in plan.changes if c.kind == "person"]
    assert [c.id for c in people] == ["person:gitanas-nauseda"]
    assert people[0].doc["name"] == {"uk": {"text": "Ґітанас Науседа", "basis": "source"}}
    [trip] = [c for c in plan.changes if c.kind == "visit"]
    assert [p["person"] for p in trip.doc["people"]] == ["person:gitanas-nauseda"]


def test_near_miss_two_known_people_stay_two(tmp_path):
    text = ("Президент Литовської Республіки Ґітанас Науседа прибув 28 червня 2023 року з візитом до Києва. "
            "Президент Латвії Едгарс Рінкевичс прибув 24 листопада 2023 року з візитом до Києва.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert sorted(c.id for c in plan.changes if c.kind == "person") == ["person:edgars-rinkevics",
                                                                       "person:gitanas-nauseda"]
    assert sorted(len(c.doc["people"]) for c in plan.changes if c.kind == "visit") == [1, 1]


def test_a_held_trip_by_a_name_one_letter_from_a_known_person_names_that_person_for_a_check(tmp_path):
    """As a written record's person would be (`People._one_letter_apart`): never certain."""
    plan = plan_of(tmp_path, "Latvian President Edgars Rikevics arrived in Kyiv on 24 November.\n", "en")
    [held] = plan.held
    [person] = held.doc["people"]
    assert (person["person"], person["certain"], person["written"]) == ("person:edgars-rinkevics", False,
                                                                        "Edgars Rikevics")


def test_near_miss_a_held_trip_by_an_unknown_name_names_nobody_in_the_store(tmp_path):
    plan = plan_of(tmp_path, "Latvian President Edgars Zinkevskis arrived in Kyiv on 24 November.\n", "en")
    [held] = plan.held
    assert [p["person"] for p in held.doc["people"]] == [None]
