"""Missions as news pages tell them, on small pages we wrote ourselves, each shape beside the near miss
that must stay unread: a general word for a mission, an embassy away from its seat after an evacuation,
a mission still to come, the city a mission "has opened in", the day a mission closed, and a city the
store holds under another id.
"""

from __future__ import annotations

import json

from data.importer.places import Places
from data.importer.plan import Plan
from data.importer.write import base_tables
from data.store import Store, decode_tables
from tests.importkit import plan_of


def missions(plan: Plan) -> list[tuple]:
    return sorted((c.doc["from"], c.doc["to"], c.doc["kind"], c.doc.get("city"), c.doc.get("opened"),
                   c.doc.get("closed")) for c in plan.changes if c.kind == "mission")


LT_UA, LV_BY = ("country:lt", "country:ua"), ("country:lv", "country:by")


# --- a general word: "diplomatic mission", "дипмісія" ---------------------------------------------

def test_a_general_word_in_the_city_of_the_pages_consulate_is_that_consulate_with_its_opening(tmp_path):
    text = ("Lithuania set up its Honorary Consulate in Dnipro.\n"
            "The Lithuanian diplomatic mission in Dnipro has been opened since November 18, 2013.\n")
    assert missions(plan_of(tmp_path, text, "en")) == [(*LT_UA, "honorary-consulate", "city:dnipro",
                                                        "2013-11-18", None)]


def test_a_general_word_in_a_city_that_is_no_capital_and_has_no_consulate_is_no_record(tmp_path):
    text = "The Lithuanian diplomatic mission in Dnipro has been opened since November 18, 2013.\n"
    assert missions(plan_of(tmp_path, text, "en")) == []
    capital = "The Lithuanian diplomatic mission in Kyiv has been opened since November 18, 1992.\n"
    assert missions(plan_of(tmp_path, capital, "en")) == [(*LT_UA, "embassy", "city:kyiv", "1992-11-18", None)]


# --- an embassy away from its seat ----------------------------------------------------------------

def test_an_embassy_moved_to_another_city_is_the_embassy_in_the_capital(tmp_path):
    text = ("Литва эвакуирует во Львов часть сотрудников своего посольства в Киеве.\n"
            "Литва также перемещает часть персонала посольства во Львов.\n"
            "Посольство Литвы в Украине временно переехало во Львов.\n")
    assert missions(plan_of(tmp_path, text, "ru")) == [(*LT_UA, "embassy", "city:kyiv", None, None)]


def test_an_embassy_that_worked_from_another_city_has_no_city_of_its_own(tmp_path):
    uk = "Зазначається, що донедавна посольство Литви в Україні діяло у Львові.\n"
    assert missions(plan_of(tmp_path, uk, "uk")) == [(*LT_UA, "embassy", None, None, None)]
    seat = "Посольство Литви в Україні діє у Києві.\n"
    assert missions(plan_of(tmp_path, seat, "uk")) == [(*LT_UA, "embassy", "city:kyiv", None, None)]


# --- a mission to come ----------------------------------------------------------------------------

def test_a_mission_planned_or_to_open_is_no_record(tmp_path):
    for lang, text in (("uk", "У Дніпрі планують відкрити Почесне консульство Латвійської Республіки."),
                       ("uk", "Латвія відкриє консульство в Дніпрі."),
                       ("ru", "Латвия планирует открыть почетное консульство в Днепре."),
                       ("en", "Latvia plans to open an honorary consulate in Dnipro."),
                       ("en", "Latvia will open an honorary consulate in Dnipro next year."),
                       ("lv", "Latvija plāno atvērt goda konsulātu Ļvivā."),
                       ("lt", "Lietuva ketina atidaryti garbės konsulatą Lvove.")):
        assert missions(plan_of(tmp_path, text + "\n", lang)) == [], text
    opened = "У Дніпрі відкрили Почесне консульство Латвійської Республіки.\n"
    assert missions(plan_of(tmp_path, opened, "uk")) == [("country:lv", "country:ua", "honorary-consulate",
                                                          "city:dnipro", None, None)]


def test_a_plan_in_another_clause_leaves_the_mission_the_sentence_names(tmp_path):
    text = "Latvia has an honorary consulate in Lviv; its ambassador said Latvia plans to open more.\n"
    assert missions(plan_of(tmp_path, text, "en")) == [("country:lv", "country:ua", "honorary-consulate",
                                                        "city:lviv", None, None)]


# --- the city a mission has opened in -------------------------------------------------------------

def test_the_city_a_mission_has_opened_in_within_its_host(tmp_path):
    text = "The seventh honorary consulate of Lithuania in Ukraine has opened in Dnipropetrovsk.\n"
    assert missions(plan_of(tmp_path, text, "en")) == [(*LT_UA, "honorary-consulate", "city:dnipro", None, None)]
    elsewhere = "The seventh honorary consulate of Lithuania in Ukraine has opened in Minsk.\n"
    assert missions(plan_of(tmp_path, elsewhere, "en")) == []  # a consulate without a city of its host


# --- the day a mission closed ---------------------------------------------------------------------

def test_the_day_a_mission_closed_is_kept(tmp_path):
    for lang, text in (("en", "Latvia closed its consulate in Vitebsk on 1 June 2021."),
                       ("ru", "Консульство Латвии в Витебске закрыто 1 июня 2021 года."),
                       ("lv", "Latvijas konsulāts Vitebskā tika slēgts 2021. gada 1. jūnijā.")):
        assert missions(plan_of(tmp_path, text + "\n", lang)) == [(*LV_BY, "consulate", "city:vitebsk", None,
                                                                   "2021-06-01")], text


def test_a_closing_for_a_while_decided_or_told_in_passing_dates_no_closing(tmp_path):
    for text in ("Latvia temporarily closed its consulate in Vitebsk on 1 June 2021.",
                 "Latvia decided to close its consulate in Vitebsk on 1 June 2021.",
                 "On 1 June 2021 the consulate of Latvia in Vitebsk, where a minister had closed a fair, worked."):
        assert all(m[5] is None for m in missions(plan_of(tmp_path, text + "\n", "en"))), text


def test_the_closing_day_is_the_day_of_every_mention_of_that_mission(tmp_path):
    text = ("Latvia has a consulate in Vitebsk.\n"
            "The consulate was closed on 1 June 2021.\n"
            "Latvia closed its consulate in Vitebsk on 1 June 2021.\n")
    assert missions(plan_of(tmp_path, text, "en")) == [(*LV_BY, "consulate", "city:vitebsk", None, "2021-06-01")]


# --- a city the store holds under another id ------------------------------------------------------

def test_the_older_spelling_of_a_city_is_the_shipped_stores_city(tmp_path):
    text = "Lithuania's plans to build a new building of the Lithuanian Consulate General in Grodno remain.\n"
    plan = plan_of(tmp_path, text, "en")
    assert missions(plan) == [("country:lt", "country:by", "consulate-general", "city:hrodna", None, None)]
    assert not [c for c in plan.changes if c.kind == "city"]  # no second Hrodna


def test_a_city_a_store_holds_under_another_id_is_met_by_its_name(tmp_path):
    # a user's store where an earlier import filed Hrodna as "city:gardinas": the lexicon's city is that one
    text = json.dumps(base_tables(tmp_path / "none.json"), ensure_ascii=False).replace("city:hrodna", "city:gardinas")
    records, problems = decode_tables(json.loads(text))
    assert not problems
    places = Places.builtin().with_store(Store(records))
    for lang, written in (("en", "Grodno"), ("ru", "Гродно"), ("lt", "Gardine")):
        assert [m.place.id for m in places.find(f"konsulatas {written} ", lang)] == ["city:gardinas"], written
    assert [m.place.id for m in Places.builtin().with_store(Store(decode_tables(base_tables(
        tmp_path / "none.json"))[0])).find("Grodno ", "en")] == ["city:hrodna"]


# --- rows of cities ---------------------------------------------------------------------------------

def test_a_row_of_cities_past_asides_in_parentheses(tmp_path):
    text = ("Ukrainoje įsteigti keli Lietuvos garbės konsulatai – Lvove (Lvovo sričiai), Mykolajive (Mykolajivo "
            "sričiai), du Dnipre (vienas Dniepropetrovsko sričiai, kitas Krymui), Odesoje (Odesos sričiai).\n")
    assert [m[3] for m in missions(plan_of(tmp_path, text, "lt"))] == [
        "city:dnipro", "city:lviv", "city:mykolaiv", "city:odesa"]
    # an aside that is no city's ends nothing, and a word that is no city's ends the row
    broken = "Ukrainoje įsteigti keli Lietuvos garbės konsulatai – Lvove (Lvovo sričiai), o ambasada Kijeve.\n"
    assert [m[3] for m in missions(plan_of(tmp_path, broken, "lt")) if m[2] != "embassy"] == ["city:lviv"]


def test_a_consulate_without_its_city_on_a_page_of_several_is_no_record(tmp_path):
    text = ("Почесні консульства Латвії діють у Львові, Чернігові та Одесі.\n"
            "У церемонії відкриття Почесного консульства взяв участь Посол Латвійської Республіки в Україні.\n")
    assert [m[3] for m in missions(plan_of(tmp_path, text, "uk"))] == ["city:chernihiv", "city:lviv", "city:odesa"]
    one = ("Почесне консульство Латвії діє у Львові.\n"
           "У церемонії відкриття Почесного консульства Латвії в Україні взяв участь посол.\n")
    assert [m[3] for m in missions(plan_of(tmp_path, one, "uk"))] == ["city:lviv"]


# --- two states, each its own mission -------------------------------------------------------------

def test_two_states_of_the_subject_each_reopen_their_own_embassy(tmp_path):
    for lang, text in (("uk", "Литва та Латвія вирішили відновити роботу своїх посольств у Києві."),
                       ("en", "Lithuania and Latvia reopened their embassies in Kyiv.")):
        assert [m[:4] for m in missions(plan_of(tmp_path, text + "\n", lang))] == [
            (*LT_UA, "embassy", "city:kyiv"), ("country:lv", "country:ua", "embassy", "city:kyiv")], text
    one = "Lithuania and Latvia agreed that Latvia reopens the embassy in Kyiv.\n"
    assert [m[:2] for m in missions(plan_of(tmp_path, one, "en"))] == [("country:lv", "country:ua")]


# --- a row of cities wrapped onto the next line ---------------------------------------------------

def test_a_row_of_cities_goes_on_at_the_start_of_the_next_line(tmp_path):
    for lang, text in (("en", "Lithuania has honorary consulates in Lviv, Odesa and\nKharkiv. Ukraine is far.\n"),
                       ("ru", "Почетные консульства Латвии действуют во Львове, Одессе и\nХарькове.\n")):
        plan = plan_of(tmp_path, text, lang)
        assert [m[3] for m in missions(plan)] == ["city:kharkiv", "city:lviv", "city:odesa"], text
        kharkiv = next(c for c in plan.changes if c.kind == "mission" and c.doc.get("city") == "city:kharkiv")
        assert {q["quote"] for q in kharkiv.doc["citations"]} >= {text.split("\n")[1].split(".")[0]}


def test_a_city_opening_the_next_lines_own_clause_is_no_part_of_the_row(tmp_path):
    for text in ("Lithuania has an honorary consulate in Lviv,\nKharkiv is a big city.\n",
                 "Lithuania has an honorary consulate in Lviv.\nKharkiv, Odesa and Dnipro are big cities.\n"):
        assert [m[3] for m in missions(plan_of(tmp_path, text, "en"))] == ["city:lviv"], text


# --- an honorary consulate and its consul ---------------------------------------------------------

def test_an_honorary_consulate_without_its_city_is_where_the_pages_one_honorary_consul_is(tmp_path):
    for lang, text in (
            ("uk", "Відбулось відкриття ще одного Почесного консульства Литовської Республіки в Україні. "
                   "Почесним консулом у місті Сєвєродонецьку став відомий підприємець.\n"),
            ("en", "Lithuania opened another honorary consulate in Ukraine. Jonas Rimkus, honorary consul of "
                   "Lithuania in Kharkiv, thanked the guests.\n")):
        assert [m[2:4] for m in missions(plan_of(tmp_path, text, lang))] == [
            ("honorary-consulate", "city:sievierodonetsk" if lang == "uk" else "city:kharkiv")], text


def test_consuls_in_two_cities_or_of_another_state_place_no_consulate(tmp_path):
    for text in ("Lithuania opened another honorary consulate in Ukraine. Its honorary consuls in Kharkiv and "
                 "in Odesa, honorary consul in Odesa Ona Rimkienė and honorary consul in Kharkiv Jonas Rimkus, "
                 "came.\n",
                 "Lithuania opened another honorary consulate in Ukraine. Jonas Rimkus, honorary consul of "
                 "Latvia in Kharkiv, came.\n"):
        assert missions(plan_of(tmp_path, text, "en")) == [], text


def test_an_embassy_brought_back_to_the_hosts_capital_stands_there(tmp_path):
    text = "Литва була першою країною, яка повернула посольство до Києва.\n"
    assert missions(plan_of(tmp_path, text, "uk")) == [(*LT_UA, "embassy", "city:kyiv", None, None)]
    for other in ("Литва перенесла посольство до Львова.\n", "Посольство Литви працювало до евакуації.\n"):
        assert missions(plan_of(tmp_path, other, "uk")) == [], other


def test_a_closed_mission_is_written_with_its_closing_day_and_read_back(tmp_path):
    from data import model as m
    from data.importer.command import import_file
    from data.store import load_store
    from tests.importkit import page

    file = page(tmp_path, "Latvia closed its consulate in Vitebsk on 1 June 2021.\n")
    outcome = import_file(file, lang="en", db=tmp_path / "store.json", dry_run=False, prefer=None,
                          accept=frozenset({"new"}), empty=True, lookup=None)
    assert [c.date for c in outcome.plan.changes if c.kind == "mission"] == ["closed 2021-06-01"]
    store = load_store(tmp_path / "store.json")
    [mission] = store.all(m.Mission)
    assert (mission.sending, mission.receiving, mission.city, str(mission.closed), mission.opened) == (
        "country:lv", "country:by", "city:vitebsk", "2021-06-01", None)


# --- a mission named in passing -------------------------------------------------------------------

def test_an_embassy_named_in_passing_takes_no_date_of_what_happened_there(tmp_path):
    for text in ("The exhibition opened on 5 May 2021 at the Embassy of Latvia in Kyiv.",
                 "On 5 May 2021 the Embassy of Latvia in Kyiv opened an exhibition of photographs."):
        assert missions(plan_of(tmp_path, text + "\n", "en")) == [("country:lv", "country:ua", "embassy",
                                                                   "city:kyiv", None, None)], text
    opened = "The Embassy of Latvia in Kyiv was opened on 5 May 1993.\n"
    assert [m[4] for m in missions(plan_of(tmp_path, opened, "en"))] == ["1993-05-05"]


def test_a_mission_that_opens_something_did_not_open_then(tmp_path):
    for lang, text in (("ru", "5 мая 2021 года посольство Латвии в Киеве открыло выставку."),
                       ("lv", "Latvijas vēstniecība Kijivā 2021. gada 5. maijā atvēra izstādi.")):
        assert [m[4] for m in missions(plan_of(tmp_path, text + "\n", lang))] == [None], text
    for lang, text in (("ru", "Посольство Латвии в Киеве было открыто 5 мая 1993 года."),
                       ("lv", "Latvijas vēstniecība Kijivā tika atvērta 1993. gada 5. maijā.")):
        assert [m[4] for m in missions(plan_of(tmp_path, text + "\n", lang))] == ["1993-05-05"], text


# --- a list of missions across lines --------------------------------------------------------------

def test_a_heading_naming_the_missions_then_one_city_a_line(tmp_path):
    for lang, text in (("en", "Honorary consulates of Lithuania in Ukraine:\n- Lviv\n- Odesa – honorary consul "
                              "Jonas Rimkus\nKharkiv is a big city.\n"),
                       ("uk", "Почесні консульства Литви в Україні:\n1. Львів\n2. м. Одеса, вул. Пушкіна 10\n"),
                       ("lv", "Lietuvas goda konsulāti\nĻviva\nOdesa\nPar mums\n")):
        assert missions(plan_of(tmp_path, text, lang)) == [
            (*LT_UA, "honorary-consulate", "city:lviv", None, None),
            (*LT_UA, "honorary-consulate", "city:odesa", None, None)], text


def test_a_heading_without_a_state_or_items_that_are_no_cities_alone_list_nothing(tmp_path):
    for lang, text in (("en", "Honorary consulates:\n- Lviv\n- Odesa\n"),  # whose?
                       ("en", "We visited the embassy of Lithuania:\nKyiv was sunny that day.\n"),
                       ("en", "Honorary consulates of Lithuania in Ukraine\nLviv\nThe rest opened later.\n")):
        assert missions(plan_of(tmp_path, text, lang)) == [], text
