"""`envoys search` on the command line, and the promise that search never loads Textual."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from data.errors import QueryError
from main import main
from tests.conftest import REPO
from tui.search_output import run_search


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_prints_a_ranked_table(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # rich's width when the output is not a terminal
    code, out, _ = run(capsys, "search", "Rinkēviča")
    assert code == 0
    first = next(line for line in out.splitlines() if "person:edgars-rinkevics" in line)
    assert "Edgars Rinkēvičs" in first and "exact" in first and "Edgara Rinkeviča" in first  # the alias matched


def test_search_json_gives_type_id_label_matched_lang_and_score(capsys):
    code, out, _ = run(capsys, "search", "Ринкевичс", "--json", "--limit", "3")
    hits = json.loads(out)
    assert code == 0 and 1 <= len(hits) <= 3
    first = hits[0]
    assert {"type", "id", "label", "matched", "lang", "score"} <= set(first)
    assert (first["type"], first["id"], first["label"]) == ("person", "person:edgars-rinkevics", "Edgars Rinkēvičs")
    assert first["tier"] == "equivalent" and 0 < first["score"] <= 100


def test_search_by_type(capsys):
    code, out, _ = run(capsys, "search", "semanis", "--type", "envoy", "--json")
    assert code == 0 and [hit["id"] for hit in json.loads(out)] == ["envoy:lv-by-2019-semanis"]


def test_search_labels_follow_lang(capsys):
    code, out, _ = run(capsys, "search", "Belarus", "--type", "country", "--json", "--lang", "lt")
    assert code == 0 and json.loads(out)[0]["label"] == "Baltarusija"


def test_search_says_when_nothing_matches(capsys):
    code, out, _ = run(capsys, "search", "qzxwvj")
    assert code == 0 and "No match" in out
    code, out, _ = run(capsys, "search", "qzxwvj", "--json")
    assert code == 0 and json.loads(out) == []


def test_a_query_without_letters_finds_nothing_and_says_why(capsys):
    code, out, _ = run(capsys, "search", "😀 --- ‏")
    assert code == 0 and "no letter or digit" in out


@pytest.mark.parametrize("limit", ["0", "1001", "-5"])
def test_a_limit_outside_1_to_1000_is_one_line_and_exit_2(capsys, limit):
    code, out, err = run(capsys, "search", "minsk", "--limit", limit)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--limit" in err


def test_an_unknown_type_is_a_query_error(store):
    with pytest.raises(QueryError, match="unknown type 'planet'"):
        run_search(store, "minsk", kind="planet", limit=10, as_json=True, lang="en")


def test_a_huge_hostile_query_answers(capsys):
    query = ("Rinkēvičs \x00 😀 שלום " * 1_000)[:10_000]
    code, out, _ = run(capsys, "search", query)
    assert code == 0 and "searched only the first 120 characters" in out


def test_search_never_imports_textual():
    code = (
        "import sys, search.index, search.command, search.normalize, search.forms; "
        "from data.store import load_store; "
        "search.index.SearchIndex.build(load_store()).search('rinkevics'); "
        "assert 'textual' not in sys.modules, sorted(m for m in sys.modules if m.startswith('textual'))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
