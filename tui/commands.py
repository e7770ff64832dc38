"""The command palette (Ctrl+P): every record, found by the same search as everywhere else."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from data.textsafe import safe
from tui.answers import answers
from tui.i18n import tr, value
from tui.messages import TAB_KEYS
from tui.screens.search import highlighted

if TYPE_CHECKING:
    from tui.app import EnvoysApp

PALETTE_LIMIT = 25


class RecordsProvider(Provider):
    @property
    def envoys_app(self) -> EnvoysApp:
        from tui.app import EnvoysApp

        assert isinstance(self.app, EnvoysApp)
        return self.app

    async def search(self, query: str) -> Hits:
        app = self.envoys_app
        if not query.strip() or not app.complete:
            return
        app.want_index()  # read on the first search: wait for it without holding the screen
        while app.loading_index() and app.return_code is None:
            await asyncio.sleep(0.05)
        index = app.index_if_read()
        if index is None:
            return
        lang = app.lang
        for answer in answers(app.store, index, query, lang, app.today_range()):
            # An answer to "who LV BY 2005" comes first and opens the envoy itself.
            opens = partial(app.open_record, answer.envoy_id) if answer.envoy_id else app.bell
            yield Hit(1.0, Text.assemble(("→ ", "bold"), safe(answer.text)), opens, text=safe(answer.text),
                      help=tr("search.answer", lang))
        for hit in index.search(query, limit=PALETTE_LIMIT, lang=lang):
            yield Hit(
                hit.score / 100,
                highlighted(hit),
                partial(app.open_record, hit.record_id),
                text=hit.label,
                help=safe(f"{value(hit.kind, lang)} · {hit.record_id}"),
            )

    async def discover(self) -> Hits:
        app = self.envoys_app
        lang = app.lang
        for key in TAB_KEYS:
            yield DiscoveryHit(
                tr(f"tab.{key}", lang),
                partial(app.show_tab, key),
                help=tr("key.show_tab", lang),
            )
