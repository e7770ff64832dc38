"""The app, round two, as a real process on a pseudo-terminal: SIGTERM, SIGHUP and SIGINT leave
the terminal as it was (alternate screen left, cursor shown, mouse reporting off) with exit code
128 + signal; `q` while a large store is still loading quits at once; a FIFO as the settings
file does not hang the start."""

from __future__ import annotations

import copy
import json
import os
import signal
from pathlib import Path

import pytest

from data.store import EMBEDDED_STORE
from tests.ptyrun import ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN, MOUSE_OFF, SHOW_CURSOR, PtyApp


def assert_terminal_restored(output: bytes) -> None:
    entered = output.find(ENTER_ALT_SCREEN)
    assert entered >= 0, "the app had started"
    after = output[output.rfind(LEAVE_ALT_SCREEN):]
    assert output.rfind(LEAVE_ALT_SCREEN) > entered, "the alternate screen is left"
    assert SHOW_CURSOR in after, "the cursor is shown again"
    assert MOUSE_OFF in output[entered:], "mouse reporting is turned off"


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_restores_the_terminal_and_exits_128_plus_its_number(private_settings, name):
    signum = getattr(signal, name)
    app = PtyApp(env={"BALTIC_ENVOYS_CONFIG_DIR": str(private_settings)})
    try:
        assert app.wait_for(b"Envoys"), bytes(app.output[-500:])
        app.read(0.5)
        app.proc.send_signal(signum)
        code = app.finish(30)
    finally:
        app.close()
    assert code == 128 + signum, bytes(app.output[-500:])
    assert_terminal_restored(bytes(app.output))
    assert b"Traceback" not in app.output


def big_store(path: Path, people: int) -> Path:
    """The shipped store with `people` more (valid) people: tens of MB that take seconds to load."""
    tables = json.loads(EMBEDDED_STORE.read_text(encoding="utf-8"))
    model = next(iter(tables["people"].values()))
    table = tables["people"]
    for n in range(people):
        person = copy.deepcopy(model)
        person["id"] = f"person:synthetic-{n}"
        person["name"]["en"] = {"basis": "established", "text": f"Synthetic Person {n}"}
        person["aliases"] = [f"Synthetic {n}", f"Person {n} Synthetic"]
        table[f"s{n}"] = person
    path.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    return path


def test_q_while_a_large_store_loads_quits_at_once(tmp_path, private_settings):
    store = big_store(tmp_path / "big.json", 120_000)
    assert store.stat().st_size > 50_000_000
    app = PtyApp("--db", str(store), env={"BALTIC_ENVOYS_CONFIG_DIR": str(private_settings)})
    try:
        assert app.wait_for(b"Envoys"), bytes(app.output[-500:])
        app.read(0.3)
        app.press(b"q")
        code = app.finish(8)  # loading the whole store takes far longer than this
    finally:
        app.close()
    assert code == 0, f"the app still ran 8 s after q (or exited with {code})"
    assert_terminal_restored(bytes(app.output))
    assert b"Traceback" not in app.output


def test_a_fifo_as_the_settings_file_does_not_hang_the_start(private_settings):
    os.mkfifo(private_settings / "settings.json")
    app = PtyApp(env={"BALTIC_ENVOYS_CONFIG_DIR": str(private_settings)})
    try:
        started = app.wait_for(b"Envoys", 30)
        app.read(0.5)
        app.press(b"l")  # switching the language saves the setting: the FIFO must not be replaced
        app.read(0.5)
        app.press(b"q")
        code = app.finish(30)
    finally:
        app.close()
    assert started, bytes(app.output[-500:])
    assert code == 0
    assert (private_settings / "settings.json").is_fifo()
