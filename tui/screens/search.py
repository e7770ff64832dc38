"""Global search: results of every kind, grouped by type, the matched part highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList
from textual.widgets.option_list import Option

from tui.answers import answers
from tui.i18n import tr, value
from tui.keys import localise_bindings

LIMIT = 60
KIND_ORDER = ("person", "country", "city", "envoy", "mission", "visit", "treaty", "event", "org")

if TYPE_CHECKING:
    from tui.app import EnvoysApp


def highlighted(hit: object) -> Text:
    """The matched form with the matched characters in bold, then where it matched."""
    matched = getattr(hit, "matched", "")
    text = Text(matched)
    for start, end in getattr(hit, "spans", ()) or ():
        text.stylize("bold reverse", start, end)
    label = getattr(hit, "label", "")
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

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Close", id="close"),
        Binding("down", "to_results", "Results", show=False, id="to-results"),
    ]

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="◆")
        yield Input(id="search-input")
        yield ResultList(id="results")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.apply_language)
        self.query_one(Input).focus()

    def apply_language(self, lang: str) -> None:
        localise_bindings(self, lang)
        self.query_one(Input).placeholder = tr("search.placeholder", lang)
        self.run_search(self.query_one(Input).value)

    def action_to_results(self) -> None:
        # The first ↓ lands on the first result, not on nothing.
        results = self.query_one(ResultList)
        results.focus()
        if results.highlighted is None:
            results.highlighted = _first_result(results)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        results = self.query_one(ResultList)
        if results.option_count:
            results.focus()
            results.highlighted = _first_result(results)

    @work(exclusive=True, group="search")
    async def run_search(self, query: str) -> None:
        # exclusive: a newer keystroke cancels a search still running for the older text.
        app = self.app
        lang = app.lang
        hits = app.index.search(query, limit=LIMIT, lang=lang) if query.strip() else []
        found = answers(app.store, app.index, query, lang, app.today_range())
        results = self.query_one(ResultList)
        results.clear_options()
        if found:
            # The question answered first: a row per holder, which opens the envoy.
            results.add_option(Option(Text(f"── {tr('search.answer', lang)}", style="bold"), disabled=True))
            results.add_options([Option(Text.assemble(("→ ", "bold"), answer.text), id=f"{answer.envoy_id}#a{n}",
                                        disabled=answer.envoy_id is None) for n, answer in enumerate(found)])
        if query.strip() and not hits and not found:
            results.add_option(Option(tr("search.none", lang), disabled=True))
            return
        groups: dict[str, list[object]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        options: list[Option] = []
        for kind in sorted(groups, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER)):
            options.append(Option(Text(f"── {value(kind, lang)} ({len(groups[kind])})", style="bold"), disabled=True))
            options += [Option(highlighted(hit), id=f"{hit.record_id}#{n}")
                        for n, hit in enumerate(groups[kind])]
        results.add_options(options)

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.open_record(event.option.id.split("#")[0])
