"""How news pages and ministries name envoys and missions, on small pages we wrote ourselves.

Each trap in the language it concerns: a surname alone after a title, a predecessor named by
"replaces", "represents", "new representative", "duties ... are performed by", "atstovybė" and
"diplomatic mission" for an embassy (and what is no state's embassy). A guess is never certain,
and a post the page does not date is held for review.
"""

from __future__ import annotations

import pytest

from data.importer.plan import Plan
from tests.importkit import plan_of


def postings(plan: Plan) -> list[tuple]:
    return [(c.doc["person"], c.doc["from"], c.doc["to"], c.doc["role"], c.doc["start"]) for c in plan.changes
            if c.kind == "envoy"]


def held_postings(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.held if c.kind == "envoy"]


def missions(plan: Plan) -> list[tuple]:
    return [(c.doc["from"], c.doc["to"], c.doc["kind"], c.doc.get("city")) for c in plan.changes
            if c.kind == "mission"]


# --- a surname alone ----------------------------------------------------------------------------

def test_lv_a_surname_alone_after_a_title_meets_the_one_person_of_the_store(tmp_path):
    plan = plan_of(tmp_path, "Latvijas vēstnieks Baltkrievijā Semanis intervijā sacīja, ka situācija ir "
                             "saspringta.\n", "lv")
    assert postings(plan) == []  # a surname alone is never written as a certain posting
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"]) == ("country:lv", "country:by")
    assert posting["people"][0]["person"] == "person:einars-semanis"


def test_lt_a_surname_alone_is_the_full_name_the_page_gives_it(tmp_path):
    text = ("Lietuvos ambasadorius Ukrainoje Jonas Petrauskaitis susitiko su studentais.\n"
            "Lietuvos ambasadorius Ukrainoje Petrauskaitis pabrėžė bendradarbiavimo svarbą.\n")
    plan = plan_of(tmp_path, text, "lt")
    names = {p["name"] for posting in held_postings(plan) for p in posting["people"]}
    assert names == {"Jonas Petrauskaitis"}


def test_ru_a_place_after_a_preposition_is_no_surname(tmp_path):
    plan = plan_of(tmp_path, "Посол Литвы при Международной организации выступил с речью.\n"
                             "Литва и Украина.\n", "ru")
    assert held_postings(plan) == [] and postings(plan) == []


# --- the predecessor ----------------------------------------------------------------------------

def test_uk_the_envoy_a_new_one_replaces_held_the_same_post(tmp_path):
    text = ("Послом Литви в Україні призначено Інгу Станіте-Толочкене.\n"
            "Станіте-Толочкене з 19 серпня замінить Вальдемара Сарапінаса.\n")
    plan = plan_of(tmp_path, text, "uk")
    people = {p["person"] for posting in held_postings(plan) for p in posting["people"]}
    assert "person:valdemaras-sarapinas" in people
    assert all((p["from"], p["to"]) == ("country:lt", "country:ua") for p in held_postings(plan))


def test_lt_the_predecessor_dated_by_since_after_the_name(tmp_path):
    text = ("Lietuvos ambasadorius Ukrainoje Marius Janukonis įteikė skiriamuosius raštus.\n"
            "M. Janukonis pakeis Petrą Vaitiekūną, kuris ambasadoriumi dirbo nuo 2010 metų sausio.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert ("person:petras-vaitiekunas", "country:lt", "country:ua", "ambassador", "2010-01") in postings(plan)


def test_lv_a_replaces_sentence_without_a_known_successor_reads_nothing(tmp_path):
    plan = plan_of(tmp_path, "Jaunais likums nomaina Pēteri Kalniņu valdes priekšsēdētāja amatā.\n"
                             "Latvija un Ukraina.\n", "lv")
    assert held_postings(plan) == [] and postings(plan) == []


# --- represents, representative, duties ---------------------------------------------------------

def test_lt_represents_names_the_sender_in_the_dative_and_the_host_in_the_locative(tmp_path):
    plan = plan_of(tmp_path, "Lietuvai Ukrainoje atstovauja ambasadorius Marius Janukonis (nuo 2012 08 19).\n",
                   "lt")
    assert postings(plan) == [("person:marius-janukonis", "country:lt", "country:ua", "ambassador", "2012-08-19")]


def test_ru_a_new_representative_appointed_is_held_as_the_ambassador(tmp_path):
    plan = plan_of(tmp_path, "Новым представителем Литвы в Украине назначен Вальдемарас Сарапинас.\n", "ru")
    assert postings(plan) == []
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"], posting["role"]) == ("country:lt", "country:ua", "ambassador")


def test_uk_a_permanent_representative_is_at_an_organisation_not_a_state(tmp_path):
    plan = plan_of(tmp_path, "Постійним представником Литви в Україні при організації призначено "
                             "Вальдемараса Сарапінаса.\n", "uk")
    assert held_postings(plan) == [] and postings(plan) == []


def test_be_the_duties_of_the_charge_are_performed_by_the_subject(tmp_path):
    text = ("Пасольства Літвы ў Беларусі.\n"
            "Абавязкі часовага паверанага ў справах амбасады ў Мінску выконвае Ёнас Даніляўскас.\n")
    plan = plan_of(tmp_path, text, "be")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"], posting["role"]) == ("country:lt", "country:by", "charge-daffaires")
    # the store's person, whose name its source writes with a Latin "c" among the Cyrillic letters
    [person] = posting["people"]
    assert (person["person"], person["certain"], person["written"]) == ("person:jonas-daniliauskas", True,
                                                                        "Ёнас Даніляўскас")
    assert ("country:lt", "country:by", "embassy", "city:minsk") in missions(plan)


# --- the embassy by other names -----------------------------------------------------------------

def test_lt_atstovybe_is_the_embassy_and_a_democratic_one_is_none(tmp_path):
    text = ("Baltarusija mažina Lietuvos diplomatinę atstovybę Minske.\n"
            "Vilniuje akredituota Baltarusių demokratinė atstovybė Lietuvoje.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert missions(plan) == [("country:lt", "country:by", "embassy", "city:minsk")]


def test_en_a_diplomatic_mission_to_a_country_is_its_embassy(tmp_path):
    plan = plan_of(tmp_path, "The Latvian diplomatic mission to Ukraine was reduced.\n", "en")
    assert [(f, t, k) for f, t, k, _city in missions(plan)] == [("country:lv", "country:ua", "embassy")]


# --- the name far from the title ----------------------------------------------------------------

def test_ru_an_instrumental_title_names_its_holder_after_is(tmp_path):
    text = ("Латвия и Украина.\n"
            "Послом Латвии на Украине, а также послом в Молдавии, сейчас является Атис Съянитс.\n")
    plan = plan_of(tmp_path, text, "ru")
    [posting] = held_postings(plan)  # the Moldovan post is no relation of the store's
    assert (posting["from"], posting["to"], posting["people"][0]["person"]) == ("country:lv", "country:ua",
                                                                                "person:atis-sjanits")


def test_ru_a_host_we_do_not_know_is_not_the_pages_other_country(tmp_path):
    plan = plan_of(tmp_path, "Латвия и Украина.\nПослом Латвии в Италии является Астра Курме.\n", "ru")
    assert held_postings(plan) == [] and postings(plan) == []


def test_lt_the_appointed_name_ends_the_clause_after_its_offices(tmp_path):
    text = ("Vyriausybė pritarė, kad Lietuvos ambasadoriumi Ukrainoje būtų skiriamas ministerijos departamento "
            "direktorius Marius Janukonis, o ambasadoriumi Čekijoje - diplomatas Jonas Jonaitis.\n")
    plan = plan_of(tmp_path, text, "lt")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"], posting["people"][0]["person"]) == ("country:lt", "country:ua",
                                                                                "person:marius-janukonis")


def test_en_he_has_been_ambassador_since_dates_the_one_such_posting_the_page_names(tmp_path):
    text = ("Ambassador of the Republic of Latvia to Ukraine Juris Poikans met the students of the university.\n"
            "Since the end of 2015, he has been Ambassador of Latvia to Moldova and Ukraine.\n")
    plan = plan_of(tmp_path, text, "en")
    assert postings(plan) == [("person:juris-poikans", "country:lv", "country:ua", "ambassador", "2015")]


def test_en_he_is_nobody_when_the_page_names_two_such_envoys(tmp_path):
    text = ("Ambassador of Latvia to Ukraine Juris Poikans met Ambassador of Latvia to Ukraine Atis Sjanīts.\n"
            "Since 2015, he has been Ambassador of Latvia to Ukraine.\n")
    plan = plan_of(tmp_path, text, "en")
    assert postings(plan) == []


# --- a visit told by the office and the surname -------------------------------------------------

def test_ru_an_office_without_its_name_and_the_surname_later_is_the_person_named_in_full(tmp_path):
    text = ("Президент Белоруссии Александр Лукашенко выступил с речью.\n"
            "Как сообщалось, 16 июня проходит визит белорусского президента в Литву, где Лукашенко провёл "
            "переговоры.\n")
    plan = plan_of(tmp_path, text, "ru")
    [trip] = [c.doc for c in plan.held if c.kind == "visit"]  # no year: held, the day shown as written
    assert (trip["from"], trip["to"], trip["date_as_written"]) == ("country:by", "country:lt", "16 июня")
    assert trip["people"][0]["person"] == "person:alexander-lukashenko"


def test_lv_a_surname_the_page_never_names_in_full_is_no_visitor(tmp_path):
    text = "Baltkrievijas prezidenta vizīte Lietuvā 2009. gada 16. septembrī, kur Kalniņš runāja ar žurnālistiem.\n"
    plan = plan_of(tmp_path, text, "lv")
    assert [c for c in plan.changes if c.kind == "visit"] == [] and plan.held == []


def test_ru_a_held_trip_and_the_traveller_placed_there_on_another_day_are_a_conflict(tmp_path):
    text = ("Об этом заявил 16 сентября в Вильнюсе президент Белоруссии Александр Лукашенко.\n"
            "Как сообщалось, 16 июня проходит визит белорусского президента в Литву, где Лукашенко провёл "
            "переговоры.\n")
    plan = plan_of(tmp_path, text, "ru")
    [trip] = [c for c in plan.held if c.kind == "visit"]
    assert trip.action == "conflict" and trip.doc["dates"] == ["16 июня", "16 сентября"]


def test_lv_the_same_day_elsewhere_is_no_conflict(tmp_path):
    text = ("Baltkrievijas prezidents Aleksandrs Lukašenko 16. jūnijā runāja Viļņā.\n"
            "Baltkrievijas prezidents Aleksandrs Lukašenko 16. jūnijā ieradās vizītē Lietuvā.\n")
    plan = plan_of(tmp_path, text, "lv")
    [trip] = [c for c in plan.held if c.kind == "visit"]
    assert trip.action == "review" and "dates" not in trip.doc


@pytest.mark.parametrize(("lang", "text"), [
    ("lv", "Latvijas vēstnieks Ukrainā Eiropas lietās runāja par sadarbību.\n"),
    ("lt", "Lietuvos ambasadorius Ukrainoje Europos reikalais kalbėjo.\n"),
])
def test_a_genitive_word_after_the_title_is_no_surname(tmp_path, lang, text):
    plan = plan_of(tmp_path, text, lang)
    assert held_postings(plan) == [] and postings(plan) == []
