"""The page and date layer every reader stands on: look-alike letters folded to their word's script,
the publication day from a stamp in any language, a head stamp with its clock, or the address a news
site files its item under, and the Belarusian classical spelling of the months. Each shape with a near
miss that must not be taken."""

from __future__ import annotations

from data.dates import PartialDate
from data.importer.dateline import date_in_head, publication_day_in_address, weekday
from data.importer.dates import find_dates
from data.importer.lookalikes import fold_lookalikes
from data.importer.page import page_from_text, read_page
from tests.importkit import page as saved_page
from tests.importkit import plan_of

# --- look-alike letters ------------------------------------------------------------------------


def test_latin_look_alikes_inside_cyrillic_words_are_folded_to_cyrillic():
    folded = fold_lookalikes("Посол Мaріус Янукoніс нa вул. Шaшкевичa", "uk")  # Latin a and o
    assert folded == "Посол Маріус Януконіс на вул. Шашкевича"
    assert not any(c.isascii() and c.isalpha() for c in folded)


def test_a_cyrillic_look_alike_inside_a_latin_word_is_folded_to_latin():
    assert fold_lookalikes("Rīgа un Kijiva", "lv") == "Rīga un Kijiva"  # the а of "Rīgа" was Cyrillic


def test_a_one_letter_preposition_between_cyrillic_words_is_folded():
    assert fold_lookalikes("прибув o 10 годині", "uk") == "прибув о 10 годині"


def test_model_numbers_mixed_words_and_latin_names_stay_as_written():
    # near misses: a token with a digit is a name of its own; a word with letters only Latin has and
    # letters only Cyrillic has is truly mixed; a Latin word on a Cyrillic page is Latin
    for text in ("танк Т-72Б і MiG-29 та Су-27", "пише у Twitter", "Xiaomiдля", "iPhone XS Max",
                 "у XX столітті", "наприкінці XIX ст."):  # a Roman numeral is Latin between Cyrillic words
        assert fold_lookalikes(text, "uk") == text


def test_a_page_with_look_alikes_is_read_folded_and_quoted_as_written(tmp_path):
    text = ("Посол Литoвськoї Республіки в Укрaїні Мaріус Янукoніс відкрив кoнсульствo.\n"
            "Місто прийняло гостей.\n")
    page = read_page(saved_page(tmp_path, text))
    assert page.lang == "uk"
    assert "Маріус Януконіс" in page.lines[0] and "Маріус Януконіс" in page.text
    # the quote is the page's own bytes: what a reader finds in the page and `envoys check` in a copy of it
    quote = page.quote(1, page.lines[0].index("Маріус"), page.lines[0].index("Маріус") + 6)
    assert quote in text.splitlines()[0] and "Мaріус" in quote
    assert page.as_written(1, "Маріус Януконіс") == "Мaріус Янукoніс"
    assert page.as_written(2, "Місто") == "Місто"


def test_the_envoy_with_look_alike_letters_is_found(tmp_path):
    text = "Нaдзвичaйний і Пoвнoвaжний Пoсoл Литoвськoї Республіки в Укрaїні Мaріус Янукoніс.\n"
    plan = plan_of(tmp_path, text, "uk")
    people = [p["written"] for c in plan.held for p in c.doc.get("people", [])]
    people += [c.doc.get("person") for c in plan.changes]
    assert any(p and "Януконіс" in p for p in people)


def test_a_page_in_one_script_is_the_same_object_unchanged():
    text = "Latvijas vēstnieks Ukrainā"
    assert fold_lookalikes(text, "lv") is text
    assert page_from_text(text, "lv").written == ()


# --- the publication day -----------------------------------------------------------------------


def test_an_english_published_stamp_on_a_lithuanian_page_is_its_publication_day():
    page = page_from_text("Ministras K. Budrys atvyko į Kyjivą\n\nBirželio 9 d. ministras atvyko.\n\n"
                          "The Ministry published this content on June 09, 2025, and is solely responsible.\n", "lt")
    assert page.publication_day() == (PartialDate(2025, 6, 9), "the page's publication date")


def test_a_cyrillic_stamp_counts_only_where_it_opens_its_line():
    opened = page_from_text("Опубліковано 12.05.2021 10:15\nПосол Латвії прибув до Києва.\n", "uk")
    assert opened.publication_day() == (PartialDate(2021, 5, 12), "the page's publication date")
    # near miss: a statement's publication told inside a sentence is not the page's
    told = page_from_text("Посол Латвії прибув до Києва.\nЗаяву опубліковано 12 травня 2021 року на сайті.\n", "uk")
    assert told.publication_day() is None


def test_posted_on_opens_its_line_or_is_not_a_stamp():
    assert page_from_text("Posted on 09.11.2010 in Belarus, News\nText.\n", "en").publication_day()[0] \
        == PartialDate(2010, 11, 9)
    # near miss: "posted" as a diplomat's posting is no publication stamp
    assert page_from_text("He was posted to Minsk on 5 May 1992.\nText.\n", "en").publication_day() is None


def test_a_day_first_head_stamp_with_its_clock_is_the_publication_day():
    assert date_in_head(["Латвия в ответ высылает дипломатов", "24-05-2021, 21:20 / Автор: И. В."]) \
        == PartialDate(2021, 5, 24)
    assert date_in_head(["07.10.2020 15:26", "Латвия и Эстония отозвали своих послов"]) == PartialDate(2020, 10, 7)


def test_a_day_first_date_without_a_clock_or_a_month_first_one_is_not_a_head_stamp():
    assert date_in_head(["Закон від 24.05.2021 набрав чинності"]) is None  # a law's date, no clock
    assert date_in_head(["06/09/2025 | Press release | Distributed on 06/09/2025 06:46"]) is None  # 6 Sep? 9 Jun?
    assert date_in_head(["31.02.2020 10:00"]) is None  # no such day


def test_a_head_line_that_says_nothing_but_a_day_is_the_pages_stamp():
    assert date_in_head(["Daiga Mieriņa pateicas Ukrainas vēstniekam", "(08.10.2025.)"]) == PartialDate(2025, 10, 8)
    assert date_in_head(["Vilnius, 10 January 2024", "Together until the victory!"]) == PartialDate(2024, 1, 10)
    assert date_in_head(["2014 m. balandžio 24 d., ketvirtadienis"]) == PartialDate(2014, 4, 24)


def test_a_day_in_the_heads_first_sentence_is_an_events_not_a_stamp():
    assert date_in_head(["14 березня 2014 року Посол України в Литовській Республіці зустрівся з"]) is None
    assert date_in_head(["On 17 March 2017 the Faculty welcomed the Ambassador"]) is None
    assert date_in_head(["Vilnius, 10 January 2024 the presidents signed"]) is None


def test_the_day_a_news_address_files_its_item_under_is_its_publication_day():
    url = "https://www.eurointegration.com.ua/news/2024/09/11/7193971/"
    page = page_from_text("Україна та Литва підписали у середу меморандум.\n", "uk", url=url)
    day, source = page.publication_day()
    assert day == PartialDate(2024, 9, 11) and url in source and "publication date" in source
    # 11 September 2024 was a Wednesday: "у середу" is that day, and the note names the address
    counted = weekday("середу", page.lines[0], day, source)
    assert counted is not None and counted[0] == PartialDate(2024, 9, 11) and url in counted[1]


def test_a_date_inside_a_slug_is_no_publication_day():
    assert publication_day_in_address("https://sputnik.by/20160608/1023117577.html") == PartialDate(2016, 6, 8)
    assert publication_day_in_address("https://belsat.eu/ru/news/08-06-2021-litva-ostanetsya") \
        == PartialDate(2021, 6, 8)
    assert publication_day_in_address("https://lsm.lv/raksts/zinas/latvija/11.01.2024-bez-optimisma") \
        == PartialDate(2024, 1, 11)
    # near misses: a date in a title's slug is an event's; a month alone is no day; a file's name is no folder
    assert publication_day_in_address("https://visa-free-europe.eu/2010/11/belarus-09-11-2010-border-agreement") \
        is None
    assert publication_day_in_address("https://example.lv/docs/12345/20201007.pdf") is None
    assert page_from_text("Text.\n", "en", url="https://example.lv/2010/11/a-b").publication_day() is None


# --- Taraškievica months -----------------------------------------------------------------------


def test_taraskievica_months_are_read_to_the_day():
    [found] = find_dates("Дыпляматычныя адносіны ўсталяваныя 17 сьнежня 1992 году.", "be")
    assert found.date == PartialDate(1992, 12, 17)
    [month] = find_dates("у верасьні 2020 г.", "be")
    assert month.date == PartialDate(2020, 9)


def test_a_word_near_a_taraskievica_month_is_no_month():
    # near miss: "сьнежны" (snowy) is no December
    assert [f.date for f in find_dates("17 сьнежных 1992 году", "be")] == [PartialDate(1992)]


def test_a_head_stamp_and_an_address_that_disagree_give_no_publication_day():
    # the site's clock over an item filed under another day: nothing says which is the item's, so no
    # "today" or weekday is counted from either; a date without a year still leans on the address
    url = "https://charter97.org/en/news/2012/11/9/61212/"
    page = page_from_text("22 January 2018, Monday, 1:32\n\nThe ambassador left Minsk on November 8.\n", "en", url=url)
    assert page.publication_day() is None
    assert page.dateline()[0] == PartialDate(2012, 11, 9)
    agreeing = page_from_text("9 November 2012, Friday, 1:32\n\nText.\n", "en", url=url)
    assert agreeing.publication_day() == (PartialDate(2012, 11, 9), "the page's dateline")


def test_every_quote_a_plan_writes_or_shows_is_the_page_as_written(tmp_path):
    # The readers see the look-alikes folded; the citations and the review must hold the page's own
    # letters, or neither a reader searching the page nor `envoys check` would find them.
    text = ("11 січня 2024 року Посол Литoвськoї Республіки в Укрaїні Мaріус Янукoніс вручив вірчі грамоти "
            "Президенту України Володимиру Зеленському.\n")
    plan = plan_of(tmp_path, text, "uk")
    assert any(change.kind == "envoy" for change in plan.changes)
    for change in [*plan.changes, *plan.held]:
        assert change.quote.removesuffix("...") in text, change.quote  # a source's row shows its title, shortened
        for citation in change.doc.get("citations", []):
            assert citation["quote"] in text, citation["quote"]
