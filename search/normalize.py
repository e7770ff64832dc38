"""Normalisation stages for matching names however they are typed.

Each stage is a plain function of a string, testable alone:
`fold` (NFKC, casefold, diacritics and Cyrillic to ASCII letters).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from anyascii import anyascii


@lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    category = unicodedata.category(char)
    if category[0] == "M":
        return ""  # combining marks: the accent goes, the letter stays
    if category[0] in "LN":
        return anyascii(char).lower()
    return " "  # punctuation, symbols, emoji, controls: word separators


def fold(text: str) -> str:
    """Case-, accent- and script-insensitive form: 'Rinkēvičs', 'РИНКЕВИЧС' -> 'rinkevics'...

    NFKC first (so compatibility forms meet), then each letter to ASCII by `anyascii` (which
    transliterates Cyrillic before any mark is dropped: 'й' stays distinct from 'и'), every
    non-letter to a space, and runs of spaces collapsed.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        folded = "".join(c if c.isalnum() else " " for c in text)
    else:
        folded = "".join(_fold_char(c) for c in text)
    return " ".join(folded.split())
