"""A table of records: a window of rows, a visible count, Enter to open, vim keys to move."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Static
from textual.widgets.data_table import CellDoesNotExist

from data.textsafe import safe


class RecordGrid(DataTable):
    """A DataTable with row cursor and j/k movement."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
        Binding("g", "scroll_top", "Top", show=False, id="top"),
        Binding("G", "scroll_bottom", "Bottom", show=False, id="bottom"),
    ]


@dataclass(frozen=True)
class Fit:
    """How a column gives way on a narrow terminal: lower `priority` is more important; a column
    with a `min_width` may shrink to it (its cells end in "…"), one without (dates, codes) never
    shrinks, so a date is never cut. What still does not fit is reached by scrolling sideways."""

    priority: int = 5
    min_width: int | None = None


def fit_widths(natural: list[int], fits: list[Fit], available: int) -> list[int]:
    """Column widths that fit `available` cells where they can: the least important shrinkable
    columns give way first, each down to its minimum."""
    widths = list(natural)
    excess = sum(widths) - available
    for index in sorted(range(len(widths)), key=lambda i: -fits[i].priority):
        if excess <= 0:
            break
        floor = fits[index].min_width
        if floor is None or widths[index] <= floor:
            continue
        give = min(excess, widths[index] - floor)
        widths[index] -= give
        excess -= give
    return widths


def _cut(text: str, width: int) -> Text:
    """The whole text (what the cell holds, e.g. for a test or a copy), drawn cut to the column
    with "…" where it is longer."""
    return Text(text, no_wrap=True, overflow="ellipsis", end="")


class RecordTable(Vertical):
    """Rows of one kind of record with a count line beneath ("300 of 12,345")."""

    DEFAULT_CSS = """
    RecordTable { height: 1fr; }
    RecordTable > RecordGrid { height: 1fr; }
    RecordTable > .count { height: 1; color: $text-muted; padding: 0 1; }
    """

    class Opened(Message):
        """The user chose a row (Enter or click)."""

        def __init__(self, record_id: str) -> None:
            super().__init__()
            self.record_id = record_id

    class SortBy(Message):
        """The user clicked a column header."""

        def __init__(self, table: RecordTable, column: int) -> None:
            super().__init__()
            self.table = table
            self.column = column

    def compose(self) -> ComposeResult:
        yield RecordGrid(cursor_type="row", zebra_stripes=True)
        yield Static("", classes="count")

    @property
    def grid(self) -> RecordGrid:
        return self.query_one(RecordGrid)

    def show(
        self,
        headers: list[str],
        rows: list[tuple[str, list[str]]],
        *,
        count_text: str,
        sort_column: int | None = None,
        reverse: bool = False,
        fits: list[Fit] | None = None,
    ) -> None:
        """Replace the table's content, keeping the cursor on the same record when it is still shown."""
        self._shown = (headers, rows, count_text, sort_column, reverse, fits)
        grid = self.grid
        current = self.current_id()
        grid.clear(columns=True)
        rows = [(record_id, [safe(cell) for cell in cells]) for record_id, cells in rows]
        marked = [header + ((" ▼" if reverse else " ▲") if index == sort_column else "")
                  for index, header in enumerate(headers)]
        natural = [max([len(marked[i]), *(len(cells[i]) for _id, cells in rows)]) for i in range(len(headers))]
        widths = natural
        if fits is not None and self.size.width:
            # Each column has one cell of padding either side; the vertical scroll bar takes two.
            widths = fit_widths(natural, fits, self.size.width - 2 * len(headers) - 2)
        for index, header in enumerate(marked):
            label = _cut(header, widths[index])
            label.stylize("bold" if index == sort_column else "")
            grid.add_column(label, key=str(index), width=widths[index])
        for record_id, cells in rows:
            # never markup (Text), never raw controls (safe, before the widths were measured)
            grid.add_row(*(_cut(cell, widths[i]) for i, cell in enumerate(cells)), key=record_id)
        if current is not None and current in grid.rows:
            grid.move_cursor(row=grid.get_row_index(current))
        self.query_one(".count", Static).update(count_text)

    def on_resize(self) -> None:
        # The widths depend on the terminal's: fit them again (at most a window of rows).
        shown = getattr(self, "_shown", None)
        if shown is not None and shown[5] is not None:
            headers, rows, count_text, sort_column, reverse, fits = shown
            self.show(headers, rows, count_text=count_text, sort_column=sort_column, reverse=reverse, fits=fits)

    def current_id(self) -> str | None:
        grid = self.grid
        if grid.row_count == 0:
            return None
        try:
            return grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value
        except CellDoesNotExist:
            return None

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.post_message(self.SortBy(self, event.column_index))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Opened(event.row_key.value))
