"""A news theme's publication stamp with the month cut to its first letters, beside its clock ("11:06 Чер 28, 2023",
found on the opened hold-out 413), is the page's day; the site's own date box above it ("• Нд. Лис 24th, 2024",
today's date on every page of the site, without a clock) is not (stop 23, v23-visits).
"""

from __future__ import annotations

from tests.importkit import plan_of, trips

_PAGE = ("• Нд. Лис 24th, 2024\n\nПрезидент Литви прибув до Києва з візитом\n\n{stamp}\n\n"
         "Сьогодні, 28 червня, президент Литви Гітанас Науседа прибув до Києва з неанонсованим візитом.\n")


def test_uk_a_stamp_with_a_cut_month_beside_its_clock_dates_the_page(tmp_path):
    assert trips(plan_of(tmp_path, _PAGE.format(stamp="11:06 Чер 28, 2023"), "uk")) == {("lt", "ua", "2023-06-28")}


def test_ru_the_day_first_stamp_with_a_cut_month(tmp_path):
    text = _PAGE.format(stamp="11:06 28 июн. 2023").replace(
        "Сьогодні, 28 червня, президент Литви Гітанас Науседа прибув до Києва з неанонсованим візитом.",
        "Сегодня, 28 июня, президент Литвы Гитанас Науседа прибыл в Киев.")
    assert trips(plan_of(tmp_path, text, "ru")) == {("lt", "ua", "2023-06-28")}


def test_uk_the_sites_date_box_alone_dates_nothing(tmp_path):
    assert trips(plan_of(tmp_path, _PAGE.format(stamp=""), "uk")) == {("lt", "ua", None)}


def test_uk_a_cut_month_without_a_clock_is_no_stamp(tmp_path):
    assert trips(plan_of(tmp_path, _PAGE.format(stamp="Чер 28, 2023"), "uk")) == {("lt", "ua", None)}
