"""Helpers for driving the real app with Textual's Pilot."""

from __future__ import annotations

import datetime as dt

from tui.app import EnvoysApp
from widgets.record_table import RecordTable

TODAY = dt.date(2026, 11, 26)


def make_app(**kwargs: object) -> EnvoysApp:
    kwargs.setdefault("today", TODAY)
    kwargs.setdefault("lang", "en")
    return EnvoysApp(**kwargs)  # type: ignore[arg-type]


async def ready(app: EnvoysApp, pilot) -> None:
    """Wait until the whole store is read and every tab's table is filled."""
    from tui.panes import BrowsePane
    from tui.screens.main import MainScreen

    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        main = next((s for s in app.screen_stack if isinstance(s, MainScreen)), None)
        panes = list(main.query(BrowsePane)) if main is not None and app.store is not None else []
        if len(panes) == 5 and all(p.browser is not None for p in panes) and app.complete:
            break
    else:
        raise AssertionError("the app did not load its store")
    await pilot.pause()


async def settle(pilot, done) -> None:
    """Pause until `done()` is true (the screen has caught up with the keys pressed)."""
    for _ in range(200):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if done():
            # The screen may be ready before its first frame is laid out: let it draw.
            await pilot.app.workers.wait_for_complete()
            await pilot.wait_for_scheduled_animations()
            await pilot.pause()
            await pilot.pause()
            return
    raise AssertionError("the app did not settle")


def table_rows(app: EnvoysApp, selector: str = "#records") -> list[list[str]]:
    """The cells of the visible tab's table, as text."""
    table = app.screen.current_pane().query_one(selector, RecordTable).grid
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
