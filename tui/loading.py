"""A large store not cached yet is read and cached by a child process, so that `q` quits at once.

Reading such a store (parsing 200 MB of JSON, checking every record) holds the interpreter's
lock for long stretches: the parser is C, and a thread in it lets no other run, the one reading
the keyboard included. Measured at 250,000 records, `q` pressed 1.5 s into a first run waited
2.9 s. A child process (`python -m data.staged`) reads, checks and caches the store instead; the
app then reads the cache a few tables at a time, as on any later start, and quitting kills the
child. A store under `CHILD_ABOVE` is read in the app's process: its parse is short, and the
child's extra read-back would cost more than it saves.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from data.errors import StoreError

CHILD_ABOVE = 32 * 2**20  # bytes: a smaller store parses in under a second, and its child would cost more

_children: set[subprocess.Popen[bytes]] = set()


@atexit.register
def stop_children() -> None:
    """The app is leaving (`q` during the load): a child still caching the store goes with it.
    Its loader thread, a daemon, is not waited for: the app calls this as it unmounts (and at
    exit, should it not have)."""
    for child in list(_children):
        with contextlib.suppress(OSError):
            child.kill()
            child.wait(5)


def worth_a_child(path: Path) -> bool:
    try:
        return path.stat().st_size >= CHILD_ABOVE
    except OSError:
        return False  # reading it in-process says why, in the command line's words


def cache_in_child(path: Path, cancelled: Callable[[], bool]) -> bool:
    """Read, check and cache the store at `path` in a child process. True when the child has
    cached it; raises StoreError with the child's one line when the store is bad; False when the
    child could not do it (no cache folder, killed, cancelled: the caller reads the store itself,
    or stops)."""
    root = str(Path(__file__).resolve().parents[1])  # where `data` is, installed or not
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen([sys.executable, "-m", "data.staged", str(path)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _children.add(child)
        try:
            while True:
                try:
                    code = child.wait(0.05)
                    break
                except subprocess.TimeoutExpired:
                    if cancelled():
                        return False
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
            _children.discard(child)
        if code == 2:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            if lines:
                raise StoreError(lines[-1])
        return code == 0
