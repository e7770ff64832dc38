"""The app for daily use (issue 12): details from the top, copy and export, answers, language."""

from __future__ import annotations

import csv
import json

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
        await pilot.pause()
        data = json.loads(next((tmp_path / "missing" / "exports").glob("*.json")).read_text(encoding="utf-8"))
        assert [d["date"] for d in data] == [r[0] for r in shown]
        assert all(d["id"].startswith("visit:") for d in data)
