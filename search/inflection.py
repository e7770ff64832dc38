"""Inflection: a declined Latvian or Lithuanian form meets its nominative.

The sources decline names ('Edgara Rinkēviča', 'Kariņa', 'Minskā', 'Vilniuje', 'Baltarusijos');
users type them so. `stem` removes the case ending of the common declensions, so
'rinkevica' (genitive), 'rinkevicu' (accusative) and 'rinkevics' (nominative) all become
'rinkevic', and 'vilniuie' (Lithuanian locative, after `spelling.skeleton`), 'vilnius' and
'vilna' (Latvian 'Viļņa') all become 'viln'.

It works on *skeletons* (see `search.spelling`): j and y are already i, doubled letters single,
so the endings below are written that way ('-yje' is 'ie', '-ijos' is 'ios'). One rule more:
a stem left ending in a vowel loses it, since a glide or a stem vowel is where the languages
disagree ('baltkrievia' -> 'baltkrievi' -> 'baltkriev'): so '-ija'/'-ijas'/'-ijos' (Baltkrievija,
Baltarusijos), '-ejs'/'-ei'/'-ey' (Makejs, Makei, Makey) and Ukraina/Ukraine meet.

No dictionary and no part of speech: the shortest stem kept is `MIN_STEM` letters, and a word
with a digit is left alone. Over-stemming only merges candidates of the 'equivalent' tier,
which ranks below every exact and prefix match.
"""

from __future__ import annotations

MIN_STEM = 3

_LATVIAN = (
    # nouns, singular: nominative, genitive, dative, accusative, locative (ā, ī, ū fold to a, i, u)
    "s", "a", "am", "u",                # 1st declension (-s, -š): Rinkēvičs, Rinkēviča, -am, -u, -ā
    "is", "im", "i",                    # 2nd (-is): Semanis, Semaņa, -im, -i, -ī
    "us", "um",                         # 3rd (-us)
    "as", "ai",                         # 4th (-a): Kupčina, Kupčinas, -ai, -u, -ā
    "e", "es", "ei",                    # 5th (-e): Melbārde, Melbārdes, -ei, -i, -ē
    # plural
    "iem", "os", "em",
    # definite adjectives in titles ('Ārkārtējais', 'pilnvarotā'), -ajam in skeleton spelling
    "ais", "aiam",
)
_LITHUANIAN = (
    "as", "o", "ui", "e", "ai", "ams", "uose",          # -as: Brazauskas, Brazausko, -ui, -ą, -e
    "io", "iui", "iu", "ie", "iams",                    # -is/-ys: Daugpilis, Daugpilio, ..., -yje
    "ius", "iaus", "iuie",                              # -ius: Vilnius, Vilniaus, -iui, -ių, Vilniuje
    "aus", "uie",                                       # -us: Adamkus, Adamkaus, -ui, -ų, -uje
    "os", "oie", "oms", "ose",                          # -a: Baltarusija, -ijos, -ijai, -iją, -ijoje
    "es", "eie", "ems", "ese",                          # -ė: Grybauskaitė, -ės, -ei, -ę, -ėje
)
_VOWELS = frozenset("aeiou")
_RUSSIAN = ("om", "oi")  # instrumental forms pasted from Russian articles (Купчиной, Макеем)

ENDINGS: tuple[str, ...] = tuple(sorted(set(_LATVIAN + _LITHUANIAN + _RUSSIAN), key=lambda e: (-len(e), e)))
"""Every ending `stem` removes, longest first (the longest that leaves `MIN_STEM` letters wins)."""

_BY_LENGTH = [(length, frozenset(e for e in ENDINGS if len(e) == length))
              for length in sorted({len(e) for e in ENDINGS}, reverse=True)]


def stem(skeleton: str) -> str:
    """The skeleton without its case ending: 'rinkevica' -> 'rinkevic', 'baltarusioie' -> 'baltarus'."""
    if len(skeleton) <= MIN_STEM or not skeleton.isalpha():
        return skeleton
    for length, endings in _BY_LENGTH:
        if len(skeleton) - length >= MIN_STEM and skeleton[-length:] in endings:
            root = skeleton[:-length]
            while len(root) > MIN_STEM and root[-1] in _VOWELS:
                root = root[:-1]
            return root
    return skeleton
