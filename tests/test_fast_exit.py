"""The console entry point ends a read-only command with `os._exit`, losing nothing.

`main.run` skips the interpreter's teardown (0.27 s of freeing a 250k store) only after the
answer is flushed, with no atexit callback and no non-daemon thread left; everything else exits
as before. Real processes: the fast exit only happens there (tests call `main.main` in-process).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from main import main

REPO = Path(__file__).resolve().parents[1]

TORN_DOWN = """
import os, sys, main
_real_exit = os._exit
_parent = os.getpid()
def _witnessed_exit(code):  # says the fast exit was taken (by this process, not a child)
    if os.getpid() == _parent:
        sys.stderr.write("fast exit\\n")
        sys.stderr.flush()
    _real_exit(code)
os._exit = _witnessed_exit
{setup}
sys.argv = ["envoys", *{argv!r}]
main.run()
"""


def run_entry(argv: list[str], setup: str = "", cache: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = None
    if cache is not None:
        import os

        env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", TORN_DOWN.format(setup=setup, argv=argv)], cwd=REPO,
                          capture_output=True, timeout=120, env=env, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("argv", [["list", "visits", "--json"], ["show", "person:maira-mora", "--json"],
                                  ["who", "LV", "BY", "--on", "2005"], ["search", "mora", "--json"]])
def test_a_read_only_command_skips_the_teardown_and_its_whole_answer_arrives(tmp_path, capsys, argv):
    result = run_entry(argv, cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b"fast exit\n"
    assert main(argv) == 0  # in-process: the same answer, byte for byte
    assert result.stdout.decode("utf-8") == capsys.readouterr().out
    if "--json" in argv:
        json.loads(result.stdout)


def test_exit_codes_are_kept(tmp_path):
    refused = run_entry(["show", "person:nobody-at-all"], cache=tmp_path / "cache")
    assert refused.returncode == 2 and refused.stderr.count(b"\n") == 2 and refused.stderr.endswith(b"fast exit\n")
    bad_option = run_entry(["list", "nothing"], cache=tmp_path / "cache")
    assert bad_option.returncode == 2 and b"fast exit" not in bad_option.stderr  # argparse's own exit


def test_an_atexit_callback_gets_the_ordinary_exit(tmp_path):
    setup = "import atexit; atexit.register(lambda: sys.stderr.write('atexit ran\\n'))"
    result = run_entry(["list", "countries", "--json"], setup, cache=tmp_path / "cache")
    assert result.returncode == 0 and result.stderr == b"atexit ran\n"


def test_a_thread_still_working_is_waited_for(tmp_path):
    # The thread ends only once the exit has been decided (a sleep lost the race on a busy machine:
    # a command slower than the sleep found the thread gone and rightly took the fast exit).
    setup = ("import threading\n"
             "decided = threading.Event()\n"
             "_decide = main._nothing_left_at_exit\n"
             "main._nothing_left_at_exit = lambda: (_decide(), decided.set())[0]\n"
             "threading.Thread(target=lambda: (decided.wait(), sys.stderr.write('thread done\\n'))).start()")
    result = run_entry(["list", "countries", "--json"], setup, cache=tmp_path / "cache")
    assert result.returncode == 0 and result.stderr == b"thread done\n"


def test_output_to_a_closed_pipe_still_exits_quietly_with_zero(tmp_path):
    proc = subprocess.Popen([sys.executable, "main.py", "list", "visits", "--json"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**__import__("os").environ, "BALTIC_ENVOYS_CACHE_DIR": str(tmp_path / "c")})
    assert proc.stdout.read(1) == b"["  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]
    assert proc.wait(timeout=60) == 0
    assert proc.stderr.read() == b""  # type: ignore[union-attr]


def test_the_entry_point_keeps_the_store_for_the_exit_and_main_does_not(capsys):
    from data.store import Store
    from main import _main

    kept: list[object] = []
    assert _main(["who", "LV", "BY", "--on", "2005"], keep=kept) == (0, "who")
    assert any(isinstance(item, Store) for item in kept)  # not freed on dispatch's return
    kept_check: list[object] = []
    assert _main(["check"], keep=kept_check)[1] == "check" and len(kept_check) == 2  # the records, the problems
