"""Reading a store file: TinyDB's storage interface, read-only, strict about what it accepts.

TinyDB lets a project choose its storage class; ours reads the file once and never writes it.
The JSON is parsed by the standard library's C scanner with a hook that refuses a key given twice
in one object (every other parser, orjson and msgspec included, keeps the last value silently, so
a duplicated document id would drop a record without a word; `data.fastdecode`, which parses
with msgspec, counts colons to see one and then leaves the store to this parser). The cyclic
garbage collector is paused while the millions of small objects of a large store are made: none
of them can form a cycle, and its passes would otherwise take about half of the parse (measured
on 250k records).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from data.errors import StoreError, reason
from data.paths import kind_of, shown


class DuplicateKeyError(ValueError):
    """A JSON object names the same key twice."""

    def __init__(self, key: str, record: object) -> None:
        where = f" (record {record})" if isinstance(record, str) else ""
        super().__init__(f"the key {key!r} appears twice in one object{where}")


def check_readable(path: Path) -> None:
    """Cheap checks before any parsing: the path is a non-empty regular file we may read."""
    name = shown(path)
    try:
        kind = kind_of(path)
        size = os.stat(path).st_size if kind == "file" else 0
    except OSError as error:
        raise StoreError(f"{name}: cannot read the store ({error.strerror or error})") from None
    if kind == "missing":
        raise StoreError(f"{name}: no such store file")
    if kind == "folder":
        raise StoreError(f"{name}: is a folder, not a store file")
    if kind == "other":
        raise StoreError(f"{name}: not a regular file (a device or a pipe), not a store")
    if size == 0:
        # TinyDB reads an empty file as an empty database: to a user that is a damaged store.
        raise StoreError(f"{name}: the store file is empty")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic objects."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise DuplicateKeyError(key, document.get("id"))
            seen.add(key)
    return document


class StoreStorage(Storage):
    """A TinyDB storage over a store file, opened read-only: `read()` parses, `write()` refuses.

    `read_bytes()` gives the file's bytes alone, for callers (the cache) that need them before,
    or instead of, parsing; `read()` parses those same bytes when they were read already.
    """

    def __init__(self, path: Path | str, **_options: Any) -> None:
        self.path = Path(path)
        self.raw: bytes | None = None
        self.stat: os.stat_result | None = None  # of the file the bytes came from

    def read_bytes(self) -> bytes:
        check_readable(self.path)
        try:
            with open(self.path, "rb") as file:
                self.stat = os.fstat(file.fileno())
                self.raw = file.read()
        except OSError as error:
            raise StoreError(f"{shown(self.path)}: cannot read the store ({error.strerror or error})") from None
        return self.raw

    def fingerprint(self) -> tuple[os.stat_result, str]:
        """The file's status and the BLAKE2b digest of its bytes, read in chunks and not kept."""
        check_readable(self.path)
        try:
            with open(self.path, "rb") as file:
                stat = os.fstat(file.fileno())
                return stat, hashlib.file_digest(file, "blake2b").hexdigest()
        except OSError as error:
            raise StoreError(f"{shown(self.path)}: cannot read the store ({error.strerror or error})") from None

    def read(self) -> dict[str, Any]:
        raw = self.raw if self.raw is not None else self.read_bytes()
        return parse_store(raw, self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        raise StoreError(f"{shown(self.path)}: the store is opened read-only")


def parse_store(raw: bytes, path: Path) -> dict[str, Any]:
    """A store file's bytes as its tables ({table: {doc_id: document}}); StoreError naming the fault."""
    name = shown(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise StoreError(f"{name}: not UTF-8 text (byte {error.start})") from None
    if not text.strip():
        raise StoreError(f"{name}: the store file holds only white space")
    try:
        with collector_paused():
            data = json.loads(text, object_pairs_hook=_unique)
    except json.JSONDecodeError as error:
        raise StoreError(
            f"{name}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except DuplicateKeyError as error:
        raise StoreError(f"{name}: {error}") from None
    except (ValueError, RecursionError) as error:
        raise StoreError(f"{name}: not a readable store ({reason(error)})") from None
    if data is None:
        raise StoreError(f"{name}: not a store (the JSON is null, not an object of tables)")
    if not isinstance(data, dict):
        raise StoreError(f"{name}: not a store (the JSON is a {type(data).__name__}, not an object of tables)")
    return data


def read_documents(path: Path) -> dict[str, Any]:
    """Read a store file into its tables ({table: {doc_id: document}}); raise StoreError."""
    return StoreStorage(path).read()
