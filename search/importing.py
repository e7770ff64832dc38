"""The search engine as the importer's name lookup: where `data.importer` meets `search`.

    from search.importing import SearchLookup
    plan = plan_page(page, tables, lookup=SearchLookup)     # what `envoys import` does

`data/` never imports `search/` (the layering of the README), so the importer takes its way of
meeting names as a parameter (`data.importer.resolve.NameLookup`) and the command line wires this
one in. The index meets declined, transliterated and accent-less forms ('Edgara Rinkeviča',
'Rinkēvičs', 'Пілдеговічс' -> 'Pildegovičs'); `data.importer.resolve` then decides, word by word,
which of the hits the name really is.
"""

from __future__ import annotations

from data.store import Store
from search.index import SearchIndex
from search.normalize import analyse
from search.rank import Tier

CANDIDATES = 8
"""Hits looked at per name: a page's name fits a handful of people at most."""


class SearchLookup:
    """The store's people through the search index: hits as good as an equivalent form, best first."""

    def __init__(self, store: Store, index: SearchIndex | None = None) -> None:
        self.index = index if index is not None else SearchIndex.build(store)

    def candidates(self, query: str) -> list[str]:
        found: list[str] = []
        for hit in self.index.search(query, kinds={"person"}, limit=CANDIDATES):
            if hit.tier <= Tier.EQUIVALENT and hit.record_id not in found:
                found.append(hit.record_id)
        return found

    def same_word(self, ours: str, theirs: str) -> bool:
        return analyse(ours).key == analyse(theirs).key


