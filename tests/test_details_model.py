"""What the details view shows: facts, links and sources, capped where a store is large."""

from __future__ import annotations

import dataclasses

from data import model as m
from data.store import Store
from tui.details_model import LINKS_PER_KIND, describe


def test_a_person_shows_names_postings_and_sources(store):
    details = describe(store, store.get("person:maira-mora"), "en")
    assert ("Name", "lv: Maira Mora (derived) · lt: not attested · en: Maira Mora (established)") in details.facts
    assert [link.record_id for link in details.links][:1] == ["envoy:lv-by-2004-mora"]
    # Each source with its address (issue 12: "Sources show their address").
    assert details.citations == [("Latvijas Republikas un Baltkrievijas Republikas divpusējās attiecības · "
                                  "https://www.mfa.gov.lv/lv/latvijas-republikas-un-baltkrievijas-republikas-"
                                  "divpusejas-attiecibas",
                                  "Ārkārtējā un pilnvarotā vēstniece Maira MORA")]


def test_a_country_with_thousands_of_visits_lists_a_window_and_says_how_many_more(store):
    visit = store.get("visit:2018-07-18-makejs")
    extra = [dataclasses.replace(visit, id=f"visit:extra-{n:05d}") for n in range(1_000)]
    big = Store([*store.records(), *extra])
    details = describe(big, big.get("country:lv"), "en")
    visit_links = [link for link in details.links if link.record_id and link.record_id.startswith("visit:")]
    assert len(visit_links) == LINKS_PER_KIND
    total = big.count_related("country:lv", m.Visit)
    more = [link.text for link in details.links if link.record_id is None]
    assert more == [f"… and {total - LINKS_PER_KIND:,} more: the tab's filter shows them"]


def test_a_visit_whose_direction_is_unstated_names_both_countries_without_from_and_to(store):
    # The seed says the Kupala exhibition took place, not which side brought it: "From: Belarus /
    # To: Latvia" would state a direction no source gives.
    facts = dict(describe(store, store.get("visit:2013-09-kupala-exhibition"), "en").facts)
    assert "From" not in facts and "To" not in facts
    assert facts["Countries"] == "Belarus, Latvia"
    assert facts["Direction"] == "not stated in the source"


def test_a_visit_with_a_stated_direction_keeps_from_and_to(store):
    facts = dict(describe(store, store.get("visit:2018-07-18-makejs"), "en").facts)
    assert (facts["From"], facts["To"]) == ("Belarus", "Latvia")
    assert "Countries" not in facts and "Direction" not in facts
