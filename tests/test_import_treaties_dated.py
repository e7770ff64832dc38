"""Agreements a sentence names by their day (`dated_documents`), on small pages we wrote ourselves, each
beside a near miss: another age, a decree, two ministries, a third state, an approved draft."""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def treaties(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == "treaty"]


def test_lv_the_day_before_the_declaration(tmp_path):
    text = ("Puses, pamatojoties uz 1991.gada 16.decembra Deklarāciju par labu kaimiņattiecību principiem starp "
            "Latvijas Republiku un Baltkrievijas Republiku, vienojās par sekojošo.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "lv"))
    assert (treaty["kind"], sorted(treaty["parties"]), treaty["signed"]) == \
        ("declaration", ["country:by", "country:lv"], "1991-12-16")


def test_lt_the_day_before_the_declaration_in_the_genitive(tmp_path):
    text = ("Šalys, vadovaudamosi 1991 m. spalio 24 d. Deklaracijos dėl Lietuvos Respublikos ir Baltarusijos "
            "Respublikos geros kaimynystės santykių principų nuostatomis, susitarė.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "lt"))
    assert (treaty["kind"], sorted(treaty["parties"]), treaty["signed"]) == \
        ("declaration", ["country:by", "country:lt"], "1991-10-24")


def test_uk_two_documents_by_their_days_over_hard_wrapped_lines(tmp_path):
    text = ("     Сторони, ґрунтуючись на положеннях Договору про дружбу і\n"
            "співробітництво між Україною і Литовською Республікою від 8 лютого 1994 року і Декларації\n"
            "про перспективи співробітництва між Україною і Литовською Республікою\n"
            "від 28 березня 1995 року, домовились про таке:\n")
    found = sorted((t["kind"], t["signed"]) for t in treaties(plan_of(tmp_path, text, "uk")))
    assert found == [("declaration", "1995-03-28"), ("treaty", "1994-02-08")]


def test_uk_another_age_a_decree_and_ministries_are_none(tmp_path):
    text = ("Сторони відмічають значення Мирного договору між Україною і Литвою від 14 лютого 1921 року.\n"
            "Угоду між Україною та Литвою затверджено Постановою КМ N 742 від 02.06.2004.\n"
            "Сторони сприятимуть виконанню Меморандуму між Міністерством енергетики України та Міністерством "
            "енергетики Литви від 12 жовтня 2017 року.\n")
    assert treaties(plan_of(tmp_path, text, "uk")) == []


def test_ru_a_third_state_in_the_documents_words_is_none(tmp_path):
    text = ("Стороны руководствуются Соглашением между Украиной, Литвой и Польшей от 19 сентября 2014 года.\n")
    assert treaties(plan_of(tmp_path, text, "ru")) == []


def test_lv_approved_drafts_without_a_day_are_none(tmp_path):
    text = ("Akceptēt šādus Latvijas Republikas Valdības un Baltkrievijas Republikas Valdības nolīgumu projektus:\n"
            "1. Nolīgums par sadarbību apkārtējās vides aizsardzības jomā.\n")
    assert treaties(plan_of(tmp_path, text, "lv")) == []


LEGAL_HEAD = ("Угода\n"
              "    між Кабінетом Міністрів України та\n"
              "       Урядом Литовської Республіки\n"
              "           про поїздки громадян\n"
              "\n"
              "( Угоду затверджено Постановою КМ N 742 від 02.06.2004 )\n"
              "\n"
              "     Дата підписання:       25.02.2004\n"
              "     Дата набуття чинності: 07.07.2004\n"
              "\n"
              "     Сторони домовились про таке:\n")


def test_uk_a_legal_databases_head_gives_the_signing_and_the_entry_into_force_apart(tmp_path):
    [treaty] = treaties(plan_of(tmp_path, LEGAL_HEAD, "uk"))
    assert (treaty["kind"], sorted(treaty["parties"]), treaty["signed"], treaty["in_force"]) == \
        ("agreement", ["country:lt", "country:ua"], "2004-02-25", "2004-07-07")


def test_uk_a_legal_head_of_two_ministries_or_of_a_law_is_none(tmp_path):
    ministries = LEGAL_HEAD.replace("Кабінетом Міністрів України", "Міністерством освіти України")
    law = LEGAL_HEAD.replace("Угода\n", "Закон\n", 1)
    assert treaties(plan_of(tmp_path, ministries, "uk")) == []
    (tmp_path / "law").mkdir()
    assert treaties(plan_of(tmp_path / "law", law, "uk")) == []
