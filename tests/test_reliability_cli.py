"""The command line under hostile input: exit 0 or 2 with a message, never a traceback, never a
write beyond the user store an `import` is asked to write.

Hundreds of generated argument lists (unknown subcommands, bad dates, huge strings, wrong types,
unknown countries, stray options, any Unicode) run through `main.main` in this process, each in
a sandbox folder (its working folder and the user's data folder); a handful run as real
`envoys` processes, where a traceback would show on stderr. Output goes to a strict UTF-8
stream, as on a terminal whose locale is en_US.UTF-8.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import pty
import re
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import main as cli
from data import model as m
from data.dates import Certainty, DateRange
from data.importer.write import DATA_ENV
from data.queries import who
from data.store import EMBEDDED_STORE, SCHEMA_VERSION, load_store
from search.countries import resolve_country
from tests.conftest import REPO, seeds_folder
from tests.storekit import find, write_store
from tests.test_import_extract import INVENTED
from tests.writewatch import fingerprint, outside, watch_writes
from tui.console import LIST_TABLES

LV_BY_PAGE = "000_66221c5c25316161.txt"  # the Latvian ministry's page, as saved in the seeds


@pytest.fixture(autouse=True)
def private_data(tmp_path_factory, monkeypatch) -> Path:
    """`envoys import` without --db writes into the user's data folder: a private one here."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv(DATA_ENV, str(folder))
    return folder


@contextlib.contextmanager
def sandbox() -> Iterator[Path]:
    """A fresh empty folder as working folder and as the user's data folder, for one command line."""
    with tempfile.TemporaryDirectory(prefix="envoys-sandbox-") as folder, contextlib.chdir(folder), \
            mock.patch.dict(os.environ, {DATA_ENV: str(Path(folder) / "data")}):
        yield Path(folder)


class Terminal(io.TextIOWrapper):
    """A UTF-8 stream as Python sets up for a terminal in an en_US.UTF-8 locale: stdout refuses
    what UTF-8 cannot encode, stderr escapes it."""

    def __init__(self, errors: str = "strict") -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", errors=errors, write_through=True)

    def text(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]


def call(argv: list[str]) -> tuple[int, bool, str, str, str | None]:
    """Run `envoys ARGV` in this process: (exit code, exited through argparse, stdout, stderr, command).

    A command line without a subcommand goes through the real launch (which refuses an
    obviously wrong --db first), but the app itself does not run: the app's tests drive it.
    """
    out, err = Terminal(), Terminal(errors="backslashreplace")
    seen: list[str | None] = []
    real_dispatch = cli.dispatch

    def dispatch(args):
        seen.append(args.command)
        return real_dispatch(args)

    with redirect_stdout(out), redirect_stderr(err), mock.patch.object(cli, "dispatch", dispatch), \
            mock.patch("tui.app.EnvoysApp.run", lambda self, **kwargs: None):
        try:
            code, exited = cli.main(argv), False
        except SystemExit as stop:
            code, exited = stop.code, True  # argparse: 2 for a bad option, 0 for --help
    return code, exited, out.text(), err.text(), (seen[0] if seen else None)  # type: ignore[return-value]


def assert_answered(argv: list[str]) -> tuple[int, str, str]:
    """The promise: exit 0 (answer) or 2 (one line saying what is wrong); 1 only from `check`
    (which found errors)."""
    code, exited, out, err, command = call(argv)
    assert "Traceback" not in err and "Traceback" not in out
    if exited:
        assert code in (0, 2), argv
        if code == 2:
            assert err.startswith("usage: envoys") and re.search(r"^envoys[^\n]*: error: ", err, re.M), err
        else:
            assert out.startswith("usage: envoys") and err == ""
    elif code == 2:
        assert err.startswith("envoys: ") and err.count("\n") == 1 and err.endswith("\n"), err
        assert out == "", "an error prints nothing but its line"
    elif code == 1:
        assert command == "check", f"only check exits 1 (it found errors): {argv}"
        assert out.splitlines()[-1].endswith("notes on the sources' own typos and contradictions")
    else:
        assert code == 0, f"exit code {code} for {argv}"
        assert err == "", err
    return code, out, err


# -- generated argument lists --------------------------------------------------------------------

# Real argv never holds NUL (C strings end there) and holds surrogates only for bytes that are
# not UTF-8: test_arguments_that_are_not_utf8_* cover those.
chars = st.characters(codec="utf-8", exclude_characters="\x00")
ODD = [
    "", " ", "-", "--", "-x", "---", "--db", "—", "\t", "\n", "\r\n", "\x1b[31m", "\x07", "\x7f", "\u200f", "\u202e",
    "\u0301" * 20, "e\u0301", "🇱🇻", "👩‍👩‍👧", "ﷺ", "%s%n", "{0}", "[bold]x[/bold]", "[/]", "'; DROP TABLE", "../..",
    "/dev/null", "NaN", "-1", "0", "1e9", "99999999999999999999", "None", "null", "[]", "{}", "~", "*", "?",
    "Беларусь", "مرحبا", "שלום", "Lietuva", "LITHUANIA", "lv", "ua", "Latvija", "Baltkrievija",
]
hostile = st.one_of(
    st.text(alphabet=chars, max_size=30),
    st.sampled_from(ODD),
    st.builds(lambda s, n: (s * n)[:10_000], st.text(alphabet=chars, min_size=1, max_size=4), st.integers(50, 10_000)),
)
def mostly(fitting: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """`fitting` three times in four, anything the other time: most lines get an answer, not a refusal."""
    return st.sampled_from([True, True, True, False]).flatmap(lambda fit: fitting if fit else hostile)


# Every way the store writes a country (codes, names in lv/lt/en and Cyrillic, declined aliases) in
# any case and with stray spaces: what a user types for `who`, to be answered, not refused.
COUNTRY_FORMS = sorted({
    form
    for country in load_store().all(m.Country)
    for form in (country.code, *country.aliases, *(f.text for f in country.name.forms.values()))
})
country_names = st.tuples(st.sampled_from(COUNTRY_FORMS), st.sampled_from([str, str.lower, str.upper, str.title]),
                          st.sampled_from(["", " "])).map(lambda t: t[2] + t[1](t[0]) + t[2])
POSTED_PAIRS = sorted({(envoy.sending, envoy.receiving) for envoy in load_store().all(m.Envoy)})
FORMS_OF = {
    country.id: sorted({country.code, *country.aliases, *(f.text for f in country.name.forms.values())})
    for country in load_store().all(m.Country)
}


def names_of(country_id: str) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(FORMS_OF[country_id]), st.sampled_from([str, str.lower, str.upper])).map(
        lambda t: t[1](t[0]))


countries = mostly(st.one_of(country_names, st.sampled_from(["Narnia", "EU", "country:lv", "XX", "Latvija!"])))
# Dates a user asks `who` about: a year, a month or a day from 1990 to 2030, or a range of them.
asked_days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))
asked_dates = st.one_of(
    asked_days.map(str), asked_days.map(lambda d: d.strftime("%Y-%m")), asked_days.map(lambda d: f"{d.year}"),
    st.tuples(asked_days, asked_days).map(sorted).map(lambda pair: f"{pair[0]}/{pair[1]}"),
)
ids = mostly(st.sampled_from(["person:maira-mora", "country:lv", "envoy:lv-by-1992-tomass", "org:eu", "city:daugavpils",
                              "visit:1926-11-rainis", "treaty:2007-cross-border-programme", "event:recognition-lt-by",
                              "mission:by-lt-vilnius-embassy", "source:by-embassy-lt", "person:", "person:nobody", ":",
                              "PERSON:MAIRA-MORA"]))
dates = mostly(st.one_of(
    asked_dates,
    st.dates().map(str),
    st.dates().map(lambda d: d.strftime("%Y-%m")),
    st.integers(1, 9999).map(lambda y: f"{y:04d}"),
    st.from_regex(r"\A[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?(/[0-9]{1,5}(-[0-9]{1,3})?)?\Z"),
    st.sampled_from(["1991-08-24", "2005", "2015-02-29", "2016-02-29", "0000", "9999-12-31", "2005/2004",
                     "0001/9999", "yesterday", "05.06.2005", "2005-06-01T00:00", " 2005 "]),
))
tables = mostly(st.sampled_from(sorted(LIST_TABLES)))
kinds = mostly(st.sampled_from(["person", "country", "city", "envoy", "mission", "visit", "treaty", "org", "event",
                                "spy"]))
limits = mostly(st.one_of(st.integers(-5, 1005).map(str), st.integers(-(10**25), 10**25).map(str),
                          st.sampled_from(["1.5", "0x10", "١٠", "1_000", "+3"])))
langs = mostly(st.sampled_from(cli.LANGS))
db_paths = hostile  # over-long paths and line breaks included: each is one line and exit 2
source_dirs = mostly(st.sampled_from(["/nonexistent", ".", "/"]))
DBS = ["shipped", "missing", "folder", "truncated", "newer", "dangling", "empty"]
# What `import` may write: only into the sandbox (a relative path), the shipped store (refused),
# or a damaged store (refused before writing). Absolute hostile paths could name real folders.
PAGES = ["PAGE", "PAGE", "PAGE", "SEED", "EMPTY-PAGE", "BINARY-PAGE", "HTML-PAGE", "folder", "missing"]
IMPORT_DBS = ["user.json", "sub/dir/user.json", "shipped", "truncated", "newer", "folder", "COPY"]
import_db_paths = db_paths.filter(lambda s: not s.startswith(("/", "~")) and ".." not in s)
OPTIONS: dict[str, list[tuple[str, st.SearchStrategy[str] | None]]] = {
    "import": [("--dry-run", None), ("--json", None), ("--lang", mostly(st.sampled_from(["lv", "lv", "lt", "en"]))),
               ("--accept", None), ("--accept-guesses", None),
               ("--skip", mostly(st.sampled_from(["visit:2017-04-12-kvirikasvili", "person:edgars-rinkevics"]))),
               ("--prefer", mostly(st.sampled_from(["imported", "existing"])))],
    "list": [("--json", None), ("--lang", langs)],
    "who": [("--on", dates), ("--all-roles", None), ("--json", None), ("--lang", langs)],
    "show": [("--json", None), ("--lang", langs)],
    "search": [("--type", kinds), ("--limit", limits), ("--json", None), ("--lang", langs)],
    "check": [("--sources", source_dirs)],
}
STRAY = [["--frobnicate"], ["-j"], ["--db"], ["--on"], ["--limit"], ["--help"], ["--lang=lv"], ["--json=yes"], ["-"],
         ["--"], ["--limit", "5"], ["--on", "2005"], ["--type", "person"], ["--sources", "."], ["--dry-run"],
         ["--prefer", "imported"]]


@pytest.fixture(scope="module")
def dbs(tmp_path_factory) -> dict[str, str]:
    """Stores and pages the generated command lines name (by these keys); none of them may change."""
    folder = tmp_path_factory.mktemp("dbs")
    (folder / "truncated.json").write_bytes(EMBEDDED_STORE.read_bytes()[:5000])
    (folder / "empty.json").write_bytes(b"")
    newer = write_store(folder, lambda t: t["meta"]["1"].update(schema_version=SCHEMA_VERSION + 1), "newer.json")
    dangling = write_store(folder, lambda t: find(t, "country:lv").update(citations=[
        {"source": "source:nowhere", "quote": "x"}]), "dangling.json")
    (folder / "page.txt").write_text(INVENTED, encoding="utf-8")
    (folder / "empty-page.txt").write_bytes(b"\n \n")
    (folder / "binary-page.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "html-page.txt").write_text("<!DOCTYPE html><html><body>Latvija</body></html>", encoding="utf-8")
    return {"shipped": str(EMBEDDED_STORE), "missing": str(folder / "missing.json"), "folder": str(folder),
            "truncated": str(folder / "truncated.json"), "newer": str(newer), "dangling": str(dangling),
            "empty": str(folder / "empty.json"), "PAGE": str(folder / "page.txt"),
            # the real page when the seeds are at hand (a fresh clone has none: the invented page then)
            "SEED": str(seed if (seed := seeds_folder() / LV_BY_PAGE).is_file() else folder / "page.txt"),
            "EMPTY-PAGE": str(folder / "empty-page.txt"), "BINARY-PAGE": str(folder / "binary-page.txt"),
            "HTML-PAGE": str(folder / "html-page.txt")}


@st.composite
def command_lines(draw) -> list[str]:
    """A subcommand (mostly real), its arguments and options (mostly fitting), sometimes a stray
    option, a store (mostly the shipped one), sometimes all shuffled. Store names are resolved
    to paths by the test."""
    real = ["list", "who", "show", "search", "check", "import"]
    command = draw(st.sampled_from([*real, "import", "import", ""]))
    command = command or draw(st.one_of(st.sampled_from(["lst", "WHO", "find", "help", "imports", "app"]), hostile))
    if command == "import":
        tokens = [command, draw(mostly(st.sampled_from(PAGES)).filter(lambda s: not s.startswith("/")))]
    elif command == "list":
        tokens = [command, draw(tables)]
    elif command == "who" and draw(st.integers(0, 2)):
        return draw(who_questions())  # two in three: a question to answer, whole
    elif command == "who":
        tokens = [command, draw(countries), draw(countries)]
    elif command == "show":
        tokens = [command, draw(ids)]
    elif command == "search":
        tokens = [command, draw(hostile)]  # any text is a fair query
    else:
        tokens = [command, *draw(st.lists(hostile, max_size=1 if command == "check" else 2))]
    if draw(st.integers(0, 9)) == 0:
        tokens = tokens[: draw(st.integers(0, len(tokens)))]  # a missing argument
    for name, values in OPTIONS.get(command, []):
        if draw(st.booleans()):
            tokens += [name] if values is None else [name, draw(values)]
    if draw(st.booleans()):
        if command == "import":
            tokens += ["--db", draw(st.sampled_from(IMPORT_DBS)) if draw(st.integers(0, 5)) else draw(import_db_paths)]
        else:
            db = draw(st.sampled_from(["shipped", "shipped", "shipped", *DBS]))
            tokens += ["--db", db if draw(st.integers(0, 5)) else draw(db_paths)]
    if draw(st.integers(0, 4)) == 0:
        tokens += draw(st.sampled_from(STRAY))
    if draw(st.integers(0, 5)) == 0:
        tokens = draw(st.permutations(tokens))
    return tokens


@st.composite
def who_questions(draw) -> list[str]:
    """`envoys who FROM TO` as a user asks it: real countries in any of their names (mostly a pair
    with envoys), a real date."""
    if draw(st.integers(0, 4)):
        sending, receiving = draw(st.sampled_from(POSTED_PAIRS))
        tokens = ["who", draw(names_of(sending)), draw(names_of(receiving))]
    else:  # any two different countries ("who LV LV" is a refusal, tested on its own)
        sending, receiving = draw(st.permutations(sorted(FORMS_OF)).map(lambda ids: ids[:2]))
        tokens = ["who", draw(names_of(sending)), draw(names_of(receiving))]
    if draw(st.integers(0, 4)):
        tokens += ["--on", draw(asked_dates)]
    for option in ("--all-roles", "--json"):
        if draw(st.booleans()):
            tokens.append(option)
    if draw(st.booleans()):
        tokens += ["--lang", draw(st.sampled_from(cli.LANGS))]
    return tokens


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(command_lines())
def test_any_command_line_exits_0_or_2_with_a_message_and_writes_only_an_asked_import(dbs, tokens):
    watched = [Path(dbs[key]) for key in {*DBS, *PAGES} - {"missing", "folder"}]
    before = [fingerprint(path) for path in watched]
    with sandbox() as folder:
        if "COPY" in tokens:
            shutil.copyfile(EMBEDDED_STORE, folder / "COPY")
        argv = [dbs.get(t, t) for t in tokens]
        with watch_writes() as writes:
            code, _, _ = assert_answered(argv)
        command = next((t for t in tokens if t in ("list", "who", "show", "search", "check", "import")), "other")
        event(f"{command}: exit {code}")  # --hypothesis-show-statistics: what ran, how it ended
        if "import" not in tokens or "--dry-run" in tokens:
            assert outside(writes) == [], "nothing but an import writes"
        else:
            assert outside(writes, folder) == [], "an import writes only into the store it was given"
            for store in [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith((".bak", ".tmp"))]:
                if store.name != "COPY" or code == 0:
                    load_store(store)  # what an import wrote is a valid store
        assert not Path(dbs["missing"]).exists()
    assert [fingerprint(path) for path in watched] == before


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(hostile, st.sampled_from(["list", "who", "show", "search", "check", "--db", "--on",
                                                     "--json", "--limit", "--type", "--lang", "-h"])), max_size=6))
def test_any_list_of_tokens_exits_0_or_2(tokens):
    with sandbox():
        assert_answered(tokens)


# -- examples, by kind of mistake ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["List", "people"], "invalid choice: 'List'"),
        (["list"], "the following arguments are required: table"),
        (["list", "spies"], "invalid choice: 'spies'"),
        (["who", "LV"], "the following arguments are required: TO"),
        (["who", "LV", "BY", "--on"], "expected one argument"),
        (["search", "Mora", "--limit", "many"], "invalid int value: 'many'"),
        (["search", "Mora", "--limit", "1.5"], "invalid int value: '1.5'"),
        (["search", "Mora", "--type", "spy"], "invalid choice: 'spy'"),
        (["list", "people", "--lang", "ru"], "invalid choice: 'ru'"),
        (["show", "--json"], "the following arguments are required: id"),
        (["who", "LV", "BY", "--frobnicate"], "unrecognized arguments: --frobnicate"),
    ],
)
def test_a_malformed_command_line_is_argparse_usage_and_exit_2(argv, message):
    code, _, err = assert_answered(argv)
    assert code == 2 and message in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["who", "LV", "BY", "--on", "2015-02-29"], "no day 29 in 2015-02"),
        (["who", "LV", "BY", "--on", "2005/2004"], "range ends before it starts: 2005/2004"),
        (["who", "LV", "BY", "--on", "0000"], "year out of range: 0"),
        (["who", "LV", "BY", "--on", "05.06.2005"], "not a date: '05.06.2005'"),
        (["who", "LV", "BY", "--on", "2" * 10_000], "not a date: '" + "2" * 37 + "...'"),
        (["who", "LV", "", "--on", "2005"], "unknown country: ''"),
        (["who", "LV", "\u202eYB", "--on", "2005"], "unknown country: '\\u202eYB'"),
        (["who", "Narnia" * 2000, "BY"], "unknown country: 'NarniaNarnia"),
        (["who", "EU", "BY"], "unknown country: 'EU'"),
        (["show", "person:" + "x" * 10_000], "no record 'person:xxx"),
        (["show", "\x1b[2J"], "no record '\\x1b[2J'"),
        (["search", "Mora", "--limit", "0"], "--limit must be between 1 and 1000, not 0"),
        (["search", "Mora", "--limit", "99999999999999999999"], "--limit must be between 1 and 1000"),
        (["list", "people", "--db", "x" * 200], "no such store file"),
        (["list", "people", "--db", ""], "is a folder, not a store file"),
        (["list", "people", "--db", "/dev/null"], "not a regular file"),
    ],
)
def test_a_bad_value_is_one_line_naming_it_and_exit_2(argv, message):
    code, _, err = assert_answered(argv)
    assert code == 2 and message in err


@pytest.mark.parametrize(
    "query", ["", " ", "\x00", "\u0301\u0301", "🇱🇻" * 5_000, "x" * 10_000, "\u202eMakeja", "Ма\u0000кей",
              "[bold]Mora[/bold]", "%s" * 100, "a " * 5_000],
)
def test_search_answers_any_query(query):
    code, out, _ = assert_answered(["search", query])
    assert code == 0 and out
    code, out, _ = assert_answered(["search", query, "--json"])
    assert code == 0 and out.lstrip().startswith("[")


# -- bytes that are not UTF-8: argv holds them as surrogates (PEP 383) ----------------------------


@pytest.mark.parametrize(("argv", "expected", "message"), [
    (["who", "LV", "B\udcffY"], 2, "unknown country: 'B\\udcffY'"),
    (["show", "person:\udcff"], 2, "no record 'person:\\udcff'"),
    (["list", "\udcff"], 2, "invalid choice"),
    (["who", "LV", "BY", "--on", "2005\udcff"], 2, "not a date: '2005\\udcff'"),
    (["search", "\udcff\udcfe"], 0, ""),
])
def test_arguments_that_are_not_utf8_are_answered(argv, expected, message):
    """Refused with the argument escaped, or (a query of no letters) answered with nothing found."""
    code, out, err = assert_answered(argv)
    assert code == expected and message in err
    if expected == 0:
        assert "Nothing to search for" in out


def test_arguments_that_are_not_utf8_are_answered_by_a_search_that_finds_something():
    code, _, _ = assert_answered(["search", "Mora\udcff"])
    assert code == 0


def test_arguments_that_are_not_utf8_get_no_traceback_from_a_real_process():
    result = subprocess.run([sys.executable, "main.py", "search", b"Mora\xff"], cwd=REPO, capture_output=True,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8:strict"}, timeout=60)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr.decode()[-300:]
    assert b"Maira Mora" in result.stdout, "the undecodable byte is dropped from the words, Mora is found"


# -- real processes ----------------------------------------------------------------------------------


def envoys(*argv: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "main.py", *argv], cwd=REPO, capture_output=True, timeout=60,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8:strict", **(env or {})})


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["frobnicate"], 2),
        (["who", "LV", "BY", "--on", "2015-02-29"], 2),
        (["who", "LV", "Atlantis", "--on", "2005"], 2),
        (["search", "Mora", "--limit", "many"], 2),
        (["show", "person:" + "\u202e" * 50], 2),
        (["search", "\x1b]0;pwned\x07" + "x" * 100_000], 0),
    ],
)
def test_a_real_envoys_process_answers_without_a_traceback(argv, expected):
    result = envoys(*argv)
    err = result.stderr.decode("utf-8")
    assert result.returncode == expected and "Traceback" not in err
    if expected == 2:
        assert err.rstrip("\n").splitlines()[-1].startswith("envoys")
    else:
        assert err == "" and b"\x1b]" not in result.stdout, "the query is shown escaped, never as a terminal command"


def test_a_reader_that_stops_early_gets_no_broken_pipe_traceback():
    proc = subprocess.Popen([sys.executable, "main.py", "list", "visits", "--json"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.read(1) == b"["  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]
    assert proc.wait(timeout=60) == 0
    assert proc.stderr.read() == b""  # type: ignore[union-attr]


@pytest.mark.parametrize("columns", ["1", "7", "abc", "100000"])
def test_odd_terminals_get_an_answer(columns):
    """A real terminal (a pty) of odd widths, with TERM=dumb and NO_COLOR."""
    env = {**os.environ, "COLUMNS": columns, "LINES": "2", "TERM": "dumb", "NO_COLOR": "1"}
    for argv in (["list", "countries"], ["show", "person:maira-mora"]):
        leader, follower = pty.openpty()
        proc = subprocess.Popen([sys.executable, "main.py", *argv], cwd=REPO, stdout=follower,
                                stderr=subprocess.PIPE, env=env)
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the process closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        os.close(leader)
        assert proc.wait(timeout=60) == 0
        assert proc.stderr.read() == b""  # type: ignore[union-attr]
        assert shown.strip(), "something was shown"


# -- the store is never written --------------------------------------------------------------------

EVERY_SUBCOMMAND = [
    *[["list", table] for table in sorted(LIST_TABLES)],
    *[["list", table, "--json", "--lang", "lv"] for table in sorted(LIST_TABLES)],
    ["who", "LV", "BY", "--on", "2005-06-01"],
    ["who", "latvija", "baltkrievija"],
    ["who", "LT", "BY", "--on", "1993", "--all-roles", "--json", "--lang", "lt"],
    ["show", "person:maira-mora"],
    ["show", "treaty:2024-04-11-security-commitments", "--json"],
    ["search", "Makeja"],
    ["search", "Семанис", "--type", "person", "--limit", "3", "--json"],
    ["check"],
]
REFUSED = [["show", "person:nobody"], ["who", "LV", "Narnia"], ["search", "Mora", "--limit", "0"]]


@pytest.mark.parametrize("via", ["embedded", "--db"])
def test_every_subcommand_leaves_the_store_byte_for_byte(via, seeds, tmp_path, private_settings, private_data):
    """Every read-only subcommand, and `import` (dry run, and a real one into another store)."""
    if via == "embedded":
        store, extra = EMBEDDED_STORE, []
    else:
        store = tmp_path / "mine" / "my store.json"
        store.parent.mkdir()
        store.write_bytes(EMBEDDED_STORE.read_bytes())
        extra = ["--db", str(store)]
    page = tmp_path / "latvia-georgia.txt"
    page.write_text(INVENTED, encoding="utf-8")
    user_store = tmp_path / "imports" / "user.json"
    before = fingerprint(store)
    folder_before = sorted(p.name for p in store.parent.iterdir())
    with watch_writes() as writes:
        for argv in [*EVERY_SUBCOMMAND, ["check", "--sources", str(seeds)]]:
            code, _, _ = assert_answered([*argv, *extra])
            assert code == 0, argv
        for argv in REFUSED:
            code, _, _ = assert_answered([*argv, *extra])
            assert code == 2, argv
        for argv in (["import", str(page), "--dry-run"], ["import", str(seeds / LV_BY_PAGE), "--dry-run", "--json"]):
            assert assert_answered(argv)[0] == 0
        read_only = list(writes)
        code, out, _ = assert_answered(["import", str(page), "--db", str(user_store), "--accept"])
        assert code == 0 and "imported into" in out
    assert fingerprint(store) == before, "same bytes, and not even rewritten (same mtime)"
    assert sorted(p.name for p in store.parent.iterdir()) == folder_before, "no file appeared beside the store"
    assert read_only == [], "nothing but a real import writes anything at all"
    assert outside(writes, user_store.parent) == [], "an import writes only the store it is given"
    assert {p.name for p in user_store.parent.iterdir()} == {"user.json"}, "no temporary file is left"
    load_store(user_store)


@pytest.mark.parametrize("spelling", ["absolute", "relative", "dotted", "symlink", "hard link", "before the command"])
def test_import_never_writes_the_shipped_store_however_it_is_named(tmp_path, monkeypatch, spelling):
    page = tmp_path / "latvia-georgia.txt"
    page.write_text(INVENTED, encoding="utf-8")
    monkeypatch.chdir(REPO)
    target = {
        "absolute": str(EMBEDDED_STORE), "relative": "data/store.json", "dotted": "./data/../data//store.json",
        "before the command": str(EMBEDDED_STORE),
    }.get(spelling)
    if spelling == "symlink":
        (tmp_path / "link.json").symlink_to(EMBEDDED_STORE)
        target = str(tmp_path / "link.json")
    elif spelling == "hard link":
        try:
            os.link(EMBEDDED_STORE, tmp_path / "hard.json")
        except OSError:
            pytest.skip("no hard link across these folders")
        target = str(tmp_path / "hard.json")
    argv = (["--db", target, "import", str(page)] if spelling == "before the command"
            else ["import", str(page), "--db", target])
    before = fingerprint(EMBEDDED_STORE)
    with watch_writes() as writes:
        code, _, err = assert_answered([*argv, "--prefer", "imported", "--accept-guesses"])
    assert code == 2 and "that is the shipped store, which an import never changes" in err
    assert writes == [] and fingerprint(EMBEDDED_STORE) == before


def test_db_and_lang_before_the_subcommand_are_used(tmp_path):
    missing = tmp_path / "my-store.json"
    code, _, err = assert_answered(["--db", str(missing), "list", "countries"])
    assert code == 2 and "no such store file" in err, "the embedded store was read instead of the one asked"
    code, out, _ = assert_answered(["--lang", "lv", "list", "countries"])
    assert code == 0 and "Baltkrievija" in out


# -- paths the system refuses (bugs once, fixed: the fuzzers above now draw such paths too) ------------


@pytest.mark.parametrize("argv", [["list", "people"], ["check"], []])
def test_a_db_path_too_long_for_the_system_is_one_line(argv):
    code, _, err = assert_answered([*argv, "--db", "x" * 5_000])
    assert code == 2 and "cannot read the store (File name too long)" in err


def test_an_import_target_path_too_long_for_the_system_is_one_line(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(INVENTED, encoding="utf-8")
    with sandbox():
        code, _, err = assert_answered(["import", str(page), "--db", "x" * 5_000])
    assert code == 2 and "File name too long" in err


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))  # 1 GiB: an endless read fails fast, not the machine


def test_importing_an_endless_device_is_refused_not_read_forever(tmp_path):
    result = subprocess.run([sys.executable, "main.py", "import", "/dev/zero", "--dry-run"], cwd=REPO,
                            capture_output=True, timeout=60, preexec_fn=_limit_memory,
                            env={**os.environ, DATA_ENV: str(tmp_path)})
    assert result.returncode == 2 and b"Traceback" not in result.stderr, result.stderr.decode()[-200:]


def test_importing_a_named_pipe_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    result = subprocess.run([sys.executable, "main.py", "import", str(fifo), "--dry-run"], cwd=REPO,
                            capture_output=True, timeout=2, env={**os.environ, DATA_ENV: str(tmp_path)})
    assert result.returncode == 2


@pytest.mark.parametrize("command", [["list", "people", "--db"], ["import"]])
def test_a_path_with_a_line_break_is_still_one_line(tmp_path, command):
    with sandbox():
        code, _, err = assert_answered([*command, str(tmp_path / "my\nfile.json")])
    assert code == 2 and err.count("\n") == 1


def test_check_sources_with_a_path_too_long_is_one_line():
    """A folder that is not there is bad input: one line naming it, exit 2 (issue 13)."""
    code, _, err = assert_answered(["check", "--sources", "x" * 5_000])
    assert code == 2 and err.count("\n") == 1 and "no such folder" in err


def test_check_sources_with_a_source_file_that_is_not_utf8_is_reported(tmp_path, seeds):
    for seed in seeds.iterdir():
        (tmp_path / seed.name).write_bytes(b"\xff\xfe not UTF-8")
    code, out, _ = assert_answered(["check", "--sources", str(tmp_path)])
    assert code == 1 and "not found, unreadable or not UTF-8" in out


# -- questions that deserve an answer ------------------------------------------------------------------

SHIPPED = load_store()


@settings(max_examples=150, deadline=None)
@given(who_questions())
def test_any_real_who_question_is_answered_with_the_holders(tokens):
    """Real countries in any of their names and a real date: exit 0 and the holders (or "none
    known"), line by line as `data.queries.who` finds them, never a refusal."""
    code, out, err = assert_answered(tokens)
    assert code == 0 and err == "", (tokens, err)
    sending, receiving = (resolve_country(SHIPPED, token) for token in tokens[1:3])
    on = tokens[tokens.index("--on") + 1] if "--on" in tokens else None
    when = DateRange.parse(on) if on is not None else None
    expected = who(SHIPPED, sending, receiving, when, heads_only="--all-roles" not in tokens)
    event("holders found" if expected else "none known")
    assert all((h.envoy.sending, h.envoy.receiving) == (sending.id, receiving.id) for h in expected)
    if "--json" in tokens:
        assert [(a["id"], a["certainty"]) for a in json.loads(out)] == [(h.envoy.id, h.certainty.value)
                                                                        for h in expected]
        return
    text = " ".join(out.split())  # (a narrow terminal wraps the lines)
    if not expected:
        assert text.endswith("none known: the sources name no envoy for that date."), out
        return
    assert re.findall(r"\[(envoy:[^\]]+)\]", text) == [h.envoy.id for h in expected], out
    possibly = [h for h in expected if h.certainty is Certainty.POSSIBLY]
    assert text.count(": possibly (") == len(possibly), out
