"""An office named with no country on a Ukrainian or Belarusian page is the page's own state's, as on a Latvian or
Lithuanian page (stop 23, v23-visits; found on 510: "Президент Володимир Зеленський 16 жовтня відвідає Латвію"):
only Ukraine writes Ukrainian, only Belarus Belarusian. Not on a Russian page (all four write Russian), and never
for a surname the page names after another state's office.
"""

from __future__ import annotations

from tests.importkit import plan_of, trips


def test_uk_the_president_with_no_country_on_a_ukrainian_page_is_ukraines(tmp_path):
    text = "Новини\n\nПрезидент Володимир Зеленський 16 жовтня 2019 року відвідав Латвію з офіційним візитом.\n"
    assert trips(plan_of(tmp_path, text, "uk")) == {("ua", "lv", "2019-10-16")}


def test_be_the_president_with_no_country_on_a_belarusian_page_is_belaruss(tmp_path):
    text = "Навіны\n\nПрэзідэнт Аляксандр Лукашэнка 16 кастрычніка 2019 года прыбыў у Літву з візітам.\n"
    assert trips(plan_of(tmp_path, text, "be")) == {("by", "lt", "2019-10-16")}


def test_ru_the_same_on_a_russian_page_is_nobodys(tmp_path):
    text = "Новости\n\nПрезидент Владимир Зеленский 16 октября 2019 года посетил Латвию с официальным визитом.\n"
    assert trips(plan_of(tmp_path, text, "ru")) == set()


def test_uk_a_surname_the_page_gives_another_states_office_is_not_ukraines(tmp_path):
    text = ("Новини\n\nПрезидент Литви Гітанас Науседа виступив у Сеймі.\n\n"
            "Президент Гітанас Науседа 16 жовтня 2019 року відвідав Латвію з офіційним візитом.\n")
    assert ("ua", "lv", "2019-10-16") not in trips(plan_of(tmp_path, text, "uk"))
