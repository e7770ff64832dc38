"""Missions, agreements and events as unseen pages tell them (sixth development pages, 860 on), on small pages
we wrote ourselves, each rule beside the near miss that must stay as it was: a mission of a third state in a
city of the four countries, a document of a list signed abroad by many, ...
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def missions(plan: Plan) -> list[tuple]:
    return sorted((c.doc["from"], c.doc["to"], c.doc["kind"], c.doc.get("city"), c.doc.get("opened"))
                  for c in plan.changes if c.kind == "mission")


def treaties(plan: Plan) -> list[tuple]:
    return sorted((c.doc["kind"], tuple(sorted(c.doc["parties"])), c.doc.get("signed"))
                  for c in plan.changes if c.kind == "treaty")


def held_treaties(plan: Plan) -> list[tuple]:
    return sorted(tuple(sorted(h.doc["parties"])) for h in plan.held if h.doc["kind"] == "treaty")


# --- a mission of a third state ---------------------------------------------------------------------

def test_a_russian_consulate_general_in_hrodna_is_no_mission_of_the_four_relations(tmp_path):
    russian = "Генконсульство России открылось в Гродно.\n"
    assert missions(plan_of(tmp_path, russian, "ru")) == []
    lithuanian = "Генконсульство Литвы открылось в Гродно.\n"
    assert missions(plan_of(tmp_path, lithuanian, "ru")) == [("country:lt", "country:by", "consulate-general",
                                                              "city:hrodna", None)]
