"""`envoys import`: the review, the user store it writes, and the writes it refuses."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from rich.console import Console

from data.check import check_store
from data.errors import EnvoysError
from data.importer.choice import ACCEPT_ALL
from data.importer.command import plan_file
from data.importer.errors import ImportConflictError, ImportFileError, ImportTargetError
from data.importer.write import DATA_ENV, user_store_path
from data.store import EMBEDDED_STORE, load_store
from search.importing import SearchLookup
from tests.conftest import REPO
from tests.storekit import find, write_store
from tests.test_import_extract import INVENTED
from tui.import_output import READ_FIRST, run_import

LV_BY = "000_66221c5c25316161.txt"


@pytest.fixture(autouse=True)
def private_data(tmp_path_factory, monkeypatch):
    """Every test gets its own data folder: the user's real store is never touched."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_ENV, str(folder))
    return folder


def console() -> Console:
    return Console(width=220, record=True, color_system=None)


def run(file, db=None, **options):
    out = console()
    settings = {"lang": None, "dry_run": False, "as_json": False, "prefer": None}
    settings.update(options)
    code = run_import(file, db=db, console=out, **settings)
    return code, out.export_text()


@pytest.fixture
def georgia(tmp_path):
    path = tmp_path / "latvia-georgia.txt"
    path.write_text(INVENTED, encoding="utf-8")
    return path


# --- the review -----------------------------------------------------------------------------

def test_a_source_already_in_the_store_merges_and_conflicts_nothing(seeds, tmp_path):
    plan, _tables, _target = plan_file(seeds / LV_BY, db=tmp_path / "store.json", lookup=SearchLookup)
    counts = plan.counts()
    assert counts["conflict"] == 0 and counts["review"] == 0
    assert [c.id for c in plan.of("new")] == ["source:import-000-66221c5c25316161"]
    merged = {c.id for c in plan.of("merge")}
    assert {"envoy:lv-by-2015-virsis", "visit:2018-07-18-makejs", "person:krisjanis-karins",
            "mission:lv-by-minsk-embassy", "event:recognition-by-lv"} <= merged


def test_each_ministries_document_of_a_year_merges_into_its_own_record(seeds, tmp_path):
    """Seed 000 names two 2004 agreements between Latvia and Belarus (the governments' on the economy,
    the ministries' on education): each is its own record, told apart by its title, and a record
    that also names the ministries as parties is the same document as the page's, not a conflict."""
    plan, _tables, _target = plan_file(seeds / LV_BY, db=tmp_path / "store.json", lookup=SearchLookup)
    treaties = [c for c in plan.changes if c.kind == "treaty"]
    of_2004 = {next(iter(c.doc["title"].values()))["text"].split()[2]: c.id
               for c in treaties if c.doc.get("signed") == "2004"}
    assert of_2004 == {"Izglītības": "treaty:2004-education-science",
                       "un": "treaty:2004-economic-cooperation"}
    assert sorted(c.id for c in treaties).count("treaty:2004-economic-cooperation") == 1
    assert {c.action for c in treaties} == {"merge"}
    stored = {c.id: c.existing["parties"] for c in treaties}
    assert "org:by-ministry-of-education" in stored["treaty:2004-education-science"]


def test_the_dry_run_prints_the_review_table_and_writes_nothing(georgia, tmp_path, private_data):
    code, out = run(georgia, dry_run=True)
    assert code == 0
    for header in ("action", "kind", "id", "date", "people", "quote"):
        assert header in out
    assert "latvia-georgia.txt (lv, detected)" in out
    assert "envoy:lv-ge-2006-eihenbaums" in out and "new" in out
    assert "person:edgars-rinkevics" in out          # met in the store through the search engine
    assert "review" in out and "Davida" in out        # Davids or Davidis: the rules cannot tell
    assert "nothing written" in out
    assert not (private_data / "store.json").exists()


def test_the_dry_run_as_json(georgia, capsys):
    code, _ = run(georgia, dry_run=True, as_json=True)
    review = json.loads(capsys.readouterr().out)
    assert code == 0 and review["lang"] == "lv" and review["source"] == "source:import-latvia-georgia"
    rows = {row["id"]: row for row in review["rows"]}
    assert rows["person:edgars-rinkevics"]["action"] == "merge"
    assert rows["country:ge"]["action"] == "new"
    visit = rows["visit:2017-04-12-kvirikasvili"]
    assert (visit["action"], visit["date"], visit["people"]) == ("new", "2017-04-12/2017-04-14",
                                                                 "Georgijs Kvirikašvili")
    assert visit["quote"] == "Gruzijas premjerministra Georgija Kvirikašvili darba vizīte Latvijā"
    guess = rows["visit:2019-06-03-zalkaliani"]
    assert guess["action"] == "review" and "person:davids-zalkaliani" in guess["note"]
    assert review["counts"]["conflict"] == 0


# --- writing --------------------------------------------------------------------------------

def test_without_a_reader_the_import_writes_no_fact_new_to_the_store(georgia, private_data):
    """The page's facts are all new to the store (Georgia): nothing is written, and the user is told
    how many wait, where to read them and how to write them."""
    code, out = run(georgia)
    assert code == 0
    assert f"nothing written to {private_data / 'store.json'}: " in out and "new to the store" in out
    assert READ_FIRST in out.replace("\n", "")
    assert not (private_data / "store.json").exists()


def test_without_a_reader_the_import_writes_the_facts_the_store_holds(seeds, private_data):
    """Seed 000 into a copy of the shipped store: its facts are the store's (merges, with this page's
    citation); the one fact the store lacks waits."""
    code, out = run(seeds / LV_BY)
    store = load_store(private_data / "store.json")
    assert code == 0 and "imported into" in out and "merged" in out
    envoy = store.get("envoy:lv-by-2015-virsis")
    assert any(c.source == "source:import-000-66221c5c25316161" for c in envoy.citations)


def test_the_import_writes_a_user_store_that_reads_like_any_store(georgia, private_data, seeds):
    shipped = EMBEDDED_STORE.read_bytes()
    code, out = run(georgia, accept=ACCEPT_ALL, skip=frozenset({"visit:2019-06-03-zalkaliani"}))
    target = private_data / "store.json"
    assert code == 0 and f"imported into {target}" in out and "1 left out by --skip" in out
    store = load_store(target)
    assert "envoy:lv-by-2015-virsis" in store                           # the shipped records, copied
    envoy = store.get("envoy:lv-ge-2011-gavele")
    assert (str(envoy.start), str(envoy.end), envoy.end_basis) == ("2011", "2020-08", "successor")
    assert store.get("person:elita-gavele").aliases == ("Elita GAVELE",)
    rinkevics = store.get("person:edgars-rinkevics")
    assert any(c.source == "source:import-latvia-georgia" for c in rinkevics.citations)
    assert "visit:2019-06-03-zalkaliani" not in store                   # left out by the reader
    assert "person:davids-zalkaliani" not in store                      # only that visit needed him
    source = store.get("source:import-latvia-georgia")
    assert (source.lang, source.file, str(source.published)) == ("lv", "latvia-georgia.txt", "2022-03-12")
    # Every record valid, every quote verbatim in its file (the page beside copies of the seeds).
    for seed in seeds.iterdir():
        shutil.copy(seed, georgia.parent / seed.name)
    problems = check_store(target, georgia.parent)
    assert [p for p in problems if p.severity == "error"] == []
    assert EMBEDDED_STORE.read_bytes() == shipped


def test_guesses_are_written_only_when_accepted(georgia, private_data):
    run(georgia, accept=ACCEPT_ALL)
    store = load_store(private_data / "store.json")
    person = store.get("person:davids-zalkaliani")
    assert person.label("lv") == "Davids Zalkaliani" and "guess" in person.notes
    assert "visit:2019-06-03-zalkaliani" in store


def test_a_second_import_keeps_the_previous_file_as_a_backup(georgia, seeds, private_data):
    run(georgia, accept=ACCEPT_ALL)
    target = private_data / "store.json"
    first = target.read_bytes()
    code, out = run(seeds / "002_913fed53301a9656.txt", accept=ACCEPT_ALL)
    assert code == 0 and "previous file kept as" in out
    assert (private_data / "store.json.bak").read_bytes() == first
    assert target.read_bytes() != first
    assert "source:import-002-913fed53301a9656" in load_store(target)


def test_the_same_page_twice_changes_nothing_but_the_backup(georgia, private_data):
    run(georgia, accept=ACCEPT_ALL)
    target = private_data / "store.json"
    first = target.read_bytes()
    run(georgia)
    assert target.read_bytes() == first


def test_an_empty_user_store_gets_the_countries_and_cities_it_needs(seeds, tmp_path):
    from data.importer.page import read_page
    from data.importer.plan import empty_tables, plan_page
    from data.importer.write import write_plan

    target = tmp_path / "only-imported.json"
    plan = plan_page(read_page(seeds / LV_BY), empty_tables())
    write_plan(plan, empty_tables(), target, accept=frozenset({"new"}))
    store = load_store(target)
    assert {"country:lv", "country:by", "city:minsk", "city:mogilev"} <= {r.id for r in store.records()}
    assert [p for p in check_store(target, seeds) if p.severity == "error"] == []


# --- refusals -------------------------------------------------------------------------------

def virsis_from_2016(tables):
    find(tables, "envoy:lv-by-2015-virsis")["start"] = "2016"


def test_a_conflicting_fact_refuses_the_write_and_leaves_the_store_untouched(seeds, tmp_path):
    db = write_store(tmp_path, virsis_from_2016)
    before = db.read_bytes()
    with pytest.raises(ImportConflictError) as caught:
        run(seeds / LV_BY, db=db)
    message = str(caught.value)
    assert "envoy:lv-by-2015-virsis" in message and "start 2016 (store) vs 2015-10-05 (page)" in message
    assert "--prefer" in message and "\n" not in message
    assert db.read_bytes() == before
    assert not db.with_name(db.name + ".bak").exists()


def test_the_review_shows_the_conflict(seeds, tmp_path):
    db = write_store(tmp_path, virsis_from_2016)
    code, out = run(seeds / LV_BY, db=db, dry_run=True)
    assert code == 0 and "conflict" in out and "start 2016 (store) vs 2015-10-05 (page)" in out


@pytest.mark.parametrize(("prefer", "start"), [("imported", "2015-10-05"), ("existing", "2016")])
def test_prefer_says_which_side_wins(seeds, tmp_path, prefer, start):
    db = write_store(tmp_path, virsis_from_2016)
    code, out = run(seeds / LV_BY, db=db, prefer=prefer)
    assert code == 0
    envoy = load_store(db).get("envoy:lv-by-2015-virsis")
    assert str(envoy.start) == start
    cited = any(c.source == "source:import-000-66221c5c25316161" for c in envoy.citations)
    assert cited == (prefer == "imported")
    if prefer == "existing":
        assert "1 kept as in the store" in out


def test_the_shipped_store_is_never_a_target(seeds):
    before = EMBEDDED_STORE.read_bytes()
    with pytest.raises(ImportTargetError) as caught:
        run(seeds / LV_BY, db=EMBEDDED_STORE)
    assert "shipped store" in str(caught.value) and "--db" in str(caught.value)
    assert EMBEDDED_STORE.read_bytes() == before


def test_the_default_target_is_in_the_user_data_folder(private_data):
    assert user_store_path() == private_data / "store.json"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "holds no text"),
    (b"\xff\xfe\x00\x00binary", "not a text file"),
    (b"\xc3\x28 not utf-8", "not UTF-8"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "cannot tell the page's language"),
    (b"12345 67 89", "cannot tell the page's language"),
])
def test_a_page_that_cannot_be_read_is_one_line(tmp_path, content, message):
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        run(page, db=tmp_path / "store.json")
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert not (tmp_path / "store.json").exists()


def test_a_damaged_user_store_is_refused_not_replaced(georgia, tmp_path):
    db = tmp_path / "store.json"
    db.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ImportTargetError):
        run(georgia, db=db)
    assert db.read_text(encoding="utf-8") == "{ not json"


def test_every_import_error_is_an_envoys_error():
    for error in (ImportConflictError("x", "envoy:x"), ImportFileError("x"), ImportTargetError("x")):
        assert isinstance(error, EnvoysError)


def test_the_importer_never_imports_textual():
    code = ("import sys, data.importer.command, data.importer.write, data.importer.review; "
            "assert not any(m == 'textual' or m.startswith('textual.') for m in sys.modules), 'textual imported'")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- through the command line ------------------------------------------------------------------------

def test_main_has_the_import_subcommand():
    """A broken `import` wiring fails here (it once hid behind a collection-time skip)."""
    from main import build_parser

    args = build_parser().parse_args(["import", "page.txt", "--dry-run"])
    assert args.command == "import" and args.dry_run and str(args.file) == "page.txt"


def test_cli_refuses_a_conflicting_write_with_exit_code_2(seeds, tmp_path, capsys):
    from main import main

    db = write_store(tmp_path, virsis_from_2016)
    before = db.read_bytes()
    code = main(["import", str(seeds / LV_BY), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("envoys: import refused: envoy:lv-by-2015-virsis")
    assert err.count("\n") == 1 and db.read_bytes() == before


def test_cli_dry_run_review_and_write(georgia, tmp_path, capsys):
    from main import main

    db = tmp_path / "mine.json"
    assert main(["import", str(georgia), "--dry-run", "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["new"] > 0 and not db.exists()
    assert main(["import", str(georgia), "--lang", "lv", "--db", str(db), "--accept"]) == 0
    assert "imported into" in capsys.readouterr().out
    assert main(["show", "person:davids-zalkaliani", "--db", str(db)]) == 0
    assert main(["--db", str(db), "import", str(georgia), "--dry-run"]) == 0   # --db before the command too
    assert "would write into " + str(db) in capsys.readouterr().out.replace("\n", "")
    assert main(["import", str(georgia), "--db", str(EMBEDDED_STORE)]) == 2
    assert "shipped store" in capsys.readouterr().err


def test_cli_skip_of_an_id_the_review_does_not_have_is_refused_in_one_line(georgia, tmp_path, capsys):
    """A typo in --skip must not write the very fact the reader meant to leave out."""
    from main import main

    db = tmp_path / "mine.json"
    for extra in ([], ["--dry-run"]):
        code = main(["import", str(georgia), "--db", str(db), "--accept", "--skip", "visit:2019-06-03-zalkalian",
                     *extra])
        err = capsys.readouterr().err
        assert code == 2 and "--skip 'visit:2019-06-03-zalkalian': this page's review has no record" in err
        assert err.count("\n") == 1 and not db.exists()


def test_cli_dry_run_shows_what_accept_and_skip_would_write(georgia, tmp_path, capsys):
    from main import main

    db = tmp_path / "mine.json"
    assert main(["import", str(georgia), "--db", str(db), "--dry-run"]) == 0
    plain = " ".join(capsys.readouterr().out.split())
    assert f"would write into {db} as it stands: nothing; waiting for a reader (written by --accept):" in plain
    assert main(["import", str(georgia), "--db", str(db), "--dry-run", "--accept-guesses",
                 "--skip", "visit:2019-06-03-zalkaliani"]) == 0  # the older name of --accept
    chosen = " ".join(capsys.readouterr().out.split())
    assert "with these options: " in chosen and "; left out: 1" in chosen and "waiting" not in chosen
    assert not db.exists()


def test_a_merge_that_changes_what_the_store_says_waits_for_a_reader(seeds, tmp_path):
    """The store dates Virsis's posting 2015; seed 000 says 2015-10-05. Without a reader the import
    only adds witnesses (its citations on the records it confirms), never a changed date."""
    db = write_store(tmp_path, lambda tables: find(tables, "envoy:lv-by-2015-virsis").update(start="2015"))
    code, out = run(seeds / LV_BY, db=db)
    assert code == 0 and "1 changing the store's records (waiting for a reader)" in out
    store = load_store(db)
    assert str(store.get("envoy:lv-by-2015-virsis").start) == "2015"
    assert any(c.source == "source:import-000-66221c5c25316161"
               for c in store.get("mission:lv-by-minsk-embassy").citations)  # a witness is written
    run(seeds / LV_BY, db=db, accept=ACCEPT_ALL)
    assert str(load_store(db).get("envoy:lv-by-2015-virsis").start) == "2015-10-05"
