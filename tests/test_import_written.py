"""What `envoys import` writes without review: a record whose sentence does not give one of its parts (the
states, the day, the person) is held for review with a note that says which (`data/importer/safety.py`),
each rule on a small page we wrote ourselves beside its near miss, which is still written.
"""

from __future__ import annotations

import json

from data.importer.choice import ACCEPT_ALL
from data.importer.plan import Plan
from data.importer.review import review_json, review_rows
from tests.importkit import plan_of

WRITTEN = ("new", "merge")  # not held by safety.py: written as they stand (merge) or once read (new)


def facts(plan: Plan, kind: str) -> dict[str, tuple[str, str]]:
    """{date: (action, first note)} of the records of `kind` the plan proposes."""
    return {c.date: (c.action, c.notes[0] if c.notes else "") for c in plan.changes if c.kind == kind}


# --- 1. an agreement whose sentence names a third state and not the pair ----------------------------

_NOTICE = ("Par starptautisko līgumu stāšanos spēkā\n"
           "Ārlietu ministrija informē par Latvijas un Ukrainas līgumiem.\n"
           "1) 2024. gada 1. maijā stājās spēkā Līgums par augstākās izglītības kvalifikāciju automātisku "
           "atzīšanu (parakstīts 2021. gada 14. septembrī Briselē);\n"
           "2) 2024. gada 15. maijā stājās spēkā Latvijas Republikas valdības un Ukrainas Ministru kabineta "
           "līgums par tehnisko un finansiālo sadarbību (parakstīts 2024. gada 11. janvārī Briselē).\n")


def test_agreement_signed_in_a_third_state_naming_neither_party_is_held_with_why(tmp_path):
    treaties = facts(plan_of(tmp_path, _NOTICE, "lv"), "treaty")
    action, note = treaties["2021-09-14"]
    assert action == "review"
    assert note.startswith("held for review:") and "BE" in note and "UA" in note


def test_near_miss_the_same_place_with_both_states_named_is_written(tmp_path):
    treaties = facts(plan_of(tmp_path, _NOTICE, "lv"), "treaty")
    assert treaties["2024-01-11"][0] in WRITTEN


def test_near_miss_the_two_countries_with_no_third_state_are_the_pages_pair(tmp_path):
    text = ("Latvia and Belarus\nLatvia and Belarus are neighbours. The two countries signed a \"Declaration on "
            "the Principles of Good-Neighborly Relations\" on 16 December 1991.\n")
    assert facts(plan_of(tmp_path, text, "en"), "treaty")["1991-12-16"][0] in WRITTEN


# --- 2. a news item's opening with two days -------------------------------------------------------

def _wire(place_day: str) -> str:
    return ("Lithuania recalls envoy from Belarus\n\nTue 06th October 2020 | 12:40 AM\n\n"
            f"Vilnius, {place_day} (Pakistan Point News - 6th Oct, 2020 ) :Lithuania is recalling its ambassador "
            "to Belarus for consultations, the Baltic state's foreign ministry said.\n")


def test_recall_in_an_opening_with_the_places_day_and_the_wires_day_is_held_with_why(tmp_path):
    plan = plan_of(tmp_path, _wire("Oct 5"), "en")
    action, note = facts(plan, "event")["2020-10-06"]
    assert action == "review"
    assert "two days" in note and "5.10." in note and "6.10." in note


def test_near_miss_an_opening_whose_two_stamps_agree_is_written(tmp_path):
    plan = plan_of(tmp_path, _wire("Oct 6"), "en")
    assert facts(plan, "event")["2020-10-06"][0] in WRITTEN


# --- 3. a traveller named by the office alone, on a trip of another time --------------------------

_ADDRESS = "https://lt.example.com/20220209/simonyte-vyksta-i-ukraina.html"


def _last_visit(when: str) -> str:
    return ("Šimonytė vyksta į Ukrainą\n"
            "Lietuvos ministrė pirmininkė Ingrida Šimonytė šiandien išvyko oficialaus vizito į Ukrainą.\n"
            f"Paskutinis Lietuvos ministro pirmininko vizitas Ukrainoje įvyko {when}.\n")


def test_office_alone_on_a_trip_years_before_the_page_is_held_with_why(tmp_path):
    visits = facts(plan_of(tmp_path, _last_visit("2019 metų balandžio mėnesį"), "lt", _ADDRESS), "visit")
    action, note = visits["2019-04"]
    assert action == "review"
    assert "only the office" in note and "2022-02-09" in note
    assert visits["2022-02-09"][0] in WRITTEN  # the traveller the sentence names: written


def test_near_miss_office_alone_on_a_trip_of_the_pages_own_months_is_written(tmp_path):
    visits = facts(plan_of(tmp_path, _last_visit("2021 metų gruodžio mėnesį"), "lt", _ADDRESS), "visit")
    assert visits["2021-12"][0] in WRITTEN


# --- the review says why, and the import does not write what it holds ------------------------------

def test_every_row_not_written_says_why_in_the_table_and_the_json(tmp_path):
    plan = plan_of(tmp_path, _wire("Oct 5") + "Minsk recalled its ambassador to Vilnius three days before.\n", "en")
    rows = [r for r in review_rows(plan) if r.held or (r.action not in WRITTEN and r.kind != "source")]
    assert rows and all(r.note.strip() for r in rows)
    as_json = json.loads(json.dumps(review_json(plan)))
    unwritten = [r for r in as_json["rows"] if r["held"] or r["action"] not in WRITTEN]
    assert unwritten and all(r["note"].strip() for r in unwritten)
    assert any(r["note"].startswith("held for review: the item's opening gives two days") for r in unwritten)


def test_the_import_leaves_the_held_record_out_and_writes_it_with_accept(tmp_path):
    from data.importer.command import import_file

    page = tmp_path / "wire.txt"
    page.write_text(_wire("Oct 5"), encoding="utf-8")
    store = tmp_path / "mine.json"
    import_file(page, db=store, lang="en", dry_run=False, prefer=None, accept=frozenset({"new"}), empty=True)
    assert not store.exists()  # nothing written: not even the empty store --empty would have started
    import_file(page, db=store, lang="en", dry_run=False, prefer=None, accept=ACCEPT_ALL, empty=True)
    assert "event:recall-lt-by-2020-10-06" in store.read_text(encoding="utf-8")


def test_near_miss_a_treatys_closing_clause_signed_in_a_third_state_is_the_pages_document(tmp_path):
    # the kind word alone ("Vienošanās"): the document the page is, whose parties its title names
    text = ("Latvijas Republikas valdības un Ukrainas Ministru kabineta vienošanās par sadarbību\n"
            "Latvija un Ukraina sadarbosies izglītībā.\n"
            "Vienošanās ir parakstīta Viļņā 2024. gada 11. aprīlī, divos oriģināleksemplāros.\n")
    assert facts(plan_of(tmp_path, text, "lv"), "treaty")["2024-04-11"][0] in WRITTEN


# --- 4. a mission whose sentence dates its opening, read without the date ---------------------------

_MINISTRY = "Latvijas un Baltkrievijas attiecības. Latvija un Baltkrievija ir kaimiņvalstis.\n"


def test_mission_whose_sentence_dates_its_opening_but_the_record_has_no_date_is_held_with_why(tmp_path):
    text = _MINISTRY + ("Latvijas diplomātiskās pārstāvniecības Baltkrievijā:\n"
                        "• vēstniecība Minskā (oficiāli atvērta 1993. gadā);\n")
    missions = [c for c in plan_of(tmp_path, text, "lv").changes if c.kind == "mission"]
    assert missions and all(c.action == "review" or c.doc.get("opened") for c in missions)
    held = [c for c in missions if c.action == "review"]
    assert all("1993" in c.notes[0] and c.notes[0].startswith("held for review") for c in held)


def test_near_miss_a_mission_named_with_a_date_of_something_else_is_written(tmp_path):
    text = _MINISTRY + ("Šodien, 2021. gada 24. maijā, Latvijas vēstniecībā Minskā notika tikšanās ar "
                        "Baltkrievijas ārlietu ministrijas pārstāvjiem.\n")
    missions = [c for c in plan_of(tmp_path, text, "lv").changes if c.kind == "mission"]
    assert missions and all(c.action in WRITTEN for c in missions)
