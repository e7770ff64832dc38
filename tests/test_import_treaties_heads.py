"""A page that is the document itself, on small pages we wrote ourselves, each beside a near miss: a treaty's
text opens with its title in capitals (held without a day, which such a head does not give); a joint
statement's page opens with a title that ends in "joint statement" and its day. Not a title of ministries,
of three states, a line of prose telling of a statement, or a title in capitals that names no document."""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def written(plan: Plan) -> list[tuple[str, str | None, list[str]]]:
    return [(c.doc["kind"], c.doc.get("signed"), sorted(c.doc["parties"])) for c in plan.changes if c.kind == "treaty"]


def held(plan: Plan) -> list[tuple[str, list[str]]]:
    return [(c.doc["treaty"], c.doc["parties"]) for c in plan.held if c.doc["kind"] == "treaty"]


BY_LT = ["country:by", "country:lt"]
TREATY_TEXT = ("LIETUVOS RESPUBLIKOS IR BALTARUSIJOS RESPUBLIKOS\n\nSUTARTIS\n\n"
               "DĖL GEROS KAIMYNYSTĖS IR BENDRADARBIAVIMO*\n\n"
               "Lietuvos Respublika ir Baltarusijos Respublika, toliau vadinamos Šalimis, susitarė.\n")


def test_lt_a_treatys_capital_title_is_held_without_a_day(tmp_path):
    assert held(plan_of(tmp_path, TREATY_TEXT, "lt")) == [("treaty", BY_LT)]


def test_lt_a_capital_title_of_three_states_or_of_no_document_is_none(tmp_path):
    three = TREATY_TEXT.replace("IR BALTARUSIJOS RESPUBLIKOS", "LATVIJOS RESPUBLIKOS IR BALTARUSIJOS RESPUBLIKOS")
    no_document = TREATY_TEXT.replace("SUTARTIS", "SANTYKIAI")
    for text in (three, no_document):
        plan = plan_of(tmp_path, text, "lt")
        assert (held(plan), written(plan)) == ([], [])


JOINT = ("Lietuvos Respublikos Prezidentas\n\n"
         "Lietuvos Respublikos Prezidentės Dalios Grybauskaitės ir Ukrainos Prezidento Petro Porošenkos bendras "
         "pareiškimas\n\n2016-12-12\n\nMūsų valstybės bendradarbiauja.\n")


def test_lt_a_joint_statements_title_and_head_day_date_it(tmp_path):
    assert written(plan_of(tmp_path, JOINT, "lt")) == [("declaration", "2016-12-12", ["country:lt", "country:ua"])]


def test_lt_a_sentence_telling_of_a_joint_statement_is_not_a_title(tmp_path):
    text = JOINT.replace("bendras pareiškimas\n", "bendras pareiškimas buvo aptartas\n")
    assert text != JOINT
    assert written(plan_of(tmp_path, text, "lt")) == []


def test_en_a_last_line_telling_of_a_signed_joint_statement_is_prose_not_a_title(tmp_path):
    text = ("Presidents sign in Vilnius\n  • 2024-01-10\nIn the framework of the official visit, the President of "
            "Ukraine and the President of Lithuania signed a Joint Statement\n")
    assert written(plan_of(tmp_path, text, "en")) == [("declaration", "2024-01-10", ["country:lt", "country:ua"])]
