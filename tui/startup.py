"""The cyclic garbage collector while the app starts.

Importing Textual, the app and the data layer, and building the first frame, make a few hundred
thousand objects that live as long as the process (modules, classes, functions, styles). With
Python's default threshold the collector walks its youngest generation every 700 of them: about
a hundred collections before the first frame, which free next to nothing and took about 8% of
the CPU time to the first frame with rows on the shipped store (`startup_bench.py`). `relax`
raises that threshold for the start (the launcher calls it before importing the app); the app
puts it back (`restore`) once its first frame shows rows, or once its first frame is drawn when
a large store comes later. The collector is never switched off here, so the data layer's own
pause while it decodes a store (`data.storefile.collector_paused`) works as before.
"""

from __future__ import annotations

import gc

START_THRESHOLD = 100_000
"""Allocations between two collections of the youngest generation while the app starts."""

_saved: tuple[int, int, int] | None = None


def relax() -> None:
    """Collect less often until `restore` (nothing if already relaxed)."""
    global _saved
    if _saved is None:
        _saved = gc.get_threshold()
        gc.set_threshold(max(START_THRESHOLD, _saved[0]), *_saved[1:])


def restore() -> None:
    """The thresholds as they were before `relax` (nothing if not relaxed)."""
    global _saved
    if _saved is not None:
        gc.set_threshold(*_saved)
        _saved = None
