"""The command palette (Ctrl+P): every record, found by the same search as everywhere else."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.answers import answers
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
        for answer in answers(app.store, index, query, lang, app.today_range()):  # type: ignore[attr-defined]
            # An answer to "who LV BY 2005" comes first and opens the envoy itself.
            opens = partial(app.open_record, answer.envoy_id) if answer.envoy_id else app.bell  # type: ignore[attr-defined]
            yield Hit(1.0, Text.assemble(("→ ", "bold"), answer.text), opens, text=answer.text,
                      help=tr("search.answer", lang))
        for hit in index.search(query, limit=PALETTE_LIMIT, lang=lang):
            yield Hit(
                hit.score / 100,
                highlighted(hit),
                partial(app.open_record, hit.record_id),  # type: ignore[attr-defined]
                text=hit.label,
                help=f"{value(hit.kind, lang)} · {hit.record_id}",
            )

    async def discover(self) -> Hits:
        lang = getattr(self.app, "lang", "en")
        for key in TAB_KEYS:
            yield DiscoveryHit(
                tr(f"tab.{key}", lang),
                partial(self.app.show_tab, key),  # type: ignore[attr-defined]
                help=tr("key.show_tab", lang),
            )
