"""Recalls, expulsions, the page's pair, women's names and announced trips in shapes the fifth development pages
(550-612) showed the importer missing or misreading, each on a small page we wrote ourselves beside the near miss
that must stay unread: a doubtful fact is dropped or held, never written as certain.
"""

from __future__ import annotations

from data.importer import names as nm
from data.importer.extract_base import page_pair
from data.importer.page import read_page
from data.importer.places import Places
from data.importer.plan import Plan
from tests.importkit import page, plan_of

LV, BY, LT, UA = "country:lv", "country:by", "country:lt", "country:ua"


def events(plan: Plan) -> list[tuple]:
    """(kind, parties, whether someone is named, ends_posting) of every recall or expulsion proposed."""
    written = [(c.doc["kind"], tuple(c.doc["parties"]), bool(c.doc.get("person")), c.doc.get("ends_posting"))
               for c in plan.changes if c.kind == "event" and c.doc["kind"] in ("recall", "expulsion")]
    held = [(c.doc["event"], tuple(c.doc["parties"]), bool(c.doc["people"]), c.doc.get("ends_posting"))
            for c in plan.held if c.kind == "event"]
    return sorted(written + held)


def visits(plan: Plan) -> list[tuple]:
    """(from, to, the first traveller's name) of every visit proposed, written or held."""
    written = [(c.doc["from"], c.doc["to"]) for c in plan.changes if c.kind == "visit"]
    held = [(c.doc["from"], c.doc["to"]) for c in plan.held if c.kind == "visit"]
    return sorted(written + held)


# --- recalls: called home, left the host's capital, participles, diplomats ---------------------------

def test_en_an_envoy_summoned_to_his_capital_for_consultations_is_recalled(tmp_path):
    text = ("Latvian Ambassador to Belarus Einars Semanis has been summoned to Riga for consultations, Latvian Foreign "
            "Minister Edgars Rinkevics said on 7 October 2020.\n")
    assert events(plan_of(tmp_path, text, "en")) == [("recall", (LV, BY), True, False)]


def test_en_an_envoy_summoned_to_the_hosts_ministry_is_not_recalled(tmp_path):
    # near miss: the host's summons, to hear a protest, is no recall, "for consultations" or not
    text = ("Latvian Ambassador to Belarus Einars Semanis was summoned to the Belarusian Foreign Ministry for "
            "consultations on 7 October 2020.\n")
    assert events(plan_of(tmp_path, text, "en")) == []


def test_uk_an_envoy_who_left_the_hosts_capital_for_consultations_is_recalled(tmp_path):
    text = "Посол Литви Андрюс Пулокас покинув Мінськ для консультацій 5 жовтня 2020 року.\n"
    assert events(plan_of(tmp_path, text, "uk")) == [("recall", (LT, BY), True, False)]


def test_uk_an_envoy_who_left_the_capital_for_a_trip_is_not_recalled(tmp_path):
    # near miss: leaving Minsk is a trip; only "for consultations" makes it a recall
    text = "Посол Литви Андрюс Пулокас покинув Мінськ 5 жовтня 2020 року.\n"
    assert events(plan_of(tmp_path, text, "uk")) == []


def test_uk_diplomats_recalled_without_an_envoy_are_a_recall(tmp_path):
    text = "Потім Вільнюс відкликав із Мінська п'ятьох акредитованих дипломатів у жовтні 2020 року.\n"
    assert events(plan_of(tmp_path, text, "uk")) == [("recall", (LT, BY), False, None)]


def test_uk_a_decision_revoked_is_no_recall(tmp_path):
    # near miss: "відкликав своє рішення" revokes a decision; no envoy, no diplomats
    text = "Вільнюс відкликав із Мінська своє рішення у жовтні 2020 року.\n"
    assert events(plan_of(tmp_path, text, "uk")) == []


def test_ru_a_recall_told_by_a_participle_is_a_recall(tmp_path):
    text = ("В октябре 2020 года МИД Белоруссии, отозвавший послов из Польши и Литвы, потребовал аналогичных "
            "шагов.\n")
    assert events(plan_of(tmp_path, text, "ru")) == [("recall", (BY, LT), False, None)]


def test_ru_an_envoy_recalled_from_his_post_in_the_hosts_capital(tmp_path):
    text = "В октябре 2020 года Литва отозвала для консультаций посла в Минске.\n"
    assert events(plan_of(tmp_path, text, "ru")) == [("recall", (LT, BY), False, False)]


def test_en_a_recall_from_two_states_is_the_one_of_the_four_relations(tmp_path):
    text = "In October 2020 Minsk also recalled its ambassadors from Poland and Lithuania.\n"
    assert events(plan_of(tmp_path, text, "en")) == [("recall", (BY, LT), False, None)]


def test_en_a_recall_from_a_third_state_alone_is_none(tmp_path):
    # near miss: Belarus and Poland are none of the store's relations
    text = "In October 2020 Minsk also recalled its ambassador from Poland.\n"
    assert events(plan_of(tmp_path, text, "en")) == []


def test_en_ambassadors_named_by_their_nations_each_recalled(tmp_path):
    text = ("In October 2020 Polish, Lithuanian, German and Estonian ambassadors were recalled from Belarus for "
            "consultations.\n")
    assert events(plan_of(tmp_path, text, "en")) == [("recall", (LT, BY), False, False)]


def test_en_ambassadors_of_third_states_recalled_are_none(tmp_path):
    # near miss: neither Poland nor Germany is one of the four relations' states
    text = "In October 2020 Polish and German ambassadors were recalled from Belarus for consultations.\n"
    assert events(plan_of(tmp_path, text, "en")) == []


def test_ru_ambassadors_whose_states_are_in_brackets_are_those_states_only(tmp_path):
    text = ("В октябре 2020 года министр заявил: «Мы договорились с белорусской стороной, что временный отзыв "
            "послов (Литвы и Польши) для консультаций послужит снижению напряженности».\n")
    assert events(plan_of(tmp_path, text, "ru")) == [("recall", (LT, BY), False, False)]


def test_ru_a_recall_only_demanded_is_none(tmp_path):
    # the demand is six words before the infinitive, past a comma
    text = ("В октябре 2020 года Минск потребовал у посольств Польши и Литвы сократить количество дипломатов, а "
            "также отозвать послов этих стран на родину для консультаций.\n")
    assert events(plan_of(tmp_path, text, "ru")) == []


def test_ru_a_recall_decided_is_a_recall(tmp_path):
    # near miss: a decision to recall is the recall
    text = "В октябре 2020 года Литва и Польша решили отозвать своих послов из Беларуси для консультаций.\n"
    assert ("recall", (LT, BY), False, False) in events(plan_of(tmp_path, text, "ru"))


def test_en_neither_recall_nor_reduce_is_none(tmp_path):
    text = ("In October 2020 Vilnius said it will neither recall ambassadors nor reduce staff in Minsk, Lithuania's "
            "foreign minister said.\n")
    assert events(plan_of(tmp_path, text, "en")) == []


def test_lv_recalled_from_the_performance_of_duties_ends_the_posting(tmp_path):
    text = ("2020. gada 16. septembrī Baltkrievijas prezidents no pienākumu pildīšanas atsaucis vēstnieku Latvijā "
            "Vasīliju Markoviču.\n")
    assert events(plan_of(tmp_path, text, "lv")) == [("recall", (BY, LV), True, True)]


def test_lv_a_plain_recall_leaves_the_posting_unsaid(tmp_path):
    # near miss: "atsaucis" alone may be a recall for consultations
    text = "2020. gada 16. septembrī Baltkrievijas prezidents atsaucis vēstnieku Latvijā Vasīliju Markoviču.\n"
    assert events(plan_of(tmp_path, text, "lv")) == [("recall", (BY, LV), True, None)]


# --- expulsions: a mission cut to a minimum, time to leave, the object of the verb ---------------------

def test_ru_a_mission_cut_to_a_minimum_the_words_the_other_way_round(tmp_path):
    text = ("6 июля 2021 года МИД Белоруссии заявил о решении Минска до минимума сократить дипломатическое "
            "представительство Литвы.\n")
    assert events(plan_of(tmp_path, text, "ru")) == [("expulsion", (BY, LT), False, None)]


def test_ru_flights_cut_to_a_minimum_are_no_expulsion(tmp_path):
    # near miss: nobody's staff is cut
    text = "6 июля 2021 года МИД Белоруссии заявил о решении Минска до минимума сократить количество рейсов в Литву.\n"
    assert events(plan_of(tmp_path, text, "ru")) == []


def test_en_the_reduction_of_a_mission_to_a_minimum_as_a_noun(tmp_path):
    text = ("On 6 July 2021 she was informed about the reduction of the Lithuanian diplomatic mission in Belarus to "
            "a minimum.\n")
    assert events(plan_of(tmp_path, text, "en")) == [("expulsion", (BY, LT), False, None)]


def test_en_a_state_forced_to_reduce_its_staff_is_expelled(tmp_path):
    text = ("On 7 July 2021 Belarus decided to force Lithuania to reduce its diplomatic staff to a minimum, the "
            "ministry said.\n")
    assert events(plan_of(tmp_path, text, "en")) == [("expulsion", (BY, LT), False, None)]


def test_en_a_state_reducing_its_own_staff_expels_nobody(tmp_path):
    # near miss: Lithuania cuts its own mission; nobody made it
    text = "On 7 July 2021 Lithuania decided to reduce its diplomatic staff in Minsk to a minimum.\n"
    assert events(plan_of(tmp_path, text, "en")) == []


def test_en_a_diplomat_from_a_state_given_hours_to_leave_is_expelled(tmp_path):
    text = "On 2 August 2006 Latvia gave a diplomat from Belarus 24 hours to leave the Baltic state.\n"
    assert events(plan_of(tmp_path, text, "en")) == [("expulsion", (LV, BY), False, None)]


def test_en_a_delegation_given_hours_to_leave_for_a_city_is_a_trip(tmp_path):
    # near miss: leaving for a place is travel
    text = "On 2 August 2006 Latvia gave a delegation from Belarus 24 hours to leave for Kyiv.\n"
    assert events(plan_of(tmp_path, text, "en")) == []


def test_en_a_states_diplomat_in_a_later_clause_is_not_the_one_expelled(tmp_path):
    # "the Belarussian" is not read as a nation; the Latvian diplomat of the later clause is not the expelled one
    text = ("On 2 August 2006 the decision to expel the Belarussian, identified by BNS as Dmitry Krayushkin, came a "
            "week after the authorities in Minsk raided the apartment of Latvian diplomat Reimo Smits.\n")
    assert events(plan_of(tmp_path, text, "en")) == []


def test_en_a_states_diplomats_as_the_object_are_the_ones_expelled(tmp_path):
    # near miss: the staff right after the verb are its object
    text = "On 28 May 2021 Lithuania said it was expelling two Belarusian diplomats, the ministry said.\n"
    assert events(plan_of(tmp_path, text, "en")) == [("expulsion", (LT, BY), False, None)]


# --- the page's pair: a state of the four relations before a third state ------------------------------

def _pair(tmp_path, text: str, lang: str) -> tuple[str, str] | None:
    return page_pair(read_page(page(tmp_path, text)), Places.builtin())


def test_the_pair_prefers_a_state_of_the_four_relations_to_a_third_state(tmp_path):
    text = ("Білорусь і Польща. Білорусь вислала польських дипломатів. Польща відповіла. Білорусь протестує. "
            "Литва підтримала Польщу. Литва теж протестує. Литва чекає.\n")
    assert _pair(tmp_path, text, "uk") == ("BY", "LT")


def test_a_state_of_the_four_named_once_in_passing_is_not_the_pair(tmp_path):
    # near miss: i15's "приїхали з Білорусі до Польщі": a state named once or twice is no page's subject
    text = ("Білорусь і Польща. Білорусь вислала польських дипломатів. Польща відповіла. Литва підтримала Польщу. "
            "Литва теж протестує. Білорусь протестує.\n")
    assert _pair(tmp_path, text, "uk") == ("BY", "PL")


def test_the_pair_of_a_page_on_two_third_states_and_one_of_the_four(tmp_path):
    # near miss: a page naming no second state of the four relations keeps its two most named states
    text = "Білорусь і Польща. Білорусь вислала польських дипломатів. Польща відповіла. Білорусь протестує.\n"
    assert _pair(tmp_path, text, "uk") == ("BY", "PL")


def test_a_latvian_pages_pair_is_latvia_and_a_state_of_its_relations(tmp_path):
    text = ("Gruzijas vēstnieks Latvijā tikās ar ministru. Gruzija un Latvija. Gruzijas delegācija. "
            "Baltkrievijas vēstnieks arī ieradās. Baltkrievija atbalstīja. Baltkrievija gaida.\n")
    assert _pair(tmp_path, text, "lv") == ("LV", "BY")


# --- a woman's name after a woman's office (lv, lt) ------------------------------------------------

def test_lv_a_womans_accusative_after_a_womans_office_is_her_nominative():
    assert nm.is_feminine_office("Ukrainas premjerministra vietniecei ", "lv")
    guess = nm.guess_nominative("Ivannu Klimpušu-Cincadzi", "lv", female=True)
    assert guess.text == "Ivanna Klimpuša-Cincadze" and not guess.certain
    assert nm.guess_nominative("Dalią Grybauskaitę", "lt", female=True).text == "Dalia Grybauskaitė"


def test_lv_a_mans_office_gives_no_womans_name():
    # near miss: "premjerministram" is a man's office; the plural "ministri" is no woman's
    assert not nm.is_feminine_office("Ukrainas premjerministram ", "lv")
    assert not nm.is_feminine_office("ārlietu ministri ", "lv")
    assert nm.guess_nominative("Einaru Semani", "lv").text == "Einars Semanis"


def test_lv_a_womans_name_whose_case_cannot_be_undone_is_kept_as_written():
    guess = nm.guess_nominative("Jānis Bērziņš", "lv", female=True)
    assert guess.text == "Jānis Bērziņš"


def test_lv_a_visitor_after_a_womans_office_is_named_as_a_woman(tmp_path):
    # 520's shape: the page names her only in the accusative, after her office in the dative
    text = ("Ārlietu ministrs Edgars Rinkēvičs, tiekoties ar Ukrainas premjerministra vietniecei Ivannu "
            "Klimpušu-Cincadzi, uzsvēris atbalstu Ukrainai.\n"
            "2016. gada 27. oktobrī Ukrainas premjerministra vietniece Klimpuša-Cincadze ieradās darba vizītē "
            "Latvijā.\n")
    plan = plan_of(tmp_path, text, "lv")
    told = " ".join(str(c.doc) + " ".join(getattr(c, "people", [])) for c in [*plan.changes, *plan.held]
                    if c.kind == "visit")
    assert "Ivanna Klimpuša-Cincadze" in told and "Ivanns" not in told


# --- a trip one "is to" make ------------------------------------------------------------------------

def test_uk_a_trip_one_is_to_make_is_announced(tmp_path):
    text = ("12 листопада 2020 року. Президент Литовської Республіки Гітанас Науседа з візитом в Україну має "
            "прибути наприкінці цього року.\n")
    assert visits(plan_of(tmp_path, text, "uk")) == []


def test_uk_a_trip_made_is_a_visit(tmp_path):
    # near miss: "прибув" is the trip made
    text = "12 листопада 2020 року Президент Литовської Республіки Гітанас Науседа з візитом прибув в Україну.\n"
    assert visits(plan_of(tmp_path, text, "uk")) == [(LT, UA)]


def test_lt_the_side_one_agreed_with_does_not_recall(tmp_path):
    # 035's shape: the Belarusian side the ministry agreed with is not a state recalling its ambassadors
    text = ("2020 m. spalio 5 d. Lietuva ir Lenkija pranešė: sutarėme su Baltarusijos pusei, kad laikinas ambasadorių "
            "pakvietimas konsultacijoms pasitarnautų įtampos mažinimui.\n")
    assert (("recall", (BY, LT), False, False)) not in events(plan_of(tmp_path, text, "lt"))


def test_ru_the_side_that_recalls_in_the_nominative_still_recalls(tmp_path):
    # near miss: "белорусская сторона" as the subject recalls
    text = "В октябре 2020 года белорусская сторона отозвала посла из Литвы для консультаций.\n"
    assert events(plan_of(tmp_path, text, "ru")) == [("recall", (BY, LT), False, False)]


def test_en_staff_before_a_later_verb_of_expulsion_are_the_ones_expelled(tmp_path):
    text = ("On 24 May 2021, in response to the expulsions, the Latvian Foreign Ministry summoned Belarus' charge "
            "d'affaires to inform that Belarusian diplomats are also being expelled.\n")
    assert ("expulsion", (LV, BY), False, None) in events(plan_of(tmp_path, text, "en"))


# --- days: an expulsion going on, on a same-day report; a pronoun continuing the sentence before --------

_URL = "https://news.example.com/2021/05/24/latvia-belarus-expulsions"


def _days(plan: Plan) -> list[tuple]:
    written = [(c.doc["kind"], tuple(c.doc["parties"]), c.doc["date"]) for c in plan.changes if c.kind == "event"]
    held = [(c.doc["event"], tuple(c.doc["parties"]), None) for c in plan.held if c.kind == "event"]
    return sorted(written + held)


def test_en_diplomats_being_expelled_on_a_same_day_report_take_its_day(tmp_path):
    text = ("Latvian Ambassador to Belarus Einars Semanis on Monday was summoned to the Belarusian Foreign Ministry.\n"
            "Responding to Belarus' decision, the Latvian Foreign Ministry summoned Belarus' charge d'affaires to "
            "inform that Belarusian diplomats are being expelled.\n")
    assert ("expulsion", (LV, BY), "2021-05-24") in _days(plan_of(tmp_path, text, "en", url=_URL))


def test_en_diplomats_being_expelled_on_a_report_of_no_days_news_stay_held(tmp_path):
    # near miss: nothing says the item is a same-day report (it may be filed the day after)
    text = ("Latvian Ambassador to Belarus Einars Semanis was given 24 hours to leave.\n"
            "Responding to Belarus' decision, the Latvian Foreign Ministry summoned Belarus' charge d'affaires to "
            "inform that Belarusian diplomats are being expelled.\n")
    assert ("expulsion", (LV, BY), None) in _days(plan_of(tmp_path, text, "en", url=_URL))


def test_en_she_was_informed_takes_the_day_of_the_sentence_before(tmp_path):
    text = ("The Lithuanian Charge d'Affaires in Belarus Asta Andrijauskienė was summoned to the Ministry of Foreign "
            "Affairs on 13 December 2019.\n"
            "She was informed about the reduction of the Lithuanian diplomatic mission in Belarus to a minimum.\n")
    assert ("expulsion", (BY, LT), "2019-12-13") in _days(plan_of(tmp_path, text, "en"))


def test_en_a_sentence_not_opening_with_a_pronoun_takes_no_day_from_before(tmp_path):
    # near miss: a new subject may tell another occasion
    text = ("The Lithuanian Charge d'Affaires in Belarus Asta Andrijauskienė was summoned to the Ministry of Foreign "
            "Affairs on 13 December 2019.\n"
            "Minsk announced the reduction of the Lithuanian diplomatic mission in Belarus to a minimum.\n")
    assert ("expulsion", (BY, LT), None) in _days(plan_of(tmp_path, text, "en"))
