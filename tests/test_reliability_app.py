"""The app under stress: a full session never writes the store, odd sizes and resizing never
raise, a 10,000-character paste leaves it answering keys, an odd environment does not stop it.

Every test drives the real app with Textual's Pilot; `run_test` re-raises any exception the app
met, so reaching the end of a test means nothing crashed.
"""

from __future__ import annotations

import json

from textual.widgets import Input, Static

from data.store import EMBEDDED_STORE
from tests.apptools import make_app, ready, settle, table_rows
from tests.storekit import find, write_store
from tests.writewatch import fingerprint, outside, watch_writes
from tui.keys import user_keymap
from tui.panes import FilterBox
from tui.screens.details import DetailsScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.search import ResultList, SearchScreen
from tui.screens.timeline import TimelineScreen
from tui.settings import load_language
from widgets.details import LinkList
from widgets.record_table import RecordTable
from widgets.tab_bar import TabBar

TABS = ["countries", "people", "envoys", "visits", "treaties"]
QUERIES = ["lat", "mora", "mora", "mak", "lig"]  # each finds rows in its tab
PASTE = ("\u202eМакей\u0301🇱🇻\x00\x1b[2J[/]e\u0301 \t" * 1_000)[:10_000]  # RTL, Cyrillic, marks, NUL, escape, markup


def quick_app(**kwargs: object):
    """The real app without its animations (tab underlines, scrolling): the same work, less waiting."""
    app = make_app(**kwargs)
    app.animation_level = "none"
    return app


async def back_to_main(app, pilot) -> None:
    for _ in range(6):
        if isinstance(app.screen, MainScreen):
            return
        await pilot.press("escape")
        await pilot.pause()
    assert isinstance(app.screen, MainScreen), app.screen


# -- the store is never written -------------------------------------------------------------------


async def test_a_full_session_leaves_the_store_byte_for_byte(private_settings):
    """Every tab with sort, filter and details; links, history and help; as-of, timeline,
    language, search, palette: the store's SHA-256 and mtime are the same after, and only the
    language preference was written."""
    before = fingerprint(EMBEDDED_STORE)
    app = quick_app(lang=None)  # remembers the language, as a user's app does
    with watch_writes() as writes:
        async with app.run_test(size=(100, 30)) as pilot:
            await ready(app, pilot)
            for number, (tab, query) in enumerate(zip(TABS, QUERIES, strict=True), start=1):
                await pilot.press(str(number))
                await settle(pilot, lambda tab=tab: app.screen.query_one(TabBar).active == f"tab-{tab}")
                await pilot.press("o", "slash", *query)
                await settle(pilot, lambda: len(table_rows(app)) >= 1)
                first = app.screen.current_pane().query_one("#records", RecordTable).current_id()
                await pilot.press("escape", "enter")
                await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
                assert app.screen.record_id == first
                links = app.screen.query_one(LinkList)
                if tab == "envoys" and links.option_count:
                    links.highlighted = 0
                    await pilot.press("enter", "left_square_bracket", "right_square_bracket", "question_mark")
                    await settle(pilot, lambda: isinstance(app.screen, HelpScreen))
                await back_to_main(app, pilot)
            await pilot.press("question_mark")
            await settle(pilot, lambda: isinstance(app.screen, HelpScreen))
            await back_to_main(app, pilot)
            await pilot.press("3", "a", *"2005", "enter", "greater_than_sign", "t")
            await settle(pilot, lambda: isinstance(app.screen, TimelineScreen))
            await pilot.press("less_than_sign", "escape", "l", "l", "l")
            await pilot.pause()
            await pilot.press("s", *"Mora")
            await settle(pilot, lambda: isinstance(app.screen, SearchScreen))
            await app.workers.wait_for_complete()
            await pilot.press("enter", "enter")
            await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
            await back_to_main(app, pilot)
            await pilot.press("ctrl+p", *"Mo", "escape")
            await pilot.pause()
            await pilot.press("q")
            await pilot.pause()
    assert app.return_code == 0
    assert fingerprint(EMBEDDED_STORE) == before, "same bytes, and not even rewritten (same mtime)"
    assert outside(writes, private_settings) == [], "nothing but the language preference is written"
    assert json.loads((private_settings / "settings.json").read_text(encoding="utf-8"))["language"] == "en"


# -- small terminals and resizing ---------------------------------------------------------------


async def visit_everything(app, pilot) -> None:
    """Each tab with its keys, details from two of them, help, timeline and search."""
    for number in range(1, 6):
        await pilot.press(str(number), "j")
        if number in (2, 4):
            await pilot.press("enter")
            await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
            await back_to_main(app, pilot)
    for key, screen in (("t", TimelineScreen), ("question_mark", HelpScreen), ("s", SearchScreen)):
        await pilot.press("3", key)
        await settle(pilot, lambda screen=screen: isinstance(app.screen, screen))
        await back_to_main(app, pilot)


SIZES = [(120, 40), (10, 3), (200, 60), (1, 1), (40, 12)]


async def test_the_app_works_at_40_by_12_and_survives_resizing_on_every_screen():
    app = quick_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await ready(app, pilot)
        await visit_everything(app, pilot)
        await pilot.press("3", "a", *"2005", "enter")  # the posts held in 2005 appear above the table
        await pilot.pause()
        assert app.return_code is None and isinstance(app.screen, MainScreen)

        for key, screen in (("t", TimelineScreen), ("question_mark", HelpScreen), ("s", SearchScreen)):
            await pilot.press("3", key)
            await settle(pilot, lambda screen=screen: isinstance(app.screen, screen))
            for size in SIZES:
                await pilot.resize_terminal(*size)
                await pilot.pause()
            await back_to_main(app, pilot)
        for number, size in enumerate(SIZES, start=1):
            await pilot.resize_terminal(*size)
            await pilot.press(str(number % 5 + 1), "j")
            await pilot.pause()
        assert app.return_code is None
        await pilot.resize_terminal(100, 30)
        await pilot.press("1")
        await pilot.pause()
        assert table_rows(app), "the table still shows its rows after the resizing"


# -- a pasted novel ---------------------------------------------------------------------------------


async def answers_a_key(app, pilot) -> None:
    """After the paste the app still acts on a key: it switches tabs. (How fast is for a benchmark.)"""
    await pilot.press("escape", "2")
    await settle(pilot, lambda: app.screen.query_one(TabBar).active == "tab-people")
    assert app.screen.query_one(TabBar).active == "tab-people"


async def test_a_10000_character_paste_into_a_filter_leaves_the_app_answering():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("4", "slash")
        box = app.screen.current_pane().query_one(FilterBox)
        for text in ("x" * 10_000, PASTE):
            box.value = ""
            box.insert_text_at_cursor(text)
            await settle(pilot, lambda text=text: box.value == text)
            assert box.value == text
            assert table_rows(app) == [], "nothing matches: the table is empty, not broken"
            count = str(app.screen.current_pane().query_one("#records .count").render())
            assert count.startswith("0 of ")
        await answers_a_key(app, pilot)


async def test_a_10000_character_paste_into_search_and_as_of_leaves_the_app_answering():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "a")
        await pilot.pause()
        asof = app.focused
        assert isinstance(asof, Input)
        asof.insert_text_at_cursor(PASTE)
        await pilot.pause()
        assert len(asof.value) <= 21, "the date box keeps what a date range can be"
        await pilot.press("ctrl+a", "ctrl+k", "escape", "s")
        await settle(pilot, lambda: isinstance(app.screen, SearchScreen))
        box = app.screen.query_one(Input)
        box.insert_text_at_cursor(PASTE)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert box.value == PASTE
        await pilot.press("escape")
        await settle(pilot, lambda: isinstance(app.screen, MainScreen))
        assert isinstance(app.screen, MainScreen)


# -- odd environments ------------------------------------------------------------------------------


async def test_no_color_a_junk_keymap_and_an_unwritable_settings_folder_do_not_stop_the_app(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text(json.dumps({"keymap": {"quit": "", "help": "ctrl+@@@", "search": 5, "nope": "x"}}))
    monkeypatch.setenv("BALTIC_ENVOYS_CONFIG_DIR", str(blocker / "sub"))  # cannot be created: a file is in the way
    monkeypatch.setenv("NO_COLOR", "1")
    app = quick_app(lang=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("l", "2", "question_mark")
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen))
        await back_to_main(app, pilot)
        assert app.lang == "lv", "the language switches even where it cannot be remembered"
    monkeypatch.setenv("BALTIC_ENVOYS_CONFIG_DIR", str(tmp_path))
    (tmp_path / "settings.json").write_text(json.dumps({"language": "lt", "keymap": {"quit": "", "help": 5}}))
    app = quick_app(lang=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert app.lang == "lt"
        await pilot.press("question_mark")
        await settle(pilot, lambda: isinstance(app.screen, HelpScreen))


def test_a_settings_file_nested_too_deep_means_defaults(private_settings):
    (private_settings / "settings.json").write_text("[" * 100_000, encoding="utf-8")
    assert load_language() == "en"
    assert user_keymap() == {}


# -- hand-edited stores that load ------------------------------------------------------------------


async def test_names_in_any_script_and_of_any_length_are_shown(tmp_path):
    """Right-to-left, emoji, combining marks and a 5,000-character name (control characters are
    refused when the store loads: see test_terminal_control_characters_in_a_store_never_reach_the_terminal)."""

    def odd_names(tables):
        find(tables, "person:maira-mora")["name"]["en"]["text"] = "\u202eMaira\u0301 Mora 🇱🇻"
        find(tables, "person:maira-mora")["aliases"].append("Мора " * 1_000)
        find(tables, "country:lv")["name"]["en"]["text"] = "Latvija " + "\u0301" * 300 + " שלום"

    app = quick_app(db_path=write_store(tmp_path, odd_names), lang="en")
    async with app.run_test(size=(40, 12)) as pilot:
        await ready(app, pilot)
        for key in ("1", "2", "3"):
            await pilot.press(key, "j")
            await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert any("Mora 🇱🇻" in row[0] for row in table_rows(app)), "the people table shows the odd name"
        for record_id, shown in (("person:maira-mora", "Mora 🇱🇻"), ("country:lv", "שלום")):
            app.open_record(record_id)
            await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
            await pilot.resize_terminal(120, 40)
            await pilot.pause()
            texts = [str(widget.render()) for widget in app.screen.query(Static)]
            assert any(shown in text and record_id in text for text in texts), f"{record_id}'s heading"
            await back_to_main(app, pilot)
            await pilot.resize_terminal(40, 12)
        await pilot.press("3", "t")
        await settle(pilot, lambda: isinstance(app.screen, TimelineScreen))
        await back_to_main(app, pilot)
        await pilot.press("s", *"Мора")
        await settle(pilot, lambda: isinstance(app.screen, SearchScreen))
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one(ResultList)
        prompts = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert any("Mora 🇱🇻" in prompt for prompt in prompts), prompts


async def test_a_name_that_looks_like_markup_is_shown_as_written(tmp_path):
    path = write_store(tmp_path, lambda t: find(t, "person:maira-mora")["name"]["en"].update(text="Maira [/] Mora"))
    app = quick_app(db_path=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        assert any("Maira [/] Mora" in row[0] for row in table_rows(app))


async def test_a_typo_in_a_year_does_not_crash_the_timeline(tmp_path):
    """1092 for 1992 (a typo): the timeline then spans 935 years."""
    path = write_store(tmp_path, lambda t: find(t, "envoy:lv-by-1992-tomass").update(start="1092"))
    app = quick_app(db_path=path)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "t")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
