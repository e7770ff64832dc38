"""The command palette (Ctrl+P): every record, found by the same search as everywhere else."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from data.textsafe import safe
from tui.i18n import tr, value
from tui.messages import TAB_KEYS
from tui.screens.search import highlighted

PALETTE_LIMIT = 25


class RecordsProvider(Provider):
    async def search(self, query: str) -> Hits:
        app = self.app
        index = getattr(app, "index", None)
        if index is None or not query.strip():
            return
        lang = app.lang  # type: ignore[attr-defined]
        for hit in index.search(query, limit=PALETTE_LIMIT, lang=lang):
            yield Hit(
                hit.score / 100,
                highlighted(hit),
                partial(app.open_record, hit.record_id),  # type: ignore[attr-defined]
                text=hit.label,
                help=safe(f"{value(hit.kind, lang)} · {hit.record_id}"),
            )

    async def discover(self) -> Hits:
        lang = getattr(self.app, "lang", "en")
        for key in TAB_KEYS:
            yield DiscoveryHit(
                tr(f"tab.{key}", lang),
                partial(self.app.show_tab, key),  # type: ignore[attr-defined]
                help=tr("key.show_tab", lang),
            )
