"""A row of tabs over an underline that marks the active one, drawn by one widget.

It looks and behaves as Textual's `Tabs` (the tab bar of `TabbedContent`): the same colours
from the same theme variables, the active tab's label underlined by a bar that slides to a newly
chosen tab, a click on a label or on the bar beneath it chooses that tab, ← → move when the bar
has the focus, and a row wider than the screen is scrolled to centre the active tab. `Tabs`
builds that from ten widgets (a scroll container, two boxes, one widget per tab and the
underline), which the main screen's first frame must register, style, lay out and draw. With
`Tabs` in this widget's place (the panes in the same `ContentSwitcher`), the first frame with
rows on the shipped store took 1.48 times the bare app's time against 1.37 with this one, wall
and CPU alike (`tests/benchmarks/startup_bench.py --runs 31`, both in the same turns; 1.47-1.59
against 1.25-1.36 on a busy machine): over the 1.5 that start-up is allowed, for one widget.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.renderables.bar import Bar
from textual.strip import Strip
from textual.widget import Widget


class TabBar(Widget, can_focus=True):
    """Tabs given as (id, label) pairs; `active` is the id of the chosen one."""

    # The rules of Textual's `Tab`, `Tabs` and `Underline`, as component classes of this one widget.
    DEFAULT_CSS = """
    TabBar {
        width: 100%;
        height: 2;
        & > .tab-bar--tab { color: $foreground 50%; }
        & > .tab-bar--hover { color: $foreground; }
        & > .tab-bar--active { color: $foreground; }
        & > .tab-bar--underline { color: $block-cursor-background; background: $foreground 10%; }
        &:focus {
            & > .tab-bar--active {
                text-style: $block-cursor-text-style;
                color: $block-cursor-foreground;
                background: $block-cursor-background;
            }
            & > .tab-bar--underline { background: $foreground 30%; }
        }
        &:ansi {
            & > .tab-bar--tab { text-style: dim; }
            & > .tab-bar--active { text-style: not dim bold; }
            & > .tab-bar--underline { color: $block-cursor-background; background: $border-blurred; }
        }
    }
    """

    COMPONENT_CLASSES = {"tab-bar--tab", "tab-bar--hover", "tab-bar--active", "tab-bar--underline"}

    BINDINGS = [
        Binding("left", "previous_tab", "Previous tab", show=False),
        Binding("right", "next_tab", "Next tab", show=False),
    ]

    ALLOW_SELECT = False

    active: reactive[str] = reactive("", init=False)
    """The id of the active tab."""
    highlight_start: reactive[float] = reactive(0.0, init=False)
    highlight_end: reactive[float] = reactive(0.0, init=False)
    """The underline's highlighted cells (they slide when another tab is chosen)."""
    shift: reactive[float] = reactive(0.0, init=False)
    """Cells scrolled off on the left, when the row is wider than the bar."""

    class TabActivated(Message):
        """Another tab was chosen (by a click, ← →, or setting `active`)."""

        def __init__(self, tab_bar: TabBar, tab_id: str) -> None:
            super().__init__()
            self.tab_bar = tab_bar
            self.tab_id = tab_id

        @property
        def control(self) -> TabBar:
            return self.tab_bar

    def __init__(self, tabs: list[tuple[str, str]], *, active: str | None = None, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ids = [tab_id for tab_id, _label in tabs]
        self._labels = dict(tabs)
        self._hover: str | None = None
        self.set_reactive(TabBar.active, active or self._ids[0])
        self._place_underline(animate=False)

    # -- what it shows ----------------------------------------------------------------------

    @property
    def tab_ids(self) -> list[str]:
        return list(self._ids)

    def label(self, tab_id: str) -> str:
        return self._labels[tab_id]

    def set_label(self, tab_id: str, label: str) -> None:
        if self._labels.get(tab_id) != label:
            self._labels[tab_id] = label
            self._place_underline(animate=False)
            self._scroll_to_active(animate=False)
            self.refresh()

    def _spans(self) -> dict[str, tuple[int, int]]:
        """Each tab's first cell and width (its label with a cell of padding either side)."""
        spans: dict[str, tuple[int, int]] = {}
        x = 0
        for tab_id in self._ids:
            width = cell_len(self._labels[tab_id]) + 2
            spans[tab_id] = (x, width)
            x += width
        return spans

    def _row_width(self) -> int:
        return sum(width for _x, width in self._spans().values())

    def _place_underline(self, *, animate: bool) -> None:
        x, width = self._spans()[self.active]
        start, end = x + 1, x + width - 1  # under the label, not its padding
        if animate and self.is_mounted:
            self.animate("highlight_start", start, duration=0.3, level="basic")
            self.animate("highlight_end", end, duration=0.3, level="basic")
        else:
            self.set_reactive(TabBar.highlight_start, float(start))
            self.set_reactive(TabBar.highlight_end, float(end))

    def _scroll_to_active(self, *, animate: bool) -> None:
        """Centre the active tab when the row does not fit (as `Tabs` scrolls its row)."""
        width = self.size.width
        row = self._row_width()
        if not width or row <= width:
            target = 0.0
        else:
            x, tab_width = self._spans()[self.active]
            target = float(min(max(0, round(x + tab_width / 2 - width / 2)), row - width))
        if animate and self.is_mounted and target != self.shift:
            self.animate("shift", target, duration=0.3, level="basic")
        else:
            self.shift = target

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        row = max(width, self._row_width())
        if y == 0:
            segments = [Segment(f" {self._labels[tab_id]} ", self._tab_style(tab_id)) for tab_id in self._ids]
            strip = Strip(segments).extend_cell_length(row, base)
        elif y == 1:
            bar_style = self.get_component_rich_style("tab-bar--underline")
            bar = Bar(highlight_range=(self.highlight_start, self.highlight_end),
                      highlight_style=Style.from_color(bar_style.color),
                      background_style=Style.from_color(bar_style.bgcolor), width=row)
            options = self.app.console.options.update_width(row)
            strip = Strip(Segment.apply_style(self.app.console.render(bar, options), base), row)
        else:
            return Strip.blank(width, base)
        shift = int(self.shift)
        return strip.crop(shift, shift + width).extend_cell_length(width, base)

    def _tab_style(self, tab_id: str) -> Style:
        if tab_id == self.active:
            return self.get_component_rich_style("tab-bar--active")
        if tab_id == self._hover:
            return self.get_component_rich_style("tab-bar--hover")
        return self.get_component_rich_style("tab-bar--tab")

    def watch_active(self, active: str) -> None:
        self._place_underline(animate=True)
        self._scroll_to_active(animate=True)
        self.refresh()
        self.post_message(self.TabActivated(self, active))

    def watch_highlight_start(self) -> None:
        self.refresh(self._line(1))

    def watch_highlight_end(self) -> None:
        self.refresh(self._line(1))

    def watch_shift(self) -> None:
        self.refresh()

    def _line(self, y: int) -> Region:
        return Region(0, y, self.size.width, 1)

    def on_resize(self) -> None:
        self._scroll_to_active(animate=False)

    # -- choosing a tab -----------------------------------------------------------------------

    def _tab_at(self, x: int) -> str | None:
        cell = x + int(self.shift)
        for tab_id, (start, width) in self._spans().items():
            if start <= cell < start + width:
                return tab_id
        return None

    def on_click(self, event: events.Click) -> None:
        # A click on a label, or on the bar beneath it, chooses that tab (as in `Tabs`).
        event.stop()
        self.focus()
        tab_id = self._tab_at(event.x)
        if tab_id is not None:
            self.active = tab_id

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hovering(self._tab_at(event.x) if event.y == 0 else None)

    def on_leave(self) -> None:
        self._hovering(None)

    def _hovering(self, tab_id: str | None) -> None:
        # A label under the mouse is lit, and the pointer becomes a hand (as over a `Tab`).
        if tab_id != self._hover:
            self._hover = tab_id
            self.styles.pointer = "default" if tab_id is None else "pointer"
            self.refresh(self._line(0))

    def action_next_tab(self) -> None:
        self._move(1)

    def action_previous_tab(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        self.active = self._ids[(self._ids.index(self.active) + step) % len(self._ids)]
