"""The main screen: tabs for countries, people, envoys, visits and treaties."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.lazy import Lazy
from textual.screen import Screen
from textual.widgets import Footer, TabbedContent, TabPane

from tui.i18n import tr
from tui.keys import localise_bindings
from tui.panes import AsOfSet, BrowsePane
from tui.tables import TABS


class MainScreen(Screen):
    BINDINGS = [
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("o", "sort", "Sort", id="sort"),
        Binding("O", "sort_reverse", "Reverse", id="reverse"),
        Binding("a", "as_of", "As of", id="asof"),
        Binding("less_than_sign", "year(-1)", "Year −1", id="year_back"),
        Binding("greater_than_sign", "year(1)", "Year +1", id="year_forward"),
        Binding("t", "timeline", "Timeline", id="timeline"),
        Binding("right_square_bracket", "next_tab", "Next tab", show=False, id="tab_next"),
        Binding("left_square_bracket", "previous_tab", "Previous tab", show=False, id="tab_prev"),
        *[Binding(str(n), f"show_tab('{spec.key}')", spec.key, show=False, id=f"tab-{spec.key}")
          for n, spec in enumerate(TABS, start=1)],
    ]

    def compose(self) -> ComposeResult:
        # No Header here: the tab bar says where you are, and the first frame comes sooner.
        with TabbedContent(id="tabs"):
            for spec in TABS:
                with TabPane(spec.key, id=f"tab-{spec.key}"):
                    # Lazy: built just after the first frame, so the screen appears sooner.
                    yield Lazy(BrowsePane(spec, id=f"pane-{spec.key}"))
        yield Footer()

    def on_mount(self) -> None:
        # After the first refresh: the tabs of TabbedContent exist only then.
        self.call_after_refresh(self._ready)

    def _ready(self) -> None:
        app = self.app
        if app.return_code is not None:
            return  # the app is already closing (a store that failed to load)
        self.apply_language(app.lang)  # type: ignore[attr-defined]
        if app.store is not None:  # type: ignore[attr-defined]
            # The data arrived before this screen was ready.
            self.attach(app.store, app.index)  # type: ignore[attr-defined]

    # -- data and language ----------------------------------------------------------------

    def attach(self, store: object, index: object) -> None:
        # Panes not mounted yet attach themselves when they mount (BrowsePane.on_mount).
        for pane in self.query(BrowsePane):
            pane.attach(store, index)
            pane.set_language(self.app.lang)  # type: ignore[attr-defined]
        pane = self.current_pane()
        if pane is not None:
            pane.focus_table()

    def apply_language(self, lang: str) -> None:
        localise_bindings(self, lang)
        tabs = self.query_one(TabbedContent)
        try:
            for spec in TABS:
                tabs.get_tab(f"tab-{spec.key}").label = tr(spec.title, lang)
        except NoMatches:
            return  # the app is closing (a store that fails to load ends it at once): nothing to label
        for pane in self.query(BrowsePane):
            pane.set_language(lang)

    def current_pane(self) -> BrowsePane | None:
        active = self.query_one(TabbedContent).active or f"tab-{TABS[0].key}"
        panes = self.query(f"#pane-{active.removeprefix('tab-')}").results(BrowsePane)
        return next(panes, None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The envoys-only keys show (and work) only on the Envoys tab.
        if action in ("as_of", "year"):
            pane = self.current_pane()
            return pane is not None and pane.spec.key == "envoys"
        return True

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        self.refresh_bindings()

    # -- actions -------------------------------------------------------------------------

    def action_show_tab(self, key: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{key}"
        self._pane("focus_table")

    def _pane(self, method: str, *args: object) -> None:
        """Call `method` on the visible tab's pane (nothing while it is still being built)."""
        pane = self.current_pane()
        if pane is not None:
            getattr(pane, method)(*args)

    def _step_tab(self, step: int) -> None:
        keys = [spec.key for spec in TABS]
        active = (self.query_one(TabbedContent).active or f"tab-{TABS[0].key}").removeprefix("tab-")
        self.action_show_tab(keys[(keys.index(active) + step) % len(keys)])

    def action_next_tab(self) -> None:
        self._step_tab(1)

    def action_previous_tab(self) -> None:
        self._step_tab(-1)

    def action_filter(self) -> None:
        self._pane("focus_filter")

    def action_sort(self) -> None:
        self._pane("cycle_sort")

    def action_sort_reverse(self) -> None:
        self._pane("cycle_sort", True)

    def action_as_of(self) -> None:
        self._pane("focus_asof")

    def action_year(self, years: int) -> None:
        self._pane("step_year", years)

    def action_timeline(self) -> None:
        self.app.action_timeline()  # type: ignore[attr-defined]

    @on(BrowsePane.Open)
    def _open(self, event: BrowsePane.Open) -> None:
        self.app.open_record(event.record_id)  # type: ignore[attr-defined]

    @on(AsOfSet)
    def _as_of(self, event: AsOfSet) -> None:
        self.app.as_of = event.when  # type: ignore[attr-defined]
