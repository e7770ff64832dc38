"""The shipped store: built from the authoring files, every quote verbatim, the key facts right."""

from __future__ import annotations

from data import model as m
from data.build import build
from data.sources import quote_problems, read_seeds
from data.store import EMBEDDED_STORE


def test_the_shipped_store_is_what_the_authoring_files_build(seeds):
    content, problems = build(seeds=seeds)
    # Without the page copies (CI), their sources are unchecked notes; never an error.
    assert [str(p) for p in problems if p.severity == "error"] == []
    assert content == EMBEDDED_STORE.read_bytes(), "data/store.json is stale: run 'python -m data.build'"


def test_every_quote_is_verbatim_in_its_source(store, seeds):
    texts = read_seeds(seeds, store.all(m.Source))
    assert len(texts) == 5  # the seeds; the page copies are checked in test_pages.py
    assert quote_problems(store.records(), texts) == []


def test_every_record_cites_a_source(store):
    assert all(record.citations for record in store.records())


def test_years_stay_years(store):
    lovniks = store.get("envoy:lv-by-1993-lovniks")
    assert (str(lovniks.start), str(lovniks.end), lovniks.end_basis) == ("1993", "1997", "successor")
    assert str(store.get("envoy:lv-by-1992-tomass").start) == "1992"


def test_genitive_names_are_stored_in_the_nominative_with_the_written_form_as_alias(store):
    makejs = store.get("person:vladimirs-makejs")
    assert makejs.name.get("lv").text == "Vladimirs Makejs"
    assert makejs.name.get("lv").basis == "derived"
    assert "Vladimira Makeja" in makejs.aliases


def test_one_person_under_two_first_names_is_one_record_that_says_why(store):
    kupcina = store.get("person:alona-kupcina")
    assert {"Jeļenas Kupčinas", "Aļonas Kupčinas"} <= set(kupcina.aliases)
    assert any(issue.kind == "identity" for issue in kupcina.issues)
    assert len(store.related(kupcina.id, m.Visit)) == 2


def test_an_unattested_language_is_marked_not_guessed(store):
    rusaks = store.get("person:v-rusaks")
    assert rusaks.name.attested("lv") and not rusaks.name.attested("en") and not rusaks.name.attested("lt")


def test_the_latvia_ukraine_agreement_of_april_2024(store):
    treaty = store.get("treaty:2024-04-11-security-commitments")
    assert set(treaty.parties) == {"country:lv", "country:ua"}
    assert (str(treaty.signed), str(treaty.in_force), treaty.place, treaty.duration_years) == (
        "2024-04-11", "2024-04-11", "city:vilnius", 10)
    assert set(treaty.languages) == {"en", "lv", "uk"}


def test_recognitions_and_relations(store):
    events = {e.id: e for e in store.all(m.Event)}
    assert str(events["event:recognition-by-lv"].date) == "1992-01-22"
    assert str(events["event:recognition-lv-by"].date) == "1992-01-08"
    assert str(events["event:recognition-by-lt"].date) == "1991-12-27"
    assert str(events["event:recognition-lt-by"].date) == "1991-12-20"
    # told by two sources: one record with both citations
    sources = {c.source for c in events["event:recognition-by-lt"].citations}
    assert {"source:lt-mfa-by", "source:by-embassy-lt"} <= sources


def test_makei_came_to_latvia_four_times(store):
    visits = store.related("person:vladimirs-makejs", m.Visit)
    assert [str(v.date) for v in visits] == [
        "2014-02-27/2014-02-28", "2015-05-21/2015-05-22", "2016-07-06/2016-07-07", "2018-07-18/2018-07-19",
    ]
    assert all(v.sending == "country:by" and v.receiving == "country:lv" for v in visits)


def test_both_visit_tables_are_complete(store, seeds):
    # Each row of both tables starts with a date line "YYYY. gada ..." between the headings.
    text = (seeds / "000_66221c5c25316161.txt").read_text(encoding="utf-8")
    tables = text.split("NOZĪMĪGĀKĀS VIZĪTES")[1].split("SADARBĪBA EKONOMIKĀ")[0]
    import re

    rows = [line for line in tables.splitlines() if re.match(r"^\d{4}\.\s?gada", line)]
    assert len(rows) == 63
    table_visits = [v for v in store.all(m.Visit) if v.date.start.year >= 2000 and any(
        c.quote in rows for c in v.citations)]
    assert len(table_visits) == 63
