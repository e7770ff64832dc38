"""Shapes of recognitions, relations, agreements and trips the second development pages showed, on
small pages we wrote ourselves in several languages: each a fact missed, or a wrong one offered, before.
"""

from __future__ import annotations

from data.dates import PartialDate
from data.importer.dateline import day_months, range_with_year, with_year
from data.importer.plan import Plan
from tests.importkit import plan_of


def facts(plan: Plan, kind: str) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == kind] + [c.doc for c in plan.held if c.doc["kind"] == kind]


def events(plan: Plan) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {(doc["kind"], tuple(doc["parties"]), doc.get("date")) for doc in facts(plan, "event")}


# --- recognitions and relations ---------------------------------------------------------------------


def test_en_to_recognize_the_state_independence_is_a_recognition(tmp_path):
    text = ("Latvia was among the first countries to recognize the state independence of Ukraine on "
            "4 December 1991.\n")
    plan = plan_of(tmp_path, text, "en")
    assert events(plan) == {("recognition", ("country:lv", "country:ua"), "1991-12-04")}


def test_en_full_bilateral_relations_take_their_own_date_not_the_declarations(tmp_path):
    text = ("= Belarus–Latvia relations =\n"
            "The two countries signed a \"Declaration on Friendship and Cooperation\" on 16 December 1991 and "
            "established full bilateral relations on 7 April 1992.\n")
    plan = plan_of(tmp_path, text, "en")
    assert ("diplomatic-relations", ("country:by", "country:lv"), "1992-04-07") in events(plan)
    [treaty] = facts(plan, "treaty")
    assert (treaty["kind"], treaty["signed"]) == ("declaration", "1991-12-16")
    assert treaty["title"]["en"]["text"] == "Declaration on Friendship and Cooperation"


def test_uk_and_ru_one_country_recognising_another_each_way(tmp_path):
    text = ("26 серпня 1991 року Верховна Рада України визнала незалежність Литовської Республіки. "
            "4 грудня 1991 року Верховна Рада Литовської Республіки визнала незалежність України.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert events(plan) == {("recognition", ("country:ua", "country:lt"), "1991-08-26"),
                            ("recognition", ("country:lt", "country:ua"), "1991-12-04")}
    (tmp_path / "ru").mkdir()
    ru = "Латвия признала независимость Белоруссии 22 января 1992 года.\n"
    assert events(plan_of(tmp_path / "ru", ru, "ru")) == {("recognition", ("country:lv", "country:by"),
                                                            "1992-01-22")}


def test_a_denied_or_undated_recognition_is_no_recognition(tmp_path):
    text = "Україна визнала незалежність Литви, а Литва — України.\n"  # no date: nothing to write
    assert events(plan_of(tmp_path, text, "uk")) == set()


def test_an_anniversary_of_relations_is_not_their_establishment(tmp_path):
    pages = {
        "ru": "К 25-летию установления дипломатических отношений между Беларусью и Литвой 28 апреля 2017 года "
              "посадили яблоню.\n",
        "en": "On 12 February 2022 Latvia and Ukraine marked the 30th anniversary of the establishment of "
              "diplomatic relations.\n",
        "lv": "Latvijas un Ukrainas diplomātisko attiecību nodibināšanas 30. gadadienā, 2022. gada 12. februārī, "
              "vēstnieks uzrunāja viesus.\n",
    }
    for lang, text in pages.items():
        folder = tmp_path / lang
        folder.mkdir()
        assert events(plan_of(folder, text, lang)) == set(), lang


def test_relations_established_in_a_year_keep_that_year(tmp_path):
    text = "Дипломатичні відносини між Україною та Латвією були встановлені у 1992 році — у лютому.\n"
    assert events(plan_of(tmp_path, text, "uk")) == {("diplomatic-relations", ("country:ua", "country:lv"),
                                                      "1992")}


# --- agreements ----------------------------------------------------------------------------------


def test_en_an_agreement_named_by_its_day(tmp_path):
    text = ("Belarus and Latvia share a border of 161 km.\n"
            "The border was established by an agreement on 21 February 1994, finalized later.\n")
    [treaty] = facts(plan_of(tmp_path, text, "en"), "treaty")
    assert (treaty["kind"], treaty["signed"], treaty["parties"]) == (
        "agreement", "1994-02-21", ["country:by", "country:lv"])


def test_en_an_agreement_with_a_third_state_is_not_the_pages_pair(tmp_path):
    text = ("Belarus and Latvia share a border of 161 km.\n"
            "Latvia's eastern border was first drawn by a treaty of 11 August 1920 with Russia.\n")
    assert facts(plan_of(tmp_path, text, "en"), "treaty") == []


# --- trips ---------------------------------------------------------------------------------------


def test_en_a_trip_told_by_the_surname_alone_and_a_weekday(tmp_path):
    text = ("Published: 11.01.2024\n"
            "RIGA - Ukrainian President Volodymyr Zelensky will arrive on an official visit to Latvia today.\n"
            "On Wednesday, Zelensky arrived in Vilnius on an unannounced visit.\n")
    plan = plan_of(tmp_path, text, "en", url="https://example.com/news/2024/01/11/zelensky-to-arrive")
    trips = {(doc["from"], doc["to"], doc.get("date")) for doc in facts(plan, "visit")}
    assert ("country:ua", "country:lt", "2024-01-10") in trips
    assert ("country:ua", "country:lv", "2024-01-11") in trips


def test_ru_a_trip_by_surname_with_a_day_range_and_the_year_of_the_address(tmp_path):
    text = ("Президент Латвийской Республики Андрис Берзиньш поблагодарил Виктора Януковича за "
            "приглашение посетить Украину.\n"
            "Напомним, официальный визит Берзиньша пройдет 14-15 марта.\n")
    plan = plan_of(tmp_path, text, "ru", url="https://example.ua/news/2013/03/14/192673_visit.html")
    [trip] = [c.doc for c in plan.changes if c.kind == "visit"]
    assert (trip["from"], trip["to"], trip["date"]) == ("country:lv", "country:ua", "2013-03-14/2013-03-15")
    assert not [c for c in plan.held if c.doc["kind"] == "visit"]  # the held trip is this one, now dated


def test_lv_a_trip_by_surname_that_is_offered_or_of_another_person_is_none(tmp_path):
    text = ("Šodien Rīgā ieradās Ukrainas prezidents Volodimirs Zelenskis.\n"
            "Nausēda aicināja Zelenski 12. janvārī apmeklēt Viļņu.\n"
            "Olena Zelenska 12. janvārī ieradās Viļņā.\n")
    plan = plan_of(tmp_path, text, "lv", url="https://example.lv/news/2024/01/11/zelenskis")
    assert {doc["to"] for doc in facts(plan, "visit")} <= {"country:lv"}


def test_uk_an_undated_arrival_that_says_both_ways_is_held(tmp_path):
    text = "В Україну з офіційним візитом прибула спікерка Сейму Литви Вікторія Чмілітє-Нільсен.\n"
    plan = plan_of(tmp_path, text, "uk")
    assert [c for c in plan.changes if c.kind == "visit"] == []
    [held] = [c.doc for c in plan.held if c.doc["kind"] == "visit"]
    assert (held["from"], held["to"]) == ("country:lt", "country:ua")


def test_en_a_day_without_a_year_far_from_the_pages_date_is_held(tmp_path):
    text = ("date 2019-12-13 Minsk and Riga are developing good neighborliness relations.\n"
            "Alexander Lukashenko visited Latvia on April 3.\n")  # announced, it would be none (`announced`)
    plan = plan_of(tmp_path, text, "en")
    assert [c for c in plan.changes if c.kind == "visit"] == []
    [held] = [c.doc for c in plan.held if c.doc["kind"] == "visit"]
    assert (held["from"], held["to"], held["date_as_written"]) == ("country:by", "country:lv", "April 3")


# --- days without a year -------------------------------------------------------------------------


def test_a_range_of_days_is_never_read_as_its_last_day():
    [found] = day_months("официальный визит пройдет 14-15 марта", "ru")
    assert (found.first, found.day, found.text) == (14, 15, "14-15 марта")
    line = (PartialDate(2013, 3, 14), "the address")
    assert with_year(found, line) is None  # one day is asked for: a range is none
    span, _note = range_with_year(found, line)
    assert str(span) == "2013-03-14/2013-03-15"
    [english] = day_months("the visit on March 14–15 in Kyiv", "en")
    assert (english.first, english.day) == (14, 15)
    assert day_months("the visit on March 14–15, 2013", "en") == []  # a full range: find_dates's


def test_lv_a_post_the_page_embeds_dates_its_authors_trip_today(tmp_path):
    text = ("Oficiālā vizītē Latvijā ceturtdien, 11.janvārī, ieradīsies Ukrainas prezidents Volodimirs Zelenskis.\n"
            "\n"
            "Today, I arrived in Vilnius before going to Tallinn and Riga.\n"
            "\n"
            "— Volodymyr Zelenskyy (@ZelenskyyUa) January 10, 2024\n")
    plan = plan_of(tmp_path, text, "lv")
    trips = {(doc["from"], doc["to"], doc.get("date")) for doc in facts(plan, "visit")}
    assert ("country:ua", "country:lt", "2024-01-10") in trips


def test_lv_a_post_signed_by_somebody_else_or_without_today_dates_no_trip(tmp_path):
    text = ("Oficiālā vizītē Latvijā ceturtdien, 11.janvārī, ieradās Ukrainas prezidents Volodimirs Zelenskis.\n"
            "I arrived in Vilnius before going to Tallinn and Riga.\n"
            "— Volodymyr Zelenskyy (@ZelenskyyUa) January 10, 2024\n"
            "Today, I arrived in Vilnius.\n"
            "— Gitanas Nausėda (@GitanasNauseda) January 10, 2024\n")
    plan = plan_of(tmp_path, text, "lv")
    assert {doc["to"] for doc in facts(plan, "visit")} == {"country:lv"}


def test_en_a_guest_at_another_countrys_inauguration_travelled_there(tmp_path):
    text = ("Latvian President Valdis Zatlers was among the Heads of State who attended the inauguration of the "
            "President of Ukraine Viktor Yanukovych on 25 February 2010.\n")
    plan = plan_of(tmp_path, text, "en")
    [trip] = facts(plan, "visit")
    assert (trip["from"], trip["to"], trip["date"]) == ("country:lv", "country:ua", "2010-02-25")


def test_a_delegation_named_by_its_country_is_a_trip_without_people(tmp_path):
    pages = {
        "lv": ("2016. gada 10.-15. aprīlī Latviju apmeklēja Baltkrievijas reģionu pārstāvju delegācija.\n",
               ("country:by", "country:lv", "2016-04-10/2016-04-15")),
        "en": ("A Belarusian parliamentary delegation visited Riga on 16 May 2016.\n",
               ("country:by", "country:lv", "2016-05-16")),
        "ru": ("3 марта 2015 года белорусская делегация посетила Вильнюс.\n",
               ("country:by", "country:lt", "2015-03-03")),
    }
    for lang, (text, expected) in pages.items():
        folder = tmp_path / lang
        folder.mkdir()
        [trip] = facts(plan_of(folder, text, lang), "visit")
        assert (trip["from"], trip["to"], trip["date"]) == expected, lang
        assert trip["people"] == []


def test_a_delegation_invited_undated_or_between_three_states_is_no_trip(tmp_path):
    text = ("Latvija uzaicināja Baltkrievijas delegāciju 2016. gada 10. aprīlī apmeklēt Rīgu.\n"
            "Baltkrievijas delegācija apmeklēja Rīgu.\n"
            "2016. gada 12. maijā Baltkrievijas delegācija apmeklēja Rīgu un Viļņu.\n")
    assert facts(plan_of(tmp_path, text, "lv"), "visit") == []


def test_relations_established_in_the_past_tense_in_lv_and_lt(tmp_path):
    pages = {
        "lv": ("Latvija un Ukraina diplomātiskās attiecības nodibināja 1992. gada 12. februārī.\n",
               ("diplomatic-relations", ("country:lv", "country:ua"), "1992-02-12")),
        "lt": ("Lietuva ir Ukraina diplomatinius santykius užmezgė 1991 m. gruodžio 12 d.\n",
               ("diplomatic-relations", ("country:lt", "country:ua"), "1991-12-12")),
    }
    for lang, (text, expected) in pages.items():
        folder = tmp_path / lang
        folder.mkdir()
        assert events(plan_of(folder, text, lang)) == {expected}, lang


def test_en_a_countrys_independence_recognised_by_the_possessive(tmp_path):
    text = "Ukraine recognized Lithuania's independence on 26 August 1991.\n"
    assert events(plan_of(tmp_path, text, "en")) == {("recognition", ("country:ua", "country:lt"), "1991-08-26")}


def test_agreements_signed_in_prose_and_the_entry_into_force_alone(tmp_path):
    pages = {
        "lv": ("2023. gada 12. jūlijā Viļņā tika parakstīts Latvijas un Ukrainas līgums par sadarbību aizsardzībā.\n",
               ("agreement", "2023-07-12", None)),
        "lt": ("Lietuva ir Ukraina 2019 m. birželio 11 d. pasirašė susitarimą dėl bendradarbiavimo.\n",
               ("agreement", "2019-06-11", None)),
        "en": ("The agreement on visa-free travel between Latvia and Ukraine was signed in Riga on 5 May 2004 and "
               "entered into force on 1 January 2005.\n", ("agreement", "2004-05-05", "2005-01-01")),
    }
    for lang, (text, expected) in pages.items():
        folder = tmp_path / lang
        folder.mkdir()
        [treaty] = facts(plan_of(folder, text, lang), "treaty")
        assert (treaty["kind"], treaty.get("signed"), treaty.get("in_force")) == expected, lang
    folder = tmp_path / "force"
    folder.mkdir()
    text = "Latvijas un Baltkrievijas līgums par valsts robežu stājās spēkā 2013. gada 10. aprīlī.\n"
    [treaty] = facts(plan_of(folder, text, "lv"), "treaty")
    assert (treaty.get("signed"), treaty["in_force"]) == (None, "2013-04-10")  # no signing day guessed


def test_en_a_memorandum_of_understanding_signed(tmp_path):
    text = "Latvia and Ukraine signed a memorandum of understanding on cooperation in Kyiv on 3 March 2015.\n"
    [treaty] = facts(plan_of(tmp_path, text, "en"), "treaty")
    assert (treaty["kind"], treaty["signed"], treaty["parties"]) == ("memorandum", "2015-03-03",
                                                                     ["country:lv", "country:ua"])


def test_uk_a_trip_to_a_city_after_do(tmp_path):
    text = "23 лютого 2022 року Президент Литви Гітанас Науседа прибув до Києва.\n"
    [trip] = facts(plan_of(tmp_path, text, "uk"), "visit")
    assert (trip["from"], trip["to"], trip["date"]) == ("country:lt", "country:ua", "2022-02-23")


def test_a_trip_offered_by_an_invitation_is_none_a_trip_at_an_invitation_stays(tmp_path):
    offered = {
        "ru": "Лукашенко пригласил президента Литвы Гитанаса Науседу посетить Минск 5 мая 2020 года.\n",
        "en": "On 5 May 2020 Belarusian President Alexander Lukashenko invited Gitanas Nausėda to visit Minsk.\n",
    }
    for lang, text in offered.items():
        folder = tmp_path / lang
        folder.mkdir()
        assert facts(plan_of(folder, text, lang), "visit") == [], lang
    folder = tmp_path / "made"
    folder.mkdir()
    text = ("At the invitation of President Alexander Lukashenko, Lithuanian President Gitanas Nausėda visited "
            "Minsk on 5 May 2020.\n")
    [trip] = facts(plan_of(folder, text, "en"), "visit")
    assert (trip["from"], trip["to"]) == ("country:lt", "country:by")


def test_cyrillic_trips_with_the_place_as_object_and_a_womans_arrival(tmp_path):
    pages = {
        "ru": ("Министр иностранных дел Латвии Эдгарс Ринкевичс 5 мая 2015 года посетил Минск.\n",
               ("country:lv", "country:by", "2015-05-05")),
        "be": ("Прэзідэнт Літвы Даля Грыбаўскайтэ 20 кастрычніка 2010 года прыбыла ў Мінск.\n",
               ("country:lt", "country:by", "2010-10-20")),
    }
    for lang, (text, expected) in pages.items():
        folder = tmp_path / lang
        folder.mkdir()
        [trip] = facts(plan_of(folder, text, lang), "visit")
        assert (trip["from"], trip["to"], trip["date"]) == expected, lang


def test_uk_a_recognition_and_relations_in_one_sentence_each_keep_their_day(tmp_path):
    text = ("Литва визнала незалежність України 4 грудня 1991 року, а дипломатичні відносини встановлено "
            "12 грудня 1991 року.\n")
    assert events(plan_of(tmp_path, text, "uk")) == {
        ("recognition", ("country:lt", "country:ua"), "1991-12-04"),
        ("diplomatic-relations", ("country:lt", "country:ua"), "1991-12-12")}


def test_en_a_state_recognised_by_its_name_and_an_arrival(tmp_path):
    text = ("Lithuania recognised Ukraine on 4 December 1991.\n"
            "On 16 March 2023 the Ukrainian Prime Minister Denys Shmyhal arrived in Vilnius.\n")
    plan = plan_of(tmp_path, text, "en")
    assert events(plan) == {("recognition", ("country:lt", "country:ua"), "1991-12-04")}
    [trip] = facts(plan, "visit")
    assert (trip["from"], trip["to"], trip["date"]) == ("country:ua", "country:lt", "2023-03-16")


def test_en_an_agreement_and_its_signing_day_as_a_participle(tmp_path):
    text = ("Belarus and Latvia have signed a number of agreements.\n"
            "An\n"
            "agreement signed in December 1991 covered respect for the\n")
    [treaty] = facts(plan_of(tmp_path, text, "en"), "treaty")
    assert (treaty["kind"], treaty["signed"], treaty["parties"]) == ("agreement", "1991-12",
                                                                     ["country:by", "country:lv"])
    folder = tmp_path / "not"
    folder.mkdir()
    text = "Belarus and Latvia share a border.\nLatvia did not ratify the agreement signed in Minsk on 5 May 2005.\n"
    assert facts(plan_of(folder, text, "en"), "treaty") == []


def test_en_a_call_about_a_trip_is_not_the_trip(tmp_path):
    text = ("Published: 11.01.2024\n"
            "Ukrainian President Volodymyr Zelensky will arrive on an official visit to Latvia today.\n"
            "On Wednesday, Zelensky spoke by phone with Nausėda about his visit to Vilnius.\n")
    plan = plan_of(tmp_path, text, "en", url="https://example.com/news/2024/01/11/zelensky")
    assert {doc["to"] for doc in facts(plan, "visit")} == {"country:lv"}


def test_years_since_the_relations_were_established_is_no_establishment(tmp_path):
    pages = {
        "ru": "В 2022 году исполнилось 30 лет со дня установления дипломатических отношений между Латвией и "
              "Украиной.\n",
        "uk": "У 2022 році минуло 30 років з дня встановлення дипломатичних відносин між Україною та Латвією.\n",
        "lv": "2022. gadā aprit 30 gadi kopš diplomātisko attiecību nodibināšanas starp Latviju un Ukrainu.\n",
        "en": "In 2022 Latvia and Ukraine marked 30 years since they established diplomatic relations.\n",
    }
    for lang, text in pages.items():
        folder = tmp_path / lang
        folder.mkdir()
        assert events(plan_of(folder, text, lang)) == set(), lang


def test_en_a_treaty_of_a_name_signed_in_the_passive(tmp_path):
    text = "The Treaty of Friendship between Lithuania and Belarus was signed on 6 February 1995.\n"
    [treaty] = facts(plan_of(tmp_path, text, "en"), "treaty")
    assert (treaty["kind"], treaty["signed"], treaty["title"]["en"]["text"]) == (
        "treaty", "1995-02-06", "Treaty of Friendship")


def test_lv_the_entry_into_force_of_the_document_right_after_it(tmp_path):
    text = ("2014. gada 4. februārī stājās spēkā Latvijas Republikas valdības un Baltkrievijas Republikas valdības "
            "līgums par valsts robežas režīmu, darbu ir uzsākusi līguma ietvaros izveidotā komisija.\n")
    [treaty] = facts(plan_of(tmp_path, text, "lv"), "treaty")
    assert (treaty.get("signed"), treaty["in_force"], treaty["parties"]) == (
        None, "2014-02-04", ["country:lv", "country:by"])
    assert treaty["title"]["lv"]["text"] == "Līgums par valsts robežas režīmu"


def test_a_ceremony_is_no_wish(tmp_path):
    text = "A Belarusian delegation arrived in Riga on 16 May 2016 for the opening ceremony.\n"
    [trip] = facts(plan_of(tmp_path, text, "en"), "visit")
    assert (trip["from"], trip["to"], trip["date"]) == ("country:by", "country:lv", "2016-05-16")
