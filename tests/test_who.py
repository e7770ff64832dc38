"""`who`: the holder of a post on a date, 'possibly' where the sources' precision can't tell."""

from __future__ import annotations

import pytest

from data.dates import Certainty, DateRange
from data.errors import UnknownCountryError
from data.queries import who
from search.countries import resolve_country
from tui.labels import label


def holders(store, sending, receiving, on, **kw):
    found = who(store, resolve_country(store, sending), resolve_country(store, receiving), DateRange.parse(on), **kw)
    return [(label(store, h.envoy.person), h.certainty) for h in found]


def test_latvias_ambassador_in_minsk_in_2005_was_maira_mora(store):
    assert holders(store, "LV", "BY", "2005-06-01") == [("Maira Mora", Certainty.YES)]


def test_in_june_2015_it_was_still_popkovs(store):
    # Virsis started on 2015-10-05, so Popkovs (from 2010) certainly held the post in June.
    assert holders(store, "LV", "BY", "2015-06-01") == [("Mihails Popkovs", Certainty.YES)]


def test_popkovs_keeps_the_spelling_of_the_page_as_an_alias(store):
    popkovs = store.get("person:mihails-popkovs")
    assert "Mihails POPKOVŠ" in popkovs.aliases
    assert any("POPKOVŠ" in issue.text for issue in popkovs.issues + store.get("envoy:lv-by-2010-popkovs").issues)


def test_the_year_of_a_handover_is_possibly_either(store):
    assert holders(store, "LV", "BY", "2004") == [
        ("Egons Neimanis", Certainty.POSSIBLY), ("Maira Mora", Certainty.POSSIBLY),
    ]


def test_after_the_sources_last_confirm_a_posting_it_is_only_possible(store):
    assert holders(store, "BY", "LV", "2020") == [("Vasīlijs Markovičs", Certainty.YES)]
    assert holders(store, "BY", "LV", "2025") == [("Vasīlijs Markovičs", Certainty.POSSIBLY)]


def test_before_any_envoy_none_is_known(store):
    assert holders(store, "LV", "BY", "1991") == []
    assert holders(store, "LV", "UA", "1995") == []


def test_the_other_direction_and_lithuania(store):
    assert holders(store, "BY", "LV", "2016-01-01") == [("Marina Dolgopolova", Certainty.YES)]
    assert holders(store, "LT", "BY", "1993-06") == [("Alfonsas Augulis", Certainty.POSSIBLY)]


def test_attaches_and_honorary_consuls_only_when_asked(store):
    assert holders(store, "LT", "BY", "2005") == []
    assert ("A. Danėnas", Certainty.POSSIBLY) in holders(store, "LT", "BY", "2005", heads_only=False)


@pytest.mark.parametrize(
    "name", ["LV", "lv", "Latvija", "LATVIJA", "Latvia", "latvija", "Latvijas Republika", " latvia "],
)
def test_a_country_is_found_by_code_or_any_name(store, name):
    assert resolve_country(store, name).code == "LV"


@pytest.mark.parametrize(
    ("name", "code"),
    [("Baltarusija", "BY"), ("Baltkrievija", "BY"), ("baltkrievija", "BY"), ("Belarus", "BY"),
     ("Беларусь", "BY"), ("Латвия", "LV"), ("Литва", "LT"), ("Украина", "UA"),
     ("Lietuva", "LT"), ("Lithuania", "LT"), ("Ukraina", "UA"), ("Ukraine", "UA")],
)
def test_lithuanian_latvian_and_english_names_work(store, name, code):
    assert resolve_country(store, name).code == code


@pytest.mark.parametrize("name", ["Narnia", "", "   ", "L", "x" * 10_000, "\x00"])
def test_an_unknown_country_is_our_error(store, name):
    with pytest.raises(UnknownCountryError, match="unknown country"):
        resolve_country(store, name)
