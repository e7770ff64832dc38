"""Envoys in the news of a new ambassador, an interview, a dismissal and a recall, on small pages we wrote
ourselves: each shape beside the near miss that must stay unread (precision first: when in doubt, nothing
or a held fact, never a guess written as certain).
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def envoys(plan: Plan) -> list[tuple]:
    """Every envoy the plan proposes, written or held: (from, to, role, start, the name as the page wrote it)."""
    written = [(c.doc["from"], c.doc["to"], c.doc["role"], c.doc["start"], c.doc["person"]) for c in plan.changes
               if c.kind == "envoy"]
    held = [(c.doc["from"], c.doc["to"], c.doc["role"], None, c.doc["people"][0]["written"]) for c in plan.held
            if c.kind == "envoy"]
    return sorted(written + held)


def names(plan: Plan) -> list[str]:
    return sorted(c.doc["people"][0]["written"] for c in plan.held if c.kind == "envoy")


def events(plan: Plan) -> list[tuple]:
    written = [(c.doc["kind"], c.doc["parties"], c.doc["date"]) for c in plan.changes if c.kind == "event"]
    held = [(c.doc["event"], c.doc["parties"], None) for c in plan.held if c.kind == "event"]
    return written + held


# --- whose name stands beside the title ----------------------------------------------------------

def test_uk_a_name_in_the_genitive_before_a_title_in_the_genitive_is_its_holder(tmp_path):
    text = ("16 вересня президент прийняв вірчі грамоти від Андрія Пілдеговічса, нового посла Латвії в Україні, "
            "а також від посла Кіпру.\n")
    plan = plan_of(tmp_path, text, "uk")
    [(sending, receiving, role, start, _who)] = envoys(plan)
    assert (sending, receiving, role, start) == ("country:lv", "country:ua", "ambassador", None)
    assert names(plan) == ["Андрія Пілдеговічса"]  # in the title's case: its nominative is for the review


def test_uk_a_nominative_title_after_a_comma_is_a_subject_of_its_own_not_an_apposition(tmp_path):
    # "Зеленський, посол ..." would be two people: only a title in the name's oblique case agrees with it
    text = "Про це заявили Володимир Зеленський, посол Латвії в Україні та інші.\n"
    assert "Володимир Зеленський" not in names(plan_of(tmp_path, text, "uk"))


def test_a_name_joined_on_after_the_titles_phrase_is_not_its_holder(tmp_path):
    uk = plan_of(tmp_path, "Андрійс Пілдеговічс, що виконує обов'язки посла Латвії в Україні, та Михаліс Фіріллас "
                           "доповнять команду.\n", "uk")
    assert "Михаліс Фіріллас" not in names(uk)
    en = plan_of(tmp_path, "He met the Ambassador of Latvia to Ukraine and Jonas Rimkus.\n", "en")
    assert envoys(en) == []


def test_the_other_persons_country_is_not_where_the_title_serves(tmp_path):
    # "в Україні" belongs to the first person's title; the second title names Cyprus, a state we do not read
    text = ("Президент прийняв грамоти від Андрія Пілдеговічса, посла Латвії в Україні, а також Михаліса "
            "Фірілласа, посла Кіпру.\n")
    assert [who for *_post, who in envoys(plan_of(tmp_path, text, "uk"))] == ["Андрія Пілдеговічса"]


def test_en_a_courtesy_before_the_name_opening_the_sentence(tmp_path):
    text = ("H. E. Volodymyr Yatsenkivskyi, the Ukrainian ambassador to Lithuania, spoke to the newspaper about "
            "the Baltic Way.\n")
    assert envoys(plan_of(tmp_path, text, "en")) == [
        ("country:ua", "country:lt", "ambassador", None, "Volodymyr Yatsenkivskyi")]


def test_en_words_after_the_title_and_the_are_no_name(tmp_path):
    text = "Interview with Ukrainian Ambassador: the Baltic Way showed that you will win\n"
    assert envoys(plan_of(tmp_path, text, "en")) == []


def test_en_a_title_case_headline_names_nobody_by_its_title_words(tmp_path):
    text = "Lukashenko Dismisses Ambassador To Latvia, Strips Him Of Diplomatic Rank\n"
    plan = plan_of(tmp_path, text, "en")
    assert not any("Ambassador" in who for *_post, who in envoys(plan))
    assert all(not c.doc.get("people") or "Ambassador" not in c.doc["people"][0]["written"] for c in plan.held)


# --- whose envoy, when the sentence does not say -------------------------------------------------

def test_ru_an_envoy_of_a_third_state_the_sentence_names_is_not_the_pages_own(tmp_path):
    text = ("Латвия отозвала своего посла из Беларуси для консультаций. Министр иностранных дел Украины заявил о "
            "решении отозвать посла в Беларуси Игоря Кизиму для консультаций.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert not any("Кизим" in who for *_post, who in envoys(plan))
    assert all(p == ["country:lv", "country:by"] for _k, p, _d in events(plan))


def test_ru_an_envoy_whose_sender_is_the_pages_other_country_is_still_read(tmp_path):
    text = ("Латвия отозвала своего посла из Беларуси для консультаций. Посол в Беларуси Эйнарс Семанис "
            "вернулся в Ригу.\n")
    assert ("country:lv", "country:by") in {(s, r) for s, r, *_rest in envoys(plan_of(tmp_path, text, "ru"))}


# --- the predecessor a new envoy replaces ----------------------------------------------------------

def test_uk_replacing_in_this_post_names_the_predecessor_in_the_same_post(tmp_path):
    text = ("Андрейс Пілдеговічс, посол Латвії в Україні, приступив до виконання своїх обов’язків, замінюючи на цій "
            "посаді Ілгварса Кляву, який протягом п’яти років представляв інтереси Латвії.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert [(s, r) for s, r, *_rest in envoys(plan)] == [("country:lv", "country:ua")] * 2
    assert any("Кляв" in who for *_post, who in envoys(plan))


def test_uk_replacing_a_word_is_no_predecessor(tmp_path):
    text = "Андрейс Пілдеговічс, посол Латвії в Україні, замінює старі правила новими.\n"
    assert len(envoys(plan_of(tmp_path, text, "uk"))) == 1


# --- "since" is a posting's start only when the sentence is about holding the post --------------

def test_ru_since_with_a_verb_of_office_dates_the_held_consul(tmp_path):
    text = ("В Славянске открыли почетное консульство Латвии. Почетным консулом назначен Александр Павенко. "
            "Александр Павенко работает в Славянске с 2021 года.\n")
    starts = [start for *_post, start, _who in envoys(plan_of(tmp_path, text, "ru")) if start]
    assert starts == ["2021"]


def test_ru_since_with_another_verb_says_nothing_of_the_post(tmp_path):
    text = ("В Славянске открыли почетное консульство Латвии. Почетным консулом назначен Александр Павенко. "
            "Александр Павенко с 2014 года предоставляет в Славянске помощь семьям.\n")
    assert [start for *_post, start, _who in envoys(plan_of(tmp_path, text, "ru"))] == [None]


# --- recalls --------------------------------------------------------------------------------------

def test_en_the_agency_stamp_opening_the_sentence_is_not_the_day_of_the_dismissal(tmp_path):
    text = ("Published: 17 September 2020\n\n(UrduPoint News / Sputnik - 17th September, 2020) Belarusian "
            "President Alexander Lukashenko has dismissed Ambassador to Latvia Vasily Markovich, the presidential "
            "office said on Wednesday.\n")
    plan = plan_of(tmp_path, text, "en")
    assert [(kind, date) for kind, _p, date in events(plan)] == [("recall", "2020-09-16")]


def test_be_a_recall_of_envoys_from_two_countries_is_from_the_pages_own(tmp_path):
    text = ("Літва адклікае свайго амбасадара ў Беларусі. 2 кастрычніка МЗС Беларусі паведаміў пра адкліканне "
            "беларускіх паслоў з Польшчы і Літвы для кансультацый.\n")
    assert ("recall", ["country:by", "country:lt"], None) in events(plan_of(tmp_path, text, "be"))


def test_be_a_recall_not_wanted_is_none(tmp_path):
    plan = plan_of(tmp_path, "Літва аднак адклікаць амбасадара з Беларусі не хацела.\n", "be")
    assert events(plan) == []
    plan = plan_of(tmp_path, "Lithuania refused to recall its ambassador from Belarus.\n", "en")
    assert events(plan) == []


# --- a new envoy announced with the state unsaid, or in a list of appointments --------------------

def test_lv_a_new_envoy_in_belarus_whose_state_is_unsaid_is_the_latvian_pages_own(tmp_path):
    text = ("Jaunais vēstnieks Baltkrievijā būs Einars Semanis, kurš bija līdzšinējais vēstnieks Lietuvā.\n"
            "Jaunais vēstnieks Lietuvā būs Indulis Bērziņš.\n")
    assert [(s, r) for s, r, *_rest in envoys(plan_of(tmp_path, text, "lv"))] == [("country:lv", "country:by")]


def test_lv_the_unsaid_state_is_never_guessed_beside_a_third_state(tmp_path):
    text = "Krievijas ārlietu ministrs paziņoja, ka jaunais vēstnieks Baltkrievijā būs Jānis Kalniņš.\n"
    assert envoys(plan_of(tmp_path, text, "lv")) == []


def test_lt_her_appointment_first_in_a_list_of_posts(tmp_path):
    text = ("Lietuvos ambasadore Ukrainoje nuo rugpjūčio 19 dienos skiriama Inga Stanytė-Toločkienė, Lenkijoje – "
            "Valdemaras Sarapinas.\n")
    assert [(s, r, who) for s, r, _role, _start, who in envoys(plan_of(tmp_path, text, "lt"))] == [
        ("country:lt", "country:ua", "Inga Stanytė-Toločkienė")]


# --- a title with no state beside it, on a page about one embassy ------------------------------------

def test_uk_a_bare_title_on_a_page_about_one_embassy_is_its_post_held(tmp_path):
    text = ("На подвір’ї Посольства України в Латвії був піднятий прапор.\n"
            "У своїй промові Посол Олександр Міщенко привітав присутніх із Днем незалежності України.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert envoys(plan) == [("country:ua", "country:lv", "ambassador", None, "Олександр Міщенко")]
    assert not any(c.kind == "envoy" for c in plan.changes)  # held for a check, never written


def test_uk_a_bare_title_on_a_page_about_two_embassies_is_nobodys(tmp_path):
    text = ("На подвір’ї Посольства України в Латвії був піднятий прапор, а Посольство Литви в Україні надіслало "
            "вітання.\nУ своїй промові Посол Олександр Міщенко привітав присутніх.\n")
    assert envoys(plan_of(tmp_path, text, "uk")) == []


def test_uk_a_bare_title_before_another_states_name_is_nobodys(tmp_path):
    text = ("На подвір’ї Посольства України в Латвії був піднятий прапор.\n"
            "Посол Франції Жан-Марк Дюпон привітав присутніх.\n")
    assert envoys(plan_of(tmp_path, text, "uk")) == []


# --- an expulsion of the other state's ambassador ------------------------------------------------------

def test_ru_expelling_the_ambassador_of_a_state_is_the_expulsion_of_that_state(tmp_path):
    plan = plan_of(tmp_path, "Латвия высылает посла Беларуси.\n", "ru")
    assert events(plan) == [("expulsion", ["country:lv", "country:by"], None)]


# --- an interview: the interviewee says since when they hold the post -------------------------------

def _starts(plan: Plan) -> list[str | None]:
    return [c.doc["start"] for c in plan.changes if c.kind == "envoy"]


def test_en_an_interviewee_saying_since_when_dates_the_post_the_page_names(tmp_path):
    text = ("We spoke with the Ambassador of Ukraine to Latvia Oleksandr Mishchenko.\n"
            "Since 2019 I have served as Ambassador of Ukraine to Latvia.\n")
    assert _starts(plan_of(tmp_path, text, "en")) == ["2019"]


def test_ru_an_interviewee_saying_since_when_dates_the_post_the_page_names(tmp_path):
    text = "Интервью с послом Украины в Латвии Александром Мищенко. С 2019 года я являюсь послом Украины в Латвии.\n"
    assert _starts(plan_of(tmp_path, text, "ru")) == ["2019"]


def test_en_a_year_the_interviewee_met_an_ambassador_is_no_start(tmp_path):
    text = ("We spoke with the Ambassador of Ukraine to Latvia Oleksandr Mishchenko.\n"
            "In 2019 I met the Ambassador of Ukraine to Latvia for the first time.\n")
    assert _starts(plan_of(tmp_path, text, "en")) == []


# --- whose envoy by the nation's adjective; the host among several; a man's name ending in a vowel -------

def test_ru_uk_the_nations_adjective_right_before_the_title_is_the_sender(tmp_path):
    ru = plan_of(tmp_path, "Белорусский посол в Латвии Александр Герасименко встретился с мэром.\n", "ru")
    assert [(s, r) for s, r, *_rest in envoys(ru)] == [("country:by", "country:lv")]
    uk = plan_of(tmp_path, "Литва і Україна домовилися. Литовський посол Маріус Януконіс зустрівся з мером Одеси.\n",
                 "uk")
    assert [(s, r) for s, r, *_rest in envoys(uk)] == [("country:lt", "country:ua")]


def test_ru_a_nations_adjective_before_another_word_is_not_the_titles(tmp_path):
    text = "Белорусский журналист спросил, что думает посол в Латвии Александр Герасименко.\n"
    assert envoys(plan_of(tmp_path, text, "ru")) == []


def test_lv_an_envoy_accredited_to_several_hosts_is_posted_in_the_relations_host(tmp_path):
    text = "Latvijas vēstnieks Lietuvā un Baltkrievijā Jānis Kalniņš tikās ar ministru.\n"
    assert [(s, r) for s, r, *_rest in envoys(plan_of(tmp_path, text, "lv"))] == [("country:lv", "country:by")]


def test_uk_a_mans_given_name_ending_in_a_vowel_keeps_his_surname_whole():
    from data.importer.names import guess_nominative

    assert guess_nominative("Петро Бешта", "uk").text == "Петро Бешта"
    assert guess_nominative("Петра Бешти", "uk").text != "Петра Бешти"  # the genitive is still undone


# --- a term, a start inside the title's phrase, the head of a mission, a dismissal by a verb alone -----

def test_uk_a_term_of_two_years_is_one_posting_with_its_end(tmp_path):
    plan = plan_of(tmp_path, "Послом України в Литві з 2015 по 2020 рік був Володимир Яценківський.\n", "uk")
    assert [(c.doc["start"], c.doc.get("end")) for c in plan.changes if c.kind == "envoy"] == [("2015", "2020")]


def test_en_lv_a_start_between_the_titles_phrase_and_the_comma_or_copula(tmp_path):
    en = plan_of(tmp_path, "Einārs Semanis, Latvia's ambassador to Belarus since 2019, was told to leave.\n", "en")
    lv = plan_of(tmp_path, "Latvijas goda konsuls Ļvivā kopš 2015. gada ir Ivans Petrenko.\n", "lv")
    assert [c.doc["start"] for c in en.changes if c.kind == "envoy"] == ["2019"]
    assert [(c.doc["role"], c.doc["start"]) for c in lv.changes if c.kind == "envoy"] == [("honorary-consul", "2015")]


def test_en_a_courtesy_before_the_subject_of_the_title(tmp_path):
    plan = plan_of(tmp_path, "Mr Ivan Petrenko has been Latvia's honorary consul in Lviv since 2015.\n", "en")
    assert [(c.doc["from"], c.doc["to"], c.doc["start"]) for c in plan.changes if c.kind == "envoy"] == [
        ("country:lv", "country:ua", "2015")]


def test_ru_the_head_of_a_mission_is_its_states_envoy_and_not_the_ambassador_recalled(tmp_path):
    text = "После отзыва посла посольство Литвы в Минске возглавляет временный поверенный в делах Аста Андрияускене.\n"
    plan = plan_of(tmp_path, text, "ru")
    assert envoys(plan) == [("country:lt", "country:by", "charge-daffaires", None, "Аста Андрияускене")]
    assert events(plan) == []


def test_uk_a_dismissal_by_the_verb_alone_from_the_post_after_the_name(tmp_path):
    plan = plan_of(tmp_path, "Зеленський звільнив Анатолія Куцеволя з посади Посла України в Латвії.\n", "uk")
    assert events(plan) == [("recall", ["country:ua", "country:lv"], None)]
    plan = plan_of(tmp_path, "Зеленський звільнив Анатолія Куцеволя, який розповів про роботу Посла України.\n", "uk")
    assert events(plan) == []


# --- someone beside the envoy; a post at an organisation; a term between the title and the name --------

def test_uk_en_a_deputy_of_the_ambassador_is_no_ambassador(tmp_path):
    assert envoys(plan_of(tmp_path, "Заступник посла Литви в Україні Іван Петренко зустрівся з мером.\n", "uk")) == []
    assert envoys(plan_of(tmp_path, "Deputy Ambassador of Lithuania to Ukraine Jonas Rimkus met the mayor.\n",
                          "en")) == []


def test_en_an_ambassador_at_large_and_a_post_at_an_organisation_are_no_posting_in_a_state(tmp_path):
    assert envoys(plan_of(tmp_path, "Lithuania's Ambassador-at-Large Jonas Rimkus visited Minsk.\n", "en")) == []
    lv = plan_of(tmp_path, "Latvijas vēstnieks ANO Andrejs Pildegovičs tikās ar Ukrainas ministru.\n", "lv")
    assert envoys(lv) == []


def test_ru_lv_a_term_between_the_titles_phrase_and_the_name(tmp_path):
    ru = plan_of(tmp_path, "Посол Литвы в Беларуси в 2013-2016 годах Эвалдас Игнатавичюс рассказал о работе.\n", "ru")
    lv = plan_of(tmp_path, "Latvijas vēstnieks Baltkrievijā no 2015. līdz 2019. gadam Mārtiņš Virsis stāstīja.\n", "lv")
    assert [(c.doc["start"], c.doc.get("end")) for c in ru.changes if c.kind == "envoy"] == [("2013", "2016")]
    assert [(c.doc["start"], c.doc.get("end")) for c in lv.changes if c.kind == "envoy"] == [("2015", "2019")]


def test_ru_a_term_of_something_else_before_the_name_is_no_term_of_the_post(tmp_path):
    text = "Посол Литвы в Беларуси рассказал, что в 2013-2016 годах Эвалдас Игнатавичюс учился в Минске.\n"
    assert [c.doc["start"] for c in plan_of(tmp_path, text, "ru").changes if c.kind == "envoy"] == []


# --- an embassy's page about its ambassador: the name above the title, a line of the CV -----------------

_BESHTA_EN = "Ambassador Extraordinary and Plenipotentiary of Ukraine to the Republic of Lithuania"


def _about(name: str, title: str, cv: str, heading: str = "About the Ambassador") -> str:
    return f"{heading}\n{name}\n{title}\nBorn on 1 January 1970.\n{cv}\n"


def test_en_uk_lv_the_name_above_the_titles_line_and_the_cv_line_that_dates_it(tmp_path):
    en = _about("Petro Beshta", _BESHTA_EN, f"Since 2020 – {_BESHTA_EN}.")
    uk = _about("Петро Бешта", "Надзвичайний і Повноважний Посол України в Литовській Республіці",
                "З 2020 року – Надзвичайний і Повноважний Посол України в Литовській Республіці.")
    lv = _about("Einārs Semanis", "Latvijas Republikas ārkārtējais un pilnvarotais vēstnieks Baltkrievijas Republikā",
                "Kopš 2019. gada – Latvijas vēstnieks Baltkrievijā.", heading="Par vēstnieku")
    for text, lang, post in ((en, "en", ("country:ua", "country:lt", "2020")),
                             (uk, "uk", ("country:ua", "country:lt", "2020")),
                             (lv, "lv", ("country:lv", "country:by", "2019"))):
        plan = plan_of(tmp_path, text, lang)
        assert [(c.doc["from"], c.doc["to"], c.doc["start"]) for c in plan.changes if c.kind == "envoy"] == [post]


def test_en_a_name_above_a_title_that_goes_on_is_no_heading(tmp_path):
    text = "Petro Beshta\nThe Ambassador of Ukraine to Lithuania met the mayor of Vilnius.\n"
    assert envoys(plan_of(tmp_path, text, "en")) == []


def test_en_a_cv_line_of_another_post_dates_nothing(tmp_path):
    text = _about("Petro Beshta", _BESHTA_EN, "Since 2015 – Director General at the Ministry of Foreign Affairs.")
    assert envoys(plan_of(tmp_path, text, "en")) == [
        ("country:ua", "country:lt", "ambassador", None, "Petro Beshta")]


# --- the country recalled from stands between the title and the name ------------------------------------

def test_uk_the_country_recalled_from_between_the_title_and_the_name_is_the_host(tmp_path):
    text = "Латвія відкликала свого посла з Білорусі Ейнарса Семаніса для консультацій 7 жовтня 2020 року.\n"
    plan = plan_of(tmp_path, text, "uk")
    assert [(c.doc["parties"], c.doc.get("person")) for c in plan.changes if c.kind == "event"] == [
        (["country:lv", "country:by"], "person:einars-semanis")]


def test_uk_a_name_after_with_is_someone_else(tmp_path):
    text = "Литва і Україна домовилися. Переговори посла Литви з Іваном Петренком тривали годину.\n"
    assert envoys(plan_of(tmp_path, text, "uk")) == []


# --- the one a new envoy replaces "as ambassador" ------------------------------------------------------

def test_en_lv_the_one_replaced_as_ambassador_held_the_post_without_the_sentences_date(tmp_path):
    en = plan_of(tmp_path, "Latvia and Belarus. On 7 July 2004 she replaced Egons Neimanis as ambassador to Belarus.\n",
                 "en")
    lv = plan_of(tmp_path, "Latvija un Baltkrievija. Mora nomainīja Egonu Neimani kā vēstnieku Baltkrievijā 2004. "
                           "gadā.\n", "lv")
    for plan in (en, lv):
        assert [(s, r, start) for s, r, _role, start, _who in envoys(plan)] == [("country:lv", "country:by", None)]
        assert not any(c.kind == "envoy" for c in plan.changes)  # held: 2004 is the new envoy's start


def test_en_a_name_replaced_by_something_else_is_no_envoy(tmp_path):
    text = "Latvia and Belarus. The new rules replace Egons Neimanis's old ones as the ambassador to Belarus said.\n"
    assert envoys(plan_of(tmp_path, text, "en")) == []


def test_uk_a_bare_title_beside_another_persons_state_of_the_same_embassy(tmp_path):
    text = ("Про це йдеться у заяві посольства Литви в Україні.\n"
            "У церемонії взяли участь віцеспікер сейму Литви Паулюс Саударгас та посол Вальдемарас Сарапінас.\n")
    assert [(s, r, who) for s, r, _role, _start, who in envoys(plan_of(tmp_path, text, "uk"))] == [
        ("country:lt", "country:ua", "Вальдемарас Сарапінас")]


def test_uk_a_bare_title_in_a_sentence_naming_a_third_state_is_nobodys(tmp_path):
    text = ("Про це йдеться у заяві посольства Литви в Україні.\n"
            "У церемонії взяли участь міністр Польщі Ян Ковальський та посол Вальдемарас Сарапінас.\n")
    assert envoys(plan_of(tmp_path, text, "uk")) == []
