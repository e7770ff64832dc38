"""The Textual app: loads the store off the UI thread, holds the language and the "as of" date."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import threading
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from data.dates import DateRange
from data.errors import EnvoysError
from tui.i18n import tr
from tui.keys import localise_bindings, user_keymap
from tui.screens.main import MainScreen


class EnvoysApp(App[int]):
    CSS_PATH = Path(__file__).with_name("styles.tcss")  # absolute: subclasses may live anywhere
    TITLE = "Baltic envoys"
    COMMANDS = App.COMMANDS | {lambda: _records_provider()}
    BINDINGS = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
        Binding("l", "language", "Language", id="language"),
        Binding("s", "search", "Search", id="search"),
    ]

    lang: reactive[str] = reactive("en", init=False)
    as_of: reactive[DateRange | None] = reactive(None, init=False)

    def __init__(
        self, db_path: Path | None = None, *, lang: str | None = None, remember: bool = True,
        today: dt.date | None = None,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.today = today or dt.date.today()  # fixed by tests, so pictures do not age
        self.remember = remember  # tests switch languages without touching the user's settings
        self.store = None
        self.index = None
        self._initial_lang = lang
        self.failure: str | None = None
        self.loader: threading.Thread | None = None
        self.load_cancelled = threading.Event()  # set on exit: the loader stops at its next step

    def on_mount(self) -> None:
        from tui.settings import load_language

        self.set_keymap(user_keymap())
        self.push_screen(MainScreen())
        self.set_reactive(EnvoysApp.lang, self._initial_lang or load_language())
        self.apply_language()

    def on_ready(self) -> None:
        # Only after the first frame: the loader thread would otherwise compete with it for the GIL.
        self.load_data()

    @work(exclusive=True, group="load")
    async def load_data(self) -> None:
        """Read the store and build the search index in a thread: the first frame does not wait.

        The thread is a daemon of our own, not a Textual thread worker: those run in asyncio's
        default executor, which the app's shutdown waits for, so `q` during a long load (a
        200 MB store) would wait for the whole load. Quitting cancels this worker, sets
        `load_cancelled` (the loader stops at its next step) and leaves the thread behind.
        """
        loop = asyncio.get_running_loop()
        done: asyncio.Future[tuple[str, object, object]] = loop.create_future()

        def deliver(outcome: tuple[str, object, object]) -> None:
            if not done.done():
                done.set_result(outcome)

        def load() -> None:
            try:
                outcome = ("ready", *self._load())
            except EnvoysError as error:
                outcome = ("failed", str(error), None)
            except BaseException as error:  # handed to the app's thread, which reports it as Textual does
                outcome = ("crashed", error, None)
            try:
                loop.call_soon_threadsafe(deliver, outcome)
            except RuntimeError:
                pass  # the app has gone: nobody is waiting

        self.loader = threading.Thread(target=load, name="envoys-load", daemon=True)
        self.loader.start()
        try:
            kind, first, second = await done
        except asyncio.CancelledError:
            self.load_cancelled.set()
            raise
        if kind == "ready":
            self.data_ready(first, second)
        elif kind == "failed":
            self.fail(str(first))
        elif kind == "crashed" and not isinstance(first, _Cancelled):
            raise first  # type: ignore[misc]

    def _load(self) -> tuple[object, object]:
        from data.store import LoadCancelled, load_store
        from search.index_cache import load_or_build
        from tui.labels import labeller

        try:
            store = load_store(self.db_path, cancelled=self.load_cancelled.is_set)
        except LoadCancelled:
            raise _Cancelled from None
        if self.load_cancelled.is_set():
            raise _Cancelled
        index = load_or_build(store, labeller(store))
        if self.load_cancelled.is_set():
            raise _Cancelled
        # Everything built so far lives as long as the app: keep the cycle collector from
        # walking it again and again (pauses of a few hundred ms on a large store).
        gc.freeze()
        return store, index

    def on_unmount(self) -> None:
        self.load_cancelled.set()

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
        # After a refresh: the tabs still being built (Lazy) finish mounting before teardown.
        self.call_after_refresh(self.exit, 2, 2)

    def data_ready(self, store: object, index: object) -> None:
        self.store, self.index = store, index
        self.refresh_bindings()
        main = next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)
        if main is not None and main.is_mounted:
            main.attach(store, index)
        # else: MainScreen.on_mount attaches the data itself

    # -- language ------------------------------------------------------------------------

    def apply_language(self) -> None:
        localise_bindings(self, self.lang)
        self.title = tr("app.title", self.lang)
        for screen in self.screen_stack:
            apply = getattr(screen, "apply_language", None)
            if apply is not None and screen.is_mounted:
                apply(self.lang)
        self.refresh_bindings()

    def watch_lang(self) -> None:
        self.apply_language()
        if self.remember:
            from tui.settings import save_language

            save_language(self.lang)

    def action_language(self) -> None:
        from tui.i18n import next_language

        self.lang = next_language(self.lang)
        self.notify(tr("lang.switched", self.lang), timeout=2)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Search and the timeline need the store: shown greyed out until it has loaded.
        if action in ("search", "timeline") and self.index is None:
            return None
        return True

    # -- navigation -------------------------------------------------------------------------

    def open_record(self, record_id: str) -> None:
        from tui.screens.details import DetailsScreen

        if self.store is None or record_id not in self.store:
            return
        if isinstance(self.screen, DetailsScreen):
            self.screen.navigate(record_id)
        else:
            self.push_screen(DetailsScreen(record_id))

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

        if self.index is None:
            return
        # One search screen at most: going back to it keeps the stack (and memory) bounded.
        existing = next((s for s in self.screen_stack if isinstance(s, SearchScreen)), None)
        if existing is None:
            self.push_screen(SearchScreen())
            return
        while self.screen is not existing:
            self.pop_screen()

    def action_timeline(self) -> None:
        from tui.screens.timeline import TimelineScreen

        if self.store is not None and not isinstance(self.screen, TimelineScreen):
            self.push_screen(TimelineScreen())

    def step_as_of(self, years: int) -> None:
        """Move the "as of" date by whole years, keeping its precision (2005-06-01 → 2006-06-01)."""
        from data.dates import PartialDate
        from data.errors import DateError

        base = self.as_of or DateRange.of(PartialDate(self.today.year))
        try:
            self.as_of = base.shifted(years)
        except DateError:
            self.bell()  # past year 1 or 9999: nothing to step to

    def watch_as_of(self) -> None:
        # One "as of" date for the whole app: every screen that shows it follows it.
        for screen in self.screen_stack:
            follow = getattr(screen, "follow_as_of", None)
            if follow is not None and screen.is_mounted:
                follow(self.as_of)


class _Cancelled(Exception):
    """The loader stopped because the app is quitting."""


def _records_provider() -> type:
    # Imported when the palette first opens: not on the way to the first frame.
    from tui.commands import RecordsProvider

    return RecordsProvider
