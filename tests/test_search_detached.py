"""`envoys search`'s first run answers, then a detached child writes the cache for the next run.

Real processes, since the promise is about processes: the prompt is back before the cache is
written; the answer is the one a run that writes the cache first gives; the next run is right
whether the child has finished, is still writing (it waits for the builder lock) or was killed;
a killed child leaves no cache that answers wrongly. In-process calls (`main()`) still write
at once, before returning (the other tests' promise).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import msgspec

from data.cache import StoreCache
from main import main
from tests.conftest import REPO
from tests.storekit import write_store

QUERIES = [["Minskā", "--json"], ["rinkevics"], ["mora", "--type", "envoy", "--json"], ["Makei", "--limit", "3"],
           ["grybauskaite", "--lang", "lt", "--json"], ["zzzxq"]]


def envoys(cache: Path, *argv: str, **popen: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *argv], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=120, stdin=subprocess.DEVNULL, **popen)  # type: ignore[call-overload]


def in_process(capsys, monkeypatch, cache: Path, *argv: str) -> str:
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def builder(store: Path, cache: Path) -> StoreCache:
    return StoreCache(store, os.stat(store), "", root=cache)


def test_a_first_run_answers_as_a_run_writing_its_cache_first_and_the_child_leaves_what_the_next_reads(
        tmp_path, capsys, monkeypatch):
    store = write_store(tmp_path)
    for number, query in enumerate(QUERIES):
        cache = tmp_path / f"cache{number}"
        expected = in_process(capsys, monkeypatch, tmp_path / f"whole{number}", "search", *query, "--db", str(store))
        first = envoys(cache, "search", *query, "--db", str(store))
        assert (first.returncode, first.stderr, first.stdout) == (0, "", expected), query
        builder(store, cache).wait_for_builder()
        folder = next(p for p in cache.iterdir() if p.is_dir())
        assert {"manifest.msgpack", "people.msgpack", "search-index.blob"} <= {f.name for f in folder.iterdir()}
        second = envoys(cache, "search", *query, "--db", str(store))  # from the saved index
        assert (second.returncode, second.stderr, second.stdout) == (0, "", expected), query
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    from search.command import search_saved
    from tui.labels import labeller

    assert search_saved(store, "mora", kind=None, limit=5, lang="en", label_for=labeller), "the index was saved"


CHILD_SLEEPS = """
import os, sys, time
from pathlib import Path
from data.cache import StoreCache
from search.detached import after_answer
store, cache, marks = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
saver = StoreCache(store, os.stat(store), "0" * 32, root=cache)
def slow():
    (marks / "pid").write_text(str(os.getpid()))
    time.sleep(float(sys.argv[4]))
    (marks / "done").write_text("done")
print("answered", flush=True)
print(after_answer(saver, [slow]))
"""


def test_the_prompt_is_back_before_the_child_ends_and_a_reader_waits_for_it(tmp_path):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    started = time.monotonic()
    parent = subprocess.run([sys.executable, "-c", CHILD_SLEEPS, str(store), str(cache), str(tmp_path), "4"],
                            capture_output=True, text=True, cwd=REPO, timeout=60)
    assert parent.stdout == "answered\nTrue\n" and parent.stderr == ""  # the pipe closed with the parent
    assert time.monotonic() - started < 4, "the parent did not wait for its child"
    assert not (tmp_path / "done").exists()
    assert builder(store, cache).wait_for_builder() is True  # a reader waits while the child writes
    assert (tmp_path / "done").read_text() == "done"
    assert builder(store, cache).wait_for_builder() is False  # nobody writing: no wait


def test_a_second_run_while_the_child_writes_waits_and_answers_right(tmp_path, capsys, monkeypatch):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    expected = in_process(capsys, monkeypatch, tmp_path / "whole", "search", "Minskā", "--json", "--db", str(store))
    lock = builder(store, cache).hold_builder()  # as a first run's child holds it
    assert lock is not None
    env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(cache)}
    argv = [sys.executable, str(REPO / "main.py"), "search", "Minskā", "--json", "--db", str(store)]
    waiting = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        time.sleep(3)
        assert waiting.poll() is None, "it answered while the cache was being written"
    finally:
        os.close(lock)  # the child ends: having written nothing, as if killed
    out, err = waiting.communicate(timeout=120)
    assert (waiting.returncode, err, out) == (0, "", expected)


def test_a_killed_child_leaves_no_cache_that_answers_wrongly(tmp_path, capsys, monkeypatch):
    store = write_store(tmp_path)
    queries = [["Minskā", "--json"], ["mora", "--type", "person"]]
    expected = [in_process(capsys, monkeypatch, tmp_path / "whole", "search", *q, "--db", str(store)) for q in queries]
    for delay in (0.0, 0.05, 0.15, 0.3):  # killed at different points of its writing
        cache = tmp_path / f"cache-{delay}"
        env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(cache)}
        first = subprocess.run([sys.executable, str(REPO / "main.py"), "search", *queries[0], "--db", str(store)],
                               capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
        assert first.stdout == expected[0]
        time.sleep(delay)
        for pid in _holders(cache):
            with contextlib.suppress(ProcessLookupError):  # it may have ended meanwhile
                os.kill(pid, signal.SIGKILL)
        for query, answer in zip(queries, expected, strict=True):
            for _ in range(2):  # what the killed child left, then what this run wrote
                again = envoys(cache, "search", *query, "--db", str(store))
                assert (again.returncode, again.stderr, again.stdout) == (0, "", answer), (delay, query)


def _holders(cache: Path) -> list[int]:
    """The processes with a builder lock under `cache` open (the first run's detached child), if any."""
    locks = {str(f) for f in cache.rglob("builder.lock")}
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if any(os.readlink(fd) in locks for fd in (proc / "fd").iterdir()):
                found.append(int(proc.name))
        except OSError:
            continue  # gone meanwhile, or not ours to look at
    return found


def test_a_load_that_finds_a_builder_at_work_reads_what_it_wrote_instead_of_decoding(tmp_path, monkeypatch):
    # `who`, `list` and `check` right after a first `search`: its child is writing the cache; the
    # load waits for it and reads the cache rather than decoding the store a second time beside it.
    import threading

    import data.fastdecode
    from data import model as m
    from data.store import load_store
    from data.storefile import StoreStorage

    store, cache = write_store(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    whole = load_store(store, use_cache=False)
    lock = builder(store, cache).hold_builder()
    assert lock is not None

    def child() -> None:  # as the detached child: write the cache, then let go of the lock
        time.sleep(0.5)
        StoreCache(store, *StoreStorage(store).fingerprint()).save(whole.ordered())
        os.close(lock)

    writer = threading.Thread(target=child)
    writer.start()

    def decoded(*_args: object) -> None:
        raise AssertionError("the store was decoded while its cache was being written")

    monkeypatch.setattr(data.fastdecode, "fast_records", decoded)
    try:
        read = load_store(store, tables=["envoys", "people", "countries"])
    finally:
        writer.join()
    assert read.holds(["envoys", "people", "countries"])
    assert [r.id for r in read.all(m.Envoy)] == [r.id for r in whole.all(m.Envoy)] != []


def test_a_first_load_does_not_hash_the_file_to_find_no_cache_and_a_second_does(tmp_path, monkeypatch):
    # Without a manifest for the file's path, size and time the cache cannot answer, so the first
    # run's only hash is the one taken beside the decoding; a cached store is still checked whole.
    from data.store import load_store
    from data.storefile import StoreStorage

    store = write_store(tmp_path)
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    hashed: list[Path] = []
    real = StoreStorage.fingerprint

    def counted(self: StoreStorage) -> tuple[os.stat_result, str]:
        hashed.append(self.path)
        return real(self)

    monkeypatch.setattr(StoreStorage, "fingerprint", counted)
    first = load_store(store)
    assert hashed == []
    second = load_store(store)
    assert hashed == [store] and sorted(r.id for r in second.records()) == sorted(r.id for r in first.records())
    assert second.cache is not None  # read back from the cache the first load wrote


def test_a_deferred_load_hashes_the_bytes_it_decoded_only_in_its_deferred_calls(tmp_path, monkeypatch):
    # `search`'s first run answers without hashing the store (the cache's key): the detached
    # child hashes the very bytes the parent decoded, so a file changed meanwhile (same size and
    # time) is not served the cache of the old bytes, and the old bytes find their cache again.
    import hashlib

    from data.store import UNHASHED, load_store
    from search.index_cache import load_or_build_unsaved, load_saved

    store = write_store(tmp_path)
    original = store.read_bytes()
    stat = os.stat(store)
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    real = hashlib.blake2b
    hashed: list[bytes] = []

    def counted(data: bytes = b"", **options: object) -> object:
        if len(data) == len(original):
            hashed.append(bytes(data))
        return real(data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(hashlib, "blake2b", counted)
    saves: list = []
    loaded = load_store(store, defer_save=saves)
    index, save_index = load_or_build_unsaved(loaded)
    assert hashed == [] and loaded.cache is not None and loaded.cache.expected.digest == UNHASHED
    assert save_index is not None and not list(loaded.cache.folder.glob("*.msgpack"))  # nothing written yet
    store.write_bytes(original.replace(b"Maira Mora", b"Maira Mara"))  # the file changes before the child runs
    os.utime(store, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    for save in [*saves, save_index]:
        save()
    assert hashed == [original] and loaded.cache.expected.digest == real(original).hexdigest()
    monkeypatch.setattr(hashlib, "blake2b", real)
    edited = load_store(store)
    assert edited.get("person:maira-mora").name.get("en").text == "Maira Mara"  # not the cache of the old bytes
    store.write_bytes(original)
    os.utime(store, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    shutil.rmtree(tmp_path / "cache")
    saves = []
    loaded = load_store(store, defer_save=saves)
    index, save_index = load_or_build_unsaved(loaded)
    for save in [*saves, save_index]:
        save()
    saved = load_saved(store)
    assert saved is not None and [hit.record_id for hit in saved.search("Maira Mora", limit=3)] == [
        hit.record_id for hit in index.search("Maira Mora", limit=3)]


def test_a_cache_without_the_bytes_digest_reads_and_writes_nothing(tmp_path, monkeypatch):
    from data.store import UNHASHED, load_store

    store = write_store(tmp_path)
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    whole = load_store(store)  # cached, with its digest
    assert whole.cache is not None and whole.cache.load_blob("search-index", "v") is None
    whole.cache.save_blob("probe", "v", msgspec.msgpack.encode("data"))
    assert whole.cache.load_blob("probe", "v") is not None
    unhashed = StoreCache(store, os.stat(store), UNHASHED, root=tmp_path / "cache")
    assert unhashed.load_blob("probe", "v") is None and unhashed.load(["people"]) is None
    before = sorted((f.name, f.stat().st_mtime_ns) for f in unhashed.folder.iterdir())
    unhashed.save(whole.records())
    unhashed.save_blob("probe", "v", msgspec.msgpack.encode("other"))
    unhashed.save_referrers({})
    assert sorted((f.name, f.stat().st_mtime_ns) for f in unhashed.folder.iterdir()) == before
