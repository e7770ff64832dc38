"""A record's details: its facts, the records it links to (follow with Enter), its sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from data.textsafe import safe


@dataclass(frozen=True)
class Link:
    record_id: str | None  # None: a line that says how many more there are, not a link
    text: str


@dataclass
class Details:
    """What the view draws, as plain text (prepared by tui.details_model from the store)."""

    record_id: str
    title: str
    kind: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    citations: list[tuple[str, str]] = field(default_factory=list)
    issues: list[tuple[str, str]] = field(default_factory=list)
    notes: str = ""


class LinkList(OptionList):
    """The record's links; j/k move, Enter follows."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
    ]


class RecordDetails(VerticalScroll):
    """The page of one record. It has the focus when a record opens, so that the movement keys
    scroll the whole page from its title down (the links list would otherwise take them, and
    focusing it scrolls the page to the bottom). Enter follows the highlighted link; Tab moves
    into the links list to choose another."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="page-down-line"),
        Binding("k", "scroll_up", "Up", show=False, id="page-up-line"),
        Binding("g", "scroll_home", "Top", show=False, id="page-top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="page-bottom"),
        Binding("enter", "follow", "Follow the link", show=False, id="follow"),
    ]

    DEFAULT_CSS = """
    RecordDetails { height: 1fr; padding: 0 1; }
    RecordDetails > .heading { text-style: bold; margin-top: 1; }
    RecordDetails > .title { text-style: bold; color: $accent; }
    RecordDetails > LinkList { height: auto; max-height: 14; border: none; }
    RecordDetails > LinkList:focus { border: none; }
    """

    class LinkChosen(Message):
        def __init__(self, record_id: str) -> None:
            super().__init__()
            self.record_id = record_id

    def compose(self) -> ComposeResult:
        yield Static("", classes="title")
        yield Static("", id="facts")
        yield Static("", id="issues")
        yield Static("", classes="heading", id="links-heading")
        yield LinkList(id="links")
        yield Static("", classes="heading", id="sources-heading")
        yield Static("", id="sources")

    def show(self, details: Details, headings: dict[str, str]) -> None:
        title = safe(f"{details.title}  ·  {details.kind}  ·  {details.record_id}")
        self.query_one(".title", Static).update(Text(title))
        facts = Table.grid(padding=(0, 2))
        facts.add_column(style="dim", no_wrap=True)
        facts.add_column(overflow="fold")
        for label, text in details.facts:
            facts.add_row(label, Text(safe(text)))  # record data: never markup, never raw control characters
        if details.notes:
            facts.add_row(headings["notes"], Text(safe(details.notes)))
        self.query_one("#facts", Static).update(facts)
        issues = Text()
        if details.issues:
            issues.append(f"⚠ {headings['issues']}\n", style="bold yellow")
            for kind, text in details.issues:
                issues.append(f"  [{safe(kind)}] ", style="yellow").append(f"{safe(text)}\n")
        self.query_one("#issues", Static).update(issues)
        self.query_one("#links-heading", Static).update(f"{headings['related']} ({len(details.links)})")
        links = self.query_one(LinkList)
        links.clear_options()
        links.add_options([
            Option(Text(safe(link.text)), id=link.record_id, disabled=link.record_id is None) for link in details.links
        ])
        self.query_one("#sources-heading", Static).update(headings["sources"])
        sources = Text()
        by_source: dict[str, list[str]] = {}
        for source, quote in details.citations:
            by_source.setdefault(source, []).append(quote)
        for source, quotes in by_source.items():
            sources.append(f"{safe(source)}\n", style="dim")
            for quote in quotes:
                sources.append(f"  “{safe(quote)}”\n")
        self.query_one("#sources", Static).update(sources)
        if details.links:
            links.highlighted = 0

    def open_at_top(self) -> None:
        """Show the page from its first line, with the keys on the page (not on the links)."""
        self.focus(scroll_visible=False)
        self.scroll_home(animate=False, immediate=True)

    def action_follow(self) -> None:
        links = self.query_one(LinkList)
        if links.highlighted is not None:
            option = links.get_option_at_index(links.highlighted)
            if option.id:
                self.post_message(self.LinkChosen(option.id))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.LinkChosen(event.option.id))
