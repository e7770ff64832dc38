"""Plain keys for ids and for telling two spellings on one page apart: 'Rinkēvičs' -> 'rinkevics'.

The importer needs a key for the ids it makes (`person:edgars-rinkevics`) and for "the same name
twice on this page". Matching a name against the store's people, however it is declined or
transliterated, is the search engine's job, handed in through `data.importer.resolve.NameLookup`:
`data/` never imports `search/` (the one-way layering of the README).

One library call does the letters: `anyascii` (already a dependency) writes Latin diacritics and
Cyrillic (`й` -> y, `ў` -> u, `ё` -> e) as ASCII. Apostrophes join a word ('O’Brien' -> 'obrien');
anything else that is not a letter or digit separates words.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_APOSTROPHES = re.compile(r"['`ʼʹʻʽ’‘′]")
_SEPARATORS = re.compile(r"[^a-z0-9]+")


def fold_key(text: str) -> str:
    """Lowercase ASCII words separated by single spaces; the same for every spelling of a word."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("", text)
    text = anyascii(text).lower()
    text = _APOSTROPHES.sub("", text)  # anyascii writes the Cyrillic soft sign as an apostrophe
    return _SEPARATORS.sub(" ", text).strip()
