"""`envoys search QUERY`: the hits the command line shows (it prints them: `tui/search_output.py`).

Imports neither rich nor Textual; builds the index from the store it is given, or reads the saved one.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable
from pathlib import Path

from data import model as m
from data.cache import hashed_meanwhile
from data.errors import QueryError
from data.integrity import NAMED_TABLES
from data.partial import for_labels
from data.store import EMBEDDED_STORE, Store, load_store
from data.storefile import collector_paused
from search.detached import after_answer
from search.index import SearchIndex
from search.index_cache import load_or_build, load_or_build_unsaved, open_saved
from search.kinds import unknown_kinds_message
from search.rank import Hit

MAX_LIMIT = 1000


def search_store(store: Store, query: str, *, kind: str | None, limit: int, lang: str,
                 label: Callable[[str, str], str] | None = None) -> list[Hit]:
    """The records of `store` matching `query`, best first.

    `kind` keeps one kind of record (one of `search.kinds.SEARCH_KINDS`). The query is cut to its
    first `MAX_QUERY_CHARS` characters and `MAX_QUERY_WORDS` words, so any input (10,000
    characters, NULs, emoji, right-to-left text) answers at once; one with no letter or digit
    finds nothing. Raises QueryError for a limit outside 1..1000 or an unknown kind.
    `label(record_id, lang)` names each hit (see `SearchIndex.build`).
    """
    _check_options(kind, limit)
    return _hits(load_or_build(store, label), query, kind, limit, lang)


def search_saved(path: Path | None, query: str, *, kind: str | None, limit: int, lang: str,
                 label_for: Callable[[Store], Callable[[str, str], str]]) -> list[Hit] | None:
    """As `search_store`, from the index saved with the store's cache, reading only the records
    its hits need (the hits, and the records their labels are made of) rather than every table:
    None when no index is saved for the store file as it is now. The store file is read once,
    to hash it (the cache must match its bytes), in a thread while the index answers (see
    `data.cache.hashed_meanwhile`); nothing is returned before the hash confirms the cache.
    `label_for(store)` gives the labeller of a store (see `search_store`'s `label`)."""
    _check_options(kind, limit)
    path = path if path is not None else EMBEDDED_STORE
    pending = hashed_meanwhile(path)
    if pending is None:
        return None  # no cache for the file as it is: loading the store builds it (or says what is wrong)
    cache, confirm = pending
    index = open_saved(cache)
    if index is None:
        return None
    hits = _hits(index, query, kind, limit, lang)
    store = for_labels(cache, path, [hit.record_id for hit in hits]) if hits else None
    if not confirm():
        return None  # the file is not what the cache was built from: nothing read from it is shown
    if hits:
        if store is None:  # the cache's tables are damaged (the index was not): read them as a load does
            tables = dict.fromkeys((*NAMED_TABLES, *(m.KINDS[hit.kind][0] for hit in hits)))
            store = load_store(path, tables=tables)
        name = label_for(store)
        hits = [dataclasses.replace(hit, label=name(hit.record_id, lang)) for hit in hits]
    return hits


def search_first(path: Path | None, query: str, *, kind: str | None, limit: int, lang: str,
                 label_for: Callable[[Store], Callable[[str, str], str]], show: Callable[[list[Hit]], None],
                 keep: list[object] | None = None) -> None:
    """`envoys search` run as a program when `search_saved` found no index for the store file as
    it is: the store is read (decoded, when it is not cached either), the index built, and the
    hits handed to `show` (the printer); then, the answer out, the store's cache and the index
    are written for the next run by a detached child (`search.detached`), so that the prompt is
    back without waiting for them. The hits are `search_store`'s, from the very index the child
    saves. `keep` receives the store and the index (see `main.run`: nobody frees them)."""
    _check_options(kind, limit)
    saves: list[Callable[[], None]] = []
    with collector_paused():
        store = load_store(path, defer_save=saves)
        index, save_index = load_or_build_unsaved(store, label_for(store))
        # Both live as long as the program: out of the collector's sight before it runs again,
        # or its first pass walks every container of the index just built (0.2 s at 250,000
        # records; `load_store` does the same for the store).
        gc.freeze()
    if keep is not None:
        keep += [store, index]
    show(_hits(index, query, kind, limit, lang))
    if save_index is not None:
        saves.append(save_index)
    after_answer(store.cache, saves)


def _hits(index: SearchIndex, query: str, kind: str | None, limit: int, lang: str) -> list[Hit]:
    return index.search(query, kinds=None if kind is None else {kind}, limit=limit, lang=lang)


def _check_options(kind: str | None, limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"--limit must be between 1 and {MAX_LIMIT}, not {limit}")
    error = None if kind is None else unknown_kinds_message({kind})
    if error:
        raise QueryError(error)
