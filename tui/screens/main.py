"""The main screen: tabs for countries, people, envoys, visits and treaties."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import ContentSwitcher

from tui.footer import EnvoysFooter
from tui.i18n import tr
from tui.messages import TAB_KEYS, AsOfSet, OpenRecord
from tui.panes import BrowsePane
from tui.tables import spec_of
from widgets.tab_bar import TabBar

if TYPE_CHECKING:
    from data.dates import DateRange
    from data.store import Store
    from search.index import SearchIndex
    from tui.app import EnvoysApp


class MainScreen(Screen):
    app: EnvoysApp  # for type checkers: the screens run only in the EnvoysApp

    DEFAULT_CSS = "MainScreen > ContentSwitcher { height: 1fr; }"

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

    def __init__(self) -> None:
        super().__init__()
        self._panes: dict[str, BrowsePane] = {}  # the panes built so far, by tab key
        self._unbuilt: list[str] = []  # the tabs whose panes are still to be built
        self._tabs: TabBar | None = None
        self._switcher: ContentSwitcher | None = None
        self._composed_lang = ""

    def compose(self) -> ComposeResult:
        # No Header here: the tab bar says where you are, and the first frame comes sooner. The
        # tab bar is one widget (widgets/tab_bar.py: Textual's Tabs would be ten, see its
        # docstring) over a ContentSwitcher of the tabs' panes, one shown at a time. Only the
        # visible tab's pane is built now; the others when shown, or once it shows rows. (For a
        # large store, whose tables come later, the visible one too is built after the first frame.)
        lang = self._composed_lang = self.app.lang
        self._tabs = TabBar([(f"tab-{key}", tr(f"tab.{key}", lang)) for key in TAB_KEYS], id="tabs")
        yield self._tabs
        self._unbuilt = list(TAB_KEYS)
        with ContentSwitcher(initial=f"pane-{TAB_KEYS[0]}") as self._switcher:
            if self.app.rows_soon:
                yield self._new_pane(TAB_KEYS[0], shown=True)
        yield EnvoysFooter()

    def _new_pane(self, key: str, *, shown: bool = False, focus: bool = False) -> BrowsePane:
        self._unbuilt.remove(key)
        pane = self._panes[key] = BrowsePane(spec_of(key), shown=shown, focus=focus, id=f"pane-{key}")
        pane.display = shown
        return pane

    async def on_mount(self) -> None:
        # The first frame waits (a moment at most) for the visible tab's tables: see `EnvoysApp.first_tables`.
        app = self.app
        await app.first_tables()
        # The app holds the language, the "as of" date and the data; this screen follows them.
        self.watch(app, "as_of", self.follow_as_of, init=False)
        self.watch(app, "stored", self._stored)
        # The tab labels and panes were made in the current language; one that changes from now on
        # is followed (after the first refresh, as the panes built since follow it as they mount).
        self.call_after_refresh(self._follow_language, self._composed_lang)
        self.call_after_refresh(self._build_shown)  # (if it is not built yet)

    def _follow_language(self, composed: str) -> None:
        app = self.app
        if app.return_code is not None:
            return  # the app is already closing (a store that failed to load)
        self.watch(app, "lang", self.apply_language, init=app.lang != composed)

    def _stored(self, stored: int) -> None:
        if stored and self.app.store is not None:
            self.attach(self.app.store, fresh=self.app.fresh)

    def index_ready(self, index: SearchIndex) -> None:
        """The search index is here (read on the first filter or search): the tabs filter with it."""
        for pane in self._built():
            pane.index_ready(index)

    def _built(self) -> list[BrowsePane]:
        """The tabs' panes that have started taking the data (a pane built but not mounted yet
        takes the store, the language and the date as it mounts), in tab order."""
        return [pane for key in TAB_KEYS if (pane := self._panes.get(key)) is not None and pane.started]

    def _build(self, key: str, *, shown: bool = False, focus: bool = False) -> None:
        switcher = self._switcher
        if key in self._unbuilt and switcher is not None and switcher.is_attached:  # (not while the app is closing)
            switcher.mount(self._new_pane(key, shown=shown, focus=focus))

    def _build_hidden(self) -> None:
        """Build the hidden tabs' panes."""
        for key in list(self._unbuilt):
            self._build(key)

    # -- data and language ----------------------------------------------------------------

    def attach(self, store: Store, *, fresh: bool = False) -> None:
        """More of the store is here: each tab whose tables it now holds is filled (panes not
        mounted yet fill themselves when they mount: BrowsePane.on_mount)."""
        for pane in self._built():
            pane.attach(store, fresh=fresh)

    @on(BrowsePane.Filled)
    def _filled(self, event: BrowsePane.Filled) -> None:
        event.stop()
        if event.pane is self.current_pane():
            event.pane.focus_table()
            self.call_after_refresh(self.app.first_rows_drawn)
            if self._unbuilt:
                # The visible tab shows rows: the other tabs' panes are built after that frame.
                self.call_after_refresh(self._build_hidden)

    def apply_language(self, lang: str) -> None:
        if self._tabs is None or not self._tabs.is_attached:
            return  # the app is closing (a store that fails to load ends it at once): nothing to label
        for key in TAB_KEYS:
            self._tabs.set_label(f"tab-{key}", tr(f"tab.{key}", lang))
        for pane in self._built():
            pane.set_language(lang)
        self.refresh_bindings()

    def follow_as_of(self, as_of: DateRange | None) -> None:
        for pane in self._built():
            if pane.spec.key == "envoys":
                pane.follow_as_of(as_of)  # (a pane built later takes the date as it mounts)

    def current_key(self) -> str:
        """The key of the visible tab."""
        return self._tabs.active.removeprefix("tab-") if self._tabs is not None else TAB_KEYS[0]

    def current_pane(self) -> BrowsePane | None:
        """The visible tab's pane (None while it is being built). Asked for every key binding
        each time the footer is drawn: a lookup, not a query of the whole screen."""
        pane = self._panes.get(self.current_key())
        return pane if pane is not None and pane.started else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The envoys-only keys show (and work) only on the Envoys tab.
        if action in ("as_of", "year"):
            pane = self.current_pane()
            return pane is not None and pane.spec.key == "envoys"
        if action in ("copy", "copy_id", "export"):
            pane = self.current_pane()
            return pane is not None and pane.browser is not None
        return True

    @on(TabBar.TabActivated)
    def _tab_changed(self) -> None:
        self._switch()

    def _switch(self) -> None:
        """Show the visible tab's pane (built now if it is not yet) and hide the others."""
        self._build_shown()
        key = self.current_key()
        if self._switcher is not None and key not in self._unbuilt:
            self._switcher.current = f"pane-{key}"
        current = self.current_pane()
        for pane in self._built():
            pane.show(pane is current)
        self.refresh_bindings()

    def _build_shown(self, *, focus: bool = False) -> None:
        """Build the visible tab's pane if it is not built yet (`focus`: its table takes the focus)."""
        self._build(self.current_key(), shown=True, focus=focus)

    # -- actions -------------------------------------------------------------------------

    def action_show_tab(self, key: str) -> None:
        if self._tabs is None:
            return
        self._tabs.active = f"tab-{key}"
        self._build_shown(focus=True)  # a pane built now: its table takes the focus once mounted
        self._switch()
        self._with_pane(lambda pane: pane.focus_table())

    def _with_pane(self, act: Callable[[BrowsePane], object]) -> None:
        """Do `act` to the visible tab's pane (nothing while it is still being built)."""
        pane = self.current_pane()
        if pane is not None:
            act(pane)

    def _step_tab(self, step: int) -> None:
        active = self.current_key()
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
