"""`json_safe`: JSON text with every character `safe` would escape written as a JSON escape.

A hostile store's text reaches the terminal through `--json` too; JSON escapes C0 controls
itself but writes DEL, C1 controls, bidi overrides and isolates, zero-width characters and line
separators raw. `json_safe` must escape every one of them (its hand-built class is held to
`unicodedata` here) and keep the JSON value the same.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from data.textsafe import _JSON_UNSAFE, _UNSAFE_CATEGORIES, json_safe, safe

UNSAFE_FROM_DEL = [
    chr(c) for c in range(0x7F, sys.maxunicode + 1) if unicodedata.category(chr(c)) in _UNSAFE_CATEGORIES
]


def test_the_class_is_every_unsafe_character_from_del_on_and_nothing_else():
    matched = [chr(c) for c in range(0x7F, sys.maxunicode + 1) if _JSON_UNSAFE.fullmatch(chr(c))]
    assert matched == UNSAFE_FROM_DEL, f"Unicode {unicodedata.unidata_version}: rebuild data.textsafe._JSON_UNSAFE"


@pytest.mark.parametrize("text", [
    "\x1b]0;pwned\x07", "\x7f", "\x80\x85\x9b\x9f", "\u2028\u2029", "\u202e\u2066\u200b\ufeff", "\u00ad",
    "\U000e0001\U000e0041", "\\\u202e", 'a"\u202eb', "Rinkēvičs Ринкевичс",
])
def test_the_json_value_is_the_same_and_no_unsafe_character_is_left_raw(text):
    out = json_safe(json.dumps({text: [text, 1]}, ensure_ascii=False, indent=2))
    assert json.loads(out) == {text: [text, 1]}
    assert safe(out.replace("\n", " ")) == out.replace("\n", " ")  # nothing left for `safe` to escape


def test_a_character_beyond_the_bmp_is_a_surrogate_pair():
    assert json_safe('"\U000e0001"') == '"\\udb40\\udc01"'


@given(st.text(st.characters(blacklist_categories=("Cs",))))
def test_any_text_round_trips(text):
    out = json_safe(json.dumps(text, ensure_ascii=False))
    assert json.loads(out) == text
    assert not re.search(_JSON_UNSAFE, out)
