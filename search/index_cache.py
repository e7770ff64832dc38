"""The search index saved with the store's cache, so that a start does not build it again.

Building the index of a large store takes seconds (every form folded, every word analysed, the
sorted and typo views made); reading it back takes a fraction of that. It is kept as one blob
beside the store's cached records (`data.cache.StoreCache.save_blob`), tied to the same store
bytes, and to a version made of the search code's own source: a change to folding, spelling,
inflection or the index's layout makes every saved index a miss. The state is written field by
field (msgpack, typed on the way back by msgspec: tuples stay tuples, word keys stay WordKeys),
and a field the index gained or lost since this module was written makes the save and the load
refuse, so the index is then simply built, never restored half.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from itertools import chain
from pathlib import Path

import msgspec

from data.cache import StoreCache
from data.errors import StoreError
from data.store import EMBEDDED_STORE, Store
from data.storefile import StoreStorage
from search.index import SearchIndex, _named, _Shard
from search.normalize import WordKeys
from search.typos import TypoIndex
from search.vocabulary import Vocabulary

BLOB = "search-index"
_VOCABULARY = ("words", "ids", "forms", "lengths", "sorted_ids", "sorted_words", "cumulative", "skeletons",
               "skeleton_words", "skeleton_cumulative", "key_words", "key_forms", "typos", "_short")
_TYPOS = ("words", "order", "sorted", "backwards_order", "backwards", "alphabet")
_SHARD = ("kind", "vocabulary", "rank", "records", "numbers", "entry_record", "entry_more", "entry_text",
          "entry_langs", "entry_words", "postings", "links", "linked")
_INDEX = ("_label", "_vocabulary", "_shards")


class _ShardState(msgspec.Struct, array_like=True):
    """One shard. A record has several forms and few language sets exist: each form names its
    record and its languages by number in a table of distinct ones, so that reading back makes
    one string per record (the store's own) and one tuple per language set, not one per form."""

    kind: str
    rank: int
    records: list[str]
    entry_record: list[int]  # numbers in `records`, as the index keeps them
    entry_more: dict[int, tuple[int, ...]]
    entry_text: list[str]
    lang_sets: list[tuple[str, ...]]
    entry_langs: list[int]
    entry_words: list[tuple[int, ...]]
    postings: dict[int, tuple[int, ...]]
    links: dict[int, tuple[int, ...]]  # a person (by number in the person shard's records) -> records here


class _IndexState(msgspec.Struct, array_like=True):
    words: list[WordKeys]
    forms: list[int]
    lengths: list[int]
    sorted_ids: list[int]
    sorted_words: list[str]
    cumulative: list[int]
    skeletons: list[str]
    skeleton_words: list[tuple[int, ...]]
    skeleton_cumulative: list[int]
    key_words: dict[str, tuple[int, ...]]
    key_forms: dict[str, int]
    typo_order: list[int]
    typo_sorted: list[str]
    typo_backwards_order: list[int]
    typo_backwards: list[str]
    typo_alphabet: str
    shards: list[_ShardState]


def _version() -> str:
    """The search code's own source, hashed: what the saved state was computed by."""
    folder = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=16)
    for source in sorted(folder.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    digest.update(msgspec.__version__.encode())
    return digest.hexdigest()


def _layout_known(index: SearchIndex | None = None) -> bool:
    """True when the index's objects hold exactly the fields this module saves and restores."""
    vocabulary = Vocabulary()
    shard = _Shard("person", vocabulary)
    probe = [(vocabulary, _VOCABULARY), (vocabulary.typos, _TYPOS), (shard, _SHARD)]
    if index is not None:
        probe.append((index, _INDEX))
    return all(set(vars(obj)) == set(fields) for obj, fields in probe)


def load_or_build(store: Store, label: Callable[[str, str], str] | None = None) -> SearchIndex:
    """The index of `store`: read back from its cache when saved there for these bytes and this
    code, else built (and saved for the next start)."""
    cache = store.cache
    if cache is None or not _layout_known():
        return SearchIndex.build(store, label)
    version = _version()
    data = cache.load_blob(BLOB, version)
    if data is not None:
        try:
            return _restore(msgspec.msgpack.decode(data, type=_IndexState), label or _named(store), store)
        except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, IndexError):
            pass  # a damaged blob: build the index, and save it again
    index = SearchIndex.build(store, label)
    if _layout_known(index):
        cache.save_blob(BLOB, version, msgspec.msgpack.encode(_state(index)))
    return index


def load_saved(path: Path | None) -> SearchIndex | None:
    """The index saved with the cache of the store file at `path` (None: the shipped store), for
    its bytes as they are now, read without the store's records: its hits are named by record id
    (the caller names them from the tables they need). None when no index is saved for them, or
    when the file cannot be read (loading the store then says why, in one line)."""
    if not _layout_known():
        return None
    path = path if path is not None else EMBEDDED_STORE
    try:
        cache = StoreCache(path, *StoreStorage(path).fingerprint())
    except StoreError:
        return None
    data = cache.load_blob(BLOB, _version())
    if data is None:
        return None
    try:
        return _restore(msgspec.msgpack.decode(data, type=_IndexState), lambda record_id, _lang: record_id, None)
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, IndexError):
        return None


def _state(index: SearchIndex) -> _IndexState:
    v = index._vocabulary
    shards = []
    for s in index._shards.values():
        lang_sets: dict[tuple[str, ...], int] = {}
        entry_langs = [lang_sets.setdefault(langs, len(lang_sets)) for langs in s.entry_langs]
        shards.append(_ShardState(s.kind, s.rank, s.records, s.entry_record, s.entry_more, s.entry_text,
                                  list(lang_sets), entry_langs, s.entry_words, s.postings,  # type: ignore[arg-type]
                                  s.links))
    return _IndexState(v.words, v.forms, v.lengths, v.sorted_ids, v.sorted_words, v.cumulative, v.skeletons,
                       v.skeleton_words, v.skeleton_cumulative, v.key_words, v.key_forms, v.typos.order,
                       v.typos.sorted, v.typos.backwards_order, v.typos.backwards, v.typos.alphabet, shards)


def _check(state: _IndexState) -> None:
    """Every id within bounds: a cache file may be damaged or hostile, and a search must not fail
    on it later. Each test runs in C (max over a chain), a small part of the restore."""
    words, skeletons = len(state.words), len(state.skeletons)
    people = next((len(shard.records) for shard in state.shards if shard.kind == "person"), 0)
    sizes = [len(state.forms), len(state.lengths), len(state.sorted_ids), len(state.sorted_words)]
    ok = sizes == [words] * 4 and len(state.typo_order) == len(state.typo_sorted) == skeletons
    ok = ok and len(state.skeleton_words) == skeletons and len(state.typo_backwards_order) == skeletons
    ok = ok and _below(words, state.sorted_ids, chain.from_iterable(state.skeleton_words),
                       chain.from_iterable(state.key_words.values()))
    ok = ok and _below(skeletons, state.typo_order, state.typo_backwards_order)
    for shard in state.shards:
        entries = len(shard.entry_record)
        ok = ok and entries == len(shard.entry_text) == len(shard.entry_langs) == len(shard.entry_words)
        ok = ok and _below(len(shard.records), shard.entry_record, chain.from_iterable(shard.entry_more.values()),
                           chain.from_iterable(shard.links.values()))
        ok = ok and _below(len(shard.lang_sets), shard.entry_langs) and _below(entries, shard.entry_more)
        ok = ok and _below(people, shard.links)
        ok = ok and _below(words, chain.from_iterable(shard.entry_words), shard.postings)
        ok = ok and _below(entries, chain.from_iterable(shard.postings.values()))
    if not ok:
        raise ValueError("inconsistent index state")


def _below(limit: int, *ids: Iterable[int]) -> bool:
    return all(min(found, default=0) >= 0 and max(found, default=-1) < limit for found in map(list, ids))


def _restore(state: _IndexState, label: Callable[[str, str], str], store: Store | None) -> SearchIndex:
    vocabulary = Vocabulary()
    vocabulary.words, vocabulary.forms, vocabulary.lengths = state.words, state.forms, state.lengths
    vocabulary.ids = {keys.folded: wid for wid, keys in enumerate(state.words)}
    vocabulary.sorted_ids, vocabulary.sorted_words, vocabulary.cumulative = (
        state.sorted_ids, state.sorted_words, state.cumulative)
    vocabulary.skeletons, vocabulary.skeleton_words = state.skeletons, state.skeleton_words
    vocabulary.skeleton_cumulative, vocabulary.key_words, vocabulary.key_forms = (
        state.skeleton_cumulative, state.key_words, state.key_forms)
    typos = TypoIndex([])
    typos.words, typos.order, typos.sorted = state.skeletons, state.typo_order, state.typo_sorted
    typos.backwards_order, typos.backwards, typos.alphabet = (
        state.typo_backwards_order, state.typo_backwards, state.typo_alphabet)
    vocabulary.typos = typos
    _check(state)
    index = SearchIndex.__new__(SearchIndex)
    index._label, index._vocabulary, index._shards = label, vocabulary, {}
    store_ids = {record.id: record.id for record in store.records()} if store is not None else {}
    for saved in state.shards:
        shard = _Shard(saved.kind, vocabulary)
        # the store's own id strings where it holds the record (it always does, for these bytes)
        shard.records = [store_ids.get(record, record) for record in saved.records]
        shard.rank, shard.entry_text = saved.rank, saved.entry_text
        shard.entry_record, shard.entry_more, shard.links = saved.entry_record, saved.entry_more, saved.links
        shard.entry_langs = [saved.lang_sets[i] for i in saved.entry_langs]
        shard.entry_words, shard.postings = saved.entry_words, saved.postings
        index._shards[saved.kind] = shard
    index._link_shards()
    return index
