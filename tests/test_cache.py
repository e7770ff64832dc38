"""The store cache is derived data: never trusted when stale, never harmful when damaged.

Real processes where the promise is about processes (a run, then an edit, then a run); the
loader's own API where the promise is about what is read.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from data import model as m
from data.cache import StoreCache
from data.errors import StoreError
from data.integrity import references
from data.store import LoadCancelled, load_store
from data.storefile import StoreStorage
from main import WHO_TABLES, main
from tests.conftest import REPO
from tests.storekit import find, write_store
from tests.writewatch import fingerprint

PERSON = "person:maira-mora"


def envoys(cache: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *argv], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=60)


def cache_files(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*") if p.is_file())


def rename(path: Path, old: str, new: str) -> None:
    """Change a name in the store file, keeping its size and modification time: only the hash can tell."""
    assert len(old.encode()) == len(new.encode())
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)


def test_an_edited_store_is_read_again_even_with_the_same_size_and_time(tmp_path):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    first = envoys(cache, "show", PERSON, "--db", str(store))
    assert first.returncode == 0 and "Maira Mora" in first.stdout
    assert cache_files(cache), "the first run builds the cache"
    rename(store, "Maira Mora", "Maira Mola")
    second = envoys(cache, "show", PERSON, "--db", str(store))
    assert second.returncode == 0 and "Maira Mola" in second.stdout and "Maira Mora" not in second.stdout


def test_an_edit_that_breaks_the_store_is_refused_although_a_cache_exists(tmp_path):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    assert envoys(cache, "who", "LV", "BY", "--db", str(store)).returncode == 0
    tables = json.loads(store.read_text(encoding="utf-8"))
    find(tables, "envoy:lv-by-2004-mora")["person"] = "person:nobody"
    store.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    result = envoys(cache, "who", "LV", "BY", "--db", str(store))
    assert result.returncode == 2 and "person:nobody" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("damage", [b"", b"\x00" * 100, b"\x93\xa3not a cache", b"\xc1"])
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path, damage):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    expected = envoys(cache, "show", PERSON, "--db", str(store)).stdout
    for file in cache_files(cache):
        file.write_bytes(damage)
    result = envoys(cache, "show", PERSON, "--db", str(store))
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, "")
    storage = StoreStorage(store)
    assert StoreCache(store, *storage.fingerprint(), root=cache).load(["people"]) is not None, "rebuilt"


def test_a_cache_for_other_bytes_is_never_paired_with_this_store(tmp_path):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    envoys(cache, "show", PERSON, "--db", str(store))
    people = next(p for p in cache_files(cache) if p.name == "people.msgpack")
    kept = people.read_bytes()
    rename(store, "Maira Mora", "Maira Mola")
    envoys(cache, "show", PERSON, "--db", str(store))  # the cache now describes the edited store...
    people.write_bytes(kept)  # ...but for its people table, which holds the old name
    result = envoys(cache, "show", PERSON, "--db", str(store))
    assert "Maira Mola" in result.stdout and "Maira Mora" not in result.stdout


@pytest.mark.parametrize("bad", ["\x1b", "\x9b", "\x07", "\r"])
def test_a_cache_holding_a_control_character_is_not_trusted(tmp_path, bad):
    # The cache folder is the user's to write: a table file changed by anything without the
    # user's cache key (an escape sequence put into a name) is a miss, and the store is read again.
    store, cache = write_store(tmp_path), tmp_path / "cache"
    envoys(cache, "show", PERSON, "--db", str(store))
    people = next(p for p in cache_files(cache) if p.name == "people.msgpack")
    hostile = bad + "aira Mora"  # as many bytes as "Maira Mora" in UTF-8 when bad is one byte
    hostile = hostile if len(hostile.encode()) == len("Maira Mora") else bad + "ira Mora"
    people.write_bytes(people.read_bytes().replace(b"Maira Mora", hostile.encode()))
    assert StoreCache(store, *StoreStorage(store).fingerprint(), root=cache).load(["people"]) is None
    result = envoys(cache, "show", PERSON, "--db", str(store))
    assert result.returncode == 0 and "Maira Mora" in result.stdout and bad not in result.stdout


def test_a_cache_made_under_a_key_others_could_read_is_not_trusted(tmp_path):
    # The cache's MACs are keyed by a secret of this user's (cache.key, mode 0600): a key file
    # others may read is replaced, and what was written under it is a miss.
    store, cache = write_store(tmp_path), tmp_path / "cache"
    envoys(cache, "show", PERSON, "--db", str(store))
    key = cache / "cache.key"
    assert key.stat().st_mode & 0o777 == 0o600 and len(key.read_bytes()) == 32
    old = key.read_bytes()
    key.chmod(0o644)
    assert StoreCache(store, *StoreStorage(store).fingerprint(), root=cache).load(["people"]) is None
    assert key.stat().st_mode & 0o777 == 0o600 and key.read_bytes() != old
    result = envoys(cache, "show", PERSON, "--db", str(store))
    assert result.returncode == 0 and "Maira Mora" in result.stdout
    assert StoreCache(store, *StoreStorage(store).fingerprint(), root=cache).load(["people"]) is not None


def test_runs_never_write_the_store_nor_beside_it(tmp_path):
    (tmp_path / "mine").mkdir()
    store, cache = write_store(tmp_path / "mine"), tmp_path / "cache"
    before = fingerprint(store)
    for argv in (["who", "LV", "BY"], ["show", PERSON], ["search", "mora"], ["list", "visits"], ["check"]):
        for _ in range(2):  # building the cache, then using it
            assert envoys(cache, *argv, "--db", str(store)).returncode == 0, argv
    assert fingerprint(store) == before
    assert [p.name for p in store.parent.iterdir()] == [store.name]
    assert all(cache in p.parents for p in cache_files(cache))


def test_without_a_writable_cache_folder_the_commands_still_answer(tmp_path):
    store = write_store(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    result = envoys(blocker / "cache", "show", PERSON, "--db", str(store))
    assert result.returncode == 0 and "Maira Mora" in result.stdout and result.stderr == ""


def test_who_reads_only_envoys_people_and_countries(tmp_path, monkeypatch):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    load_store(store)  # builds the cache
    asked: list[object] = []

    def spy(self, tables, cancelled=lambda: False):
        asked.append(tuple(tables))
        return original(self, tables, cancelled)

    original = StoreCache.load
    monkeypatch.setattr(StoreCache, "load", spy)
    assert main(["who", "LV", "BY", "--on", "2005", "--db", str(store)]) == 0
    assert asked == [WHO_TABLES] and "visits" not in WHO_TABLES
    partial = load_store(store, tables=WHO_TABLES)
    assert partial.all(m.Visit) == [] and partial.all(m.Envoy) and partial.all(m.Person)


def test_a_load_can_be_cancelled_between_steps(tmp_path):
    store = write_store(tmp_path)
    with pytest.raises(LoadCancelled):
        load_store(store, cancelled=lambda: True)
    calls = iter(range(100))
    with pytest.raises(LoadCancelled):  # later on: after reading, while decoding
        load_store(store, cancelled=lambda: next(calls) >= 2, use_cache=False)


@pytest.mark.parametrize(("text", "key"), [
    # a document id twice: the first record would vanish without a word
    ('"people": {"1": {"id": "person:a"}, "1": {"id": "person:b"}}', "'1'"),
    # a field twice in one record
    ('"people": {"1": {"id": "person:a", "name": {}, "name": {}}}', "'name' appears twice in one object "
                                                                     "(record person:a)"),
    # a table twice
    ('"people": {}, "people": {}', "'people'"),
])
def test_a_key_given_twice_is_refused_naming_it(tmp_path, text, key):
    path = tmp_path / "dup.json"
    path.write_text('{"meta": {"1": {"schema_version": 1}}, ' + text + "}", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert f"the key {key}" in str(caught.value) and "\n" not in str(caught.value)
    result = envoys(tmp_path / "cache", "check", "--db", str(path))
    assert result.returncode == 2 and f"the key {key}" in result.stderr


@pytest.mark.parametrize("invisible", ["\u202e", "\u2066", "\u200b", "\u200d", "\u2060", "\ufeff"])
def test_an_id_with_an_invisible_character_is_refused_naming_the_record(tmp_path, invisible):
    def change(tables):
        doc = next(d for d in tables["people"].values() if d["id"] == PERSON)
        doc["id"] = PERSON[:10] + invisible + PERSON[10:]

    path = write_store(tmp_path, change)
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert f"the id holds the invisible character U+{ord(invisible):04X}" in str(caught.value)
    assert "people[" in str(caught.value)


@pytest.mark.parametrize("bad", ["\x1b]0;owned\x07", "\ud800", "\x9b"])
def test_control_characters_and_lone_surrogates_are_refused_in_any_text(tmp_path, bad):
    tables = json.loads(write_store(tmp_path).read_text(encoding="utf-8"))
    find(tables, PERSON)["aliases"].append(f"Mora{bad}")
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(tables), encoding="utf-8")  # escaped: a lone surrogate is only written so
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert PERSON in str(caught.value) and f"U+{ord(bad[0]):04X}" in str(caught.value)


QUERIES = ["rinkevics", "Edgara Rinkēviča", "Ринкевичс", "Makey", "Minskā", "embassy of latvia in minsk",
           "grybouskeite", "semanis einars", "2009", "vizīte"]


def test_the_search_index_read_back_answers_as_the_one_built(tmp_path, monkeypatch):
    from search.index import SearchIndex
    from search.index_cache import BLOB, load_or_build, open_saved
    from tui.labels import labeller

    store_path, cache = write_store(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    store = load_store(store_path)
    built = SearchIndex.build(store, labeller(store))
    load_or_build(store, labeller(store))  # builds and saves
    assert (next(cache.rglob(f"{BLOB}.blob"))).stat().st_size > 0
    restored = load_or_build(load_store(store_path), labeller(store))  # as the app reads it
    in_place = open_saved(load_store(store_path).cache, labeller(store))  # as the command line does
    assert in_place is not None
    for query in QUERIES:
        for lang in ("lv", "en"):
            expected = built.search(query, limit=20, lang=lang)
            assert restored.search(query, limit=20, lang=lang) == expected, query
            assert in_place.search(query, limit=20, lang=lang) == expected, query
    assert len(in_place) == len(built) and in_place.words() == built.words() and in_place.kinds == built.kinds


def test_search_from_the_saved_index_answers_as_from_the_whole_store_reading_only_what_its_hits_need(
        tmp_path, monkeypatch):
    # The command line's search reads the saved index and then only the tables its hits name:
    # the same lines as a run that loads every table, and no visits table when no visit is hit.
    import data.cache

    store, cache = write_store(tmp_path), tmp_path / "cache"
    queries = [["rinkevics"], ["Minskā", "--json"], ["vizīte", "--lang", "lv"], ["zzzxq"], ["mora", "--type", "envoy"]]
    whole = []
    for query in queries:  # each with an empty cache: the whole store loaded and the index built
        shutil.rmtree(cache, ignore_errors=True)
        whole.append(envoys(cache, "search", *query, "--db", str(store)))
    StoreCache(store, os.stat(store), "", root=cache).wait_for_builder()  # its child writes the cache after
    assert next(cache.rglob("search-index.blob")).stat().st_size > 0
    saved = [envoys(cache, "search", *query, "--db", str(store)) for query in queries]
    assert [(r.returncode, r.stdout, r.stderr) for r in saved] == [(r.returncode, r.stdout, r.stderr) for r in whole]
    assert all(r.returncode == 0 and r.stdout for r in saved)

    tables: list[str] = []
    records: list[str] = []
    real_load, real_records = data.cache.StoreCache.load, data.cache.StoreCache.load_records
    monkeypatch.setattr(data.cache.StoreCache, "load",
                        lambda self, wanted, *a: real_load(self, tables.extend(wanted) or wanted, *a))
    monkeypatch.setattr(data.cache.StoreCache, "load_records",
                        lambda self, ids: real_records(self, records.extend(ids) or ids))
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    assert main(["search", "rinkevics", "--type", "person", "--db", str(store)]) == 0
    assert tables == [], "no whole table is read"
    assert "person:edgars-rinkevics" in records and not any(r.startswith(("visit:", "envoy:")) for r in records)
    records.clear()
    assert main(["search", "Makei", "--limit", "3", "--db", str(store)]) == 0
    # three hits, and the records their labels name (a visit's people and countries), no more
    assert tables == [] and 3 <= len(records) < 20, records


@pytest.mark.parametrize("damage", ["truncated", "not ours", "offsets out of range", "a column cut short"])
def test_a_damaged_search_index_is_built_again(tmp_path, monkeypatch, damage):
    import msgspec

    from data.cache import Blob
    from data.columns import pack_ints
    from search import index_cache
    from search.index_cache import BLOB, load_or_build

    store_path, cache = write_store(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    expected = load_or_build(load_store(store_path)).search("mora", limit=5)
    blob_file = next(cache.rglob(f"{BLOB}.blob"))
    blob = msgspec.msgpack.decode(blob_file.read_bytes(), type=Blob)
    saved = msgspec.msgpack.decode(blob.data, type=index_cache._SavedIndex)
    person = next(shard for shard in saved.shards if shard.kind == "person")
    if damage == "truncated":
        blob_file.write_bytes(blob_file.read_bytes()[:1000])
    elif damage == "not ours":  # changed without the user's key: the MAC refuses it
        person.columns["entry_words"] = memoryview(pack_ints([10**6] * (len(person.columns["entry_words"]) // 4)))
        raw = msgspec.Raw(msgspec.msgpack.encode(saved))
        blob_file.write_bytes(msgspec.msgpack.encode(msgspec.structs.replace(blob, data=raw)))
    else:  # MAC'd as ours, yet a column does not fit its offsets or its fellows
        if damage == "offsets out of range":
            person.columns["entry_text.offsets"] = memoryview(pack_ints([10**9] * 3))
        else:
            person.columns["entry_langs"] = person.columns["entry_langs"][:-4]
        store = load_store(store_path)
        store.cache.save_blob(BLOB, index_cache._version(), msgspec.msgpack.encode(saved))
        assert index_cache.open_saved(store.cache) is None
    assert load_or_build(load_store(store_path)).search("mora", limit=5) == expected


def test_show_reads_only_the_tables_that_can_relate_to_the_record_and_misses_nothing(store, tmp_path, monkeypatch):
    from data.integrity import tables_relating

    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    load_store()  # the cache, so that the partial loads below read only the tables asked
    assert "visits" not in tables_relating("envoy:lv-by-2004-mora")
    for record in store.records():
        partial = load_store(tables=tables_relating(record.id))
        assert partial.get(record.id) == record
        assert partial.related(record.id) == store.related(record.id), record.id


def test_the_index_is_the_same_however_the_store_was_read(tmp_path, monkeypatch):
    # From the file (document order) or from the cache (natural order): the same index, so a
    # broad query, which stops collecting after a budget of records, lists the same hits.
    from search.index import SearchIndex

    store_path, cache = write_store(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    from_file = SearchIndex.build(load_store(store_path))  # builds the cache too
    from_cache = load_store(store_path)
    assert [r.id for r in from_cache.records()] != [r.id for r in load_store(store_path, use_cache=False).records()]
    rebuilt = SearchIndex.build(from_cache)
    for query, limit in (("mi", 5), ("vi", 5), ("i", 10), ("a", 20), ("li", 20)):  # each differed once
        assert rebuilt.search(query, limit=limit) == from_file.search(query, limit=limit), query


def test_records_read_by_id_are_those_of_the_whole_table(tmp_path):
    store_path, cache = write_store(tmp_path), tmp_path / "cache"
    whole = load_store(store_path, use_cache=False)
    saved = StoreCache(store_path, *StoreStorage(store_path).fingerprint(), root=cache)
    saved.save(whole.ordered())
    ids = [record.id for record in whole.records()]
    assert saved.load_records(ids) == {record.id: record for record in whole.records()}
    assert saved.load_records(["visit:none", "nothing", PERSON]) == {PERSON: whole.get(PERSON)}
    people = cache.rglob("people.msgpack").__next__()
    people.write_bytes(people.read_bytes().replace(b"Maira Mora", b"Maira Mola"))
    assert saved.load_records([PERSON]) is None, "a chunk changed without the key"
    assert saved.load_records(["country:lv"]) is not None, "the other tables stay usable"


def test_search_sees_an_edit_of_the_same_size_and_time(tmp_path):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    for _ in range(2):  # builds the cache and the index, then answers from them
        first = envoys(cache, "search", "mora", "--type", "person", "--db", str(store))
        assert first.returncode == 0 and "Maira Mora" in first.stdout
    rename(store, "Maira Mora", "Maira Mola")
    for _ in range(2):  # the edited bytes, then their own new cache
        second = envoys(cache, "search", "mola", "--type", "person", "--db", str(store))
        assert second.returncode == 0 and "Maira Mola" in second.stdout and "Maira Mora" not in second.stdout


def spy_on_whole_tables(monkeypatch) -> list[str]:
    """The tables `StoreCache.load` will be asked for from now on (whole tables decoded)."""
    tables: list[str] = []
    real_load = StoreCache.load
    monkeypatch.setattr(StoreCache, "load",
                        lambda self, wanted, *a: real_load(self, tables.extend(wanted) or wanted, *a))
    return tables


def test_show_from_the_cache_chunks_prints_what_a_whole_load_prints(store, tmp_path, monkeypatch, capsys):
    # `envoys show` reads the record, the records naming it and what they name from the cache's
    # chunks: for every record of the shipped store, the same page (text and JSON) as from the
    # whole store, and no whole table read.
    from data.partial import for_show
    from data.store import EMBEDDED_STORE
    from tui.console import show_record

    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(tmp_path / "cache"))
    load_store()  # the cache, without the referrers (`who` and `list` never need them)...
    assert for_show(EMBEDDED_STORE, "country:lv") is not None  # ... which the first `show` adds
    tables = spy_on_whole_tables(monkeypatch)
    for record in store.records():
        partial = for_show(EMBEDDED_STORE, record.id)
        assert partial is not None and (len(partial) < len(store) or record.kind == "country"), record.id
        for as_json in (False, True):
            show_record(store, record, as_json=as_json, lang="lv")
            whole = capsys.readouterr().out
            show_record(partial, partial.get(record.id), as_json=as_json, lang="lv")
            assert capsys.readouterr().out == whole, record.id
    assert tables == []
    assert len(for_show(EMBEDDED_STORE, "person:nobody")) == 0  # the command then says there is no such record


def test_show_of_a_person_reads_no_whole_table(tmp_path, monkeypatch):
    store, cache = write_store(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    whole = envoys(cache, "show", PERSON, "--json", "--db", str(store))  # builds the cache
    tables = spy_on_whole_tables(monkeypatch)
    assert main(["show", PERSON, "--json", "--db", str(store)]) == 0
    assert tables == []
    assert envoys(cache, "show", PERSON, "--json", "--db", str(store)).stdout == whole.stdout
    missing = envoys(cache, "show", "person:nobody", "--db", str(store))
    assert missing.returncode == 2 and "person:nobody" in missing.stderr


def test_a_show_after_who_builds_the_referrers_once_and_they_follow_an_edit(tmp_path, monkeypatch):
    # `who` caches the tables alone; the first `show` builds the referrers from them, saved for the
    # next; after an edit (same size and time) `who` caches the new bytes, and the referrers
    # saved for the old ones are never read with them: `show` builds them again.
    store_path, cache = write_store(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    from data.partial import for_show

    def page(record_id: str) -> list[str]:
        return [record.id for record in for_show(store_path, record_id).related(record_id)]

    for edit in (False, True):
        if edit:
            rename(store_path, "Maira Mora", "Maira Mola")
        assert envoys(cache, "who", "LV", "BY", "--on", "2005", "--db", str(store_path)).returncode == 0
        (folder,) = [p for p in cache.iterdir() if p.is_dir()]
        built = (folder / "referrers.msgpack").stat().st_mtime_ns if edit else None
        assert edit or not (folder / "referrers.msgpack").exists(), "who writes no referrers"
        whole = load_store(store_path, use_cache=False)
        tables = spy_on_whole_tables(monkeypatch)
        for record_id in (PERSON, "country:by", "city:minsk"):
            assert page(record_id) == [r.id for r in whole.related(record_id)], record_id
        assert tables and set(tables) <= {"cities", "envoys", "missions", "visits", "treaties", "events"}
        assert (folder / "referrers.msgpack").stat().st_mtime_ns != built
        tables.clear()
        assert page(PERSON) and tables == [], "built once: the next show reads chunks alone"
        monkeypatch.undo()
        monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    shown = envoys(cache, "show", PERSON, "--db", str(store_path))
    assert "Maira Mola" in shown.stdout and "Maira Mora" not in shown.stdout


def test_the_first_show_caches_the_store_with_its_referrers_and_answers_as_a_whole_load(tmp_path):
    store_path, cache = write_store(tmp_path), tmp_path / "cache"
    first = envoys(cache, "show", PERSON, "--json", "--db", str(store_path))
    assert first.returncode == 0 and [p.name for p in cache.rglob("referrers.msgpack")]
    second = envoys(cache, "show", PERSON, "--json", "--db", str(store_path))
    whole = envoys(tmp_path / "other-cache", "show", PERSON, "--json", "--db", str(store_path))
    assert first.stdout == second.stdout == whole.stdout and json.loads(first.stdout)


def test_a_damaged_referrers_file_is_built_again(tmp_path, monkeypatch):
    store_path, cache = write_store(tmp_path), tmp_path / "cache"
    monkeypatch.setenv("BALTIC_ENVOYS_CACHE_DIR", str(cache))
    from data.partial import for_show

    expected = [r.id for r in load_store(store_path, use_cache=False).related(PERSON)]
    assert [r.id for r in for_show(store_path, PERSON).related(PERSON)] == expected
    (referrers,) = cache.rglob("referrers.msgpack")
    data = bytearray(referrers.read_bytes())
    data[-1] ^= 1  # in its MAC (its last field)
    referrers.write_bytes(bytes(data))
    assert [r.id for r in for_show(store_path, PERSON).related(PERSON)] == expected
    assert referrers.read_bytes() != bytes(data), "rebuilt"


def test_the_referrers_and_counts_are_those_of_the_whole_store(store):
    from data.cache import named_counts, referrers_of
    from data.staged import tables_of_store

    tables = tables_of_store(store)
    named_by = referrers_of(tables)
    places = {table: found for table, found in tables.items()}
    order = list(places)
    for target in {target for record in store.records() for _f, target in references(record)} | set(named_by):
        related = {r.id for r in store.related(target)}
        assert {places[order[p >> 24]][p % 2**24].id for p in named_by.get(target, [])} == related, target
    counts = named_counts(tables)
    for cls in {type(record) for record in store.records()}:
        for target in {target for record in store.records() for _f, target in references(record)}:
            assert counts[cls.__name__].get(target, 0) == store.count_related(target, cls), (cls, target)


def test_the_referrers_kept_with_the_cache_are_the_references_but_citations(store):
    from data.cache import NAMES, named_records

    assert {record.kind for record in store.records() if named_records(record)} >= {
        "city", "envoy", "mission", "visit", "treaty", "event"}
    for record in store.records():
        expected = {target for _field, target in references(record) if not target.startswith("source:")}
        assert set(named_records(record)) == expected, record.id
        assert set(NAMES.get(type(record), lambda _r: ())(record)) - {None} == expected, record.id


def _store_in(folder: Path) -> Path:
    folder.mkdir()
    return write_store(folder)


def _cached_folder(cache: Path, store: Path) -> Path:
    before = {p for p in cache.iterdir() if p.is_dir()} if cache.exists() else set()
    assert envoys(cache, "--db", str(store), "who", "LV", "BY", "--on", "2005").returncode == 0
    (folder,) = {p for p in cache.iterdir() if p.is_dir()} - before
    return folder


def test_the_cache_of_a_store_that_is_gone_is_removed_when_another_is_cached(tmp_path):
    cache = tmp_path / "cache"
    first = _store_in(tmp_path / "a")
    first_folder = _cached_folder(cache, first)
    first.unlink()
    second_folder = _cached_folder(cache, _store_in(tmp_path / "b"))
    assert not first_folder.exists()  # about 200 MB at 250k records, otherwise left for ever
    assert second_folder.is_dir() and (cache / "cache.key").is_file()


def test_pruning_touches_only_our_own_folders_and_files(tmp_path):
    from data.cache import ORPHAN_AGE, prune

    cache = tmp_path / "cache"
    kept = _store_in(tmp_path / "kept")
    kept_folder = _cached_folder(cache, kept)
    gone = _store_in(tmp_path / "gone")
    gone_folder = _cached_folder(cache, gone)
    gone.unlink()
    (gone_folder / "notes.txt").write_text("the user's own file")  # not ours: the folder stays
    users = cache / "photos"
    users.mkdir()
    old_unknown = cache / ("0" * 32)  # ours by name, no manifest: removed only once old
    old_unknown.mkdir()
    (old_unknown / "visits.msgpack").write_bytes(b"\x00")
    young_unknown = cache / ("1" * 32)
    young_unknown.mkdir()
    (young_unknown / "people.msgpack").write_bytes(b"\x00")
    long_ago = os.stat(old_unknown).st_mtime - ORPHAN_AGE - 60
    os.utime(old_unknown, (long_ago, long_ago))

    assert prune(cache) == [old_unknown]
    assert kept_folder.is_dir() and gone_folder.is_dir() and users.is_dir() and young_unknown.is_dir()
    (gone_folder / "notes.txt").unlink()
    assert prune(cache) == [gone_folder]
    assert kept_folder.is_dir() and (cache / "cache.key").is_file()
