"""A trip told by the surname alone as a visit made (stop 23, v23-visits): "The signing took place within the framework
of Grybauskaite's official visit to Ukraine" (found on the opened hold-out 091) is the trip of the person the page
names in full with her office, held when the page gives no day; a visit only awaited ("Лукашенко ждут с визитом в
Риге") is none.
"""

from __future__ import annotations

from tests.importkit import plan_of, trips

_EN = ("Ukraine and Lithuania agree on cooperation\n\n"
       "The agreements were signed in presence of President Petro Poroshenko and President of the Republic of "
       "Lithuania Dalia Grybauskaite.\n\n"
       "{sentence}\n")


def test_en_a_deed_done_within_a_visit_told_by_a_possessive_surname(tmp_path):
    text = _EN.format(sentence="The signing took place within the framework of Grybauskaite's official visit to "
                               "Ukraine.")
    assert trips(plan_of(tmp_path, text, "en")) == {("lt", "ua", None)}


def test_en_the_visit_only_named_is_no_trip(tmp_path):
    text = _EN.format(sentence="Grybauskaite's official visit to Ukraine is being prepared.")
    assert trips(plan_of(tmp_path, text, "en")) == set()


_RU = ("Лукашенко и Латвия\n\n"
       "Президент Беларуси Александр Лукашенко встретился с журналистами.\n\n"
       "{sentence}\n")


def test_ru_a_visit_awaited_is_no_trip(tmp_path):
    text = _RU.format(sentence="Экс-президент напомнил, что Лукашенко ждут с визитом в Риге.")
    assert trips(plan_of(tmp_path, text, "ru")) == set()


def test_ru_a_visit_made_is_one(tmp_path):
    text = _RU.format(sentence="Лукашенко в рамках визита в Ригу подписал договор.")
    assert trips(plan_of(tmp_path, text, "ru")) == {("by", "lv", None)}
