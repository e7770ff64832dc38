"""Help: every key of the screen beneath and of the app, built from the real bindings."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.i18n import LABELS, tr
from tui.keys import localise_bindings


def key_rows(app, screen: Screen, lang: str) -> list[tuple[str, str]]:
    """(keys, meaning) for `screen` (as focused now) and the app, from the real bindings.

    Our own bindings (those with an id and a label) come first, in the current language; the
    movement keys that every table and list shares are summed up in one line.
    """
    by_description: dict[str, list[str]] = {}
    for active in screen.active_bindings.values():
        binding = active.binding
        if binding.id and f"key.{binding.id}" in LABELS:
            by_description.setdefault(tr(f"key.{binding.id}", lang), []).append(app.get_key_display(binding))
    rows = [(", ".join(dict.fromkeys(keys)), description) for description, keys in by_description.items()]
    rows += [
        ("↑ ↓ j k, pgup pgdn, home end", tr("key.move", lang)),
        ("enter", tr("key.open", lang)),
        ("tab, shift+tab", tr("key.focus", lang)),
        ("ctrl+p", tr("key.palette", lang)),
    ]
    if any(a.binding.id == "tab-countries" for a in screen.active_bindings.values()):
        rows.insert(-2, ("1 … 5, [ ]", tr("key.tabs", lang)))
    return rows


def key_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(style="bold yellow", no_wrap=True)
    table.add_column()
    for keys, description in rows:
        table.add_row(keys, description)
    return table


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 72; max-width: 100%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="close"),
        Binding("question_mark", "dismiss", "Close", show=False, id="close-help"),
        Binding("q", "dismiss", "Close", show=False, id="close-q"),
    ]

    def __init__(self, over: Screen) -> None:
        super().__init__()
        self.over = over

    def compose(self) -> ComposeResult:
        lang = self.app.lang  # type: ignore[attr-defined]
        localise_bindings(self, lang)
        self.rows = key_rows(self.app, self.over, lang)
        with VerticalScroll():
            yield Static(f"[b]{tr('help.title', lang)}[/b]")
            yield Static(key_table(self.rows), id="keys")
