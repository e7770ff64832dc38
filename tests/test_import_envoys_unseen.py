"""Envoys, recalls and expulsions in shapes the fifth development pages (525-549) showed the importer
missing or misreading at first sight, each on a small page we wrote ourselves beside the near miss that
must stay unread: a doubtful fact is dropped or held, never written as certain.
"""

from __future__ import annotations

from data.importer import names as nm
from data.importer.plan import Plan
from tests.importkit import plan_of


def envoys(plan: Plan) -> list[tuple]:
    """(from, to, role, the name as written) of every envoy proposed, written or held."""
    written = [(c.doc["from"], c.doc["to"], c.doc["role"], c.doc["person"]) for c in plan.changes
               if c.kind == "envoy"]
    held = [(c.doc["from"], c.doc["to"], c.doc["role"], c.doc["people"][0]["written"]) for c in plan.held
            if c.kind == "envoy"]
    return sorted(written + held)


def events(plan: Plan) -> list[tuple]:
    """(kind, parties, whether someone is named, ends_posting) of every recall or expulsion proposed."""
    written = [(c.doc["kind"], tuple(c.doc["parties"]), bool(c.doc.get("person")), c.doc.get("ends_posting"))
               for c in plan.changes if c.kind == "event" and c.doc["kind"] in ("recall", "expulsion")]
    held = [(c.doc["event"], tuple(c.doc["parties"]), bool(c.doc["people"]), c.doc.get("ends_posting"))
            for c in plan.held if c.kind == "event"]
    return sorted(written + held)


LV, BY, LT, UA = "country:lv", "country:by", "country:lt", "country:ua"


# --- "this country": the state the sentence named before ----------------------------------------

def test_ru_this_country_is_the_state_named_before_it(tmp_path):
    text = ("Латвия в ответ на действия властей Беларуси, предписавших покинуть страну послу Латвии в этой стране "
            "Эйнару Семанису, предприняла симметричные действия.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert envoys(plan) == [(LV, BY, "ambassador", "Эйнару Семанису")]
    assert ("expulsion", (BY, LV), True, None) in events(plan)  # Belarus sends Latvia's ambassador away


def test_uk_this_country_after_the_envoys_own_state_is_not_that_state(tmp_path):
    text = ("Латвія у відповідь на дії влади Білорусі, яка наказала залишити країну послу Латвії в цій країні "
            "Ейнару Семанісу, зробила симетричні дії.\n")
    assert envoys(plan_of(tmp_path, text, "uk")) == [(LV, BY, "ambassador", "Ейнару Семанісу")]


def test_this_country_with_no_other_state_before_it_says_nothing(tmp_path):
    # near miss: "в этой стране" can only mean Latvia itself here, which is no host for Latvia's ambassador
    text = "Посол Латвии в этой стране Эйнар Семанис рассказал о планах.\n"
    assert envoys(plan_of(tmp_path, text, "ru")) == []


# --- a man's name in the dative beside a title in the dative --------------------------------------

def test_cyrillic_dative_of_a_mans_name_is_undone_as_a_dative_not_as_an_accusative():
    guess = nm.guess_nominative("Эйнару Семанису", "ru", case="dat")
    assert guess.text == "Эйнар Семанис" and not guess.certain
    assert nm.guess_nominative("Андрію Петренкові", "uk", case="dat").text == "Андрій Петренко"
    # the same ending read without the case is a feminine accusative ("Анну" -> "Анна"): the title tells
    assert nm.guess_nominative("Эйнару", "ru").text == "Эйнара"


def test_a_womans_dative_is_kept_as_written_not_guessed():
    # near miss: "Наталье Садовской" could be undone several ways; the review gets the form as written
    guess = nm.guess_nominative("Наталье Садовской", "ru", case="dat")
    assert guess.text == "Наталье Садовской" and not guess.certain


# --- the chargé d'affaires as "temporary attorney" ------------------------------------------------

def test_cyrillic_temporary_attorney_without_in_affairs_is_the_charge(tmp_path):
    text = "В МИД Латвии была вызвана временная поверенная Беларуси Наталья Садовская.\n"
    assert envoys(plan_of(tmp_path, text, "ru")) == [(BY, LV, "charge-daffaires", "Наталья Садовская")]


def test_an_attorney_without_temporary_is_nobodys_envoy(tmp_path):
    # near miss: "поверенный" alone is anyone's agent or attorney
    text = "В МИД Латвии был вызван поверенный Беларуси Иван Петров.\n"
    assert envoys(plan_of(tmp_path, text, "ru")) == []


# --- recalled from a state: the state where the envoy served --------------------------------------

def test_uk_an_envoy_recalled_from_a_state_served_there(tmp_path):
    text = "Посол Латвії Ейнарс Семаніс і посол Естонії Меріке Кокаєв відкликані з Білорусі у свої столиці.\n"
    plan = plan_of(tmp_path, text, "uk")
    assert envoys(plan) == [(LV, BY, "ambassador", "Ейнарс Семаніс")]
    assert events(plan) == [("recall", (LV, BY), True, None)]


def test_uk_an_envoy_who_came_from_a_state_did_not_serve_there(tmp_path):
    # near miss: arriving from Belarus says nothing of the post; the sentence names no host
    text = "Посол Латвії Ейнарс Семаніс і посол Естонії Меріке Кокаєв приїхали з Білорусі до Польщі.\n"
    assert envoys(plan_of(tmp_path, text, "uk")) == []


# --- an initial with the surname, the page giving the full name ------------------------------------

_MISCHENKO = ("Pro-Russian forces attack Ambassador Oleksandr Mischenko.\n"
              "The Ambassador of Ukraine to Latvia O. Mischenko said the campaign was organised.\n")


def test_en_an_initial_and_surname_is_the_full_name_the_page_gives(tmp_path):
    assert envoys(plan_of(tmp_path, _MISCHENKO, "en")) == [(UA, LV, "ambassador", "Oleksandr Mischenko")]


def test_en_an_initial_and_surname_without_the_full_name_is_dropped(tmp_path):
    text = "The Ambassador of Ukraine to Latvia O. Mischenko said the campaign was organised.\n"
    assert envoys(plan_of(tmp_path, text, "en")) == []


def test_en_an_initial_after_a_bare_title_is_not_placed_by_other_words_states(tmp_path):
    # near miss: "Lithuania's image in Ukraine" is no phrase of the title: whose envoy where is unsaid
    text = ("The former ambassadors met the current Ambassador Valdemaras Sarapinas.\n"
            "Answering about Lithuania's image in Ukraine, Ambassador V. Sarapinas was pleased.\n")
    assert all(who != "Valdemaras Sarapinas" or (sending, receiving) == (LT, UA)
               for sending, receiving, _role, who in envoys(plan_of(tmp_path, text, "en")))
    assert (UA, LT, "ambassador", "Valdemaras Sarapinas") not in envoys(plan_of(tmp_path, text, "en"))


# --- dismissals in other words ----------------------------------------------------------------------

def test_lv_removed_from_office_ends_the_posting(tmp_path):
    text = ("Baltkrievijas prezidenta lēmumu atcelt no amata vēstnieku Latvijā Vasiliju Markoviču varētu uzskatīt "
            "par politisku žestu.\n")
    assert events(plan_of(tmp_path, text, "lv")) == [("recall", (BY, LV), True, True)]


def test_lv_cancelling_a_decision_is_no_dismissal(tmp_path):
    # near miss: "atcelt lēmumu" (cancel a decision) beside an ambassador
    text = "Valdība nolēma atcelt lēmumu par Baltkrievijas vēstnieku Latvijā Vasiliju Markoviču.\n"
    assert events(plan_of(tmp_path, text, "lv")) == []


def test_en_removed_from_office_ends_the_posting(tmp_path):
    text = ("Belarus President Alexander Lukashenko has removed Ambassador to Latvia Vasily Markovich from office, "
            "the portal reports.\n")
    assert events(plan_of(tmp_path, text, "en")) == [("recall", (BY, LV), True, True)]


def test_en_removed_from_a_list_is_no_dismissal(tmp_path):
    text = "Latvia has removed Belarusian Ambassador Vasily Markovich from the guest list of the reception.\n"
    assert events(plan_of(tmp_path, text, "en")) == []


# --- an expulsion ordered of a long object ----------------------------------------------------------

def test_en_ordered_a_title_a_name_and_others_to_leave(tmp_path):
    text = ("The Belarusian Foreign Ministry has ordered Latvian Ambassador to Belarus Einars Semanis and other "
            "diplomats to leave the country.\n")
    assert events(plan_of(tmp_path, text, "en")) == [("expulsion", (BY, LV), True, None)]


def test_en_ordered_past_a_comma_is_not_that_order(tmp_path):
    # near miss: the order is for something else; "to leave" belongs to another clause
    text = ("The Belarusian Foreign Ministry ordered an inquiry, and Latvian Ambassador to Belarus Einars Semanis "
            "is to leave for Riga on holiday.\n")
    assert events(plan_of(tmp_path, text, "en")) == []


# --- intended, not done -----------------------------------------------------------------------------

def test_uk_an_expulsion_only_planned_is_none(tmp_path):
    text = "Відзначається, що в Білорусі литовських дипломатів планували визнати персонами нон грата.\n"
    assert events(plan_of(tmp_path, text, "uk")) == []


def test_uk_an_expulsion_done_is_read(tmp_path):
    text = "Відзначається, що в Білорусі литовських дипломатів визнали персонами нон грата.\n"
    assert events(plan_of(tmp_path, text, "uk")) == [("expulsion", (BY, LT), False, None)]


def test_en_not_going_to_recall_is_none(tmp_path):
    text = "Poland and Lithuania are not going to recall their ambassadors in Belarus for consultations.\n"
    assert events(plan_of(tmp_path, text, "en")) == []


# --- several states recall, one recall each -----------------------------------------------------------

def test_uk_each_state_of_a_listed_subject_recalls_its_own_envoy(tmp_path):
    text = ("Польща і Литва, а також Німеччина, Латвія, Естонія і Словаччина відкликали послів з Мінська для "
            "консультацій.\n")
    assert events(plan_of(tmp_path, text, "uk")) == [("recall", (LT, BY), False, False),
                                                    ("recall", (LV, BY), False, False)]


def test_uk_a_single_state_outside_the_four_recalls_nothing_of_ours(tmp_path):
    text = "Польща відкликала посла з Мінська для консультацій.\n"
    assert events(plan_of(tmp_path, text, "uk")) == []


# --- the envoy summoned to hear of an expulsion is not the one expelled -----------------------------

def test_uk_the_charge_summoned_to_hear_of_the_diplomats_expulsion_is_not_named_as_expelled(tmp_path):
    text = ("До МЗС Латвії було викликано тимчасово повірену Білорусі Наталію Садовську і поінформовано про "
            "видворення білоруських дипломатів.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert events(plan) == [("expulsion", (LV, BY), False, None)]
    assert envoys(plan) == [(BY, LV, "charge-daffaires", "Наталію Садовську")]


def test_en_the_charge_expelled_by_name_is_the_one_expelled(tmp_path):
    # near miss: nobody is summoned; the chargé is the object of the expulsion
    text = "Latvia expelled the Chargé d'Affaires of Belarus to Latvia Natalia Sadovskaya.\n"
    assert events(plan_of(tmp_path, text, "en")) == [("expulsion", (LV, BY), True, None)]


# --- a courtesy between the title's phrase and the name ---------------------------------------------

def test_en_a_courtesy_after_the_titles_phrase_stands_before_the_name(tmp_path):
    text = "The Ambassador of Belarus to Latvia Mr Vasiliy Markovich thanked the President.\n"
    assert envoys(plan_of(tmp_path, text, "en")) == [(BY, LV, "ambassador", "Vasiliy Markovich")]


def test_en_a_courtesy_before_a_lowercase_word_names_nobody(tmp_path):
    text = "The Ambassador of Belarus to Latvia Mr thanked the President.\n"
    assert envoys(plan_of(tmp_path, text, "en")) == []


# --- a ceremony of credentials says where the envoys named by their state serve ---------------------

def test_en_the_accreditation_of_several_states_envoys_dates_and_places_each(tmp_path):
    text = ("On 30 October 2018, President of Latvia Raimonds Vējonis accredited Ambassadors of Georgia, Belarus, "
            "and Thailand to Latvia.\n"
            "During the conversation with Ambassador Extraordinary and Plenipotentiary of Georgia Ms Tea Maisuradze, "
            "the President praised the relations.\n"
            "During the conversation with Ambassador Extraordinary and Plenipotentiary of the Republic of Belarus "
            "Mr Vasiliy Markovich, the President thanked for the cooperation.\n")
    plan = plan_of(tmp_path, text, "en")
    [posting] = [c.doc for c in plan.changes if c.kind == "envoy"]
    assert (posting["from"], posting["to"], posting["start"]) == (BY, LV, "2018-10-30")


def test_en_an_accreditation_says_nothing_of_a_state_it_does_not_name(tmp_path):
    # near miss: Belarus is not among the states accredited, so where its ambassador serves is unsaid
    text = ("On 30 October 2018, President of Latvia Raimonds Vējonis accredited Ambassadors of Georgia and "
            "Thailand to Latvia.\n"
            "During the conversation with Ambassador Extraordinary and Plenipotentiary of Georgia Ms Tea Maisuradze, "
            "the President praised the relations.\n"
            "Later he met the Ambassador of the Republic of Belarus Mr Vasiliy Markovich in Tbilisi.\n")
    assert [e for e in envoys(plan_of(tmp_path, text, "en")) if e[0] == BY] == []


# --- where an envoy named by their own state returns to or works is the post ------------------------

_RETURNED = ("Посли Естонії та Латвії теж планують повернення.\n"
             "Посол Литви Вальдемарас Сарапінас 7 квітня повернувся до Києва після того, як працював у Львові.\n")


def test_uk_the_envoy_returned_to_a_capital_serves_in_its_state(tmp_path):
    assert (LT, UA, "ambassador", "Вальдемарас Сарапінас") in envoys(plan_of(tmp_path, _RETURNED, "uk"))


def test_uk_the_envoy_returned_home_serves_nowhere_the_sentence_says(tmp_path):
    # near miss: his own capital is no post; the page names no other state for him
    text = ("Посли Естонії та Латвії теж планують повернення.\n"
            "Посол Литви Вальдемарас Сарапінас 7 квітня повернувся до Вільнюса.\n")
    assert [e for e in envoys(plan_of(tmp_path, text, "uk")) if e[0] == LT] == []


def test_uk_the_envoy_who_visited_a_capital_is_not_placed_there(tmp_path):
    # near miss: a visit is no post ("відвідав Київ")
    text = ("Посли Естонії та Латвії теж планують візити.\n"
            "Посол Литви Вальдемарас Сарапінас 7 квітня відвідав Київ.\n")
    assert [e for e in envoys(plan_of(tmp_path, text, "uk")) if e[0] == LT] == []
