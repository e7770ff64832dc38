"""Help: every key of the screen beneath and of the app, built from the real bindings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from tui.i18n import LABELS, tr

# Textual's own actions (the tables', lists' and the app's), named in our words: the help
# lists them from the real bindings too, in the current language.
ACTION_LABELS = {
    **dict.fromkeys(("cursor_up", "cursor_down", "scroll_up", "scroll_down", "page_up", "page_down",
                     "scroll_home", "scroll_end", "scroll_top", "scroll_bottom", "first", "last"), "key.move"),
    "cursor_left": "key.sideways", "cursor_right": "key.sideways", "scroll_left": "key.sideways",
    "scroll_right": "key.sideways",
    "select_cursor": "key.open", "select": "key.open",
    "focus_next": "key.focus", "focus_previous": "key.focus",
    "command_palette": "key.palette", "quit": "key.quit",
}

if TYPE_CHECKING:
    from tui.app import EnvoysApp


def label_key(binding: Binding) -> str | None:
    """The i18n label that describes `binding`, or None for bindings the help leaves out."""
    if binding.id and f"key.{binding.id}" in LABELS:
        return f"key.{binding.id}"
    if binding.id and binding.id.startswith("tab-"):
        return "key.tabs"
    return ACTION_LABELS.get(binding.action.removeprefix("app.").removeprefix("screen."))


def key_rows(app, screen: Screen, lang: str) -> list[tuple[str, str]]:
    """(keys, meaning) for `screen` (as focused now) and the app, from the real bindings only.

    Each key is listed once (the binding that acts on it now); keys that do the same thing share a row.
    """
    by_description: dict[str, list[str]] = {}
    for active in screen.active_bindings.values():
        key = label_key(active.binding)
        if key is not None:
            by_description.setdefault(tr(key, lang), []).append(app.get_key_display(active.binding))
    return [(" ".join(dict.fromkeys(keys)), description) for description, keys in by_description.items()]


def key_table(rows: list[tuple[str, str]]) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 2))
    # At 40 columns the keys fold rather than squeezing the descriptions out.
    table.add_column(style="bold yellow", overflow="fold", max_width=16)
    table.add_column(min_width=16, overflow="fold")
    for keys, description in rows:
        table.add_row(keys, description)
    return table


class HelpScreen(ModalScreen[None]):
    app: EnvoysApp  # for type checkers: the screens run only in the EnvoysApp

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
        lang = self.app.lang
        self.rows = key_rows(self.app, self.over, lang)
        with VerticalScroll():
            yield Static(f"[b]{tr('help.title', lang)}[/b]")
            yield Static(key_table(self.rows), id="keys")
