"""Recalls and expulsions on small pages we wrote ourselves, one or more per language and trap.

What matters to a researcher: the parties in the store's order (a recall [who recalls, the host],
an expulsion [who expels, whose diplomats go]), the envoy, a date only as precise as the page
lets us read it (else held for review), and `ends_posting` only where the page says so.
"""

from __future__ import annotations

import pytest

from data.importer.command import plan_file
from data.importer.plan import Plan
from search.importing import SearchLookup
from tests.importkit import plan_of


def events(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == "event"]


def held_events(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.held if c.kind == "event"]


def test_lv_a_dated_recall_for_consultations_names_the_envoy_and_ends_nothing(tmp_path):
    plan = plan_of(tmp_path, "Latvija 2020. gada 7. oktobrī atsauca savu vēstnieku Baltkrievijā Eināru Semani "
                             "uz konsultācijām Rīgā.\n", "lv")
    [event] = events(plan)
    assert (event["kind"], event["parties"], event["date"]) == ("recall", ["country:lv", "country:by"], "2020-10-07")
    assert event["person"] == "person:einars-semanis" and event["ends_posting"] is False
    assert event["envoy"] == "envoy:lv-by-2019-semanis"  # the store's one posting of his between the two


def test_lv_the_lead_of_a_news_item_takes_the_day_of_its_dateline(tmp_path):
    text = "RĪGA, 7. oktobris – LETA. Latvija atsauc no Baltkrievijas savu vēstnieku Einaru Semani.\n"
    plan = plan_of(tmp_path, text, "lv", url="https://example.lv/2020/10/07/zinas")
    [event] = events(plan)
    assert (event["parties"], event["date"]) == (["country:lv", "country:by"], "2020-10-07")
    assert "ends_posting" not in event  # a plain "atsauc": the page does not say whether the posting ends
    assert any("dateline" in issue["text"] for issue in event["issues"])


def test_lv_without_a_dateline_the_recall_is_held_not_dated(tmp_path):
    plan = plan_of(tmp_path, "Latvija atsauc no Baltkrievijas savu vēstnieku Einaru Semani.\n", "lv")
    assert events(plan) == []
    [event] = held_events(plan)
    assert (event["event"], event["parties"]) == ("recall", ["country:lv", "country:by"])


def test_lv_an_offer_to_recall_is_no_recall(tmp_path):
    plan = plan_of(tmp_path, "Baltkrievijas ĀM 2020. gada 2. oktobrī piedāvāja Lietuvai atsaukt vēstnieku "
                             "uz konsultācijām.\n", "lv")
    assert events(plan) == [] and held_events(plan) == []


def test_lv_the_expelled_are_the_nation_the_diplomats_belong_to(tmp_path):
    plan = plan_of(tmp_path, "Atbildot Latvijas ĀM 2021. gada 24. maijā paziņoja par baltkrievu diplomātu "
                             "izraidīšanu.\n", "lv")
    [event] = events(plan)
    assert (event["kind"], event["parties"], event["date"]) == ("expulsion", ["country:lv", "country:by"],
                                                                "2021-05-24")


def test_lt_released_at_the_end_of_the_term_ends_the_posting(tmp_path):
    plan = plan_of(tmp_path, "Pasibaigus kadencijai, Lietuvos ambasadorius Baltarusijoje Andrius Pulokas "
                             "2021 m. rugpjūčio 5 d. bus atšauktas iš Minsko.\n", "lt")
    [event] = events(plan)
    assert (event["parties"], event["date"], event["ends_posting"]) == (["country:lt", "country:by"],
                                                                       "2021-08-05", True)
    assert event["person"] == "person:andrius-pulokas"


def test_lt_invited_for_consultations_is_a_recall_that_ends_nothing(tmp_path):
    plan = plan_of(tmp_path, "Lietuva kviečia konsultacijų savo ambasadorių iš Minsko.\n", "lt")
    [event] = held_events(plan)
    assert (event["event"], event["parties"], event["ends_posting"]) == ("recall", ["country:lt", "country:by"],
                                                                        False)


def test_en_an_expelled_ambassador_is_the_hosts_expulsion_of_the_sender(tmp_path):
    plan = plan_of(tmp_path, "On 24 May 2021 the Ambassador of Latvia to Belarus, Einārs Semanis, was told "
                             "that he has to leave the country within a day.\n", "en")
    [event] = events(plan)
    assert (event["kind"], event["parties"], event["date"]) == ("expulsion", ["country:by", "country:lv"],
                                                                "2021-05-24")
    assert event["person"] == "person:einars-semanis"


def test_en_a_weekday_counts_from_the_publication_day_in_the_tense_of_the_verb(tmp_path):
    text = ("Published: 28.05.2021\n\n"
            "Lithuania expelled two Belarusian diplomats on Monday, the ministry said.\n")
    plan = plan_of(tmp_path, text, "en")
    [event] = events(plan)
    assert (event["parties"], event["date"]) == (["country:lt", "country:by"], "2021-05-24")


def test_en_remembering_and_travelling_are_no_recall_and_no_expulsion(tmp_path):
    text = ("The Ambassador of Lithuania to Ukraine, Petras Vaitiekūnas, recalled that the talks began in 2010.\n"
            "President of Latvia Egils Levits is to leave for Kyiv on 5 May 2021.\n")
    plan = plan_of(tmp_path, text, "en")
    assert events(plan) == [] and held_events(plan) == []


def test_ru_released_from_the_post_ends_it_and_a_day_takes_the_year_of_the_address(tmp_path):
    text = "Посол Литвы в Беларуси Андрюс Пулокас будет освобожден от своего поста с 5 августа.\n"
    plan = plan_of(tmp_path, text, "ru", url="https://example.eu/ru/news/08-06-2021-posol")
    [event] = events(plan)
    assert (event["parties"], event["date"], event["ends_posting"]) == (["country:lt", "country:by"],
                                                                       "2021-08-05", True)


def test_ru_a_denied_recall_is_none(tmp_path):
    plan = plan_of(tmp_path, "По словам министра, посол Латвии в Беларуси Эйнарс Семанис не отозван "
                             "со своей должности.\n", "ru")
    assert events(plan) == [] and held_events(plan) == []


def test_be_a_surname_alone_after_the_recall_is_the_full_name_the_page_gives(tmp_path):
    text = ("Лінас Лінкявічус працаваў паслом Літвы ў Беларусі.\n"
            "Літоўскі ўрад ухваліў адкліканне Лінкявічуса з Беларусі.\n")
    plan = plan_of(tmp_path, text, "be")
    [event] = held_events(plan)
    assert event["parties"] == ["country:lt", "country:by"]
    assert [p["name"] for p in event["people"]] == ["Лінас Лінкявічус"]


def test_uk_a_recall_from_the_post_with_the_title_in_the_sentence_holds_the_posting(tmp_path):
    text = ("Посада посла Литви в Україні вільна відтоді, як президент Литви відкликала з цієї посади "
            "Лінаса Лінкявічуса.\n")
    plan = plan_of(tmp_path, text, "uk")
    [event] = held_events(plan)
    assert (event["parties"], event["ends_posting"]) == (["country:lt", "country:ua"], True)
    [posting] = [c for c in plan.held if c.kind == "envoy"]
    assert (posting.doc["from"], posting.doc["to"], posting.doc["role"]) == ("country:lt", "country:ua",
                                                                             "ambassador")
    assert posting.doc["people"][0]["written"] == "Лінаса Лінкявічуса"


def test_lt_a_mission_cut_to_a_minimum_by_its_host_is_an_expulsion_of_its_diplomats(tmp_path):
    plan = plan_of(tmp_path, "Oficialusis Minskas 2021 m. liepos 6 d. pranešė iki minimumo mažinantis Lietuvos "
                             "diplomatinę atstovybę Baltarusijoje.\n", "lt")
    [event] = events(plan)
    assert (event["kind"], event["parties"], event["date"]) == ("expulsion", ["country:by", "country:lt"],
                                                                "2021-07-06")


def test_en_a_mission_told_to_minimise_its_staff_and_an_offer_to_do_so(tmp_path):
    text = ("On 6 July 2021 the Lithuanian diplomatic mission to Belarus was told to minimize its presence.\n"
            "Belarus offered Latvia to reduce the embassy staff to a minimum.\n")
    plan = plan_of(tmp_path, text, "en")
    assert [(e["kind"], e["parties"], e["date"]) for e in events(plan)] == [
        ("expulsion", ["country:by", "country:lt"], "2021-07-06")]
    assert held_events(plan) == []


def postings_of(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == "envoy"]


def test_lt_a_recall_at_the_end_of_the_term_ends_the_posting_the_page_dates(tmp_path):
    text = ("Lietuvos ambasadorius Ukrainoje Jonas Jonaitis dirba nuo 2010 metų sausio.\n"
            "Pasibaigus kadencijai, Lietuvos ambasadorius Ukrainoje Jonas Jonaitis 2014 m. gruodžio 5 d. buvo "
            "atšauktas iš Kijevo.\n")
    plan = plan_of(tmp_path, text, "lt")
    [posting] = postings_of(plan)
    assert (posting["start"], posting["end"], posting["end_reason"]) == ("2010-01", "2014-12-05", "recalled")
    [event] = events(plan)
    assert event["envoy"] == posting["id"] and event["ends_posting"] is True


def test_lv_a_recall_for_consultations_leaves_the_dated_posting_open(tmp_path):
    text = ("Latvijas vēstnieks Ukrainā Jānis Bērziņš amatā ir kopš 2019. gada.\n"
            "Latvija 2020. gada 7. oktobrī atsauca vēstnieku Ukrainā Jāni Bērziņu uz konsultācijām.\n")
    plan = plan_of(tmp_path, text, "lv")
    assert all("end" not in p for p in postings_of(plan))
    [event] = events(plan)
    assert event["ends_posting"] is False


def test_a_recall_that_ends_a_posting_is_written_and_read_back(tmp_path):
    from data.importer.choice import choose
    from data.importer.write import apply
    from data.store import decode_tables

    text = ("Lietuvos ambasadorius Ukrainoje Jonas Jonaitis dirba nuo 2010 metų sausio.\n"
            "Pasibaigus kadencijai, Lietuvos ambasadorius Ukrainoje Jonas Jonaitis 2014 m. gruodžio 5 d. buvo "
            "atšauktas iš Kijevo.\n")
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    plan, tables, _target = plan_file(page, lang="lt", db=tmp_path / "store.json", lookup=SearchLookup)
    changes = choose(plan, accept=frozenset({"new"})).written
    records, problems = decode_tables(apply(changes, tables))
    assert problems == []
    [event] = [r for r in records if r.id == "event:recall-lt-ua-2014-12-05"]
    assert (event.ends_posting, event.envoy) == (True, "envoy:lt-ua-2010-jonaitis")


def test_lt_a_decision_revoked_is_no_recall(tmp_path):
    plan = plan_of(tmp_path, "Lietuva 2021 m. birželio 1 d. atšaukė sprendimą dėl Baltarusijos tranzito.\n", "lt")
    assert events(plan) == [] and held_events(plan) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("lv", "Latvijas vēstnieks Baltkrievijā Einārs Semanis atsauca atmiņā 1991. gada janvāra notikumus.\n"),
    ("lv", "Latvijas vēstniekam Baltkrievijā Einārim Semanim 2021. gada 1. jūnijā jāpamet amats.\n"),
    ("ru", "Посол Литвы в Беларуси Андрюс Пулокас 5 июня 2021 года положительно отозвался о переговорах.\n"),
    ("be", "Пасол Літвы ў Беларусі Андрюс Пулокас 5 чэрвеня 2021 года адклікнуўся на прапанову.\n"),
    ("en", "The Ambassador of Latvia to Belarus, Einārs Semanis, was expelled from the chess club on 5 May 2021.\n"),
])
def test_words_of_recall_and_expulsion_in_another_sense_are_none(tmp_path, lang, text):
    plan = plan_of(tmp_path, text, lang)
    assert events(plan) == [] and held_events(plan) == []


def test_en_expelled_from_the_country_is_an_expulsion(tmp_path):
    plan = plan_of(tmp_path, "On 24 May 2021 the Ambassador of Latvia to Belarus, Einārs Semanis, was expelled "
                             "from the country.\n", "en")
    [event] = events(plan)
    assert (event["kind"], event["parties"]) == ("expulsion", ["country:by", "country:lv"])
