"""Pictures of the app at 100×30 (and every tab at 80×24) in each language, reviewed like code when they change.

Update deliberately with `pytest tests/test_snapshots.py --snapshot-update` and look at the
SVGs (snapshot_report.html) before committing them.
"""

from __future__ import annotations

import pytest

from tests.apptools import make_app, ready, settle
from tui.screens.details import DetailsScreen
from tui.screens.timeline import TimelineScreen

SIZE = (100, 30)
LANGS = ["lv", "lt", "en"]
TABS = {"countries": "1", "people": "2", "envoys": "3", "visits": "4", "treaties": "5"}


def loaded(*keys: str, until=lambda app: True):
    async def run_before(pilot) -> None:
        await ready(pilot.app, pilot)
        await pilot.press(*keys)
        await settle(pilot, lambda: until(pilot.app))

    return run_before


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tab", list(TABS))
def test_tab(snap_compare, tab, lang):
    assert snap_compare(make_app(lang=lang), terminal_size=SIZE, run_before=loaded(TABS[tab]))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("tab", list(TABS))
def test_tab_at_80_by_24(snap_compare, tab, lang):
    # Every tab keeps its key columns at 80 columns; dates are never cut.
    assert snap_compare(make_app(lang=lang), terminal_size=(80, 24), run_before=loaded(TABS[tab]))


@pytest.mark.parametrize("lang", LANGS)
def test_person_details(snap_compare, lang):
    app = make_app(lang=lang)

    async def run_before(pilot) -> None:
        await ready(pilot.app, pilot)
        pilot.app.open_record("person:edgars-rinkevics")
        await settle(pilot, lambda: isinstance(pilot.app.screen, DetailsScreen) and pilot.app.screen.is_mounted)

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


@pytest.mark.parametrize("lang", LANGS)
def test_timeline(snap_compare, lang):
    keys = ("3", "a", *"2016", "enter", "t")
    def shown_(app) -> bool:
        return isinstance(app.screen, TimelineScreen) and app.screen.is_mounted and app.screen.query("Timeline")

    shown = loaded(*keys, until=shown_)
    assert snap_compare(make_app(lang=lang), terminal_size=SIZE, run_before=shown)
