"""Normalisation stages for matching names however they are typed.

Each stage is a plain function of a string, testable alone, in the order `fold` applies them:

1. `nfkc_casefold`: Unicode compatibility forms meet ('ﬁ' -> 'fi'), case goes ('ß' -> 'ss').
2. `transliterate`: Cyrillic (Belarusian, Russian, Ukrainian) to Latin letters by `anyascii`,
   *before* any mark is dropped: decomposing first would turn 'й' into 'и' and 'ў' into 'у'.
3. `fold_diacritics`: combining marks go, the letter stays ('ē' -> 'e'); letters that do not
   decompose ('ł', 'ø', 'đ') and other scripts go to ASCII by `anyascii`.
4. `separate`: what is not a letter or digit separates words; apostrophes join
   ('O’Brien', the Cyrillic soft sign that `anyascii` writes as "'") rather than split.

`fold` composes them; `spelling.skeleton` (Latvian, Lithuanian and English renderings of one
name meet) and `inflection.stem` (case endings go) work on its words, and `analyse` composes
those into the keys the index stores for every word.

Stages 2 to 4 work letter by letter, so `fold` runs them once per distinct character and keeps
the answer in a table that `str.translate` reads: folding a name costs one C loop.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from anyascii import anyascii

from search.inflection import stem
from search.spelling import skeleton, skeletons

_APOSTROPHES = frozenset("'`ʼʹʻʽ’‘′")
_CYRILLIC_BLOCKS = ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F))


def nfkc_casefold(text: str) -> str:
    """Compatibility-normalised and case-folded: 'ＲＩＮＫĒVIČS' -> 'rinkēvičs', 'ß' -> 'ss'.

    NFKC again after casefold, because casefold can leave a decomposed sequence ('İ' -> 'i' + U+0307).
    """
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def _is_cyrillic(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CYRILLIC_BLOCKS)


def transliterate(text: str) -> str:
    """Cyrillic letters to Latin ('шимов' -> 'shimov', 'ў' -> 'u', 'й' -> 'y'); other text unchanged.

    One scheme (anyascii's) for the three languages: no scheme matches every way a Baltic text
    writes a Belarusian name, so `spelling.skeleton` bridges the rest (sh/š, y/j/i, kh/h...).
    """
    if text.isascii():
        return text
    return "".join(anyascii(c) if _is_cyrillic(c) else c for c in text)


def _fold_diacritics_char(char: str) -> str:
    if char.isascii():
        return char
    category = unicodedata.category(char)
    if category[0] == "M":
        return ""  # a combining mark: the accent goes, the letter stays
    if category[0] not in "LN":
        return char  # punctuation, symbols, emoji: `separate` decides
    base = "".join(c for c in unicodedata.normalize("NFD", char) if unicodedata.category(c)[0] != "M")
    return base if base.isascii() else anyascii(base)


def fold_diacritics(text: str) -> str:
    """Marks dropped and letters to ASCII: 'Rinkēvičs' -> 'Rinkevics', 'Łukaszenka' -> 'Lukaszenka'."""
    if text.isascii():
        return text
    return "".join(_fold_diacritics_char(c) for c in text)


def _separate_char(char: str) -> str:
    if char.isascii() and char.isalnum():
        return char
    return "" if char in _APOSTROPHES else " "


def separate(text: str) -> str:
    """Words split on anything but ASCII letters and digits, apostrophes dropped, spaces collapsed.

    'Reizniece-Ozola' -> 'Reizniece Ozola', 'A.Lukashenko' -> 'A Lukashenko', "Mar'yana" -> 'Maryana'.
    """
    return " ".join("".join(_separate_char(c) for c in text).split())


class _FoldTable(dict):
    """ord(char) -> what stages 2-4 make of an already case-folded char, computed on first use."""

    LIMIT = 200_000  # hostile input cannot grow the table without bound

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = "".join(_separate_char(c) for c in fold_diacritics(transliterate(char))).lower()
        if len(self) < self.LIMIT:
            self[code] = folded
        return folded


_TABLE = _FoldTable()


class _CharFold(dict):
    """char -> what `fold` makes of it alone (NFKC and casefold included), computed on first use."""

    def __missing__(self, char: str) -> str:
        folded = nfkc_casefold(char).translate(_TABLE)
        if len(self) < _FoldTable.LIMIT:
            self[char] = folded
        return folded


_CHARS = _CharFold()


def fold(text: str) -> str:
    """Case-, accent- and script-insensitive form: 'Rinkēvičs', 'РИНКЕВИЧС' -> 'rinkevics'.

    The four stages above, in order; the result is lowercase ASCII words separated by single
    spaces ('' when nothing is left). Equal to
    `separate(fold_diacritics(transliterate(nfkc_casefold(text)))).lower()`, only faster.
    """
    return " ".join(nfkc_casefold(text).translate(_TABLE).split())


def folded_words(texts: Sequence[str]) -> list[list[str]]:
    """`[fold(text).split() for text in texts]`, a few C calls over all of them at once.

    The texts are normalised joined by line feeds: a line feed composes with no character and
    no case, compatibility or canonical mapping makes or takes one, so the joined text
    normalises to the texts' normalisations joined (a text holding a line feed itself: each
    alone, as `fold` does). At 250,000 records: 330,000 names in 0.2 s rather than 0.6 s."""
    if not texts:
        return []
    joined = "\n".join(texts)
    lines = len(texts) - 1
    if joined.count("\n") == lines:
        normal = nfkc_casefold(joined)
        if normal.count("\n") == lines:
            return [line.translate(_TABLE).split() for line in normal.split("\n")]
    return [fold(text).split() for text in texts]


def words(text: str) -> list[str]:
    """The folded words of a text: 'Edgara Rinkēviča' -> ['edgara', 'rinkevica']."""
    return fold(text).split()


def ends_word(text: str) -> bool:
    """Whether the text's last character separates words (a space, punctuation, a symbol).

    ends_word('Rinkēvičs ') -> True; ends_word('Rinkēv') -> False; a trailing accent or
    apostrophe belongs to the word: ends_word('Rinke\u0304') -> False.
    """
    return bool(text) and _CHARS[text[-1]].startswith(" ")


def word_spans(text: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """Where each word of `fold(text)` lies in `text`: (start, end, folded length after each char).

    The third item maps a folded prefix back to the original: the first n folded letters of a
    word end after the first char whose running length reaches n. Used to highlight a match.
    Returns [] when the text's characters fold differently alone than together (which only
    exotic combining sequences do); the caller then shows no highlight.
    """
    spans: list[tuple[int, int, tuple[int, ...]]] = []
    start, lengths = -1, []
    for position, char in enumerate(text):
        piece = _CHARS[char]
        if not piece:  # a mark or an apostrophe: part of the word it sits in
            if start >= 0:
                lengths.append(lengths[-1])
            continue
        for letter in piece:
            if letter == " ":
                if start >= 0:
                    spans.append((start, start + len(lengths), tuple(lengths)))
                    start, lengths = -1, []
            elif start < 0:
                start, lengths = position, [1]
            elif start + len(lengths) == position + 1:  # this char already gave a letter
                lengths[-1] += 1
            else:
                lengths.append(lengths[-1] + 1)
    if start >= 0:
        spans.append((start, start + len(lengths), tuple(lengths)))
    if len(spans) != len(fold(text).split()):
        return []
    return spans


class WordKeys(NamedTuple):
    """The keys of one folded word, from the strictest to the loosest.

    `folded` ('rinkevica') meets exact and prefix matches; `skeleton` ('rinkevica') meets another
    rendering of the same name ('Ринкевича' -> 'rinkevicha' -> 'rinkevica'); `key` ('rinkevic')
    is the skeleton without its case ending, so a declined form meets its nominative.
    """

    folded: str
    skeleton: str
    key: str


def analyse(word: str) -> WordKeys:
    """The keys of one word of `fold` output: analyse('rinkevica') -> ('rinkevica', 'rinkevica', 'rinkevic')."""
    skel = skeleton(word)
    return _new_keys(WordKeys, (word, skel, stem(skel)))


_new_keys = tuple.__new__  # builds a WordKeys without NamedTuple's Python-level __new__: the index makes 10^5


def analyse_all(words: Sequence[str]) -> list[WordKeys]:
    """`[analyse(word) for word in words]`, the spelling rules run once over all the words."""
    new = _new_keys
    return [new(WordKeys, (word, skel, stem(skel))) for word, skel in zip(words, skeletons(words), strict=True)]
