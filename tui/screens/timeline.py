"""The timeline: every post's terms across the years, with the "as of" date as a cursor."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header

from data import model as m
from data.dates import Certainty, DateRange
from data.queries import holders, posts
from data.store import Store
from tui.footer import EnvoysFooter
from tui.i18n import LABELS, tr, value
from tui.labels import label
from widgets.timeline import Bar, Row, Timeline

if TYPE_CHECKING:
    from tui.app import EnvoysApp


def timeline_rows(store: Store, lang: str, today: dt.date, as_of: DateRange | None = None) -> list[Row]:
    """One row per post: its holders' terms as bars, the uncertain parts as tails, and (with an
    "as of" date) who holds it then."""
    rows = []
    by_post = posts(store)
    groups = Counter((post.sending, post.receiving, post.group) for post in by_post)
    for post, envoys in sorted(by_post.items()):
        codes = f"{_code(store, post.sending)}→{_code(store, post.receiving)}"
        # Short role names: the labels fit beside the chart at 80 columns.
        role = "" if post.heads_mission else f" {_role(post.group, lang)}"
        if post.city and groups[post.sending, post.receiving, post.group] > 1:  # two consuls: which city
            role += f" ({label(store, post.city, lang)})"
        bars = []
        for envoy in envoys:
            kind = {"ambassador": "ambassador", "charge-daffaires": "charge"}.get(envoy.role, "other")
            if envoy.end is not None:
                sure_end, end = (dt.date.fromordinal(max(1, day)) for day in envoy.tenure.last_days())
            else:
                sure_end = envoy.confirmed.earliest if envoy.confirmed else envoy.start.latest
                end = today
            surname = label(store, envoy.person, lang).split()[-1]
            bars.append(Bar(envoy.start.earliest, max(sure_end, envoy.start.earliest), max(end, sure_end), kind,
                            surname))
        rows.append(Row(codes + role, tuple(bars), _holder_text(store, envoys, as_of, lang)))
    return rows


def _holder_text(store: Store, envoys: list[m.Envoy], as_of: DateRange | None, lang: str) -> str:
    if as_of is None:
        return ""
    found = holders(store, envoys, as_of)
    if not found:
        return tr("asof.none", lang)
    return "; ".join(label(store, h.envoy.person, lang)
                     + ("" if h.certainty is Certainty.YES else f" ({tr('asof.possibly', lang)})") for h in found)


def post_holder(store: Store, index: int, as_of: DateRange | None) -> str | None:
    """The envoy to open for the timeline's row `index`: the holder at the "as of" date, else the
    post's latest envoy."""
    envoys = sorted(posts(store).items())[index][1]
    if as_of is not None:
        found = holders(store, envoys, as_of)
        if found:
            return found[0].envoy.id
    return envoys[-1].id if envoys else None


def _role(group: str, lang: str) -> str:
    short = f"timeline.role.{group}"
    return tr(short, lang) if short in LABELS else value(group, lang)


def _code(store: Store, country_id: str) -> str:
    record = store.find(country_id)
    return record.code if isinstance(record, m.Country) else country_id


class TimelineScreen(Screen):
    app: EnvoysApp  # for type checkers: the screens run only in the EnvoysApp

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Close", id="close"),
        Binding("less_than_sign", "year(-1)", "Year −1", id="year_back"),
        Binding("greater_than_sign", "year(1)", "Year +1", id="year_forward"),
    ]

    def compose(self) -> ComposeResult:
        app = self.app
        store: Store = app.store
        today = app.today
        rows = timeline_rows(store, app.lang, today)
        first = min((b.start.year for r in rows for b in r.bars), default=today.year)
        yield Header(show_clock=False, icon="◆")
        with VerticalScroll():
            yield Timeline(rows, first, today.year)
        yield EnvoysFooter()

    def on_mount(self) -> None:
        self.watch(self.app, "lang", self.apply_language)
        self.watch(self.app, "as_of", self.follow_as_of, init=False)
        self.sync_cursor()
        self.query_one(Timeline).focus()

    def apply_language(self, lang: str) -> None:
        timeline = self.query_one(Timeline)
        timeline.set_rows(timeline_rows(self.app.store, lang, self.app.today, self.app.as_of))
        timeline.legend = tuple(tr(f"timeline.{k}", lang) for k in ("ambassador", "charge", "other", "cursor"))
        timeline.title = tr("timeline.title", lang)
        self.refresh_bindings()

    def follow_as_of(self, as_of: DateRange | None) -> None:
        timeline = self.query_one(Timeline)
        timeline.set_rows(timeline_rows(self.app.store, self.app.lang, self.app.today, as_of))
        self.sync_cursor()

    def sync_cursor(self) -> None:
        as_of = self.app.as_of
        timeline = self.query_one(Timeline)
        timeline.cursor = as_of.start.earliest if as_of is not None else None
        timeline.cursor_label = str(as_of) if as_of is not None else ""

    def action_year(self, years: int) -> None:
        # The cursor stays within the axis: no stepping past its first or last year.
        timeline = self.query_one(Timeline)
        as_of = self.app.as_of
        year = (as_of.start.earliest.year if as_of is not None else self.app.today.year) + years
        if not timeline.first_year <= year <= timeline.last_year:
            self.app.bell()
            return
        self.app.step_as_of(years)

    @on(Timeline.Chosen)
    def _open(self, event: Timeline.Chosen) -> None:
        envoy = post_holder(self.app.store, event.index, self.app.as_of)
        if envoy is not None:
            self.app.open_record(envoy)
