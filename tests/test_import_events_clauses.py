"""Recognitions and relations whose sentence holds other dates, on small pages we wrote ourselves, each beside
a near miss: a recognition takes the date after the recognised state, not the relations' date that opens the
sentence; a mutual recognition in English is one each way, dated by its own clause (or the clause its "when"
hangs on), never by a treaty's date in the next clause."""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def events(plan: Plan) -> list[tuple[str, list[str], str]]:
    return [(c.doc["kind"], c.doc["parties"], c.doc["date"]) for c in plan.changes if c.kind == "event"]


LT, UA = "country:lt", "country:ua"


def test_lt_the_recognition_takes_its_own_date_not_the_relations(tmp_path):
    text = ("Santykiai\n\nDiplomatiniai santykiai tarp valstybių oficialiai užmegzti 1991 m. gruodžio 12 d., "
            "netrukus po to, kai Lietuva pripažino Ukrainos nepriklausomybę (1991 m. gruodžio 3 d.), tačiau "
            "kontaktai siekia LDK laikus.\n")
    assert sorted(events(plan_of(tmp_path, text, "lt"))) == [("diplomatic-relations", [LT, UA], "1991-12-12"),
                                                             ("recognition", [LT, UA], "1991-12-03")]


def test_lv_a_recognition_with_one_date_keeps_it(tmp_path):
    text = "Atzīšana\n\nBaltkrievija 1991. gada 27. decembrī Latvijas neatkarību atzina.\n"
    assert events(plan_of(tmp_path, text, "lv")) == [("recognition", ["country:by", "country:lv"], "1991-12-27")]


def test_en_a_mutual_recognition_is_one_each_way_dated_by_the_clause_its_when_hangs_on(tmp_path):
    text = ("Relations\n\nLithuanian-Ukrainian relations are bilateral diplomatic relations between Lithuania and "
            "Ukraine, officially established in 1991, when both sides recognized each other's independence.\n")
    assert sorted(events(plan_of(tmp_path, text, "en"))) == [("diplomatic-relations", [LT, UA], "1991"),
                                                             ("recognition", [LT, UA], "1991"),
                                                             ("recognition", [UA, LT], "1991")]


def test_en_a_mutual_recognition_is_never_dated_by_a_treaty_in_the_next_clause(tmp_path):
    text = ("Relations\n\nBoth sides recognized each other's independence long ago, and Lithuania and Ukraine "
            "signed a treaty on 8 February 1994.\n")
    assert [e for e in events(plan_of(tmp_path, text, "en")) if e[0] == "recognition"] == []
