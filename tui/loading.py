"""A large store not cached yet is read and cached by a child process, so that `q` quits at once.

Reading such a store (parsing 200 MB of JSON, checking every record) holds the interpreter's
lock for long stretches: the parser is C, and a thread in it lets no other run, the one reading
the keyboard included. Measured at 250,000 records, `q` pressed 1.5 s into a first run waited
2.9 s. A child process (`python -m tui.loading`) reads, checks and caches the store instead; the
app then reads the cache a few tables at a time, as on any later start, and quitting kills the
child. Meanwhile the child builds the search index and saves it beside the tables, so that the
first search, in the app or on the command line, reads it rather than building it (about 9 s
at 250,000 records). A store under `CHILD_ABOVE` is read in the app's process: its parse is short, and the
child's extra read-back would cost more than it saves.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from data.errors import StoreError

CACHED = b"cached"  # what the child says once the tables are cached, then the digest of the bytes it read
# and the file's identity as it read them (`data.staged.vouch`), on one line
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
    or stops). The child says "cached" as soon as the tables are, and goes on to build and save
    the search index beside them while the app reads the tables back; leaving the app stops it."""
    root = str(Path(__file__).resolve().parents[1])  # where `data` is, installed or not
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen([sys.executable, "-m", "tui.loading", str(path)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=errors, env=env)
        _children.add(child)
        said: list[bytes] = []
        heard = threading.Event()

        def listen() -> None:  # a thread, where a read may block: portable, unlike select on a pipe
            assert child.stdout is not None
            said.append(child.stdout.readline())
            heard.set()

        threading.Thread(target=listen, name="envoys-child", daemon=True).start()
        code: int | None = None
        cached = False
        try:
            while not heard.wait(0.05):
                if cancelled():
                    break
            else:
                cached = _said_cached(path, said[0])
                if cached:
                    return True  # the child goes on with the index: it stays in `_children`
                code = child.wait()
        finally:
            if code is None and not cached:
                with contextlib.suppress(OSError):
                    child.kill()
                child.wait()
            if child.poll() is not None:
                _children.discard(child)
        if code == 2:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            if lines:
                raise StoreError(lines[-1])
        return False


def _said_cached(path: Path, line: bytes) -> bool:
    """Whether the child's line says the store is cached; if so, its word on the bytes' digest
    is handed to `data.staged` (the app then reads the cache without hashing the file again)."""
    from data.staged import vouch

    words = line.split()
    if not words or words[0] != CACHED:
        return False
    if len(words) == 7:
        with contextlib.suppress(ValueError):
            vouch(path, tuple(int(word) for word in words[2:]), words[1].decode("ascii"))
    return True


def main(argv: list[str] | None = None) -> int:
    """`python -m tui.loading PATH`: read, check and cache a store whole (with its counts), say
    "cached" on stdout, then save the referrers (for `envoys show`) and build the search index
    and save it with the cache, so that the app's first search (or the command line's) reads it
    rather than building it. A bad store: its first problem as one line on stderr, exit code 2."""
    from data.cache import referrers_of
    from data.errors import EnvoysError
    from data.staged import identity_of, save_counts, tables_of_store
    from data.store import load_store

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tui.loading PATH", file=sys.stderr)
        return 2
    try:
        store = load_store(args[0])
        save_counts(store)
    except EnvoysError as error:
        print(error, file=sys.stderr)
        return 2
    if store.cache is None:
        return 0  # nothing cached (no cache folder): the app reads the store itself
    identity = identity_of(store.cache.stat)
    sys.stdout.buffer.write(b" ".join([CACHED, store.cache.expected.digest.encode(), *map(b"%d".__mod__, identity)])
                            + b"\n")
    sys.stdout.flush()
    # What is left is for later (a first `show`, a first search): on a busy machine the app
    # reading the tables back, which the user waits for, goes first.
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(10)
    store.cache.save_referrers(referrers_of(tables_of_store(store)))
    from search.index_cache import load_or_build

    load_or_build(store)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
