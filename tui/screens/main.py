"""The main screen: tabs for countries, people, envoys, visits and treaties."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import TabbedContent, TabPane

from tui.footer import EnvoysFooter
from tui.i18n import tr
from tui.messages import TAB_KEYS, AsOfSet, OpenRecord

if TYPE_CHECKING:
    from data.dates import DateRange
    from data.store import Store
    from search.index import SearchIndex
    from tui.app import EnvoysApp
    from tui.panes import BrowsePane


class PaneSlot(Widget):
    """Where a tab's pane goes. The pane (tables, inputs, the model behind them) is imported and
    built just after the first frame, so the main screen appears sooner."""

    DEFAULT_CSS = "PaneSlot { height: 1fr; }"

    def __init__(self, key: str) -> None:
        super().__init__(id=f"slot-{key}")
        self.key = key

    def on_mount(self) -> None:
        self.call_after_refresh(self._build)

    def _build(self) -> None:
        from tui.panes import BrowsePane
        from tui.tables import TABS

        spec = next(spec for spec in TABS if spec.key == self.key)
        self.mount(BrowsePane(spec, id=f"pane-{self.key}"))


class MainScreen(Screen):
    app: EnvoysApp  # for type checkers: the screens run only in the EnvoysApp

    BINDINGS = [
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("o", "sort", "Sort", id="sort"),
        Binding("O", "sort_reverse", "Reverse", show=False, id="reverse"),
        Binding("a", "as_of", "As of", id="asof"),
        Binding("less_than_sign", "year(-1)", "Year −1", show=False, id="year_back"),
        Binding("greater_than_sign", "year(1)", "Year +1", show=False, id="year_forward"),
        Binding("t", "timeline", "Timeline", id="timeline"),
        Binding("y", "copy", "Copy", id="copy"),
        Binding("Y", "copy_id", "Copy id", show=False, id="copy_id"),
        Binding("e", "export", "Export", id="export"),
        Binding("right_square_bracket", "next_tab", "Next tab", show=False, id="tab_next"),
        Binding("left_square_bracket", "previous_tab", "Previous tab", show=False, id="tab_prev"),
        *[Binding(str(n), f"show_tab('{key}')", key, show=False, id=f"tab-{key}")
          for n, key in enumerate(TAB_KEYS, start=1)],
    ]

    def compose(self) -> ComposeResult:
        # No Header here: the tab bar says where you are, and the first frame comes sooner.
        with TabbedContent(id="tabs"):
            for key in TAB_KEYS:
                with TabPane(tr(f"tab.{key}", self.app.lang), id=f"tab-{key}"):
                    yield PaneSlot(key)
        yield EnvoysFooter()

    def on_mount(self) -> None:
        # After the first refresh: the tabs of TabbedContent exist only then.
        self.call_after_refresh(self._ready)

    def _ready(self) -> None:
        app = self.app
        if app.return_code is not None:
            return  # the app is already closing (a store that failed to load)
        # The app holds the language, the "as of" date and the data; this screen follows them.
        self.watch(app, "lang", self.apply_language)
        self.watch(app, "as_of", self.follow_as_of, init=False)
        self.watch(app, "stored", self._stored)

    def _stored(self, stored: int) -> None:
        if stored and self.app.store is not None:
            self.attach(self.app.store, fresh=self.app.fresh)

    def index_ready(self, index: SearchIndex) -> None:
        """The search index is here (read on the first filter or search): the tabs filter with it."""
        from tui.panes import BrowsePane

        for pane in self.query(BrowsePane):
            pane.index_ready(index)

    # -- data and language ----------------------------------------------------------------

    def attach(self, store: Store, *, fresh: bool = False) -> None:
        """More of the store is here: each tab whose tables it now holds is filled (panes not
        mounted yet fill themselves when they mount: BrowsePane.on_mount)."""
        from tui.panes import BrowsePane

        current = self.current_pane()
        for pane in self.query(BrowsePane):
            if pane.attach(store, fresh=fresh) and pane is current:
                pane.focus_table()

    def apply_language(self, lang: str) -> None:
        from tui.panes import BrowsePane

        tabs = self.query_one(TabbedContent)
        try:
            for key in TAB_KEYS:
                tabs.get_tab(f"tab-{key}").label = tr(f"tab.{key}", lang)
        except NoMatches:
            return  # the app is closing (a store that fails to load ends it at once): nothing to label
        for pane in self.query(BrowsePane):
            pane.set_language(lang)
        self.refresh_bindings()

    def follow_as_of(self, as_of: DateRange | None) -> None:
        from tui.panes import BrowsePane

        for pane in self.query("#pane-envoys").results(BrowsePane):
            pane.follow_as_of(as_of)

    def current_pane(self) -> BrowsePane | None:
        active = self.query_one(TabbedContent).active or f"tab-{TAB_KEYS[0]}"
        from tui.panes import BrowsePane

        return next(iter(self.query(f"#pane-{active.removeprefix('tab-')}").results(BrowsePane)), None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The envoys-only keys show (and work) only on the Envoys tab.
        if action in ("as_of", "year"):
            pane = self.current_pane()
            return pane is not None and pane.spec.key == "envoys"
        if action in ("copy", "copy_id", "export"):
            pane = self.current_pane()
            return pane is not None and pane.browser is not None
        return True

    @on(TabbedContent.TabActivated)
    def _tab_changed(self) -> None:
        from tui.panes import BrowsePane

        current = self.current_pane()
        for pane in self.query(BrowsePane):
            pane.show(pane is current)
        self.refresh_bindings()

    # -- actions -------------------------------------------------------------------------

    def action_show_tab(self, key: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{key}"
        self._with_pane(lambda pane: pane.focus_table())

    def _with_pane(self, act: Callable[[BrowsePane], object]) -> None:
        """Do `act` to the visible tab's pane (nothing while it is still being built)."""
        pane = self.current_pane()
        if pane is not None:
            act(pane)

    def _step_tab(self, step: int) -> None:
        active = (self.query_one(TabbedContent).active or f"tab-{TAB_KEYS[0]}").removeprefix("tab-")
        self.action_show_tab(TAB_KEYS[(TAB_KEYS.index(active) + step) % len(TAB_KEYS)])

    def action_next_tab(self) -> None:
        self._step_tab(1)

    def action_previous_tab(self) -> None:
        self._step_tab(-1)

    def action_filter(self) -> None:
        self._with_pane(lambda pane: pane.focus_filter())

    def action_sort(self) -> None:
        self._with_pane(lambda pane: pane.cycle_sort())

    def action_sort_reverse(self) -> None:
        self._with_pane(lambda pane: pane.cycle_sort(reverse=True))

    def action_as_of(self) -> None:
        self._with_pane(lambda pane: pane.focus_asof())

    def action_year(self, years: int) -> None:
        self.app.step_as_of(years)

    def action_timeline(self) -> None:
        self.app.action_timeline()

    def action_copy(self) -> None:
        pane = self.current_pane()
        if pane is not None and (record_id := pane.current_record_id()):
            self.app.copy_record(record_id)

    def action_copy_id(self) -> None:
        pane = self.current_pane()
        if pane is not None and (record_id := pane.current_record_id()):
            self.app.copy_record(record_id, id_only=True)

    def action_export(self) -> None:
        from tui.exporting import default_folder
        from tui.screens.export import ExportScreen

        pane = self.current_pane()
        if pane is None or pane.browser is None:
            return
        lang = self.app.lang
        today = self.app.today.isoformat()
        default = default_folder() / f"envoys-{pane.spec.key}-{today}.csv"

        def write(choice: object) -> None:
            if choice is not None:
                self.app.export_view(pane, choice)

        self.app.push_screen(ExportScreen(default, lang), write)

    @on(OpenRecord)
    def _open(self, event: OpenRecord) -> None:
        self.app.open_record(event.record_id)

    @on(AsOfSet)
    def _as_of(self, event: AsOfSet) -> None:
        self.app.as_of = event.when
