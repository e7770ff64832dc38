"""Read-only columns over bytes: what a saved search index is read back as, without decoding it.

A saved index of 250,000 records is about a million strings and several million integers.
Decoding them into Python objects took about a second at every start, and a search touches a
few hundred of them. Here each column stays the bytes it was saved as (a view of the file read
once), and a value is made only when asked for:

    Ints        integers (uint32, native order): a `memoryview` cast, indexed and sliced in C
    Strings     UTF-8 strings end to end, with their offsets: `column[i]` decodes one
    Ragged      a list of integer lists (flat values and offsets): `column[i]` is a view
    RaggedMap   the same, read as a dict from 0..n-1 (`get`, empty lists absent)
    SortedMap   a dict by sorted string keys (`get` is a binary search)

Each supports what the search does with the list or dict it replaces (indexing, slicing,
`len`, iteration, `get`), so the index's code runs unchanged over either. `pack_*` make the
bytes from the built index's lists and dicts.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, chain
from typing import Any, TypeVar

T = TypeVar("T")
INT = "I"  # uint32: every id and count of an index (a few million at most) fits


def ints(data: memoryview | bytes) -> memoryview:
    """A column of uint32 over `data` (no copy). ValueError when its length is no whole number of them."""
    view = memoryview(data).cast("B")
    if len(view) % array(INT).itemsize:
        raise ValueError("a column of integers cut short")
    return view.cast(INT)


def pack_ints(values: Iterable[int]) -> bytes:
    return array(INT, values).tobytes()


class Strings(Sequence[str]):
    """Strings saved in UTF-8 end to end, each followed by a NUL (which no value holds), with the
    byte offset of each one's start (and of the end): `column[i]` decodes one string alone, and
    `tolist()` all of them in two calls (decode, split)."""

    __slots__ = ("_data", "_length", "_offsets")

    def __init__(self, data: memoryview | bytes, offsets: memoryview) -> None:
        self._data, self._offsets = memoryview(data).cast("B"), offsets
        self._length = len(offsets) - 1
        if self._length < 0 or offsets[0] != 0 or offsets[-1] != len(self._data):
            raise ValueError("string offsets do not fit their data")

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: Any) -> Any:
        if index.__class__ is not int:
            if isinstance(index, slice):
                return [self[i] for i in range(*index.indices(self._length))]
            index = index.__index__()
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("string column index out of range")
        offsets = self._offsets
        return str(self._data[offsets[index]:offsets[index + 1] - 1], "utf-8")

    def tolist(self) -> list[str]:
        found = str(self._data[:-1], "utf-8").split("\0") if self._length else []
        if len(found) != self._length:
            raise ValueError("string offsets do not fit their data")
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self.tolist())


def pack_strings(values: Iterable[str]) -> tuple[bytes, bytes]:
    """(data, offsets) of `values`; ValueError for a string holding a NUL (`UnicodeEncodeError`,
    a ValueError too, for one UTF-8 cannot hold). Joined and encoded once, not string by string
    (a store's 250,000 ids, the index's million strings); ASCII strings' lengths are their sizes."""
    values = list(values)
    text = "".join([value + "\0" for value in values])
    if text.count("\0") != len(values):
        raise ValueError("a NUL in a string of a column")
    data = text.encode("utf-8")
    sizes = [len(value) + 1 for value in values] if len(data) == len(text) else \
        [len(value.encode("utf-8")) + 1 for value in values]
    return data, pack_ints(accumulate(sizes, initial=0))


class Ragged(Sequence[memoryview]):
    """Lists of integers saved end to end: `column[i]` is a view of the i-th (empty views too)."""

    __slots__ = ("_flat", "_length", "_offsets")

    def __init__(self, flat: memoryview, offsets: memoryview) -> None:
        self._flat, self._offsets = flat, offsets
        self._length = len(offsets) - 1
        if self._length < 0 or offsets[-1] != len(flat) or offsets[0] != 0:
            raise ValueError("list offsets do not fit their values")

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("list column index out of range")
        return self._flat[self._offsets[index]:self._offsets[index + 1]]

    def values_flat(self) -> memoryview:
        """Every value of every list, in order."""
        return self._flat


def pack_ragged(lists: Iterable[Sequence[int]]) -> tuple[bytes, bytes]:
    """(flat, offsets) of `lists`."""
    lists = list(lists)
    return pack_ints(chain.from_iterable(lists)), pack_ints(accumulate(map(len, lists), initial=0))


class RaggedMap(Mapping[int, memoryview]):
    """A dict from 0..n-1 to lists of integers, read as `Ragged`: a key whose list is empty is absent."""

    __slots__ = ("_lists", "_size")

    def __init__(self, lists: Ragged) -> None:
        self._lists = lists
        self._size = -1

    def get(self, key: Any, default: Any = None) -> Any:
        lists = self._lists
        if type(key) is not int or not 0 <= key < len(lists):
            return default
        found = lists[key]
        return found if found else default

    def __getitem__(self, key: Any) -> memoryview:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[int]:
        return (key for key in range(len(self._lists)) if self._lists[key])

    def __len__(self) -> int:
        if self._size < 0:
            self._size = sum(1 for _ in self)
        return self._size

    def __bool__(self) -> bool:
        return bool(len(self._lists.values_flat()))

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None


def pack_ragged_map(mapping: Mapping[int, Sequence[int]], size: int) -> tuple[bytes, bytes]:
    """(flat, offsets) of a dict whose keys lie in 0..size-1 (KeyError for one beyond)."""
    if mapping and not 0 <= min(mapping) <= max(mapping) < size:
        raise KeyError("a key beyond the map's size")
    return pack_ragged(mapping.get(key, ()) for key in range(size))


class SortedMap(Mapping[str, T]):
    """A dict by string keys saved in sorted order, each with the value `value(i)` of its place."""

    __slots__ = ("_keys", "_value")

    def __init__(self, keys: Strings, value: Callable[[int], T]) -> None:
        self._keys, self._value = keys, value

    def get(self, key: Any, default: Any = None) -> Any:
        keys = self._keys
        i = bisect.bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._value(i)
        return default

    def __getitem__(self, key: Any) -> T:
        keys = self._keys
        i = bisect.bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._value(i)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return self.get(key, _MISSING) is not _MISSING


_MISSING = object()
