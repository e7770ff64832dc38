"""Search: find a record by any of its names, however it is typed. Never imports Textual.

    from search import SearchIndex
    index = SearchIndex.build(store)          # once, from a data.store.Store
    index.search("Rinkēviča", limit=10)       # [Hit(...)], best first

The modules, in the order a query meets them:

    normalize   the Unicode stages: NFKC + casefold, Cyrillic to Latin, diacritics, word splitting
    spelling    spelling equivalences between Latvian, Lithuanian and English renderings (š/sh, j/y/i...)
    inflection  Latvian and Lithuanian case endings, so a declined form meets its nominative
    forms       which texts of which records are searchable, in which language
    typos       the words within one or two typos of a query word, without scanning them all
    vocabulary  every distinct word of the indexed forms, and the ways to find one
    rank        tiers, word matches, form scores and the Hit
    index       SearchIndex: built once from a store, answering each keystroke
    command     `envoys search`: the hits (printed by `tui/search_output.py`)
    detached    what a first run writes for the next, written by a detached child after its answer

Names are handed out lazily (PEP 562), so `import search` costs nothing until one is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "SearchIndex": "search.index",
    "Hit": "search.rank",
    "Tier": "search.rank",
    "fold": "search.normalize",
    "search_store": "search.command",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'search' has no attribute {name!r}")
    return getattr(import_module(module), name)
