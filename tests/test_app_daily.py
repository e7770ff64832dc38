"""The app for daily use (issue 12): details from the top, copy and export, answers, language."""

from __future__ import annotations

import csv
import json

from data import model as m
from tests.apptools import make_app, ready, settle, table_rows
from tui.screens.details import DetailsScreen
from widgets.details import LinkList, RecordDetails

AGREEMENT = "treaty:2024-04-11-security-commitments"


async def test_a_long_record_opens_at_the_top_and_the_keys_scroll_the_page():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        app.open_record(AGREEMENT)
        await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
        page = app.screen.query_one(RecordDetails)
        assert page.max_scroll_y > 0, "the record is longer than the screen"
        assert page.scroll_y == 0 and app.focused is page
        await pilot.press("G")
        await pilot.pause()
        assert page.scroll_y == page.max_scroll_y
        await pilot.press("k")
        await pilot.pause()
        assert page.scroll_y == page.max_scroll_y - 1
        await pilot.press("g")
        await pilot.pause()
        assert page.scroll_y == 0
        await pilot.press("pagedown", "home")
        await pilot.pause()
        assert page.scroll_y == 0
        # The links stay reachable: Tab moves into them, Enter follows the chosen one.
        await pilot.press("tab", "down")
        links = app.screen.query_one(LinkList)
        assert app.focused is links and links.highlighted == 1
        chosen = links.get_option_at_index(1).id
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.record_id == chosen
        assert app.screen.query_one(RecordDetails).scroll_y == 0


async def test_y_copies_a_citation_and_shift_y_the_id():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "slash", *"Mora", "enter", "y")
        await pilot.pause()
        text = app.clipboard
        assert text.startswith("Maira Mora")
        assert "ambassador" in text and "Latvia → Belarus" in text and "2004 – 2010" in text
        assert "[envoy:lv-by-2004-mora]" in text
        assert "“" in text.splitlines()[1]  # the source's own words
        await pilot.press("Y")
        assert app.clipboard == "envoy:lv-by-2004-mora"
        await pilot.press("enter", "Y")  # and from the details
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen) and app.clipboard == "envoy:lv-by-2004-mora"


async def test_export_a_filtered_view_and_read_the_file_back(tmp_path, monkeypatch):
    monkeypatch.setenv("BALTIC_ENVOYS_EXPORT_DIR", str(tmp_path / "missing" / "exports"))
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("4", "slash", *"Makeja", "enter")
        await pilot.pause()
        shown = table_rows(app)
        await pilot.press("e")
        await settle(pilot, lambda: app.screen.query("#export-path"))
        path_box = app.screen.query_one("#export-path")
        assert path_box.value.startswith(str(tmp_path / "missing" / "exports"))
        await pilot.press("enter")
        await app.workers.wait_for_complete()  # the file is written in a worker thread
        await pilot.pause()
        written = next((tmp_path / "missing" / "exports").glob("envoys-visits-*.csv"))
        with written.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == ["id", "Date", "Kind", "From → to", "City", "Who / what"]
        assert [r[1:] for r in rows[1:]] == shown
        # JSON: the format's radio button changes the extension.
        await pilot.press("e")
        await settle(pilot, lambda: app.screen.query("#export-path"))
        app.screen.query_one("#fmt-json").value = True
        await pilot.pause()
        assert app.screen.query_one("#export-path").value.endswith(".json")
        app.screen.query_one("#export-path").focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        data = json.loads(next((tmp_path / "missing" / "exports").glob("*.json")).read_text(encoding="utf-8"))
        assert [d["date"] for d in data] == [r[0] for r in shown]
        assert all(d["id"].startswith("visit:") for d in data)


async def test_the_palette_answers_who_held_a_post():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p", *"who LV BY 2005")
        await settle(pilot, lambda: bool(app.screen.query("CommandList").first().option_count))
        first = str(app.screen.query("CommandList").first().get_option_at_index(0).prompt)
        assert "Latvia → Belarus, 2005: Maira Mora" in first
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
        assert app.screen.record_id == "envoy:lv-by-2004-mora"


async def test_the_search_screen_answers_in_any_language_and_by_city():
    from tui.screens.search import ResultList

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("s", *"Latvija Baltkrievija 2005-06")
        await settle(pilot, lambda: app.screen.query_one(ResultList).option_count > 0)
        results = app.screen.query_one(ResultList)
        assert "Maira Mora" in str(results.get_option_at_index(1).prompt)
        await pilot.press("ctrl+a", "ctrl+k", *"ambassador Minsk 2005")
        def prompts() -> list[str]:
            return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]

        await settle(pilot, lambda: any("Lithuania → Belarus" in p for p in prompts()))
        prompts = prompts()
        assert any("Latvia → Belarus, 2005: Maira Mora" in p for p in prompts)
        assert any("Lithuania → Belarus, 2005: none known" in p for p in prompts)
        # The first ↓ lands on the first answer, Enter opens the envoy.
        await pilot.press("down")
        assert results.highlighted is not None and not results.get_option_at_index(results.highlighted).disabled
        await pilot.press("ctrl+a", "ctrl+k", *"who LV BY 2005", "down", "enter")
        await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
        assert app.screen.record_id == "envoy:lv-by-2004-mora"


async def test_filters_take_a_year_a_month_and_a_city_in_any_form():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("4", "slash", *"Makei Rīgā")
        await pilot.pause()
        assert [r[0] for r in table_rows(app)] == ["2014-02-27/28", "2015-05-21/22", "2016-07-06/07", "2018-07-18/19"]
        count = str(app.screen.current_pane().query_one("#records .count").render())
        visits = len(app.store.all(m.Visit))
        assert visits > 4 and count.startswith(f"4 of {visits}")  # filtered counts: of all the tab's records
        await pilot.press("ctrl+a", "ctrl+k", *"2016")
        await pilot.pause()
        dates = [r[0] for r in table_rows(app)]
        assert dates and all(d.startswith("2016") for d in dates)
        await pilot.press("escape", "5", "slash", *"2024-04")
        await pilot.pause()
        assert [r[0] for r in table_rows(app)] == ["2024-04-11"]
        assert "Ukraine" in table_rows(app)[0][-1]


async def test_people_sort_in_the_alphabet_of_the_language():
    from tui.collation import sort_key

    app = make_app(lang="lv")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        names = [r[0] for r in table_rows(app)]
        assert names == sorted(names, key=lambda n: sort_key(n, "lv"))
        assert names != sorted(names, key=str.casefold)  # code points would put Š after Z
        header = app.screen.current_pane().query_one("#records").grid.ordered_columns[0].label
        assert str(header).startswith("Vārds")


def test_latvian_and_lithuanian_alphabets():
    from tui.collation import sort_key

    names = ["Mihails", "Zīle", "Mārtiņš", "Šmits", "Sils", "Čaks", "Cukurs", "Yla", "Ivanovas", "Jonas"]
    assert sorted(names, key=lambda n: sort_key(n, "lv")) == [
        "Cukurs", "Čaks", "Ivanovas", "Jonas", "Mārtiņš", "Mihails", "Sils", "Šmits", "Yla", "Zīle"]
    # Lithuanian: y sorts with i.
    assert sorted(names, key=lambda n: sort_key(n, "lt")) == [
        "Cukurs", "Čaks", "Yla", "Ivanovas", "Jonas", "Mārtiņš", "Mihails", "Sils", "Šmits", "Zīle"]


async def test_at_80_columns_every_tab_keeps_its_columns_and_dates_whole():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        for key in "12345":
            await pilot.press(key)
            await pilot.pause()
            grid = app.screen.current_pane().query_one("#records").grid
            widths = [column.get_render_width(grid) for column in grid.ordered_columns]
            assert sum(widths) <= grid.scrollable_content_region.width, (key, widths)
            headers = [str(column.label).removesuffix(" ▲").removesuffix(" ▼") for column in grid.ordered_columns]
            rows = table_rows(app)
            for index, header in enumerate(headers):
                if header in ("Date", "From", "Until"):  # a date is never cut: its column fits the longest
                    longest = max(len(row[index]) for row in rows)
                    assert grid.ordered_columns[index].get_render_width(grid) - 2 >= longest, (header, longest)
        await pilot.press("4")
        await pilot.pause()
        grid = app.screen.current_pane().query_one("#records").grid
        assert grid.ordered_columns[-1].get_render_width(grid) - 2 >= 20  # "Who / what" no longer 13 wide


async def test_at_40_by_12_the_envoys_tab_shows_rows_with_the_as_of_box_open():
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "a", *"2005", "enter")
        await pilot.pause()
        pane = app.screen.current_pane()
        for table in ("#posts", "#records"):
            grid = pane.query_one(table).grid
            assert grid.row_count and grid.scrollable_content_region.height >= 3, table  # a header and rows


async def test_the_timeline_names_the_holders_opens_the_envoy_and_keeps_the_cursor_on_the_axis():
    from tui.screens.timeline import TimelineScreen
    from widgets.timeline import Timeline

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "a", *"2016", "enter", "t")
        await settle(pilot, lambda: isinstance(app.screen, TimelineScreen) and app.screen.query(Timeline))
        timeline = app.screen.query_one(Timeline)
        held = {row.label: row.holder for row in timeline.rows}
        # Ignatavičius left on 2016-07-11: "as of 2016" (a year) he may or may not hold the post.
        assert held["LV→BY"] == "Mārtiņš Virsis" and held["LT→BY"] == "Evaldas Ignatavičius (possibly)"
        picture = str(timeline.render())
        assert "Mārtiņš Virsis" in picture
        assert all(len(line) <= 80 for line in picture.splitlines())
        index = [row.label for row in timeline.rows].index("LV→BY")
        await pilot.press(*["down"] * index, "enter")
        await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
        assert app.screen.record_id.startswith("envoy:lv-by-") and "virsis" in app.screen.record_id
        await pilot.press("escape")
        await settle(pilot, lambda: isinstance(app.screen, TimelineScreen))
        for _ in range(15):  # past the axis's last year (2026): the cursor stops there
            await pilot.press("greater_than_sign")
        await pilot.pause()
        assert app.as_of.start.earliest.year == timeline.last_year == 2026


async def test_the_palette_screenshot_works_without_a_downloads_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    app = make_app(lang="lv")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+p", *"Ekrānuzņēmums")  # the palette's own commands in the language
        await settle(pilot, lambda: bool(app.screen.query("CommandList").first().option_count))
        await pilot.press("enter")
        await settle(pilot, lambda: (tmp_path / "Downloads").is_dir() and any((tmp_path / "Downloads").iterdir()))
    shot = next((tmp_path / "Downloads").glob("*.svg"))
    assert shot.read_text(encoding="utf-8").startswith("<svg")


async def test_help_lists_every_key_once_from_the_bindings_in_the_language():
    from tui.screens.help import HelpScreen

    app = make_app(lang="lt")
    async with app.run_test(size=(40, 12)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = [key for keys, _meaning in app.screen.rows for key in keys.split()]
        assert len(keys) == len(set(keys)), "a key listed twice"
        for key in ("g", "G", "[", "]", "y", "Y", "e", "^p"):
            assert key in keys
        meanings = [meaning for _keys, meaning in app.screen.rows]
        assert "Kopijuoti" in meanings and "Eksportuoti" in meanings and "Paletė" in meanings
        assert all(meaning.strip() for meaning in meanings)
        # At 40 columns the descriptions still show beside the keys.
        picture = app.export_screenshot().replace("&#160;", " ")
        assert "Judėti /" in picture


async def test_the_theme_is_remembered_like_the_language(private_settings):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        app.theme = "nord"
        await pilot.pause()
    assert json.loads((private_settings / "settings.json").read_text(encoding="utf-8"))["theme"] == "nord"
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(again, pilot)
        assert again.theme == "nord"


async def test_ctrl_c_says_how_to_quit_in_the_language():
    app = make_app(lang="lv")
    said: list[str] = []
    app.notify = lambda message, **_options: said.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert said == ["Lai izietu, spiediet ^q"]


async def test_the_footer_follows_the_language():
    from tui.footer import EnvoysFooter

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)

        def footer() -> str:
            return " ".join(str(key.description) for key in app.screen.query_one(EnvoysFooter).children
                            if hasattr(key, "description"))

        assert "Filter" in footer() and "Palette" in footer()
        await pilot.press("l")
        await settle(pilot, lambda: "Filtrs" in footer())
        assert "Palete" in footer() and "Iziet" in footer()


async def test_y_in_the_search_screen_copies_the_highlighted_result_and_types_in_the_box():
    from tui.screens.search import ResultList, SearchScreen

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("s", *"Makey")  # a y typed in the box is a letter, not a copy
        await settle(pilot, lambda: isinstance(app.screen, SearchScreen)
                     and app.screen.query_one(ResultList).option_count > 0)
        assert app.screen.query_one("#search-input").value == "Makey"
        await pilot.press("down", "Y")
        await pilot.pause()
        assert app.clipboard == "person:vladimirs-makejs"


async def test_the_loader_posts_store_loaded_and_screens_follow_the_apps_reactives():
    from tui.messages import StoreLoaded
    from tui.screens.search import ResultList, SearchScreen

    seen: list[object] = []
    app = make_app()
    async with app.run_test(size=(100, 30), message_hook=seen.append) as pilot:
        await ready(app, pilot)
        assert any(isinstance(message, StoreLoaded) for message in seen)
        await pilot.press("s", *"Mora")
        await settle(pilot, lambda: isinstance(app.screen, SearchScreen)
                     and app.screen.query_one(ResultList).option_count > 0)
        app.lang = "lv"  # the screen watches the app's language: placeholder and results follow
        await settle(pilot, lambda: app.screen.query_one("#search-input").placeholder == "Meklēt visur…")
        results = app.screen.query_one(ResultList)
        await settle(pilot, lambda: str(results.get_option_at_index(0).prompt).startswith("── persona"))
