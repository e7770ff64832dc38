"""Typo-tolerant lookup: the words within one or two typos of a query word, without scanning them all.

Words here are spelling skeletons (`search.spelling`), kept sorted, so "the words that start
with v" is a binary search. A typo is one edit: a letter changed, added, dropped, or two
neighbours swapped (optimal string alignment distance). Both the whole word and its start
count, since the user may still be typing ('grybuas' is a typo for the start of
'grybauskaite'): a start is the word's first n - 1, n or n + 1 letters, n the query's length.

One typo (`near(query, 1)`): every one-edit variant of the query is looked up as a prefix.
A word within one edit of the query, or whose start is, starts with one of them. The variants
that change position i all start with query[:i], so once no word starts with query[:i] the
later positions are skipped; and once only a few dozen words start with query[:i], those are
measured directly. The typo usually sits where the prefix stops matching, so only a few
hundred variants are looked up.

Two typos (`near(query, 2)`, words of 9 letters or more, where a variant list would run to
tens of thousands): cut the query in two halves. Two typos leave one half with at most one,
so the word starts with a one-edit variant of the first half (looked up as above), or ends
with the intact second half (a binary search in the words spelt backwards, also sorted). A
swap across the cut touches both halves with one typo, so the query with that swap undone
is looked up too. rapidfuzz then measures the candidates in one call. (A word still being
typed is found this way when its first half has at most one of the two typos.)
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

_MEASURE = 48  # once this few words share the query's start, measure them rather than look up variants


class TypoIndex:
    """The words sorted, and sorted spelt backwards, to find the words near a query word."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = words
        self.order: list[int] = sorted(range(len(words)), key=words.__getitem__)
        self.sorted: list[str] = [words[i] for i in self.order]
        backwards = [word[::-1] for word in words]
        self.backwards_order: list[int] = sorted(range(len(words)), key=backwards.__getitem__)
        self.backwards: list[str] = [backwards[i] for i in self.backwards_order]
        self.alphabet = "".join(sorted(set().union(*words))) if words else ""

    def prefix_range(self, prefix: str, low: int = 0, high: int | None = None) -> tuple[int, int]:
        """The slice of `sorted` (and `order`) holding the words that start with `prefix`."""
        high = len(self.sorted) if high is None else high
        low = bisect.bisect_left(self.sorted, prefix, low, high)
        return low, bisect.bisect_left(self.sorted, prefix + "\x7f", low, high)

    def suffix_ids(self, suffix: str) -> list[int]:
        """The words that end with `suffix`."""
        backwards = suffix[::-1]
        low = bisect.bisect_left(self.backwards, backwards)
        high = bisect.bisect_left(self.backwards, backwards + "\x7f", low)
        return self.backwards_order[low:high]

    def near(self, query: str, typos: int, *, prefixes: bool = True) -> dict[int, int]:
        """{word index: distance} for the words within `typos` edits of `query`, or (with
        `prefixes`) whose start is; the query itself (distance 0) is left to exact matching."""
        if typos <= 0 or len(query) <= typos:
            return {}
        if typos == 1:
            return {i: 1 for i in self._one_edit(query, prefixes=prefixes)}
        return self._two_edits(query, prefixes)

    # --- one typo: variants --------------------------------------------------------------

    def _one_edit(self, query: str, *, prefixes: bool) -> set[int]:
        """The words equal to (or, with `prefixes`, starting with) a one-edit variant of `query`."""
        found: set[int] = set()
        n = len(query)
        alphabet = self.alphabet
        for i in range(n + 1):
            low, high = self.prefix_range(query[:i])
            if low == high:
                break  # no word starts with query[:i]: no variant changing a later position can match
            if high - low <= _MEASURE:  # few words left: measure them all rather than list variants
                found.update(self._measure(query, low, high, prefixes=prefixes))
                break
            variants = {query[:i] + letter + query[i:] for letter in alphabet}  # a letter added
            if i < n:
                variants.add(query[:i] + query[i + 1 :])  # dropped
                variants.update(query[:i] + letter + query[i + 1 :] for letter in alphabet)  # changed
                if i + 1 < n:
                    variants.add(query[:i] + query[i + 1] + query[i] + query[i + 2 :])  # swapped
            variants.discard(query)
            for variant in variants:
                if not variant:
                    continue
                start, end = self.prefix_range(variant, low, high)
                if start == end:
                    continue
                if prefixes:
                    found.update(self.order[start:end])
                elif self.sorted[start] == variant:
                    found.add(self.order[start])
        low, high = self.prefix_range(query)
        if low < high and self.sorted[low] == query:
            found.discard(self.order[low])  # the query itself is an exact match, not a typo
        return found

    def _measure(self, query: str, low: int, high: int, *, prefixes: bool) -> list[int]:
        """Of the sorted words low..high, those within one edit of `query` (or of their start)."""
        words, ids = self.sorted[low:high], self.order[low:high]
        found = [ids[i] for _, _, i in process.extract(query, words, scorer=OSA.distance, score_cutoff=1, limit=None)]
        if prefixes:
            n = len(query)
            for m in (n - 1, n, n + 1):
                longer = [i for i, word in enumerate(words) if len(word) > m]
                heads = [words[i][:m] for i in longer]
                found += [ids[longer[j]] for _, _, j in
                          process.extract(query, heads, scorer=OSA.distance, score_cutoff=1, limit=None)]
        return found

    # --- two typos: halves ---------------------------------------------------------------

    def candidates(self, query: str) -> set[int]:
        """Every word within two typos of `query` is among these (and a few more)."""
        half = len(query) // 2
        found: set[int] = set()
        swapped = query[: half - 1] + query[half] + query[half - 1] + query[half + 1 :]
        for variant in (query, swapped):
            found.update(self._one_edit(variant[:half], prefixes=True))
            low, high = self.prefix_range(variant[:half])
            found.update(self.order[low:high])
            found.update(self.suffix_ids(variant[half:]))
        return found

    def _two_edits(self, query: str, prefixes: bool) -> dict[int, int]:
        ids = list(self.candidates(query))
        words = [self.words[i] for i in ids]
        found = {ids[i]: int(distance) for _, distance, i in
                 process.extract(query, words, scorer=OSA.distance, score_cutoff=2, limit=None)}
        if prefixes:  # the word's first n - 1, n or n + 1 letters, for a word longer than those
            n = len(query)
            for m in (n - 1, n, n + 1):
                longer = [i for i, word in enumerate(words) if len(word) > m]
                heads = [words[i][:m] for i in longer]
                for _, distance, j in process.extract(query, heads, scorer=OSA.distance, score_cutoff=2, limit=None):
                    i = ids[longer[j]]
                    found[i] = min(int(distance), found.get(i, 3))
        return {i: d for i, d in found.items() if d > 0}
