"""The index's fast build (batches, C loops) makes exactly the index the plain definition makes.

The plain definition is the build as it was written first, kept here: every `Entry` of every
record (`entries_of`), grouped per kind, folded text by text, each word added to the vocabulary
one at a time, and the records linked through their people. The saved index of both (the bytes
`search.index_cache` writes) must be the same, on the shipped store, on a grown synthetic one
and on stores with the odd cases the batches must not change (a word twice in a form, texts of
punctuation, the same person twice in a visit, a text shared by
languages and by records). Each batch helper is also held to its one-by-one form.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data import columns
from data import model as m
from data.store import Store, load_store
from data.storefile import parse_store
from data.validate import validate
from search import index_cache
from search.forms import Entry, entries_of, grouped, grouped_and_linked, links, people_named
from search.index import SearchIndex, _named, _Shard, canonical
from search.normalize import analyse, analyse_all, fold, folded_words
from search.spelling import skeleton, skeletons
from search.vocabulary import Vocabulary
from tests.storekit import write_store

BENCHMARKS = Path(__file__).resolve().parent / "benchmarks"


def plain_index(store: Store) -> SearchIndex:
    """The index as first written: one Entry per form, one word at a time."""
    index = SearchIndex.__new__(SearchIndex)
    index._label, index._vocabulary, index._shards = _named(store), Vocabulary(), {}
    vocabulary = index._vocabulary
    by_kind: dict[str, list[Entry]] = {}
    for record in canonical(store):
        for entry in entries_of(store, record, linked=False):
            by_kind.setdefault(entry.kind, []).append(entry)
    for kind, entries in by_kind.items():
        shard = index._shards[kind] = _Shard(kind, vocabulary)
        forms: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        for entry in entries:
            forms.setdefault((entry.text, entry.langs), []).append(entry.record_id)
        for (text, langs), ids in forms.items():
            numbers = [shard.number(record_id) for record_id in dict.fromkeys(ids)]
            words = fold(text).split()
            if not words:
                continue
            entry_number = len(shard.entry_record)
            wids: list[int] = []
            for word in words:
                wid = vocabulary.add(word)
                if wid not in wids:
                    vocabulary.forms[wid] += 1
                    shard.postings.setdefault(wid, []).append(entry_number)  # type: ignore[union-attr]
                wids.append(wid)
            if len(numbers) > 1:
                shard.entry_more[entry_number] = tuple(numbers)
            shard.entry_record.append(numbers[0])
            shard.entry_text.append(text)
            shard.entry_langs.append(langs)
            shard.entry_words.append(tuple(wids))
        shard.postings = {wid: tuple(found) for wid, found in shard.postings.items()}
    people = index._shards.get("person")
    linked: dict[str, dict[int, list[int]]] = {}
    for record in canonical(store):
        for person in links(store, record):
            if people is not None and person in people.numbers:
                shard = index._shards.setdefault(record.kind, _Shard(record.kind, vocabulary))
                linked.setdefault(record.kind, {}).setdefault(people.number(person), []).append(
                    shard.number(record.id))
    for kind, by_person in linked.items():
        index._shards[kind].links = {person: tuple(records) for person, records in by_person.items()}
    for shard in index._shards.values():
        shard.numbers = {}
    index._link_shards()
    vocabulary.freeze()
    return index


def saved(index: SearchIndex) -> bytes:
    return msgspec.msgpack.encode(index_cache._state(index))


def assert_same_index(store: Store) -> None:
    built = SearchIndex.build(store)
    assert saved(built) == saved(plain_index(store))
    for query in ("rinkevics", "Minskā", "Makei", "ambassador", "s", "vestnieks riga"):
        assert built.search(query, limit=50) == plain_index(store).search(query, limit=50)


def test_the_shipped_store_gives_the_plain_index(store):
    assert_same_index(store)


def test_a_grown_synthetic_store_gives_the_plain_index(tmp_path):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from scale_bench import generate
        from scale_bench import write_store as write_generated
    finally:
        sys.path.remove(str(BENCHMARKS))
    path = tmp_path / "grown.json"
    write_generated(generate(3000, seed=3), path)
    assert_same_index(load_store(path, use_cache=False))


def _odd_cases(tables: dict) -> None:
    people = [doc for doc in tables["people"].values()
              if all((doc["name"].get(lang) or {}).get("text") for lang in ("lv", "en"))]
    for doc in people[:5]:
        doc.setdefault("aliases", [])
    people[0]["aliases"] += ["Jānis Jānis", "!!! ...", people[0]["name"]["lv"]["text"]]
    people[1]["name"]["lt"] = dict(people[1]["name"]["en"])  # one text, two languages
    people[2]["aliases"] += [people[3]["name"]["lv"]["text"]]  # one text, two people
    people[4]["aliases"] += ["Ab ab AB", "O’Brien-O’Brien"]
    visit = next(iter(tables["visits"].values()))
    visit["people"] = [*visit["people"], *visit["people"]]  # the same person twice
    envoy = next(iter(tables["envoys"].values()))
    envoy["title"]["en"]["text"] = "—"  # folds to nothing


def test_odd_forms_give_the_plain_index(tmp_path):
    path = write_store(tmp_path, _odd_cases)
    assert_same_index(load_store(path, use_cache=False))


# --- the batch helpers against their one-by-one forms --------------------------------------

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["Rinkēvičs", "Ринкевичс", "A\u0301B", "\u0301ab", "Ǆ", "ﬁ", "İ", "x\ny", "O’Brien", "ß", "ΣΑΣ", "\n", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, max_size=8))
def test_folding_texts_together_folds_each_alone(texts):
    assert folded_words(texts) == [fold(text).split() for text in texts]


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, max_size=8))
def test_spelling_words_together_spells_each_alone(texts):
    words = [word for text in texts for word in fold(text).split()] + texts  # folded words, and anything
    assert skeletons(words) == [skeleton(word) for word in words]
    folded = [word for text in texts for word in fold(text).split()]
    assert analyse_all(folded) == [analyse(word) for word in folded]


@pytest.mark.parametrize("values", [[], [""], ["", ""], ["a", "rinkēvičs", "Ринкевич", "名前", "🙂x", ""],
                                    ["ascii", "only"]])
def test_strings_packed_at_once_are_the_columns_bytes(values):
    assert index_cache.pack_strings_at_once(values) == columns.pack_strings(values)
    assert index_cache.pack_strings_at_once(iter(values)) == columns.pack_strings(values)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(exclude_categories=("Cs",)), max_size=6), max_size=6))
def test_any_strings_packed_at_once_are_the_columns_bytes(values):
    try:
        expected = columns.pack_strings(values)
    except ValueError as error:
        with pytest.raises(ValueError, match=str(error)):
            index_cache.pack_strings_at_once(values)
    else:
        assert index_cache.pack_strings_at_once(values) == expected


def test_grouped_forms_are_the_entries_grouped(store):
    expected: dict[str, dict[tuple[str, tuple[str, ...]], list[str]]] = {}
    for record in canonical(store):
        for entry in entries_of(store, record, linked=False):
            expected.setdefault(entry.kind, {}).setdefault((entry.text, entry.langs), []).append(entry.record_id)
    found = grouped(store, canonical(store))
    def ordered(by_kind: dict) -> list:
        return [(kind, list(forms.items())) for kind, forms in by_kind.items()]

    assert ordered(found) == ordered(expected)  # the order of kinds, of forms and of records too
    assert {m.KINDS[kind][1] for kind in found} >= {m.Person, m.Visit, m.Envoy}


# --- the forms grouped and the people linked in one pass --------------------------------------

def plain_grouped_and_links(store: Store) -> tuple[list, list]:
    """Every `Entry` grouped per kind, and `links` of every record: the definition."""
    expected: dict[str, dict[tuple[str, tuple[str, ...]], list[str]]] = {}
    linked = []
    for record in canonical(store):
        for entry in entries_of(store, record, linked=False):
            expected.setdefault(entry.kind, {}).setdefault((entry.text, entry.langs), []).append(entry.record_id)
        linked += [(record.kind, record.id, person) for person in people_named(record)]
    return [(kind, list(forms.items())) for kind, forms in expected.items()], linked


def assert_grouped_as_defined(store: Store) -> None:
    forms, linked = grouped_and_linked(store, canonical(store))
    expected_forms, expected_links = plain_grouped_and_links(store)
    assert [(kind, list(found.items())) for kind, found in forms.items()] == expected_forms  # every order too
    assert linked == expected_links
    assert {person for _kind, _record, person in linked} >= {p for r in canonical(store) for p in links(store, r)}


def _repeats(tables: dict) -> None:
    """Visits and envoys repeating texts word for word, people named twice and by many records."""
    _odd_cases(tables)
    visits = [doc for doc in tables["visits"].values() if doc.get("people")]
    people = list(tables["people"])
    first = visits[0]
    first.setdefault("occasion", {"en": {"basis": "source", "text": "Visit"}})
    first["people"][0].setdefault("office", {"lv": {"basis": "source", "text": "Ārlietu ministrs"}})
    second = next(doc for doc in visits if doc.get("occasion") and doc["occasion"] != first["occasion"])
    for number, doc in enumerate(visits[1:]):  # a few occasions and offices over and over, other people
        doc["occasion"] = dict((first, second)[number % 4 == 3]["occasion"])
        doc["people"] = [{**person, "office": first["people"][0]["office"]} for person in doc["people"]]
        if number % 5 == 4:
            del doc["people"][0]["office"]
    visits[6]["people"] = [visits[6]["people"][0], {**visits[6]["people"][0], "office": None}]  # a person twice
    visits[7].pop("occasion", None)
    visits[7]["people"] = [{"person": visits[7]["people"][0]["person"]}]  # no text at all
    visits[8]["people"] = [{"person": tables["people"][people[0]]["id"], "office": first["people"][0].get("office")},
                           {"person": tables["people"][people[1]]["id"]}]
    envoys = list(tables["envoys"].values())
    for envoy in envoys[1:]:
        envoy["title"] = dict(envoys[0]["title"])
    envoys[2].pop("title", None)
    envoys[3]["person"] = envoys[0]["person"]  # one person, two postings


def test_grouping_in_one_pass_gives_the_defined_forms_and_links(store, tmp_path):
    assert_grouped_as_defined(store)
    path = write_store(tmp_path, _repeats)
    fast = load_store(path, use_cache=False)  # decoded by msgspec: repeated texts are one object
    visits = fast.all(m.Visit)
    assert len({id(visit.occasion) for visit in visits}) < len(visits) / 4
    assert_grouped_as_defined(fast)
    records, problems = validate(parse_store(path.read_bytes(), path))  # the careful path: no text shared
    assert problems == []
    careful = Store(records, path)
    assert len({id(visit.occasion) for visit in careful.all(m.Visit)}) == len(careful.all(m.Visit))
    assert_grouped_as_defined(careful)
    assert saved(SearchIndex.build(fast)) == saved(SearchIndex.build(careful)) == saved(plain_index(careful))


def test_texts_equal_but_not_shared_and_shared_but_in_other_combinations_group_alike(tmp_path):
    # By identity first, by texts after: a visit whose occasion is another's object and whose
    # office is a copy, and the reverse, still lists exactly the forms its texts give.
    path = write_store(tmp_path, _repeats)
    store = load_store(path, use_cache=False)
    visits = [visit for visit in store.all(m.Visit) if visit.people]
    mixed = []
    for number, visit in enumerate(visits):
        other = visits[(number + 1) % len(visits)]
        if number % 3 == 0:  # the next visit's occasion object, an equal copy of its own office
            people = tuple(dataclasses.replace(p, office=m.Text(dict(p.office.forms))) for p in visit.people)
            visit = dataclasses.replace(visit, occasion=other.occasion, people=people)
        elif number % 3 == 1:  # a copy of its occasion, the next visit's office objects
            people = tuple(dataclasses.replace(p, office=other.people[0].office) for p in visit.people)
            visit = dataclasses.replace(visit, occasion=m.Text(dict(visit.occasion.forms)), people=people)
        mixed.append(visit)
    others = [record for record in store.records() if not isinstance(record, m.Visit) or not record.people]
    assert_grouped_as_defined(Store([*others, *mixed], path))
