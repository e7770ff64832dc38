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
separators). JSON output needs none of this: json.dumps escapes it already.
"""

from __future__ import annotations

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


def _escape(ch: str) -> str:
    if ch in _SHORT:
        return _SHORT[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
