"""The vocabulary: every distinct folded word of the indexed forms, and the ways to find one.

The search narrows by *words* before it looks at any form: 100,000 people have about 336,000
forms but 160,000 distinct words, and most query words meet a few dozen of them. For a query
word the vocabulary lists its candidate words, tier by tier (see `search.rank`):

    exact       a dict lookup
    prefix      a binary search in the sorted words (shortest words first)
    equivalent  a dict of stem keys, and a binary search in the sorted skeletons
    fuzzy       `search.typos`: one-edit variants, or halves, looked up in the sorted skeletons

Each word also counts the forms that contain it, so a multi-word query can start from its
most selective word without listing any form.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate, chain

from search.normalize import WordKeys, analyse, analyse_all
from search.rank import MIN_EQUIVALENT, MIN_FUZZY_PREFIX, Tier, max_typos
from search.typos import TypoIndex

_CACHED_PREFIX = 2  # the words of prefixes up to this long stay listed shortest first, once asked


class Vocabulary:
    """Distinct folded words (by word id), with their keys, form counts and lookup indexes."""

    def __init__(self) -> None:
        self.words: list[WordKeys] = []
        self.ids: dict[str, int] = {}
        self.forms: list[int] = []  # word id -> how many forms (of any kind) contain the word
        # built by `freeze`
        self.lengths: list[int] = []
        self.sorted_ids: list[int] = []
        self.sorted_words: list[str] = []
        self.cumulative: list[int] = []
        self.skeletons: list[str] = []
        self.skeleton_words: list[tuple[int, ...]] = []
        self.skeleton_cumulative: list[int] = []
        self.key_words: dict[str, tuple[int, ...]] = {}
        self.key_forms: dict[str, int] = {}
        self.typos = TypoIndex([])
        self._short: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self.words)

    def add(self, word: str) -> int:
        """The id of a folded word, adding it (with its keys) if new."""
        wid = self.ids.get(word)
        if wid is None:
            wid = self.ids[word] = len(self.words)
            self.words.append(analyse(word))
            self.forms.append(0)
        return wid

    def add_texts(self, texts: list[list[str]]) -> list[tuple[int, ...]]:
        """The word ids of each text's folded words (new words added, in the order first met, as
        `add` would), and each text counted once for each distinct word it holds: what the index
        makes of a kind's forms, with the words analysed all at once (`analyse_all`)."""
        ids, counts = self.ids, self.forms
        new = [word for word in dict.fromkeys(chain.from_iterable(texts)) if word not in ids]
        ids.update(zip(new, range(len(self.words), len(self.words) + len(new)), strict=True))
        self.words += analyse_all(new)
        counts += [0] * len(new)
        wid = ids.__getitem__
        found = [tuple(map(wid, words)) for words in texts]
        for word, count in Counter(chain.from_iterable(map(set, found))).items():
            counts[word] += count
        return found

    def freeze(self) -> None:
        """Build the sorted views and the key, skeleton and typo indexes, once every word is in."""
        words, forms = self.words, self.forms
        folded = [keys.folded for keys in words]
        self.lengths = list(map(len, folded))
        self.sorted_ids = sorted(range(len(words)), key=folded.__getitem__)
        self.sorted_words = list(map(folded.__getitem__, self.sorted_ids))
        self.cumulative = list(accumulate(map(forms.__getitem__, self.sorted_ids), initial=0))
        skeleton_ids: dict[str, int] = {}
        skeleton_words: list[list[int]] = []
        key_words: dict[str, list[int]] = {}
        key_forms: dict[str, int] = {}
        for wid, keys in enumerate(words):
            sid = skeleton_ids.setdefault(keys.skeleton, len(skeleton_ids))
            if sid == len(skeleton_words):
                skeleton_words.append([wid])
            else:
                skeleton_words[sid].append(wid)
            if keys.key in key_words:
                key_words[keys.key].append(wid)
                key_forms[keys.key] += forms[wid]
            else:
                key_words[keys.key] = [wid]
                key_forms[keys.key] = forms[wid]
        # tuples of ints, unlike lists, drop out of the garbage collector's sight after one pass
        self.skeletons = list(skeleton_ids)
        self.skeleton_words = [tuple(wids) for wids in skeleton_words]
        self.key_words = {key: tuple(wids) for key, wids in key_words.items()}
        self.key_forms = key_forms
        self.typos = TypoIndex(self.skeletons)
        skeleton_forms = [sum(map(forms.__getitem__, wids)) for wids in skeleton_words]
        self.skeleton_cumulative = list(accumulate(map(skeleton_forms.__getitem__, self.typos.order), initial=0))

    # --- lookups ------------------------------------------------------------------------

    def _range(self, prefix: str) -> tuple[int, int]:
        low = bisect.bisect_left(self.sorted_words, prefix)
        return low, bisect.bisect_left(self.sorted_words, prefix + "\x7f", low)

    def starting_with(self, prefix: str) -> list[int]:
        """The words that start with `prefix`, shortest first."""
        found = self._short.get(prefix)
        if found is None:
            low, high = self._range(prefix)
            found = sorted(self.sorted_ids[low:high], key=self.lengths.__getitem__)
            if len(prefix) <= _CACHED_PREFIX:
                self._short[prefix] = found
        return found

    def skeletons_starting_with(self, skeleton: str) -> Iterator[int]:
        """The words whose skeleton starts with `skeleton`, shortest skeleton first."""
        low, high = self.typos.prefix_range(skeleton)
        for sid in sorted(self.typos.order[low:high], key=lambda sid: len(self.skeletons[sid])):
            yield from self.skeleton_words[sid]

    def near(self, query: WordKeys, *, typing: bool = False) -> list[int]:
        """The words whose skeleton is within the typos allowed of the query's, nearest first;
        `typing`: also those whose start is (the query word may be unfinished)."""
        skeleton = query.skeleton
        prefixes = typing and len(skeleton) >= MIN_FUZZY_PREFIX
        near = self.typos.near(skeleton, max_typos(len(skeleton)), prefixes=prefixes)
        sids = sorted(near, key=lambda sid: (near[sid], len(self.skeletons[sid])))
        return [wid for sid in sids for wid in self.skeleton_words[sid]]

    def candidates(self, query: WordKeys, level: Tier, near: list[int] | None = None) -> Iterator[int]:
        """The words `query` can meet at `level` or better, roughly best first, each once.

        `near` is `self.near(query)` when the caller has it already (it is the costly part).
        """
        seen: set[int] = set()
        exact = self.ids.get(query.folded)
        if exact is not None:
            seen.add(exact)
            yield exact
        sources: list = [self.starting_with(query.folded)]
        if level >= Tier.EQUIVALENT and len(query.skeleton) >= MIN_EQUIVALENT:
            sources += [self.key_words.get(query.key, ()), self.skeletons_starting_with(query.skeleton)]
        if level >= Tier.FUZZY:
            sources.append(self.near(query) if near is None else near)
        for source in sources:
            for wid in source:
                if wid not in seen:
                    seen.add(wid)
                    yield wid

    def word_estimate(self, query: WordKeys, level: Tier, near: list[int] | None = None) -> int:
        """About how many words `query` can meet at `level` or better (an upper bound, cheaply)."""
        low, high = self._range(query.folded)
        total = high - low
        if level >= Tier.EQUIVALENT and len(query.skeleton) >= MIN_EQUIVALENT:
            low, high = self.typos.prefix_range(query.skeleton)
            total += high - low + len(self.key_words.get(query.key, ()))
        if level >= Tier.FUZZY and near:
            total += len(near)
        return total

    def estimate(self, query: WordKeys, level: Tier, near: list[int] | None = None) -> int:
        """About how many forms `query` can meet at `level` or better (an upper bound, cheaply)."""
        low, high = self._range(query.folded)
        total = self.cumulative[high] - self.cumulative[low]
        if level >= Tier.EQUIVALENT and len(query.skeleton) >= MIN_EQUIVALENT:
            total += self.key_forms.get(query.key, 0)
            low, high = self.typos.prefix_range(query.skeleton)
            total += self.skeleton_cumulative[high] - self.skeleton_cumulative[low]
        if level >= Tier.FUZZY and near:
            total += sum(map(self.forms.__getitem__, near))
        return total
