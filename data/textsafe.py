"""One function for every piece of store or path text that reaches a terminal: `safe`.

Text from a store, a page or a path is data. Printed raw, an escape sequence in a name could
retitle, recolour or clear the terminal; a line break in a file name splits a one-line message
in two; a bidi override (U+202E) reverses what follows it on screen, and zero-width characters
make two different ids look the same. `safe` shows each such character as a visible escape
(`\\x1b`, `\\n`, `\\u202e`), and leaves every other character, accents, Cyrillic and
non-breaking spaces included, as it is.

What is escaped, by Unicode general category: Cc (C0 and C1 controls, DEL), Cf (format
characters: bidi controls and isolates, zero-width space and joiners, BOM, soft hyphen...),
Cs (lone surrogates, from file names that are not UTF-8), Zl and Zp (line and paragraph
separators). JSON output escapes C0 controls itself but writes the rest raw (json.dumps with
`ensure_ascii=False`, and msgspec alike): `json_safe` writes each of them as a JSON escape, so
`--json` output is as safe on a terminal as a table and still parses to the same text.
"""

from __future__ import annotations

import re
import unicodedata

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def safe(text: object) -> str:
    """`text` (or its str()) with every control, format, surrogate and line-separator character
    shown as a visible escape."""
    text = str(text)
    if text.isprintable():  # the common case, in C: nothing to escape (isprintable is stricter)
        return text
    return "".join(_escape(ch) if unicodedata.category(ch) in _UNSAFE_CATEGORIES else ch for ch in text)


# The characters of the categories above from U+007F on, as Unicode 14 (Python 3.11) has them:
# built by hand once, since scanning every code point at each start would cost 0.3 s;
# `tests/test_textsafe.py` holds the class to `unicodedata`.
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb\U000110bd"
    "\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)


def json_safe(json_text: str) -> str:
    """JSON text with every control, format, surrogate and separator character that JSON writes
    raw given as a `\\uXXXX` escape (a surrogate pair beyond the BMP): the same JSON value.

    Such a character can only stand inside a string, and never right after an escaping
    backslash (JSON's escapes are ASCII), so replacing it keeps the text valid JSON."""
    return _JSON_UNSAFE.sub(_json_escape, json_text)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _escape(ch: str) -> str:
    if ch in _SHORT:
        return _SHORT[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
