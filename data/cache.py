"""A derived cache of a store's decoded records: safe to delete, never trusted when it may be stale.

Decoding and checking a store of 250,000 records takes seconds; reading them back from this
cache takes a fraction of one. The cache lives in the user's cache folder (platformdirs;
`BALTIC_ENVOYS_CACHE_DIR` overrides), never next to the store: one folder per store path, one
msgpack file per table (so `envoys who` reads envoys, people and countries only), written
atomically; each table in chunks of 128 records with its ids sorted beside them, so that
`search` and `show` read a few records by id (`load_records`) without decoding whole tables;
and, written apart by whoever needs it first (`show`, the app's caching child), a table of
which records name each record (`load_related`), which a first `who` or `list` does not pay
for. It is used only when everything matches: the store's resolved path, size, modification
time and BLAKE2b hash of the bytes just read (or being hashed: `hashed_meanwhile`), and a
format version derived from the model's classes and fields (a new field or kind invalidates
every cache). Anything else, a corrupt or unreadable file included, is a miss: the store is
decoded and checked as if there were no cache, and the cache rebuilt. It holds data only
(msgpack, decoded by msgspec into the model's own frozen dataclasses with their own checks):
never pickle, since a cache file may be hostile. If the cache folder cannot be written, the
program simply runs without one.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import hashlib
import hmac
import mmap
import os
import re
import stat
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

import msgspec

from data import dates
from data import model as m
from data.atomic import write_atomic
from data.columns import Ragged, Strings, ints, pack_ints, pack_ragged, pack_strings
from data.schema import SCHEMA_VERSION

CACHE_ENV = "BALTIC_ENVOYS_CACHE_DIR"
KEY_FILE = "cache.key"
BUILDER_LOCK = "builder.lock"
"""Held (flock) by a process writing a store's cache after its answer (`search.detached`): a
reader that finds no cache for the store waits for it rather than building the same again."""
BUILDER_WAIT = 60.0  # seconds a reader waits at most for a builder (then reads the store itself)

FORMAT = 3  # raise when the cache's layout changes in a way the model's fields do not show
TABLE_CLASSES: dict[str, type[m.Record]] = {table: cls for table, cls in m.KINDS.values()}
_PLACE = 2**24  # a place is table number * _PLACE + the record's place in its table
CHUNK = 128  # records per chunk: reading one visit checks and decodes about 100 KB, not the table's 90 MB
_NO_CHUNKS = b"\xa6chunks\xc4\x00"  # how a `TableFile` with no chunks ends: its last field, empty bytes
_FAILURES = (OSError, msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, KeyError, IndexError,
             BufferError)


def cache_root() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("baltic-envoys", appauthor=False))


def format_version() -> str:
    """A digest of everything the cached bytes depend on: this module's format, the store schema,
    msgspec, and every dataclass of the model and of the dates (names, fields and their types)."""
    parts = [str(FORMAT), str(SCHEMA_VERSION), msgspec.__version__]
    for module in (m, dates):
        for name, value in sorted(vars(module).items()):
            if isinstance(value, type) and dataclasses.is_dataclass(value):
                parts.append(f"{module.__name__}.{name}:" + ",".join(f"{f.name}={f.type}" for f in
                                                                      dataclasses.fields(value)))
    parts += [f"{prefix}={table}/{cls.__name__}" for prefix, (table, cls) in sorted(m.KINDS.items())]
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


class Manifest(msgspec.Struct, frozen=True):
    """What the cache was built from; a table file also carries the digest, so a table written
    for other bytes (two programs caching at once) can never be paired with this manifest."""

    format: str
    path: str
    size: int
    mtime_ns: int
    digest: str
    tables: dict[str, int]


class TableFile(msgspec.Struct, frozen=True):
    """One table: its records in chunks of `CHUNK`, each MAC'd alone, and their ids in order, so
    that a few records (a search's hits and the names their labels are made of) are read and
    checked without the rest of the table. Every part is msgpack bytes inside the file, read as
    a view of it (`memoryview`, no copy)."""

    format: str
    digest: str
    count: int
    ids: memoryview  # the records' ids, sorted, in UTF-8 end to end (`data.columns.Strings`)...
    id_offsets: memoryview  # ... their offsets (uint32)...
    id_places: memoryview  # ... and each one's place in store order (uint32)
    ids_mac: bytes
    macs: list[bytes]  # of each chunk: see `_mac`
    chunk_offsets: memoryview  # uint32: where each chunk starts in `chunks` (and where the last ends)
    chunks: memoryview  # msgpack lists of up to CHUNK records, end to end: last, so that reading the
    # file's head never touches them (a mapped file reads ahead of each page it touches)


class Referrers(msgspec.Struct, frozen=True):
    """Which records name each record (citations aside, as `Store.related` counts them): the
    named ids sorted (`data.columns.Strings`), and for each the places of the records naming it
    (a table's number in `TABLE_CLASSES` times 2**24, plus the record's place in that table), so
    that `show` reads a person's few visits rather than the visits table."""

    format: str
    digest: str
    targets: memoryview
    target_offsets: memoryview
    places: memoryview  # uint32, the lists end to end...
    place_offsets: memoryview  # ... and where each starts
    mac: bytes


class Blob(msgspec.Struct, frozen=True):
    """Other derived data kept with a store's records (the search index): `version` is the
    writer's own, for code this module cannot see."""

    format: str
    digest: str
    version: str
    data: msgspec.Raw
    mac: bytes


def cache_key(root: Path) -> bytes | None:
    """This user's secret for the cache's MACs: 32 random bytes in `root/cache.key`, readable by
    the user alone. A key file that is missing, damaged, or not a regular file of ours that no one
    else may read or write is replaced by a new one (every cache made with the old key is then a
    miss); None (no cache this run) when no key can be had."""
    path = root / KEY_FILE
    for _attempt in range(2):
        key = _read_key(path)
        if key is not None:
            return key
        with contextlib.suppress(OSError):
            root.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{KEY_FILE}.", dir=root)  # mode 0600
            try:
                os.write(fd, os.urandom(32))
                os.fsync(fd)
                os.close(fd)
                os.replace(name, path)
            except OSError:
                with contextlib.suppress(OSError):
                    os.close(fd)
                with contextlib.suppress(OSError):
                    os.unlink(name)
    return None


def _read_key(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        try:
            status = os.fstat(fd)
            key = os.read(fd, 33)
        finally:
            os.close(fd)
    except OSError:
        return None
    owner = os.getuid() if hasattr(os, "getuid") else status.st_uid
    if not stat.S_ISREG(status.st_mode) or status.st_uid != owner or status.st_mode & 0o077 or len(key) != 32:
        return None
    return key


def _mac(key: bytes, *parts: bytes | memoryview) -> bytes:
    """A keyed BLAKE2b of `parts`: what the cache wrote, and no one without this user's key."""
    mac = hashlib.blake2b(key=key, digest_size=32)
    for part in parts:
        mac.update(len(part).to_bytes(8, "little"))
        mac.update(part)
    return mac.digest()


_FOLDER_NAME = re.compile(r"[0-9a-f]{32}")
_OUR_FILE = re.compile(r"[a-z-]+\.(?:msgpack|blob|lock)|\.[a-z-]+\.(?:msgpack|blob)\.\w+\.tmp")
ORPHAN_AGE = 30 * 24 * 3600  # seconds: a folder whose store cannot be named is kept this long


def prune(root: Path, keep: Path | None = None) -> list[Path]:
    """Remove the cache folders of stores that are gone (their manifest names a path that no
    longer exists), and folders without a readable manifest untouched for `ORPHAN_AGE`: a
    250k-record store's cache is about 200 MB, and a store deleted or moved would otherwise
    leave it for ever. Only folders this module makes are touched (a 32-hex-digit name holding
    nothing but our files), so a cache root pointed at a folder of the user's loses nothing
    else; a store on a drive not mounted loses its cache, which is rebuilt when it is back.
    Returns the folders removed. Never raises."""
    removed: list[Path] = []
    try:
        folders = [entry for entry in os.scandir(root) if _FOLDER_NAME.fullmatch(entry.name)]
    except OSError:
        return removed
    now = time.time()
    for entry in folders:
        folder = Path(entry.path)
        if folder == keep or not entry.is_dir(follow_symlinks=False):
            continue
        try:
            files = list(os.scandir(folder))
            if not all(_OUR_FILE.fullmatch(f.name) and f.is_file(follow_symlinks=False) for f in files):
                continue
            try:
                named = msgspec.msgpack.decode((folder / "manifest.msgpack").read_bytes(), type=Manifest).path
                gone = not os.path.lexists(named)
            except (OSError, msgspec.DecodeError, msgspec.ValidationError):
                gone = now - entry.stat(follow_symlinks=False).st_mtime > ORPHAN_AGE
            if not gone:
                continue
            for file in files:
                os.unlink(file.path)
            os.rmdir(folder)
            removed.append(folder)
        except OSError:
            continue  # in use, or not ours to remove: left as it is
    return removed


class StoreCache:
    """The cache of one store file, as it is now (`stat` its os.stat_result, `digest` the BLAKE2b
    hex digest of its bytes)."""

    def __init__(self, path: Path, stat: os.stat_result, digest: str, root: Path | None = None) -> None:
        self.stat = stat
        self.resolved = str(Path(path).resolve())
        self.folder = (root or cache_root()) / hashlib.blake2b(self.resolved.encode("utf-8", "surrogateescape"),
                                                               digest_size=16).hexdigest()
        self.format = format_version()
        self.key = cache_key(root or cache_root())
        self.expected = Manifest(self.format, self.resolved, stat.st_size, stat.st_mtime_ns,
                                 digest, {})

    def manifest_for_file(self) -> Manifest | None:
        """The manifest, when there is one for this path, size and modification time (and format); its
        digest is not checked here. Without one the cache cannot answer whatever the bytes' digest, so
        nobody need hash the whole file (0.23 s of CPU at 195 MB) to find that out."""
        try:
            manifest = msgspec.msgpack.decode((self.folder / "manifest.msgpack").read_bytes(), type=Manifest)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError):
            return None
        expected = self.expected
        if (manifest.format, manifest.path, manifest.size, manifest.mtime_ns) != (
                expected.format, expected.path, expected.size, expected.mtime_ns):
            return None
        return manifest

    def _manifest(self) -> Manifest | None:
        """The manifest, when it describes the store as it is now (path, size, time, digest, format)
        and this user has a key to check the files it lists by; may raise what reading it raises."""
        if self.key is None:
            return None
        manifest = msgspec.msgpack.decode((self.folder / "manifest.msgpack").read_bytes(), type=Manifest)
        expected = self.expected
        if (manifest.format, manifest.path, manifest.size, manifest.mtime_ns, manifest.digest) != (
                expected.format, expected.path, expected.size, expected.mtime_ns, expected.digest):
            return None
        return manifest

    def _table(self, table: str, count: int, *, few: bool = False) -> TableFile | None:
        """A table's file, mapped rather than read (its chunks are read as they are checked), when
        it was written for these bytes with this user's key; its chunks are checked by the caller.
        `few`: only a few chunks will be read, so the system is told not to read ahead."""
        with open(self.folder / f"{table}.msgpack", "rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        if few and hasattr(mmap, "MADV_RANDOM"):
            mapped.madvise(mmap.MADV_RANDOM)
        found = msgspec.msgpack.decode(mapped, type=TableFile)
        if (found.format, found.digest, found.count) != (self.format, self.expected.digest, count):
            return None
        offsets = ints(found.chunk_offsets)
        if len(offsets) != len(found.macs) + 1 or len(found.macs) != -(-count // CHUNK) or offsets[0] != 0 \
                or offsets[-1] != len(found.chunks):
            return None
        if not hmac.compare_digest(found.ids_mac, self._part_mac(table, -1, count, found.ids, found.id_offsets,
                                                                 found.id_places)):
            return None
        return found

    def _chunk(self, table: str, file: TableFile, number: int) -> memoryview | None:
        offsets = ints(file.chunk_offsets)
        chunk = file.chunks[offsets[number]:offsets[number + 1]]
        if not hmac.compare_digest(file.macs[number], self._part_mac(table, number, file.count, chunk)):
            return None
        return chunk

    def load(self, tables: Iterable[str], cancelled: Callable[[], bool] = lambda: False) -> list[m.Record] | None:
        """The records of `tables` in store order, or None when the cache is missing, stale or damaged."""
        try:
            manifest = self._manifest()
            if manifest is None:
                return None
            records: list[m.Record] = []
            for table in tables:
                if cancelled():
                    return None
                if table not in manifest.tables:
                    return None
                if manifest.tables[table] == 0:
                    continue
                file = self._table(table, manifest.tables[table])
                if file is None:
                    return None
                kind = list[TABLE_CLASSES[table]]  # type: ignore[valid-type]
                found: list[m.Record] = []
                for number in range(len(file.macs)):
                    chunk = self._chunk(table, file, number)
                    if chunk is None:
                        return None
                    found += msgspec.msgpack.decode(chunk, type=kind)
                if len(found) != file.count:
                    return None
                records += found
            return records
        except _FAILURES:
            return None  # a corrupt or unreadable cache is ignored, and rebuilt by the caller

    def load_records(self, ids: Iterable[str]) -> dict[str, m.Record] | None:
        """The records of these ids that the store holds (id -> record), read from their tables'
        chunks alone; None when the cache is missing, stale or damaged (as `load`)."""
        try:
            manifest = self._manifest()
            if manifest is None:
                return None
            wanted: dict[str, list[str]] = {}
            for record_id in dict.fromkeys(ids):
                kind = m.KINDS.get(record_id.partition(":")[0])
                if kind is not None:
                    wanted.setdefault(kind[0], []).append(record_id)
            found: dict[str, m.Record] = {}
            for table, table_ids in wanted.items():
                file = self._table(table, manifest.tables[table], few=True) if manifest.tables.get(table) else None
                if file is None:
                    if manifest.tables.get(table) == 0:
                        continue
                    return None
                sorted_ids, order = Strings(file.ids, ints(file.id_offsets)), ints(file.id_places)
                if not len(sorted_ids) == len(order) == file.count:
                    return None
                places: dict[int, str | None] = {}
                for record_id in table_ids:
                    at = bisect.bisect_left(sorted_ids, record_id)
                    if at < file.count and sorted_ids[at] == record_id:
                        places[order[at]] = record_id
                read = self._read_places(table, file, places)
                if read is None:
                    return None
                found.update((record.id, record) for record in read)
            return found
        except _FAILURES:
            return None

    def _read_places(self, table: str, file: TableFile, places: dict[int, str | None]) -> list[m.Record] | None:
        """The records at these places of a table (each checked to carry its expected id, when
        one is given), in the order of the places; None when a chunk fails its MAC."""
        by_chunk: dict[int, list[int]] = {}
        for place in sorted(places):
            if not 0 <= place < file.count:
                return None
            by_chunk.setdefault(place // CHUNK, []).append(place % CHUNK)
        found: list[m.Record] = []
        for number, positions in by_chunk.items():
            chunk = self._chunk(table, file, number)
            if chunk is None:
                return None
            raw = msgspec.msgpack.decode(chunk, type=list[msgspec.Raw])
            for position in positions:
                record = msgspec.msgpack.decode(raw[position], type=TABLE_CLASSES[table])
                expected = places[number * CHUNK + position]
                if expected is not None and record.id != expected:
                    return None  # the ids and the chunks disagree: not what this code wrote
                found.append(record)
        return found

    def load_related(self, record_id: str) -> list[m.Record] | None:
        """The records naming `record_id` (citations aside), read from the chunks that hold them
        alone; None when the cache is missing, stale or damaged."""
        try:
            manifest = self._manifest()
            if manifest is None:
                return None
            data = msgspec.msgpack.decode((self.folder / "referrers.msgpack").read_bytes(), type=Referrers)
            if (data.format, data.digest) != (self.format, self.expected.digest) or not hmac.compare_digest(
                    data.mac, self._part_mac("referrers", -1, len(manifest.tables), data.targets, data.target_offsets,
                                             data.places, data.place_offsets)):
                return None
            targets = Strings(data.targets, ints(data.target_offsets))
            lists = Ragged(ints(data.places), ints(data.place_offsets))
            if len(targets) != len(lists):
                return None
            at = bisect.bisect_left(targets, record_id)
            if at == len(targets) or targets[at] != record_id:
                return []
            by_table: dict[int, dict[int, str | None]] = {}
            for place in lists[at]:
                by_table.setdefault(place // _PLACE, {})[place % _PLACE] = None
            tables = list(TABLE_CLASSES)
            found: list[m.Record] = []
            for number, places in by_table.items():
                table = tables[number]
                file = self._table(table, manifest.tables[table], few=True)
                read = self._read_places(table, file, places) if file is not None else None
                if read is None:
                    return None
                found += read
            return found
        except _FAILURES:
            return None

    def save(self, records: Iterable[m.Record]) -> None:
        """Write the cache of these (already checked) records' tables; any failure leaves no usable
        cache. The referrers are not written here (`save_referrers`): `who` and `list` never read
        them, and building them is most of a second at 250,000 records."""
        by_table = tables_of(records)
        if self.key is None or not self.expected.digest:  # no digest: its store's bytes not hashed yet
            return
        with contextlib.suppress(OSError, ValueError, TypeError, msgspec.EncodeError):
            self.folder.mkdir(parents=True, exist_ok=True)
            encode = msgspec.msgpack.Encoder().encode
            for table, found in by_table.items():
                if found:
                    write_atomic(self.folder / f"{table}.msgpack", self._table_file(table, found, encode))
            manifest = msgspec.structs.replace(self.expected, tables={t: len(v) for t, v in by_table.items()})
            # The manifest last: until it is written, a reader finds the old one and its old digest.
            write_atomic(self.folder / "manifest.msgpack", msgspec.msgpack.encode(manifest))
        prune(self.folder.parent, keep=self.folder)

    def _table_file(self, table: str, found: list[m.Record], encode: Callable[[object], bytes]) -> bytes:
        """A table's file (a `TableFile`), made in one piece: its head is encoded with no chunks,
        and the chunks (most of the file) follow it, joined once, with the length the head's
        last field then needs (msgpack bin 32), rather than joined and then copied again."""
        count = len(found)
        ids = [record.id for record in found]
        by_id = sorted(range(count), key=ids.__getitem__)
        sorted_ids, offsets = pack_strings([ids[place] for place in by_id])
        places = pack_ints(by_id)
        chunks = [encode(found[start:start + CHUNK]) for start in range(0, count, CHUNK)]
        macs = [self._part_mac(table, number, count, chunk) for number, chunk in enumerate(chunks)]
        head = msgspec.msgpack.encode(TableFile(
            self.format, self.expected.digest, count, sorted_ids, offsets, places,  # type: ignore[arg-type]
            self._part_mac(table, -1, count, sorted_ids, offsets, places), macs,
            pack_ints(accumulate(map(len, chunks), initial=0)), b""))  # type: ignore[arg-type]
        if not head.endswith(_NO_CHUNKS):
            raise ValueError("a table file's head not as expected")  # no cache rather than a wrong one
        size = sum(map(len, chunks))
        if size >= 2**32:
            raise ValueError("a table too large for one file")
        return b"".join([head[:-2], b"\xc6", size.to_bytes(4, "big"), *chunks])

    def save_referrers(self, named_by: dict[str, list[int]]) -> None:
        """Write which records name each record (`Referrers`: `referrers_of` the tables as the
        cache holds them); nothing when the cache cannot be written. Kept apart from the
        tables, and written only when asked: `show` alone reads it."""
        if self.key is None or not self.expected.digest:  # (as `save`)
            return
        with contextlib.suppress(OSError, ValueError, TypeError, msgspec.EncodeError):
            targets = sorted(named_by)
            data, offsets = pack_strings(targets)
            places, place_offsets = pack_ragged([named_by[target] for target in targets])
            mac = self._part_mac("referrers", -1, len(TABLE_CLASSES), data, offsets, places, place_offsets)
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / "referrers.msgpack", msgspec.msgpack.encode(
                Referrers(self.format, self.expected.digest, data, offsets, places, place_offsets, mac)))  # type: ignore[arg-type]

    def build_referrers(self) -> bool:
        """Build and save the referrers from the cached tables themselves (the first `show` on a
        cache that has none: `who`, `list` and the app's first runs do not build them). False
        when the tables cannot be read (missing, stale, damaged)."""
        tables: dict[str, list[m.Record]] = {}
        for table in REFERRING_TABLES:
            records = self.load([table])
            if records is None:
                return False
            tables[table] = records
        self.save_referrers(referrers_of(tables))
        return True

    def hold_builder(self) -> int | None:
        """This store's builder lock (`BUILDER_LOCK`), taken: its file descriptor, which holds the
        lock until every copy of it is closed (a forked child inherits it; the lock goes with the
        last process holding it, however that process ends). None when another process holds it,
        or no lock can be made here (no `fcntl`, a folder that cannot be written)."""
        try:
            import fcntl

            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.folder / BUILDER_LOCK, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        except (ImportError, OSError):
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return None
        return fd

    def wait_for_builder(self, timeout: float = BUILDER_WAIT) -> bool:
        """Wait while another process holds this store's builder lock (at most `timeout` seconds);
        True when one did. Costs one failed `open` when no builder ever ran for the store."""
        try:
            import fcntl

            fd = os.open(self.folder / BUILDER_LOCK, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except (ImportError, OSError):
            return False
        waited = False
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                    return waited
                except BlockingIOError:
                    waited = True
                    if time.monotonic() >= deadline:
                        return waited
                    time.sleep(0.02)
                except OSError:
                    return waited
        finally:
            os.close(fd)

    def _part_mac(self, table: str, number: int, count: int, *data: bytes | memoryview) -> bytes:
        """The MAC of one part of a table's file: chunk `number` of `count` records (-1: the ids)."""
        assert self.key is not None
        return _mac(self.key, b"table", self.format.encode(), self.expected.digest.encode(), table.encode(),
                    str(number).encode(), str(count).encode(), *map(memoryview, data))

    def _blob_mac(self, name: str, version: str, data: msgspec.Raw | bytes) -> bytes:
        assert self.key is not None
        return _mac(self.key, b"blob", self.format.encode(), self.expected.digest.encode(), name.encode(),
                    version.encode(), memoryview(data))

    def load_blob(self, name: str, version: str) -> msgspec.Raw | None:
        """Derived data saved with `save_blob` for these very bytes and `version`, or None."""
        if self.key is None or not self.expected.digest:  # bytes not hashed yet: nothing is theirs
            return None
        try:
            blob = msgspec.msgpack.decode((self.folder / f"{name}.blob").read_bytes(), type=Blob)
        except (OSError, msgspec.DecodeError, msgspec.ValidationError, ValueError):
            return None
        if (blob.format, blob.digest, blob.version) != (self.format, self.expected.digest, version):
            return None
        if not hmac.compare_digest(blob.mac, self._blob_mac(name, version, blob.data)):
            return None
        return blob.data  # a view of the file's bytes, not a copy: the index blob is large

    def save_blob(self, name: str, version: str, data: bytes) -> None:
        if self.key is None or not self.expected.digest:  # (as `save`)
            return
        with contextlib.suppress(OSError, ValueError):
            self.folder.mkdir(parents=True, exist_ok=True)
            blob = Blob(self.format, self.expected.digest, version, msgspec.Raw(data),
                        self._blob_mac(name, version, data))
            write_atomic(self.folder / f"{name}.blob", msgspec.msgpack.encode(blob))


def tables_of(records: Iterable[m.Record]) -> dict[str, list[m.Record]]:
    """The records by table (every table, in `TABLE_CLASSES` order), each in the order given."""
    by_table: dict[str, list[m.Record]] = {table: [] for table in TABLE_CLASSES}
    by_class = {cls: by_table[table] for table, cls in TABLE_CLASSES.items()}
    for record in records:
        by_class[type(record)].append(record)
    return by_table


NAMES: dict[type[m.Record], Callable[[Any], Iterable[str | None]]] = {
    m.City: lambda r: (r.country,),
    m.Envoy: lambda r: {r.person, r.sending, r.receiving, r.city},
    m.Mission: lambda r: {r.sending, r.receiving, r.city},
    m.Visit: lambda r: {r.sending, r.receiving, r.place, r.city, *[p.person for p in r.people]},
    m.Treaty: lambda r: {*r.parties, r.place, *[p.person for p in r.signatories]},
    m.Event: lambda r: {*r.parties, r.city, r.envoy, r.person},
}
"""What a record of each class names, citations aside, each id once (None, for a field left
empty, may be among them): one call a record, for the 250,000 of a large store. A class not
here names nothing but its sources (`named_records` says the same, record by record)."""
REFERRING_TABLES = tuple(table for table, cls in TABLE_CLASSES.items() if cls in NAMES)
"""The tables whose records can name another record (citations aside)."""


def referrers_of(tables: dict[str, list[m.Record]]) -> dict[str, list[int]]:
    """Which records name each record id, citations aside (what `Store.related` lists): id ->
    the places of the records naming it, in order (a table's number in `TABLE_CLASSES` times
    2**24 plus the record's place in `tables[table]`). `tables` must hold every table of
    `REFERRING_TABLES`; others are not needed."""
    numbers = {table: number for number, table in enumerate(TABLE_CLASSES)}
    named_by: defaultdict[str | None, list[int]] = defaultdict(list)
    for table in REFERRING_TABLES:
        found = tables[table]
        if len(found) >= _PLACE:
            raise ValueError("a table too large to place")
        for place, targets in enumerate(map(NAMES[TABLE_CLASSES[table]], found), start=numbers[table] * _PLACE):
            for target in targets:
                named_by[target].append(place)
    named_by.pop(None, None)
    named_by.pop("", None)
    return {target: places for target, places in named_by.items()  # type: ignore[misc]
            if not target.startswith("source:")}  # type: ignore[union-attr]


def named_counts(tables: dict[str, list[m.Record]]) -> dict[str, dict[str, int]]:
    """How many records of each class name each record id, citations aside (class name -> id ->
    count, every class of `TABLE_CLASSES`): what `Store.related_counts` counts, by `Counter` in
    C rather than a walk in Python. `tables` must hold every table of `REFERRING_TABLES`."""
    counts: dict[str, dict[str, int]] = {cls.__name__: {} for cls in TABLE_CLASSES.values()}
    for table in REFERRING_TABLES:
        cls = TABLE_CLASSES[table]
        found = Counter(chain.from_iterable(map(NAMES[cls], tables[table])))
        found.pop(None, None)
        found.pop("", None)
        counts[cls.__name__] = {target: number for target, number in found.items()  # type: ignore[misc]
                                if not target.startswith("source:")}  # type: ignore[union-attr]
    return counts


def named_records(record: m.Record) -> list[str]:
    """The ids of the records `record` names, citations aside: what `data.integrity.references`
    yields but its sources, read straight from the fields (a quarter of its cost, which the
    cache's first save pays for every record; `test_cache.py` holds the two equal)."""
    if isinstance(record, m.City):
        found = [record.country]
    elif isinstance(record, m.Envoy):
        found = [record.person, record.sending, record.receiving, record.city]
    elif isinstance(record, m.Mission):
        found = [record.sending, record.receiving, record.city]
    elif isinstance(record, m.Visit):
        found = [record.sending, record.receiving, record.place, record.city, *(p.person for p in record.people)]
    elif isinstance(record, m.Treaty):
        found = [*record.parties, record.place, *(p.person for p in record.signatories)]
    elif isinstance(record, m.Event):
        found = [*record.parties, record.city, record.envoy, record.person]
    else:
        return []
    return [target for target in found if target and not target.startswith("source:")]


class _Background:
    """One call run in a thread of its own, its result (or its exception) taken by `result()`."""

    def __init__(self, work: Callable[[], object]) -> None:
        self._result: object = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True, name="store-hash")
        self._thread.start()

    def _run(self, work: Callable[[], object]) -> None:
        try:
            self._result = work()
        except BaseException as error:  # handed to the caller of `result`
            self._error = error

    def result(self) -> object:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def hashed_meanwhile(path: Path, root: Path | None = None) -> tuple[StoreCache, Callable[[], bool]] | None:
    """The cache of the store file at `path` on its manifest's word, while the file is hashed
    in a background thread; `confirm()` waits for the hash and says whether the file is the one
    the cache was built from (path, size, time and content digest, as `StoreCache` demands).

    Hashing 200 MB takes a quarter of a second, and hashlib lets other threads run meanwhile: a
    reader can check its cache files (MAC'd for the manifest's digest) and find its answer
    during it. Nothing read through this cache may be shown before `confirm()` says True; on
    False the caller reads the store as if there were no cache. None when no manifest matches
    the file's path, size and time (or there is no cache key): a miss, nothing started."""
    from data.errors import StoreError
    from data.storefile import StoreStorage

    try:
        status = os.stat(path)
    except OSError:
        return None
    cache = StoreCache(path, status, "", root)
    if cache.key is None:
        return None
    if cache.wait_for_builder():  # a first run's child was writing this cache: see what it wrote
        try:
            status = os.stat(path)
        except OSError:
            return None
        cache = StoreCache(path, status, "", root)
    manifest = cache.manifest_for_file()
    if manifest is None:
        return None
    cache.expected = msgspec.structs.replace(cache.expected, digest=manifest.digest)
    hashing = _Background(StoreStorage(path).fingerprint)

    def confirm() -> bool:
        try:
            hashed, digest = hashing.result()  # type: ignore[misc]
        except StoreError:
            return False
        same_file = (hashed.st_dev, hashed.st_ino, hashed.st_size, hashed.st_mtime_ns) == (
            status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)
        return same_file and hmac.compare_digest(digest, manifest.digest)

    return cache, confirm
