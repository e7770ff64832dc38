"""Missions, agreements and events as unseen pages tell them (fifth development pages, 550 on), on small pages
we wrote ourselves, each shape beside the near miss that must stay as it was: a fact of two states outside
the four relations, a mission only decided or to be moved, a joint statement whose title opens with its
words, a legal text wrapped at a proper name, the embassies a page of one pair names by their capitals alone,
and a mission of a state of another age.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import missions, plan_of, treaties


def held_treaties(plan: Plan) -> list[tuple]:
    return sorted(tuple(sorted(h.doc["parties"])) for h in plan.held if h.doc["kind"] == "treaty")


# --- only the four relations ------------------------------------------------------------------------

def test_a_mission_of_belarus_in_ukraine_is_none_of_the_four_relations(tmp_path):
    text = ("Білорусь закриє своє консульство в Одесі.\n"
            "Генеральне консульство Білорусі в Одесі відкрито 9 березня 2011 року.\n")
    assert missions(plan_of(tmp_path, text, "uk")) == []
    latvia = "Генеральне консульство Латвії в Одесі відкрито 9 березня 2011 року.\n"
    assert missions(plan_of(tmp_path, latvia, "uk")) == [("country:lv", "country:ua", "consulate-general",
                                                          "city:odesa", "2011-03-09")]


# --- a mission decided, or to be moved ----------------------------------------------------------------

def test_a_decision_to_open_a_consulate_is_no_opening(tmp_path):
    decided = "Уряд Латвії ухвалив постанову щодо відкриття консульства в Одесі 9 березня 2011 року.\n"
    assert missions(plan_of(tmp_path, decided, "uk")) == []
    english = "On 9 March 2011 the Latvian government decided to open a consulate general in Odesa.\n"
    assert missions(plan_of(tmp_path, english, "en")) == []
    opened = "Консульство Латвії в Одесі відкрито 9 березня 2011 року.\n"
    assert missions(plan_of(tmp_path, opened, "uk")) == [("country:lv", "country:ua", "consulate", "city:odesa",
                                                          "2011-03-09")]


def test_an_intention_to_move_a_consulate_places_no_consulate_there(tmp_path):
    text = ("Латвийская Республика открыла почетное консульство в Славянске.\n"
            "Он поблагодарил посла Латвии в Украине за высказанное намерение перенести консульство в Донецк.\n")
    assert missions(plan_of(tmp_path, text, "ru")) == [("country:lv", "country:ua", "honorary-consulate",
                                                        "city:sloviansk", None)]
    moved = "Латвия перенесла свое консульство в Донецк.\n"
    assert [m[3] for m in missions(plan_of(tmp_path, moved, "ru"))] == ["city:donetsk"]


# --- a joint statement whose title opens with its words -----------------------------------------------

_STATEMENT = ("Портал в режимі тестування\n  • Доступність\n  • Стара версія\nРайонна адміністрація\n"
              "офіційний вебпортал\n\n"
              "Совместное заявление Президента Украины Петра Порошенко и Президента Литовской Республики Дали "
              "Грибаускайте по случаю 25-й годовщины установления дипломатических отношений\n\n"
              "Опубліковано 13 грудня 2016 року о 11:26\n\n")


def test_a_joint_statement_titled_first_is_a_declaration_of_the_day_under_its_title(tmp_path):
    text = _STATEMENT + "12 Декабря 2016 - 12:50\n\nДвадцать пять лет прошло с той исторической даты.\n"
    assert treaties(plan_of(tmp_path, text, "ru")) == [("declaration", ("country:lt", "country:ua"), "2016-12-12")]


def test_a_joint_statement_under_a_publication_stamp_only_is_held_without_a_day(tmp_path):
    plan = plan_of(tmp_path, _STATEMENT + "Двадцать пять лет прошло с той исторической даты.\n", "ru")
    assert treaties(plan) == []  # the stamp is the page's day, not the statement's
    assert held_treaties(plan) == [("country:lt", "country:ua")]


def test_a_sentence_telling_of_a_joint_statement_is_no_title(tmp_path):
    text = ("Новости\n\nСовместное заявление Президента Украины и Президента Литовской Республики подписали в "
            "Киеве.\n\n12 Декабря 2016 - 12:50\n")
    assert treaties(plan_of(tmp_path, text, "ru")) == []


# --- a legal text wrapped at a proper name --------------------------------------------------------------

_PREAMBLE = ("ДОГОВОР\nО ДОБРОСОСЕДСТВЕ И СОТРУДНИЧЕСТВЕ\n"
             "опираясь на принципы международного права и руководствуясь положениями\n"
             "Декларации о принципах добрососедских отношений между Республикой Беларусь и Литовской\n")


def test_a_document_and_its_day_wrapped_at_a_capital_are_one_sentence(tmp_path):
    text = _PREAMBLE + "Республикой от 24 октября 1991 года,\nдоговорились о нижеследующем:\n"
    assert treaties(plan_of(tmp_path, text, "ru")) == [("declaration", ("country:by", "country:lt"), "1991-10-24")]


def test_a_new_paragraph_after_a_blank_line_is_not_joined(tmp_path):
    text = _PREAMBLE + "\nРеспубликой от 24 октября 1991 года,\nдоговорились о нижеследующем:\n"
    assert treaties(plan_of(tmp_path, text, "ru")) == []


# --- embassies named by their capitals on a page of one pair ----------------------------------------------

def test_a_page_of_one_pair_names_each_embassy_by_its_capital_and_year(tmp_path):
    title = "Совместное заявление по случаю годовщины отношений Украины и Литвы.\n"
    text = title + ("Четверть века прошла со времени открытия дипломатических представительств в г. Киев в 1992 "
                    "году и в г. Вильнюс в 1993 году.\n")
    assert missions(plan_of(tmp_path, text, "ru")) == [("country:lt", "country:ua", "embassy", "city:kyiv", "1992"),
                                                       ("country:ua", "country:lt", "embassy", "city:vilnius",
                                                        "1993")]
    lithuanian = ("Lietuvos ir Ukrainos santykiai.\nKetvirtį amžiaus, nuo diplomatinių misijų įsteigimo Kijeve "
                  "1992 metais ir Vilniuje 1993 metais, tęsiasi ryšiai.\n")
    assert missions(plan_of(tmp_path, lithuanian, "lt")) == [
        ("country:lt", "country:ua", "embassy", "city:kyiv", "1992"),
        ("country:ua", "country:lt", "embassy", "city:vilnius", "1993")]


def test_a_capital_with_a_state_named_or_no_capital_is_not_read_so(tmp_path):
    title = "Совместное заявление по случаю годовщины отношений Украины и Литвы.\n"
    third = title + "Со времени открытия посольства США в г. Киев в 1992 году прошло много лет.\n"
    assert missions(plan_of(tmp_path, third, "ru")) == []
    elsewhere = title + "Со времени открытия дипломатических представительств во Львове в 1992 году прошло много лет.\n"
    assert missions(plan_of(tmp_path, elsewhere, "ru")) == []


# --- a state of another age ---------------------------------------------------------------------------------

def test_a_mission_of_the_ukrainian_peoples_republic_is_none_of_todays_ukraine(tmp_path):
    text = ("Rīgā ieradies Ukrainas prezidents.\nViņš atklās piemiņas plāksni, godinot pirmās Ukrainas Tautas "
            "Republikas diplomātiskās misijas Rīgā izveidi 1920.gadā.\n")
    assert missions(plan_of(tmp_path, text, "lv")) == []
    today = "Rīgā ieradies Ukrainas prezidents.\nViņš apmeklēs Ukrainas vēstniecību Rīgā.\n"
    assert missions(plan_of(tmp_path, today, "lv")) == [("country:ua", "country:lv", "embassy", "city:riga", None)]


# --- relations told as established, without a day ------------------------------------------------------------

def held_events(plan: Plan) -> list[tuple]:
    return sorted((h.doc["event"], h.doc["from"], h.doc["to"]) for h in plan.held if h.doc["kind"] == "event")


def test_relations_established_without_a_day_are_held_in_lithuanian_as_in_the_cyrillic_languages(tmp_path):
    text = ("Lietuvos ir Ukrainos santykiai.\n25-eri metai prabėgo nuo tos dienos, kurią nepriklausomos Lietuvos "
            "ir Ukrainos valstybės užmezgė diplomatinius santykius.\n")
    assert held_events(plan_of(tmp_path, text, "lt")) == [("diplomatic-relations", "country:lt", "country:ua")]
    anniversary = ("Lietuvos ir Ukrainos santykiai.\nMinėjome Lietuvos ir Ukrainos diplomatinių santykių užmezgimo "
                   "metines.\n")
    assert held_events(plan_of(tmp_path, anniversary, "lt")) == []


# --- an association agreement is the European Union's -------------------------------------------------------

def test_an_association_agreement_ratified_is_no_document_of_the_pair(tmp_path):
    text = ("Ukraine president thanks Latvia for ratification\n\nPoroshenko thanked Latvia for the ratification of "
            "the EU Association Agreement.\nThe Latvian government ratified the association agreement with the "
            "Ukraine at an emergency meeting on July 14.\n")
    plan = plan_of(tmp_path, text, "en")
    assert treaties(plan) == [] and held_treaties(plan) == []
    pair = ("Ukraine president thanks Latvia\n\nThe Latvian government ratified the agreement with Ukraine on "
            "readmission at an emergency meeting on July 14.\n")
    assert held_treaties(plan_of(tmp_path, pair, "en")) == [("country:lv", "country:ua")]


# --- embassies opened on a reciprocal basis -------------------------------------------------------------------

_BY_LT = "Беларусь и Литва стремились выстраивать взаимодействие на конструктивной основе.\n"


def test_embassies_opened_on_a_reciprocal_basis_are_one_each_way(tmp_path):
    text = _BY_LT + ("30 декабря 1992 года они установили дипломатические отношения, в 1993 году на взаимной основе "
                     "открыли посольства.\n")
    assert missions(plan_of(tmp_path, text, "ru")) == [("country:by", "country:lt", "embassy", None, "1993"),
                                                       ("country:lt", "country:by", "embassy", None, "1993")]


def test_a_reopening_a_year_missing_or_a_third_state_gives_no_reciprocal_embassies(tmp_path):
    for clause in ("в 1995 году на взаимной основе вновь открыли посольства",
                   "потом на взаимной основе открыли посольства",
                   "в 1993 году Литва и Польша на взаимной основе открыли посольства"):
        assert missions(plan_of(tmp_path, _BY_LT + f"Они установили отношения, {clause}.\n", "ru")) == [], clause


def test_an_embassy_dated_in_one_sentence_keeps_the_city_another_names(tmp_path):
    text = ("Belarus–Latvia relations\n\nCurrently, Belarus has an embassy in Riga, while Latvia has an embassy in "
            "Minsk.\nEmbassies were opened in both countries in 1993.\n")
    assert missions(plan_of(tmp_path, text, "en")) == [("country:by", "country:lv", "embassy", "city:riga", "1993"),
                                                       ("country:lv", "country:by", "embassy", "city:minsk", "1993")]


def test_a_decision_to_open_is_no_opening_in_latvian_and_lithuanian(tmp_path):
    lv = "Latvijas valdība 2011. gada 9. martā nolēma atvērt ģenerālkonsulātu Odesā.\n"
    assert missions(plan_of(tmp_path, lv, "lv")) == []
    lt = "Lietuvos Vyriausybė 2011 m. kovo 9 d. nusprendė atidaryti generalinį konsulatą Odesoje.\n"
    assert missions(plan_of(tmp_path, lt, "lt")) == []
    opened = "Lietuva 2011 m. kovo 9 d. atidarė generalinį konsulatą Odesoje.\n"
    assert missions(plan_of(tmp_path, opened, "lt")) == [("country:lt", "country:ua", "consulate-general",
                                                          "city:odesa", "2011-03-09")]


def test_a_joint_statement_titled_first_in_ukrainian_and_english_but_never_of_three_states(tmp_path):
    uk = ("Меню\n\nСпільна заява Президента України Петра Порошенка та Президента Литовської Республіки Далі "
          "Грібаускайте\n\n12 грудня 2016 року\n\nТекст заяви.\n")
    assert treaties(plan_of(tmp_path, uk, "uk")) == [("declaration", ("country:lt", "country:ua"), "2016-12-12")]
    en = ("Menu\n\nJoint Statement by the President of the Republic of Lithuania and the President of Ukraine\n\n"
          "12 December 2016\n\nText.\n")
    assert treaties(plan_of(tmp_path, en, "en")) == [("declaration", ("country:lt", "country:ua"), "2016-12-12")]
    three = "Menu\n\nJoint Statement of the Presidents of Lithuania, Latvia and Ukraine\n\n12 December 2016\n\nText.\n"
    assert treaties(plan_of(tmp_path, three, "en")) == []
