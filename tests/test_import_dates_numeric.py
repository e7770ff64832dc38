"""A day written in figures, day first with dots ("05.05.2019", "05.05.2019 р."), is a day in Russian,
Ukrainian and Belarusian text as in Latvian: before, only Latvian read it, and "05.05.2019 р." came out as
the year 2019 alone."""

from __future__ import annotations

import pytest

from data.importer.dates import find_dates
from tests.importkit import plan_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Договор подписан 05.05.2019 в Минске."),
    ("uk", "Угоду підписано 05.05.2019 р. у Києві."),
    ("be", "Пагадненне падпісана 05.05.2019 г. у Мінску."),
])
def test_a_cyrillic_page_reads_a_day_in_figures(lang, text):
    assert [str(found.date) for found in find_dates(text, lang)] == ["2019-05-05"]


@pytest.mark.parametrize("text", ["Договор подписан 05.05 в Минске.", "в 2019.05 году", "тираж 105.05.2019"])
def test_near_miss_figures_that_are_no_full_day_give_none(text):
    assert [str(found.date) for found in find_dates(text, "ru")] == []


def test_an_agreement_signed_on_a_day_in_figures_gets_that_day(tmp_path):
    text = ("Угоду між Україною та Литовською Республікою про співробітництво у сфері освіти підписано "
            "05.05.2019 р. у Києві.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert [c.doc.get("signed") for c in plan.changes if c.kind == "treaty"] == ["2019-05-05"]


def test_a_decrees_day_after_an_agreement_is_not_the_agreements(tmp_path):
    """'Угоду … затверджено Постановою … від DAY': the day is the decree's, in words as in figures."""
    text = ("Угоду між Україною та Литвою затверджено Постановою Кабінету Міністрів від 2 червня 2004 року.\n"
            "Угоду між Україною та Литвою затверджено Постановою КМ N 742 від 02.06.2004.\n")
    assert [c for c in plan_of(tmp_path, text, "uk").changes if c.kind == "treaty"] == []


def test_near_miss_an_agreement_dated_by_its_own_of_day_is_read(tmp_path):
    text = "Сторони керуються Угодою між Україною та Литовською Республікою від 02.06.2004.\n"
    plan = plan_of(tmp_path, text, "uk")
    assert [c.doc.get("signed") for c in plan.changes if c.kind == "treaty"] == ["2004-06-02"]
