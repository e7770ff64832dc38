"""The typo index finds what scanning every word would find, without scanning every word."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from search.rank import fuzzy_quality, max_typos
from search.typos import TypoIndex


def scan(words: list[str], query: str, typos: int, *, prefixes: bool) -> set[int]:
    """What the typo index promises, by brute force: within `typos` of the word, or of its
    first n - 1, n or n + 1 letters (n = len(query)) for a longer word."""
    found = set()
    n = len(query)
    for i, word in enumerate(words):
        if word == query:
            continue
        if OSA.distance(query, word) <= typos:
            found.add(i)
        elif prefixes and any(0 < OSA.distance(query, word[:m]) <= typos for m in (n - 1, n, n + 1) if m < len(word)):
            found.add(i)
    return found


def mutate(word: str, rng: random.Random, edits: int) -> str:
    for _ in range(edits):
        i = rng.randrange(len(word))
        letter = rng.choice("abcdeiklmnoprstuvz")
        match rng.randrange(4):
            case 0:
                word = word[:i] + letter + word[i + 1 :]
            case 1:
                word = word[:i] + letter + word[i:]
            case 2 if len(word) > 5:
                word = word[:i] + word[i + 1 :]
            case _ if i + 1 < len(word):
                word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word


@pytest.fixture(scope="module")
def vocabulary() -> list[str]:
    rng = random.Random(5)
    syllables = ["kal", "ber", "zar", "lie", "ozol", "ber", "kla", "liep", "vit", "dum", "rieks", "sil", "krum",
                 "ka", "ne", "vi", "co", "sen", "ko", "ma", "ru", "lu", "sa", "pe"]
    endings = ["ins", "ens", "itis", "nieks", "ovs", "skis", "ulis", "s", "is", "a", "e", "enko", "evics"]
    return sorted({"".join(rng.choice(syllables) for _ in range(rng.choice((2, 3)))) + rng.choice(endings)
                   for _ in range(3000)})


def test_one_typo_finds_exactly_what_a_scan_finds(vocabulary):
    index = TypoIndex(vocabulary)
    rng = random.Random(1)
    for _ in range(150):
        query = mutate(rng.choice(vocabulary), rng, 1)
        query = query[: rng.randrange(4, len(query) + 1)] if len(query) > 4 else query
        if not 4 <= len(query) <= 8:
            continue
        for prefixes in (False, True):
            assert set(index.near(query, 1, prefixes=prefixes)) == scan(vocabulary, query, 1, prefixes=prefixes)


def test_two_typos_find_every_whole_word_a_scan_finds(vocabulary):
    index = TypoIndex(vocabulary)
    rng = random.Random(2)
    for _ in range(150):
        query = mutate(rng.choice([w for w in vocabulary if len(w) >= 9]), rng, 2)
        if len(query) < 9:
            continue
        assert set(index.near(query, 2, prefixes=False)) >= scan(vocabulary, query, 2, prefixes=False)


def test_nothing_near_a_random_string(vocabulary):
    index = TypoIndex(vocabulary)
    assert index.near("qxwjqxwj", 1) == {} and index.near("qxwjqxwjqxwj", 2) == {}


def test_the_typos_allowed_grow_with_the_word():
    assert [max_typos(n) for n in (1, 3, 4, 8, 9, 20)] == [0, 0, 1, 1, 2, 2]
    assert fuzzy_quality("rinkevisc", "rinkevics") > 0.8
    assert fuzzy_quality("mora", "zzzz") == 0.0


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="abcdeiklmnoprstuvz", max_size=40), st.integers(0, 3), st.booleans())
def test_any_query_word(vocabulary, query, typos, prefixes):
    index = TypoIndex(vocabulary)
    found = index.near(query, typos, prefixes=prefixes)
    assert found == index.near(query, typos, prefixes=prefixes)
    assert all(0 < distance <= typos for distance in found.values())
