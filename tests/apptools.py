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
    """Wait until the store is loaded and the tables are filled."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def table_rows(app: EnvoysApp, selector: str = "#records") -> list[list[str]]:
    """The cells of the visible tab's table, as text."""
    table = app.screen.current_pane().query_one(selector, RecordTable).grid
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
