"""The timeline: every post's terms across the years, with the "as of" date as a cursor."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header

from data import model as m
from data.queries import posts
from data.store import Store
from tui.i18n import tr, value
from tui.keys import localise_bindings
from tui.labels import label
from widgets.timeline import Bar, Row, Timeline


def timeline_rows(store: Store, lang: str, today: dt.date) -> list[Row]:
    """One row per post: its holders' terms as bars, the uncertain parts as tails."""
    rows = []
    by_post = posts(store)
    groups = Counter((post.sending, post.receiving, post.group) for post in by_post)
    for post, envoys in sorted(by_post.items()):
        codes = f"{_code(store, post.sending)}→{_code(store, post.receiving)}"
        role = "" if post.heads_mission else f" {value(post.group, lang)}"
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
        rows.append(Row(codes + role, tuple(bars)))
    return rows


def _code(store: Store, country_id: str) -> str:
    record = store.find(country_id)
    return record.code if isinstance(record, m.Country) else country_id


class TimelineScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Close", id="close"),
        Binding("less_than_sign", "year(-1)", "Year −1", id="year_back"),
        Binding("greater_than_sign", "year(1)", "Year +1", id="year_forward"),
    ]

    def compose(self) -> ComposeResult:
        app = self.app
        store: Store = app.store  # type: ignore[attr-defined]
        today = app.today  # type: ignore[attr-defined]
        rows = timeline_rows(store, app.lang, today)  # type: ignore[attr-defined]
        first = min((b.start.year for r in rows for b in r.bars), default=today.year)
        yield Header(show_clock=False, icon="◆")
        with VerticalScroll():
            yield Timeline(rows, first, today.year)
        yield Footer()

    def on_mount(self) -> None:
        self.apply_language(self.app.lang)  # type: ignore[attr-defined]
        self.sync_cursor()

    def apply_language(self, lang: str) -> None:
        localise_bindings(self, lang)
        timeline = self.query_one(Timeline)
        timeline.set_rows(timeline_rows(self.app.store, lang, self.app.today))  # type: ignore[attr-defined]
        timeline.legend = tuple(tr(f"timeline.{k}", lang) for k in ("ambassador", "charge", "other", "cursor"))
        timeline.title = tr("timeline.title", lang)
        self.refresh_bindings()

    def follow_as_of(self, _as_of: object) -> None:
        self.sync_cursor()

    def sync_cursor(self) -> None:
        as_of = self.app.as_of  # type: ignore[attr-defined]
        timeline = self.query_one(Timeline)
        timeline.cursor = as_of.start.earliest if as_of is not None else None
        timeline.cursor_label = str(as_of) if as_of is not None else ""

    def action_year(self, years: int) -> None:
        self.app.step_as_of(years)  # type: ignore[attr-defined]
