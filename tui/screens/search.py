"""Global search: results of every kind, grouped by type, the matched part highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from data.textsafe import safe
from tui.answers import answers
from tui.footer import EnvoysFooter
from tui.i18n import tr, value

LIMIT = 60
KIND_ORDER = ("person", "country", "city", "envoy", "mission", "visit", "treaty", "event", "org")

if TYPE_CHECKING:
    from search.rank import Hit
    from tui.answers import Answer
    from tui.app import EnvoysApp


def highlighted(hit: object) -> Text:
    """The matched form with the matched characters in bold, then where it matched."""
    raw = getattr(hit, "matched", "")
    matched = safe(raw)
    text = Text(matched)
    # The spans index the raw form: an escaped one is shown without them.
    for start, end in (getattr(hit, "spans", ()) or ()) if matched == raw else ():
        text.stylize("bold reverse", start, end)
    label = safe(getattr(hit, "label", ""))
    if label and label != matched:
        text = Text.assemble(Text(label, style="bold"), "  ← ", text)
    text.append(f"  {getattr(hit, 'lang', '')}", style="dim")
    return text


def _first_result(results: OptionList) -> int | None:
    return next((i for i in range(results.option_count) if not results.get_option_at_index(i).disabled), None)


class ResultList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
    ]


class SearchScreen(Screen):
    app: EnvoysApp  # for type checkers: the screens run only in the EnvoysApp

    shown_query = ""  # the text whose results are on screen

    DEFAULT_CSS = """
    SearchScreen {
        & > #search-input { margin: 0 1; }
        & > #results { height: 1fr; border: none; }
    }
    """

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Close", id="close"),
        Binding("down", "to_results", "Results", show=False, id="to-results"),
        Binding("y", "copy", "Copy", id="copy"),
        Binding("Y", "copy_id", "Copy id", show=False, id="copy_id"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="◆")
        yield Input(id="search-input")
        yield ResultList(id="results")
        yield EnvoysFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.apply_language)
        self.query_one(Input).focus()

    def apply_language(self, lang: str) -> None:
        self.query_one(Input).placeholder = tr("search.placeholder", lang)
        self.run_search(self.query_one(Input).value)
        self.refresh_bindings()  # the footer shows the keys in the language

    def action_to_results(self) -> None:
        # The first ↓ lands on the first result, not on nothing.
        self._catch_up()
        results = self.query_one(ResultList)
        results.focus()
        if results.highlighted is None:
            results.highlighted = _first_result(results)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self._catch_up()
        results = self.query_one(ResultList)
        if results.option_count:
            results.focus()
            results.highlighted = _first_result(results)

    @work(exclusive=True, thread=True, group="search")
    def run_search(self, query: str) -> None:
        """The search, off the UI thread; a newer keystroke cancels it (exclusive), and a cancelled
        search's results are dropped rather than shown over the newer ones."""
        lang = self.app.lang
        hits, found = self._search(query, lang)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, query, lang, hits, found)

    def _search(self, query: str, lang: str) -> tuple[list[Hit], list[Answer]]:
        app = self.app
        if app.store is None or not query.strip():
            return [], []
        index = app.wait_index()  # read on the first search (this runs in a worker thread)
        if index is None:
            return [], []
        hits = index.search(query, limit=LIMIT, lang=lang)
        return hits, answers(app.store, index, query, lang, app.today_range())

    def _show(self, query: str, lang: str, hits: list[Hit], found: list[Answer]) -> None:
        self.shown_query = query
        results = self.query_one(ResultList)
        results.clear_options()
        if found:
            # The question answered first: a row per holder, which opens the envoy.
            results.add_option(Option(Text(f"── {tr('search.answer', lang)}", style="bold"), disabled=True))
            results.add_options([Option(Text.assemble(("→ ", "bold"), safe(answer.text)), id=f"{answer.envoy_id}#a{n}",
                                        disabled=answer.envoy_id is None) for n, answer in enumerate(found)])
        if query.strip() and not hits and not found:
            results.add_option(Option(tr("search.none", lang), disabled=True))
            return
        groups: dict[str, list[Hit]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        options: list[Option] = []
        for kind in sorted(groups, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER)):
            options.append(Option(Text(f"── {value(kind, lang)} ({len(groups[kind])})", style="bold"), disabled=True))
            options += [Option(highlighted(hit), id=f"{hit.record_id}#{n}")
                        for n, hit in enumerate(groups[kind])]
        results.add_options(options)

    def _catch_up(self) -> None:
        """Before a key acts on the results: show those of the text typed, not of older text."""
        query = self.query_one(Input).value
        if query != self.shown_query:
            self.workers.cancel_group(self, "search")
            lang = self.app.lang
            self._show(query, lang, *self._search(query, lang))

    def _highlighted_record(self) -> str | None:
        results = self.query_one(ResultList)
        if results.highlighted is None:
            return None
        option_id = results.get_option_at_index(results.highlighted).id
        return option_id.split("#")[0] if option_id else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # y and Y act on the highlighted result (typing y in the box types a y).
        if action in ("copy", "copy_id"):
            return self.query_one(ResultList).has_focus and self._highlighted_record() is not None
        return True

    def action_copy(self) -> None:
        if record_id := self._highlighted_record():
            self.app.copy_record(record_id)

    def action_copy_id(self) -> None:
        if record_id := self._highlighted_record():
            self.app.copy_record(record_id, id_only=True)

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.open_record(event.option.id.split("#")[0])
