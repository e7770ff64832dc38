"""Global search: results of every kind, grouped by type, the matched part highlighted."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList
from textual.widgets.option_list import Option

from data.textsafe import safe
from tui.i18n import tr, value
from tui.keys import localise_bindings

LIMIT = 60
KIND_ORDER = ("person", "country", "city", "envoy", "mission", "visit", "treaty", "event", "org")


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


class ResultList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
    ]


class SearchScreen(Screen):
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
        self.apply_language(self.app.lang)  # type: ignore[attr-defined]
        self.query_one(Input).focus()

    def apply_language(self, lang: str) -> None:
        localise_bindings(self, lang)
        self.query_one(Input).placeholder = tr("search.placeholder", lang)
        self.run_search(self.query_one(Input).value)

    def action_to_results(self) -> None:
        self.query_one(ResultList).focus()

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        results = self.query_one(ResultList)
        if results.option_count:
            results.focus()
            results.highlighted = next(
                (i for i in range(results.option_count) if not results.get_option_at_index(i).disabled), None
            )

    @work(exclusive=True, group="search")
    async def run_search(self, query: str) -> None:
        # exclusive: a newer keystroke cancels a search still running for the older text.
        app = self.app
        lang = app.lang  # type: ignore[attr-defined]
        hits = app.index.search(query, limit=LIMIT, lang=lang) if query.strip() else []  # type: ignore[attr-defined]
        results = self.query_one(ResultList)
        results.clear_options()
        if query.strip() and not hits:
            results.add_option(Option(tr("search.none", lang), disabled=True))
            return
        groups: dict[str, list[object]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        options: list[Option] = []
        for kind in sorted(groups, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER)):
            options.append(Option(Text(f"── {value(kind, lang)} ({len(groups[kind])})", style="bold"), disabled=True))
            options += [Option(highlighted(hit), id=f"{hit.record_id}#{n}")  # type: ignore[attr-defined]
                        for n, hit in enumerate(groups[kind])]
        results.add_options(options)

    @on(OptionList.OptionSelected)
    def _open(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.open_record(event.option.id.split("#")[0])  # type: ignore[attr-defined]
