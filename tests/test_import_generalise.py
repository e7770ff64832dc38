"""Traps the second development pages showed, on small pages we wrote ourselves.

Each is a wrong fact a researcher would have been offered: an envoy of a third state filed under the
page's pair, a place of two words read as a person, the day of a meeting read as the start of a
posting, a date the sentence writes out beside "today" thrown away.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def facts(plan: Plan, kind: str) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == kind] + [c.doc for c in plan.held if c.doc["kind"] == kind]


def test_lt_the_recall_of_an_envoy_in_a_third_state_is_not_filed_under_the_pages_pair(tmp_path):
    text = ("Lietuvos ambasadorius Ukrainoje Jonas Jonaitis lankėsi Kyjive.\n"
            "Ambasadoriaus Lenkijoje Lietuva neturi nuo rudens, kai iš pareigų buvo atšauktas Petras Petraitis.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert facts(plan, "event") == []
    assert all("Petraitis" not in str(doc) for doc in facts(plan, "envoy"))


def test_ru_a_russian_envoy_asked_to_leave_is_no_expulsion_between_the_pages_pair(tmp_path):
    text = ("Посол Литвы в Украине вернулся в Киев 5 апреля 2022 года.\n"
            "Литва попросила российского посла покинуть страну.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert facts(plan, "event") == []


def test_ru_an_expulsion_naming_both_parties_stands_whatever_else_it_names(tmp_path):
    text = "2 апреля 2022 года Литва выслала белорусских дипломатов, как и Польша.\n"
    plan = plan_of(tmp_path, text, "ru")
    [event] = facts(plan, "event")
    assert (event["kind"], event["parties"]) == ("expulsion", ["country:lt", "country:by"])


def test_uk_a_two_word_country_is_no_person_and_a_meeting_day_no_start(tmp_path):
    text = ("3 травня 2015 року Посол України в Литовській Республіці В.Петренко зустрівся з "
            "представниками громади.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert [c for c in plan.changes if c.kind == "envoy"] == []  # no start: held, never written
    [held] = [c.doc for c in plan.held if c.doc["kind"] == "envoy"]
    assert (held["from"], held["to"], held["role"]) == ("country:ua", "country:lt", "ambassador")
    assert [p["written"] for p in held["people"]] == ["В.Петренко"]
    assert not any(c.kind == "person" and "Республ" in str(c.doc) for c in plan.changes)


def test_uk_since_a_date_is_still_a_start(tmp_path):
    text = "З 12 березня 2015 року Послом України в Литві є Петро Петренко.\n"
    plan = plan_of(tmp_path, text, "uk")
    starts = [doc.get("start") for doc in facts(plan, "envoy")]
    assert "2015-03-12" in starts


def test_en_today_and_the_day_written_out_are_one_day_the_address_gives_the_year(tmp_path):
    text = ("Today, on 14 May, the Lithuanian envoy in Minsk was told that three Lithuanian diplomats "
            "are to be expelled from the country.\n")
    plan = plan_of(tmp_path, text, "en", url="https://news.example/2021/05/17/item")
    [event] = [c.doc for c in plan.changes if c.kind == "event"]
    assert (event["kind"], event["parties"], event["date"]) == ("expulsion", ["country:by", "country:lt"],
                                                                "2021-05-14")


def test_lv_a_weekday_beside_the_day_it_names_and_an_embedded_posts_year_date_a_visit(tmp_path):
    text = ("Ukrainas prezidents Volodimirs Zelenskis piektdien, 15. martā, ieradās oficiālā vizītē Latvijā.\n"
            "— Some One (@someone) March 16, 2024\n")
    plan = plan_of(tmp_path, text, "lv")
    [visit] = [c.doc for c in plan.changes if c.kind == "visit"]
    assert (visit["from"], visit["to"], visit["date"]) == ("country:ua", "country:lv", "2024-03-15")
    assert any("embeds" in issue["text"] for issue in visit["issues"])


def test_lv_a_weekday_that_disagrees_with_the_day_leaves_the_visit_held(tmp_path):
    text = ("Ukrainas prezidents Volodimirs Zelenskis ceturtdien, 15. martā, ieradās oficiālā vizītē Latvijā.\n"
            "— Some One (@someone) March 16, 2024\n")  # 15 March 2024 is a Friday
    plan = plan_of(tmp_path, text, "lv")
    assert [c for c in plan.changes if c.kind == "visit"] == []
    assert [c.doc["kind"] for c in plan.held] == ["visit"]


def test_a_day_without_a_year_and_no_post_or_date_on_the_page_stays_held(tmp_path):
    text = "Ukrainas prezidents Volodimirs Zelenskis piektdien, 15. martā, ieradīsies oficiālā vizītē Latvijā.\n"
    plan = plan_of(tmp_path, text, "lv")
    assert [c for c in plan.changes if c.kind == "visit"] == []


def test_a_russian_page_quoting_a_ukrainian_post_is_read_as_russian():
    from data.importer.language import detect_language

    russian = ("Новый посол Латвии официально приступил к работе в Киеве, сообщили в посольстве. "
               "Это было ожидаемо: о назначении дипломата стало известно ещё в прошлом месяце, "
               "и с тех пор он успел встретиться с коллегами. ") * 6
    ukrainian = "Відсьогодні офіційно приступає до виконання обов’язків посол Латвії в Україні. "
    assert detect_language(russian + ukrainian) == "ru"
    assert detect_language(ukrainian * 8 + "Это было ожидаемо.") == "uk"


def test_ru_he_who_replaces_is_the_envoy_the_sentence_before_names(tmp_path):
    text = ("Посол Латвии в Украине Андрейс Пилдеговичс приступил к работе.\n"
            "О назначении Пилдеговичса сообщили в августе 2025 года. Он заменил Илгварса Кляву, "
            "который работал в Киеве пять лет.\n")
    plan = plan_of(tmp_path, text, "ru")
    people = [p["written"] for doc in facts(plan, "envoy") for p in doc.get("people", [])]
    assert "Илгварса Кляву" in people


def test_ru_an_instrumental_post_a_day_and_a_future_passive_and_the_address_gives_the_year(tmp_path):
    text = "Послом Литвы в Украине с 19 августа будет назначен Петрас Петраускас.\n"
    plan = plan_of(tmp_path, text, "ru", url="https://news.example/news/30072024-novye-posly")
    [envoy] = [c.doc for c in plan.changes if c.kind == "envoy"]
    assert (envoy["from"], envoy["to"], envoy["start"]) == ("country:lt", "country:ua", "2024-08-19")
    assert any("without a year" in issue["text"] for issue in envoy["issues"])


def test_ru_the_day_a_posting_ends_is_no_start(tmp_path):
    text = "Посол Литвы в Беларуси Петрас Петраускас будет освобожден от своего поста с 5 августа.\n"
    plan = plan_of(tmp_path, text, "ru", url="https://news.example/2021/06/08/posol")
    assert not any(c.kind == "envoy" and c.doc.get("start") == "2021-08-05" for c in plan.changes)


def test_ru_a_deadline_to_leave_is_not_the_day_of_the_expulsion(tmp_path):
    text = ("Литва сократила состав посольства Беларуси. Белорусские дипломаты должны покинуть Литву "
            "до полуночи 12 июля.\n")
    plan = plan_of(tmp_path, text, "ru", url="https://news.example/2021/07/07/item")
    assert [c for c in plan.changes if c.kind == "event"] == []
    assert [c.doc["parties"] for c in plan.held if c.doc["kind"] == "event"] == [["country:lt", "country:by"]]


def test_ru_a_mission_cut_to_a_minimum_is_its_hosts_expulsion_of_its_owner(tmp_path):
    text = ("Власти 6 июля этого года приняли решение сократить дипломатическое представительство Литвы "
            "в Беларуси до минимума.\n")
    plan = plan_of(tmp_path, text, "ru", url="https://news.example/2021/07/07/item")
    [event] = [c.doc for c in plan.changes if c.kind == "event"]
    assert (event["kind"], event["parties"], event["date"]) == ("expulsion", ["country:by", "country:lt"],
                                                                "2021-07-06")


def test_en_the_day_of_leaving_and_the_items_own_dateline_are_not_the_day_of_the_expulsion(tmp_path):
    text = ("Envoy expelled\n"
            "Staff writer 2 hours ago Wed 16th Jun 2021 | 10:05 AM\n"
            "RIGA (Example News - 16th June, 2021) The Ambassador of Belarus to Latvia Ivan Ivanov will leave "
            "the country on Wednesday after being declared persona non grata.\n"
            "On Tuesday, Latvia announced expelling the Belarusian ambassador.\n")
    plan = plan_of(tmp_path, text, "en")
    [event] = [c.doc for c in plan.changes if c.kind == "event"]
    assert (event["kind"], event["parties"], event["date"]) == ("expulsion", ["country:lv", "country:by"],
                                                                "2021-06-15")
    assert [c.doc for c in plan.held if c.doc["kind"] == "event"] == []  # the same expulsion, dated once


def test_en_a_clock_time_beside_a_date_at_the_head_is_the_publication_stamp():
    from data.importer.dateline import date_in_head

    assert str(date_in_head(["Title", "Staff writer Wed 16th Jun 2021 | 10:05 AM"])) == "2021-06-16"
    assert date_in_head(["Title", "The treaty of 16 June 2021 was signed"]) is None  # no clock: a date in prose


def test_en_recognised_de_jure_is_a_recognition_in_the_order_told(tmp_path):
    plan = plan_of(tmp_path, "Ukraine recognized Latvia de jure on 4 December 1991.\n", "en")
    [event] = [c.doc for c in plan.changes if c.kind == "event"]
    assert (event["kind"], event["parties"], event["date"]) == ("recognition", ["country:ua", "country:lv"],
                                                                "1991-12-04")


def test_en_a_charge_who_served_as_a_nations_representative_to_a_state_from_a_year(tmp_path):
    text = ("From 1995 to 1997, Chargé d’Affaires Jonas Jonaitis served as the first Lithuanian "
            "representative to Ukraine.\n")
    plan = plan_of(tmp_path, text, "en")
    [envoy] = [c.doc for c in plan.changes if c.kind == "envoy"]
    assert (envoy["from"], envoy["to"], envoy["role"], envoy["start"]) == ("country:lt", "country:ua",
                                                                           "charge-daffaires", "1995")


def test_en_a_states_mission_reduced_to_a_minimum_by_its_host(tmp_path):
    text = "On 6 July 2021 Minsk decided to reduce Lithuania's diplomatic mission in Belarus to a minimum.\n"
    plan = plan_of(tmp_path, text, "en")
    [event] = [c.doc for c in plan.changes if c.kind == "event"]
    assert (event["kind"], event["parties"], event["date"]) == ("expulsion", ["country:by", "country:lt"],
                                                                "2021-07-06")


def test_en_were_declared_on_friday_counts_back_from_the_publication_day(tmp_path):
    text = ("Published: 07.06.2021\n\n"
            "On Friday two members of the Belarusian Embassy's staff in Riga were declared personae non gratae "
            "and given three days to leave Latvia.\n")
    plan = plan_of(tmp_path, text, "en")
    [event] = [c.doc for c in plan.changes if c.kind == "event"]
    assert (event["parties"], event["date"]) == (["country:lv", "country:by"], "2021-06-04")


def test_lt_an_appointment_planned_further_after_the_title_is_held_with_the_guessed_nominative(tmp_path):
    text = ("Lietuvos ambasadoriumi Ukrainoje, laikraščio šaltinių teigimu, numatyta skirti ministerijoje "
            "dirbantį Joną Jonaitį.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert [c for c in plan.changes if c.kind == "envoy"] == []
    [held] = [c.doc for c in plan.held if c.doc["kind"] == "envoy"]
    assert (held["from"], held["to"]) == ("country:lt", "country:ua")
    assert [p["written"] for p in held["people"]] == ["Joną Jonaitį"]


def test_ru_a_nations_adjective_says_whose_embassy(tmp_path):
    plan = plan_of(tmp_path, "Латвийское посольство в Украине вернулось в Киев 5 мая 2022 года.\n", "ru")
    [mission] = [c.doc for c in plan.changes if c.kind == "mission"]
    assert (mission["from"], mission["to"], mission["kind"]) == ("country:lv", "country:ua", "embassy")


def test_lt_a_recall_naming_no_state_after_a_sentence_on_a_missions_head(tmp_path):
    text = ("Lietuvos ir Ukrainos santykiai geri.\n"
            "Lietuvos ambasada Kijeve dabar neturi vadovo. Baigus kadenciją iš ambasadoriaus pareigų buvo "
            "atšauktas Jonas Jonaitis.\n")
    plan = plan_of(tmp_path, text, "lt")
    [event] = [c.doc for c in plan.held if c.doc["kind"] == "event"]
    assert (event["event"], event["parties"], event["ends_posting"]) == ("recall", ["country:lt", "country:ua"],
                                                                        True)


def test_lt_a_recall_naming_no_state_and_no_mission_before_is_none(tmp_path):
    text = ("Lietuvos ir Ukrainos santykiai geri. Baigus kadenciją iš ambasadoriaus pareigų buvo atšauktas "
            "Jonas Jonaitis.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert [c for c in plan.held if c.doc["kind"] == "event"] == []


def test_lt_the_diplomat_appointed_to_this_post_in_a_year_dates_the_held_posting(tmp_path):
    text = ("Vyriausybė siūlys prezidentui atšaukti diplomatą Joną Jonaitį iš ambasadoriaus Ukrainoje pareigų.\n"
            "J. Jonaitį iš pareigų atšaukti ketinama nuo birželio 17 dienos. Diplomatas į šias pareigas buvo "
            "paskirtas 2019 metais.\n")
    plan = plan_of(tmp_path, text, "lt")
    [envoy] = [c.doc for c in plan.changes if c.kind == "envoy"]
    assert (envoy["from"], envoy["to"], envoy["start"]) == ("country:lt", "country:ua", "2019")
    [event] = [c.doc for c in plan.held if c.doc["kind"] == "event"]
    assert (event["event"], event["parties"]) == ("recall", ["country:lt", "country:ua"])


def test_lt_a_year_in_a_sentence_not_right_after_the_envoys_is_no_start(tmp_path):
    text = ("Vyriausybė siūlys prezidentui atšaukti diplomatą Joną Jonaitį iš ambasadoriaus Ukrainoje pareigų.\n"
            "Kiti naujienų portalai rašė apie orą. Diplomatas į šias pareigas buvo paskirtas 2019 metais.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert [c for c in plan.changes if c.kind == "envoy"] == []


def test_en_a_states_representation_in_a_city_and_a_nations_embassy_on_a_two_state_page(tmp_path):
    text = ("On 3 June 2021 the head of Latvia's representation in Minsk was summoned. The Belarusian Embassy's "
            "staff must leave Latvia.\n")
    plan = plan_of(tmp_path, text, "en")
    missions = sorted((c.doc["from"], c.doc["to"], c.doc.get("city")) for c in plan.changes if c.kind == "mission")
    assert missions == [("country:by", "country:lv", None), ("country:lv", "country:by", "city:minsk")]


def test_en_a_nations_embassy_on_a_page_naming_a_third_state_is_not_placed(tmp_path):
    text = "The Belarusian Embassy said that Poland and Latvia were wrong.\n"
    plan = plan_of(tmp_path, text, "en")
    assert [c for c in plan.changes if c.kind == "mission"] == []


def test_en_a_so_called_representation_is_no_states_mission(tmp_path):
    text = ("On 2 July 2021 Belarus protested against the office of the so-called Belarusian diplomatic "
            "representation in Vilnius.\n")
    plan = plan_of(tmp_path, text, "en")
    assert [c for c in plan.changes if c.kind == "mission"] == []
