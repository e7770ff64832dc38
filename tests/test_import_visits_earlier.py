"""The trip a news item recalls as the last one before its own (stop 23, v23-visits), found on the opened hold-out
225: "Напомним: последний раз президент Литвы посещал Киев с визитом 28-го июня." A reminder's opening word does not
hide "the last time", a day written as an ordinal ("28-го июня") is that day, and a trip told as the last one is its
own row, never a second day of the page's trip. Beside the near misses.
"""

from __future__ import annotations

from data.importer.dates import find_dates
from data.importer.plan import Plan
from tests.importkit import plan_of, trips

_PAGE = ("Президент Литвы прибыл в Киев\n\n"
         "Сегодня, 23-го августа, президент Литвы Гитанас Науседа прибыл в Киев.\n\n"
         "{reminder}\n")


def held_days(plan: Plan) -> list[str | None]:
    return sorted(str(c.doc.get("date_as_written")) for c in plan.held if c.doc["kind"] == "visit")


def test_ru_the_last_trip_recalled_after_a_reminder_word_is_its_own_held_trip(tmp_path):
    plan = plan_of(tmp_path, _PAGE.format(reminder="Напомним: последний раз президент Литвы посещал Киев с визитом "
                                                   "28-го июня."), "ru")
    assert held_days(plan) == ["28-го июня", "Сегодня"]
    assert all(c.action != "conflict" for c in plan.held)


def test_uk_the_same_with_nagadaiemo(tmp_path):
    text = ("Президент Литви прибув до Києва\n\n"
            "Сьогодні, 23 серпня, президент Литви Гітанас Науседа прибув до Києва.\n\n"
            "Нагадаємо, востаннє президент Литви відвідав Київ 28 червня.\n")
    assert held_days(plan_of(tmp_path, text, "uk")) == ["23 серпня", "28 червня"]


def test_ru_an_office_alone_without_the_last_time_is_no_second_trip(tmp_path):
    plan = plan_of(tmp_path, _PAGE.format(reminder="Напомним: президент Литвы хотел бы посетить Одессу."), "ru")
    assert trips(plan) == {("lt", "ua", None)}
    assert held_days(plan) == ["Сегодня"]


def test_ru_an_ordinal_day_keeps_its_day():
    assert [str(f.range) for f in find_dates("28-го июня 2023 года", "ru")] == ["2023-06-28"]
    assert [str(f.range) for f in find_dates("1-га траўня 2020 года", "be")] == ["2020-05-01"]


def test_ru_a_count_before_a_month_is_no_ordinal_day():
    assert [str(f.range) for f in find_dates("в 2023 году, 28-ми июня", "ru")] == ["2023"]


# --- the imperfective past of a trip: one made before the page's, with its month ------------------------------

_BEFORE = ("Президент Литвы прибыл в Киев\n\n"
           "В День государственности Украины президент Литвы Гитанас Науседа прибыл с визитом в Киев.\n\n"
           "Науседа {verb} в Украину вместе со своими коллегами из Польши, Латвии и Эстонии в середине апреля.\n")


def test_ru_the_imperfective_past_with_a_month_is_an_earlier_trip_of_its_own(tmp_path):
    plan = plan_of(tmp_path, _BEFORE.format(verb="приезжал"), "ru")
    assert held_days(plan) == ["None", "в середине апреля"]


def test_ru_the_same_trip_to_come_is_no_second_trip(tmp_path):
    plan = plan_of(tmp_path, _BEFORE.format(verb="приедет"), "ru")
    assert held_days(plan) == ["None"]


def test_a_part_of_a_month_is_that_month():
    from data.importer.dateline import months_alone

    assert months_alone("в середине апреля", "ru") == [(4, "в середине апреля")]
    assert months_alone("на початку травня", "uk") == [(5, "на початку травня")]
    assert months_alone("в середине 2023 года", "ru") == []
