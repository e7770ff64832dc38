"""Proof that a run writes nothing it should not: file fingerprints and a write watcher.

`fingerprint(path)` is the SHA-256, size and modification time of a file: equal before and
after a run means not one byte was changed, and not even rewritten with the same bytes.

`watch_writes()` records, while it is active, every file the process opens for writing and
every file it renames, removes, truncates or changes the mode of, through Python's audit hooks
(PEP 578): TinyDB, Textual, the tool's own code and any library all open files through the
same audited calls, so a write cannot slip past. The hook is installed once per process and
stays idle while no watch is active.

Writes into the store cache's folder (`BALTIC_ENVOYS_CACHE_DIR`, which tests/conftest.py points
at a throwaway folder) are not recorded: the cache is derived data that every reading command
may write; tests/test_cache.py checks what is written there, and that nothing is written beside
the store.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_PATH_EVENTS = {  # event -> positions of the path arguments
    "os.rename": (0, 1),  # os.rename and os.replace
    "os.remove": (0,),    # os.remove and os.unlink
    "os.truncate": (0,),
    "os.chmod": (0,),
    "os.link": (0, 1),
    "os.symlink": (1,),
    "os.rmdir": (0,),
    "shutil.copyfile": (1,),
    "shutil.move": (0, 1),
}

_watches: list[list[Write]] = []
_installed = False


@dataclass(frozen=True)
class Write:
    event: str
    path: str  # absolute

    def __str__(self) -> str:
        return f"{self.event} {self.path}"


@dataclass(frozen=True)
class Fingerprint:
    sha256: str
    size: int
    mtime_ns: int


def fingerprint(path: Path) -> Fingerprint:
    data = Path(path).read_bytes()
    stat = Path(path).stat()
    return Fingerprint(hashlib.sha256(data).hexdigest(), stat.st_size, stat.st_mtime_ns)


def _absolute(path: object) -> str | None:
    if isinstance(path, int) or path is None:
        return None  # a file descriptor: its opening was seen already
    try:
        return os.path.abspath(os.fsdecode(path))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _hook(event: str, args: tuple[object, ...]) -> None:
    if not _watches:
        return
    try:
        if event == "open":
            path, _mode, flags = args
            if not isinstance(flags, int) or not flags & _WRITE_FLAGS:
                return
            found = [("open for writing", path)]
        elif event in _PATH_EVENTS:
            found = [(event, args[i]) for i in _PATH_EVENTS[event] if i < len(args)]
        else:
            return
        cache = os.environ.get("BALTIC_ENVOYS_CACHE_DIR")
        cache = os.path.abspath(cache) + os.sep if cache else None
        for name, path in found:
            absolute = _absolute(path)
            if absolute is not None and not (cache and absolute.startswith(cache)):
                for watch in _watches:
                    watch.append(Write(name, absolute))
    except Exception:
        return


@contextmanager
def watch_writes() -> Iterator[list[Write]]:
    """Collect every write of the process (any thread) into the list it yields."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True
    writes: list[Write] = []
    _watches.append(writes)
    try:
        yield writes
    finally:
        _watches.remove(writes)


def outside(writes: list[Write], *allowed: Path) -> list[str]:
    """The writes that touch anything but the folders in `allowed`."""
    roots = [os.path.abspath(a) for a in allowed]
    return [str(w) for w in writes if not any(w.path == r or w.path.startswith(r + os.sep) for r in roots)]
