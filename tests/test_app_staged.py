"""The app reads a cached store a group of tables at a time, the visible tab's first: each tab is
filled once its tables are here, with the same rows as from the whole store; counts come from the
cache before the records counted; the search index is read on the first search; a large store
not cached yet is cached by a child process (which speaks the command line's one line)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from data import model as m
from data.errors import StoreError
from data.sharing import Sharer
from data.staged import CachedTables, save_counts
from data.store import ALL_TABLES, TABLE_OF, load_store
from tests.apptools import make_app, ready, settle, table_rows
from tests.storekit import find, write_store
from tui.browse import Browser
from tui.loading import cache_in_child
from tui.tables import TABS, reading_order


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(folder))
    return folder


def cached(path: Path | None = None, counts: bool = True) -> None:
    """Cache the store (and, with `counts`, its counts) as a first run leaves it."""
    store = load_store(path)
    if counts:
        save_counts(store)


@pytest.mark.parametrize("counts", [True, False])
@pytest.mark.parametrize("first", [spec.key for spec in TABS])
def test_the_reading_order_reads_every_table_once_the_first_tabs_first(first, counts):
    groups = reading_order(first, counts)
    tables = [table for group in groups for table in group]
    assert sorted(tables) == sorted(ALL_TABLES)
    spec = next(spec for spec in TABS if spec.key == first)
    wanted = set(spec.needs) | (set() if counts else {TABLE_OF[cls] for cls in spec.counted})
    assert set(groups[0]) == wanted


@pytest.mark.parametrize("spec", TABS, ids=lambda spec: spec.key)
def test_a_tab_filled_from_only_its_tables_shows_what_the_whole_store_shows(cache, spec):
    cached()
    whole = load_store(None)
    part = CachedTables(None).read(spec.needs)
    assert part is not None and spec.ready(part)
    assert not part.holds(ALL_TABLES) or set(spec.needs) == set(ALL_TABLES)
    for lang in ("lv", "en"):
        for column in range(len(spec.columns)):
            shown, expected = Browser(part, spec), Browser(whole, spec)
            shown.sort_column = expected.sort_column = column
            assert shown.view(lang).rows == expected.view(lang).rows, (spec.key, lang, column)


def test_without_saved_counts_a_tab_waits_for_the_records_it_counts(cache):
    cached(counts=False)
    countries = next(spec for spec in TABS if spec.key == "countries")
    tables = CachedTables(None)
    assert tables.counts() is None
    assert not countries.ready(tables.read(["countries"]))
    assert countries.ready(tables.read(["missions", "visits"]))


def test_the_saved_counts_are_the_counts_of_the_records(cache, store):
    cached()
    saved = CachedTables(None).read(["countries"])
    for cls in TABLE_OF:
        assert saved.can_count(cls)
        for record in store.records():
            assert saved.count_related(record.id, cls) == len(store.related(record.id, cls)), (record.id, cls)


def test_counts_saved_for_other_bytes_are_never_used(cache, tmp_path):
    def one_visit_less(tables):
        visits = tables["visits"]
        del visits[next(key for key, doc in visits.items() if doc["to"] == "country:by")]

    path = write_store(tmp_path)
    cached(path)
    before = CachedTables(path).read(["countries"]).count_related("country:by", m.Visit)
    write_store(tmp_path, one_visit_less)  # the same path, other bytes
    tables = CachedTables(path)
    assert tables.counts() is None and tables.read(["countries"]) is None  # a miss: read whole
    cached(path)
    assert CachedTables(path).read(["countries"]).count_related("country:by", m.Visit) == before - 1


def test_shared_parts_are_one_object_and_the_records_do_not_change(cache):
    cached()
    plain = load_store(None, tables=["visits", "envoys"])
    shared = load_store(None, tables=["visits", "envoys"])
    Sharer().share(shared.records())
    assert list(shared.records()) == list(plain.records())
    visits = shared.all(m.Visit)
    occasions = {visit.occasion for visit in visits}
    assert len({id(visit.occasion) for visit in visits}) == len(occasions)
    assert len({id(visit.date) for visit in visits}) == len({visit.date for visit in visits})


def test_a_store_not_cached_is_cached_by_a_child_which_says_what_the_command_line_says(cache, tmp_path):
    good = write_store(tmp_path)
    assert cache_in_child(good, lambda: False)
    tables = CachedTables(good)
    assert tables.counts() is not None and tables.read(ALL_TABLES) is not None

    def dangling(tables):
        find(tables, "envoy:lv-by-2004-mora")["person"] = "person:nobody"

    bad = write_store(tmp_path, dangling, name="bad.json")
    with pytest.raises(StoreError) as from_child:
        cache_in_child(bad, lambda: False)
    with pytest.raises(StoreError) as here:
        load_store(bad)
    assert str(from_child.value) == str(here.value)


def test_the_child_goes_on_to_save_the_search_index_the_first_search_then_reads(cache, tmp_path):
    from search.index_cache import load_saved
    from tui import loading

    good = write_store(tmp_path)
    assert load_saved(good) is None
    assert cache_in_child(good, lambda: False)  # says "cached" before the index is built
    for child in list(loading._children):
        assert child.wait(60) == 0
    index = load_saved(good)
    assert index is not None
    assert any(hit.record_id == "person:vladimirs-makejs" for hit in index.search("Makejs"))


def test_after_the_child_the_app_takes_its_word_on_the_store_hash_once_and_only_for_the_same_file(
        cache, tmp_path, monkeypatch):
    # The child has just read and hashed the store: the app reads the cache it left without
    # hashing 200 MB again, unless the file changed since (even keeping its size and time).
    import os

    from data.storefile import StoreStorage
    from tui import loading

    hashed: list[Path] = []
    real = StoreStorage.fingerprint
    monkeypatch.setattr(StoreStorage, "fingerprint", lambda self: hashed.append(self.path) or real(self))
    good = write_store(tmp_path)
    assert cache_in_child(good, lambda: False)
    assert CachedTables(good).read(ALL_TABLES) is not None and hashed == []
    assert CachedTables(good).read(["countries"]) is not None and hashed == [good], "its word is taken once"

    assert cache_in_child(good, lambda: False)
    status, text = good.stat(), good.read_text(encoding="utf-8")
    good.write_text(text.replace("Maira Mora", "Maira Mola"), encoding="utf-8")
    os.utime(good, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert (good.stat().st_size, good.stat().st_mtime_ns) == (status.st_size, status.st_mtime_ns)
    assert CachedTables(good).read(["people"]) is None, "the cache of the bytes before the edit is not read"
    assert hashed == [good, good]
    for child in list(loading._children):
        child.wait(60)


def test_a_cancelled_child_is_stopped(cache, tmp_path):
    assert cache_in_child(write_store(tmp_path), lambda: True) is False
    assert CachedTables(tmp_path / "store.json").read(["countries"]) is None


async def test_the_first_tab_fills_before_the_visits_are_read_and_the_rest_follows(cache, monkeypatch, store):
    cached()
    release = threading.Event()
    real_read = CachedTables.read

    def slow_visits(self, tables):
        if "visits" in tables:
            release.wait(30)
        return real_read(self, tables)

    monkeypatch.setattr(CachedTables, "read", slow_visits)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        try:
            for _ in range(200):  # not `settle`: it waits for the loader, which waits for the visits
                await pilot.pause(0.05)
                pane = app.screen.current_pane()
                if pane is not None and pane.browser is not None and table_rows(app):
                    break
            assert not app.complete and not app.store.holds(["visits"])
            rows = table_rows(app)
            assert [row[0] for row in rows] == sorted(country.code for country in store.all(m.Country))
            by_code = {country.code: country for country in store.all(m.Country)}
            assert all(row[3] == str(len(store.related(by_code[row[0]].id, m.Visit))) for row in rows)
            await pilot.press("enter")  # details need every table: they open once all is read
            await pilot.pause()
            assert app.screen.current_pane() is not None  # still the main screen
        finally:
            release.set()
        from tui.screens.details import DetailsScreen

        await settle(pilot, lambda: isinstance(app.screen, DetailsScreen))
        assert app.complete and app.screen.record_id == by_code[rows[0][0]].id


async def test_the_index_is_read_on_the_first_filter_not_at_start(cache):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        assert app.index is None
        await pilot.press("3", "slash", *"Mora")
        await settle(pilot, lambda: len(table_rows(app)) == 1)
        assert app.index is not None
        assert "Mora" in table_rows(app)[0][0]


async def test_a_cache_that_stops_answering_midway_is_read_whole_and_the_filled_tabs_refilled(cache, monkeypatch):
    cached()
    real_read = CachedTables.read
    calls: list[object] = []

    def gone_after_the_first_group(self, tables):
        calls.append(tables)
        return real_read(self, tables) if len(calls) == 1 else None  # as when another process replaced it

    monkeypatch.setattr(CachedTables, "read", gone_after_the_first_group)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        assert len(calls) == 2 and app.fresh and app.complete
        browser = app.screen.current_pane().browser
        assert browser.store is app.store
        assert all(record is app.store.get(record.id) for record in browser.records)  # the new store's own
        assert table_rows(app)


async def test_leaving_the_app_stops_a_child_still_caching_the_store(cache, monkeypatch):
    import subprocess
    import sys

    from tui import loading

    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def slow_child(argv, **kwargs):  # the child as the app starts it, but one that takes its time
        child = real_popen([sys.executable, "-c", "import time; time.sleep(60)"], **kwargs)
        started.append(child)
        return child

    monkeypatch.setattr(loading, "worth_a_child", lambda path: True)
    monkeypatch.setattr(loading.subprocess, "Popen", slow_child)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if started:
                break
        assert started and started[0].poll() is None
    assert started[0].wait(5) is not None  # killed as the app unmounted, not left to run
