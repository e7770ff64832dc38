"""Ranking: how well one query word meets one word of a form, and what a form's match scores.

Four tiers, always in this order (a hit of a better tier outranks every hit of a worse one):

    exact       the query word is a word of the form           'rinkevics'  -> Edgars Rinkēvičs
    prefix      ... the start of a word of the form (typing)   'rinke'      -> Edgars Rinkēvičs
    equivalent  ... another spelling or case form of a word    'Ринкевича'  -> Edgars Rinkēvičs
    fuzzy       ... the same word with a typo or two           'rinkevisc'  -> Edgars Rinkēvičs
                (for the word still being typed, also the start of a word with a typo: 'grybuas')

A form matches when *every* query word meets a different word of it, in any order; its tier is
the worst of its words' tiers. Its score (0-100) lies in its tier's band and grows with how
closely the words match and how much of the form they cover; 100 is the whole form, exactly.

Typo tolerance is an edit distance (optimal string alignment: a swap of two neighbouring
letters is one edit) on spelling skeletons: none for words of up to 3 letters, 1 up to 8, 2
beyond. That limit is the threshold below which nothing is returned: a random string meets
no word within it, so it gets no hits rather than noise.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from rapidfuzz.distance import OSA

from search.normalize import WordKeys, word_spans

MIN_EQUIVALENT = 3
"""Query words shorter than this (in skeleton letters) match only exactly or as a prefix."""
MIN_STEMMED = 4
"""Words shorter than this (in skeleton letters) never meet by their stem: 'par' is no case of 'Paris'."""
MIN_FUZZY = 4
"""Query words shorter than this never match with a typo."""
MIN_FUZZY_PREFIX = 5
"""Query words shorter than this never match the start of a longer word with a typo."""
MIN_TWO_TYPOS = 9
"""Query words this long or longer may have two typos; shorter ones (from `MIN_FUZZY`) one."""


class Tier(IntEnum):
    """How a query word meets a word of a form; smaller is better."""

    EXACT = 0
    PREFIX = 1
    EQUIVALENT = 2
    FUZZY = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    def __str__(self) -> str:
        return self.label


_BANDS = {  # tier: (lowest score, width): the bands never overlap, so scores order like tiers
    Tier.EXACT: (90.0, 9.9),
    Tier.PREFIX: (75.0, 14.9),
    Tier.EQUIVALENT: (60.0, 14.9),
    Tier.FUZZY: (40.0, 19.9),
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One record found: which form matched, in which language, how well, and where.

    `words` says which words of `matched` met the query: (word number, letters typed) with 0
    letters typed for a whole-word match; `spans` turns them into character offsets.
    """

    record_id: str
    kind: str
    label: str
    matched: str
    lang: str
    score: float
    tier: Tier
    words: tuple[tuple[int, int], ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) character offsets of the matched parts of `matched`, for highlighting;
        () when they cannot be placed. Computed on each call (the app asks only for the rows it shows)."""
        return match_spans(self.matched, self.words)

    def as_json(self) -> dict[str, object]:
        """The fields of `envoys search --json`."""
        return {"type": self.kind, "id": self.record_id, "label": self.label, "matched": self.matched,
                "lang": self.lang, "score": self.score, "tier": self.tier.label,
                "spans": [list(span) for span in self.spans]}


def match_spans(text: str, words: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Character offsets in `text` of its folded words numbered in `words` (all of a word, or
    its first n folded letters): match_spans('Edgars Rinkēvičs', ((1, 5),)) -> ((7, 12),)."""
    found = word_spans(text)
    if not found or any(position >= len(found) for position, _ in words):
        return ()
    spans = []
    for position, typed in words:
        start, end, lengths = found[position]
        if typed:
            end = start + next((i + 1 for i, length in enumerate(lengths) if length >= typed), len(lengths))
        spans.append((start, end))
    return tuple(sorted(spans))


@dataclass(frozen=True, slots=True)
class WordMatch:
    """How one query word met one word of a form: tier, quality in [0, 1], prefix length."""

    tier: Tier
    quality: float
    prefix: int = 0  # for a prefix match: how many folded letters of the word were typed


def max_typos(length: int) -> int:
    """The edit distance tolerated for a query word of `length` skeleton letters."""
    if length < MIN_FUZZY:
        return 0
    return 1 if length < MIN_TWO_TYPOS else 2


def match_word(query: WordKeys, word: WordKeys, max_tier: Tier = Tier.FUZZY, *,
               typing: bool = False) -> WordMatch | None:
    """The best way `query` meets `word`, at `max_tier` or better; None when it does not.

    match_word(analyse('rinke'), analyse('rinkevics')) -> prefix; 'rinkevica' -> equivalent.
    `typing`: the query word may be unfinished, so a typo in the start of `word` counts too.
    """
    if word.folded == query.folded:
        return WordMatch(Tier.EXACT, 1.0)
    if word.folded.startswith(query.folded):
        return WordMatch(Tier.PREFIX, len(query.folded) / len(word.folded), len(query.folded))
    if max_tier < Tier.EQUIVALENT or len(query.skeleton) < MIN_EQUIVALENT:
        return None
    if word.skeleton == query.skeleton:
        return WordMatch(Tier.EQUIVALENT, 1.0)
    if word.key == query.key and min(len(word.skeleton), len(query.skeleton)) >= MIN_STEMMED:
        return WordMatch(Tier.EQUIVALENT, 0.95)
    if word.skeleton.startswith(query.skeleton):
        return WordMatch(Tier.EQUIVALENT, 0.9 * len(query.skeleton) / len(word.skeleton))
    if max_tier < Tier.FUZZY:
        return None
    quality = fuzzy_quality(query.skeleton, word.skeleton, typing=typing)
    return WordMatch(Tier.FUZZY, quality) if quality else None


def fuzzy_quality(query: str, word: str, *, typing: bool = False) -> float:
    """How closely `word` (or, `typing`, its start) meets `query` within `max_typos`; 0.0 if not."""
    n = len(query)
    limit = max_typos(n)
    if not limit:
        return 0.0
    best = 0.0
    if abs(len(word) - n) <= limit:
        distance = OSA.distance(query, word, score_cutoff=limit)
        if distance <= limit:
            best = 1.0 - distance / max(n, len(word))
    if typing and n >= MIN_FUZZY_PREFIX and len(word) > n:
        distance = min(OSA.distance(query, word[:m], score_cutoff=limit) for m in (n - 1, n, n + 1) if m < len(word))
        if distance <= limit:
            best = max(best, 0.9 * (1.0 - distance / n))
    return best


def form_score(matches: list[tuple[int, WordMatch]], word_lengths: list[int]) -> tuple[Tier, float]:
    """The tier and score of a form from its matched words ((position, match) in query order).

    Score = the tier's band, filled by 65% the words' mean quality and 35% the share of the
    form's letters they cover; 100 only for the whole form, exactly, in its own order.
    """
    tier = Tier.EXACT
    quality = 0.0
    covered = 0
    previous = -1
    in_order = True
    for position, match in matches:
        if match.tier > tier:
            tier = match.tier
        quality += match.quality
        covered += word_lengths[position]
        in_order = in_order and position > previous
        previous = position
    if tier is Tier.EXACT and in_order and len(matches) == len(word_lengths):
        return tier, 100.0
    low, width = _BANDS[tier]
    return tier, low + width * (0.65 * quality / len(matches) + 0.35 * covered / sum(word_lengths))
