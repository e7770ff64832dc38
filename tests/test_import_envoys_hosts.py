"""Whose envoy where, when the title's own phrase names a host we do not know, on small pages we wrote ourselves,
each beside the near miss that must stay read.

A name before its title ("NAME призначили послом України в Об'єднаних Арабських Еміратах") with the host after the
title: a capitalised word after a preposition of place that is no place we know is a state outside the four, so the
posting is dropped rather than given the page's other state (as the name after its title already was: "Послом
Латвии в Италии является NAME").
"""

from __future__ import annotations

from tests.importkit import envoy_rows, plan_of

UA, LV = "country:ua", "country:lv"


def test_uk_a_name_before_its_title_posted_to_an_unknown_state_is_no_posting_of_the_pair(tmp_path):
    text = ("Зеленський змінив послів України в Латвії та інших країнах.\n"
            "Дмитра Сеніка призначили послом України в Об'єднаних Арабських Еміратах, а також у Королівстві "
            "Бахрейн за сумісництвом.\n")
    assert envoy_rows(plan_of(tmp_path, text, "uk")) == []


def test_uk_a_name_before_its_title_posted_to_the_pairs_state_is_read(tmp_path):
    # near miss: the host after the title is a place we know, in its long form
    text = ("Зеленський змінив послів України в Латвії та інших країнах.\n"
            "Анатолія Куцевола призначили послом України в Латвійській Республіці.\n")
    assert [(row[0], row[1], row[2]) for row in envoy_rows(plan_of(tmp_path, text, "uk"))] == [("held", UA, LV)]


def test_en_a_name_before_its_title_posted_to_an_unknown_state_is_no_posting_of_the_pair(tmp_path):
    text = ("Latvia and Ukraine changed ambassadors.\n"
            "Jānis Bērziņš was appointed as the ambassador of Latvia to the United Arab Emirates.\n")
    assert envoy_rows(plan_of(tmp_path, text, "en")) == []


def test_en_a_name_before_its_title_posted_to_the_pairs_state_is_read(tmp_path):
    # near miss: "to Ukraine" is the page's other state
    text = ("Latvia and Ukraine changed ambassadors.\n"
            "Jānis Bērziņš was appointed as the ambassador of Latvia to Ukraine.\n")
    assert [(row[0], row[1], row[2]) for row in envoy_rows(plan_of(tmp_path, text, "en"))] == [("held", LV, UA)]
