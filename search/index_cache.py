"""The search index saved with the store's cache, so that a start does not build it again.

Building the index of a large store takes seconds (every form folded, every word analysed, the
sorted and typo views made). It is kept as one blob beside the store's cached records
(`data.cache.StoreCache.save_blob`), tied to the same store bytes, and to a version made of the
search code's own source: a change to folding, spelling, inflection or the index's layout makes
every saved index a miss. Every list and dict of the index is saved as a column of bytes
(`search.columns`: integers as uint32, strings end to end in UTF-8 with their offsets), and read
back in place: a start decodes nothing (on 250,000 records, 1.1 s of decoding became a few
hundredths), and a search decodes only the words and forms it meets. A field the index gained
or lost since this module was written makes the save and the load refuse, so the index is then
simply built, never restored half.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import accumulate, repeat
from pathlib import Path
from typing import Any

import msgspec

from data import columns
from data.cache import StoreCache
from data.columns import (
    Ragged,
    RaggedMap,
    SortedMap,
    Strings,
    ints,
    pack_ints,
    pack_ragged,
)
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


class _SavedShard(msgspec.Struct, array_like=True):
    """One shard: its kind and rank, its few language sets, and its columns by name."""

    kind: str
    rank: int
    lang_sets: list[tuple[str, ...]]
    columns: dict[str, memoryview]


class _SavedIndex(msgspec.Struct, array_like=True):
    """The vocabulary's columns by name, its typo alphabet, and the shards. Every list of the
    index is a column of bytes (`search.columns`), read back as a view of the file: a start
    decodes nothing, and a search decodes the few words and forms it meets."""

    alphabet: str
    columns: dict[str, memoryview]
    shards: list[_SavedShard]


def _version() -> str:
    """The search code's own source, hashed: what the saved state was computed by."""
    folder = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=16)
    for source in [*sorted(folder.glob("*.py")), Path(columns.__file__)]:  # and how the columns are laid out
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
    index, save = load_or_build_unsaved(store, label)
    if save is not None:
        save()
    return index


def load_or_build_unsaved(store: Store, label: Callable[[str, str], str] | None = None,
                          ) -> tuple[SearchIndex, Callable[[], None] | None]:
    """As `load_or_build`, but an index built is not saved yet: with it comes the call that saves
    it (None when there is nothing to save), for the caller to make when it likes (`envoys
    search`'s first run, once its answer is printed: `search.detached`). The index saved is the
    one built, so the next run reads what this one answered from."""
    cache = store.cache
    if cache is None or not _layout_known():
        return SearchIndex.build(store, label), None
    index = open_saved(cache, label or _named(store), keystrokes=True)
    if index is not None:
        return index, None
    index = SearchIndex.build(store, label)
    return index, lambda: _save(cache, index)


def _save(cache: StoreCache, index: SearchIndex) -> None:
    if _layout_known(index):
        with contextlib.suppress(UnicodeEncodeError, KeyError, OverflowError, ValueError):
            cache.save_blob(BLOB, _version(), msgspec.msgpack.encode(_state(index)))


def load_saved(path: Path | None) -> SearchIndex | None:
    """The index saved with the cache of the store file at `path` (None: the shipped store), for
    its bytes as they are now, read without the store's records: its hits are named by record id
    (the caller names them from the tables they need). None when no index is saved for them, or
    when the file cannot be read (loading the store then says why, in one line)."""
    path = path if path is not None else EMBEDDED_STORE
    try:
        cache = StoreCache(path, *StoreStorage(path).fingerprint())
    except StoreError:
        return None
    return open_saved(cache)


def open_saved(cache: StoreCache, label: Callable[[str, str], str] | None = None, *,
               keystrokes: bool = False) -> SearchIndex | None:
    """The index saved in `cache` for its store's bytes and this code, or None. Nothing is
    decoded: the index reads its columns in place (see `data.columns`). `label` names the hits
    (by default their record ids). `keystrokes`: for a program that will search again and again
    (the app), the sorted words and skeletons every lookup bisects are made lists at once (40 ms
    at 250,000 records, which a single search does not repay; they make a keystroke 3x faster)."""
    if not _layout_known():
        return None
    data = cache.load_blob(BLOB, _version())
    if data is None:
        return None
    try:
        saved = msgspec.msgpack.decode(data, type=_SavedIndex)
        return _restore(saved, label or (lambda record_id, _lang: record_id), keystrokes)
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, IndexError, KeyError):
        return None  # a damaged blob: the caller builds the index (and saves it again)


# --- saving: the built index's lists and dicts as columns ------------------------------------

def _put_strings(columns: dict[str, bytes], name: str, values: Iterable[str]) -> None:
    columns[name], columns[name + ".offsets"] = pack_strings_at_once(values)


def _put_ragged(columns: dict[str, bytes], name: str, lists: Iterable[Sequence[int]]) -> None:
    columns[name], columns[name + ".offsets"] = pack_ragged(lists)


def _put_map(columns: dict[str, bytes], name: str, mapping: Mapping[int, Sequence[int]]) -> None:
    size = max(mapping, default=-1) + 1
    if mapping and min(mapping) < 0:
        raise KeyError("a key beyond the map's size")
    columns[name], columns[name + ".offsets"] = pack_ragged(list(map(mapping.get, range(size), repeat((), size))))


def pack_strings_at_once(values: Iterable[str]) -> tuple[bytes, bytes]:
    """The bytes `data.columns.pack_strings` makes of `values` (and its ValueError for a NUL),
    from one join and one encoding rather than one per string: at 250,000 records the index
    saves 1.8 million strings, and this is 4 times faster for ASCII words, 1.6 times for names.
    (The place for it is `data.columns`, which this module does not own.)"""
    values = values if isinstance(values, list) else list(values)
    if not values:
        return b"", pack_ints((0,))
    joined = "\0".join(values) + "\0"
    if joined.count("\0") != len(values):
        raise ValueError("a NUL in a string of a column")
    ascii = joined.isascii()
    data = joined.encode("utf-8")
    del joined  # (a column's text is tens of megabytes at 250,000 records: not held twice)
    lengths = map(len, values if ascii else map(str.encode, values))  # bytes made and dropped one at a time
    return data, pack_ints(accumulate(map((1).__add__, lengths), initial=0))


def _state(index: SearchIndex) -> _SavedIndex:
    v, typos = index._vocabulary, index._vocabulary.typos
    columns: dict[str, bytes] = {}
    for field in ("folded", "skeleton", "key"):
        _put_strings(columns, "word." + field, (getattr(keys, field) for keys in v.words))
    for name in ("forms", "lengths", "sorted_ids", "cumulative", "skeleton_cumulative"):
        columns[name] = pack_ints(getattr(v, name))
    _put_strings(columns, "sorted_words", v.sorted_words)
    _put_strings(columns, "skeletons", v.skeletons)
    _put_ragged(columns, "skeleton_words", v.skeleton_words)
    keys = sorted(v.key_words)
    _put_strings(columns, "keys", keys)
    _put_ragged(columns, "key_words", [v.key_words[key] for key in keys])
    columns["key_forms"] = pack_ints(v.key_forms[key] for key in keys)
    columns["typo_order"], columns["typo_backwards_order"] = pack_ints(typos.order), pack_ints(typos.backwards_order)
    _put_strings(columns, "typo_sorted", typos.sorted)
    _put_strings(columns, "typo_backwards", typos.backwards)
    shards = []
    for s in index._shards.values():
        lang_sets: dict[tuple[str, ...], int] = {}
        own: dict[str, bytes] = {}
        own["entry_langs"] = pack_ints(lang_sets.setdefault(langs, len(lang_sets)) for langs in s.entry_langs)
        _put_strings(own, "records", s.records)
        own["entry_record"] = pack_ints(s.entry_record)
        _put_map(own, "entry_more", s.entry_more)
        _put_strings(own, "entry_text", s.entry_text)
        _put_ragged(own, "entry_words", s.entry_words)
        _put_map(own, "postings", s.postings)
        _put_map(own, "links", s.links)
        shards.append(_SavedShard(s.kind, s.rank, list(lang_sets), own))  # type: ignore[arg-type]
    return _SavedIndex(typos.alphabet, columns, shards)  # type: ignore[arg-type]


# --- reading back: columns in place -----------------------------------------------------------

class _Columns:
    """The named columns of a saved index or shard, each checked as it is taken: its length, and
    that its offsets fit its data. The ids inside them are not scanned (about a tenth of a second
    at 250,000 records): the blob's MAC, keyed by this user's secret, says it is exactly what
    this code wrote from an index it built, and a damaged or foreign blob never gets this far."""

    def __init__(self, columns: dict[str, memoryview]) -> None:
        self.columns = columns

    def ints(self, name: str, length: int | None = None) -> memoryview:
        found = ints(self.columns[name])
        if length is not None and len(found) != length:
            raise ValueError(f"column {name}: {len(found)} values, not {length}")
        return found

    def strings(self, name: str, length: int | None = None) -> Strings:
        found = Strings(self.columns[name], self.ints(name + ".offsets"))
        if length is not None and len(found) != length:
            raise ValueError(f"column {name}: {len(found)} strings, not {length}")
        return found

    def ragged(self, name: str, length: int | None = None) -> Ragged:
        found = Ragged(self.ints(name), self.ints(name + ".offsets"))
        if length is not None and len(found) != length:
            raise ValueError(f"column {name}: {len(found)} lists, not {length}")
        return found


class _WordKeys(Sequence[WordKeys]):
    """The vocabulary's words by id, each made (and kept) when first asked for."""

    def __init__(self, folded: Strings, skeleton: Strings, key: Strings) -> None:
        if not len(folded) == len(skeleton) == len(key):
            raise ValueError("word columns of different lengths")
        self._columns, self._made = (folded, skeleton, key), {}

    def __len__(self) -> int:
        return len(self._columns[0])

    def __getitem__(self, wid: Any) -> Any:
        if isinstance(wid, slice):
            return [self[i] for i in range(*wid.indices(len(self)))]
        found = self._made.get(wid)
        if found is None:
            folded, skeleton, key = self._columns
            found = self._made[wid] = WordKeys(folded[wid], skeleton[wid], key[wid])
        return found


class _WordIds:
    """A folded word's id (`Vocabulary.ids.get`): a binary search in the sorted words."""

    def __init__(self, sorted_words: Sequence[str], sorted_ids: memoryview) -> None:
        self._words, self._ids = sorted_words, sorted_ids

    def get(self, word: str, default: Any = None) -> Any:
        i = bisect.bisect_left(self._words, word)
        return self._ids[i] if i < len(self._words) and self._words[i] == word else default

    def __contains__(self, word: object) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return len(self._words)


class _LangSets(Sequence[tuple[str, ...]]):
    """A form's languages: its number in the shard's few language sets."""

    def __init__(self, codes: memoryview, sets: list[tuple[str, ...]]) -> None:
        self._codes, self._sets = codes, sets

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, entry: Any) -> Any:
        if isinstance(entry, slice):
            return [self._sets[code] for code in self._codes[entry]]
        return self._sets[self._codes[entry]]


def _restore(saved: _SavedIndex, label: Callable[[str, str], str], keystrokes: bool) -> SearchIndex:
    c = _Columns(saved.columns)
    vocabulary = Vocabulary()
    words = _WordKeys(c.strings("word.folded"), c.strings("word.skeleton"), c.strings("word.key"))
    n = len(words)
    vocabulary.words = words  # type: ignore[assignment]
    vocabulary.forms, vocabulary.lengths = c.ints("forms", n), c.ints("lengths", n)  # type: ignore[assignment]
    vocabulary.sorted_ids = c.ints("sorted_ids", n)  # type: ignore[assignment]
    vocabulary.sorted_words = c.strings("sorted_words", n)  # type: ignore[assignment]
    vocabulary.cumulative = c.ints("cumulative", n + 1)  # type: ignore[assignment]
    skeletons = c.strings("skeletons")
    vocabulary.skeletons = skeletons  # type: ignore[assignment]
    vocabulary.skeleton_words = c.ragged("skeleton_words", len(skeletons))  # type: ignore[assignment]
    vocabulary.skeleton_cumulative = c.ints("skeleton_cumulative", len(skeletons) + 1)  # type: ignore[assignment]
    keys = c.strings("keys")
    key_words, key_forms = c.ragged("key_words", len(keys)), c.ints("key_forms", len(keys))
    vocabulary.key_words = SortedMap(keys, key_words.__getitem__)  # type: ignore[assignment]
    vocabulary.key_forms = SortedMap(keys, key_forms.__getitem__)  # type: ignore[assignment]
    typos = TypoIndex.__new__(TypoIndex)
    typos.words, typos.alphabet = skeletons, saved.alphabet
    typos.order = c.ints("typo_order", len(skeletons))  # type: ignore[assignment]
    typos.backwards_order = c.ints("typo_backwards_order", len(skeletons))  # type: ignore[assignment]
    typos.sorted = c.strings("typo_sorted", len(skeletons))  # type: ignore[assignment]
    typos.backwards = c.strings("typo_backwards", len(skeletons))  # type: ignore[assignment]
    if keystrokes:
        vocabulary.sorted_words = vocabulary.sorted_words.tolist()  # type: ignore[attr-defined]
        vocabulary.skeletons = typos.words = skeletons.tolist()
        typos.sorted, typos.backwards = typos.sorted.tolist(), typos.backwards.tolist()  # type: ignore[attr-defined]
    vocabulary.typos = typos
    vocabulary.ids = _WordIds(vocabulary.sorted_words, vocabulary.sorted_ids)  # type: ignore[arg-type,assignment]
    index = SearchIndex.__new__(SearchIndex)
    index._label, index._vocabulary, index._shards = label, vocabulary, {}
    people = next((len(_Columns(s.columns).strings("records")) for s in saved.shards if s.kind == "person"), 0)
    for own in saved.shards:
        sc = _Columns(own.columns)
        shard = _Shard(own.kind, vocabulary)
        shard.rank = own.rank
        shard.records = sc.strings("records")  # type: ignore[assignment]
        entries = len(sc.ints("entry_record"))
        shard.entry_record = sc.ints("entry_record")  # type: ignore[assignment]
        shard.entry_more = RaggedMap(sc.ragged("entry_more"))  # type: ignore[assignment]
        shard.entry_text = sc.strings("entry_text", entries)  # type: ignore[assignment]
        shard.entry_langs = _LangSets(sc.ints("entry_langs", entries), own.lang_sets)  # type: ignore[assignment]
        shard.entry_words = sc.ragged("entry_words", entries)  # type: ignore[assignment]
        shard.postings = RaggedMap(sc.ragged("postings"))  # type: ignore[assignment]
        if len(sc.ints("postings.offsets")) > n + 1 or len(sc.ints("entry_more.offsets")) > entries + 1:
            raise ValueError("a map beyond its keys")
        links = sc.ragged("links")
        if len(links) > people:
            raise ValueError("links beyond the people")
        shard.links = RaggedMap(links)  # type: ignore[assignment]
        index._shards[own.kind] = shard
    index._link_shards()
    return index
