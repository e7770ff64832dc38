"""`envoys search`'s first run builds the index in a forked child while the cache is written.

The answer must be the second run's, the index saved must be the one the parent would have
built, and a child that fails must change nothing but the time (the parent builds the index).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import msgspec
import pytest

import search.index_child as index_child
from data.store import load_store
from main import main
from search import index_cache
from search.index import SearchIndex
from search.index_child import IndexInChild
from tests.storekit import write_store

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")


def _saved_state(store) -> bytes | None:
    data = store.cache.load_blob(index_cache.BLOB, index_cache._version())
    return None if data is None else bytes(data)


def test_the_child_saves_the_index_the_parent_would_have_built(tmp_path, monkeypatch):
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    child = IndexInChild()
    store = load_store(write_store(tmp_path), before_save=child.start)
    assert child.pid is not None, "the child was started"
    assert child.wait() is True
    saved = _saved_state(store)
    assert saved is not None, "the child saved the index"
    built = SearchIndex.build(store)
    assert msgspec.msgpack.decode(saved, type=index_cache._SavedIndex) == index_cache._state(built)


def test_a_failing_child_saves_nothing_and_the_answer_is_still_right(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    db = write_store(tmp_path)
    expected_dir = tmp_path / "expected-cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(expected_dir))
    assert main(["search", "mora", "--json", "--db", str(db)]) == 0
    expected = capsys.readouterr().out

    def broken(cache, index):
        raise MemoryError("the child ran out")

    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(index_child, "save_built", broken)  # the child's; the parent's own save is untouched
    child = IndexInChild()
    store = load_store(db, before_save=child.start)
    assert child.wait() is False
    assert _saved_state(store) is None, "a failed child leaves no index"
    assert main(["search", "mora", "--json", "--db", str(db)]) == 0  # a second run: the cache, no index yet
    assert capsys.readouterr().out == expected
    assert _saved_state(load_store(db)) is not None, "the parent built and saved it"


def test_no_fork_beside_another_thread(tmp_path, monkeypatch):
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        child = IndexInChild()
        load_store(write_store(tmp_path), before_save=child.start)
        assert child.pid is None
    finally:
        release.set()
        other.join()


def test_cancel_kills_and_reaps_the_child(tmp_path, monkeypatch):
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))

    def slow(cache, index):
        import time

        time.sleep(60)

    monkeypatch.setattr(index_child, "save_built", slow)
    child = IndexInChild()
    load_store(write_store(tmp_path), before_save=child.start)
    pid = child.pid
    assert pid is not None
    child.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left
    assert child.wait() is False


def test_first_and_second_runs_answer_the_same_bytes_in_real_processes(tmp_path):
    db = write_store(tmp_path)
    env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(tmp_path / "cache")}
    for query in (["mora", "--json"], ["Rinkēvičs"], ["Minsk", "--type", "visit", "--json"]):
        runs = [subprocess.run([sys.executable, "main.py", "search", *query, "--db", str(db)], cwd=REPO, env=env,
                               capture_output=True, timeout=120, stdin=subprocess.DEVNULL) for _ in range(2)]
        assert [r.returncode for r in runs] == [0, 0] and runs[0].stderr == runs[1].stderr == b""
        assert runs[0].stdout == runs[1].stdout and runs[0].stdout
        folders = [f for f in Path(env["BALTIC_ENVOYS_CACHE_DIR"]).iterdir() if f.is_dir()]
        assert folders and all((f / "search-index.blob").exists() for f in folders)
        assert not any(p.name.endswith(".tmp") for f in folders for p in f.iterdir()), "no half-written file"
        # the next query's first run: a fresh cache folder
        env["BALTIC_ENVOYS_CACHE_DIR"] = str(tmp_path / f"cache-{query[0]}")
