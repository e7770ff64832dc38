"""Dates as unseen pages write them: the date traps the fifth development pages (556, 565, 500, 318, 580-595)
showed, each as a general rule on a small page we wrote, beside a near miss that must stay unread or held.
"""

from __future__ import annotations

from data.dates import PartialDate
from data.importer.dateline import month_of_relative_year, relative_year, wire_stamp
from data.importer.dates import find_dates
from data.importer.page import read_page
from data.importer.plan import Plan
from tests.importkit import page, plan_of, trips

PUBLISHED = (PartialDate(2010, 4, 2), "the page's dateline")


def events(plan: Plan) -> set[tuple[str, str, str, str | None]]:
    rows = {(c.doc["kind"], c.doc["parties"][0].partition(":")[2], c.doc["parties"][1].partition(":")[2],
             c.doc.get("date")) for c in plan.changes if c.kind == "event"}
    return rows | {(c.doc["event"], c.doc["from"].partition(":")[2], c.doc["to"].partition(":")[2], None)
                   for c in plan.held if c.doc["kind"] == "event"}


# --- a news agency's stamp in the text is the page's publication day ---------------------------------------

def test_an_agency_stamp_in_brackets_is_the_publication_day(tmp_path):
    text = ("Latvia to expel Belarusian diplomats\n\n"
            "RIGA (Example News / Sputnik - 24th May, 2021) Latvia will respond in a reciprocal way, the Foreign "
            "Ministry said on Monday.\n")
    assert read_page(page(tmp_path, text)).publication_day() == (PartialDate(2021, 5, 24), "the page's dateline")


def test_a_place_and_a_date_in_brackets_that_name_no_agency_are_no_stamp(tmp_path):
    text = ("Latvia and NATO\n\n"
            "NATO (since 24 May 2021) has kept four battlegroups in the region, the Foreign Ministry said.\n")
    assert read_page(page(tmp_path, text)).publication_day() is None


def test_agency_stamps_with_the_day_first_and_in_cyrillic():
    assert wire_stamp("KYIV, 24 May 2021 (UNIAN) - The ministry said") == PartialDate(2021, 5, 24)
    assert wire_stamp("МИНСК, 24 мая 2021 /ТАСС/ - Литва высылает") == PartialDate(2021, 5, 24)
    # no year: the address or nothing dates it; a place not in capitals is a sentence's subject
    assert wire_stamp("VILNIUS, May 24 (Reuters) - Lithuania said") is None
    assert wire_stamp("Riga (Sputnik - 24th May, 2021) Latvia said") is None


# --- Lithuanian years in words -----------------------------------------------------------------------------

def test_lt_a_year_in_the_locative_and_as_an_ordinal_is_a_year():
    assert [str(f.range) for f in find_dates("Kijeve 1992 metais ir Vilniuje 1993 metais", "lt")] == ["1992", "1993"]
    assert [str(f.range) for f in find_dates("1992-aisiais metais užmegzti santykiai", "lt")] == ["1992"]
    assert [str(f.range) for f in find_dates("2009 metais birželio mėn.", "lt")] == ["2009-06"]


def test_lt_a_count_of_years_is_no_year():
    assert find_dates("dirbo per 1992 metus? ne, per 12 metų", "lt") == []


# --- a year told relative to the publication date ------------------------------------------------------------

def test_relative_years_in_the_six_languages_with_or_without_a_month():
    cases = {
        ("Lukašenka pernai rudenį lankėsi Vilniuje", "lt"): PartialDate(2009),  # a season is no month
        ("Lukašenka pernai birželį lankėsi Vilniuje", "lt"): PartialDate(2009, 6),
        ("praėjusiais metais lankėsi Kijeve", "lt"): PartialDate(2009),
        ("pagājušajā gadā apmeklēja Kijivu", "lv"): PartialDate(2009),
        ("в прошлом году посетил Минск", "ru"): PartialDate(2009),
        ("5 июня прошлого года посетил Минск", "ru"): PartialDate(2009, 6, 5),
        ("торік відвідав Вільнюс", "uk"): PartialDate(2009),
        ("мінулага года наведаў Вільню", "be"): PartialDate(2009),
    }
    for (text, lang), want in cases.items():
        found = month_of_relative_year(text, lang, PUBLISHED)
        assert found is not None and found[0] == want, text


def test_relative_years_that_date_nothing():
    for text, lang in (("с прошлого года посольство работает в Вильнюсе", "ru"),  # a period's start
                       ("в прошлых годах посещал Минск", "ru"),                   # past years, plural
                       ("вчера прибыл в Минск, впервые с прошлого года", "ru"),   # another day named
                       ("pernai rudenį ir 2009 m. lapkritį", "lt")):              # a date written out
        assert month_of_relative_year(text, lang, PUBLISHED) is None, text
    # a date in an address's slug is no publication date to count from
    assert month_of_relative_year("в прошлом году посетил Минск", "ru",
                                  (PartialDate(2010, 4, 2), "the date in the page's address (x)")) is None


def test_en_last_month_is_the_latest_such_month_before_the_publication_day():
    july = (PartialDate(2021, 7, 7), "the page's dateline")
    text = "The ambassador has been operating from Vilnius since last October when he was recalled."
    assert relative_year(text, "en", july, since=False)[0] == PartialDate(2020, 10)
    assert relative_year("He came last March.", "en", july)[0] == PartialDate(2021, 3)
    assert relative_year(text, "en", july) is None  # a trip's "since last October" starts a period


def test_lt_a_held_visit_last_autumn_takes_the_previous_year(tmp_path):
    text = ("Autorius: example.lt | 2010 04 02 @ 10:42 | Lietuva\n\n"
            "Baltarusijos prezidentas Aleksandras Lukašenka pernai rudenį lankėsi Vilniuje.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert trips(plan) == {("by", "lt", "2009")}
    assert any("pernai" in str(c.doc["issues"]) for c in plan.changes if c.kind == "visit")


def test_lt_the_same_visit_on_an_undated_page_is_held(tmp_path):
    text = "Baltarusijos prezidentas Aleksandras Lukašenka pernai rudenį lankėsi Vilniuje.\n"
    assert trips(plan_of(tmp_path, text, "lt")) == {("by", "lt", None)}


def test_en_a_recall_last_october_is_dated_by_the_stamp(tmp_path):
    text = ("2021.07.07 10:23\n\nMinsk orders Lithuanian embassy to cut staff\n\n"
            "The Lithuanian ambassador to Belarus, Andrius Puidokas, has been operating from Vilnius since last "
            "October when he was recalled from Minsk for consultations.\n")
    assert ("recall", "lt", "by", "2020-10") in events(plan_of(tmp_path, text, "en"))


def test_en_the_same_recall_without_a_publication_date_is_held(tmp_path):
    text = ("Minsk orders Lithuanian embassy to cut staff\n\n"
            "The Lithuanian ambassador to Belarus, Andrius Puidokas, has been operating from Vilnius since last "
            "October when he was recalled from Minsk for consultations.\n")
    assert ("recall", "lt", "by", None) in events(plan_of(tmp_path, text, "en"))


# --- two held trips of one traveller, one told as an earlier one -------------------------------------------

def test_ru_an_earlier_trip_with_its_own_day_is_its_own_review_row(tmp_path):
    text = ("Президент Латвии Эгилс Левитс прибыл с визитом в Киев.\n"
            "13 апреля Левитс уже посещал Киев, став тогда одним из первых западных лидеров.\n")
    plan = plan_of(tmp_path, text, "ru")
    rows = [c for c in plan.held if c.doc["kind"] == "visit"]
    assert sorted(c.doc.get("date_as_written") or "" for c in rows) == ["", "13 апреля"]


def test_lv_one_trip_told_twice_with_and_without_its_weekday_stays_one_row(tmp_path):
    text = ("Trešdien Latvijā oficiālā vizītē ieradies Ukrainas prezidents Volodimirs Zelenskis.\n"
            "Rīgā ieradies Ukrainas prezidents Volodimirs Zelenskis\n")
    plan = plan_of(tmp_path, text, "lv")
    assert len([c for c in plan.held if c.doc["kind"] == "visit"]) == 1


# --- the end of a stay is not the trip's day -----------------------------------------------------------------

def test_en_a_visit_until_a_day_is_held_without_that_day(tmp_path):
    text = ("Riga, July 16 (example). Latvian Foreign Minister Edgars Rinkevics is on a working visit to Ukraine "
            "until July 17.\n")
    plan = plan_of(tmp_path, text, "en", url="https://example.lv/news/2014/07/16/1/")
    assert trips(plan) == {("lv", "ua", None)}


def test_en_a_visit_from_one_day_until_another_is_a_range(tmp_path):
    text = ("Latvian Foreign Minister Edgars Rinkevics paid a working visit to Ukraine from 12 until 14 May "
            "2014.\n")
    plan = plan_of(tmp_path, text, "en")
    assert trips(plan) == {("lv", "ua", "2014-05-12/2014-05-14")}


def test_uk_this_year_alone_dates_no_trip(tmp_path):
    text = ("12.11.2020 14:05\n\nПрезидент Литовської Республіки Гітанас Науседа з візитом в Україну має прибути "
            "наприкінці цього року.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert all(c.kind != "visit" for c in plan.changes)
    assert month_of_relative_year("відвідав Вільнюс цього року", "uk", PUBLISHED) is None
    assert month_of_relative_year("у лютому цього року відвідав Вільнюс", "uk", PUBLISHED)[0] == PartialDate(2010, 2)
