"""What the import writes alongside a fact it holds, and the review as a researcher reads it (w5-review).

Each rule on a small page we wrote ourselves, beside its near miss: a person, place or source that only
facts left for review need is left for review with them (and written with them by --accept); no
person is cited by a sentence that does not write its name; the source is cited by what the row shows;
held rows show the page's words for the day; the table keeps the reason whole at 80 and 200 columns and
says what the import would write; page text reaches the terminal escaped in both layouts.
"""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from data.importer.choice import ACCEPT_ALL
from data.importer.command import ImportOutcome, import_file
from data.importer.plan import Plan
from data.importer.review import review_json, review_rows
from tests.importkit import plan_of
from tui.import_output import outlook, show_import

WRITTEN = ("new", "merge")
_ADDRESS = "https://lt.example.com/20220209/simonyte-vyksta-i-ukraina.html"

# A trip only announced (never a record) and "the prime minister's last visit" of 2019 on a page of 2022:
# the only record naming Ingrida Šimonytė is the 2019 trip, held because the sentence names the office alone.
_OFFICE_ONLY = ("Šimonytė vyks į Ukrainą\n"
                "Lietuvos ministrė pirmininkė Ingrida Šimonytė vasario 10 dieną lankysis Ukrainoje.\n"
                "Paskutinis Lietuvos ministro pirmininko vizitas Ukrainoje įvyko 2019 metų balandžio mėnesį.\n")
# Its near miss: the same page where she also travels today (a trip written as it stands).
_ALSO_TODAY = ("Šimonytė vyksta į Ukrainą\n"
               "Lietuvos ministrė pirmininkė Ingrida Šimonytė šiandien išvyko oficialaus vizito į Ukrainą.\n"
               "Paskutinis Lietuvos ministro pirmininko vizitas Ukrainoje įvyko 2019 metų balandžio mėnesį.\n")


def _by_id(plan: Plan) -> dict[str, str]:
    return {c.id: c.action for c in plan.changes}


def _person(plan: Plan, person_id: str):
    return next(c for c in plan.changes if c.id == person_id)


# --- 1. a record needed only by what is left for review is left for review with it ----------------------

def test_a_person_only_a_held_trip_needs_is_left_for_review_with_it_and_says_so(tmp_path):
    plan = plan_of(tmp_path, _OFFICE_ONLY, "lt", _ADDRESS)
    actions = _by_id(plan)
    assert actions["visit:2019-04-simonyte"] == "review"
    person = _person(plan, "person:ingrida-simonyte")
    assert person.action == "review"
    assert "visit:2019-04-simonyte" in person.notes[0] and "never alone" in person.notes[0]
    assert actions["source:import-page"] == "review"  # nothing on the page is written as it stands


def test_near_miss_a_person_a_written_trip_also_needs_is_written(tmp_path):
    plan = plan_of(tmp_path, _ALSO_TODAY, "lt", _ADDRESS)
    actions = _by_id(plan)
    assert actions["visit:2019-04-simonyte"] == "review"
    assert actions["visit:2022-02-09-simonyte"] in WRITTEN
    assert actions["person:ingrida-simonyte"] == "new" and actions["source:import-page"] == "new"


def test_countries_only_a_held_fact_needs_are_left_for_review_in_an_empty_store(tmp_path):
    plan = plan_of(tmp_path, _OFFICE_ONLY, "lt", _ADDRESS, empty=True)
    actions = _by_id(plan)
    assert actions["country:lt"] == actions["country:ua"] == "review"


def test_near_miss_countries_a_written_fact_needs_are_new_in_an_empty_store(tmp_path):
    plan = plan_of(tmp_path, _ALSO_TODAY, "lt", _ADDRESS, empty=True)
    actions = _by_id(plan)
    assert actions["country:lt"] == actions["country:ua"] == "new"


def test_the_import_writes_the_held_trip_and_its_person_together_or_neither(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(_OFFICE_ONLY, encoding="utf-8")
    store = tmp_path / "mine.json"
    outcome = import_file(page, db=store, lang="lt", dry_run=False, prefer=None, accept=frozenset({"new"}),
                          url=_ADDRESS, empty=True)
    assert not store.exists()  # not the person alone, nor a store of countries
    assert outcome.result is not None and "nothing written" in outcome.result.summary()
    assert "5 left for review" in outcome.result.summary()  # the trip, its person, two countries, the source
    import_file(page, db=store, lang="lt", dry_run=False, prefer=None, accept=ACCEPT_ALL, url=_ADDRESS,
                empty=True)
    written = json.loads(store.read_text(encoding="utf-8"))
    ids = {doc["id"] for table in written.values() if isinstance(table, dict) for doc in table.values()
           if isinstance(doc, dict) and "id" in doc}
    assert {"visit:2019-04-simonyte", "person:ingrida-simonyte", "country:lt", "country:ua"} <= ids


# --- 2. a record is cited by a quote that writes what it cites ---------------------------------------

def test_a_person_named_by_the_office_is_cited_by_the_sentence_that_writes_the_name(tmp_path):
    person = _person(plan_of(tmp_path, _OFFICE_ONLY, "lt", _ADDRESS), "person:ingrida-simonyte")
    quotes = [c["quote"] for c in person.doc["citations"]]
    assert quotes and all("Ingrida Šimonytė" in q for q in quotes)
    assert "Paskutinis" not in person.quote and "Ingrida Šimonytė" in person.quote


def test_a_person_named_by_the_surname_in_a_trip_is_cited_by_the_sentence_with_the_full_name(tmp_path):
    text = ("Zelensky in Vilnius\n"
            "President of Ukraine Volodymyr Zelensky spoke in Kyiv on 9 January 2024.\n"
            "On 10 January 2024, Zelensky arrived in Vilnius on an unannounced visit.\n")
    plan = plan_of(tmp_path, text, "en")
    people = [c for c in plan.changes if c.kind == "person"]
    assert people
    for person in people:
        forms = [f["text"] for f in person.doc["name"].values()] + person.doc.get("aliases", [])
        for citation in person.doc["citations"]:
            assert any(form in citation["quote"] for form in forms), citation


def test_near_miss_a_person_named_in_full_in_the_trips_sentence_is_cited_by_that_sentence(tmp_path):
    text = ("Zelensky in Vilnius\n"
            "On 10 January 2024, President of Ukraine Volodymyr Zelensky arrived in Vilnius on a visit.\n")
    person = next(c for c in plan_of(tmp_path, text, "en").changes if c.kind == "person")
    assert [c["quote"] for c in person.doc["citations"]] == [
        "On 10 January 2024, President of Ukraine Volodymyr Zelensky arrived in Vilnius on a visit."]


def test_the_source_is_cited_by_its_first_sentence_and_the_row_shows_that_quote(tmp_path):
    text = ("Latvija izraida Baltkrievijas diplomātus. Vēstniecībā paliks viens darbinieks. Tā pavēstīja ĀM.\n"
            "Latvijas vēstnieks Baltkrievijā Einārs Semanis.\n")
    source = next(c for c in plan_of(tmp_path, text, "lv").changes if c.kind == "source")
    assert source.doc["citations"][0]["quote"] == "Latvija izraida Baltkrievijas diplomātus."
    assert source.quote == source.doc["citations"][0]["quote"]


def test_near_miss_a_title_line_of_one_sentence_is_cited_whole(tmp_path):
    text = "Latvija un Baltkrievija: attiecības\nLatvijas vēstnieks Baltkrievijā Einārs Semanis.\n"
    source = next(c for c in plan_of(tmp_path, text, "lv").changes if c.kind == "source")
    assert source.doc["citations"][0]["quote"] == source.quote == "Latvija un Baltkrievija: attiecības"


# --- 3. held rows show the page's words for the day ----------------------------------------------------

_KARINS = ("Kariņš ieradies Kijivā\n"
           "Premjerministrs Krišjānis Kariņš ceturtdien, 16. martā, ieradies Kijivā, kur tiksies ar "
           "Ukrainas amatpersonām.\n"
           "Latvijas vēstnieks Ukrainā Ilgvars Kļava.\n")


def test_a_held_trip_shows_the_day_as_the_page_writes_it(tmp_path):
    rows = [r for r in review_rows(plan_of(tmp_path, _KARINS, "lv")) if r.held and r.kind == "visit"]
    assert rows and '"16. martā"' in rows[0].date


def test_near_miss_a_held_posting_shows_no_day_of_another_act(tmp_path):
    text = "Ukrainas vēstnieks\n2014. gada 14. martā Ukrainas vēstnieks Latvijā Bandura tikās ar studentiem.\n"
    rows = [r for r in review_rows(plan_of(tmp_path, text, "lv")) if r.held and r.kind == "envoy"]
    assert all(r.date == "" for r in rows)


# --- 4. the table: the reason whole, the counts as the rows, what would be written, escaped -----------

def _shown(plan: Plan, width: int) -> str:
    """The dry run's output on a terminal of `width` columns."""
    out = Console(record=True, width=width, color_system=None)
    show_import(ImportOutcome(plan, Path("/nonexistent/mine.json"), None), as_json=False, out=out)
    return out.export_text()


def test_the_reason_a_record_is_held_is_never_cut_at_80_or_200_columns(tmp_path):
    plan = plan_of(tmp_path, _OFFICE_ONLY, "lt", _ADDRESS)
    visit = next(c for c in plan.changes if c.kind == "visit")
    for width in (80, 200):
        flat = " ".join(_shown(plan, width).replace("│", " ").split())
        assert "maybe not on 2019-04" in flat, width  # the end of the reason, the part a cut loses
        assert "…" not in [w[-1] for w in flat.split() if w.startswith("visit:")]
        assert visit.id in _shown(plan, width).replace("│", "").replace(" ", ""), width


def test_the_header_counts_are_the_rows_and_the_last_line_says_what_would_be_written(tmp_path):
    plan = plan_of(tmp_path, _KARINS, "lv")
    rows = review_rows(plan)
    counts = review_json(plan)["counts"]
    assert counts["held"] == sum(r.held for r in rows)
    for action in ("new", "merge", "conflict", "review"):
        assert counts[action] == sum(1 for r in rows if r.action == action and not r.held)
    text = _shown(plan, 200)
    assert f"held: {counts['held']} (never written)" in text and counts["held"]
    assert "review (held)" not in text and "│ held " in text


def test_the_last_line_says_nothing_would_be_written_when_everything_is_left_for_review(tmp_path):
    plan = plan_of(tmp_path, _OFFICE_ONLY, "lt", _ADDRESS)
    assert outlook(plan).startswith("nothing; waiting for a reader (written by --accept): 3 left for review")


def test_near_miss_the_last_line_counts_the_records_a_page_writes(tmp_path):
    plan = plan_of(tmp_path, _ALSO_TODAY, "lt", _ADDRESS)
    assert outlook(plan).startswith("nothing; waiting for a reader (written by --accept): 1 new, 1 left for review")
    accepted = outlook(plan, accept=ACCEPT_ALL)
    assert accepted.startswith("2 facts (1 new, 1 accepted from review) and 2 records they need"), accepted
    trip = next(c.id for c in plan.changes if c.kind == "visit" and c.action == "new")
    assert outlook(plan, accept=ACCEPT_ALL, skip=frozenset({trip})).endswith("; left out: 1")


def test_a_merge_that_only_cites_the_page_says_so(tmp_path):
    plan = plan_of(tmp_path, "Embassy\nLatvia has an embassy in Minsk.\n", "en")
    merges = [r for r in review_rows(plan) if r.action == "merge"]
    assert [r.note for r in merges] == ["already in the store: adds only this page's citation"]


def test_page_text_with_markup_and_controls_reaches_a_narrow_and_a_wide_table_escaped(tmp_path):
    text = ("[bold red]Kariņš[/] \x1b[2J\n"
            "Premjerministrs Krišjānis Kariņš [link=file:///etc]x[/link] ceturtdien, 16. martā, ieradies Kijivā.\n")
    plan = plan_of(tmp_path, text, "lv")
    for width in (80, 200):
        shown = _shown(plan, width)
        joined = "".join(shown.replace("│", "").split())
        assert "\x1b" not in shown and "\\x1b[2J" in joined, width
        assert "[boldred]Kariņš[/]" in joined and "[link=file:///etc]x[/link]" in joined, width
