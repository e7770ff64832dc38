"""The "as of" date box: type YYYY, YYYY-MM or YYYY-MM-DD; says at once when it is not a date."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from data.dates import DateRange
from data.errors import DateError


class AsOfInput(Input):
    """The date box; Escape or Enter hands the keys back (the bar posts `AsOfBar.Done`)."""

    BINDINGS = [Binding("escape", "done", "Back to the table", show=False, id="leave-asof")]

    def action_done(self) -> None:
        self.post_message(AsOfBar.Done())


class AsOfBar(Horizontal):
    DEFAULT_CSS = """
    AsOfBar { height: auto; }
    AsOfBar > Label { padding: 1 1 0 1; }
    AsOfBar > Input { width: 34; max-width: 1fr; }  /* the placeholder (YYYY, YYYY-MM or YYYY-MM-DD) whole */
    AsOfBar > .problem { color: $error; }
    """

    class Changed(Message):
        """A valid date (or None when the box is cleared)."""

        def __init__(self, when: DateRange | None) -> None:
            super().__init__()
            self.when = when

    class Done(Message):
        """The user is done with the date box (Escape or Enter)."""

    def __init__(self, label: str, placeholder: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._label, self._placeholder = label, placeholder
        self._bad_label = "Not a date"

    def compose(self) -> ComposeResult:
        yield Label(self._label, classes="caption")
        yield AsOfInput(placeholder=self._placeholder, max_length=21, id="asof-input")
        yield Label("", classes="problem")

    def relabel(self, label: str, placeholder: str, bad: str = "Not a date") -> None:
        self._bad_label = bad
        self.query_one(".caption", Label).update(label)
        self.query_one(Input).placeholder = placeholder

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def set_text(self, text: str) -> None:
        self.input.value = text

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        problem = self.query_one(".problem", Label)
        text = event.value.strip()
        if not text:
            problem.update("")
            self.post_message(self.Changed(None))
            return
        try:
            when = DateRange.parse(text)
        except DateError:
            problem.update(Text(self._bad_label))
            return
        problem.update("")
        self.post_message(self.Changed(when))
