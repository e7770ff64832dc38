"""What the reader of a review decides, and what the import then writes (`data.importer.choice`): --prefer,
--skip and --accept in the dry run as in the write, --skip of any record of the review, a page imported
twice, a store --empty just made; the JSON review with each row's status."""

from __future__ import annotations

import json

import pytest

from data.importer.choice import ACCEPT_ALL, choose
from data.store import load_store
from tests.importkit import plan_of
from tests.storekit import find, write_store
from tests.test_import_write import LV_BY, run, virsis_from_2016

_UK_TRIP = ("До Києва приїхав президент Литви\n\n28.06.2023 10:20\n\n"
            "Президент Литовської Республіки Ґітанас Науседа прибув у середу, 28 червня, з візитом до Києва.\n")


@pytest.fixture(autouse=True)
def private_data(tmp_path_factory, monkeypatch):
    from data.importer.write import DATA_ENV

    monkeypatch.setenv(DATA_ENV, str(tmp_path_factory.mktemp("data")))


def test_the_dry_run_says_what_prefer_would_write_as_the_write_does(seeds, tmp_path):
    db = write_store(tmp_path, virsis_from_2016)
    _code, plain = run(seeds / LV_BY, db=db, dry_run=True)
    assert "as it stands: nothing, refused: 1 conflict" in " ".join(plain.split())
    _code, chosen = run(seeds / LV_BY, db=db, dry_run=True, prefer="imported")
    chosen = " ".join(chosen.split())
    assert "with these options: " in chosen and "1 decided conflicts" in chosen and "refused" not in chosen


def test_a_conflicting_fact_can_be_left_out_instead_of_decided(seeds, tmp_path):
    db = write_store(tmp_path, virsis_from_2016)
    code, out = run(seeds / LV_BY, db=db, skip=frozenset({"envoy:lv-by-2015-virsis"}))
    assert code == 0 and "1 left out by --skip" in out
    assert str(load_store(db).get("envoy:lv-by-2015-virsis").start) == "2016"


def test_skip_of_a_person_the_store_lacks_leaves_out_the_facts_that_need_them(tmp_path):
    text = ("Lithuanian President Gitanas Nausėda and Prime Minister Ingrida Šimonytė arrived in Kyiv on "
            "28 June 2023.\nLithuanian Prime Minister Ingrida Šimonytė arrived in Kyiv on 10 February 2022.\n")
    plan = plan_of(tmp_path, text, "en")
    choice = choose(plan, accept=ACCEPT_ALL, skip=frozenset({"person:ingrida-simonyte"}))
    visits = {c.id: choice.status[c.id] for c in plan.changes if c.kind == "visit"}
    assert visits and set(visits.values()) == {"left-out"}
    assert choice.skipped_counts()["left_out"] == len(visits)


def test_near_miss_skip_of_a_known_persons_new_name_form_leaves_out_only_that(tmp_path):
    plan = plan_of(tmp_path, _UK_TRIP, "uk")
    choice = choose(plan, accept=ACCEPT_ALL, skip=frozenset({"person:gitanas-nauseda"}))
    [trip] = [c for c in plan.changes if c.kind == "visit"]
    assert (choice.status["person:gitanas-nauseda"], choice.status[trip.id]) == ("left-out", "written")


def test_a_fact_left_out_leaves_no_change_of_its_person_waiting(tmp_path):
    """Nauseda's uk name form is needed only by the trip: with the trip left out, nothing waits."""
    plan = plan_of(tmp_path, _UK_TRIP, "uk")
    [trip] = [c for c in plan.changes if c.kind == "visit"]
    assert choose(plan).skipped_counts()["waiting_change"] == 1
    left = choose(plan, skip=frozenset({trip.id}))
    assert left.status["person:gitanas-nauseda"] == "not-needed"
    assert left.skipped_counts()["waiting_change"] == 0


def test_the_json_dry_run_gives_each_rows_status_and_the_outlook(georgia, capsys):
    run(georgia, dry_run=True, as_json=True, skip=frozenset({"visit:2019-06-03-zalkaliani"}))
    review = json.loads(capsys.readouterr().out)
    status = {row["id"]: row["status"] for row in review["rows"] if not row["held"]}
    assert status["visit:2019-06-03-zalkaliani"] == "left-out"
    assert status["visit:2017-04-12-kvirikasvili"] == "waiting-new"
    assert review["outlook"]["skip"] == ["visit:2019-06-03-zalkaliani"] and review["outlook"]["refused"] is None
    assert review["outlook"]["not_written"]["left_out"] == 1


def test_a_page_imported_again_rewrites_nothing_and_keeps_the_backup(georgia, private_data, tmp_path):
    db = tmp_path / "mine.json"
    run(georgia, db=db, accept=ACCEPT_ALL, skip=frozenset({"visit:2019-06-03-zalkaliani"}))
    run(georgia, db=db, accept=ACCEPT_ALL)
    before, backup = db.read_bytes(), db.with_name("mine.json.bak").read_bytes()
    code, out = run(georgia, db=db, accept=ACCEPT_ALL)
    assert code == 0 and "it holds everything this page gives it already" in out
    assert db.read_bytes() == before and db.with_name("mine.json.bak").read_bytes() == backup


def test_a_store_empty_just_made_gets_no_backup(georgia, tmp_path):
    db = tmp_path / "mine.json"
    code, out = run(georgia, db=db, accept=ACCEPT_ALL, empty=True)
    assert code == 0 and "imported into" in out and "previous file" not in out
    assert not db.with_name("mine.json.bak").exists()
    assert find(json.loads(db.read_text(encoding="utf-8")), "envoy:lv-ge-2011-gavele")


@pytest.fixture
def georgia(tmp_path):
    from tests.test_import_extract import INVENTED

    path = tmp_path / "latvia-georgia.txt"
    path.write_text(INVENTED, encoding="utf-8")
    return path
