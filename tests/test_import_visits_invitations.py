"""Visits as unseen news tells them, second pass (w6-visits): each rule a general one of the language or the genre,
on a small page of our own, beside its near miss that must stay unread or read otherwise. Every rule here fails on
the code before it (main at 808e0de).
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of, trips, trips_written


def held_quotes(plan: Plan) -> list[str]:
    return [cite["quote"] for c in plan.held if c.doc["kind"] == "visit" for cite in c.doc.get("citations", [])]


# --- a day without a year in an arrival's sentence takes the page's own year (ru, uk) -----------------------------

_ARRIVAL = ("{stamp}В Украину 18 июня с официальным визитом прибыла глава Сейма Литвы Виктория Чмилите-Нильсен.\n"
            "Об этом сообщила заместитель председателя Верховной Рады.\n")


def test_ru_an_arrival_on_a_day_without_a_year_takes_the_pages_year(tmp_path):
    plan = plan_of(tmp_path, _ARRIVAL.format(stamp=" date 2024-06-18\n"), "ru")
    assert trips(plan) == {("lt", "ua", "2024-06-18")}


def test_ru_the_same_arrival_on_a_page_without_a_date_is_held(tmp_path):
    plan = plan_of(tmp_path, _ARRIVAL.format(stamp=""), "ru")
    assert trips(plan) == {("lt", "ua", None)} and trips_written(plan) == set()


def test_ru_the_same_day_far_from_the_pages_date_is_held(tmp_path):
    plan = plan_of(tmp_path, _ARRIVAL.format(stamp=" date 2024-01-10\n"), "ru")
    assert trips_written(plan) == set()


# --- the state named as "the Latvian Republic": the object of "visited" (uk, ru) ----------------------------------

_REPUBLIC = (" date 2015-11-06\n"
             "5 – 6 листопада Прем’єр-міністр України Арсеній Яценюк {verb} з робочим візитом на запрошення своєї "
             "латвійської колеги Лаймдоти Страуюми.\n")


def test_uk_visited_the_latvian_republic_is_a_trip_there(tmp_path):
    plan = plan_of(tmp_path, _REPUBLIC.format(verb="відвідав Латвійську Республіку"), "uk")
    assert trips(plan) == {("ua", "lv", "2015-11-05/2015-11-06")}


def test_uk_the_latvian_colleague_alone_is_no_destination(tmp_path):
    plan = plan_of(tmp_path, _REPUBLIC.format(verb="провів переговори"), "uk")
    assert trips(plan) == set()


# --- an act abroad told by the surname alone of a person the page names in full beside their office (ru) ----------

_ACT = ("Министр иностранных дел Белоруссии Владимир Макей заявил, что стороны будут работать над визитами.\n\n"
        "В четверг в {city} {who} провел переговоры с латвийским коллегой Эдгаром Ринкевичем.\n")


def test_ru_talks_held_in_riga_by_the_belarusian_minister_named_by_surname_are_his_trip(tmp_path):
    plan = plan_of(tmp_path, _ACT.format(city="Риге", who="Макей"), "ru")
    assert trips(plan) == {("by", "lv", None)}
    assert held_quotes(plan) == ["В четверг в Риге Макей провел переговоры с латвийским коллегой Эдгаром Ринкевичем."]


def test_ru_the_same_talks_at_home_are_no_trip_of_the_host(tmp_path):
    # the Belarusian minister at home makes no trip; the Latvian colleague he held talks with in Minsk came there
    # (`presence.met_with`, stop 23)
    assert trips(plan_of(tmp_path, _ACT.format(city="Минске", who="Макей"), "ru")) == {("lv", "by", None)}


def test_ru_the_surname_declined_is_the_one_met_not_the_doer(tmp_path):
    text = _ACT.format(city="Риге", who="с Макеем").replace("с латвийским коллегой Эдгаром Ринкевичем",
                                                          "латвийский министр")
    assert trips(plan_of(tmp_path, text, "ru")) == set()


def test_ru_a_country_word_far_from_the_name_gives_no_office_for_an_act(tmp_path):
    text = ("Латвийская сторона будет прорабатывать возможность визита президента Александра Лукашенко.\n\n"
            "В четверг в Минске Лукашенко провел переговоры с министром.\n")
    assert trips(plan_of(tmp_path, text, "ru")) == set()


# --- a traveller named by a pronoun in the sentence after the one that names him (en) ----------------------------

_PRONOUN = (" date 2025-06-09\n"
            "Lithuania's Foreign Minister Kęstutis Budrys arrived in Kyiv on Monday 9 June for a working visit.\n\n"
            "This is {who} third visit to Ukraine since assuming the post of foreign minister. "
            "His most recent visit took place on {when}.\n")


def test_en_his_earlier_visit_the_sentence_after_his_name_tells_with_its_date(tmp_path):
    plan = plan_of(tmp_path, _PRONOUN.format(who="Budrys’s", when="1 April 2025"), "en")
    assert trips(plan) == {("lt", "ua", "2025-06-09"), ("lt", "ua", "2025-04-01")}


def test_en_his_visit_after_a_sentence_naming_nobody_is_not_read(tmp_path):
    plan = plan_of(tmp_path, _PRONOUN.format(who="the minister's", when="1 April 2025"), "en")
    assert trips(plan) == {("lt", "ua", "2025-06-09")}


def test_en_his_visit_without_a_date_of_its_own_adds_nothing(tmp_path):
    plan = plan_of(tmp_path, _PRONOUN.format(who="Budrys’s", when="in spring"), "en")
    assert trips(plan) == {("lt", "ua", "2025-06-09")}


# --- a trip made at someone's invitation is made: the invitation accepted offers nothing ----------------------------

_INVITED = " date 2025-07-15\n{text}\n"


def test_ru_a_visit_set_off_at_the_invitation_of_the_host_is_a_trip(tmp_path):
    text = ("Премьер-министр Латвии Эвика Силиня сегодня отправилась с рабочим визитом в Украину по приглашению "
            "ее президента.")
    assert trips(plan_of(tmp_path, _INVITED.format(text=text), "ru")) == {("lv", "ua", "2025-07-15")}


def test_ru_an_invitation_to_visit_is_still_no_trip(tmp_path):
    text = "Президент Украины пригласил премьер-министра Латвии Эвику Силиню посетить Украину с рабочим визитом."
    assert trips(plan_of(tmp_path, _INVITED.format(text=text), "ru")) == set()


def test_lt_visited_kyiv_at_the_invitation_of_a_colleague_is_a_trip(tmp_path):
    text = "Užsienio reikalų ministras Gabrielius Landsbergis šiandien lankosi Kyjive Ukrainos kolegos kvietimu."
    assert trips(plan_of(tmp_path, _INVITED.format(text=text), "lt")) == {("lt", "ua", "2025-07-15")}


def test_lt_invited_to_visit_is_still_no_trip(tmp_path):
    text = "Ukrainos kolega šiandien pakvietė užsienio reikalų ministrą Gabrielių Landsbergį apsilankyti Kyjive."
    assert trips(plan_of(tmp_path, _INVITED.format(text=text), "lt")) == set()


# --- an announced trip ("завітає") is none; the earlier one the page tells by the office alone is held -----------

_ANNOUNCED = ("Прем’єр-міністерка Литви Інгріда Шимоніте напередодні Дня Незалежності завітає до Києва з офіційним "
              "візитом.\n"
              "{last} прем'єрка Литви приїздила в Україну у листопаді минулого року.\n")


def test_uk_will_drop_in_is_announced_and_the_last_trip_is_held_with_its_own_quote(tmp_path):
    plan = plan_of(tmp_path, _ANNOUNCED.format(last="Востаннє"), "uk")
    assert held_quotes(plan) == ["Востаннє прем'єрка Литви приїздила в Україну у листопаді минулого року."]
    assert trips_written(plan) == set()


def test_uk_an_office_alone_not_told_as_the_last_trip_is_not_held(tmp_path):
    plan = plan_of(tmp_path, _ANNOUNCED.format(last="Тоді"), "uk")
    assert held_quotes(plan) == []


# --- a plural of several states' ministers: each the one holder the page names in that office ---------------------

_PLURAL = ("В Киев с визитом {verb} министры иностранных дел Литвы, Латвии, Эстонии и Финляндии.\n"
           "Совместное фото выложил министр иностранных дел Латвии Эдгарс Ринкевичс.\n")


def test_ru_ministers_of_several_states_arrived_each_named_holder_is_a_traveller(tmp_path):
    assert trips(plan_of(tmp_path, _PLURAL.format(verb="прибыли"), "ru")) == {("lv", "ua", None)}


def test_ru_ministers_of_several_states_who_will_arrive_are_none(tmp_path):
    assert trips(plan_of(tmp_path, _PLURAL.format(verb="прибудут"), "ru")) == set()


def test_en_foreign_ministers_of_several_states_arrived(tmp_path):
    text = (" date 2022-11-28\nThe foreign ministers of Lithuania, Latvia and Estonia arrived in Kyiv today.\n"
            "Latvian Foreign Minister Edgars Rinkēvičs posted a photo from the train.\n")
    assert trips(plan_of(tmp_path, text, "en")) == {("lv", "ua", "2022-11-28")}


# --- a visit made ("здійснила візит", "paid a visit") is a trip; one to be made is not --------------------------------

_MADE = "Прем’єр-міністр Литви Інга Ругінене {verb} свій перший закордонний візит після вступу на посаду до Києва.\n"


def test_uk_made_her_first_visit_to_kyiv_is_a_trip(tmp_path):
    assert trips(plan_of(tmp_path, _MADE.format(verb="здійснила"), "uk")) == {("lt", "ua", None)}


def test_uk_will_make_her_first_visit_is_none(tmp_path):
    assert trips(plan_of(tmp_path, _MADE.format(verb="здійснить"), "uk")) == set()


def test_ru_a_holder_read_from_a_country_word_further_off_travels_with_no_plural(tmp_path):
    text = ("Латвийская сторона будет прорабатывать возможность визита президента Александра Лукашенко.\n"
            "В Киев с визитом прибыли президенты Литвы, Латвии и Эстонии.\n")
    assert trips(plan_of(tmp_path, text, "ru")) == set()
