"""The export dialog: a file name and a format for the current table view."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet

from tui.exporting import FORMATS
from tui.i18n import tr


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    fmt: str


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Enter writes the file; Escape cancels. Choosing a format changes the file's extension."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 76; max-width: 100%; height: auto; border: round $accent;
        background: $surface; padding: 0 1; }
    ExportScreen RadioSet { layout: horizontal; border: none; width: auto; }
    ExportScreen Horizontal { height: auto; }
    ExportScreen Label { padding: 1 1 0 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "Close", id="close")]

    def __init__(self, default: Path, lang: str) -> None:
        super().__init__()
        self.default = default
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(tr("export.title", self.lang), classes="title")
            with Horizontal():
                yield Label(tr("export.format", self.lang))
                with RadioSet(id="export-format"):
                    for n, fmt in enumerate(FORMATS):
                        yield RadioButton(tr(f"export.{fmt}", self.lang), value=n == 0, id=f"fmt-{fmt}")
            yield Input(str(self.default), id="export-path")
            yield Label(tr("export.hint", self.lang), classes="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @property
    def fmt(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.id.removeprefix("fmt-") if pressed is not None and pressed.id else FORMATS[0]

    @on(RadioSet.Changed)
    def _format_changed(self) -> None:
        box = self.query_one(Input)
        path = Path(box.value.strip() or str(self.default))
        box.value = str(path.with_suffix(f".{self.fmt}"))
        box.focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if text:
            self.dismiss(ExportChoice(Path(text), self.fmt))

    def action_cancel(self) -> None:
        self.dismiss(None)
