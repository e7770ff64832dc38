"""What one language's readers of documents, events and missions read, the other five read too: the same fact
told in the grammar of each language (a treaty "concluded", an entry into force alone in Lithuanian, the
Belarusian "ў" and "і", the possessive between "opened" and the embassy, the accusative mission before its
verb, a date's own stops between a city and its mission), each beside a near miss that must stay unread."""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def treaties(plan: Plan) -> list[tuple]:
    """(kind, parties, signed, in force) of every agreement proposed, written or held (held: no days)."""
    written = [(c.doc["kind"], tuple(sorted(c.doc["parties"])), c.doc.get("signed"), c.doc.get("in_force"))
               for c in plan.changes if c.kind == "treaty"]
    held = [(c.doc["treaty"], tuple(sorted(c.doc["parties"])), None, None) for c in plan.held
            if c.doc["kind"] == "treaty"]
    return sorted(written + held)


def missions(plan: Plan) -> list[tuple]:
    """(from, to, kind, city, opened, closed) of every mission proposed."""
    return sorted((c.doc["from"], c.doc["to"], c.doc["kind"], c.doc.get("city"), c.doc.get("opened"),
                   c.doc.get("closed")) for c in plan.changes if c.kind == "mission")


def relations(plan: Plan) -> list[tuple]:
    return sorted((c.doc["kind"], tuple(sorted(c.doc["parties"])), c.doc.get("date")) for c in plan.changes
                  if c.kind == "event" and c.doc["kind"] in ("diplomatic-relations", "recognition"))


LT_UA = ("country:lt", "country:ua")
BY_LT = ("country:by", "country:lt")
LV_UA = ("country:lv", "country:ua")


# --- a treaty is concluded as well as signed -----------------------------------------------------------------

def test_uk_an_agreement_concluded_in_a_year_is_signed_that_year(tmp_path):
    text = "Литва розірвала угоду з Білоруссю.\nУгода між Литвою та Білоруссю була укладена у 2006 році.\n"
    assert ("agreement", BY_LT, "2006", None) in treaties(plan_of(tmp_path, text, "uk"))


def test_ru_concluded_with_the_document_after_it(tmp_path):
    text = "Литва и Белоруссия 10 марта 2006 года заключили соглашение о пограничных уполномоченных.\n"
    assert treaties(plan_of(tmp_path, text, "ru")) == [("agreement", BY_LT, "2006-03-10", None)]


def test_ru_concluding_without_a_document_beside_it_is_no_signing(tmp_path):
    text = ("В заключение министр Литвы напомнил, что соглашение с Белоруссией действует с 2006 года.\n"
            "Литва и Белоруссия 10 марта 2006 года заключили контракт на поставку газа.\n")
    assert treaties(plan_of(tmp_path, text, "ru")) == []


def test_uk_agreements_concluded_and_counted_are_no_one_document(tmp_path):
    text = "Україна уклала вже 29 двосторонніх угод з Литвою станом на 2024 рік.\n"
    assert treaties(plan_of(tmp_path, text, "uk")) == []


def test_en_an_agreement_concluded(tmp_path):
    text = ("The foreign ministers of Latvia and Ukraine concluded an agreement on visas on 5 May 2005.\n"
            "The agreement on trade between Latvia and Ukraine was concluded in Riga on 6 May 2005.\n")
    assert treaties(plan_of(tmp_path, text, "en")) == [("agreement", LV_UA, "2005-05-05", None),
                                                       ("agreement", LV_UA, "2005-05-06", None)]


def test_en_talks_that_concluded_sign_nothing(tmp_path):
    text = "The talks between Latvia and Ukraine concluded on 5 May 2005 with an agreement to meet again.\n"
    assert treaties(plan_of(tmp_path, text, "en")) == []


def test_lt_a_treaty_concluded_before_or_after_its_word(tmp_path):
    text = ("Sutartis tarp Lietuvos ir Ukrainos buvo sudaryta 2005 m. gegužės 5 d. Vilniuje.\n"
            "Lietuvos ir Ukrainos ministrai 2007 m. birželio 8 d. sudarė susitarimą dėl vizų.\n")
    assert treaties(plan_of(tmp_path, text, "lt")) == [("agreement", LT_UA, "2007-06-08", None),
                                                       ("treaty", LT_UA, "2005-05-05", None)]


def test_lt_making_anything_else_is_no_treaty(tmp_path):
    text = ("Prekyba su Ukraina 2005 m. sudarė 30 proc. Lietuvos eksporto.\n"
            "Vilniuje 2005 m. gegužės 5 d. buvo sudaryta darbo grupė, kuri rengs Lietuvos ir Ukrainos sutartį.\n")
    assert treaties(plan_of(tmp_path, text, "lt")) == []


# --- Lithuanian: an entry into force alone, as the other languages read it ---------------------------------

def test_lt_an_entry_into_force_alone(tmp_path):
    text = "Susitarimas dėl prekybos tarp Lietuvos ir Ukrainos įsigaliojo 1992 m. kovo 1 d.\n"
    assert treaties(plan_of(tmp_path, text, "lt")) == [("agreement", LT_UA, None, "1992-03-01")]


def test_lt_an_entry_into_force_to_come_or_of_a_union_is_none(tmp_path):
    text = ("Lietuvos ir Ukrainos susitarimas įsigalios 2026 m. sausio 1 d.\n"
            "Ukrainos ir Europos Sąjungos asociacijos susitarimas įsigaliojo 2017 m. rugsėjo 1 d.\n")
    assert treaties(plan_of(tmp_path, text, "lt")) == []


# --- Belarusian spelling: "ў" after a vowel, "і" for "и" -----------------------------------------------------

def test_be_relations_established_with_the_short_u(tmp_path):
    text = ("Дыпламатычныя адносіны паміж Літвой і Украінай былі ўстаноўлены 12 снежня 1991 года.\n"
            "Літва і Беларусь ўстанавілі дыпламатычныя адносіны 30 снежня 1992 года.\n")
    assert relations(plan_of(tmp_path, text, "be")) == [("diplomatic-relations", BY_LT, "1992-12-30"),
                                                        ("diplomatic-relations", LT_UA, "1991-12-12")]


def test_be_an_anniversary_of_relations_is_no_establishment(tmp_path):
    text = "Літва і Украіна адзначаюць 30-годдзе ўстанаўлення дыпламатычных адносін 12 снежня 2021 года.\n"
    assert relations(plan_of(tmp_path, text, "be")) == []


# --- missions: the state's own embassy opened, in every language ------------------------------------------------

def test_the_possessive_between_opened_and_the_embassy_keeps_the_day(tmp_path):
    day = ("country:lv", "country:ua", "embassy", "city:kyiv", "1992-05-20", None)
    for lang, text in (("ru", "Латвия открыла свое посольство в Киеве 20 мая 1992 года.\n"),
                       ("uk", "Латвія відкрила своє посольство в Києві 20 травня 1992 року.\n"),
                       ("be", "Латвія адкрыла сваю амбасаду ў Кіеве 20 траўня 1992 года.\n")):
        assert missions(plan_of(tmp_path, text, lang)) == [day], lang


def test_the_mission_in_the_accusative_is_what_its_verb_opened(tmp_path):
    for lang, text, code in (("lv", "Latvija savu vēstniecību Kijivā atvēra 1992. gada 20. maijā.\n", "lv"),
                             ("lt", "Lietuva savo ambasadą Kijeve atidarė 1992 m. gegužės 20 d.\n", "lt")):
        [mission] = missions(plan_of(tmp_path, text, lang))
        assert mission[:5] == (f"country:{code}", "country:ua", "embassy", "city:kyiv", "1992-05-20"), lang


def test_the_mission_as_subject_opens_something_else(tmp_path):
    text = "Latvijas vēstniecība Kijivā 1992. gada 20. maijā atvēra izstādi par Rīgu.\n"
    assert [m[4] for m in missions(plan_of(tmp_path, text, "lv"))] == [None]


def test_lv_lt_a_city_then_its_date_then_the_opened_consulate(tmp_path):
    for lang, text in (("lv", "Odesā 2015. gada 3. martā tika atvērts Lietuvas goda konsulāts.\n"),
                       ("lt", "Odesoje 2015 m. kovo 3 d. atidarytas Lietuvos garbės konsulatas.\n")):
        assert missions(plan_of(tmp_path, text, lang)) == [
            ("country:lt", "country:ua", "honorary-consulate", "city:odesa", "2015-03-03", None)], lang


def test_lv_a_city_in_another_sentence_places_no_consulate(tmp_path):
    text = "Odesā 2015. gada 3. martā notika forums. Tika atvērts Lietuvas goda konsulāts.\n"
    assert missions(plan_of(tmp_path, text, "lv")) == []


# --- missions: who has them, where they are, in the languages that say "to X is" ------------------------------

def test_the_state_that_has_the_missions_owns_each_of_a_row(tmp_path):
    both = [("country:lv", "country:ua", "embassy", "city:kyiv", None, None),
            ("country:lv", "country:ua", "honorary-consulate", "city:odesa", None, None)]
    for lang, text in (("lv", "Latvijai ir vēstniecība Kijivā un goda konsulāts Odesā.\n"),
                       ("ru", "У Латвии есть посольство в Киеве и почетное консульство в Одессе.\n")):
        assert missions(plan_of(tmp_path, text, lang)) == both, lang


def test_what_matters_to_a_state_is_not_what_it_has(tmp_path):
    text = "Latvijai ir svarīgi, lai vēstniecība Kijivā strādātu.\n"
    assert missions(plan_of(tmp_path, text, "lv")) == []


def test_two_states_each_with_its_own_embassy(tmp_path):
    text = "У Латвии есть посольство в Киеве, а у Украины есть посольство в Риге.\n"
    assert [m[:4] for m in missions(plan_of(tmp_path, text, "ru"))] == [
        ("country:lv", "country:ua", "embassy", "city:kyiv"), ("country:ua", "country:lv", "embassy", "city:riga")]


def test_there_is_an_embassy_in_a_place_named_first(tmp_path):
    for lang, text, city in (("ru", "В Латвии есть посольство Украины.\n", None),
                             ("lv", "Rīgā ir Ukrainas vēstniecība.\n", "city:riga"),
                             ("lt", "Vilniuje yra Ukrainos ambasada.\n", "city:vilnius")):
        [mission] = missions(plan_of(tmp_path, text, lang))
        assert (mission[0], mission[2], mission[3]) == ("country:ua", "embassy", city), lang


def test_a_place_with_an_opinion_or_many_embassies_has_no_mission_of_ours(tmp_path):
    assert missions(plan_of(tmp_path, "В Латвии есть мнение, что посольство Украины работает хорошо.\n",
                            "ru")) == []
    assert missions(plan_of(tmp_path, "Rīgā ir daudz vēstniecību.\n", "lv")) == []


# --- recognitions: the passive, and the object first --------------------------------------------------------------

def recognitions(plan: Plan) -> list[tuple]:
    return sorted((tuple(c.doc["parties"]), c.doc.get("date")) for c in plan.changes
                  if c.kind == "event" and c.doc["kind"] == "recognition")


def test_en_a_recognition_in_the_passive_keeps_who_recognised_whom(tmp_path):
    text = ("Ukraine's independence was recognised by Latvia on 24 August 1991.\n"
            "The independence of Lithuania was officially recognized by Ukraine on 26 August 1991.\n")
    assert recognitions(plan_of(tmp_path, text, "en")) == [(("country:lv", "country:ua"), "1991-08-24"),
                                                           (("country:ua", "country:lt"), "1991-08-26")]


def test_en_a_recognition_not_made_or_by_nobody_named_is_none(tmp_path):
    text = ("Ukraine's independence was not recognised by Latvia on 24 August 1991.\n"
            "Ukraine's independence was recognised by most of the world's states in December 1991.\n")
    assert recognitions(plan_of(tmp_path, text, "en")) == []


def test_cyrillic_the_independence_first_then_the_recogniser(tmp_path):
    for lang, text, parties in (
            ("ru", "Независимость Литвы Украина признала 26 августа 1991 года.\n", ("country:ua", "country:lt")),
            ("uk", "Незалежність Литви Україна визнала 26 серпня 1991 року.\n", ("country:ua", "country:lt")),
            ("be", "Незалежнасць Украіны Літва прызнала 4 снежня 1991 года.\n", ("country:lt", "country:ua"))):
        [(got, _date)] = recognitions(plan_of(tmp_path, text, lang))
        assert got == parties, lang


def test_cyrillic_the_independence_first_with_no_recogniser_before_the_verb_is_none(tmp_path):
    text = "Независимость Литвы в 1991 году признали многие государства.\n"
    assert recognitions(plan_of(tmp_path, text, "ru")) == []


# --- English: the signing in apposition, as the other languages read it ("подписанный", "kas parakstīts") -----

def test_en_a_treaty_with_its_signing_in_apposition(tmp_path):
    text = ("The Treaty on Good-Neighbourliness between Lithuania and Belarus, signed on 6 February 1995, remains "
            "in force.\n")
    assert treaties(plan_of(tmp_path, text, "en")) == [("treaty", BY_LT, "1995-02-06", None)]


def test_en_a_day_after_the_apposition_is_another_acts(tmp_path):
    text = "The agreement on trade between Latvia and Ukraine, signed by the ministers, will be ratified in 2025.\n"
    assert treaties(plan_of(tmp_path, text, "en")) == []


# --- an opening told in apposition, a participle within its commas -------------------------------------------

def test_the_participle_of_opening_in_apposition_dates_the_mission(tmp_path):
    kharkiv = ("country:lt", "country:ua", "honorary-consulate", "city:kharkiv", "2016-11-18", None)
    for lang, text in (
            ("en", "The honorary consulate of Lithuania in Kharkiv, opened on 18 November 2016, helps Lithuanians.\n"),
            ("ru", "Почетное консульство Литвы в Харькове, открытое 18 ноября 2016 года, помогает литовцам.\n"),
            ("uk", "Почесне консульство Литви в Харкові, відкрите 18 листопада 2016 року, допомагає литовцям.\n"),
            ("lv", "Lietuvas goda konsulāts Harkivā, kas atvērts 2016. gada 18. novembrī, palīdz lietuviešiem.\n")):
        assert missions(plan_of(tmp_path, text, lang)) == [kharkiv], lang


def test_what_the_mission_opened_in_a_relative_clause_dates_nothing(tmp_path):
    for lang, text in (
            ("en", "The honorary consulate of Lithuania in Kharkiv, which opened an exhibition on 18 November 2016, "
                   "helps Lithuanians.\n"),
            ("ru", "Посольство Литвы в Киеве, где 18 ноября 2016 года открыли выставку, работает.\n")):
        assert [m[4] for m in missions(plan_of(tmp_path, text, lang))] == [None], lang


# --- Belarusian names of the Ukrainian and Lithuanian cities -----------------------------------------------------

def test_be_a_consulate_in_kharkiv_and_klaipeda(tmp_path):
    text = ("18 лістапада 2016 года Літва адкрыла ганаровае консульства ў Харкаве.\n"
            "Беларусь мае ганаровае консульства ў Клайпедзе.\n")
    assert [m[:4] for m in missions(plan_of(tmp_path, text, "be"))] == [
        ("country:by", "country:lt", "honorary-consulate", "city:klaipeda"),
        ("country:lt", "country:ua", "honorary-consulate", "city:kharkiv")]


# --- English: the passive with its signers after the verb; Belarusian words of documents --------------------

def test_en_a_document_named_by_its_kind_signed_between_two_states(tmp_path):
    for text, parties in (("A memorandum of understanding was signed between Latvia and Ukraine on 5 May 2019.\n",
                           LV_UA),
                          ("An agreement was signed by Lithuania and Ukraine in Vilnius on 5 May 2019.\n", LT_UA)):
        [(_kind, got, day, _in_force)] = treaties(plan_of(tmp_path, text, "en"))
        assert (got, day) == (parties, "2019-05-05"), text


def test_en_a_document_named_by_its_kind_signed_with_no_two_states_is_none(tmp_path):
    for text in ("An agreement was signed by Ukraine and the IMF on 5 May 2019.\n",
                 "A memorandum was signed by the Ministry of Health of Latvia and the Ministry of Health of Ukraine on "
                 "5 May 2019.\n",
                 "An agreement was signed on 5 May 2019.\n"):
        assert treaties(plan_of(tmp_path, text, "en")) == [], text


def test_be_a_memorandum_and_a_treaty_as_belarusian_writes_them(tmp_path):
    text = ("Паміж Літвой і Украінай 5 мая 2019 года быў падпісаны мемарандум аб супрацоўніцтве.\n"
            "Беларусь і Літва 6 лютага 1995 года падпісалі Дамову аб добрасуседстве і супрацоўніцтве.\n")
    assert treaties(plan_of(tmp_path, text, "be")) == [("memorandum", LT_UA, "2019-05-05", None),
                                                       ("treaty", BY_LT, "1995-02-06", None)]


def test_be_agreeing_is_no_treaty(tmp_path):
    text = "Беларусь і Літва 6 лютага 1995 года дамовіліся пра новыя перамовы.\n"
    assert treaties(plan_of(tmp_path, text, "be")) == []


# --- a state recognised as an independent state, in the accusative, and the English passive of the state --------

def test_a_state_recognised_as_an_independent_state_in_every_language(tmp_path):
    for lang, text in (("lv", "Latvija 1991. gada 24. augustā atzina Ukrainu par neatkarīgu valsti.\n"),
                       ("ru", "Латвия признала Украину независимым государством 24 августа 1991 года.\n"),
                       ("uk", "Латвія визнала Україну незалежною державою 24 серпня 1991 року.\n"),
                       ("be", "Латвія прызнала Украіну незалежнай дзяржавай 24 жніўня 1991 года.\n"),
                       ("en", "Ukraine was recognised by Latvia on 24 August 1991.\n")):
        assert recognitions(plan_of(tmp_path, text, lang)) == [(("country:lv", "country:ua"), "1991-08-24")], lang


def test_a_state_recognised_as_a_partner_or_a_government_recognised_is_none(tmp_path):
    for lang, text in (("ru", "Латвия признала Украину важным партнером 24 августа 2021 года.\n"),
                       ("lv", "Latvija 2021. gada 24. augustā atzina Ukrainu par svarīgu partneri.\n"),
                       ("en", "Ukraine's government was recognised by Latvia on 24 August 1991.\n")):
        assert recognitions(plan_of(tmp_path, text, lang)) == [], lang
