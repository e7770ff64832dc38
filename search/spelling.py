"""Spelling equivalences: the Latvian, Lithuanian and English renderings of one name meet.

One Belarusian or Ukrainian name is written 'Šimovs' in Latvian, 'Shimov' in English and
'Шимов' in Russian (transliterated by `normalize.transliterate` to 'shimov'). Folding already
took 'š' to 's'; `skeleton` takes the English digraph 'sh' there too, so all three meet at
'simovs' / 'simov' (and `inflection.stem` then removes the 's').

The rules, on folded (lowercase ASCII) words, longest first:

    shch, šč -> sc      sh, sz -> s      ch, cz -> c      zh -> z      kh -> h
    ts -> c (Latvian 'c' is English 'ts': Polocka / Polotsk)      x -> ks      w -> v      ph -> f
    y, j -> i (Makejs / Makei / Makey; Kupčina / Kupchyna; Kobjakovs / Kobyakov)

and then doubled letters become one (Boriss / Boris, Marianna / Mariana, -iy / -ii / -i).

These are deliberately coarse: a skeleton is a key for candidates, never shown. 'c' stands
for c, č, ch and ts; two different names that meet here still rank below any exact or
prefix match of the query.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

RULES: tuple[tuple[str, str], ...] = (
    ("shch", "sc"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("ph", "f"),
    ("sz", "s"), ("cz", "c"), ("ts", "c"), ("x", "ks"), ("w", "v"), ("y", "i"), ("j", "i"),
)
"""Replacements applied one after the other, in this order, to the whole word."""
_H_RULES = tuple(rule for rule in RULES if "h" in rule[0])
_OTHER_RULES = tuple(rule for rule in RULES if "h" not in rule[0])
_DOUBLES = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """The spelling-equivalence key of a folded word: 'lukashenko' -> 'lukasenko', 'makejs' -> 'makeis'."""
    if "h" in word:  # most words have none: one test instead of six
        for old, new in _H_RULES:
            if old in word:
                word = word.replace(old, new)
    for old, new in _OTHER_RULES:
        if old in word:
            word = word.replace(old, new)
    if _DOUBLES.search(word):  # searching is four times cheaper than substituting
        word = _DOUBLES.sub(r"\1", word)
    return word


def skeletons(words: Sequence[str]) -> list[str]:
    """`[skeleton(word) for word in words]`, each rule run once over all the words joined by line
    feeds (no rule's pattern holds a line feed, and `.` in the doubled-letter pattern meets none,
    so no rule reaches across two words): at 250,000 records 167,000 words in a few hundredths
    of a second. Words holding a line feed (`fold` makes none) are each taken alone."""
    joined = "\n".join(words)
    if joined.count("\n") != max(len(words) - 1, 0):
        return [skeleton(word) for word in words]
    for old, new in (*_H_RULES, *_OTHER_RULES):
        joined = joined.replace(old, new)
    return _DOUBLES.sub(r"\1", joined).split("\n") if words else []
