"""An honorary consulate is its honorary consul's office: named with its owner and no place, on a page that puts
that state's honorary consul in one city, it is there ("the Honorary Consul of Lithuania in Dniepropetrovsk" ...
"the activities of the Honorary Consulate of Lithuania"); never a consulate a sentence names in general ("states
with an opened Honorary Consulate")."""

from __future__ import annotations

from tests.importkit import plan_of


def honorary(plan) -> set[tuple]:
    return {(c.doc["from"], c.doc["to"], c.doc.get("city")) for c in plan.changes
            if c.kind == "mission" and c.doc["kind"] == "honorary-consulate"}


def test_the_consulate_of_a_state_is_where_the_page_puts_its_honorary_consul(tmp_path):
    text = ("Yesterday the Honorary Consul of Lithuania in Dniepropetrovsk Vitaly Pivnyak met the observers.\n"
            "They spoke of the activities of the Honorary Consulate of Lithuania in this difficult time.\n")
    assert honorary(plan_of(tmp_path, text, "en")) == {("country:lt", "country:ua", "city:dnipro")}


def test_a_consulate_named_in_general_is_none(tmp_path):
    text = ("Vitaliy Antonov, Honorary Consul of Lithuania in Lviv, took part in the congress.\n"
            "The President spoke of relations between Lithuania and a state with an opened Honorary Consulate.\n")
    assert honorary(plan_of(tmp_path, text, "en")) == set()


def test_with_consuls_in_two_cities_the_consulate_is_in_neither(tmp_path):
    text = ("The Honorary Consul of Lithuania in Lviv and the Honorary Consul of Lithuania in Odesa met.\n"
            "They spoke of the activities of the Honorary Consulate of Lithuania in this difficult time.\n")
    assert honorary(plan_of(tmp_path, text, "en")) == set()
