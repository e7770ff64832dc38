"""`--json` output made by msgspec is json.dumps's text, character for character, made safe for a terminal.

`tui.console.json_text` encodes the model's records with msgspec (five times faster than
json.dumps with `indent`); the promise is that nobody can tell: the same escapes (only `"`, `\\`
and C0 controls), the same layout of empty and nested containers, lone surrogates and odd keys
handed to json.dumps; then both go through `data.textsafe.json_safe`, which writes DEL, C1,
line separators, bidi and other format controls as JSON escapes, so the output parses to the
same value and shows no raw control on a terminal.
"""

from __future__ import annotations

import json
import sys

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from data import model as m
from data.export import to_json
from data.store import load_store
from data.textsafe import json_safe
from tests.storekit import find, write_store
from tui.console import LIST_TABLES, json_text, print_json, show_list, show_record


def dumps(data: object) -> str:
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2))


HOSTILE_TEXTS = [
    "", " ", "\x00", "\x1b]0;pwned\x07\x1b[2J", "\x7f", "\x80\x85\x9b\x9f", "\u2028\u2029", "\u202e\u2066\u200b\ufeff",
    "\ud800", "a\udfffb", "\U0001f1f1\U0001f1fb", "e\u0301", '"\\/', "\t\n\r\b\f", "x" * 100_000,
    "Rinkēvičs Ринкевичс שלום", "\x1f" * 50 + "\u00e9" * 50,
]

# Every character, surrogates included (json.dumps writes them; msgspec refuses them: json.dumps then).
ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=40) | st.sampled_from(HOSTILE_TEXTS)
LEAVES = ANY_TEXT | st.integers() | st.booleans() | st.none()
JSON_LIKE = st.recursive(
    LEAVES, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(ANY_TEXT, inner, max_size=5), max_leaves=30)


@settings(max_examples=600, deadline=None)
@given(JSON_LIKE)
def test_json_text_is_json_dumps_for_any_float_free_data(data):
    assert json_text(data, float_free=True) == dumps(data)


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_each_hostile_text_as_a_value_and_as_a_key(text):
    for data in ([text], {text: text}, {"a": [text, {text: []}], "b": {}}):
        assert json_text(data, float_free=True) == dumps(data)


def test_non_text_keys_are_written_as_json_dumps_writes_them():
    for data in ({1: 2}, {True: None, None: 1}, {10**30: [1]}, {-5: {}}):
        assert json_text(data, float_free=True) == dumps(data)


def test_floats_are_left_to_json_dumps_unless_the_caller_says_there_are_none():
    # msgspec writes 1e16 where json.dumps writes 1e+16: the flag is what keeps floats right.
    data = [1e16, 1e-7, float("inf"), float("nan"), 0.1]
    assert json_text(data) == dumps(data)
    assert json_text({"score": 1e16}) == '{\n  "score": 1e+16\n}'


def test_the_model_has_no_float_field():
    # The callers of the msgspec path (records of the model) rely on it.
    for cls in LIST_TABLES.values():
        for field in cls.__dataclass_fields__.values():
            assert "float" not in str(field.type), (cls, field.name)


def _hostile(tables) -> None:
    find(tables, "person:maira-mora")["name"]["en"]["text"] = "Maira\u202e Mora\u200b\u2028\U0001f600"
    find(tables, "person:maira-mora")["aliases"].append("\u2066Mora\u2069\ufeff")
    find(tables, "country:lv")["name"]["\x1b]0;x\x07"] = {"basis": "source", "text": "Latvija\u2029"}
    find(tables, "country:lv")["notes"] = "line one\nline two\ttab \"quoted\" back\\slash"


@pytest.mark.parametrize("hostile", [False, True], ids=["shipped", "hostile"])
def test_list_and_show_json_are_json_dumps_text_for_every_table_and_record(tmp_path, monkeypatch, capsys, hostile):
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    store = load_store(write_store(tmp_path, _hostile if hostile else None))
    for table, cls in LIST_TABLES.items():
        show_list(store, table, as_json=True, lang="en")
        out = capsys.readouterr().out
        assert out == dumps(to_json(store.all(cls))) + "\n", table
        # and msgspec made it (no fall-back to json.dumps on the way)
        made = msgspec.json.format(msgspec.json.encode(to_json(store.all(cls))), indent=2).decode()
        assert json_safe(made) + "\n" == out
    checked = 0
    for cls in LIST_TABLES.values():
        for record in store.all(cls):
            show_record(store, record, as_json=True, lang="en")
            related = store.related(record.id)
            expected = dumps({**to_json(record), "related": [to_json(r) for r in related]}) + "\n"
            assert capsys.readouterr().out == expected, record.id
            checked += 1
    assert checked > 400
    if hostile:
        person = store.get("person:maira-mora")
        assert isinstance(person, m.Person)
        print_json([person], float_free=True)
        out = capsys.readouterr().out
        assert "\\u202e" in out and "\u202e" not in out  # the hostile text went through, escaped


def test_print_json_writes_one_trailing_line_feed(capsys):
    print_json({"a": [1, "b"]}, float_free=True)
    assert capsys.readouterr().out == '{\n  "a": [\n    1,\n    "b"\n  ]\n}\n'
    assert sys.stdout is not None
