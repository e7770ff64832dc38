"""The Textual app: loads the store off the UI thread, holds the language and the "as of" date."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from data.dates import DateRange
from data.errors import EnvoysError
from tui.i18n import tr
from tui.keys import user_keymap
from tui.messages import IndexLoaded, StoreLoaded
from tui.screens.main import MainScreen
from tui.startup import restore as restore_collector

if TYPE_CHECKING:
    from data.store import Store
    from search.index import SearchIndex
    from tui.panes import BrowsePane
    from tui.screens.export import ExportChoice


ROWS_WAIT = 0.25
"""Seconds the main screen waits for the visible tab's tables before it is drawn without them."""
ROWS_WAIT_BELOW = 16 * 2**20
"""Bytes: the main screen waits for the first tables of a store smaller than this only (a
larger one's cache is checked against a digest of the whole file before anything is read)."""


class EnvoysApp(App[int]):
    CSS_PATH = Path(__file__).with_name("styles.tcss")  # absolute: subclasses may live anywhere
    TITLE = "Baltic envoys"
    COMMANDS = App.COMMANDS | {lambda: _records_provider()}
    # A short terminal (40×12) gets one-line input boxes, so that rows still show (styles.tcss).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
        Binding("l", "language", "Language", id="language"),
        Binding("s", "search", "Search", id="search"),
        # Textual adds its own palette binding unless one exists; ours has an id, so its
        # footer label follows the language.
        Binding("ctrl+p", "command_palette", "Palette", show=False, priority=True, id="palette"),
    ]

    # Screens watch these (`self.watch(self.app, "lang", ...)`): the app holds one of each.
    lang: reactive[str] = reactive("en", init=False)
    as_of: reactive[DateRange | None] = reactive(None, init=False)
    loaded: reactive[bool] = reactive(False, init=False)  # every table of the store is here
    stored: reactive[int] = reactive(0, init=False)  # how many parts of the store have arrived

    def __init__(
        self, db_path: Path | None = None, *, lang: str | None = None, remember: bool = True,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.today = today or dt.date.today()  # fixed by tests, so pictures do not age
        self.remember = remember  # tests switch languages without touching the user's settings
        self.store: Store | None = None
        self.index: SearchIndex | None = None
        self._initial_lang = lang
        self.failure: str | None = None
        self.loader: threading.Thread | None = None
        self.load_cancelled = threading.Event()  # set on exit: the loader stops at its next step
        self.fresh = False  # the last store delivered is not an extension of the one before
        self.complete = False  # `store` holds every table (it may hold a few while the rest is read)
        self._pending_open: str | None = None  # a record asked for before the store was all read
        self._index_wanted = False
        self._index_thread: threading.Thread | None = None
        self._index_ready = threading.Event()
        self._index_box: list[SearchIndex | None] = []
        self._first_part: asyncio.Future[StoreLoaded | None] | None = None  # the loader's first StoreLoaded
        self.rows_soon = False  # the visible tab's tables are worth waiting for (see `on_load`)

    def on_load(self) -> None:
        # Before the terminal is taken and the main screen composed: it is composed once, with
        # the user's keys, theme and language.
        from tui.settings import load_language, load_theme

        # The store is read in a thread, the visible tab's tables first: a store of modest size
        # from now on, beside the main screen's composing, which waits a moment for those tables
        # (`first_tables`); a large one after the first frame, so as not to compete with it.
        self._first_part = asyncio.get_running_loop().create_future()
        self.rows_soon = self._soon_read()
        if self.rows_soon:
            self.load_data()
        self.set_keymap(user_keymap())
        theme = load_theme()
        if theme in self.available_themes:
            self.theme = theme
        self.set_reactive(EnvoysApp.lang, self._initial_lang or load_language())
        self.apply_language()

    def get_default_screen(self) -> Screen:
        # The main screen is the first on the stack: no empty screen composed, styled and
        # replaced before it.
        return MainScreen()

    def on_ready(self) -> None:
        if not self.rows_soon:
            # The first frame is drawn without rows: the collector as usual from here (before the
            # loader starts, which pauses it while decoding), and the store read after that frame
            # (Ready comes once it is laid out).
            restore_collector()
            self.call_after_refresh(self.load_data)

    def first_rows_drawn(self) -> None:
        """The main screen's first frame with rows has been drawn: start-up is over."""
        restore_collector()

    async def first_tables(self) -> None:
        """Wait a moment for the visible tab's tables, and take them if they come (the main screen
        waits for this before its first frame).

        Start-up ends at the first frame that shows rows: when the visible tab's tables come
        within a moment (a cached store of modest size: a few ms once the data layer is
        imported), the main screen is drawn with them, rather than drawn empty, then laid out and
        drawn again. Keys pressed meanwhile wait at most `ROWS_WAIT`."""
        first = self._first_part
        if first is None:
            return
        if not first.done() and self.rows_soon:
            await asyncio.wait([first], timeout=ROWS_WAIT)
        if first.done() and (message := first.result()) is not None and not message.taken:
            message.taken = True
            self.fresh = message.fresh
            self.data_ready(message.store, message.complete)  # type: ignore[arg-type]

    def _soon_read(self) -> bool:
        """Whether the store's first tables will likely be read within `ROWS_WAIT`: its cache
        is checked against a digest of the whole file (a quarter of a second at 200 MB)."""
        from data.embedded import EMBEDDED_STORE

        try:
            return Path(self.db_path or EMBEDDED_STORE).stat().st_size < ROWS_WAIT_BELOW
        except OSError:
            return False  # the loader says why, in the command line's words

    @work(exclusive=True, group="load")
    async def load_data(self) -> None:
        """Read the store in a thread, the visible tab's tables first: the first frame waits for
        them a moment at most (`first_tables`), and that tab fills before the others are read
        (each tab fills as its tables arrive).

        The thread is a daemon of our own, not a Textual thread worker: those run in asyncio's
        default executor, which the app's shutdown waits for, so `q` during a long load (a
        200 MB store) would wait for the whole load. Quitting cancels this worker, sets
        `load_cancelled` (the loader stops at its next step) and leaves the thread behind.
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[tuple[str, object]] = loop.create_future()
        first_tab = self._visible_tab()

        def deliver(outcome: tuple[str, object]) -> None:
            if not done.done():
                done.set_result(outcome)
            first_part(None)

        def first_part(message: StoreLoaded | None) -> None:
            if self._first_part is not None and not self._first_part.done():
                self._first_part.set_result(message)

        def show(store: Store, complete: bool, fresh: bool = False) -> None:
            # Each part as it is read, and on screen before the next is read: decoding a table
            # holds the interpreter's lock for up to a second, which would hold back the frame.
            message = StoreLoaded(store, complete, fresh=fresh)
            try:
                loop.call_soon_threadsafe(first_part, message)  # for `on_mount`, if it still waits
                loop.call_soon_threadsafe(self.post_message, message)
            except RuntimeError:
                raise _Cancelled from None  # the app has gone
            for _tick in range(40):  # at most 2 s: a frame that never comes must not stop the loading
                if message.shown.wait(0.05):
                    break
                if self.load_cancelled.is_set():
                    raise _Cancelled

        def load() -> None:
            try:
                self._load(first_tab, show)
                outcome: tuple[str, object] = ("ready", None)
            except EnvoysError as error:
                outcome = ("failed", str(error))
            except BaseException as error:  # handed to the app's thread, which reports it as Textual does
                outcome = ("crashed", error)
            try:
                loop.call_soon_threadsafe(deliver, outcome)
            except RuntimeError:
                pass  # the app has gone: nobody is waiting

        self.loader = threading.Thread(target=load, name="envoys-load", daemon=True)
        self.loader.start()
        try:
            kind, detail = await done
        except asyncio.CancelledError:
            self.load_cancelled.set()
            raise
        if kind == "failed":
            self.fail(str(detail))
        elif kind == "crashed" and not isinstance(detail, _Cancelled):
            raise detail  # type: ignore[misc]

    def _visible_tab(self) -> str:
        from tui.messages import TAB_KEYS

        screen = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        pane = screen.current_pane() if screen is not None and screen.is_mounted else None
        return pane.spec.key if pane is not None else TAB_KEYS[0]

    def _load(self, first_tab: str, show: Callable[..., None]) -> None:
        """The loader thread: the store's cached tables a group at a time, each group shown as it
        is read. A store not cached yet (or changed) is read whole, which caches it: a large one
        by a child process (`tui.loading`), then read back here as a cached one."""
        from data.staged import save_counts
        from data.store import EMBEDDED_STORE, LoadCancelled, load_store

        stop = self.load_cancelled.is_set
        path = Path(self.db_path) if self.db_path is not None else EMBEDDED_STORE
        store, counted = self._read_cached(first_tab, show)
        if store is None:
            from tui.loading import cache_in_child, worth_a_child  # not for a cached store

            if worth_a_child(path) and cache_in_child(path, stop):
                store, counted = self._read_cached(first_tab, show)
        if stop():
            raise _Cancelled
        if store is None:
            try:
                store = load_store(path, cancelled=stop)
            except LoadCancelled:
                raise _Cancelled from None
            counted = False
            # Not an extension of what may have been shown (the file changed while its cache was
            # read): the tabs already filled are filled again from this store.
            show(store, True, True)
        # Everything read so far lives as long as the app: keep the cycle collector from
        # walking it again and again (pauses of a few hundred ms on a large store).
        gc.freeze()
        if not counted:
            save_counts(store)  # for the next start: its first tab fills without the records counted

    def _read_cached(self, first_tab: str, show: Callable[..., None]) -> tuple[Store | None, bool]:
        """The whole store from its cache, shown a group of tables at a time, and whether the
        counts were saved with it; (None, False) when it is not cached (nothing shown then)."""
        from data.staged import CachedTables
        from tui.tables import reading_order

        stop = self.load_cancelled.is_set
        try:
            tables = CachedTables(self.db_path, stop)
        except EnvoysError:
            return None, False  # an unreadable file: `load_store` says why, in the command line's words
        counted = tables.counts() is not None
        groups = reading_order(first_tab, counted)
        store = None
        for number, group in enumerate(groups):
            store = tables.read(group)
            if stop():
                raise _Cancelled
            if store is None:
                return None, False  # not cached (or changed meanwhile): read it whole
            show(store, number == len(groups) - 1)
        return store, counted

    def on_unmount(self) -> None:
        self.load_cancelled.set()
        restore_collector()
        loading = sys.modules.get("tui.loading")  # imported only when a child was needed
        if loading is not None:
            loading.stop_children()

    def loading(self) -> bool:
        """Whether the loader thread is still at work (the app may have exited meanwhile)."""
        return self.loader is not None and self.loader.is_alive()

    def exit_on_signal(self, signum: int) -> None:
        """SIGTERM, SIGHUP or SIGINT: leave as `q` does, restoring the terminal, with 128 + signum.
        Called by the handlers `tui.launch` installs, from the main thread at any moment."""
        self.load_cancelled.set()
        code = 128 + signum
        try:
            # A Python signal handler runs in the main thread, inside the app's event loop when
            # it is running: hand the exit to the loop rather than act in the middle of its work.
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise SystemExit(code) from None  # the app is not running (yet): no screen to restore
        loop.call_soon_threadsafe(self.exit, None, code)

    def fail(self, message: str) -> None:
        # The caller prints `failure` as one line once the terminal is restored.
        self.failure = message
        # After a refresh: the tabs' panes still being built finish mounting before teardown.
        self.call_after_refresh(self.exit, 2, 2)

    def on_store_loaded(self, message: StoreLoaded) -> None:
        if not message.taken:  # (the first part may have been taken by `on_mount` already)
            self.fresh = message.fresh
            self.data_ready(message.store, message.complete)  # type: ignore[arg-type]
        self.call_after_refresh(message.shown.set)

    def data_ready(self, store: Store, complete: bool = True) -> None:
        """More of the store is here (all of it when `complete`): the main screen fills the tabs
        whose tables it now holds."""
        self.store = store
        self.complete = complete
        self.stored += 1  # the main screen watches it and hands the data to its tabs
        if complete:
            self.refresh_bindings()
            self.loaded = True
            if self._index_wanted:
                self.want_index()
            if self._pending_open is not None:
                record_id, self._pending_open = self._pending_open, None
                self.open_record(record_id)

    # -- the search index, read on first use ------------------------------------------------

    def want_index(self) -> None:
        """Start reading the search index (or building it, the first time) if it is not here yet.
        Not at start-up: at 250,000 records it takes about a second and a third of the memory,
        which an app only browsed never needs. Asked for by the first filter or search."""
        self._index_wanted = True
        if self.index is not None or self._index_thread is not None or not self.complete or self.store is None:
            return
        store = self.store
        loop = asyncio.get_running_loop()

        def load() -> None:
            from search.index_cache import load_or_build
            from tui.labels import labeller

            try:
                index = load_or_build(store, labeller(store))
            except BaseException:  # a search that cannot be had must not hang its waiters
                index = None
            self._index_box.append(index)
            self._index_ready.set()
            with contextlib.suppress(RuntimeError):  # the app has gone
                loop.call_soon_threadsafe(self.post_message, IndexLoaded(index))

        self._index_thread = threading.Thread(target=load, name="envoys-index", daemon=True)
        self._index_thread.start()

    def wait_index(self) -> SearchIndex | None:
        """The search index, for a worker thread: asks for it and waits until it is here (None
        when the app quits first, or the index cannot be had)."""
        if self.index is not None:
            return self.index
        with contextlib.suppress(RuntimeError):
            self.call_from_thread(self.want_index)
        while not self._index_ready.wait(0.1):
            if self.load_cancelled.is_set() or self.return_code is not None:
                return None
        return self._index_box[0] if self._index_box else None

    def loading_index(self) -> bool:
        """Whether the search index is being read (or built) right now."""
        return self._index_thread is not None and not self._index_ready.is_set()

    def index_if_read(self) -> SearchIndex | None:
        """The search index if it has been read (even before `IndexLoaded` is handled), else None."""
        if self.index is None and self._index_ready.is_set() and self._index_box:
            return self._index_box[0]
        return self.index

    def on_index_loaded(self, message: IndexLoaded) -> None:
        if message.index is not None:
            self.index = message.index  # type: ignore[assignment]
            for screen in self.screen_stack:
                if isinstance(screen, MainScreen):
                    screen.index_ready(self.index)

    # -- language ------------------------------------------------------------------------

    def apply_language(self) -> None:
        # The app's own bindings and title; each screen watches `lang` for its own.
        self.title = tr("app.title", self.lang)
        self.refresh_bindings()

    def watch_lang(self) -> None:
        self.apply_language()
        if self.remember:
            from tui.settings import save_language

            save_language(self.lang)

    def watch_theme(self, theme: str) -> None:
        # Remembered like the language (chosen from the palette's "Theme" command).
        if self.remember and self.is_mounted:
            from tui.settings import save_theme

            save_theme(theme)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own palette commands, in the current language; the screenshot ours."""
        lang = self.lang
        yield SystemCommand(tr("cmd.theme", lang), tr("cmd.theme.help", lang), self.action_change_theme)
        yield SystemCommand(tr("cmd.quit", lang), tr("cmd.quit.help", lang), self.action_quit)
        if screen.query("HelpPanel"):
            yield SystemCommand(tr("cmd.keys", lang), tr("cmd.keys.hide", lang), self.action_hide_help_panel)
        else:
            yield SystemCommand(tr("cmd.keys", lang), tr("cmd.keys.help", lang), self.action_help)
        yield SystemCommand(tr("cmd.screenshot", lang), tr("cmd.screenshot.help", lang),
                            lambda: self.set_timer(0.1, self.save_screenshot_file))

    def save_screenshot_file(self) -> Path | None:
        """An SVG of the screen in the downloads folder (made when missing) or the current one."""
        from textual.app import generate_datetime_filename

        from tui.exporting import default_folder, write_text

        name = generate_datetime_filename(self.title, ".svg", None)
        try:
            path = write_text(default_folder() / name, self.export_screenshot())
        except OSError as error:
            self.notify(f"{tr('export.failed', self.lang)}: {error}", severity="error", markup=False)
            return None
        self.notify(tr("cmd.screenshot.done", self.lang, path=str(path)), markup=False, timeout=8)
        return path

    def action_help_quit(self) -> None:
        # Ctrl+C: say how to quit, in the current language (Textual's own hint is in English).
        for active in self.active_bindings.values():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(tr("quit.hint", self.lang, keys=self.get_key_display(active.binding)), markup=False)
                return

    def action_language(self) -> None:
        from tui.i18n import next_language

        self.lang = next_language(self.lang)
        self.notify(tr("lang.switched", self.lang), timeout=2)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Search and the timeline need the whole store: shown greyed out until it is all read
        # (the search index is then read on the first search).
        if action in ("search", "timeline") and not self.complete:
            return None
        return True

    # -- navigation -------------------------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        from tui.screens.details import DetailsScreen

        if not self.complete:
            # Details show every related record: they open once the whole store is read.
            self._pending_open = record_id
            self.notify(tr("loading.open", self.lang), timeout=3)
            return
        if self.store is None or record_id not in self.store:
            return
        if isinstance(self.screen, DetailsScreen):
            self.screen.navigate(record_id)
        else:
            self.push_screen(DetailsScreen(record_id))

    def copy_record(self, record_id: str, *, id_only: bool = False) -> None:
        """Copy a record's citation (or its id) with the terminal's clipboard (OSC 52, which works
        over SSH too; some terminals ignore it, which the notice says)."""
        from tui.citation import citation

        if not self.complete and not id_only:
            self.notify(tr("loading.wait", self.lang), timeout=3)  # a citation names its sources
            return
        if self.store is None or record_id not in self.store:
            return
        text = record_id if id_only else citation(self.store, self.store.get(record_id), self.lang)
        self.copy_to_clipboard(text)
        what = tr("copy.id" if id_only else "copy.citation", self.lang)
        self.notify(f"{what} {tr('copy.osc52', self.lang)}", markup=False, timeout=4)

    @work(thread=True, group="export")
    def export_view(self, pane: BrowsePane, choice: ExportChoice) -> None:
        """Write the pane's rows (filter and sort applied) where the user chose, off the UI thread
        (a whole table of a large store takes a while); then say where."""
        from tui.exporting import render, write_text

        headers, keys, rows = pane.export_rows()
        try:
            path = write_text(choice.path, render(choice.fmt, headers, keys, rows))
        except OSError as error:
            self.call_from_thread(self.notify, f"{tr('export.failed', self.lang)}: {error}", severity="error",
                                  markup=False)
            return
        self.call_from_thread(self.notify, tr("export.done", self.lang, count=f"{len(rows):,}", path=str(path)),
                              markup=False, timeout=8)

    def show_tab(self, key: str) -> None:
        while not isinstance(self.screen, MainScreen):
            self.pop_screen()
        self.screen.action_show_tab(key)

    def action_command_palette(self) -> None:
        # As Textual's own, but with its prompt in the current language.
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=tr("search.placeholder", self.lang), id="--command-palette"))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_search(self) -> None:
        from tui.screens.search import SearchScreen

        if not self.complete:
            return
        self.want_index()
        # One search screen at most: going back to it keeps the stack (and memory) bounded.
        existing = next((s for s in self.screen_stack if isinstance(s, SearchScreen)), None)
        if existing is None:
            self.push_screen(SearchScreen())
            return
        while self.screen is not existing:
            self.pop_screen()

    def action_timeline(self) -> None:
        from tui.screens.timeline import TimelineScreen

        if self.complete and not isinstance(self.screen, TimelineScreen):
            self.push_screen(TimelineScreen())

    def today_range(self) -> DateRange:
        """Today as a date range (fixed by tests through `today`)."""
        from data.dates import PartialDate

        return DateRange.of(PartialDate.from_date(self.today))

    def step_as_of(self, years: int) -> None:
        """Move the "as of" date by whole years, keeping its precision (2005-06-01 → 2006-06-01)."""
        from data.dates import PartialDate
        from data.errors import DateError

        base = self.as_of or DateRange.of(PartialDate(self.today.year))
        try:
            self.as_of = base.shifted(years)
        except DateError:
            self.bell()  # past year 1 or 9999: nothing to step to


class _Cancelled(Exception):
    """The loader stopped because the app is quitting."""


def _records_provider() -> type:
    # Imported when the palette first opens: not on the way to the first frame.
    from tui.commands import RecordsProvider

    return RecordsProvider
