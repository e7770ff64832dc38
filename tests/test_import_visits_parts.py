"""A trip read from its parts (`data.importer.travels`): a word of travel, where to, and a traveller named
with their office's country, in any order and language; on small pages we wrote ourselves. Each of the
first tests was a trip missed before; the last ones are guards that a wrong trip stays out.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of, trips


def held(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.held if c.doc["kind"] == "visit"]


def test_en_two_travellers_of_two_countries_are_two_trips_dated_by_the_address(tmp_path):
    text = ("Lithuanian Foreign Minister Kęstutis Budrys and Latvian Foreign Minister Baiba Braže came to "
            "Kyiv on 3 March.\n")
    plan = plan_of(tmp_path, text, "en", url="https://example.com/news/2025/03/03/ministers-kyiv")
    assert trips(plan) == {("lt", "ua", "2025-03-03"), ("lv", "ua", "2025-03-03")}


def test_en_the_office_of_a_country_after_its_possessive_and_no_year_is_held(tmp_path):
    text = "The foreign minister of Latvia's neighbour Lithuania, Gabrielius Landsbergis, arrived in Minsk on Oct. 2.\n"
    plan = plan_of(tmp_path, text, "en")
    assert trips(plan) == {("lt", "by", None)}
    [trip] = held(plan)
    assert trip["date_as_written"] == "Oct. 2"


def test_uk_arrival_with_a_weekday_and_day_takes_the_year_of_the_address(tmp_path):
    text = "Прем'єр-міністр України Денис Шмигаль у четвер, 6 березня, прибув з візитом до Риги.\n"
    plan = plan_of(tmp_path, text, "uk", url="https://example.ua/news/2025/03/06/123456/")
    assert trips(plan) == {("ua", "lv", "2025-03-06")}


def test_uk_a_sunday_counted_from_the_stamp_at_the_head_of_the_page(tmp_path):
    text = ("10:15 02.02.2025\n"
            "Голова Верховної Ради України Руслан Стефанчук в неділю прибув до Вільнюса.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert trips(plan) == {("ua", "lt", "2025-02-02")}


def test_ru_a_host_named_beside_the_guest_is_no_traveller(tmp_path):
    text = ("Министр иностранных дел Литвы Линас Линкявичюс прибыл в Минск, где встретится с "
            "министром иностранных дел Беларуси Владимиром Макеем.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert trips(plan) == {("lt", "by", None)}


def test_uk_our_state_on_a_ukrainian_page_is_ukraine(tmp_path):
    text = "У нашій державі з робочим візитом перебуває Прем'єр-міністр Литовської Республіки Інгріда Шимоніте.\n"
    plan = plan_of(tmp_path, text, "uk")
    assert trips(plan) == {("lt", "ua", None)}


def test_en_a_surname_after_an_adverb_is_the_traveller_and_a_month_is_a_date(tmp_path):
    text = ("President of Latvia Edgars Rinkēvičs arrived in Kyiv on Tuesday morning.\n"
            "Previously Rinkēvičs visited Ukraine in May 2024.\n")
    plan = plan_of(tmp_path, text, "en")
    assert ("lv", "ua", "2024-05") in trips(plan)


def test_prepared_invited_or_talked_about_trips_are_none(tmp_path):
    text = ("Latvian Foreign Minister Edgars Rinkēvičs said the visit of Belarusian President Alexander "
            "Lukashenko to Riga is being prepared.\n"
            "Президент Литвы Гитанас Науседа пригласил президента Украины Владимира Зеленского посетить Вильнюс.\n")
    assert trips(plan_of(tmp_path, text, "en")) == set()


def test_a_trip_to_a_third_country_or_within_ones_own_is_none(tmp_path):
    text = ("Lithuanian President Gitanas Nausėda arrived in Warsaw on 5 May 2024.\n"
            "Ukrainian President Volodymyr Zelensky arrived in Lviv on 6 May 2024.\n")
    assert trips(plan_of(tmp_path, text, "en")) == set()


def test_ru_a_month_told_in_the_past_takes_the_dateline_year_and_a_relative_clause_is_another_act(tmp_path):
    text = ("12 августа, Вильнюс /Корр./. Министр иностранных дел Литвы рассказал о переговорах.\n"
            "Он напомнил, что в мае Украину посетил президент Литвы Гитанас Науседа, который пригласил "
            "коллегу посетить Вильнюс.\n")
    plan = plan_of(tmp_path, text, "ru", url="https://example.by/politics/view/peregovory-123456-2024")
    assert trips(plan) == {("lt", "ua", "2024-05")}


def test_a_month_after_the_dateline_told_in_the_past_is_not_this_years(tmp_path):
    text = ("12 августа, Вильнюс /Корр./. Новости.\n"
            "В ноябре Украину посетил президент Литвы Гитанас Науседа.\n")
    plan = plan_of(tmp_path, text, "ru", url="https://example.by/politics/view/novosti-123456-2024")
    assert trips(plan) == {("lt", "ua", None)}


def test_an_envoy_an_opposition_leader_or_a_sportsman_makes_no_states_trip(tmp_path):
    text = ("Латвийский посол в Украине Илгварс Клава посетил Харьков.\n"
            "Лидер белорусской оппозиции Светлана Тихановская прибыла в Вильнюс.\n"
            "Латвийский баскетболист Кристапс Порзиньгис прибыл в Киев.\n")
    assert trips(plan_of(tmp_path, text, "ru")) == set()


def test_lt_an_office_without_a_country_on_a_lithuanian_page_is_lithuanias(tmp_path):
    text = "Užsienio reikalų ministras Gabrielius Landsbergis penktadienį lankosi Kyjive.\n"
    assert trips(plan_of(tmp_path, text, "lt")) == {("lt", "ua", None)}


def test_lv_an_arrival_with_weekday_and_day_on_a_dated_address(tmp_path):
    text = "Lietuvas prezidents Gitanas Nausēda ceturtdien, 16. martā, ieradies Kijivā.\n"
    plan = plan_of(tmp_path, text, "lv", url="https://example.lv/news/2023/03/16/nauseda")
    assert trips(plan) == {("lt", "ua", "2023-03-16")}


def test_ru_the_host_named_first_is_not_the_traveller(tmp_path):
    text = ("Президент Беларуси Александр Лукашенко провел переговоры с премьер-министром Латвии Марисом "
            "Кучинскисом, который прибыл в Минск 1 февраля 2018 года.\n")
    plan = plan_of(tmp_path, text, "ru")
    docs = [c.doc for c in plan.changes if c.kind == "visit"]
    assert all(p.get("person") != "person:alexander-lukashenko" for doc in docs for p in doc["people"])


def test_en_an_agreement_signed_during_a_visit_takes_the_news_items_day_from_its_stamp_or_its_address(tmp_path):
    text = ("10:05 14 Mar 2025\n"
            "Latvian Prime Minister Evika Siliņa met Ukrainian Prime Minister Denys Shmyhal during her visit to Kyiv.\n"
            "Latvia and Ukraine signed an agreement on cooperation in education.\n")
    plan = plan_of(tmp_path, text, "en")
    assert [(c.doc["signed"], c.doc["parties"]) for c in plan.changes if c.kind == "treaty"] == [
        ("2025-03-14", ["country:lv", "country:ua"])]
    no_stamp = text.split("\n", 1)[1]
    (tmp_path / "b").mkdir()
    # the day a news address files its item under is its publication day, and the note says it came from there
    plan = plan_of(tmp_path / "b", no_stamp, "en", url="https://example.com/news/2025/03/14/silina")
    [treaty] = [c for c in plan.changes if c.kind == "treaty"]
    assert treaty.doc["signed"] == "2025-03-14" and "the date in the page's address" in str(treaty.doc["issues"])
    # a month alone in the address is no day
    (tmp_path / "c").mkdir()
    plan = plan_of(tmp_path / "c", no_stamp, "en", url="https://example.com/news/2025/03/silina")
    assert [c for c in plan.changes if c.kind == "treaty"] == []
