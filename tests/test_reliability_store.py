"""A damaged store, end to end: one line naming the file and the problem, exit code 2, no traceback.

`test_store.py` shows `load_store` naming each fault; here every fault goes through what a
user runs: each subcommand of the command line, the app (which must close with the same
line, never crash), and for a few a real `envoys` process. The store is never written: its
bytes are compared before and after every run.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data.check import check_store
from data.errors import StoreError
from data.store import EMBEDDED_STORE, SCHEMA_VERSION, Store, load_store
from main import main
from tests.conftest import REPO
from tests.storekit import find, shipped_tables, write_store
from tui.app import EnvoysApp


@dataclass(frozen=True)
class Fault:
    """One way a store can be damaged: how to make it, what the message says, at what level."""

    make: Callable[[Path], Path]
    message: str
    record: bool = False  # a record-level fault: `check` lists it (exit 1) rather than stopping (exit 2)


def _file(content: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / "store.json"
        path.write_bytes(content)
        return path

    return make


def _tables(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], Path]:
    return lambda folder: write_store(folder, change)


def _meta(version: object) -> Callable[[dict[str, Any]], object]:
    return lambda t: t["meta"]["1"].update(schema_version=version)


SHIPPED = EMBEDDED_STORE.read_bytes()
LATIN1 = SHIPPED.replace("Daugavpilī".encode(), "Daugavpil\xee".encode("latin-1"), 1)


def _duplicate(tables: dict[str, Any]) -> None:
    tables["people"]["9999"] = copy.deepcopy(find(tables, "person:maira-mora"))


def _no_id(tables: dict[str, Any]) -> None:
    find(tables, "person:maira-mora").pop("id")


FAULTS: dict[str, Fault] = {
    "missing": Fault(lambda d: d / "nowhere.json", "no such store file"),
    "folder": Fault(lambda d: d, "is a folder, not a store file"),
    "empty": Fault(_file(b""), "the store file is empty"),
    "white space": Fault(_file(b" \n\t\n"), "the store file holds only white space"),
    "truncated": Fault(_file(SHIPPED[: len(SHIPPED) // 2]), "not valid JSON (line "),
    "not JSON": Fault(_file(b"<html><body>store</body></html>"), "not valid JSON (line 1, column 1: "),
    "byte order mark": Fault(_file(b"\xef\xbb\xbf" + SHIPPED), "not valid JSON (line 1, column 1: "),
    "not UTF-8": Fault(_file(LATIN1), "not UTF-8 text (byte "),
    "nested too deep": Fault(_file(b'{"meta": ' + b"[" * 200_000), "not a readable store"),
    "JSON list": Fault(_file(b"[]"), "not a store (the JSON is a list, not an object of tables)"),
    "JSON text": Fault(_file(b'"store"'), "not a store (the JSON is a str, not an object of tables)"),
    "no schema version": Fault(_tables(lambda t: t.pop("meta")), "no schema version in table 'meta'"),
    "schema version as text": Fault(_tables(_meta("1")), "no schema version in table 'meta'"),
    "schema version infinite": Fault(_file(b'{"meta": {"1": {"schema_version": 1e999}}}'), "no schema version"),
    "newer schema": Fault(
        _tables(_meta(SCHEMA_VERSION + 1)),
        f"store schema version {SCHEMA_VERSION + 1} is newer than this program understands ({SCHEMA_VERSION}); "
        "update baltic-envoys",
    ),
    "schema version 0": Fault(_tables(_meta(0)), "unknown store schema version 0"),
    "table of the wrong shape": Fault(_tables(lambda t: t.update(people=[])),
                                      "table 'people': expected an object of documents", record=True),
    "unknown table": Fault(_tables(lambda t: t.update(spies={})), "table 'spies': unknown table", record=True),
    "record not an object": Fault(_tables(lambda t: t["people"].update({"999": [1, 2]})),
                                  "people[999]: expected an object, found list", record=True),
    "record without id": Fault(_tables(_no_id), "missing or empty 'id'", record=True),
    "wrong type": Fault(_tables(lambda t: find(t, "country:lv").update(code=42)),
                        "country:lv: field 'code': not a text", record=True),
    "missing field": Fault(_tables(lambda t: find(t, "envoy:lv-by-2004-mora").pop("person")),
                           "envoy:lv-by-2004-mora: field 'person': required text is missing", record=True),
    "impossible date": Fault(_tables(lambda t: find(t, "envoy:lv-by-2004-mora").update(start="2004-02-30")),
                             "envoy:lv-by-2004-mora: field 'start': no day 30 in 2004-02", record=True),
    "dangling reference": Fault(
        _tables(lambda t: find(t, "envoy:lv-by-2004-mora").update(person="person:nobody")),
        "envoy:lv-by-2004-mora: field 'person' names person:nobody, which is not in the store", record=True),
    "duplicate id": Fault(_tables(_duplicate), "person:maira-mora: appears twice", record=True),
}

# `main` reads the store before the app starts only for these; the others reach the app.
CHECKED_BEFORE_LAUNCH = {"missing", "folder", "empty"}


def damaged(name: str, folder: Path) -> tuple[Path, bytes | None]:
    path = FAULTS[name].make(folder)
    return path, (path.read_bytes() if path.is_file() else None)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert err.startswith("envoys: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    return err.removeprefix("envoys: ").rstrip("\n")


# -- the command line ----------------------------------------------------------------------------

COMMANDS = [
    ["list", "people"],
    ["list", "treaties", "--json"],
    ["who", "LV", "BY", "--on", "2005-06-01"],
    ["show", "country:lv"],
    ["search", "Makeja"],
]


@pytest.mark.parametrize("fault", FAULTS)
def test_every_command_says_what_is_wrong_in_one_line_and_exits_2(capsys, tmp_path, fault):
    path, before = damaged(fault, tmp_path)
    lines = set()
    for argv in COMMANDS:
        code, out, err = run(capsys, *argv, "--db", str(path))
        assert (code, out) == (2, ""), argv
        line = one_line(err)
        assert line.startswith(f"{path}: ") and FAULTS[fault].message in line
        lines.add(line)
    assert len(lines) == 1, "every command names the same problem"
    if before is not None:
        assert path.read_bytes() == before
    elif fault == "missing":
        assert not path.exists(), "a missing store is not created"


@pytest.mark.parametrize("fault", FAULTS)
def test_check_lists_a_bad_record_and_stops_on_a_bad_file(capsys, tmp_path, fault):
    path, before = damaged(fault, tmp_path)
    code, out, err = run(capsys, "check", "--db", str(path))
    if FAULTS[fault].record:
        assert code == 1 and err == ""
        errors = [line for line in out.splitlines() if line.startswith("error: ")]
        assert any(FAULTS[fault].message in line for line in errors), out
    else:
        assert code == 2 and out == ""
        assert FAULTS[fault].message in one_line(err)
    if before is not None:
        assert path.read_bytes() == before


def _deny_reading(monkeypatch, path: Path) -> None:
    """The file exists, but the system refuses to open it (as chmod 000 does for a normal user)."""
    import builtins

    import data.storefile

    def guarded_open(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(data.storefile, "open", guarded_open, raising=False)


def test_a_store_the_system_will_not_let_us_read_is_one_line_and_exit_2(capsys, tmp_path, monkeypatch):
    path = write_store(tmp_path)
    _deny_reading(monkeypatch, path)
    code, out, err = run(capsys, "who", "LV", "BY", "--db", str(path))
    assert (code, out) == (2, "")
    assert one_line(err) == f"{path}: cannot read the store (Permission denied)"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_store_without_read_permission_is_one_line_and_exit_2(capsys, tmp_path):
    path = write_store(tmp_path)
    path.chmod(0)
    try:
        code, _, err = run(capsys, "list", "people", "--db", str(path))
    finally:
        path.chmod(0o600)
    assert code == 2 and one_line(err) == f"{path}: cannot read the store (Permission denied)"


@pytest.mark.parametrize("fault", ["truncated", "not UTF-8", "JSON list", "newer schema", "dangling reference"])
def test_a_real_envoys_process_prints_one_line_and_no_traceback(tmp_path, fault):
    path, before = damaged(fault, tmp_path)
    result = subprocess.run(
        [sys.executable, "main.py", "list", "people", "--db", str(path)], cwd=REPO, capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"}, timeout=60,
    )
    err = result.stderr.decode("utf-8")
    assert (result.returncode, result.stdout) == (2, b"")
    assert FAULTS[fault].message in one_line(err)
    assert path.read_bytes() == before


def test_the_version_check_comes_before_the_records_a_newer_program_may_have_added(capsys, tmp_path):
    """A store from a newer program may hold tables and fields this one does not know: say "newer"."""

    def newer(tables: dict[str, Any]) -> None:
        tables["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
        tables["ambassadorial_gifts"] = {"1": {"id": "gift:1"}}
        find(tables, "country:lv")["flag"] = {"colours": ["carmine", "white"]}
        find(tables, "country:lv").pop("code")

    path = write_store(tmp_path, newer)
    code, _, err = run(capsys, "show", "country:lv", "--db", str(path))
    assert code == 2 and "is newer than this program understands" in one_line(err)
    code, _, err = run(capsys, "check", "--db", str(path))
    assert code == 2 and "is newer than this program understands" in one_line(err)


def test_a_store_that_is_json_null_is_called_what_it_is(capsys, tmp_path):
    path = tmp_path / "store.json"
    path.write_bytes(b"null")
    code, _, err = run(capsys, "list", "people", "--db", str(path))
    assert code == 2 and "not a store (the JSON is null" in one_line(err)


# -- the app ---------------------------------------------------------------------------------


@pytest.fixture
def launched(monkeypatch) -> list[EnvoysApp]:
    """`envoys --db PATH` runs the real app, headless; the apps it started are collected here.

    A guard exits with code 99 should a store unexpectedly load, so a wrong test cannot hang.
    """
    apps: list[EnvoysApp] = []
    real_run = EnvoysApp.run

    async def guard(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if pilot.app.return_code is None:
            pilot.app.exit(99)

    def run_headless(self: EnvoysApp, **kwargs: object) -> object:
        apps.append(self)
        return real_run(self, headless=True, size=(80, 24), auto_pilot=guard)

    monkeypatch.setattr(EnvoysApp, "run", run_headless)
    return apps


# The app relays whatever StoreError the loader raises, by one path: one fault of each kind
# (refused before launch, file, JSON shape, schema, record, reference) stands for all of them.
APP_FAULTS = ["missing", "folder", "empty", "truncated", "not UTF-8", "JSON list", "newer schema", "wrong type",
              "dangling reference"]


@pytest.mark.parametrize("fault", APP_FAULTS)
def test_the_app_closes_with_the_same_line_and_exit_code_2(capsys, tmp_path, launched, fault):
    path, before = damaged(fault, tmp_path)
    _, _, cli_err = run(capsys, "list", "people", "--db", str(path))

    code, _, err = run(capsys, "--db", str(path))
    assert code == 2
    assert one_line(err) == one_line(cli_err), "the app says what the command line says"
    if fault in CHECKED_BEFORE_LAUNCH:
        assert launched == [], "an obviously wrong path is refused before the terminal changes modes"
        app = EnvoysApp(path)
        app.run()
    else:
        [app] = launched
    assert app.return_code == 2
    assert app.failure == one_line(cli_err)
    if before is not None:
        assert path.read_bytes() == before


def test_the_app_says_so_when_the_system_will_not_let_it_read_the_store(capsys, tmp_path, monkeypatch, launched):
    path = write_store(tmp_path)
    _deny_reading(monkeypatch, path)
    code, _, err = run(capsys, "--db", str(path))
    [app] = launched
    assert code == 2 and app.return_code == 2
    assert app.failure == one_line(err) == f"{path}: cannot read the store (Permission denied)"


# -- hand-edited records: any damage to any field is a StoreError or a working store -----------

BAD_VALUES = [None, 0, -1, 1.5, True, "", " ", "x", [], {}, [None], [1], {"a": 1}, "\x00", 10**30,
              "9999-99", "1993-02-29", "9999-12-31", "person:nobody", "country:lv", "envoy:lv-by-2004-mora",
              "\u202eevil", "🇱🇻" * 50, "0001", "0001-01-01", "[/]", "[bold]x[/bold]", "\x1b[2J", "\ud800"]

TABLES = shipped_tables()
TARGETS = [(name, doc_id) for name, table in TABLES.items() for doc_id in list(table)[:3]]


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


DELETE = "<field deleted>"


@st.composite
def damage(draw) -> tuple[str, str, tuple[object, ...], object]:
    """(table, document id, path of a field inside it, its new value or DELETE): small to print."""
    table, doc_id = draw(st.sampled_from(TARGETS))
    path = draw(st.sampled_from(_paths(TABLES[table][doc_id])))
    return table, doc_id, path, draw(st.sampled_from([DELETE, *BAD_VALUES]))


def damaged_tables(table: str, doc_id: str, path: tuple[object, ...], value: object) -> dict[str, Any]:
    doc = copy.deepcopy(TABLES[table][doc_id])
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if value is DELETE and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = copy.deepcopy(value)
    return {**TABLES, table: {**TABLES[table], doc_id: doc}}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage())
def test_any_damage_to_any_field_is_a_store_error_or_a_store_that_works(capsys, case):
    table, doc_id, _, _ = case
    tables = damaged_tables(*case)
    record_id = TABLES[table][doc_id].get("id", "country:lv")
    with tempfile.TemporaryDirectory() as folder:
        # The file layer is tested above; here the tables are written as any store file is.
        store_path = Path(folder) / "hand-edited.json"
        store_path.write_text(json.dumps(tables), encoding="utf-8")
        try:
            assert isinstance(check_store(store_path), list)
        except StoreError as error:  # only what stops any reading: the schema version
            assert "schema version" in str(error)
        try:
            store = load_store(store_path)
        except StoreError as error:
            assert "\n" not in str(error) and str(error).startswith(f"{store_path}: ")
            return
        assert isinstance(store, Store)
        shown = record_id if record_id in store else "country:lv"
        for argv in (["show", shown], ["who", "LV", "BY", "--on", "2005"], ["list", "envoys"]):
            assert main([*argv, "--db", str(store_path)]) == 0
    capsys.readouterr()


def test_a_count_too_large_for_the_cache_is_one_line_not_a_traceback(capsys, tmp_path, monkeypatch):
    # Found by the property above: a count of 10**30 passed the checks and the cache's msgpack
    # (64 bits) then failed with a traceback. Both decoders now refuse it in one line.
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    events = dict(TABLES["events"])
    doc_id = next(iter(events))
    events[doc_id] = {**events[doc_id], "count": 10**30}
    store_path = tmp_path / "huge-count.json"
    store_path.write_text(json.dumps({**TABLES, "events": events}), encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        load_store(store_path)
    assert "count" in str(refused.value) and "\n" not in str(refused.value)
    assert main(["list", "events", "--db", str(store_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "count" in err and "Traceback" not in err


# -- stores that load, with what a hand edit may leave -----------------------------------------------


def _envoy_ends_in_year_1(tables: dict[str, Any]) -> None:
    # A typo for 2004: the end of a chargé's term, taken from the successor's start.
    find(tables, "envoy:lv-by-2000-neimanis").update(end="0001")


def test_an_envoy_whose_end_is_year_1_does_not_crash_who(capsys, tmp_path):
    path = write_store(tmp_path, _envoy_ends_in_year_1)
    code, out, err = run(capsys, "who", "LV", "BY", "--on", "2005", "--db", str(path))
    assert code == 0 and err == "" and "Maira Mora" in out


def test_an_envoy_whose_end_is_year_1_is_reported_by_check(capsys, tmp_path):
    path = write_store(tmp_path, _envoy_ends_in_year_1)
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1 and "envoy:lv-by-2000-neimanis" in out


def test_a_text_with_a_lone_surrogate_is_refused_at_load(tmp_path):
    """README: "Control characters and lone surrogates in a store are refused when it loads"."""
    tables = shipped_tables()
    find(tables, "person:maira-mora")["aliases"].append("\ud800Mora")
    path = tmp_path / "store.json"
    path.write_text(json.dumps(tables), encoding="ascii")  # "\ud800" as JSON escapes it: valid JSON
    result = subprocess.run(
        [sys.executable, "main.py", "list", "people", "--db", str(path)], cwd=REPO, capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"}, timeout=60,
    )
    err = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in err, err[-300:]
    assert err.count("\n") == 1 and "person:maira-mora" in err and "U+D800" in err
    assert result.stdout == b""


def _markup_like(tables: dict[str, Any]) -> None:
    mora = find(tables, "person:maira-mora")
    mora["name"]["en"]["text"] = "Maira [/] Mora"
    mora["aliases"].append("Maira MORA [sic]")


@pytest.mark.parametrize("argv", [["list", "people"], ["show", "person:maira-mora"]])
def test_a_text_that_looks_like_markup_is_printed_as_written(capsys, tmp_path, argv):
    """Square brackets are ordinary text in a name or a quote ("[sic]", "[1]")."""
    path = write_store(tmp_path, _markup_like)
    code, out, err = run(capsys, *argv, "--db", str(path))
    assert code == 0 and err == ""
    assert "Maira [/] Mora" in out and "[sic]" in out


def test_terminal_control_characters_in_a_store_never_reach_the_terminal(capsys, tmp_path):
    path = write_store(tmp_path, lambda t: find(t, "person:maira-mora")["name"]["en"].update(
        text="Maira \x1b]0;owned\x07\x1b[31mMora"))
    code, out, err = run(capsys, "list", "people", "--db", str(path))
    assert (code == 2 and "person:maira-mora" in err) or (code == 0 and "\x1b" not in out)
