"""Envoy postings in the shapes news and association pages use, on small pages we wrote ourselves.

Each shape in more than one language where the importer reads it in several, and beside it the
near miss that must stay unread: a researcher trusts a posting only when the page says it.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def postings(plan: Plan) -> list[tuple]:
    return [(c.doc["from"], c.doc["to"], c.doc["role"], c.doc["start"], c.doc.get("end")) for c in plan.changes
            if c.kind == "envoy"]


def held_postings(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.held if c.kind == "envoy"]


def people_of(plan: Plan) -> list[str]:
    return [c.doc["name"]["en"]["text"] if "en" in c.doc.get("name", {}) else next(iter(c.doc["name"].values()))["text"]
            for c in plan.changes if c.kind == "person"]


# --- a list of envoys inside a sentence ----------------------------------------------------------

def test_en_former_ambassadors_listed_in_prose_with_their_years(tmp_path):
    text = ("The meeting brought together former Lithuanian Ambassadors to Ukraine, such as Mr Jonas Rimkus "
            "(period of work in Ukraine 1996-2001), Mr Tomas Baltrus (period of work in Ukraine 2001-2005) and "
            "the current Ambassador Mr Karolis Vaitkus (since 2021).\n")
    plan = plan_of(tmp_path, text, "en")
    assert sorted(postings(plan)) == [
        ("country:lt", "country:ua", "ambassador", "1996", "2001"),
        ("country:lt", "country:ua", "ambassador", "2001", "2005"),
        ("country:lt", "country:ua", "ambassador", "2021", None)]
    assert "Mr Jonas Rimkus" not in people_of(plan)  # "Mr" is no part of the name


def test_lv_a_list_in_a_sentence_after_the_plural_title(tmp_path):
    text = ("Sanāksmē piedalījās bijušie Latvijas vēstnieki Baltkrievijā: Pēteris Kalniņš (1993-1997) un "
            "Andris Ozols (1997-2001).\n")
    plan = plan_of(tmp_path, text, "lv")
    assert sorted(p[3] for p in postings(plan)) == ["1993", "1997"]
    assert {(p[0], p[1]) for p in postings(plan)} == {("country:lv", "country:by")}


def test_a_birth_year_in_brackets_is_no_term(tmp_path):
    text = ("Former Lithuanian Ambassadors to Ukraine came, such as Mr Jonas Rimkus (born 1950) and "
            "Mr Tomas Baltrus (b. 1961).\n")
    plan = plan_of(tmp_path, text, "en")
    assert postings(plan) == [] and held_postings(plan) == []


def test_years_in_brackets_after_no_plural_title_are_no_list(tmp_path):
    text = "The conference heard Mr Jonas Rimkus (2001-2005) speak on Lithuania and Ukraine.\n"
    plan = plan_of(tmp_path, text, "en")
    assert postings(plan) == []


# --- a recall in a noun, the start by the surname, the successor after a declined predecessor ----

def test_ru_the_recall_noun_names_the_envoy_his_start_and_his_successor(tmp_path):
    text = ("МИНСК, 8 июн — Sputnik. Правительство Литвы утвердило отзыв Йонаса Йонайтиса с должности посла "
            "Литвы в Беларуси с 11 июля.\n"
            "На данном посту Йонайтиса должен сменить директор департамента МИД Литвы Томас Томайтис, "
            "кандидатуру которого уже утвердил комитет.\n"
            "Йонайтис работал в качестве посла в Беларуси с весны 2013 года.\n")
    plan = plan_of(tmp_path, text, "ru", url="https://example.by/20160608/123.html")
    [event] = [c.doc for c in plan.changes if c.kind == "event"]
    assert (event["kind"], event["parties"], event["date"], event["ends_posting"]) == (
        "recall", ["country:lt", "country:by"], "2016-07-11", True)
    assert postings(plan)[0][:4] == ("country:lt", "country:by", "ambassador", "2013")
    [successor] = held_postings(plan)
    assert (successor["from"], successor["to"]) == ("country:lt", "country:by")
    assert successor["people"][0]["written"] == "Томас Томайтис"


def test_ru_the_envoy_named_before_the_replacing_verb_in_the_nominative_replaces_the_one_after(tmp_path):
    # "Йонайтис сменил NAME": the known envoy is the subject; the name after is his predecessor
    text = ("Посол Литвы в Беларуси Йонас Йонайтис назначен в 2016 году.\n"
            "Йонайтис сменил Томаса Томайтиса.\n")
    plan = plan_of(tmp_path, text, "ru")
    [predecessor] = [c for c in plan.held if c.kind == "envoy" and c.doc["people"][0]["written"] == "Томаса Томайтиса"]
    assert "the one a new envoy replaces" in predecessor.notes[0]
    assert not any("who replaces" in note for c in plan.held for note in c.notes)


def test_ru_it_is_not_about_a_recall(tmp_path):
    text = ("В министерстве иностранных дел Беларуси 8 июня 2016 года уточнили, что речь не идет об отзыве "
            "посла Литвы как о процедуре, связанной с инцидентом.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert [c for c in (*plan.changes, *plan.held) if c.kind == "event"] == []


# --- a new envoy announced, named in the next sentence -------------------------------------------

def test_uk_a_new_ambassador_named_as_the_head_of_the_mission_in_the_next_sentence(tmp_path):
    text = ("Декілька днів тому Литва визначилася з новим послом в Україні. Дипломатичну місію балтійської "
            "країни в нашій державі очолюватиме Она Петрайтене.\n")
    plan = plan_of(tmp_path, text, "uk")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"], posting["role"]) == ("country:lt", "country:ua", "ambassador")
    assert posting["people"][0]["written"] == "Она Петрайтене"
    assert postings(plan) == []  # never written: the tie is the order of the sentences


def test_en_a_new_ambassador_named_as_the_head_of_the_embassy_in_the_next_sentence(tmp_path):
    text = ("Latvia has chosen its new Ambassador to Ukraine. The embassy in Kyiv will be headed by "
            "Pēteris Kalniņš.\n")
    plan = plan_of(tmp_path, text, "en")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"]) == ("country:lv", "country:ua")


def test_the_next_sentence_about_another_state_names_no_envoy_of_the_first(tmp_path):
    text = ("Литва визначилася з новим послом в Україні. Посольство Польщі в Києві очолюватиме Ян Ковальський.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert held_postings(plan) == [] and postings(plan) == []


# --- the acting head, an appositive title, a quoted post's "today" --------------------------------

def test_en_the_acting_head_of_a_states_representation_is_its_charge_daffaires(tmp_path):
    text = ("Today, on 28 May, the Acting Head of Lithuania's representation in Minsk Ona Petraitienė was "
            "summoned to the ministry of foreign affairs of Belarus and handed a note of protest.\n")
    plan = plan_of(tmp_path, text, "en")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"], posting["role"]) == ("country:lt", "country:by", "charge-daffaires")


def test_en_a_name_opening_the_item_and_its_title_after_a_comma(tmp_path):
    plan = plan_of(tmp_path, "Programme of the Latvian-Ukrainian forum.\n5. B.Kovalenko, Ambassador of Ukraine.\n",
                   "en")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"]) == ("country:ua", "country:lv")
    assert posting["people"][0]["written"] == "B.Kovalenko"


def test_en_a_name_before_a_comma_not_opening_the_sentence_is_someone_else(tmp_path):
    text = "After meeting Jonas Rimkus, the Ambassador of Ukraine to Latvia spoke to the press.\n"
    plan = plan_of(tmp_path, text, "en")
    assert held_postings(plan) == [] and postings(plan) == []


def test_ru_a_quoted_ukrainian_post_starting_today_is_dated_by_its_signature(tmp_path):
    text = ("Новые послы официально приступили к работе.\n"
            "Відсьогодні офіційно приступає до виконання обов’язків посол Латвії🇱🇻 в Україні🇺🇦 Петеріс "
            "Калниньш.\n"
            "— Latvia in Ukraine (@LV_Ukraine) September 16, 2025\n")
    plan = plan_of(tmp_path, text, "ru")
    [posting] = postings(plan)
    assert posting[:4] == ("country:lv", "country:ua", "ambassador", "2025-09-16")


def test_starting_today_without_a_day_to_count_from_is_held(tmp_path):
    text = "С сегодняшнего дня к исполнению обязанностей приступает посол Латвии в Украине Петерис Калниньш.\n"
    plan = plan_of(tmp_path, text, "ru")
    assert postings(plan) == []
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"]) == ("country:lv", "country:ua")


def test_lv_starting_today_counts_from_the_publication_day(tmp_path):
    text = ("Publicēts: 16.09.2025\n\n"
            "No šodienas Latvijas vēstnieks Ukrainā ir Pēteris Kalniņš.\n")
    plan = plan_of(tmp_path, text, "lv")
    assert [p[3] for p in postings(plan)] == ["2025-09-16"]


def test_en_replaced_by_names_the_successor_held_in_the_same_post(tmp_path):
    text = ("The Ambassador of Lithuania to Belarus Jonas Jonaitis has served in Minsk since 2013.\n"
            "Jonaitis will be replaced by Tomas Tomaitis, the director of the consular department.\n")
    plan = plan_of(tmp_path, text, "en")
    assert postings(plan) == [("country:lt", "country:by", "ambassador", "2013", None)]
    [successor] = held_postings(plan)
    assert successor["people"][0]["written"] == "Tomas Tomaitis"


def test_en_a_states_possessive_says_whose_ambassador(tmp_path):
    plan = plan_of(tmp_path, "Lithuania's ambassador to Ukraine Jonas Rimkus said the talks went well.\n", "en")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"]) == ("country:lt", "country:ua")


def test_en_the_possessive_of_a_state_outside_the_four_is_no_posting(tmp_path):
    plan = plan_of(tmp_path, "Poland's ambassador to Ukraine Jan Kowalski met officials of Lithuania.\n", "en")
    assert held_postings(plan) == [] and postings(plan) == []


def test_a_name_after_a_verb_of_saying_with_its_title_in_apposition(tmp_path):
    cases = [("en", "Cooperation will grow, said Jonas Rimkus, Lithuania's Ambassador to Ukraine.\n",
              "Jonas Rimkus", ("country:lt", "country:ua")),
             ("ru", "Сотрудничество развивается, заявил Йонас Йонайтис, посол Литвы в Беларуси.\n",
              "Йонас Йонайтис", ("country:lt", "country:by")),
             ("lv", "Sadarbība attīstās, sacīja Pēteris Kalniņš, Latvijas vēstnieks Ukrainā.\n",
              "Pēteris Kalniņš", ("country:lv", "country:ua"))]
    for lang, text, written, post in cases:
        plan = plan_of(tmp_path, text, lang, name=f"{lang}.txt")
        [posting] = held_postings(plan)
        assert (posting["people"][0]["written"], (posting["from"], posting["to"])) == (written, post), lang


def test_capitalised_words_opening_the_sentence_before_a_title_that_is_its_subject_are_no_name(tmp_path):
    plan = plan_of(tmp_path, "Last Monday, the Ambassador of Ukraine to Latvia spoke to the press.\n", "en")
    assert held_postings(plan) == [] and postings(plan) == []


def test_a_name_before_the_comma_of_a_meeting_is_not_the_envoy_after_it(tmp_path):
    text = "After meeting Jonas Rimkus, Lithuania's Ambassador to Ukraine said the talks went well.\n"
    plan = plan_of(tmp_path, text, "en")
    assert held_postings(plan) == [] and postings(plan) == []


def test_ru_a_nominative_surname_in_a_after_a_masculine_given_name_is_kept(tmp_path):
    from data.importer.names import guess_nominative

    assert guess_nominative("Петр Бешта", "ru").text == "Петр Бешта"  # not "Бешт"
    assert guess_nominative("Эйнарса Семаниса", "ru").text == "Эйнарс Семанис"
    assert guess_nominative("Петром Бештой", "ru").text != "Петром Бештой"  # the instrumental is undone
    assert guess_nominative("Петр Бешта", "ru").certain is False  # still a guess


def test_the_appointed_person_between_the_verb_and_the_title_in_each_language(tmp_path):
    cases = [("ru", "Президент 5 мая 2021 года назначил Петра Бешту послом Украины в Литве.\n", "Петр Бешта",
              ("country:ua", "country:lt")),
             ("uk", "Президент 5 травня 2021 року призначив Петра Бешту послом України в Литві.\n", "Петр Бешта",
              ("country:ua", "country:lt")),
             ("lv", "Valsts prezidents 2021. gada 5. maijā iecēla Pēteri Kalniņu par Latvijas vēstnieku Ukrainā.\n",
              "Pēteris Kalniņš", ("country:lv", "country:ua")),
             ("lt", "Prezidentas 2021 m. gegužės 5 d. paskyrė Joną Rimkų Lietuvos ambasadoriumi Ukrainoje.\n",
              "Jonas Rimkus", ("country:lt", "country:ua")),
             ("en", "On 5 May 2021 the President appointed Jonas Rimkus as Lithuania's ambassador to Ukraine.\n",
              "Jonas Rimkus", ("country:lt", "country:ua")),
             ("en", "On 5 May 2021 Jonas Rimkus was appointed ambassador of Lithuania to Ukraine.\n",
              "Jonas Rimkus", ("country:lt", "country:ua"))]
    for number, (lang, text, nominative, post) in enumerate(cases):
        plan = plan_of(tmp_path, text, lang, name=f"{number}.txt")
        [change] = [c for c in plan.changes if c.kind == "envoy"]
        assert ((change.doc["from"], change.doc["to"]), change.doc["start"]) == (post, "2021-05-05"), text
        assert change.people == [nominative], text
        assert change.action == ("new" if lang == "en" else "review"), text  # a declined name is a guess


def test_a_name_after_appointed_but_before_a_comma_is_not_the_envoy(tmp_path):
    text = "The President appointed Jonas Rimkus, who met the ambassador of Lithuania to Ukraine.\n"
    plan = plan_of(tmp_path, text, "en")
    assert held_postings(plan) == [] and postings(plan) == []


def test_rows_of_a_list_without_brackets_under_its_heading(tmp_path):
    text = ("Ambassadors of Lithuania to Ukraine\n\nJonas Rimkus, 1996–2001\nTomas Baltrus 2001–2005\n"
            "2006–2008: Karolis Vaitkus\nVilnius Declaration 2009\n\n"
            "Lithuania and Ukraine cooperate closely in many areas of common interest today.\n"
            "Andrius Petraitis 2015–2020\n")
    plan = plan_of(tmp_path, text, "en")
    assert sorted(p[3:] for p in postings(plan)) == [("1996", "2001"), ("2001", "2005"), ("2006", "2008")]


def test_ru_rows_of_a_list_under_its_heading(tmp_path):
    text = "Послы Литвы в Украине\n\nЙонас Римкус — 1996–2001\nТомас Балтрус — 2001–2005\n"
    plan = plan_of(tmp_path, text, "ru")
    assert sorted((p[0], p[1], p[3]) for p in postings(plan)) == [("country:lt", "country:ua", "1996"),
                                                                   ("country:lt", "country:ua", "2001")]


def test_the_subject_of_the_title_with_its_start_in_each_language(tmp_path):
    cases = [("en", "Jonas Rimkus, who has served as Lithuania's ambassador to Belarus since 2015, met the press.\n",
              ("country:lt", "country:by", "2015")),
             ("en", "Jonas Rimkus became Lithuania's ambassador to Belarus in 2013.\n",
              ("country:lt", "country:by", "2013")),
             ("ru", "Йонас Римкус стал послом Литвы в Беларуси в 2013 году.\n", ("country:lt", "country:by", "2013")),
             ("ru", "Йонас Римкус с 2013 года является послом Литвы в Беларуси.\n",
              ("country:lt", "country:by", "2013")),
             ("lv", "Pēteris Kalniņš kopš 2013. gada ir Latvijas vēstnieks Baltkrievijā.\n",
              ("country:lv", "country:by", "2013")),
             ("lt", "Jonas Rimkus nuo 2010 m. yra Lietuvos ambasadorius Ukrainoje.\n",
              ("country:lt", "country:ua", "2010"))]
    for number, (lang, text, expected) in enumerate(cases):
        plan = plan_of(tmp_path, text, lang, name=f"{number}.txt")
        assert [(p[0], p[1], p[3]) for p in postings(plan)] == [expected], text


def test_a_name_told_something_by_an_ambassador_is_not_the_ambassador(tmp_path):
    text = "Jonas Rimkus was told by Lithuania's ambassador to Belarus in 2013 that all is well.\n"
    plan = plan_of(tmp_path, text, "en")
    assert held_postings(plan) == [] and postings(plan) == []


def test_lt_appointed_in_the_passive_on_a_day_and_be_credentials_date_the_posting(tmp_path):
    plan = plan_of(tmp_path, "Lietuvos ambasadoriumi Baltarusijoje 2013 m. balandžio 5 d. paskirtas Jonas Rimkus.\n",
                   "lt")
    assert [p[3] for p in postings(plan)] == ["2013-04-05"]
    plan = plan_of(tmp_path, "Пасол Беларусі ў Літве Ян Янавіч 5 мая 2021 года ўручыў даверчыя граматы "
                             "прэзідэнту Літвы.\n", "be", name="be.txt")
    assert [(p[0], p[1], p[3]) for p in postings(plan)] == [("country:by", "country:lt", "2021-05-05")]


def test_a_term_from_one_year_to_another_gives_the_postings_end_in_each_language(tmp_path):
    cases = [("en", "Jonas Rimkus was Lithuania's ambassador to Belarus from 2010 to 2014.\n", ("2010", "2014")),
             ("en", "Jonas Rimkus was Lithuania's ambassador to Belarus from 1 March 2010 until 5 May 2014.\n",
              ("2010-03-01", "2014-05-05")),
             ("lv", "Pēteris Kalniņš no 2010. līdz 2014. gadam bija Latvijas vēstnieks Baltkrievijā.\n",
              ("2010", "2014")),
             ("ru", "Йонас Римкус с 2010 по 2014 год был послом Литвы в Беларуси.\n", ("2010", "2014")),
             ("lt", "Jonas Rimkus nuo 2010 iki 2014 m. buvo Lietuvos ambasadorius Ukrainoje.\n", ("2010", "2014"))]
    for number, (lang, text, term) in enumerate(cases):
        plan = plan_of(tmp_path, text, lang, name=f"{number}.txt")
        assert [p[3:] for p in postings(plan)] == [term], text


def test_a_year_later_in_the_sentence_is_no_end_of_the_term(tmp_path):
    text = "Jonas Rimkus has been Lithuania's ambassador to Belarus since 2010, a post he may hold to 2030.\n"
    plan = plan_of(tmp_path, text, "en")
    assert [p[3:] for p in postings(plan)] == [("2010", None)]


def test_the_holder_named_after_the_title_and_a_copula_with_a_term_in_brackets(tmp_path):
    cases = [("en", "The first Lithuanian ambassador to Ukraine was Romualdas Petraitis (1994–1996).\n",
              ("country:lt", "country:ua", "1994", "1996")),
             ("en", "The current ambassador of Ukraine to Lithuania is Petro Kovalenko, since 2021.\n",
              ("country:ua", "country:lt", "2021", None))]
    for number, (lang, text, expected) in enumerate(cases):
        plan = plan_of(tmp_path, text, lang, name=f"{number}.txt")
        assert [(p[0], p[1], p[3], p[4]) for p in postings(plan)] == [expected], text
    plan = plan_of(tmp_path, "Lietuvos ambasadorius Ukrainoje yra Petras Jonaitis.\n", "lt", name="lt.txt")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"], posting["people"][0]["written"]) == ("country:lt", "country:ua",
                                                                                 "Petras Jonaitis")


def test_capitalised_words_after_the_title_and_a_copula_that_do_not_close_the_clause_are_no_name(tmp_path):
    plan = plan_of(tmp_path, "The ambassador of Ukraine to Lithuania is Very Important for the talks.\n", "en")
    assert held_postings(plan) == [] and postings(plan) == []


def test_en_a_sentence_dense_with_names_is_prose_a_headline_is_not_read_for_names(tmp_path):
    plan = plan_of(tmp_path, "Latvia's Ambassador in Kyiv Juris Ozols met the mayor on 5 May 2021.\n", "en")
    [posting] = held_postings(plan)
    assert (posting["from"], posting["to"], posting["people"][0]["written"]) == ("country:lv", "country:ua",
                                                                                 "Juris Ozols")
    plan = plan_of(tmp_path, "Latvian Ambassador Expelled From Belarus Juris Ozols Leaves Minsk\n", "en",
                   name="headline.txt")
    assert held_postings(plan) == [] and postings(plan) == []
