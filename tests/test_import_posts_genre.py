"""Envoys and missions in the shapes of pages the importer was not developed on (honorary consuls'
pages, consulates opened in a city, lists of cities, a name after a lead of time), each beside the
near miss that must stay unread: the general steps (the city, the row of cities, the clause, the
person after what they are, whose consulate the page is about), in several languages each.
"""

from __future__ import annotations

from data.importer import names as nm
from data.importer.plan import Plan
from tests.importkit import plan_of


def missions(plan: Plan) -> list[tuple]:
    return sorted((c.doc["from"], c.doc["to"], c.doc["kind"], c.doc.get("city")) for c in plan.changes
                  if c.kind == "mission")


def held_envoys(plan: Plan) -> list[tuple]:
    return sorted((c.doc["from"], c.doc["to"], c.doc["role"], c.doc["people"][0]["name"]) for c in plan.held
                  if c.kind == "envoy")


def held_events(plan: Plan) -> list[tuple]:
    return [(c.doc["event"], c.doc["parties"]) for c in plan.held if c.kind == "event"]


# --- the cities of missions ------------------------------------------------------------------------

def test_a_row_of_cities_after_the_mission_is_one_mission_in_each(tmp_path):
    uk = plan_of(tmp_path, "Почесні консульства Латвії також діють у Львові, Чернігові, Одесі та Слов’янську.\n", "uk")
    en = plan_of(tmp_path, "Latvia has honorary consulates in Lviv, Odesa and Chernihiv.\n", "en")
    for plan, cities in ((uk, ["chernihiv", "lviv", "odesa", "sloviansk"]), (en, ["chernihiv", "lviv", "odesa"])):
        assert missions(plan) == [("country:lv", "country:ua", "honorary-consulate", f"city:{c}") for c in cities]


def test_a_country_ends_the_row_of_cities(tmp_path):
    text = "Latvia has an honorary consulate in Lviv, Ukraine and Belarus an embassy in Riga.\n"
    plan = plan_of(tmp_path, text, "en")
    assert ("country:lv", "country:ua", "honorary-consulate", "city:lviv") in missions(plan)
    assert not any(city == "city:riga" and kind == "honorary-consulate" for *_s, kind, city in missions(plan))


def test_the_city_a_mission_opens_in_may_stand_first(tmp_path):
    ru = plan_of(tmp_path, "В Одессе открылось почетное консульство Литвы.\n", "ru")
    uk = plan_of(tmp_path, "У Львові відкрили Почесне консульство Латвійської Республіки.\n", "uk")
    assert missions(ru) == [("country:lt", "country:ua", "honorary-consulate", "city:odesa")]
    assert missions(uk) == [("country:lv", "country:ua", "honorary-consulate", "city:lviv")]


def test_a_city_before_the_mission_in_another_clause_is_not_its_city(tmp_path):
    plan = plan_of(tmp_path, "В Одессе, как сообщил посол, почетное консульство Литвы пока не работает.\n", "ru")
    assert missions(plan) == []


def test_what_follows_another_clause_or_another_mission_is_not_this_missions(tmp_path):
    ru = plan_of(tmp_path, "В Славянске открыли почетное консульство Латвии, а в Киеве работает посольство.\n", "ru")
    assert ("country:lv", "country:ua", "honorary-consulate", "city:kyiv") not in missions(ru)
    assert ("country:lv", "country:ua", "honorary-consulate", "city:sloviansk") in missions(ru)
    lt = plan_of(tmp_path, "Lietuva savo šalies ambasadą turi Kijeve ir vieną konsulatą Lvove, tuo tarpu Ukrainos "
                           "ambasada yra Vilniuje.\n", "lt")
    assert sorted(missions(lt)) == [("country:lt", "country:ua", "consulate", "city:lviv"),
                                    ("country:lt", "country:ua", "embassy", "city:kyiv"),
                                    ("country:ua", "country:lt", "embassy", "city:vilnius")]


def test_the_host_named_again_later_is_not_whose_mission(tmp_path):
    text = ("Charkovo universitete vyko Lietuvos ambasados, kuri yra NATO kontaktinė ambasada Ukrainoje, surengtas "
            "Rytų Ukrainos universitetų forumas.\n")
    assert missions(plan_of(tmp_path, text, "lt")) == [("country:lt", "country:ua", "embassy", None)]


def test_a_nations_own_representation_in_a_city_is_its_embassy(tmp_path):
    plan = plan_of(tmp_path, "Belarus will minimize Lithuanian representation in Minsk.\n", "en")
    assert missions(plan) == [("country:lt", "country:by", "embassy", "city:minsk")]
    other = plan_of(tmp_path, "Lithuania and Belarus. The Belarusian Democratic Representation in Vilnius "
                              "opened an office.\n", "en")
    assert missions(other) == []


# --- envoys ---------------------------------------------------------------------------------------

def test_a_nations_adjective_right_before_the_title_says_whose_not_where(tmp_path):
    text = ("Lithuania and Belarus.\nThe Lithuanian MFA expressed protest over the incident to Belarusian "
            "ambassador Uladzimir Drazhyn yesterday.\n")
    assert held_envoys(plan_of(tmp_path, text, "en")) == [
        ("country:by", "country:lt", "ambassador", "Uladzimir Drazhyn")]


def test_a_name_in_apposition_after_a_lead_of_time(tmp_path):
    text = ("Lithuania and Belarus.\nOn Tuesday, Asta Andrijauskienė, the Charge d’Affaires of Lithuania, was "
            "summoned before the Ministry of Foreign Affairs in Minsk.\n")
    assert held_envoys(plan_of(tmp_path, text, "en")) == [
        ("country:lt", "country:by", "charge-daffaires", "Asta Andrijauskienė")]


def test_a_name_after_a_lead_of_place_or_after_meeting_is_not_the_envoys(tmp_path):
    for line in ("On Tuesday, after meeting Asta Andrijauskienė, the Charge d’Affaires of Lithuania said nothing.",
                 "In Minsk, Asta Andrijauskienė, the Charge d’Affaires of Lithuania, was summoned."):
        assert held_envoys(plan_of(tmp_path, "Lithuania and Belarus.\n" + line + "\n", "en")) == []


def test_the_person_after_a_verb_of_becoming_and_what_they_are(tmp_path):
    uk = ("Відкриття Почесного консульства Литовської Республіки в Україні.\nПочесним консулом у місті "
          "Сєвєродонецьку став відомий підприємець, меценат, голова фонду «Корона князів Острозьких» Робертас "
          "Габулас.\n")
    lt = ("Ukrainos mieste Charkove atidarytas Lietuvos garbės konsulatas. Lietuvos garbės konsulu tapo žinomas "
          "Charkovo verslininkas Konstantinas Tokarevas, reikšmingai prisidedantis prie projektų.\n")
    assert held_envoys(plan_of(tmp_path, uk, "uk")) == [
        ("country:lt", "country:ua", "honorary-consul", "Робертас Габулас")]
    assert held_envoys(plan_of(tmp_path, lt, "lt")) == [
        ("country:lt", "country:ua", "honorary-consul", "Konstantinas Tokarevas")]


def test_the_person_appointed_in_the_accusative_is_a_guess(tmp_path):
    text = ("У Вінниці відкрили Почесне консульство Латвійської Республіки.\nУ церемонії взяв участь Посол "
            "Латвійської Республіки в Україні.\nПочесним консулом призначено "
            "вінницького бізнесмена, колишнього депутата Вінницької міської ради, Ігоря Скоромного.\n")
    plan = plan_of(tmp_path, text, "uk")
    envoy = next(c.doc for c in plan.held if c.kind == "envoy")
    assert (envoy["from"], envoy["to"], envoy["role"]) == ("country:lv", "country:ua", "honorary-consul")
    assert envoy["people"][0]["name"] == "Ігор Скоромний" and envoy["people"][0]["certain"] is False


def test_no_person_after_a_relative_clause_nor_in_a_quoted_name(tmp_path):
    text = ("Відкриття Почесного консульства Латвійської Республіки в Україні.\nПочесним консулом став "
            "бізнесмен, який дружить з Петром Іваненком.\nПочесним консулом став голова фонду «Корона Князів "
            "Острозьких».\n")
    assert held_envoys(plan_of(tmp_path, text, "uk")) == []


def test_an_honorary_consul_without_a_state_takes_none_from_a_page_of_two_states_consulates(tmp_path):
    text = ("Почесне консульство Латвійської Республіки і Почесне консульство Литовської Республіки в Україні.\n"
            "Почесним консулом призначено бізнесмена Ігоря Скоромного.\n")
    assert held_envoys(plan_of(tmp_path, text, "uk")) == []


def test_declined_ukrainian_names_guessed_back():
    assert nm.guess_nominative("Олександра Павенка", "uk").text == "Олександр Павенко"
    assert nm.guess_nominative("Ігоря Скоромного", "uk").text == "Ігор Скоромний"
    assert nm.guess_nominative("Василя Петренка", "uk").text == "Василь Петренко"
    assert nm.guess_nominative("Пятраса Вайтекунаса", "ru").text == "Пятрас Вайтекунас"  # as before


# --- a mission cut by its host --------------------------------------------------------------------

def test_minimising_a_nations_representation_is_an_expulsion(tmp_path):
    plan = plan_of(tmp_path, "Lithuania and Belarus.\nThe Belarusian Foreign Ministry has announced that it will "
                             "minimize Lithuanian representation in Minsk.\n", "en")
    assert held_events(plan) == [("expulsion", ["country:by", "country:lt"])]
    other = plan_of(tmp_path, "Lithuania and Belarus.\nThe opposition wants to minimize Russian representation "
                              "in Minsk.\n", "en")
    assert held_events(other) == []


# --- the appointment as a noun --------------------------------------------------------------------

def test_the_person_the_noun_of_appointment_names_in_the_genitive(tmp_path):
    pages = {
        "lt": ("Lvive vyko renginiai, skirti Nataliyos Antonovos paskyrimo į Lietuvos Respublikos garbės konsules "
               "Lvive pareigas.\n", ("country:lt", "country:ua", "honorary-consul", "Nataliya Antonova")),
        "lv": ("Saeima atbalstīja Jāņa Bērziņa iecelšanu par Latvijas vēstnieku Ukrainā.\n",
               ("country:lv", "country:ua", "ambassador", "Jānis Bērziņš")),
        "en": ("The Saeima approved the appointment of Jānis Bērziņš as Latvia's ambassador to Ukraine.\n",
               ("country:lv", "country:ua", "ambassador", "Jānis Bērziņš")),
    }
    for lang, (text, posting) in pages.items():
        assert held_envoys(plan_of(tmp_path, text, lang)) == [posting], lang


def test_no_person_where_the_noun_of_appointment_names_none(tmp_path):
    for lang, text in (
            ("lt", "Komitetas svarstė Jono Petraičio kandidatūrą ir skyrimo į Lietuvos ambasadoriaus Ukrainoje "
                   "pareigas klausimą.\n"),
            ("en", "Latvia and Ukraine. The minister discussed the appointment of a new Latvian ambassador to "
                   "Ukraine with Jānis Bērziņš.\n")):
        assert held_envoys(plan_of(tmp_path, text, lang)) == [], lang


# --- more of the genre's shapes -------------------------------------------------------------------

def test_the_city_a_mission_is_located_in_within_its_host(tmp_path):
    for lang, text, want in (
            ("lv", "Latvijas vēstniecība Ukrainā atrodas Kijivā.",
             ("country:lv", "country:ua", "embassy", "city:kyiv")),
            ("ru", "Посольство Украины в Латвии расположено в Риге.",
             ("country:ua", "country:lv", "embassy", "city:riga")),
            ("en", "The Embassy of Ukraine in Latvia is located in Riga.",
             ("country:ua", "country:lv", "embassy", "city:riga"))):
        assert missions(plan_of(tmp_path, text + "\n", lang)) == [want], lang
    elsewhere = plan_of(tmp_path, "The Embassy of Ukraine in Latvia is located in Vilnius.\n", "en")
    assert missions(elsewhere) == [("country:ua", "country:lv", "embassy", None)]  # a city of another state


def test_a_title_opening_a_sentence_of_prose_is_no_headline(tmp_path):
    plan = plan_of(tmp_path, "Ambassador of Ukraine to Lithuania Petro Beshta met the Speaker.\n", "en")
    assert held_envoys(plan) == [("country:ua", "country:lt", "ambassador", "Petro Beshta")]
    for headline in ("Latvian Ambassador Expelled From Belarus",
                     "Latvian Ambassador to Belarus Leaves Minsk for Riga."):
        assert held_envoys(plan_of(tmp_path, headline + "\n", "en")) == []


def test_lv_the_honorary_consul_after_par_and_the_verb(tmp_path):
    plan = plan_of(tmp_path, "Par Latvijas goda konsulu Odesā iecelts uzņēmējs Jānis Kalniņš.\n", "lv")
    assert held_envoys(plan) == [("country:lv", "country:ua", "honorary-consul", "Jānis Kalniņš")]


def test_a_womans_name_in_the_nominative_is_kept_and_a_mans_genitive_still_guessed_back(tmp_path):
    plan = plan_of(tmp_path, "Почесним консулом Литви у Львові є Наталія Антонова.\n", "uk")
    assert held_envoys(plan) == [("country:lt", "country:ua", "honorary-consul", "Наталія Антонова")]
    assert nm.guess_nominative("Інга Станіте-Толочкене", "uk").text == "Інга Станіте-Толочкене"
    assert nm.guess_nominative("Ивана Иванова", "ru").text == "Иван Иванов"
    assert nm.guess_nominative("Валентина Иванова", "ru").text == "Валентин Иванов"  # a man's genitive too
