"""The main screen's tab bar (widgets/tab_bar.py), one widget drawn as Textual's Tabs are: the mouse,
the keys when it has the focus, the underline under the active tab, a row wider than the screen.
(Its look beside Textual's own is held by the snapshot tests.)"""

from __future__ import annotations

from tests.apptools import make_app, ready, settle, table_rows
from tui.panes import BrowsePane
from widgets.tab_bar import TabBar


def bar(app) -> TabBar:
    return app.screen.query_one(TabBar)


def label_line(app) -> str:
    return bar(app).render_line(0).text


def shown_panes(app) -> list[str]:
    return [pane.id for pane in app.screen.query(BrowsePane) if pane.display]


def underlined(app) -> str:
    """The cells of the label line above the underline's highlight."""
    tab_bar = bar(app)
    start, end = int(tab_bar.highlight_start), int(tab_bar.highlight_end)
    shift = int(tab_bar.shift)
    return label_line(app)[start - shift:end - shift]


async def test_a_click_on_a_label_or_the_bar_beneath_it_opens_that_tab_and_moves_the_underline():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        line = label_line(app)
        assert line.startswith(" Countries  People  Envoys  Visits  Treaties ")
        assert underlined(app) == "Countries"
        await pilot.click(TabBar, offset=(line.index("Envoys") + 2, 0))
        await settle(pilot, lambda: underlined(app) == "Envoys")
        assert app.screen.current_key() == "envoys" and bar(app).has_focus
        await settle(pilot, lambda: table_rows(app))  # the Envoys pane was built and shows rows
        assert shown_panes(app) == ["pane-envoys"]  # and is the only one shown
        await pilot.click(TabBar, offset=(line.index("Visits") + 1, 1))  # on the underline
        await settle(pilot, lambda: underlined(app) == "Visits")
        assert app.screen.current_key() == "visits" and shown_panes(app) == ["pane-visits"]
        await pilot.click(TabBar, offset=(99, 0))  # right of every label: nothing changes
        await pilot.pause(0.4)
        assert app.screen.current_key() == "visits"


async def test_left_and_right_move_between_tabs_while_the_bar_has_the_focus():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("shift+tab", "shift+tab")  # table → filter → tab bar, as before
        assert bar(app).has_focus
        await pilot.press("left")  # wraps round to the last tab
        assert app.screen.current_key() == "treaties"
        await pilot.press("right", "right")
        assert app.screen.current_key() == "people"
        await pilot.press("3")  # the tab keys still work, and hand the keys to the table
        assert app.screen.current_key() == "envoys"
        await settle(pilot, lambda: underlined(app) == "Envoys")


async def test_the_labels_follow_the_language_and_the_underline_follows_the_label():
    app = make_app(lang="en")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("l")  # lv
        await settle(pilot, lambda: label_line(app).startswith(" Valstis  Personas "))
        assert underlined(app) == "Valstis"


async def test_a_hovered_label_is_lit():
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        tab_bar = bar(app)
        before = tab_bar.render_line(0)
        await pilot.hover(TabBar, offset=(label_line(app).index("People") + 1, 0))
        assert tab_bar._hover == "tab-people"
        assert tab_bar.render_line(0) != before  # People drawn in the full foreground colour
        assert tab_bar.styles.pointer == "pointer"


async def test_a_row_wider_than_the_screen_scrolls_to_show_the_active_tab():
    app = make_app()
    async with app.run_test(size=(30, 12)) as pilot:
        await ready(app, pilot)
        assert label_line(app).startswith(" Countries  People ")
        await pilot.press("5")
        await settle(pilot, lambda: "Treaties" in label_line(app) and underlined(app) == "Treaties")
        assert not label_line(app).startswith(" Countries")
        await pilot.press("1")
        await settle(pilot, lambda: label_line(app).startswith(" Countries"))
