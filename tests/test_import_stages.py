"""The importer's stages one at a time: language, dateline, relative days, name guesses, keys, places."""

from __future__ import annotations

import pytest

from data.dates import PartialDate
from data.importer.dateline import DayMonth, date_in_address, date_in_head, day_months, relative_day, weekday, with_year
from data.importer.keys import fold_key
from data.importer.language import detect_language
from data.importer.names import guess_nominative
from data.importer.places import Places
from data.store import load_store
from search.normalize import fold


@pytest.mark.parametrize(("text", "lang"), [
    ("Latvijas vēstnieks Ukrainā iesniedza akreditācijas rakstu Valsts prezidentam, un tā ir vizīte.", "lv"),
    ("Lietuvos ambasadorius Ukrainoje įteikė skiriamuosius raštus, ir tai buvo svarbu dėl santykių.", "lt"),
    ("The ambassador of Latvia presented his credentials to the President of Ukraine in Kyiv.", "en"),
    ("Посол Латвії в Україні вручив вірчі грамоти Президентові України у Києві.", "uk"),
    ("Посол Латвии вручил верительные грамоты президенту Белоруссии в Минске вчера.", "ru"),
    ("Пасол Латвіі ўручыў даверчыя граматы прэзідэнту Беларусі ў Мінску ўчора.", "be"),
    ("Ambasadorem Łotwy na Białorusi od 2019 roku jest Einars Semanis, który musi wyjechać.", "pl"),
    ("Die Ukrainische Botschaft in Riga ist die diplomatische Vertretung der Ukraine in Lettland.", "de"),
])
def test_the_language_of_a_few_sentences(text, lang):
    assert detect_language(text) == lang


def test_too_little_text_has_no_language():
    assert detect_language("12345 67 89") is None


@pytest.mark.parametrize(("url", "day"), [
    ("https://eurointegration.com.ua/news/2021/06/11/7124357", "2021-06-11"),
    ("https://sputniknewslv.com/amp/20201007/latvija-un-igaunija", "2020-10-07"),
    ("https://belsat.eu/ru/news/08-06-2021-litva-ostanetsya", "2021-06-08"),
    ("https://www.lzinios.lt/amp/lietuva/pritare-kandidaturoms/197985", None),
    ("https://example.com/2021/13/45/", None),
])
def test_the_day_an_address_names(url, day):
    found = date_in_address(url)
    assert (str(found) if found else None) == day


def test_a_dateline_at_the_head_of_the_page():
    assert str(date_in_head(["Lithuanian, Ukrainian presidents • 2006-11-15 • From wire reports"])) == "2006-11-15"
    assert date_in_head(["A page without a dateline", "and 1992 in its text"]) is None


@pytest.mark.parametrize(("text", "lang", "day", "month"), [
    ("У Луцьку 11 червня відкрили", "uk", 11, 6),
    ("RĪGA, 7. oktobris – Sputnik", "lv", 7, 10),
    ("pirmadienį, gruodžio 12 d., išvyksta", "lt", 12, 12),
    ("signed by both presidents on Nov. 14, reflects", "en", 14, 11),
])
def test_a_day_and_month_without_a_year(text, lang, day, month):
    [found] = day_months(text, lang)
    assert (found.day, found.month) == (day, month)


def test_a_date_with_its_year_is_not_one_without():
    assert day_months("16 сентября 2009 года", "ru") == []
    assert day_months("2016. gada 16. septembrī", "lv") == []


def test_the_year_comes_from_the_dateline_only_within_three_months():
    line = (PartialDate(2021, 6, 11), "the date in the page's address")
    near = with_year(DayMonth(30, 4, 0, 0, "30 квітня"), line)
    assert near is not None and str(near[0]) == "2021-04-30" and "30 квітня" in near[1]
    assert with_year(DayMonth(28, 11, 0, 0, "28 лістапада"), line) is None   # last November? next? review
    assert with_year(DayMonth(31, 2, 0, 0, "31 February"), line) is None


def test_relative_days_count_from_a_publication_day_only():
    published = PartialDate(2021, 5, 25)
    assert str(relative_day("Vakar", published)[0]) == "2021-05-24"
    assert str(relative_day("вчера", published)[0]) == "2021-05-24"
    assert str(relative_day("šodien", published)[0]) == "2021-05-25"
    assert relative_day("vakar", None) is None
    assert relative_day("vakar", PartialDate(2021, 5)) is None   # a month is no day to count from


def test_a_weekday_needs_a_tense_unless_it_is_the_publication_day():
    monday = PartialDate(2015, 11, 23)
    assert str(weekday("Trečiadienį", "Trečiadienį viešės prezidentas", monday)[0]) == "2015-11-25"
    assert str(weekday("trečiadienį", "trečiadienį lankėsi prezidentas", monday)[0]) == "2015-11-18"
    assert weekday("Trečiadienį", "Trečiadienį prezidentas Lietuvoje", monday) is None
    assert str(weekday("pirmadienį", "pirmadienį prezidentas Lietuvoje", monday)[0]) == "2015-11-23"


@pytest.mark.parametrize(("written", "lang", "guess"), [
    ("Einaru Semani", "lv", "Einars Semanis"),
    ("Anatoliju Kucevolu", "lv", "Anatolijs Kucevols"),
    ("Petrą Vaitiekūną", "lt", "Petras Vaitiekūnas"),
    ("Algirdu Butkevičiumi", "lt", "Algirdas Butkevičius"),
    ("Пятраса Вайтекунаса", "uk", "Пятрас Вайтекунас"),
    ("Александра Герасименко", "ru", "Александр Герасименко"),
])
def test_a_declined_name_gets_a_guess_that_is_never_certain(written, lang, guess):
    name = guess_nominative(written, lang)
    assert name.text == guess and name.certain is False and name.written == written and name.doubts


def test_the_importers_keys_are_the_search_engines_folds_on_every_name_of_the_store():
    # Ids made by the importer must not change now that data/ folds names without search/.
    store = load_store()
    names = [form.text for record in store.records() if hasattr(record, "name")
             for form in record.name.forms.values()]
    names += [alias for record in store.records() for alias in getattr(record, "aliases", ())]
    assert names and all(fold_key(text) == fold(text) for text in names)


def test_places_are_found_longest_form_first_and_by_case():
    places = Places.builtin()
    found = [(m.place.key, m.case, m.text) for m in places.find("посол Латвии в Белоруссии, Латвийской Республики",
                                                                 "ru")]
    assert found == [("LV", "gen", "Латвии"), ("BY", "gen", "Белоруссии"), ("LV", "gen", "Латвийской Республики")]
    assert [m.text for m in places.find("Rīgas pilī un Rīgā", "lv")] == ["Rīgas", "Rīgā"]
    assert places.find("Rīgasiela", "lv") == []   # a word that merely starts with a place is none
