"""A store of the few records one answer needs, read from the cache's chunks, not whole tables.

`envoys search` names ten hits, and `envoys show` one record and those naming it: at 250,000
records, decoding the tables they would otherwise read (the visits alone are 127,000 records)
is most of a second or more. Here the records are read by id (`StoreCache.load_records`) or as
the records naming one (`StoreCache.load_related`), with everything they name, and what that
names, and so on: all that their labels and a record's page are made of. A `Store` of them
answers `get`, `find` and `related` for those records exactly as the whole store would.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from data import model as m
from data.cache import StoreCache, hashed_meanwhile, referrers_of
from data.integrity import references
from data.staged import tables_of_store
from data.store import EMBEDDED_STORE, Store, load_store


def with_named(cache: StoreCache, records: Iterable[m.Record], *, sources: bool = False) -> dict[str, m.Record] | None:
    """`records` and every record they name, and those name, and so on (their sources too with
    `sources`): id -> record. None on a cache miss."""
    found = {record.id: record for record in records}
    asked = set(found)
    wanted = list(found.values())
    while wanted:
        targets = list(dict.fromkeys(target for record in wanted for _field, target in references(record)
                                     if target not in asked and (sources or not target.startswith("source:"))))
        asked.update(targets)
        read = cache.load_records(targets) if targets else {}
        if read is None:
            return None
        found.update(read)
        wanted = list(read.values())
    return found


def for_labels(cache: StoreCache, path: Path, ids: Iterable[str]) -> Store | None:
    """A store of the records `ids` and all that their labels are made of (see `with_named`)."""
    read = cache.load_records(ids)
    found = with_named(cache, read.values()) if read is not None else None
    return Store(found.values(), path) if found is not None else None


def for_show(path: Path | None, record_id: str) -> Store:
    """A store holding the record `record_id` (when the store does), its sources, the records
    naming it, and everything these name: what `envoys show` prints, as from the whole store.
    From the cache's chunks when the store file has a cache as it is now: the file is hashed
    while the records are read, and nothing is returned before the hash confirms the cache
    (`hashed_meanwhile`). Otherwise the store is loaded whole (which checks it, or raises
    StoreError with its one line, and caches it), its referrers saved too, and the answer read
    from that new cache as a later run would read it (the whole store when nothing could be
    cached): a walk of every record for the few that name this one would cost more."""
    path = path if path is not None else EMBEDDED_STORE
    pending = hashed_meanwhile(path)
    if pending is not None:
        cache, confirm = pending
        found = _show_from(cache, record_id)
        if confirm() and found is not None:
            return Store(found.values(), path)
    store = load_store(path)
    if store.cache is None:
        return store
    store.cache.save_referrers(referrers_of(tables_of_store(store)))
    found = _show_from(store.cache, record_id, build=False)
    return Store(found.values(), path) if found is not None else store


def _show_from(cache: StoreCache, record_id: str, *, build: bool = True) -> dict[str, m.Record] | None:
    """The records `envoys show` prints for `record_id`, from the cache's chunks (see `for_show`);
    None on a miss. A cache without referrers (cached by `who`, `list` or the app, which do not
    need them) gets them first, with `build`: once, for every later `show`."""
    own = cache.load_records([record_id])
    if own is None:
        return None
    related = cache.load_related(record_id)
    if related is None and build and cache.build_referrers():
        related = cache.load_related(record_id)
    if related is None:
        return None
    return with_named(cache, [*own.values(), *related], sources=True)
