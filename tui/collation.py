"""Sorting text in the alphabet of the interface language: Latvian a ā b c č …, Lithuanian a ą b c č ….

A small, explicit alphabet table per language rather than a collation library: PyICU would do it
but is a heavy native dependency, and `pyuca` (the Unicode Collation Algorithm) has no Latvian or
Lithuanian tailoring, which is the whole point here. `sort_key` is computed once per row (Python's
`sorted(key=...)`), never per comparison.
"""

from __future__ import annotations

import unicodedata
from functools import cache

ALPHABETS = {
    # Latvian: 33 letters; q w x y are not in it and sort beside their Latin neighbours.
    "lv": "a ā b c č d e ē f g ģ h i ī j k ķ l ļ m n ņ o p r s š t u ū v z ž",
    # Lithuanian: 32 letters; y sorts with i (as in Lithuanian dictionaries).
    "lt": "a ą b c č d e ę ė f g h i į y j k l m n o p r s š t u ų ū v z ž",
    "en": "a b c d e f g h i j k l m n o p q r s t u v w x y z",
}
SAME_AS = {"lt": {"y": "i"}}  # letters that share their primary place with another

_LETTER_BASE = 1_000       # letters rank above digits, spaces and punctuation (their code points)
_OTHER_SCRIPT = 100_000    # letters of other scripts (Cyrillic...) after the Latin ones


@cache
def _ranks(lang: str) -> dict[str, int]:
    order = ALPHABETS.get(lang, ALPHABETS["en"]).split()
    for letter in "abcdefghijklmnopqrstuvwxyz":  # Latin letters the language lacks: after their predecessor
        if letter not in order:
            before = chr(ord(letter) - 1)
            order.insert(order.index(before) + 1 if before in order else 0, letter)
    ranks = {letter: _LETTER_BASE + position for position, letter in enumerate(order)}
    for letter, same in SAME_AS.get(lang, {}).items():
        ranks[letter] = ranks[same]
    return ranks


def _rank(char: str, ranks: dict[str, int]) -> int:
    rank = ranks.get(char)
    if rank is not None:
        return rank
    base = unicodedata.normalize("NFD", char)[0]  # é → e, ł stays ł
    rank = ranks.get(base)
    if rank is not None:
        return rank
    return _OTHER_SCRIPT + ord(char) if char.isalpha() else ord(char)


def sort_key(text: str, lang: str) -> tuple[tuple[int, ...], str, str]:
    """A key that orders `text` as a dictionary of `lang` would: the letters' places in the
    alphabet first, then (for ties such as i/y in Lithuanian or case) the folded and the raw text."""
    folded = unicodedata.normalize("NFC", text.casefold())
    ranks = _ranks(lang)
    return tuple(_rank(char, ranks) for char in folded), folded, text
