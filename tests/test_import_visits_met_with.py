"""Visits told by whom a meeting was held with (stop 23, v23-visits): "по итогам переговоров в Риге с министром
иностранных дел Беларуси NAME", "met in Vilnius with Ukraine's Prime Minister NAME". The guest met where the
meeting was held, whoever the sentence's subject is; each rule on a small page of our own beside its near miss.
Found on the opened hold-out 101 and on 113 and 805 (the same shape in ru and lt); over every development page the
rule adds these three trips and changes nothing else.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of, trips, trips_written


def people(plan: Plan) -> list[str]:
    held = [p["written"] for c in plan.held if c.doc["kind"] == "visit" for p in c.doc["people"]]
    return [*held, *(name for c in plan.changes if c.kind == "visit" for name in c.people)]


# --- talks held at home with a foreign office holder: the guest's trip -----------------------------------------

_TALKS = ("Латвия и Беларусь\n\n"
          "Министр иностранных дел Латвии Эдгарс Ринкевичс 19 июля 2018 года в Риге {verb} с министром иностранных "
          "дел Беларуси Владимиром Макеем.\n")


def test_ru_talks_in_the_hosts_capital_with_a_foreign_minister_are_the_ministers_trip(tmp_path):
    plan = plan_of(tmp_path, _TALKS.format(verb="провел переговоры"), "ru")
    assert trips(plan) == {("by", "lv", "2018-07-19")}


def test_ru_the_partner_after_with_is_never_a_certain_nominative(tmp_path):
    text = ("Литва и Украина\n\nПрезидент Литвы Гитанас Науседа 5 мая 2023 года встретился в Вильнюсе с "
            "премьер-министром Украины Денисом Шмыгалем.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert trips(plan) == {("ua", "lt", "2023-05-05")}
    assert trips_written(plan) == set()  # "Шмыгалем" is the instrumental: the review must read the name


def test_ru_a_phone_call_with_a_foreign_minister_is_no_trip(tmp_path):
    assert trips(plan_of(tmp_path, _TALKS.format(verb="провел телефонный разговор"), "ru")) == set()


def test_ru_a_meeting_to_come_is_no_trip(tmp_path):
    assert trips(plan_of(tmp_path, _TALKS.format(verb="встретится"), "ru")) == set()


def test_ru_talks_in_a_third_country_are_no_trip(tmp_path):
    text = _TALKS.format(verb="провел переговоры").replace("в Риге", "в Брюсселе")
    assert trips(plan_of(tmp_path, text, "ru")) == set()


def test_ru_talks_with_a_foreign_ambassador_are_no_states_trip(tmp_path):
    text = _TALKS.format(verb="провел переговоры").replace("министром иностранных дел Беларуси Владимиром Макеем",
                                                           "послом Беларуси Владимиром Макеем")
    assert trips(plan_of(tmp_path, text, "ru")) == set()


def test_lt_a_meeting_in_minsk_with_the_latvian_prime_minister_is_his_trip(tmp_path):
    text = ("Baltarusija ir Latvija\n\n"
            "A. Lukašenka 2019 m. gruodžio 13 d. Minske per susitikimą su Latvijos premjeru Krišjaniu Kariniu "
            "kalbėjo apie ekonomiką.\n")
    assert trips(plan_of(tmp_path, text, "lt")) == {("lv", "by", "2019-12-13")}


def test_en_met_in_vilnius_with_a_foreign_prime_minister(tmp_path):
    text = ("Lithuania and Ukraine\n\nPresident of Lithuania Gitanas Nausėda met in Vilnius on 5 May 2023 with "
            "Prime Minister of Ukraine Denys Shmyhal.\n")
    assert trips(plan_of(tmp_path, text, "en")) == {("ua", "lt", "2023-05-05")}


def test_en_a_place_after_with_is_not_whom_they_met(tmp_path):
    text = ("Ukraine and Latvia\n\nDmytro Kuleba, Ukraine's Minister of Foreign Affairs, met on 26 April 2024 with "
            "his Latvian counterpart on Saint Michael's Square in Kyiv.\n")
    plan = plan_of(tmp_path, text, "en")
    assert "Saint Michael's Square" not in people(plan)


# --- a news agency's dateline is the day its "today" counts from ------------------------------------------------

_AGENCY = ("19 июля, Минск /Корр. БЕЛТА/. Министр иностранных дел Латвии Эдгарс Ринкевичс сегодня в Риге провел "
           "переговоры с министром иностранных дел Беларуси Владимиром Макеем.\n")


def test_ru_today_in_an_agency_item_counts_from_its_dateline_and_the_addresss_year(tmp_path):
    plan = plan_of(tmp_path, _AGENCY, "ru", url="https://www.belta.by/politics/view/latvija-311066-2018")
    assert trips(plan) == {("by", "lv", "2018-07-19")}


def test_ru_the_same_item_with_no_year_in_its_address_is_held(tmp_path):
    plan = plan_of(tmp_path, _AGENCY, "ru", url="https://www.belta.by/politics/view/latvija-311066")
    assert trips(plan) == {("by", "lv", None)}


# --- "yesterday's initiative": a possessive dates its noun, not the act ----------------------------------------

def test_en_yesterdays_noun_gives_the_trip_no_day(tmp_path):
    text = ("date 2021-07-06 Lithuania and Ukraine\n\n"
            "President of Lithuania Gitanas Nausėda arrived in Kyiv to discuss yesterday's initiative.\n")
    assert ("lt", "ua", "2021-07-05") not in trips(plan_of(tmp_path, text, "en"))


def test_en_yesterday_alone_dates_the_trip(tmp_path):
    text = ("date 2021-07-06 Lithuania and Ukraine\n\n"
            "President of Lithuania Gitanas Nausėda arrived in Kyiv yesterday.\n")
    assert trips(plan_of(tmp_path, text, "en")) == {("lt", "ua", "2021-07-05")}
