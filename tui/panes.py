"""One tab's content: a filter box over a record table, and for envoys the "as of" posts."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input

from data.dates import Certainty, DateRange
from tui.browse import Browser
from tui.i18n import tr, value
from tui.labels import label
from tui.messages import AsOfSet, OpenRecord
from tui.tables import TabSpec
from widgets.asof import AsOfBar
from widgets.record_table import RecordTable

MAX_QUERY = 200  # characters of a filter passed to the search (a pasted novel is cut here)


class FilterBox(Input):
    """The tab's filter: Escape hands the keys back to the table."""

    BINDINGS = [Binding("escape", "leave", "Back to the table", show=False, id="leave-filter")]

    def action_leave(self) -> None:
        pane = next((a for a in self.ancestors if isinstance(a, BrowsePane)), None)
        if pane is not None:
            pane.focus_table()


class BrowsePane(Vertical):
    """A tab: filter as you type, a sortable table, a visible count, Enter to open."""

    DEFAULT_CSS = """
    BrowsePane { height: 1fr; }
    BrowsePane > FilterBox { margin: 0 0; }
    BrowsePane > #posts { height: auto; max-height: 40%; display: none; }
    BrowsePane > #records { min-height: 6; }
    """

    def __init__(self, spec: TabSpec, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.spec = spec
        self.browser: Browser | None = None
        self.lang = "en"
        # Only the visible tab renders; the others render when they are shown (see `show`).
        self.shown = spec.key == "countries"
        self._stale = False
        self.as_of: DateRange | None = None

    def compose(self) -> ComposeResult:
        yield FilterBox(placeholder="", id=f"filter-{self.spec.key}")
        if self.spec.key == "envoys":
            yield AsOfBar("", "", id="asof")
            yield RecordTable(id="posts")
        yield RecordTable(id="records")

    def on_mount(self) -> None:
        # Built after the first frame (Lazy): take the data and language if they are here already.
        app = self.app
        if getattr(app, "store", None) is not None:
            self.attach(app.store, app.index)  # type: ignore[attr-defined]
        else:
            self.query_one("#records", RecordTable).loading = True  # until the store arrives
        self.set_language(getattr(app, "lang", "en"))

    # -- data and language pushed down by the screen ---------------------------------------

    def attach(self, store: object, index: object) -> None:
        self.browser = Browser(store, self.spec, index)  # type: ignore[arg-type]
        self.query_one("#records", RecordTable).loading = False
        self.render_when_shown()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.query_one(FilterBox).placeholder = tr("filter.placeholder", lang)
        if self.spec.key == "envoys":
            self.query_one(AsOfBar).relabel(tr("asof.label", lang), tr("asof.placeholder", lang), tr("asof.bad", lang))
        self.render_when_shown()

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
        bar = self.query_one(AsOfBar)
        text = str(as_of) if as_of is not None else ""
        if bar.input.value.strip() != text:
            bar.set_text(text)
        self.refresh_posts()

    def focus_table(self) -> None:
        self.query_one("#records", RecordTable).grid.focus()

    def focus_filter(self) -> None:
        self.query_one(FilterBox).focus()

    def focus_asof(self) -> None:
        if self.spec.key == "envoys":
            self.query_one(AsOfBar).input.focus()

    # -- rendering ---------------------------------------------------------------------------

    def refresh_rows(self) -> None:
        if self.browser is None:
            return
        view = self.browser.view(self.lang)
        count = tr("rows.count", self.lang, shown=f"{len(view.rows):,}", total=f"{view.total:,}")
        if len(view.rows) < view.total or view.capped:
            count += f" — {tr('rows.more', self.lang)}"
        headers = [tr(c.label, self.lang) for c in self.spec.columns]
        self.query_one("#records", RecordTable).show(
            headers, view.rows, count_text=count, sort_column=self.browser.sort_column, reverse=self.browser.reverse,
        )

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
        table.show(headers, rows, count_text=f"{tr('asof.label', lang)} {self.as_of}")

    # -- events ------------------------------------------------------------------------------

    @on(Input.Changed)
    def _filter_changed(self, event: Input.Changed) -> None:
        if not isinstance(event.input, FilterBox):
            return
        event.stop()
        if self.browser is not None:
            self.browser.query = event.value[:MAX_QUERY]
            self.refresh_rows()

    @on(Input.Submitted)
    def _filter_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, FilterBox):
            event.stop()
            self.focus_table()

    @on(AsOfBar.Changed)
    def _as_of_changed(self, event: AsOfBar.Changed) -> None:
        event.stop()
        self.post_message(AsOfSet(event.when))  # the app holds the date; follow_as_of shows it

    @on(AsOfBar.Done)
    def _as_of_done(self, event: AsOfBar.Done) -> None:
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
