"""Recalls, expulsions and missions in the shapes news items and encyclopedia articles use, on small
pages we wrote ourselves: who acts upon whom, the day only where the page lets us read it, and the
near misses that must stay unread.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def events(plan: Plan) -> list[tuple]:
    return [(c.doc["kind"], c.doc["parties"], c.doc["date"]) for c in plan.changes if c.kind == "event"]


def held_events(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.held if c.kind == "event"]


def missions(plan: Plan) -> list[tuple]:
    return [(c.doc["from"], c.doc["to"], c.doc["kind"], c.doc.get("city"), c.doc.get("opened"))
            for c in plan.changes if c.kind == "mission"]


# --- "Об этом ... сообщил": the day the next sentence reports ---------------------------------------

def test_ru_an_expulsion_in_the_present_is_dated_by_the_next_sentence_reporting_it(tmp_path):
    text = ("24.05.2021 - 19:40\n"
            "Латвия высылает белорусского посла и всех дипломатов посольства. Об этом в понедельник, 24 мая, "
            "сообщил пресс-секретарь министерства.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == [("expulsion", ["country:lv", "country:by"], "2021-05-24")]


def test_uk_about_this_reported_with_a_full_date(tmp_path):
    text = ("Литва висилає двох білоруських дипломатів. Про це 28 травня 2021 року повідомило міністерство.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert events(plan) == [("expulsion", ["country:lt", "country:by"], "2021-05-28")]


def test_a_next_sentence_about_something_else_dates_nothing(tmp_path):
    text = ("Латвия высылает белорусского посла. Министр 24 мая 2021 года провел встречу с коллегами.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == []
    [held] = held_events(plan)
    assert held["parties"] == ["country:lv", "country:by"]


def test_ru_told_to_leave_this_country_is_an_expulsion_of_the_envoy(tmp_path):
    text = ("Посол Латвии в Белоруссии Петерис Калниньш 24 мая 2021 года был ознакомлен с требованием "
            "послу и всем сотрудникам посольства покинуть эту страну.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == [("expulsion", ["country:by", "country:lv"], "2021-05-24")]


# --- counted staff, a mission cut to a number -----------------------------------------------------

def test_en_two_diplomats_expelled_are_not_the_envoy_the_sentence_names(tmp_path):
    text = ("On 28 May 2021 the Acting Head of Lithuania's representation in Minsk Ona Petraitienė was summoned "
            "and told that two Lithuanian diplomats were to be expelled from the country.\n")
    plan = plan_of(tmp_path, text, "en")
    [event] = [c.doc for c in plan.changes if c.kind == "event"]
    assert (event["kind"], event["parties"]) == ("expulsion", ["country:by", "country:lt"])
    assert "person" not in event


def test_en_an_embassys_staff_reduced_to_one_employee_is_an_expulsion(tmp_path):
    text = ("According to the decision of the government of Lithuania of 7 July 2021, the diplomatic staff of the "
            "Belarusian Embassy in Lithuania must be reduced to one employee.\n")
    plan = plan_of(tmp_path, text, "en")
    assert events(plan) == [("expulsion", ["country:lt", "country:by"], "2021-07-07")]


def test_ru_an_embassy_cut_to_two_employees_is_an_expulsion(tmp_path):
    text = ("Литва 7 июля 2021 года решила сократить персонал посольства Беларуси в Литве до двух сотрудников.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == [("expulsion", ["country:lt", "country:by"], "2021-07-07")]


def test_a_budget_reduced_to_one_million_is_no_expulsion(tmp_path):
    text = "In 2021 Lithuania reduced its aid to Belarus to one million euro.\n"
    plan = plan_of(tmp_path, text, "en")
    assert events(plan) == [] and held_events(plan) == []


# --- what a post says, dated by the one post the page embeds -----------------------------------------

_TWEET = ("Solidarizējoties ar kolēģiem, Latvija uz konsultācijām atsauc Latvijas vēstnieku Baltkrievijā\n"
          "— Pēteris Kalniņš (@pkalnins) October 7, 2020\n")


def test_ru_a_recall_a_minister_wrote_on_twitter_takes_the_day_of_the_one_embedded_post(tmp_path):
    text = _TWEET + ("Министр Петерис Калниньш написал в Twitter, что Латвия отзывает для консультаций посла "
                     "из Минска.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == [("recall", ["country:lv", "country:by"], "2020-10-07")]


def test_two_embedded_posts_leave_the_recall_held(tmp_path):
    text = _TWEET + "— Jānis Ozols (@jozols) October 9, 2020\n" + (
        "Министр написал в Twitter, что Латвия отзывает для консультаций посла из Минска.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == []
    assert [e["parties"] for e in held_events(plan)] == [["country:lv", "country:by"]]


def test_a_recall_not_told_as_a_post_takes_no_post_day(tmp_path):
    text = _TWEET + "Латвия отзывает для консультаций посла из Минска.\n"
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == []


# --- missions ---------------------------------------------------------------------------------------

def test_ru_the_embassy_in_this_country_is_in_the_state_the_sentence_named(tmp_path):
    text = ("В церемонии приняли участие посол Беларуси в Литве Ян Янович и дипломаты посольства Беларуси "
            "в этой стране.\n")
    plan = plan_of(tmp_path, text, "ru", name="ceremony.txt")
    assert [(m[0], m[1], m[2]) for m in missions(plan)] == [("country:by", "country:lt", "embassy")]


def test_en_embassies_opened_in_both_countries_date_the_two_embassies_the_page_names(tmp_path):
    text = ("Belarus has an embassy in Riga, while Latvia has an embassy in Minsk.\n"
            "Embassies were opened in both countries in 1993.\n")
    plan = plan_of(tmp_path, text, "en", empty=True)
    assert sorted(missions(plan)) == [("country:by", "country:lv", "embassy", "city:riga", "1993"),
                                      ("country:lv", "country:by", "embassy", "city:minsk", "1993")]


def test_lv_embassies_opened_in_both_countries(tmp_path):
    text = ("Baltkrievijai ir vēstniecība Rīgā, Latvijai ir vēstniecība Minskā.\n"
            "Vēstniecības tika atvērtas abās valstīs 1993. gadā.\n")
    plan = plan_of(tmp_path, text, "lv", empty=True)
    assert sorted(m[4] for m in missions(plan)) == ["1993", "1993"]


def test_embassies_opened_in_both_countries_without_both_embassies_named_dates_nothing(tmp_path):
    text = ("Latvia has an embassy in Minsk.\n"
            "Embassies were opened in both countries in 1993.\n")
    plan = plan_of(tmp_path, text, "en", empty=True)
    assert [m[4] for m in missions(plan)] == [None]


# --- a dismissal is a recall that ends the posting ------------------------------------------------

def test_a_dismissal_is_a_recall_that_ends_the_posting_in_each_language(tmp_path):
    cases = [("en", "On 5 May 2021 President Zelensky dismissed Ukraine's ambassador to Latvia Bohdan Kovalenko.\n"),
             ("ru", "Зеленский 5 мая 2021 года уволил посла Украины в Латвии Богдана Коваленко.\n"),
             ("uk", "Зеленський 5 травня 2021 року звільнив посла України в Латвії Богдана Коваленка.\n"),
             ("ru", "Президент 5 мая 2021 года освободил Богдана Коваленко от должности посла Украины в Латвии.\n"),
             ("lv", "Zelenskis 2021. gada 5. maijā atbrīvoja Bohdanu Kovalenko no Ukrainas vēstnieka Latvijā "
                    "amata.\n")]
    for number, (lang, text) in enumerate(cases):
        plan = plan_of(tmp_path, text, lang, name=f"{number}.txt")
        [event] = [c.doc for c in plan.changes if c.kind == "event"]
        assert (event["kind"], event["parties"], event["date"], event["ends_posting"]) == (
            "recall", ["country:ua", "country:lv"], "2021-05-05", True), text


def test_lt_released_from_the_post_names_the_posts_states_not_where_from(tmp_path):
    text = "Prezidentas 2021 m. gegužės 5 d. atleido Joną Jonaitį iš Lietuvos ambasadoriaus Ukrainoje pareigų.\n"
    plan = plan_of(tmp_path, text, "lt")
    assert [(e[0], e[1]) for e in events(plan)] == [("recall", ["country:lt", "country:ua"])]


def test_en_an_envoy_who_dismissed_claims_or_a_case_dismissed_is_no_recall(tmp_path):
    for number, text in enumerate([
            "On 5 May 2021 Ukraine's ambassador to Latvia Bohdan Kovalenko dismissed the claims of the press.\n",
            "On 5 May 2021 the lawsuit against Ukraine's ambassador to Latvia Bohdan Kovalenko was dismissed by "
            "the court.\n"]):
        plan = plan_of(tmp_path, text, "en", name=f"{number}.txt")
        assert events(plan) == [] and held_events(plan) == [], text


def test_en_dismissed_from_his_post_is_a_recall(tmp_path):
    text = "On 5 May 2021 Ukraine's ambassador to Latvia Bohdan Kovalenko was dismissed from his post.\n"
    plan = plan_of(tmp_path, text, "en")
    assert events(plan) == [("recall", ["country:ua", "country:lv"], "2021-05-05")]


def test_a_mission_opened_on_a_day_in_each_language(tmp_path):
    cases = [("en", "Latvia opened its consulate general in Vitebsk on 1 June 2011.\n"),
             ("lv", "Latvijas ģenerālkonsulāts Vitebskā tika atvērts 2011. gada 1. jūnijā.\n"),
             ("lv", "Valsts prezidents 2011. gada 1. jūnijā atvēra Latvijas ģenerālkonsulātu Vitebskā.\n"),
             ("ru", "Генеральное консульство Латвии в Витебске открылось 1 июня 2011 года.\n")]
    for number, (lang, text) in enumerate(cases):
        plan = plan_of(tmp_path, text, lang, name=f"{number}.txt", empty=True)
        assert missions(plan) == [("country:lv", "country:by", "consulate-general", "city:vitebsk", "2011-06-01")], text


def test_an_exhibition_opened_at_a_mission_or_a_mission_reopened_dates_no_opening(tmp_path):
    cases = ["On 5 May 2021 the minister opened an exhibition at the Latvian consulate general in Vitebsk.\n",
             "The consulate general of Latvia in Vitebsk, where the minister opened an exhibition on 5 May 2021, "
             "is busy.\n",
             "Latvia reopened its consulate general in Vitebsk on 1 June 2022.\n"]
    for number, text in enumerate(cases):
        plan = plan_of(tmp_path, text, "en", name=f"{number}.txt", empty=True)
        assert all(m[4] is None for m in missions(plan)), text


def test_cyr_a_diplomatic_mission_of_a_state_in_another_is_its_embassy_a_permanent_one_none(tmp_path):
    plan = plan_of(tmp_path, "Дипломатическая миссия Латвии в Беларуси работает в обычном режиме.\n", "ru",
                   empty=True)
    assert [(m[0], m[1], m[2]) for m in missions(plan)] == [("country:lv", "country:by", "embassy")]
    plan = plan_of(tmp_path, "Постійна дипломатична місія Литви при ОБСЄ працює у Відні, а не в Україні.\n", "uk",
                   name="osce.txt", empty=True)
    assert missions(plan) == []


def test_ru_a_minister_dismissed_beside_an_envoy_who_stays_is_no_recall(tmp_path):
    text = "Президент 5 мая 2021 года уволил министра обороны, а посол Литвы в Беларуси Йонас Римкус остался.\n"
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == [] and held_events(plan) == []


def test_ru_an_expulsion_of_last_month_is_not_dated_by_the_day_it_is_reported(tmp_path):
    text = ("24.05.2021 - 19:40\n"
            "Латвия в прошлом месяце выслала белорусского посла. Об этом в понедельник, 24 мая, сообщил "
            "пресс-секретарь министерства.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert events(plan) == []


def test_sent_out_and_kicked_out_diplomats_are_expelled_a_letter_sent_is_not(tmp_path):
    plan = plan_of(tmp_path, "Latvija 2021. gada 24. maijā izsūtīja Baltkrievijas diplomātus.\n", "lv")
    assert events(plan) == [("expulsion", ["country:lv", "country:by"], "2021-05-24")]
    plan = plan_of(tmp_path, "On 9 August 2021 Lithuania kicked out two Belarusian diplomats.\n", "en", name="en.txt")
    assert events(plan) == [("expulsion", ["country:lt", "country:by"], "2021-08-09")]
    plan = plan_of(tmp_path, "Ministrs 2021. gada 24. maijā izsūtīja vēstuli Baltkrievijas vēstniekam.\n", "lv",
                   name="letter.txt")
    assert events(plan) == [] and held_events(plan) == []
