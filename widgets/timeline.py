"""A timeline picture: one row per post, a bar per term across the years, an "as of" cursor.

`render_timeline` is a pure function of rows and width (tested alone); `Timeline` is the widget
that draws it at whatever width it gets: readable at 100 columns, useful at 80.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from data.textsafe import safe

FILL = {"ambassador": "█", "charge": "▒", "other": "░"}
STYLE = {"ambassador": "bold white on dark_blue", "charge": "bold black on dark_khaki", "other": "white on grey35"}
TAIL = "┄"  # the part of a term the sources leave uncertain
CURSOR = "│"


@dataclass(frozen=True)
class Bar:
    start: dt.date          # first day the term may have begun
    sure_end: dt.date       # last day the sources make certain
    end: dt.date            # last day it may have lasted
    kind: str               # "ambassador" | "charge" | "other"
    label: str              # usually the surname


@dataclass(frozen=True)
class Row:
    label: str
    bars: tuple[Bar, ...]
    holder: str = ""        # who holds the post at the cursor date, as the screen words it


def _x(day: dt.date, first: dt.date, last: dt.date, width: int) -> int:
    span = (last - first).days or 1
    return max(0, min(width - 1, int((day - first).days / span * width)))


def _year_step(years: int, chart: int) -> int:
    """Years between axis labels: 1, 2, 5, 10, 20, 50, 100... so that labels are 6+ cells apart."""
    magnitude = 1
    while True:
        for base in (1, 2, 5):
            step = base * magnitude
            if chart * step >= 6 * years:
                return step
        magnitude *= 10


def render_timeline(
    rows: list[Row], width: int, first_year: int, last_year: int, cursor: dt.date | None,
    *, legend: tuple[str, str, str, str] = ("ambassador", "chargé d'affaires", "other", "as of"),
    cursor_label: str = "",
    title: str = "",
    selected: int | None = None,
) -> Text:
    """The picture as rich Text lines: an axis of years, a line per post, a legend, and who holds
    each post at the cursor date. The `selected` row's label is highlighted."""
    longest = max((len(row.label) for row in rows), default=8)
    label_width = max(8, min(longest, 24, width // 4))
    chart = max(10, width - label_width - 1)
    first, last = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
    cursor_x = _x(cursor, first, last, chart) if cursor and first <= cursor <= last else None

    axis = [" "] * chart
    step = _year_step(last_year - first_year + 1, chart)
    for year in range(first_year - first_year % step + step if first_year % step else first_year, last_year + 1, step):
        x = _x(dt.date(year, 1, 1), first, last, chart)
        for i, char in enumerate(str(year)):
            if x + i < chart:
                axis[x + i] = char
    # The title heads the label column: the line must not start with white space, which
    # Textual strips from the start of a widget's content.
    heading = (title or "·")[:label_width].ljust(label_width + 1)
    lines = [Text.assemble((heading, "bold"), ("".join(axis), "dim"))]

    for row in rows:
        cells: list[tuple[str, str]] = [(" ", "")] * chart
        for bar in row.bars:
            a, b = _x(bar.start, first, last, chart), _x(bar.sure_end, first, last, chart)
            c = _x(bar.end, first, last, chart)
            for x in range(a, max(a, b) + 1):
                cells[x] = (FILL[bar.kind], STYLE[bar.kind])
            for x in range(max(a, b) + 1, c + 1):
                if cells[x][0] == " ":
                    cells[x] = (TAIL, "dim")
            # The name sits inside the bar and leaves a fill cell at its end, and at its start too
            # where the bar follows another, so that neighbouring terms stay apart
            # ("Lovniks▒Levrence", never "LevrenNeimanis").
            name_at = a + 1 if a > 0 and cells[a - 1][0] not in (" ", TAIL) else a
            name = safe(bar.label)[: max(0, b - name_at)]
            if len(name) >= 2:
                for i, char in enumerate(name, start=name_at):
                    cells[i] = (char, STYLE[bar.kind])
        if cursor_x is not None:
            cells[cursor_x] = (CURSOR if cells[cursor_x][0] in (" ", TAIL) else cells[cursor_x][0], "bold yellow")
        chosen = rows.index(row) == selected
        line = Text(safe(row.label)[:label_width].ljust(label_width) + " ", style="bold reverse" if chosen else "bold")
        for char, style in cells:
            line.append(char, style)
        lines.append(line)

    # The legend, its entries wrapped onto more lines where the width is short (80 columns, Latvian).
    entries = [Text.assemble((FILL[kind] * 2, STYLE[kind]), f" {name}")
               for kind, name in zip(("ambassador", "charge", "other"), legend[:3], strict=True)]
    entries.append(Text.assemble((TAIL * 2, "dim"), " ?"))
    if cursor is not None:
        entries.append(Text.assemble((CURSOR, "bold yellow"), f" {legend[3]} {cursor_label or cursor.isoformat()}"))
    key = Text("  ")
    for entry in entries:
        if len(key) > 2 and len(key) + 3 + len(entry) > width:
            lines.append(key)
            key = Text("  ")
        key.append_text(entry if len(key) == 2 else Text("   ") + entry)
    lines.append(key)
    if cursor is not None and any(row.holder for row in rows):
        for index, row in enumerate(rows):
            style = "bold reverse" if index == selected else "bold"
            lines.append(Text.assemble((safe(row.label)[:label_width].ljust(label_width), style), " ",
                                       safe(row.holder)))
    return Text("\n").join(lines)


def legend_lines(legend: tuple[str, ...], width: int) -> int:
    """How many lines the legend takes at `width` (as `render_timeline` wraps it)."""
    return 1 + int(sum(len(name) + 6 for name in legend) + 12 > width)


class Timeline(Widget, can_focus=True):
    """Draws `rows` across the years, with `cursor` as a vertical line; ↑ ↓ choose a post and
    Enter posts `Timeline.Chosen` (the screen opens whoever holds it at the cursor date)."""

    DEFAULT_CSS = "Timeline { height: auto; padding: 0 1; text-wrap: nowrap; text-overflow: clip; }"
    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False, id="timeline-up"),
        Binding("down,j", "move(1)", "Down", show=False, id="timeline-down"),
        Binding("enter", "choose", "Open", show=False, id="timeline-open"),
    ]

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    selected: reactive[int] = reactive(0)

    cursor: reactive[dt.date | None] = reactive(None, layout=True)
    cursor_label: reactive[str] = reactive("")
    title: reactive[str] = reactive("")
    legend: reactive[tuple[str, str, str, str]] = reactive(("ambassador", "chargé d'affaires", "other", "as of"),
                                                          layout=True)

    def __init__(self, rows: list[Row], first_year: int, last_year: int, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.rows = rows
        self.first_year, self.last_year = first_year, last_year

    def set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.refresh(layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:
        holders = len(self.rows) if self.cursor is not None and any(r.holder for r in self.rows) else 0
        return len(self.rows) + 1 + legend_lines(self.legend, width) + holders

    def action_move(self, step: int) -> None:
        if self.rows:
            self.selected = max(0, min(len(self.rows) - 1, self.selected + step))

    def action_choose(self) -> None:
        if self.rows:
            self.post_message(self.Chosen(self.selected))

    def render(self) -> Text:
        return render_timeline(self.rows, self.size.width, self.first_year, self.last_year, self.cursor,
                               legend=self.legend, cursor_label=self.cursor_label, title=self.title,
                               selected=self.selected if self.has_focus else None)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
