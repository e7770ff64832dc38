"""The date styles of the pages the importer reads, their slips included."""

from __future__ import annotations

import pytest

from data.dates import DateRange, PartialDate
from data.errors import DateError
from data.importer.dates import find_dates, parse_date, parse_found


def span(start: str, end: str | None = None) -> DateRange:
    return DateRange(PartialDate.parse(start), PartialDate.parse(end or start))


@pytest.mark.parametrize(("text", "expected"), [
    # the styles the issue names
    ("2018. gada 18.- 19. jūlijs", span("2018-07-18", "2018-07-19")),
    ("2000. gada janvārī", span("2000-01")),
    ("2015.gada 13.-15. decembrī", span("2015-12-13", "2015-12-15")),
    ("No 1992 .gada", span("1992")),
    ("Kopš 2015. gada 5. oktobra", span("2015-10-05")),
    # the rest of the Latvia–Belarus page
    ("No 1993. gada", span("1993")),
    ("No 2010.gada", span("2010")),
    ("Kopš 2019. gada septembra", span("2019-09")),
    ("2017. gada 10. aprīlis", span("2017-04-10")),
    ("2019. gada 18. – 20. augusts", span("2019-08-18", "2019-08-20")),
    ("2014. gada 5. - 6. augusts", span("2014-08-05", "2014-08-06")),
    ("2015. gada 7.-10.aprīlis", span("2015-04-07", "2015-04-10")),
    ("2013. gada 10. - 11.oktobris", span("2013-10-10", "2013-10-11")),
    ("2020. gada 16. janvārī", span("2020-01-16")),
    ("1993. gadā", span("1993")),
    ("2004.g.", span("2004")),
    ("2016.-2018. g.", span("2016", "2018")),
    ("07.07.2021.", span("2021-07-07")),
    # invented: a range across two months, a date without diacritics
    ("2019. gada 30. novembris – 2. decembris", span("2019-11-30", "2019-12-02")),
    ("2011. gada 3. julijs", span("2011-07-03")),
])
def test_latvian_styles(text, expected):
    assert parse_date(text, "lv") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1995 m. vasario 6 d.", span("1995-02-06")),
    ("1993–1994 m.", span("1993", "1994")),
    ("2006 m. kovo 10 d.", span("2006-03-10")),
    ("2004 m.", span("2004")),
    ("Nuo 2004 m. rugsėjo 1 d.", span("2004-09-01")),
    ("2007 m. vasario 2 d.", span("2007-02-02")),
    ("2014.05.09", span("2014-05-09")),
    ("2006 m. vasarį", span("2006-02")),
    ("2012 m. gegužės 3–5 d.", span("2012-05-03", "2012-05-05")),
])
def test_lithuanian_styles(text, expected):
    assert parse_date(text, "lt") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("December 20, 1991", span("1991-12-20")),
    ("27 December 1991", span("1991-12-27")),
    ("September 5, 1997", span("1997-09-05")),
    ("In 1993", span("1993")),
    ("December 1991", span("1991-12")),
    ("July 18–19, 2018", span("2018-07-18", "2018-07-19")),
    ("18-19 July 2018", span("2018-07-18", "2018-07-19")),
    ("Sept. 3, 2001", span("2001-09-03")),
])
def test_english_styles(text, expected):
    assert parse_date(text, "en") == expected


@pytest.mark.parametrize(("text", "lang", "expected", "slip"), [
    ("2017. gada 18. 20. jūlijs", "lv", span("2017-07-18", "2017-07-20"), "dash between days 18 and 20 is missing"),
    ("No 1992 .gada", "lv", span("1992"), "full stop after the year stands after a space"),
    ("2014. gada 6 - 9. oktobris", "lv", span("2014-10-06", "2014-10-09"), "without its full stop"),
    ("2011. gada 16. - 19 februāris", "lv", span("2011-02-16", "2011-02-19"), "without its full stop"),
    ("1991 gruodžio 27 d.", "lt", span("1991-12-27"), "'m.' after the year is missing"),
])
def test_the_pages_own_slips_are_read_and_named(text, lang, expected, slip):
    found = parse_found(text, lang)
    assert found is not None and found.range == expected
    assert any(slip in s for s in found.slips)


def test_a_clean_date_has_no_slips():
    assert parse_found("2018. gada 18.- 19. jūlijs", "lv").slips == ()


def test_dates_are_found_where_they_stand_in_prose():
    text = ("Baltkrievija Latvijas neatkarību atzina 1992. gada 22. janvārī, savukārt Latvija "
            "Baltkrievijas neatkarību atzina 1992. gada 8. janvārī.")
    found = find_dates(text, "lv")
    assert [str(f.range) for f in found] == ["1992-01-22", "1992-01-08"]
    assert text[found[0].start:found[0].end] == "1992. gada 22. janvārī"


def test_a_bare_number_is_no_date():
    assert find_dates("Iš viso įrengti 1955 valstybės sienos ženklai", "lt") == []
    assert find_dates("tika īstenoti 29 projekti, 1529 uzņēmumi", "lv") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("2018. gada 19.-18. jūlijs", "lv"),      # a range running backwards
    ("2018. gada 30. februāris", "lv"),       # no such day
    ("sometime in the nineties", "en"),
    ("2018. gada 18. jūlijs un vēl kaut kas", "lv"),   # more than a date
])
def test_what_is_not_one_date_raises(text, lang):
    with pytest.raises(DateError):
        parse_date(text, lang)
