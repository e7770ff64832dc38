"""The store: every record of a store file in memory, with the relations precomputed both ways.

Loading (`load_store`) reads the file once through TinyDB's storage interface (`data.storefile`,
read-only). A sound store is decoded and checked in C (`data.fastdecode`); at any doubt the
careful path checks its schema version (`data.schema`) and decodes and validates every record
(`data.validate`) to name the first problem. The result is kept in a derived cache (`data.cache`)
so that the next run reads back only the tables it needs. Every query, filter and keystroke is
then answered from the records in memory.
"""

from __future__ import annotations

import gc
import hashlib
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from data import model as m
from data.cache import NAMES, StoreCache
from data.embedded import EMBEDDED_STORE
from data.errors import StoreError, UnknownRecordError
from data.integrity import integrity_problems, reference_problems, references
from data.paths import shown
from data.problems import Problem
from data.schema import META_TABLE, SCHEMA_VERSION, schema_version
from data.storefile import StoreStorage, check_readable, collector_paused, read_documents
from data.validate import decode_tables, validate

ALL_TABLES: tuple[str, ...] = tuple(table for table, _cls in m.KINDS.values())
TABLE_OF: dict[type, str] = {cls: table for table, cls in m.KINDS.values()}

__all__ = [  # what callers imported from here before the split, kept for them
    "ALL_TABLES", "EMBEDDED_STORE", "META_TABLE", "SCHEMA_VERSION", "LoadCancelled", "Problem", "Store",
    "check_readable", "decode_tables", "integrity_problems", "load_store", "read_documents",
    "reference_problems", "references", "schema_version", "validate",
]

R = TypeVar("R", bound=m.Record)


class LoadCancelled(Exception):
    """`load_store` stopped between two steps because its `cancelled` callable said so."""


class Store:
    """Every record of a store (or of the tables asked for) in memory, with relations both ways.

    `ordered=True` says the records already come in their natural order (as the cache keeps
    them), which spares sorting them again. `tables` names the tables the records are all of
    (default: every table), for a store read a few tables at a time (`data.staged`); `counts`
    are how many records of each class (by class name) name each record id, saved with the
    cache (`data.staged`): `count_related` answers from them without the records counted.
    """

    def __init__(
        self, records: Iterable[m.Record], path: Path | None = None, *, ordered: bool = False,
        tables: Iterable[str] | None = None, counts: dict[str, dict[str, int]] | None = None,
    ) -> None:
        self.path = path
        self.cache: StoreCache | None = None  # where derived data of this store may be kept (set by load_store)
        self.tables = frozenset(ALL_TABLES if tables is None else tables)
        self._counts = counts or {}
        self._by_id: dict[str, m.Record] = {}
        self._by_kind: dict[type, list[m.Record]] = defaultdict(list)
        self._related_by_class: dict[type, dict[str, list[m.Record]]] = {}
        self._add(records)
        if not ordered:
            for cls, kind in self._by_kind.items():
                _sort_naturally(cls, kind)

    def _related_of(self, cls: type) -> dict[str, list[m.Record]]:
        # target id -> the records of `cls` naming it, in natural order. Built on first use, once
        # per class: the People tab's count of postings walks the envoys only, not every visit.
        related = self._related_by_class.get(cls)
        if related is None:
            # (`data.cache.NAMES`: what a record names, citations aside, each once; as `references`
            # yields them, a quarter of its cost: `who` pays it on the envoys at every run.)
            names = NAMES.get(cls)
            found: defaultdict[str | None, list[m.Record]] = defaultdict(list)
            with collector_paused():
                for record in self._by_kind.get(cls, ()) if names is not None else ():  # in natural order
                    for target in names(record):  # type: ignore[misc]
                        found[target].append(record)
            found.pop(None, None)
            found.pop("", None)
            related = {target: records for target, records in found.items()  # type: ignore[misc]
                       if not target.startswith("source:")}  # type: ignore[union-attr]
            self._related_by_class[cls] = related
        return related

    def extended(self, records: Iterable[m.Record], tables: Iterable[str]) -> Store:
        """A new store of this one's records and `records` (the whole of `tables`, in natural
        order), without walking this one's records again: the app grows its store table by table."""
        grown = Store((), self.path, ordered=True, tables=self.tables | frozenset(tables), counts=self._counts)
        grown._by_id = self._by_id.copy()
        grown._by_kind.update((kind, list(found)) for kind, found in self._by_kind.items())
        grown._add(records)
        return grown

    def _add(self, records: Iterable[m.Record]) -> None:
        by_id, by_kind = self._by_id, self._by_kind
        for record in records:
            if record.id in by_id:
                raise StoreError(f"{shown(self.path or '')}: record {record.id} appears twice")
            by_id[record.id] = record
            by_kind[type(record)].append(record)

    def holds(self, tables: Iterable[str]) -> bool:
        """Whether every record of these tables is here (a store may hold only some tables)."""
        return self.tables.issuperset(tables)

    def can_count(self, cls: type[m.Record]) -> bool:
        """Whether `count_related(_, cls)` is right here: the records of `cls` are held, or their counts."""
        return TABLE_OF[cls] in self.tables or cls.__name__ in self._counts

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id

    def get(self, record_id: str) -> m.Record:
        try:
            return self._by_id[record_id]
        except KeyError:
            raise UnknownRecordError(f"no record {record_id!r} in the store") from None

    def find(self, record_id: str) -> m.Record | None:
        return self._by_id.get(record_id)

    def all(self, cls: type[R]) -> list[R]:
        """Every record of one class, in their natural order (by date, then id)."""
        return list(self._by_kind.get(cls, ()))  # type: ignore[arg-type]

    def records(self) -> Iterator[m.Record]:
        return iter(self._by_id.values())

    def ordered(self) -> Iterator[m.Record]:
        """Every record, kind by kind, each kind in its natural order."""
        for kind in self._by_kind.values():
            yield from kind

    def related(self, record_id: str, cls: type[R] | None = None) -> list[R]:
        """The records that refer to `record_id` (optionally only of one class), in order."""
        if cls is not None:
            return list(self._related_of(cls).get(record_id, ()))  # type: ignore[arg-type]
        found = [record for kind in self._by_kind for record in self._related_of(kind).get(record_id, ())]
        return sorted(found, key=_sort_key)  # type: ignore[return-value]

    def count_related(self, record_id: str, cls: type[m.Record]) -> int:
        """How many records of `cls` refer to `record_id`, without building a list (from the saved
        counts when the store has them: the same numbers, for the same bytes, without a walk)."""
        saved = self._counts.get(cls.__name__)
        if saved is not None:
            return saved.get(record_id, 0)
        return len(self._related_of(cls).get(record_id, ()))


def _sort_key(record: m.Record) -> tuple[Any, ...]:
    date = getattr(record, "date", None) or getattr(record, "start", None) or getattr(record, "signed", None)
    if isinstance(record, m.Treaty):
        date = record.date
    if isinstance(record, m.Mission):
        date = record.opened
    key = date.earliest.toordinal() if date is not None else 0
    return (key, record.id)


_DATED: dict[type, str] = {m.Visit: "date", m.Event: "date", m.Envoy: "start", m.Mission: "opened", m.Treaty: "date"}
"""The attribute `_sort_key` takes a record's date from, for the classes that have one."""


def _sort_naturally(cls: type, records: list[m.Record]) -> None:
    """Sort records of one class as `_sort_key` does, in half its time on a large store
    (0.29 s for 250,000 records before): records without a date by id alone (the key's first part
    is 0 for them all), dated ones with each distinct date's day computed once (a store's records
    share a few thousand date objects)."""
    field = _DATED.get(cls)
    if field is None:
        undated = not any(hasattr(cls, name) for name in ("date", "start", "signed"))
        records.sort(key=_ID if undated else _sort_key)
        return
    date_of = attrgetter(field)
    days: dict[int, int] = {}  # id() of a date object (alive in its records all along) -> its first day

    def day(record: m.Record) -> int:
        date = date_of(record)
        if date is None:
            return _sort_key(record)[0]  # type: ignore[no-any-return]
        found = days.get(id(date))
        if found is None:
            found = days[id(date)] = date.earliest.toordinal()
        return found

    # By id, then (a stable sort) by day: two sorts on plain keys beat one on tuples.
    records.sort(key=_ID)
    records.sort(key=day)


_ID = attrgetter("id")


def first_problem(path: Path, problems: list[Problem]) -> StoreError:
    more = f" (and {len(problems) - 1} more problems; run 'envoys check')" if len(problems) > 1 else ""
    return StoreError(f"{shown(path)}: {problems[0].record}: {problems[0].message}{more}")


def _digest_aside(raw: bytes) -> Callable[[], str]:
    """The BLAKE2b hex digest of `raw`, computed in a thread of its own; call to wait for it."""
    found: list[str] = []
    thread = threading.Thread(target=lambda: found.append(hashlib.blake2b(raw).hexdigest()), daemon=True)
    thread.start()

    def digest() -> str:
        thread.join()
        return found[0]

    return digest


UNHASHED = ""
"""The digest of a `StoreCache` whose store bytes are not hashed yet: no cached part matches it."""


def _hasher(cache: StoreCache, raw: bytes) -> Callable[[], None]:
    """The call that gives `cache` the digest of `raw`, the bytes its store was decoded from (it
    holds them until then). `envoys search`'s first run makes it in the child that writes the
    cache after the answer (`search.detached`): the parent, answering, never hashes them."""
    def digest() -> None:
        cache.expected = msgspec.structs.replace(cache.expected, digest=hashlib.blake2b(raw).hexdigest())

    return digest


def _saver(cache: StoreCache, store: Store) -> Callable[[], None]:
    def save() -> None:
        with collector_paused():
            cache.save(store.ordered())

    return save


def _from_cache(path: Path, storage: StoreStorage, wanted: tuple[str, ...], stop: Callable[[], bool]
                ) -> tuple[StoreCache, list[m.Record] | None]:
    """The store's cache and the records it holds for `wanted` (None: not cached for these bytes).
    The file is hashed only when a manifest for its path, size and time is there; a first `search`'s
    detached child writing the cache (`search.detached`) is waited for, and what it wrote is read
    rather than the store decoded a second time beside it."""
    try:
        probe: StoreCache | None = StoreCache(path, os.stat(path), "")
    except OSError:
        probe = None  # the fingerprint below says why in the store's own words
    if probe is not None and probe.manifest_for_file() is None and not probe.wait_for_builder():
        return probe, None
    fingerprint = storage.fingerprint()
    cache = StoreCache(path, *fingerprint)
    cached = cache.load(wanted, stop)
    if cached is None and cache.wait_for_builder():  # the same bytes: what the builder wrote for them
        cache = StoreCache(path, *fingerprint)
        cached = cache.load(wanted, stop)
    return cache, cached


def load_store(
    path: Path | str | None = None, *, tables: Iterable[str] | None = None,
    cancelled: Callable[[], bool] | None = None, use_cache: bool = True,
    defer_save: list[Callable[[], None]] | None = None,
) -> Store:
    """Read and check a store file; raise StoreError with one line naming the first problem.

    `tables` (names as in the store: "people", "envoys"...) limits what is read back from the
    cache; a store not cached yet is decoded and checked whole, whatever is asked. `cancelled`
    is asked between steps (and between tables); when it answers True, LoadCancelled is raised.
    `defer_save`: a store decoded (not read from its cache) is not cached here, nor are its bytes
    hashed (the cache's key); the calls that hash them and write its cache are appended to this
    list instead, for the caller to make later, in order (`envoys search` makes them in a
    detached child once its answer is printed: `search.detached`). Until then `store.cache`
    has no digest (`UNHASHED`): nothing is read from the cache or written to it for it.
    """
    path = Path(path) if path is not None else EMBEDDED_STORE
    wanted = ALL_TABLES if tables is None else tuple(dict.fromkeys(tables))
    unknown = [table for table in wanted if table not in ALL_TABLES]
    if unknown:
        raise ValueError(f"unknown tables: {unknown}")
    stop = cancelled or (lambda: False)

    def step() -> None:
        if stop():
            raise LoadCancelled(str(path))

    with collector_paused():
        storage = StoreStorage(path)
        # A cache hit never holds the file's bytes: they are hashed as they are read, in chunks.
        cache, cached = _from_cache(path, storage, wanted, stop) if use_cache else (None, None)
        step()
        if cached is not None:
            store = Store(cached, path, ordered=True)
        else:
            raw = storage.read_bytes()
            # The cache is keyed by the very bytes decoded, should the file have changed: hashed
            # in another thread while they are decoded (hashlib lets go of the GIL); or, when the
            # cache is written later (`defer_save`), by that later call, from these same bytes.
            digest = _digest_aside(raw) if cache is not None and defer_save is None else None
            # The fast path (msgspec, in C) answers for a sound store; at any doubt it answers None
            # and the careful path reads the store again, to name the first problem exactly.
            # Imported here: only a store not cached yet needs it (its module and checks: ~5 ms).
            from data.fastdecode import fast_records

            records = fast_records(raw, stop)
            step()
            if records is None:
                documents = storage.read()
                schema_version(path, documents)
                step()
                records, problems = validate(documents, stop)
                step()
                if problems:
                    raise first_problem(path, problems)
                del documents
            store = Store(records, path)
            del records
            storage.raw = None
            if cache is not None and defer_save is not None:
                # Nothing before the writes needs the bytes' digest (the cache's key: no cached
                # part can be read for bytes not hashed yet): it is taken by the first deferred call.
                cache = StoreCache(path, storage.stat, UNHASHED)
                defer_save += [_hasher(cache, raw), _saver(cache, store)]
            del raw  # (the deferred call holds them: not freed while the index is built, 195 MB at 250k)
            if digest is not None:
                cache = StoreCache(path, storage.stat, digest())
                cache.save(store.ordered())
        # Derived data (the search index) is kept only for a store holding every table.
        store.cache = cache if cached is None or set(wanted) == set(ALL_TABLES) else None
        # Everything loaded lives as long as the program: move it out of the cycle collector's
        # sight, or its next full pass walks every record again (see search.index).
        gc.freeze()
    return store
