"""The app, driven like a user drives it: keys in, what the screen shows out."""

from __future__ import annotations

import json

from data.store import EMBEDDED_STORE
from tests.apptools import make_app, ready, settle, table_rows
from tui.screens.details import DetailsScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen
from widgets.details import LinkList
from widgets.tab_bar import TabBar


async def test_every_tab_opens_with_rows_and_a_count():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        for key, tab in zip("12345", ["countries", "people", "envoys", "visits", "treaties"], strict=True):
            await pilot.press(key)
            assert app.screen.query_one(TabBar).active == f"tab-{tab}"
            rows = table_rows(app)
            assert rows, tab
            count = str(app.screen.current_pane().query_one("#records .count").render())
            assert count.startswith(f"{len(rows)} of {len(rows)}")


async def test_filter_visits_with_a_declined_name():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("4", "slash", *"Makeja")
        await pilot.pause()
        rows = table_rows(app)
        assert [r[0] for r in rows] == ["2014-02-27/28", "2015-05-21/22", "2016-07-06/07", "2018-07-18/19"]
        assert all("Vladimirs Makejs" in r[-1] or "Vladimir Makei" in r[-1] for r in rows)


async def test_filter_envoys_with_a_cyrillic_name():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "slash", *"Семанис")
        await pilot.pause()
        assert [r[0] for r in table_rows(app)] == ["Einārs Semanis"]


async def test_open_details_follow_a_link_go_back_and_forward():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "slash", *"Mora", "enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen) and app.screen.record_id == "envoy:lv-by-2004-mora"
        links = app.screen.query_one(LinkList)
        person = next(i for i in range(links.option_count) if links.get_option_at_index(i).id == "person:maira-mora")
        links.highlighted = person
        await pilot.press("enter")
        assert app.screen.record_id == "person:maira-mora"
        await pilot.press("escape")
        assert app.screen.record_id == "envoy:lv-by-2004-mora"
        assert app.screen.query_one(LinkList).highlighted == person  # back where we were, as in a browser
        await pilot.press("right_square_bracket")
        assert app.screen.record_id == "person:maira-mora"
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_as_of_date_names_who_held_each_post():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "a", *"2005-06-01", "enter")
        await pilot.pause()
        posts = table_rows(app, "#posts")
        assert ["Latvia → Belarus", "head of mission", "Maira Mora", "yes", "2004 – 2010"] in posts
        assert any(r[0] == "Belarus → Latvia" and r[2] == "none known" for r in posts)
        await pilot.press("greater_than_sign")  # a year later, at the same precision
        await pilot.pause()
        assert app.as_of is not None and str(app.as_of) == "2006-06-01"
        await pilot.press("t", "greater_than_sign", "escape")  # the timeline steps the same date
        await pilot.pause()
        assert str(app.as_of) == "2007-06-01"
        assert ["Latvia → Belarus", "head of mission", "Maira Mora", "yes", "2004 – 2010"] in table_rows(app, "#posts")
        assert app.screen.query_one("#asof-input").value == "2007-06-01"
        await pilot.press("a", "ctrl+a", "ctrl+k", *"2025", "enter")
        await pilot.pause()
        markovics = ["Belarus → Latvia", "head of mission", "Vasīlijs Markovičs", "possibly",
                     "2018-10 – (≥ 2021-07-07)"]
        assert markovics in table_rows(app, "#posts")


async def test_switching_language_changes_labels_and_names_and_is_remembered(private_settings):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        tabs = app.screen.query_one(TabBar)
        assert tabs.label("tab-countries") == "Countries"
        assert ["BY", "Belarus", "7", "89"] == table_rows(app)[0]
        await pilot.press("l")
        await pilot.pause()
        assert app.lang == "lv"
        assert tabs.label("tab-countries") == "Valstis"
        assert table_rows(app)[0][1] == "Baltkrievija"
        await pilot.press("l")
        await pilot.pause()
        assert tabs.label("tab-countries") == "Valstybės"
        assert table_rows(app)[0][1] == "Baltarusija"
    saved = json.loads((private_settings / "settings.json").read_text(encoding="utf-8"))
    assert saved["language"] == "lt"
    again = make_app(lang=None)
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(again, pilot)
        assert again.lang == "lt"


async def test_help_lists_the_keys_of_the_screen():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(f"{keys} {meaning}" for keys, meaning in app.screen.rows)
        for description in ("Quit", "Filter", "Sort", "Language", "Timeline", "Search"):
            assert description in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_timeline_and_search_screens_open_and_close():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "t")
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("escape", "s")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"rinkevica")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        assert app.screen.record_id == "person:edgars-rinkevics"


async def test_q_quits():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_corrupt_store_closes_the_app_with_one_line(tmp_path):
    bad = tmp_path / "store.json"
    bad.write_text('{"meta": ', encoding="utf-8")
    app = make_app(db_path=bad)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 2
    assert app.failure == f"{bad}: not valid JSON (line 1, column 10: Expecting value)"
    assert bad.read_text(encoding="utf-8") == '{"meta": '


async def test_the_app_never_writes_the_store():
    before = EMBEDDED_STORE.read_bytes()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        for key in "12345":
            await pilot.press(key, "enter", "escape")
        await pilot.press("l", "3", "t", "escape", "question_mark", "escape")
    assert EMBEDDED_STORE.read_bytes() == before


async def test_the_command_palette_finds_any_record():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p", *"Макей")
        await settle(pilot, lambda: bool(app.screen.query("CommandList").first().option_count))
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
        assert app.screen.record_id == "person:vladimirs-makejs"


async def test_usable_at_80_by_24():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("4")
        assert len(table_rows(app)) > 10
        await pilot.press("3", "t")
        await settle(pilot, lambda: isinstance(app.screen, TimelineScreen))


async def test_keys_can_be_remapped_in_the_settings_file(private_settings):
    (private_settings / "settings.json").write_text(json.dumps({"keymap": {"quit": "ctrl+q"}}), encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_searching_again_from_details_goes_back_to_the_one_search_screen():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        for query in ("Mora", "Minsk", "Mora"):
            await pilot.press("s", "ctrl+a", "ctrl+k", *query)
            await settle(pilot, lambda: isinstance(app.screen, SearchScreen))
            await pilot.press("enter", "enter")
            await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
        assert [type(s).__name__ for s in app.screen_stack] == ["MainScreen", "SearchScreen", "DetailsScreen"]
