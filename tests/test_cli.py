"""The command line: answers, JSON, and one clear line with exit code 2 for bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from main import main
from tests.conftest import REPO
from tests.storekit import write_store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_who_names_the_ambassador(capsys):
    code, out, _ = run(capsys, "who", "LV", "BY", "--on", "2005-06-01")
    assert code == 0 and "Maira Mora" in out and "possibly" not in out


def test_who_accepts_country_names_in_any_language(capsys):
    for sending, receiving in [("Latvija", "Baltkrievija"), ("latvia", "belarus"), ("Latvija", "Baltarusija")]:
        code, out, _ = run(capsys, "who", sending, receiving, "--on", "2015-06-01")
        assert code == 0 and "Mihails Popkovs" in out


def test_who_says_possibly_and_why(capsys):
    code, out, _ = run(capsys, "who", "LT", "BY", "--on", "1993-06")
    assert code == 0 and "possibly" in out and "1993" in out and "Alfonsas Augulis" in out


def test_who_says_plainly_when_none_is_known(capsys):
    code, out, _ = run(capsys, "who", "UA", "LT", "--on", "2000")
    assert code == 0 and "none known" in out


def test_who_json_embeds_the_person_and_the_certainty(capsys):
    code, out, _ = run(capsys, "who", "LV", "BY", "--on", "2004", "--json")
    data = json.loads(out)
    assert code == 0
    assert [(e["person"]["id"], e["certainty"]) for e in data] == [
        ("person:egons-neimanis", "possibly"), ("person:maira-mora", "possibly"),
    ]
    assert data[0]["person"]["name"]["en"]["text"] == "Egons Neimanis"


def test_list_json_is_an_array_of_full_records(capsys):
    code, out, _ = run(capsys, "list", "treaties", "--json")
    treaties = json.loads(out)
    assert code == 0 and any(t["id"] == "treaty:2024-04-11-security-commitments" for t in treaties)
    assert all(t["citations"] and t["type"] == "treaty" for t in treaties)


@pytest.mark.parametrize("table", ["countries", "people", "envoys", "missions", "visits", "treaties", "events",
                                   "sources"])
def test_list_prints_a_table(capsys, table):
    code, out, _ = run(capsys, "list", table)
    assert code == 0 and out.startswith(table)


def test_show_gives_the_record_its_links_and_its_sources(capsys):
    code, out, _ = run(capsys, "show", "person:maira-mora")
    assert code == 0 and "envoy:lv-by-2004-mora" in out and "Maira MORA" in out and "Sources" in out


def test_check_passes_on_the_shipped_store(capsys, seeds):
    code, out, _ = run(capsys, "check", "--sources", str(seeds))
    assert code == 0 and "0 errors" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["who", "LV", "Narnia"], "unknown country: 'Narnia'"),
        (["who", "LV", "BY", "--on", "2005-13"], "no month 13"),
        (["who", "LV", "BY", "--on", "yesterday"], "not a date: 'yesterday'"),
        (["show", "person:nobody"], "no record 'person:nobody'"),
        (["list", "people", "--db", "/nonexistent/store.json"], "no such store file"),
    ],
)
def test_bad_input_is_one_line_and_exit_code_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and message in err and err.count("\n") == 1 and out == ""


def test_a_corrupt_store_is_reported_without_touching_it(capsys, tmp_path):
    path = tmp_path / "store.json"
    path.write_text('{"meta": {"1": {"schema_version": 1}}, "people": {"1": ', encoding="utf-8")
    code, _, err = run(capsys, "who", "LV", "BY", "--db", str(path))
    assert code == 2 and "not valid JSON" in err
    assert path.read_text(encoding="utf-8").endswith('"1": ')


def test_check_fails_on_a_broken_store(capsys, tmp_path):
    path = write_store(tmp_path, lambda t: t["envoys"]["1"].update(person="person:nobody"))
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1 and "person:nobody" in out


def test_the_console_script_runs_without_importing_textual():
    probe = "import sys, main; main.main(['who', 'LV', 'BY', '--on', '2005']); print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("False")


def test_the_parser_lists_every_table_the_console_can_show():
    from main import LIST_TABLES
    from tui.console import LIST_TABLES as SHOWN

    assert sorted(LIST_TABLES) == sorted(SHOWN)


def test_show_gives_an_undirected_visit_its_two_countries_and_no_direction(capsys):
    code, out, _ = run(capsys, "show", "visit:2013-09-kupala-exhibition")
    rows = {line.split("  ", 1)[0]: line.split("  ", 1)[1].strip() for line in out.splitlines()[1:] if "  " in line}
    assert code == 0 and "From" not in rows and "To" not in rows and "direction_stated" not in rows
    assert rows["Countries"] == "Belarus, Latvia" and rows["Direction"] == "not stated in the source"


def test_show_keeps_from_and_to_where_the_source_states_the_direction(capsys):
    code, out, _ = run(capsys, "show", "visit:2018-07-18-makejs")
    rows = {line.split("  ", 1)[0]: line.split("  ", 1)[1].strip() for line in out.splitlines()[1:] if "  " in line}
    assert code == 0 and (rows["From"], rows["To"]) == ("Belarus", "Latvia") and "Countries" not in rows
