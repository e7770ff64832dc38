"""What a command writes for the next run, written after it has answered, by a detached child.

`envoys search`'s first run on a store not cached yet decodes the store, builds the index and
answers; hashing the store's bytes (the cache's key) and writing the store's cache and the
index for the next run (about 3 s of CPU at 250,000 records) need not keep the user waiting.
Like `git gc --auto`, the program forks once its answer is flushed: the parent exits at once
(the prompt is back), and the child, in a session of its own, with nothing open on the terminal
and at a lower priority, hashes the very bytes the parent decoded and writes the cache from the
store and index it inherits (nothing is read or built twice; the parent is gone, so the pages
they share are not copied for it), then ends.

Why it can be trusted:
- The child writes what the parent answered from, as the parent would have: the same atomic
  writes (a temporary file, then a rename), the manifest after the tables, each part MAC'd for
  the bytes the parent read. A child killed at any point leaves the cache as it was before, or
  some of its files complete: never a file half written, never one that passes for another
  store's bytes.
- While it writes, it holds the store's builder lock (`data.cache.BUILDER_LOCK`, an `flock`,
  released by the kernel however the child ends). A next `search` or `show` that finds no
  cache for the store waits for the lock (`data.cache.hashed_meanwhile`), then reads what the
  child wrote, or, if it wrote nothing (killed, a full disk), reads the store as a first run.
- Only one child writes a store's cache: when the lock is taken (another child is at it), this
  run leaves the writing to it.
- Without `os.fork` (Windows), or when called in-process (tests, `main()`), the writes are made
  at once, before returning, as before.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable

from data.cache import StoreCache


def after_answer(cache: StoreCache | None, work: list[Callable[[], None]]) -> bool:
    """Make each call of `work` (writes of `cache`) in a detached child, the answer already out:
    True when a child was started, or another process already holds the store's builder lock
    (it writes the cache). False when no child can be had: the work is then done here, now."""
    if not work:
        return False
    lock = cache.hold_builder() if cache is not None and hasattr(os, "fork") else None
    if lock is None:
        if cache is not None and hasattr(os, "fork") and cache.folder.is_dir() and _held(cache):
            return True  # another run's child is writing this store's cache
        for step in work:
            step()
        return False
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        pid = os.fork()
    except OSError:
        os.close(lock)
        for step in work:
            step()
        return False
    if pid:
        os.close(lock)  # the child's copy holds the lock until it ends
        return True
    _child(work)  # never returns


def _held(cache: StoreCache) -> bool:
    """Whether another process holds the store's builder lock now."""
    return cache.wait_for_builder(timeout=0.0)


def _child(work: list[Callable[[], None]]) -> None:
    try:
        os.setsid()  # no terminal: neither ^C nor a closed terminal reaches it
        null = os.open(os.devnull, os.O_RDWR)
        for target in (0, 1, 2):  # a pipe reading the answer sees its end when the parent exits
            os.dup2(null, target)
        with contextlib.suppress(OSError):
            os.nice(10)  # the user's next command goes first
        gc.disable()  # it ends in seconds: the collector would only walk the store again
        for step in work:
            step()
    except BaseException:  # nothing to report to: the next run reads the store itself
        pass
    finally:
        os._exit(0)
