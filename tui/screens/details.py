"""Details of any record, with browser-like history: follow links, go back and forward."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header

from data.textsafe import safe
from tui.details_model import describe
from tui.i18n import tr
from tui.keys import localise_bindings
from widgets.details import LinkList, RecordDetails


class DetailsScreen(Screen):
    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        Binding("backspace", "back", "Back", show=False, id="back-alt"),
        Binding("left_square_bracket", "back", "Back", show=False, id="back-bracket"),
        Binding("right_square_bracket", "forward", "Forward", id="forward"),
    ]

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.history: list[str] = [record_id]
        self.highlights: list[int | None] = [None]  # the link chosen on each page, as a browser keeps
        self.position = 0

    @property
    def record_id(self) -> str:
        return self.history[self.position]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="◆")
        yield RecordDetails()
        yield Footer()

    def on_mount(self) -> None:
        localise_bindings(self, self.app.lang)  # type: ignore[attr-defined]
        self.render_record()

    def _remember(self) -> None:
        self.highlights[self.position] = self.query_one(LinkList).highlighted

    def apply_language(self, lang: str) -> None:
        localise_bindings(self, lang)
        self._remember()  # the same record in another language: keep the place
        self.render_record()

    def render_record(self) -> None:
        app = self.app
        lang = app.lang  # type: ignore[attr-defined]
        record = app.store.get(self.record_id)  # type: ignore[attr-defined]
        headings = {k: tr(f"details.{k}", lang) for k in ("related", "sources", "issues", "notes")}
        self.query_one(RecordDetails).show(describe(app.store, record, lang), headings)  # type: ignore[attr-defined]
        self.sub_title = safe(self.record_id)
        links = self.query_one(LinkList)
        remembered = self.highlights[self.position]
        if remembered is not None and remembered < links.option_count:
            links.highlighted = remembered
        links.focus()
        self.refresh_bindings()

    def navigate(self, record_id: str) -> None:
        """Open `record_id` here, dropping any forward history (as a browser does)."""
        if record_id == self.record_id:
            return
        self._remember()
        del self.history[self.position + 1:]
        del self.highlights[self.position + 1:]
        self.history.append(record_id)
        self.highlights.append(None)
        self.position += 1
        self.render_record()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "forward":
            return self.position < len(self.history) - 1 or None
        return True

    def action_back(self) -> None:
        if self.position == 0:
            self.dismiss()
            return
        self._remember()
        self.position -= 1
        self.render_record()

    def action_forward(self) -> None:
        if self.position < len(self.history) - 1:
            self._remember()
            self.position += 1
            self.render_record()

    @on(RecordDetails.LinkChosen)
    def _follow(self, event: RecordDetails.LinkChosen) -> None:
        self.navigate(event.record_id)
