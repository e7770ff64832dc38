"""A table of records: a window of rows, a visible count, Enter to open, vim keys to move."""

from __future__ import annotations

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
    ) -> None:
        """Replace the table's content, keeping the cursor on the same record when it is still shown."""
        grid = self.grid
        current = self.current_id()
        grid.clear(columns=True)
        for index, header in enumerate(headers):
            mark = (" ▼" if reverse else " ▲") if index == sort_column else ""
            grid.add_column(Text(header + mark, style="bold" if mark else ""), key=str(index))
        for record_id, cells in rows:
            grid.add_row(*(Text(safe(cell)) for cell in cells), key=record_id)  # never markup, never raw controls
        if current is not None and current in grid.rows:
            grid.move_cursor(row=grid.get_row_index(current))
        self.query_one(".count", Static).update(count_text)

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
