"""Store and path text never reaches the terminal raw: escape sequences, bell, line breaks, bidi
overrides and zero-width characters in names, language keys, table keys, document keys, a
participant's person id, a citation's source id, file names. Real processes for the command line
(each store is refused in one line or shown escaped), the app's rendered screen for the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from data.textsafe import safe
from tests.apptools import make_app, ready, settle
from tests.conftest import REPO
from tests.storekit import find, write_store
from tests.test_import_extract import INVENTED
from tui.screens.details import DetailsScreen

ESC, BIDI, ZW = "\x1b", "\u202e", "\u200b"
RAW = [ESC, BIDI, ZW, "\x07", "\u2066", "\u2069", "\x9b", "\u2028", "\ufeff"]
"""Characters that must never be written raw (ESC, right-to-left override, zero-width space, bell,
bidi isolates, the one-byte CSI, line separator, BOM)."""
ATTACK = f"{ESC}]0;pwned{chr(7)}{ESC}[2J{BIDI}gnp.exe{ZW}"


def _names(t) -> None:
    find(t, "person:maira-mora")["name"]["en"]["text"] = f"Maira{BIDI} Mora{ZW}"
    find(t, "person:maira-mora")["aliases"].append("\u2066Mora\u2069\ufeff")


def _language_key(t) -> None:
    find(t, "country:lv")["name"][ATTACK] = {"basis": "source", "text": "Latvija"}


def _table_key(t) -> None:
    t[ATTACK] = {"1": dict(find(t, "country:lv"))}


def _document_key(t) -> None:
    people = t["people"]
    key = next(k for k, doc in people.items() if doc["id"] == "person:maira-mora")
    people[ATTACK] = people.pop(key)


def _participant(t) -> None:
    visit = next(doc for doc in t["visits"].values() if doc.get("people"))
    visit["people"][0]["person"] = f"person:{ATTACK}"


def _citation_source(t) -> None:
    find(t, "country:lv")["citations"][0]["source"] = f"source:{ATTACK}"


def _record_id(t) -> None:
    find(t, "person:maira-mora")["id"] = f"person:maira{ZW}-mora{BIDI}"


STORES = {"names": _names, "language-key": _language_key, "table-key": _table_key, "document-key": _document_key,
          "participant": _participant, "citation-source": _citation_source, "record-id": _record_id}
COMMANDS = [["list", "people"], ["list", "countries"], ["list", "visits"], ["show", "person:maira-mora"],
            ["show", "country:lv"], ["who", "LV", "BY", "--on", "2005"], ["search", "mora"], ["check"]]


def envoys(*argv: str) -> tuple[int, str, str]:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb"}  # so that any escape in the output is the store's
    proc = subprocess.run([sys.executable, "main.py", *argv], cwd=REPO, capture_output=True, timeout=120, env=env,
                          stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def assert_nothing_raw(code: int, out: str, err: str, what: object) -> None:
    assert code in (0, 1, 2), (what, code, err)
    for char in RAW:
        assert char not in out and char not in err, (what, repr(char), out[-300:], err)
    assert "Traceback" not in err, (what, err)
    if code == 2:
        assert err.count("\n") == 1, (what, err)


def test_safe_escapes_controls_bidi_zero_width_and_keeps_everything_else():
    assert safe(ATTACK) == "\\x1b]0;pwned\\x07\\x1b[2J\\u202egnp.exe\\u200b"
    assert safe("a\nb\r\tc\u2028d\udcff\x00\x7f\x9b") == "a\\nb\\r\\tc\\u2028d\\udcff\\x00\\x7f\\x9b"
    kept = "Rinkēvičs Ринкевичс שלום 🇱🇻 e\u0301 a\u00a0b [b]markup[/b] C:\\path"
    assert safe(kept) == kept


@pytest.mark.parametrize("variant", sorted(STORES))
def test_a_hostile_store_never_writes_raw_controls_to_the_terminal(tmp_path, variant):
    store = write_store(tmp_path, STORES[variant])
    page = tmp_path / "page.txt"
    page.write_text(INVENTED, encoding="utf-8")
    for argv in [*COMMANDS, ["import", str(page), "--dry-run"]]:
        assert_nothing_raw(*envoys(*argv, "--db", str(store)), (variant, argv))


def test_paths_with_escapes_and_line_breaks_stay_on_one_line_escaped(tmp_path):
    folder = tmp_path / f"dir{ESC}[31m{BIDI}"
    folder.mkdir()
    page = folder / f"page{ESC}]0;x{chr(7)}\nsecond line{ZW}.txt"
    page.write_text(INVENTED, encoding="utf-8")
    clean_page = tmp_path / "latvia-georgia.txt"
    clean_page.write_text(INVENTED, encoding="utf-8")
    store = folder / f"store\n{ESC}[2J.json"
    for argv in (["import", str(page), "--db", str(store)],  # refused: the file name would be a source's field
                 ["import", str(page), "--db", str(store), "--dry-run"],
                 ["import", str(clean_page), "--db", str(store), "--accept", "--skip", "visit:2019-06-03-zalkaliani"],
                 ["import", str(clean_page), "--db", str(store), "--accept"],  # the visit: now with a .bak to mention
                 ["list", "people", "--db", str(folder / f"missing{ESC}[2J\n.json")],
                 ["import", str(folder / f"missing{ESC}\n.txt"), "--db", str(store)],
                 ["check", "--sources", str(folder / f"x{ESC}\n")]):
        code, out, err = envoys(*argv)
        assert_nothing_raw(code, out, err, argv)
        for line in (out + err).splitlines():
            assert "second line" not in line or "\\n" in line, "a line break in a path never splits a message"
    assert store.exists() and store.with_name(store.name + ".bak").exists()


async def test_the_app_shows_bidi_and_zero_width_characters_escaped(tmp_path):
    app = make_app(db_path=write_store(tmp_path, _names))
    app.animation_level = "none"
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        screens = [app.export_screenshot()]
        app.open_record("person:maira-mora")
        await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
        screens.append(app.export_screenshot())
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s", *"mora")
        await settle(pilot, lambda: "Search" in type(app.screen).__name__)
        await app.workers.wait_for_complete()
        await pilot.pause()
        screens.append(app.export_screenshot())
    for svg in screens:
        for char in RAW:
            assert char not in svg, repr(char)
    assert "\\u202e" in screens[0] or "\\u202e" in screens[1], "the override is shown, as an escape"


def test_error_messages_escape_the_store_path(tmp_path):
    """StoreError and the import's errors name paths through data.paths.shown, which is safe()."""
    from data.paths import shown

    assert shown(Path(f"a{ESC}[2J\nb")) == "a\\x1b[2J\\nb"
