"""One tab's content: a filter box over a record table, and for envoys the "as of" posts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input
from textual.worker import get_current_worker

from data.dates import Certainty, DateRange
from tui.browse import Browser, View
from tui.i18n import tr, value
from tui.labels import label
from tui.messages import AsOfSet, OpenRecord
from tui.tables import TabSpec
from widgets.record_table import Fit, RecordTable

# post, role, holder, certainty (a word, never cut), term
POSTS_FIT = [Fit(2, 14), Fit(3, 10), Fit(0, 14), Fit(4), Fit(1)]
MAX_QUERY = 200  # characters of a filter passed to the search (a pasted novel is cut here)

if TYPE_CHECKING:
    from data.store import Store
    from search.index import SearchIndex
    from tui.app import EnvoysApp
    from widgets.asof import AsOfBar


class FilterBox(Input):
    """The tab's filter: Escape hands the keys back to the table (the pane handles `Leave`)."""

    BINDINGS = [Binding("escape", "leave", "Back to the table", show=False, id="leave-filter")]

    class Leave(Message):
        """The user is done with the filter."""

    def action_leave(self) -> None:
        self.post_message(self.Leave())


class BrowsePane(Vertical):
    app: EnvoysApp  # for type checkers: the screens run only in the EnvoysApp

    """A tab: filter as you type, a sortable table, a visible count, Enter to open."""

    DEFAULT_CSS = """
    BrowsePane { height: 1fr; }
    BrowsePane > FilterBox { margin: 0 0; }
    BrowsePane > #posts { height: auto; max-height: 40%; display: none; }
    BrowsePane > #records { min-height: 6; }
    """

    class Filled(Message):
        """The pane has (new) rows to show: its store holds every table it shows."""

        def __init__(self, pane: BrowsePane) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, spec: TabSpec, *, shown: bool = False, focus: bool = False, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.spec = spec
        self.browser: Browser | None = None
        self.lang = "en"
        # Only the visible tab renders; the others render when they are shown (see `show`).
        self.shown = shown
        self._focus = focus  # built because its tab was chosen: its table takes the focus
        self.started = False  # on_mount has run: the screen hands it data from now on
        self._stale = False
        self.as_of: DateRange | None = None
        self.shown_query = ""  # the filter text of the rows on screen

    def compose(self) -> ComposeResult:
        yield FilterBox(placeholder="", id=f"filter-{self.spec.key}")
        if self.spec.key == "envoys":
            from widgets.asof import AsOfBar  # the Envoys tab's only: not imported for the first frame

            yield AsOfBar("", "", id="asof")
            yield RecordTable(id="posts")
        yield RecordTable(id="records")

    def on_mount(self) -> None:
        # Take the language, the date and the data if they are here already (the screen hands
        # over what comes later); rows are drawn once, with all three.
        app = self.app
        if app.return_code is not None:
            return  # the app is closing (`q` as the panes are built): nothing to show
        self.started = True
        self._relabel(app.lang)
        if self.spec.key == "envoys" and app.as_of is not None:
            self.as_of = app.as_of
            self._asof_bar().set_text(str(app.as_of))
        if app.store is None or not self.attach(app.store):
            # (After a refresh: the first frame may still be waiting for these tables.)
            self.call_after_refresh(self._loading)
        if self._focus:
            self.focus_table()

    def _loading(self) -> None:
        if self.browser is None and self.is_attached:
            self.query_one("#records", RecordTable).loading = True  # until its tables arrive

    # -- data and language pushed down by the screen ---------------------------------------

    def attach(self, store: Store, *, fresh: bool = False) -> bool:
        """Take the store (it grows as its tables are read); True when this fills the tab, which
        happens once the store holds every table the tab shows. A `fresh` store (not the one
        before with more tables) fills the tab again, keeping its filter and order."""
        old = self.browser
        if old is not None and not fresh:
            self.browser.store = store  # the same records of this tab, with more tables around them
            return False
        if not self.spec.ready(store):
            return False
        self.browser = Browser(store, self.spec, self.app.index)
        if old is not None:
            self.browser.query, self.browser.sort_column, self.browser.reverse = old.query, old.sort_column, old.reverse
        self.query_one("#records", RecordTable).loading = False
        self.render_when_shown()
        self.post_message(self.Filled(self))
        return True

    def index_ready(self, index: SearchIndex) -> None:
        """The search index arrived: a filter typed while it was read is applied now."""
        if self.browser is None:
            return
        self.browser.index = index
        if self.browser.query.strip():
            self.render_when_shown()

    def set_language(self, lang: str) -> None:
        self._relabel(lang)
        self.render_when_shown()

    def _relabel(self, lang: str) -> None:
        self.lang = lang
        self.query_one(FilterBox).placeholder = tr("filter.placeholder", lang)
        if self.spec.key == "envoys":
            self._asof_bar().relabel(tr("asof.label", lang), tr("asof.placeholder", lang), tr("asof.bad", lang))

    def show(self, shown: bool) -> None:
        """The screen says whether this tab is the visible one; a stale tab renders now."""
        self.shown = shown
        if shown and self._stale:
            self.render_when_shown()

    def render_when_shown(self) -> None:
        if not self.shown:
            self._stale = True
            return
        self._stale = False
        self.refresh_rows()
        if self.spec.key == "envoys":
            self.refresh_posts()

    # -- actions the screen forwards -------------------------------------------------------

    def cycle_sort(self, reverse: bool = False) -> None:
        if self.browser is None:
            return
        if reverse:
            self.browser.reverse = not self.browser.reverse
        else:
            self.browser.cycle_sort()
        self.refresh_rows()

    def follow_as_of(self, as_of: DateRange | None) -> None:
        """The app's "as of" date changed (typed here, stepped here or on the timeline)."""
        self.as_of = as_of
        if self.spec.key != "envoys":
            return
        bar = self._asof_bar()
        text = str(as_of) if as_of is not None else ""
        if bar.input.value.strip() != text:
            bar.set_text(text)
        self.refresh_posts()

    def focus_table(self) -> None:
        self.query_one("#records", RecordTable).grid.focus()

    def focus_filter(self) -> None:
        self.app.want_index()  # the filter will need it: start reading it now
        self.query_one(FilterBox).focus()

    def _asof_bar(self) -> AsOfBar:
        from widgets.asof import AsOfBar

        return self.query_one("#asof", AsOfBar)

    def focus_asof(self) -> None:
        if self.spec.key == "envoys":
            self._asof_bar().input.focus()

    # -- rendering ---------------------------------------------------------------------------

    def refresh_rows(self) -> None:
        """Show the rows now (a sort, a language, new data: not on the per-keystroke path)."""
        if self.browser is None:
            return
        if self.browser.index is None and self.browser.query.strip():
            # A filter needs the search index, read on first use: in the background, not here.
            self._filter_in_background(self.browser.query, self.lang)
            return
        self.workers.cancel_group(self, "filter")  # a filter still running would show older rows
        self._show_view(self.browser.view(self.lang), self.browser.query)

    @work(exclusive=True, thread=True, group="filter")
    def _filter_in_background(self, query: str, lang: str) -> None:
        """The search behind a keystroke, off the UI thread; the next keystroke cancels it
        (its result is then dropped: a thread cannot be stopped midway, only ignored)."""
        browser = self.browser
        if browser is None:
            return
        if browser.index is None and query.strip():
            index = self.app.wait_index()  # the first filter reads the index (about 1 s at 250k records)
            if index is None or get_current_worker().is_cancelled:
                return
            browser.index = index
        view = browser.view(lang)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_view, view, query)

    def _show_view(self, view: View, query: str) -> None:
        if self.browser is None:
            return
        self.shown_query = query
        # "2 of 70": the rows shown of all the tab's records, filtered or not.
        count = tr("rows.count", self.lang, shown=f"{len(view.rows):,}", total=f"{view.everything:,}")
        if len(view.rows) < view.total or view.capped:
            matches = f"{view.total:,}+" if view.capped else f"{view.total:,}"
            if view.total < view.everything:
                count += f" ({tr('rows.matches', self.lang, count=matches)})"
            count += f" — {tr('rows.more', self.lang)}"
        headers = [tr(c.label, self.lang) for c in self.spec.columns]
        self.query_one("#records", RecordTable).show(
            headers, view.rows, count_text=count, sort_column=self.browser.sort_column, reverse=self.browser.reverse,
            fits=[c.fit for c in self.spec.columns],
        )

    def export_rows(self) -> tuple[list[str], list[str], list[tuple[str, list[str]]]]:
        """What `e` writes: the shown headers, the columns' stable names, and every row the
        filter keeps in the current order (not only the window the table shows)."""
        if self.browser is None:
            return [], [], []
        if self.browser.index is None and self.browser.query.strip():
            self.browser.index = self.app.wait_index()  # called in a worker thread
        records, _capped = self.browser.matching(self.lang)
        store, columns = self.browser.store, self.spec.columns
        rows = [(r.id, [c.cell(r, store, self.lang) for c in columns]) for r in records]
        return [tr(c.label, self.lang) for c in columns], [c.label.removeprefix("col.") for c in columns], rows

    def current_record_id(self) -> str | None:
        """The record under the cursor of the focused table (the posts table when it has the focus)."""
        posts = self.query("#posts")
        if posts and posts.first(RecordTable).grid.has_focus:
            record_id = posts.first(RecordTable).current_id()
            return None if record_id is None or record_id.startswith("post:") else record_id
        return self.query_one("#records", RecordTable).current_id()

    def refresh_posts(self) -> None:
        from data.queries import holders, posts  # not needed for the first frame

        table = self.query_one("#posts", RecordTable)
        table.display = self.as_of is not None
        if self.as_of is None or self.browser is None:
            return
        store, lang = self.browser.store, self.lang
        rows: list[tuple[str, list[str]]] = []
        for key, envoys in sorted(posts(store).items()):
            post = f"{label(store, key.sending, lang)} → {label(store, key.receiving, lang)}"
            role = value(key.group, lang) + (f" ({label(store, key.city, lang)})" if key.city else "")
            found = holders(store, envoys, self.as_of)
            if not found:
                rows.append((f"post:{key.sending}:{key.receiving}:{key.group}:{key.city}",
                             [post, role, tr("asof.none", lang), "", ""]))
            for holder in found:
                sure = value("yes" if holder.certainty is Certainty.YES else "possibly", lang)
                rows.append((holder.envoy.id, [post, role, label(store, holder.envoy.person, lang), sure,
                                               holder.envoy.term]))
        headers = [tr(k, lang) for k in ("col.post", "col.role", "col.holder", "col.certainty", "col.term")]
        table.show(headers, rows, count_text=f"{tr('asof.label', lang)} {self.as_of}", fits=POSTS_FIT)

    # -- events ------------------------------------------------------------------------------

    @on(Input.Changed)
    def _filter_changed(self, event: Input.Changed) -> None:
        if not isinstance(event.input, FilterBox):
            return
        event.stop()
        if event.value.strip():
            self.app.want_index()
        if self.browser is not None:
            self.browser.query = event.value[:MAX_QUERY]
            if self.shown:
                self._filter_in_background(self.browser.query, self.lang)
            else:
                self._stale = True

    @on(FilterBox.Leave)
    def _filter_left(self, event: FilterBox.Leave) -> None:
        event.stop()
        self.focus_table()

    @on(Input.Submitted)
    def _filter_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, FilterBox):
            event.stop()
            if self.browser is not None and self.shown_query != self.browser.query:
                self.refresh_rows()  # Enter must act on the rows of the text typed, not older ones
            self.focus_table()

    # (Handlers by name, as AsOfBar is imported by the Envoys tab only.)
    def on_as_of_bar_changed(self, event: AsOfBar.Changed) -> None:
        event.stop()
        self.post_message(AsOfSet(event.when))  # the app holds the date; follow_as_of shows it

    def on_as_of_bar_done(self, event: AsOfBar.Done) -> None:
        event.stop()
        self.focus_table()

    @on(RecordTable.SortBy)
    def _sort_by(self, event: RecordTable.SortBy) -> None:
        event.stop()
        if self.browser is not None and event.table.id == "records":
            self.browser.sort_by(event.column)
            self.refresh_rows()

    @on(RecordTable.Opened)
    def _opened(self, event: RecordTable.Opened) -> None:
        event.stop()
        if not event.record_id.startswith("post:"):
            self.post_message(OpenRecord(event.record_id))
