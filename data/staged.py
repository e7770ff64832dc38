"""A store's cached tables read a few at a time: the app shows one tab before the others are read.

`load_store` reads every table it is asked for before it returns; the app instead asks for the
tables its visible tab needs, shows them, and reads the rest in the background (127,000 visits
take over a second to decode at 250,000 records). This reads only from the derived cache
(`data.cache`), through its public `load`: a store not cached yet (or changed since) is a miss,
and the caller loads it whole with `load_store`, which checks it and rebuilds the cache.

With the cache it keeps one more piece of derived data: how many records of each class name
each record (the Countries tab's "visits" column, the People tab's "postings"), so that a tab
can show its counts before the records counted are read. They are saved as a blob of the same
cache (tied to the same store bytes, MAC'd, and to this code's version), written once a whole
store has been read.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import msgspec

from data import model as m
from data.cache import StoreCache, named_counts
from data.sharing import Sharer
from data.store import ALL_TABLES, EMBEDDED_STORE, TABLE_OF, Store
from data.storefile import StoreStorage, collector_paused

COUNTS_BLOB = "related-counts"
TABLE_CLASSES = {table: cls for cls, table in TABLE_OF.items()}
_Counts = dict[str, dict[str, int]]


def _counts_version() -> str:
    """What the saved counts were computed by: the modules that find a record's references, count
    them and cache them (their source files' bytes, so that any change to them makes every saved
    count a miss). The files whole, not the functions: `inspect.getsource` tokenised them at every
    start (2.8 ms of a 0.19 s start-up); a change elsewhere in them only costs one recount."""
    from data import cache, integrity, store

    digest = hashlib.blake2b(digest_size=16)
    for module in (integrity, cache, store):
        try:
            digest.update(Path(module.__file__ or "").read_bytes())
        except OSError:  # no source installed: nothing says what counted, so no saved count is used
            digest.update(os.urandom(16))
    digest.update(msgspec.__version__.encode())
    return digest.hexdigest()


class CachedTables:
    """The cache of the store file at `path` (None: the shipped one), read table by table.

    Raises StoreError when the file cannot be read at all (the caller's `load_store` then says
    why in its own words). `cancelled` is asked between tables.
    """

    def __init__(self, path: Path | str | None, cancelled: Callable[[], bool] = lambda: False) -> None:
        self.path = Path(path) if path is not None else EMBEDDED_STORE
        self.cache = StoreCache(self.path, *(_vouched(self.path) or StoreStorage(self.path).fingerprint()))
        self.cancelled = cancelled
        self._store: Store | None = None  # every table read so far
        self._counts: _Counts | None = None
        self._counts_read = False
        self._sharer = Sharer()

    @property
    def tables(self) -> frozenset[str]:
        return self._store.tables if self._store is not None else frozenset()

    def counts(self) -> _Counts | None:
        """The saved counts for these bytes, or None (not saved yet, or for other code)."""
        if not self._counts_read:
            self._counts_read = True
            data = self.cache.load_blob(COUNTS_BLOB, _counts_version())
            if data is not None:
                try:
                    self._counts = msgspec.msgpack.decode(data, type=_Counts)
                except (msgspec.DecodeError, msgspec.ValidationError):
                    self._counts = None
        return self._counts

    def read(self, tables: Iterable[str]) -> Store | None:
        """A store of every table read so far and `tables`; None when the cache cannot give them
        (missing, stale, damaged: read the store whole instead) or when cancelled."""
        wanted = [table for table in dict.fromkeys(tables) if table not in self.tables]
        # Millions of acyclic objects: the cycle collector paused while they are made (its passes
        # would walk them again and again, as in `load_store`), and they are frozen out of its sight.
        with collector_paused():
            store = self._read(wanted)
            gc.freeze()
        return store

    def _read(self, wanted: list[str]) -> Store | None:
        found: list[m.Record] = []
        for table in wanted:
            if table not in ALL_TABLES:
                raise ValueError(f"unknown table: {table}")
            records = self.cache.load([table], self.cancelled)
            if records is None:
                return None
            self._sharer.share(records)
            found += records
        if self._store is None:
            store = Store(found, self.path, ordered=True, tables=wanted, counts=self.counts())
        else:
            store = self._store.extended(found, wanted)
        if store.holds(ALL_TABLES) and wanted:
            # In the store's own table order, as `load_store` gives it (the search index, built
            # from a store the first time, numbers its records in this order).
            in_order = (record for table in ALL_TABLES for record in store.all(TABLE_CLASSES[table]))
            store = Store(in_order, self.path, ordered=True, counts=self.counts())
            store.cache = self.cache  # a whole store: derived data (the search index) may be kept
        self._store = store
        return store


_VOUCHED: dict[str, tuple[tuple[int, ...], str]] = {}  # resolved path -> (its `identity_of`, digest)


def identity_of(status: os.stat_result) -> tuple[int, ...]:
    """What changes whenever a file's bytes may have: the change time included, which a write
    always sets and `os.utime` cannot set back (an edit keeping the size and modification time)."""
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)


def vouch(path: Path, identity: tuple[int, ...], digest: str) -> None:
    """Another process (`tui.loading`, which has just read, hashed and cached the store at `path`)
    says its bytes hash to `digest` while the file's `identity_of` is `identity`: the next
    `CachedTables` of that file takes its word, once, rather than hashing 200 MB again, if
    the file is still the same (else it hashes it, and reads no cache made for other bytes)."""
    _VOUCHED[str(path.resolve())] = (tuple(identity), digest)


def _vouched(path: Path) -> tuple[os.stat_result, str] | None:
    said = _VOUCHED.pop(str(path.resolve()), None)
    if said is None:
        return None
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status, said[1]) if identity_of(status) == said[0] else None


def save_counts(store: Store) -> None:
    """Save the counts of a whole store with its cache, for the next start (nothing without a
    cache): `Store.related_counts` of every class, counted as `data.cache.named_counts` counts
    them (in a third of the time: 0.4 s at 250,000 records)."""
    if store.cache is None or not store.holds(ALL_TABLES):
        return
    counts = named_counts(tables_of_store(store))
    store.cache.save_blob(COUNTS_BLOB, _counts_version(), msgspec.msgpack.encode(counts))


def tables_of_store(store: Store) -> dict[str, list[m.Record]]:
    """A store's records by table, each table in its natural order (the order the cache keeps)."""
    return {table: store.all(cls) for table, cls in TABLE_CLASSES.items()}


def counts_saved(store: Store) -> bool:
    """Whether the counts of this (whole) store are saved with its cache for these bytes and this code."""
    return store.cache is not None and store.cache.load_blob(COUNTS_BLOB, _counts_version()) is not None
