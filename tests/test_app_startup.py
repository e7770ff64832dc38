"""Start-up: the first frame is composed with the visible tab only; the other tabs' panes are built
when shown or once that tab shows rows; the footer is rebuilt only when its keys change.
(How fast is measured by tests/benchmarks/startup_bench.py, never here.)"""

from __future__ import annotations

import threading

import pytest

from data.staged import CachedTables, save_counts
from data.store import load_store
from tests.apptools import make_app, ready, settle, table_rows
from tui.panes import BrowsePane
from widgets.tab_bar import TabBar


@pytest.fixture
def cached_store(tmp_path, monkeypatch):
    """A cache of the shipped store (with its counts) in a folder of the test's own."""
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    save_counts(load_store(None))


@pytest.fixture
def held_reads(monkeypatch):
    """Every read of the cached tables waits for the event returned, as a slow disk would."""
    release = threading.Event()
    real_read = CachedTables.read

    def held(self, tables):
        release.wait(30)
        return real_read(self, tables)

    monkeypatch.setattr(CachedTables, "read", held)
    yield release
    release.set()


def panes(app) -> list[str]:
    return sorted(pane.spec.key for pane in app.screen.query(BrowsePane))


async def test_only_the_visible_tab_is_built_until_it_shows_rows_then_every_tab(cached_store, held_reads):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(3):
            await pilot.pause(0.1)
        assert app.store is None  # the first tables are still being read
        assert panes(app) == ["countries"]
        assert len(app.screen.query_one(TabBar).tab_ids) == 5  # every tab is in the bar meanwhile
        held_reads.set()
        await ready(app, pilot)
        assert panes(app) == ["countries", "envoys", "people", "treaties", "visits"]
        assert table_rows(app)


async def test_a_tab_chosen_before_it_is_built_is_built_at_once_and_takes_the_keys(cached_store, held_reads):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.1)
        await pilot.press("3")
        await pilot.pause()
        assert panes(app) == ["countries", "envoys"]  # built for being shown, the others still wait
        pane = app.screen.current_pane()
        assert pane is not None and pane.spec.key == "envoys"
        assert pane.query_one("#records").grid.has_focus
        held_reads.set()
        await ready(app, pilot)
        await settle(pilot, lambda: table_rows(app))
        await pilot.press("j")  # the keys still go to the envoys' table
        assert app.screen.current_pane().query_one("#records").grid.cursor_row == 1


async def test_an_as_of_date_reaches_a_tab_built_after_it_was_set(cached_store, held_reads):
    from data.dates import DateRange

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.1)
        app.as_of = DateRange.parse("2005")  # as the timeline sets it
        held_reads.set()
        await ready(app, pilot)
        await pilot.press("3")
        await settle(pilot, lambda: table_rows(app, "#posts"))
        assert app.screen.current_pane().as_of == DateRange.parse("2005")
        assert any(row[3] for row in table_rows(app, "#posts"))  # who held each post then


async def test_the_footer_keeps_its_keys_until_they_change(cached_store, private_settings):
    from tui.footer import EnvoysFooter

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        footer = app.screen.query_one(EnvoysFooter)
        keys = list(footer.children)
        assert keys
        for _ in range(3):
            app.screen.refresh_bindings()
            await pilot.pause()
        assert list(footer.children) == keys  # the same widgets: nothing recomposed
        await pilot.press("l")  # Latvian: every label changes
        await settle(pilot, lambda: list(footer.children) != keys)
        assert any("Iziet" in str(key.render()) for key in footer.children)


async def test_a_footer_recompose_that_runs_after_its_screen_closed_does_nothing(cached_store, private_settings):
    """The bindings' signal schedules the footer's recompose after a refresh; a screen closed in between (escape
    pressed while the terminal is resized) leaves a footer with no screen: its recompose must not crash the app."""
    from tui.footer import EnvoysFooter
    from tui.screens.timeline import TimelineScreen

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("t")
        await settle(pilot, lambda: isinstance(app.screen, TimelineScreen))
        footer = app.screen.query_one(EnvoysFooter)
        await pilot.press("escape")
        await settle(pilot, lambda: not footer.is_attached)
        await footer.recompose()
        await pilot.pause()
        assert app.return_code is None


async def test_q_while_the_first_frame_waits_for_the_first_tables_quits(cached_store, held_reads):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q")  # at once: the main screen is still waiting for the countries
        await pilot.pause()
        assert app.return_code == 0 and app.store is None


async def test_a_large_store_is_read_after_the_first_frame_and_every_tab_still_fills(cached_store, monkeypatch):
    import tui.app

    monkeypatch.setattr(tui.app, "ROWS_WAIT_BELOW", 0)  # the shipped store taken for a large one
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert not app.rows_soon
        await ready(app, pilot)
        assert panes(app) == ["countries", "envoys", "people", "treaties", "visits"]
        assert table_rows(app) and app.screen.current_pane().query_one("#records").grid.has_focus


@pytest.fixture
def relaxed_collector():
    """The collector relaxed as `tui.launch` relaxes it before starting the app (put back after)."""
    import gc

    from tui import startup

    usual = gc.get_threshold()
    startup.relax()
    assert gc.get_threshold()[0] == max(startup.START_THRESHOLD, usual[0])
    yield usual
    startup.restore()
    gc.set_threshold(*usual)


async def test_the_collector_is_back_to_its_thresholds_once_the_first_rows_are_drawn(cached_store,
                                                                                     relaxed_collector):
    import gc

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: table_rows(app))
        await pilot.pause()
        assert gc.get_threshold() == relaxed_collector and gc.isenabled()


async def test_with_a_large_store_the_collector_is_back_before_the_store_is_read(cached_store, relaxed_collector,
                                                                                 monkeypatch):
    import gc

    import tui.app

    monkeypatch.setattr(tui.app, "ROWS_WAIT_BELOW", 0)  # the shipped store taken for a large one
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        assert gc.get_threshold() == relaxed_collector
