"""Agreements on small pages we wrote ourselves: the signing and the entry into force kept apart in
uk, ru and be, and a signing day the next sentence gives (its year from the page's own date)."""

from __future__ import annotations

import pytest

from data.importer.page import boundaries
from data.importer.plan import Plan
from tests.importkit import plan_of


def treaties(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == "treaty"]


@pytest.mark.parametrize(("lang", "text", "parties", "signed", "in_force"), [
    ("uk", "Угода між Україною та Латвією про туризм підписана 23 травня 2008 року, набрала чинності "
           "1 січня 2009 року.\n", ["country:ua", "country:lv"], "2008-05-23", "2009-01-01"),
    ("ru", "Соглашение между Литвой и Беларусью о транзите подписано 5 июня 2009 года и вступило в силу "
           "1 января 2010 года.\n", ["country:lt", "country:by"], "2009-06-05", "2010-01-01"),
    ("be", "Пагадненне паміж Літвой і Беларуссю падпісана 5 чэрвеня 2009 года і ўступіла ў сілу "
           "1 студзеня 2010 года.\n", ["country:lt", "country:by"], "2009-06-05", "2010-01-01"),
])
def test_cyrillic_signing_and_entry_into_force_are_kept_apart(tmp_path, lang, text, parties, signed, in_force):
    [treaty] = treaties(plan_of(tmp_path, text, lang))
    assert (treaty["parties"], treaty["signed"], treaty["in_force"]) == (parties, signed, in_force)


def test_ru_an_entry_into_force_alone_gives_no_signing_date(tmp_path):
    [treaty] = treaties(plan_of(tmp_path, "Соглашение между Латвией и Украиной о туризме вступило в силу "
                                          "1 января 2009 года.\n", "ru"))
    assert "signed" not in treaty and treaty["in_force"] == "2009-01-01"


def test_en_the_next_sentence_dates_the_signing_with_the_year_of_the_dateline(tmp_path):
    text = ("Presidents sign a declaration\n"
            "  • 2007-03-21\n"
            "Latvian and Ukrainian presidents signed a declaration in Riga on energy security.\n"
            "The document, which was signed by both presidents on March 20, was welcomed by the press.\n")
    [treaty] = treaties(plan_of(tmp_path, text, "en"))
    assert (treaty["kind"], treaty["parties"], treaty["signed"]) == ("declaration", ["country:lv", "country:ua"],
                                                                     "2007-03-20")
    assert "next sentence" in treaty["issues"][0]["text"]


def test_en_without_a_page_date_the_next_sentences_day_gives_nothing(tmp_path):
    text = ("Latvian and Ukrainian presidents signed a declaration in Riga on energy security.\n"
            "The document, which was signed by both presidents on March 20, was welcomed by the press.\n")
    assert treaties(plan_of(tmp_path, text, "en")) == []


def test_a_month_abbreviation_before_a_day_ends_no_sentence():
    line = "It was signed on Nov. 14 in Kyiv. The talks went on."
    assert boundaries(line) == [line.index("The")]
