"""The command line, round two: every edge the second review found is one line and exit 2 (130 for
Ctrl-C), in real processes; and the options' help says what they do."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from data.store import EMBEDDED_STORE
from tests.conftest import REPO
from tests.test_import_extract import INVENTED


def envoys(*argv: str, timeout: float = 120) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "main.py", *argv], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout, proc.stderr


def assert_one_line(code: int, err: str, expected_code: int = 2) -> None:
    assert code == expected_code, err
    assert err.count("\n") == 1 and err.startswith("envoys: "), err
    assert "Traceback" not in err and "Error:" not in err.split(": ", 1)[0]


@pytest.fixture
def page(tmp_path) -> Path:
    path = tmp_path / "latvia-georgia.txt"
    path.write_text(INVENTED, encoding="utf-8")
    return path


def test_a_symlink_loop_as_the_store_is_one_line_for_every_command(tmp_path, page):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    for argv in (["list", "countries"], ["who", "LV", "BY"], ["show", "country:lv"], ["search", "riga"], ["check"],
                 ["import", str(page)], ["import", str(page), "--dry-run"], []):
        code, _out, err = envoys(*argv, "--db", str(loop))
        assert_one_line(code, err)
        assert "symbolic links" in err, argv
    assert loop.is_symlink()


def test_a_value_nested_600_deep_in_an_unknown_field_is_one_line(tmp_path, page):
    tables = json.loads(EMBEDDED_STORE.read_text(encoding="utf-8"))
    deep: list = []
    for _ in range(600):
        deep = [deep]
    next(iter(tables["people"].values()))["scrapbook"] = deep
    store = tmp_path / "deep.json"
    store.write_text(json.dumps(tables), encoding="utf-8")
    before = store.read_bytes()
    for argv in (["import", str(page), "--dry-run"], ["import", str(page)], ["import", str(page), "--json"]):
        code, _out, err = envoys(*argv, "--db", str(store))
        assert_one_line(code, err)
        assert "nested" in err
    assert store.read_bytes() == before


def test_a_number_too_long_names_the_limit_not_a_python_function(tmp_path):
    text = EMBEDDED_STORE.read_text(encoding="utf-8")
    store = tmp_path / "long.json"
    store.write_text(text.replace('"schema_version": 1', '"schema_version": ' + "9" * 5000, 1), encoding="utf-8")
    code, _out, err = envoys("list", "countries", "--db", str(store))
    assert_one_line(code, err)
    assert f"longer than {sys.get_int_max_str_digits()} digits" in err
    assert "set_int_max_str_digits" not in err and "sys." not in err


def test_one_country_twice_is_one_line():
    for a, b in (("LV", "LV"), ("LV", "latvija"), ("Baltkrievija", "by")):
        code, out, err = envoys("who", a, b)
        assert_one_line(code, err)
        assert "one country twice" in err and out == ""


def test_check_with_a_sources_folder_that_is_not_there_is_one_line(tmp_path):
    (tmp_path / "a-file").write_text("x")
    for folder in ("/nonexistent", str(tmp_path / "a-file")):
        code, out, err = envoys("check", "--sources", folder)
        assert_one_line(code, err)
        assert "no such folder" in err and out == ""


# -- Ctrl-C from the first instant ---------------------------------------------------------------

# The program runs as `envoys` does, and sends itself SIGINT at the moment a given module is first
# imported: at the top of main.py (argparse), while parsing, reading the store, building the index.
# A timer could not hit those moments reliably; and before main.py's first line, inside Python's
# own start (its `site` module), no program can catch a signal.
INTERRUPTED = """
import importlib.abc, os, runpy, signal, sys
target = sys.argv[1]
class Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, module=None):
        if name == target:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, Interrupt())
sys.argv = ["envoys", *sys.argv[2:]]
runpy.run_path("main.py", run_name="__main__")
"""


@pytest.mark.parametrize(("argv", "moments"), [
    (["list", "people"], ["argparse", "rich.console", "tinydb", "data.store", "data.export"]),
    (["search", "rinkevics"], ["argparse", "data.store", "search.index", "rapidfuzz"]),
    (["who", "LV", "BY", "--on", "2005"], ["data.errors", "data.store", "data.queries"]),
])
def test_sigint_at_any_early_moment_exits_130_without_a_traceback(argv, moments):
    for moment in moments:
        proc = subprocess.run([sys.executable, "-c", INTERRUPTED, moment, *argv], cwd=REPO, capture_output=True,
                              text=True, timeout=60, stdin=subprocess.DEVNULL)
        assert proc.returncode == 130, (moment, proc.returncode, proc.stderr)
        assert proc.stderr == "", (moment, proc.stderr)


def test_sigint_while_it_runs_exits_130():
    # A real Ctrl-C at a moment in the middle of the work (after Python's own start).
    proc = subprocess.Popen([sys.executable, "main.py", "list", "people"], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
    assert proc.stderr is not None
    for line in proc.stderr:  # wait until the program's own imports are under way
        if "argparse" in line:
            break
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode in (130, 0), err  # 0: it had answered already
    assert "Traceback" not in err and "KeyboardInterrupt" not in err


# -- the options say what they do -----------------------------------------------------------------


def test_the_db_option_does_not_promise_never_to_write():
    _code, out, _err = envoys("--help")
    flat = " ".join(out.split())
    assert "never written" not in flat
    assert "`import` writes it" in flat


def test_import_names_the_page_language_page_lang_and_keeps_lang(tmp_path, page):
    _code, out, _err = envoys("import", "--help")
    assert "--page-lang" in out and "the language the page is written in" in " ".join(out.split())
    for option in ("--page-lang", "--lang"):
        code, out, err = envoys("import", str(page), option, "en", "--dry-run", "--db", str(tmp_path / "s.json"))
        assert code == 0, err
        assert "dry run: nothing written" in out
    # and the page's language matters: read as English, the Latvian page gives another review
    _c, as_lv, _e = envoys("import", str(page), "--page-lang", "lv", "--dry-run", "--db", str(tmp_path / "s.json"))
    assert as_lv != out
    assert not (tmp_path / "s.json").exists()
