"""Missions in the cities the lexicon learned (issue 10), each beside a near miss.

A mission in a city the store lacks becomes a new city record the plan writes, under the city's
established names; a word that only looks like such a city (a surname, a street, a city of a third
country) makes no mission and no city; a city the lexicon does not know leaves the mission unread, as
before (no guess).
"""

from __future__ import annotations

import pytest

from data.importer.places import Places
from data.importer.plan import Plan
from tests.importkit import plan_of


def missions(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == "mission"]


def new_cities(plan: Plan) -> dict[str, dict]:
    return {c.doc["id"]: c.doc for c in plan.changes if c.kind == "city" and c.action == "new"}


def where(plan: Plan) -> set[tuple[str, str, str, str | None]]:
    return {(d["from"], d["to"], d["kind"], d.get("city")) for d in missions(plan)}


def test_lt_a_consulate_in_kharkiv_written_the_older_way_is_a_new_city_record(tmp_path):
    text = ("Charkove lapkričio 18 dieną atidarytas Lietuvos garbės konsulatas.\n"
            "Lietuvos garbės konsulu tapo Charkovo verslininkas Konstantinas Tokarevas.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert where(plan) == {("country:lt", "country:ua", "honorary-consulate", "city:kharkiv")}
    city = new_cities(plan)["city:kharkiv"]
    assert city["country"] == "country:ua"
    assert {lang: form["text"] for lang, form in city["name"].items()} == {
        "en": "Kharkiv", "lv": "Harkiva", "lt": "Charkivas", "ru": "Харьков", "uk": "Харків", "be": "Харкаў"}


def test_lt_a_row_of_consulates_in_plural_and_declined_cities(tmp_path):
    text = "Lietuvoje yra įsteigti trys Ukrainos konsulatai – Klaipėdoje, Šalčininkuose ir Visagine.\n"
    plan = plan_of(tmp_path, text, "lt")
    assert where(plan) == {("country:ua", "country:lt", "consulate", f"city:{key}")
                           for key in ("klaipeda", "salcininkai", "visaginas")}


def test_lt_a_street_named_after_a_city_is_no_mission_there(tmp_path):
    # "Chersono gatvėje" (Kherson Street) in Vilnius: the consulate is in Vilnius, not in Kherson
    text = "Ukrainos konsulatas Vilniuje įsikūręs Chersono gatvėje.\n"
    plan = plan_of(tmp_path, text, "lt")
    assert all(d.get("city") != "city:kherson" for d in missions(plan))
    assert "city:kherson" not in new_cities(plan)


def test_lv_an_honorary_consulate_in_vinnytsia_and_a_street_of_the_same_name(tmp_path):
    text = ("Latvijas goda konsulāts Vinnicā tika atvērts 2019. gada 5. jūlijā.\n"
            "Ukrainas vēstniecība Rīgā atrodas Hersonas ielā.\n")
    plan = plan_of(tmp_path, text, "lv")
    assert ("country:lv", "country:ua", "honorary-consulate", "city:vinnytsia") in where(plan)
    assert all(d.get("city") != "city:kherson" for d in missions(plan))
    assert set(new_cities(plan)) == {"city:vinnytsia"}
    assert new_cities(plan)["city:vinnytsia"]["name"]["lv"]["text"] == "Vinnica"


def test_en_a_consulate_in_a_new_city_and_one_in_a_third_country(tmp_path):
    text = ("Lithuania opened its honorary consulate in Zhytomyr on 3 March 2021.\n"
            "Lithuania also opened an honorary consulate in Batumi, Georgia.\n")
    plan = plan_of(tmp_path, text, "en")
    assert where(plan) == {("country:lt", "country:ua", "honorary-consulate", "city:zhytomyr")}
    assert set(new_cities(plan)) == {"city:zhytomyr"}


def test_uk_a_consulate_in_vinnytsia_and_a_person_named_after_a_city(tmp_path):
    text = ("У Вінниці відкрили Почесне консульство Латвійської Республіки.\n"
            "Почесним консулом призначено вінницького бізнесмена Ігоря Житомирського.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert where(plan) == {("country:lv", "country:ua", "honorary-consulate", "city:vinnytsia")}
    assert set(new_cities(plan)) == {"city:vinnytsia"}
    names = {lang: form["text"] for lang, form in new_cities(plan)["city:vinnytsia"]["name"].items()}
    assert names == {"en": "Vinnytsia", "lv": "Vinnica", "lt": "Vinica", "ru": "Винница", "uk": "Вінниця",
                     "be": "Вінніца"}


def test_uk_a_row_of_new_cities(tmp_path):
    text = "Почесні консульства Литви також діють у Херсоні, Тернополі та Ужгороді.\n"
    plan = plan_of(tmp_path, text, "uk")
    assert where(plan) == {("country:lt", "country:ua", "honorary-consulate", f"city:{key}")
                           for key in ("kherson", "ternopil", "uzhhorod")}


def test_ru_a_consulate_in_mykolaiv_and_a_consul_named_nikolaev(tmp_path):
    text = ("В Николаеве открылось почетное консульство Литвы.\n"
            "Почетным консулом назначен Андрей Николаев.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert where(plan) == {("country:lt", "country:ua", "honorary-consulate", "city:mykolaiv")}
    assert set(new_cities(plan)) == {"city:mykolaiv"}


def test_ru_a_city_the_lexicon_does_not_know_leaves_the_consulate_unread(tmp_path):
    # Kamianske is in no lexicon: no guessed city, and a consulate without its city is no record
    text = "В Каменском открылось почетное консульство Литвы.\n"
    plan = plan_of(tmp_path, text, "ru")
    assert missions(plan) == []
    assert new_cities(plan) == {}


@pytest.mark.parametrize(("text", "lang", "key", "case"), [
    ("Lvove", "lt", "lviv", "loc"), ("Žitomyre", "lt", "zhytomyr", "loc"), ("Užgorode", "lt", "uzhhorod", "loc"),
    ("Ivano Frankivske", "lt", "ivano-frankivsk", "loc"), ("Ternopilyje", "lt", "ternopil", "loc"),
    ("Šiauliuose", "lt", "siauliai", "loc"), ("Panevėžyje", "lt", "panevezys", "loc"),
    ("Alytaus", "lt", "alytus", "gen"), ("Dnipre", "lt", "dnipro", "loc"),
    ("Šauļos", "lv", "siauliai", "loc"), ("Harkovā", "lv", "kharkiv", "loc"), ("Cēsīs", "lv", "cesis", "loc"),
    ("Днепропетровске", "ru", "dnipro", "loc"), ("Кривому Розі", "uk", "kryvyi-rih", "loc"),
    ("Бабруйску", "be", "bobruisk", "loc"),
])
def test_the_declined_forms_pages_write_are_found(text, lang, key, case):
    [mention] = Places.builtin().find(f"konsulāts {text}.", lang)
    assert (mention.place.key, mention.case, mention.text) == (key, case, text)


def test_lookup_folds_without_scanning_and_finds_nothing_for_a_plain_word():
    places = Places.builtin()
    assert places.lookup("CHARKOVE", "lt").place.key == "kharkiv"
    assert places.lookup("konsulatas", "lt") is None


@pytest.mark.parametrize(("text", "cases"), [("Міністр наведаў Вільню ў аўторак.", {"acc"}),
                                             ("Сустрэча адбылася ў Вільні.", {"gen", "loc"}),  # one form, two cases
                                             ("Пасол прыехаў з Вільні.", {"gen", "loc"})])
def test_be_vilnius_by_its_belarusian_name_is_vilnius(text, cases):
    found = Places.builtin().find(text, "be")
    assert [m.place.id for m in found] == ["city:vilnius"] and found[0].case in cases


def test_be_a_word_that_only_begins_like_vilnia_is_no_place():
    assert Places.builtin().find("Вільнасць слова і Вільнянка.", "be") == []


@pytest.mark.parametrize(("text", "place"), [("the Belarussian ambassador was summoned", "country:by"),
                                             ("the Belarusian ambassador was summoned", "country:by"),
                                             ("the Russian ambassador was summoned", "country:ru")])
def test_en_belarus_by_either_spelling_of_its_adjective(text, place):
    assert [(m.place.id, m.case) for m in Places.builtin().find(text, "en")] == [(place, "adj")]


def test_en_latvian_and_lithuanian_cities_written_without_their_marks(tmp_path):
    text = ("Belarus has an honorary consulate in Klaipeda.\n"
            "Ukraine opened an honorary consulate in Liepaja on 5 May 2019.\n")
    assert where(plan_of(tmp_path, text, "en")) == {
        ("country:by", "country:lt", "honorary-consulate", "city:klaipeda"),
        ("country:ua", "country:lv", "honorary-consulate", "city:liepaja")}


def test_en_belarusian_cities_in_their_belarusian_romanisation(tmp_path):
    text = "Latvia has a consulate in Viciebsk.\nLithuania has an honorary consulate in Homiel.\n"
    assert where(plan_of(tmp_path, text, "en")) == {
        ("country:lv", "country:by", "consulate", "city:vitebsk"),
        ("country:lt", "country:by", "honorary-consulate", "city:gomel")}
