"""The fast path of loading (`data.fastdecode`) against the careful one (`data.validate`).

The promise: the fast path answers only for a store the careful path accepts, and then with the
very same records in the same order; anything else (a damaged store, a key given twice, a
control character) is left to the careful path, which names the problem as it always has.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import data.store
from data import check as check_module
from data.check import check_store
from data.errors import StoreError
from data.fastdecode import fast_records
from data.store import EMBEDDED_STORE, load_store
from data.storefile import parse_store
from data.validate import validate
from tests.storekit import find, shipped_tables

PERSON = "person:maira-mora"


def careful(raw: bytes) -> tuple[list[Any], list[Any]]:
    return validate(parse_store(raw, Path("store.json")))


def same_records(fast: list[Any], slow: list[Any]) -> bool:
    """Equal, of the same classes, and alike down to their reprs (a tuple stays a tuple)."""
    return len(fast) == len(slow) and all(
        type(a) is type(b) and a == b and repr(a) == repr(b) for a, b in zip(fast, slow, strict=True))


def dumped(tables: dict[str, Any], **options: Any) -> bytes:
    return json.dumps(tables, **{"ensure_ascii": False, **options}).encode("utf-8")


def test_the_shipped_store_is_decoded_as_the_careful_path_decodes_it():
    raw = EMBEDDED_STORE.read_bytes()
    fast = fast_records(raw)
    records, problems = careful(raw)
    assert problems == [] and fast is not None
    assert same_records(fast, records)


@pytest.mark.parametrize("options", [{"ensure_ascii": True}, {"indent": 2}, {"separators": (",", ":")}])
def test_any_way_of_writing_the_json_is_decoded_the_same(options):
    # ensure_ascii escapes every letter outside ASCII (\u0101...): harmless escapes stay fast.
    tables = shipped_tables()
    find(tables, PERSON)["notes"] = "Line one\nline two\twith a tab, a \"quote\" and a back\\slash: ok"
    raw = dumped(tables, **options)
    fast = fast_records(raw)
    assert fast is not None and same_records(fast, careful(raw)[0])


def test_a_language_not_attested_is_left_out_as_the_careful_path_does():
    tables = shipped_tables()
    doc = find(tables, PERSON)
    doc["name"]["en"] = {"basis": "not-attested", "text": None}
    doc["name"]["lt"] = {"basis": "not-attested"}
    raw = dumped(tables)
    fast = fast_records(raw)
    assert fast is not None and same_records(fast, careful(raw)[0])
    person = next(r for r in fast if r.id == PERSON)
    assert not person.name.attested("en") and not person.name.attested("lt") and person.name.attested("lv")


def test_a_sound_store_never_goes_the_careful_way(tmp_path, monkeypatch):
    # The fast path must really answer for an ordinary store, or it buys nothing.
    def refuse(*_args, **_kwargs):
        raise AssertionError("the careful path was taken")

    monkeypatch.setattr(data.store, "validate", refuse)
    monkeypatch.setattr(check_module, "check_tables", refuse)
    path = tmp_path / "store.json"
    path.write_bytes(EMBEDDED_STORE.read_bytes())
    store = load_store(path, use_cache=False)
    assert PERSON in store and len(store) == len(careful(EMBEDDED_STORE.read_bytes())[0])
    assert check_store(path) == check_module.check_records(careful(EMBEDDED_STORE.read_bytes())[0], [])


@pytest.mark.parametrize(("text", "key"), [
    ('"people": {"1": {"id": "person:a"}, "1": {"id": "person:b"}}', "'1'"),
    ('"people": {"1": {"id": "person:a", "aliases": ["A"], "aliases": ["B"]}}', "'aliases'"),
    ('"people": {"1": {"id": "person:a", "name": {"lv": {"basis": "source", "text": "A", "text": "B"}}}}', "'text'"),
    ('"people": {"1": {"id": "person:a", "name": {"lv": {"basis": "source", "text": "A"}, "lv": {}}}}', "'lv'"),
    ('"people": {}, "people": {}', "'people'"),
    ('"_default": {"1": {"x": 1, "x": 2}}', "'x'"),
])
def test_a_key_given_twice_anywhere_is_left_to_the_careful_path(tmp_path, text, key):
    path = tmp_path / "dup.json"
    path.write_text('{"meta": {"1": {"schema_version": 1}}, ' + text + "}", encoding="utf-8")
    assert fast_records(path.read_bytes()) is None
    with pytest.raises(StoreError, match=f"the key {key} appears twice"):
        load_store(path, use_cache=False)


def _with_duplicate(raw: bytes, field: bytes, dropped: bytes, kept: bytes) -> bytes:
    """The store with `field` given twice, first, in the person's document: `dropped`, then `kept`
    (a parser keeping the last value silently drops the first)."""
    marker = f'"id": "{PERSON}"'.encode()
    assert raw.count(marker) == 1
    return raw.replace(marker, b'"%s": %s, "%s": %s, %s' % (field, dropped, field, kept, marker))


@pytest.mark.parametrize(("field", "dropped", "kept"), [
    (b"notes", b'"a note: with a colon"', b'"kept"'),  # the dropped value's colons are missing too
    (b"notes", b'"no colon"', b'"kept: a colon"'),
    (b"notes", b"null", b'""'),
    (b"aliases", b'["x:y", "z"]', b"[]"),
    (b"aliases", b"[]", b'["a"]'),
    (b"citations", b'[{"source": "source:a", "quote": "q"}]', b'[{"source": "source:lv-mfa-by", "quote": "q"}]'),
])
def test_a_field_twice_in_a_real_store_is_caught_whatever_the_dropped_value(field, dropped, kept):
    raw = _with_duplicate(dumped(shipped_tables()), field, dropped, kept)
    assert fast_records(raw) is None
    with pytest.raises(StoreError, match=f"the key '{field.decode()}' appears twice"):
        parse_store(raw, Path("store.json"))


def test_an_escaped_colon_goes_the_careful_way_and_loads_the_same(tmp_path):
    # \u003a would upset the count of colons: not trusted, read again carefully.
    tables = shipped_tables()
    find(tables, PERSON)["notes"] = "colon here"
    raw = dumped(tables).replace(b"colon here", b"colon\\u003a here")
    assert fast_records(raw) is None
    path = tmp_path / "store.json"
    path.write_bytes(raw)
    assert load_store(path, use_cache=False).get(PERSON).notes == "colon: here"


@pytest.mark.parametrize("bad", ["\x1b]0;owned\x07", "\r", "\x85", "\x7f", "\ud800", "\u202e"])
@pytest.mark.parametrize("where", ["id", "alias", "notes"])
def test_control_and_invisible_characters_are_left_to_the_careful_path(bad, where):
    tables = shipped_tables()
    doc = find(tables, PERSON)
    if where == "id":
        doc["id"] = PERSON + bad
    elif where == "alias":
        doc["aliases"].append("Mora" + bad)
    else:
        doc["notes"] = "note" + bad
    for ensure_ascii in (False, True):
        try:
            raw = dumped(tables, ensure_ascii=ensure_ascii)
        except UnicodeEncodeError:  # a lone surrogate is only written escaped
            continue
        records, problems = careful(raw)
        fast = fast_records(raw)
        if problems:
            assert fast is None
        else:  # a bidi control outside an id is allowed
            assert fast is not None and same_records(fast, records)


def test_line_feeds_and_tabs_only_where_the_careful_path_allows_them():
    for field in ("notes", "alias"):
        tables = shipped_tables()
        doc = find(tables, PERSON)
        if field == "notes":
            doc["notes"] = "one\ntwo"
            doc["issues"] = [{"kind": "typo", "text": "a\tb"}]
        else:
            doc["aliases"].append("Mora\nMora")
        raw = dumped(tables)
        problems = careful(raw)[1]
        fast = fast_records(raw)
        assert (fast is None) == bool(problems)
        assert bool(problems) == (field == "alias")


# Every way a field can be wrong, for the property test below: values of every JSON type,
# blank and hostile texts, ids of the wrong kind, dates that are not dates.
HOSTILE = [None, "", " ", "\u00a0", 0, -1, 1.5, 5.0, "5", False, True, [], {}, [""], [None], ["x"], {"x": 1},
           "country:lv", "person:maira-mora", "city:riga", "org:eu", "source:lv-mfa-by", "envoy:x", "nobody:x",
           "2005", "2005-02-30", "2005-13", " 2005 ", "2005/2004", "2005/2006", "05", "ambassador", "visit",
           {"basis": "source", "text": "X"}, {"lv": {"basis": "source", "text": "X"}},
           {"lv": {"basis": "not-attested", "text": "X"}}, {"lv": {"basis": "source"}},
           {"lv": {"basis": "x", "text": "X"}},
           [{"source": "source:lv-mfa-by", "quote": "q"}], [{"source": "lv", "quote": "q"}],
           [{"kind": "typo", "text": " "}], [{"person": "person:maira-mora"}], [{"person": "country:lv"}],
           10**30, "x" * 3]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document: keys of objects, indexes of lists."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


SHIPPED = shipped_tables()
DOCUMENTS = [(table, key) for table, docs in SHIPPED.items() if table != "meta" for key in docs]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_fast_path_never_accepts_what_the_careful_path_refuses(data):
    """Any one change to any field of any record of the shipped store: either the fast path
    declines, or the careful path accepts the store and the records are the same."""
    tables = copy.deepcopy(SHIPPED)
    table, key = data.draw(st.sampled_from(DOCUMENTS))
    doc = tables[table][key]
    path = data.draw(st.sampled_from(_paths(doc)[1:]))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    action = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if action == "replace":
        parent[path[-1]] = copy.deepcopy(data.draw(st.sampled_from(HOSTILE)))
    elif action == "delete":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent["unexpected"] = copy.deepcopy(data.draw(st.sampled_from(HOSTILE)))
    else:
        parent.append(copy.deepcopy(data.draw(st.sampled_from(HOSTILE))))
    raw = dumped(tables)
    records, problems = careful(raw)
    fast = fast_records(raw)
    if problems:
        assert fast is None, problems[0]
    elif fast is not None:
        assert same_records(fast, records)


@pytest.mark.parametrize(("change", "refused"), [
    (lambda doc: doc["citations"][0].update(quote=" \u00a0 "), True),  # a blank quote
    (lambda doc: doc["citations"][0].update(source="country:lv"), True),  # not a source
    (lambda doc: doc["citations"][0].update(page=12), False),  # a field the careful path ignores
    (lambda doc: doc.update(unexpected=True), False),
])
def test_what_a_citation_holds_is_checked_as_the_careful_path_checks_it(change, refused):
    tables = shipped_tables()
    change(find(tables, PERSON))
    raw = dumped(tables)
    problems = careful(raw)[1]
    assert bool(problems) == refused
    # An unknown field is not the fast path's to judge: it declines, and the careful path loads it.
    assert fast_records(raw) is None


@pytest.mark.parametrize("many", [10, 3000])  # beyond 1,000 no-break spaces the regex reads the rest
def test_a_raw_c1_control_is_seen_however_many_latin_1_signs_come_before_it(many):
    # U+00A0-U+00BF start with the byte 0xC2, as the C1 controls do: they must not hide one.
    tables = shipped_tables()
    find(tables, PERSON)["notes"] = "\u00a0\u00b0" * many
    plain = dumped(tables)
    fast, (records, problems) = fast_records(plain), careful(plain)
    assert problems == [] and fast is not None and same_records(fast, records)
    find(tables, PERSON)["notes"] += "\u0085"
    bad = dumped(tables)
    assert b"\xc2\x85" in bad and fast_records(bad) is None and careful(bad)[1]


# --- texts many records repeat (a visit's occasion and offices, an envoy's title) ----------------

OCCASION = {"lv": {"basis": "source", "text": "Darba vizīte"}, "en": {"basis": "translated", "text": "Working visit"}}
OFFICE = {"lv": {"basis": "source", "text": "Ārlietu ministrs"}, "lt": {"basis": "not-attested"}}
TITLE = {"lv": {"basis": "source", "text": "Vēstnieks"}}


def _holders(tables: dict[str, Any], field: str) -> list[dict[str, Any]]:
    """The documents holding `field` (occasion, office, title), one per record, in store order."""
    if field == "title":
        return list(tables["envoys"].values())
    visits = [doc for doc in tables["visits"].values() if doc.get("people")]
    return visits if field == "occasion" else [doc["people"][0] for doc in visits]


def _repeated(tables: dict[str, Any]) -> None:
    """Every occasion, first office and title one text of a few, as in a large store (decoded
    once each, shared); the shipped store's are mostly distinct (decoded where they stand)."""
    for field, variants in (("occasion", [OCCASION, {"en": OCCASION["en"]}]), ("office", [OFFICE, None]),
                            ("title", [TITLE, TITLE])):
        for number, doc in enumerate(_holders(tables, field)):
            doc[field] = copy.deepcopy(variants[number % 5 == 4])


@pytest.mark.parametrize("repeats", [False, True])
@pytest.mark.parametrize("options", [{}, {"indent": 2}, {"ensure_ascii": True}])
def test_texts_records_repeat_are_the_careful_paths_and_one_object_each(options, repeats):
    tables = shipped_tables()
    if repeats:
        _repeated(tables)
    visits = [doc for doc in tables["visits"].values() if doc.get("people")]
    visits[-1].pop("occasion", None)
    visits[-1]["people"] = [{"person": person["person"]} for person in visits[-1]["people"]]
    raw = dumped(tables, **options)
    fast, (records, problems) = fast_records(raw), careful(raw)
    assert problems == [] and fast is not None and same_records(fast, records)
    by_id = {record.id: record for record in fast}
    assert not by_id[visits[-1]["id"]].occasion and not by_id[visits[-1]["id"]].people[0].office
    if repeats:  # a large store's 300,000 texts are a few hundred: each one object
        first = by_id[visits[0]["id"]]
        assert first.occasion.get("lv").text == "Darba vizīte" and not first.people[0].office.attested("lt")
        assert all(by_id[doc["id"]].occasion is first.occasion for doc in visits[1:4])
        assert all(by_id[doc["id"]].people[0].office is first.people[0].office for doc in visits[1:4])
        envoys = [by_id[doc["id"]] for doc in tables["envoys"].values()]
        assert len({id(envoy.title) for envoy in envoys}) == 1 and envoys[0].title.get("lv").text == "Vēstnieks"


@pytest.mark.parametrize("repeats", [False, True])
@pytest.mark.parametrize("twice", ["first", "last"])  # the text with the key twice met first, or after its twins
@pytest.mark.parametrize(("plain", "doubled", "key"), [
    ('{"lv": {"basis": "source", "text": "Darba vizīte"}}',
     '{"lv": {"basis": "source", "text": "Cita vizīte"}, "lv": {"basis": "source", "text": "Darba vizīte"}}', "'lv'"),
    ('{"lv": {"basis": "source", "text": "Darba vizīte"}}',
     '{"lv": {"basis": "source", "text": "Darba vizīte"}, "lv": {"basis": "source", "text": "Darba vizīte"}}', "'lv'"),
    ('{"lv": {"basis": "source", "text": "Darba vizīte"}}',
     '{"lv": {"basis": "source", "text": "Cita: vizīte", "text": "Darba vizīte"}}', "'text'"),
])
@pytest.mark.parametrize("field", ["occasion", "office", "title"])
def test_a_key_given_twice_in_a_repeated_text_is_left_to_the_careful_path(tmp_path, field, plain, doubled, key, twice,
                                                                          repeats):
    tables = shipped_tables()
    holders = _holders(tables, field)
    for doc in holders if repeats else holders[:2]:
        doc[field] = json.loads(plain)
    raw = dumped(tables)
    marker = json.dumps(json.loads(plain), ensure_ascii=False).encode()
    assert raw.count(marker) == (len(holders) if repeats else 2) and fast_records(raw) is not None
    at = raw.find(marker) if twice == "first" else raw.rfind(marker)
    raw = raw[:at] + doubled.encode() + raw[at + len(marker):]
    assert fast_records(raw) is None
    path = tmp_path / "store.json"
    path.write_bytes(raw)
    with pytest.raises(StoreError, match=f"the key {key} appears twice"):
        load_store(path, use_cache=False)


@pytest.mark.parametrize("repeats", [False, True])
@pytest.mark.parametrize("bad", [
    {"lv": {"basis": "source", "text": " "}},  # blank
    {"lv": {"basis": "not-attested", "text": "X"}},  # a text for a form not attested
    {"lv": {"basis": "source"}},  # no text
    {"lv": {"basis": "x", "text": "X"}},
    {"lv": {"basis": "source", "text": "X", "page": 1}},
    "Darba vizīte", 5, [],
])
@pytest.mark.parametrize("field", ["occasion", "office", "title"])
def test_a_repeated_text_is_checked_as_the_careful_path_checks_it(bad, field, repeats):
    # The text is checked once for all the records repeating it: the first, the last, or every
    # record holding it gets the careful path's verdict.
    for where in ([0], [-1], [0, 1, -1]):
        tables = shipped_tables()
        if repeats:
            _repeated(tables)
        holders = _holders(tables, field)
        for holder in where:
            holders[holder][field] = copy.deepcopy(bad)
        raw = dumped(tables)
        records, problems = careful(raw)
        fast = fast_records(raw)
        if problems:
            assert fast is None, (field, where)
        else:  # (an unknown field: the fast path declines it, the careful one ignores it)
            assert fast is None or same_records(fast, records)
