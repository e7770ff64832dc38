"""The columns a saved search index is read back as behave as the lists and dicts they replace."""

from __future__ import annotations

import bisect

import pytest

from data.columns import (
    Ragged,
    RaggedMap,
    SortedMap,
    Strings,
    ints,
    pack_ints,
    pack_ragged,
    pack_ragged_map,
    pack_strings,
)

WORDS = ["", "a", "rinkēvičs", "Ринкевич", "ā" * 50, "z", "名前", "🙂x"]


def strings(values: list[str]) -> Strings:
    data, offsets = pack_strings(values)
    return Strings(memoryview(data), ints(offsets))


def ragged(lists: list[tuple[int, ...]]) -> Ragged:
    flat, offsets = pack_ragged(lists)
    return Ragged(ints(flat), ints(offsets))


@pytest.mark.parametrize("values", [WORDS, [], [""], sorted(WORDS)])
def test_strings_read_back_as_the_list(values):
    column = strings(values)
    assert len(column) == len(values) and list(column) == values and column.tolist() == values
    assert [column[i] for i in range(len(values))] == values
    assert [column[-i] for i in range(1, len(values) + 1)] == [values[-i] for i in range(1, len(values) + 1)]
    assert column[1:3] == values[1:3] and column[::2] == values[::2]
    with pytest.raises(IndexError):
        column[len(values)]


def test_a_sorted_string_column_bisects_as_its_list():
    values = sorted(WORDS)
    column = strings(values)
    for probe in [*WORDS, "b", "rinke", "\uffff", ""]:
        assert bisect.bisect_left(column, probe) == bisect.bisect_left(values, probe)


def test_a_string_holding_a_nul_is_refused_when_saving():
    with pytest.raises(ValueError):
        pack_strings(["a\0b"])


@pytest.mark.parametrize(("data", "offsets"), [
    (b"ab\0", [0, 2]),  # the text is longer than the offsets say
    (b"ab\0c\0", [0, 3, 9]),  # or shorter
    (b"ab\0", [1, 3]),  # offsets that do not start at 0
])
def test_strings_that_do_not_fit_their_offsets_are_refused(data, offsets):
    with pytest.raises(ValueError):
        Strings(memoryview(data), ints(pack_ints(offsets)))


def test_a_column_split_into_another_number_of_strings_is_refused():
    column = Strings(memoryview(b"a\0b\0c\0"), ints(pack_ints([0, 4, 6])))  # 'a\0b' holds a NUL
    with pytest.raises(ValueError):
        column.tolist()


def test_integers_and_lists_of_them():
    assert list(ints(pack_ints([0, 7, 2**32 - 1]))) == [0, 7, 2**32 - 1]
    with pytest.raises(ValueError):
        ints(b"\0\0\0")  # not a whole number of uint32
    lists = [(1, 2), (), (3,), (4, 5, 6)]
    column = ragged(lists)
    assert len(column) == 4 and [tuple(column[i]) for i in range(4)] == lists and tuple(column[-1]) == (4, 5, 6)
    assert not column[1]
    with pytest.raises(ValueError):
        Ragged(ints(pack_ints([1, 2])), ints(pack_ints([0, 3])))  # offsets beyond the values


def test_a_ragged_map_reads_as_the_dict():
    mapping = {0: (5,), 3: (1, 2), 4: (9, 9)}
    flat, offsets = pack_ragged_map(mapping, 6)
    column = RaggedMap(Ragged(ints(flat), ints(offsets)))
    assert {key: tuple(column[key]) for key in column} == mapping and len(column) == 3 and column
    assert column.get(1) is None and column.get(2, ()) == () and column.get(99) is None and column.get(-1) is None
    assert 3 in column and 1 not in column
    with pytest.raises(KeyError):
        column[1]
    empty_flat, empty_offsets = pack_ragged_map({}, 0)
    assert not RaggedMap(Ragged(ints(empty_flat), ints(empty_offsets)))
    with pytest.raises(KeyError):
        pack_ragged_map({7: (1,)}, 3)


def test_a_sorted_map_reads_as_the_dict():
    mapping = {"rinkevic": 3, "mora": 1, "a": 0, "ринк": 2}
    keys = sorted(mapping)
    column = SortedMap(strings(keys), lambda i: mapping[keys[i]])
    assert {key: column[key] for key in column} == mapping and len(column) == 4
    assert column.get("mor") is None and column.get("zzz", 5) == 5 and "mora" in column and "b" not in column
    with pytest.raises(KeyError):
        column["b"]
