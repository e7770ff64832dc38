"""`envoys search`'s first run: the search index built in a forked child while the cache is written.

A store not cached yet is decoded, then its cache written (about 2 s at 250,000 records), then
the index built and saved (about 5 s). Neither needs the other, so on a second core they can
run side by side: `data.store.load_store` calls `IndexInChild.start` between decoding and
writing the cache; the child (a fork: the decoded records are shared, copy-on-write) builds
the index and saves it with the cache, atomically as ever (`StoreCache.save_blob`); the parent
writes the cache, waits for the child, and reads the saved index in place (0.07 s), as a second
run does, so the answer is the same bytes.

Nothing here is trusted: the saved index is read back like any other (keyed by the store's
digest and the search code, MAC'd), and when the child fails, is killed or saves nothing, the
parent finds no index and builds it itself, as before. Used only where it is safe to fork: a
POSIX system, one thread (a fork copies no other thread, and their locks could be held), a
cache that can be written.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

from data.cache import StoreCache
from data.store import Store
from search.index import SearchIndex
from search.index_cache import save_built


class IndexInChild:
    """Build and save a store's search index in a forked child; `wait` for it."""

    def __init__(self) -> None:
        self.pid: int | None = None

    def start(self, store: Store, cache: StoreCache) -> None:
        """`load_store`'s `before_save`: fork a child that builds and saves the index, when safe."""
        if not hasattr(os, "fork") or cache.key is None or threading.active_count() != 1:
            return
        for stream in (sys.stdout, sys.stderr):  # nothing buffered twice (the child never flushes anyway)
            if stream is not None:
                try:
                    stream.flush()
                except (OSError, ValueError):
                    return
        try:
            pid = os.fork()
        except OSError:
            return  # no process to spare: the parent builds it, as before
        if pid == 0:
            self._child(store, cache)  # never returns
        self.pid = pid

    @staticmethod
    def _child(store: Store, cache: StoreCache) -> None:
        code = 1
        try:
            # Ctrl-C reaches the whole process group: the child simply ends (the parent reports it).
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            save_built(cache, SearchIndex.build(store))
            code = 0
        except BaseException:  # any failure: the parent builds the index itself
            code = 1
        finally:
            os._exit(code)  # no atexit, no flushing of the parent's buffers, no teardown

    def wait(self) -> bool:
        """Wait for the child; True when it ended well (the parent then reads the index it saved;
        otherwise it finds none and builds it). On an interruption the child is killed first."""
        if self.pid is None:
            return False
        try:
            _, status = os.waitpid(self.pid, 0)
        except BaseException:
            self.cancel()
            raise
        self.pid = None
        return os.waitstatus_to_exitcode(status) == 0

    def cancel(self) -> None:
        """Kill the child, if any (it leaves no half-written index: saves are atomic) and reap it."""
        if self.pid is None:
            return
        pid, self.pid = self.pid, None
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
