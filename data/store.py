"""The store: a TinyDB file read once, read-only, into model records held in memory.

TinyDB re-reads and re-parses the whole file on every read that misses its cache, so the file
is read exactly once through TinyDB's own storage layer (opened with access_mode="r": a
missing file raises instead of being created, and nothing can be written) and every query,
filter and keystroke is answered from the records in memory.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tinydb.storages import JSONStorage

from data import model as m
from data.errors import StoreError, UnknownRecordError, reason
from data.paths import kind_of, shown
from data.records import FieldError, decode

SCHEMA_VERSION = 1
EMBEDDED_STORE = Path(__file__).with_name("store.json")
META_TABLE = "meta"

R = TypeVar("R", bound=m.Record)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a store: an error, or a note on a source's own typo or contradiction."""

    record: str
    message: str
    severity: m.Severity = "error"

    def __str__(self) -> str:
        return f"{self.severity}: {self.record}: {self.message}"


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


def read_documents(path: Path) -> dict[str, Any]:
    """Read a store file into its tables ({table: {doc_id: document}}); raise StoreError."""
    path = Path(path)
    check_readable(path)
    name = shown(path)
    try:
        storage = JSONStorage(str(path), access_mode="r", encoding="utf-8")
        try:
            data = storage.read()
        finally:
            storage.close()
    except json.JSONDecodeError as error:
        if not error.doc.strip():
            raise StoreError(f"{name}: the store file holds only white space") from None
        raise StoreError(
            f"{name}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except UnicodeDecodeError as error:
        raise StoreError(f"{name}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise StoreError(f"{name}: cannot read the store ({error.strerror or error})") from None
    except (ValueError, RecursionError) as error:
        raise StoreError(f"{name}: not a readable store ({reason(error)})") from None
    if data is None:
        # TinyDB's storage answers None both for a file of white space and for JSON `null`.
        raise StoreError(f"{name}: not a store (the JSON is null, not an object of tables)")
    if not isinstance(data, dict):
        raise StoreError(f"{name}: not a store (the JSON is a {type(data).__name__}, not an object of tables)")
    return data


def schema_version(path: Path, tables: Mapping[str, Any]) -> int:
    name = shown(path)
    meta = tables.get(META_TABLE)
    docs = list(meta.values()) if isinstance(meta, dict) else []
    version = docs[0].get("schema_version") if docs and isinstance(docs[0], dict) else None
    if not isinstance(version, int) or isinstance(version, bool):
        raise StoreError(f"{name}: not a baltic-envoys store (no schema version in table '{META_TABLE}')")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{name}: store schema version {version} is newer than this program understands "
            f"({SCHEMA_VERSION}); update baltic-envoys"
        )
    if version < 1:
        raise StoreError(f"{name}: unknown store schema version {version}")
    return version


def decode_tables(tables: Mapping[str, Any]) -> tuple[list[m.Record], list[Problem]]:
    """Decode every document of every known table; collect one problem per bad record."""
    records: list[m.Record] = []
    problems: list[Problem] = []
    for name, table in tables.items():
        if name in (META_TABLE, "_default"):
            continue
        prefix = m.TABLES.get(name)
        if prefix is None:
            problems.append(Problem(f"table '{name}'", "unknown table"))
            continue
        if not isinstance(table, dict):
            problems.append(Problem(f"table '{name}'", "expected an object of documents"))
            continue
        for doc_id, doc in table.items():
            try:
                records.append(decode(prefix, doc, f"{name}[{doc_id}]"))
            except FieldError as error:
                problems.append(Problem(error.record, error.message))
    return records, problems


def integrity_problems(records: list[m.Record], decode_problems: Iterable[Problem] = ()) -> list[Problem]:
    """Ids that appear twice, and ids named that are not in the store.

    A record that failed to decode (one of `decode_problems`) still exists: references to it
    are not reported as dangling on top of its own problem.
    """
    problems, ids = [], set()
    for record in records:
        if record.id in ids:
            problems.append(Problem(record.id, "appears twice"))
        ids.add(record.id)
    present = ids | {p.record for p in decode_problems}
    return problems + reference_problems(records, present)


def reference_problems(records: Iterable[m.Record], ids: Container[str]) -> list[Problem]:
    """Every id a record names that is not in the store."""
    problems = []
    for record in records:
        for field_name, target in references(record):
            if target not in ids:
                problems.append(Problem(record.id, f"field '{field_name}' names {target}, which is not in the store"))
    return problems


def references(record: m.Record) -> Iterator[tuple[str, str]]:
    """(field, id) for every record id this record refers to."""
    for citation in record.all_citations:
        yield "citations", citation.source
    if isinstance(record, m.City) and record.country:
        yield "country", record.country
    elif isinstance(record, m.Envoy):
        yield from (("person", record.person), ("from", record.sending), ("to", record.receiving))
        if record.city:
            yield "city", record.city
    elif isinstance(record, m.Mission):
        yield from (("from", record.sending), ("to", record.receiving))
        if record.city:
            yield "city", record.city
    elif isinstance(record, m.Visit):
        yield from (("from", record.sending), ("to", record.receiving))
        yield from (("place", x) for x in filter(None, [record.place]))
        yield from (("city", x) for x in filter(None, [record.city]))
        yield from (("people", p.person) for p in record.people)
    elif isinstance(record, m.Treaty):
        yield from (("parties", party) for party in record.parties)
        yield from (("place", x) for x in filter(None, [record.place]))
        yield from (("signatories", p.person) for p in record.signatories)
    elif isinstance(record, m.Event):
        yield from (("parties", party) for party in record.parties)
        yield from (("city", x) for x in filter(None, [record.city]))
        yield from (("envoy", x) for x in filter(None, [record.envoy]))
        yield from (("person", x) for x in filter(None, [record.person]))


class Store:
    """Every record of a store in memory, with the relations precomputed both ways."""

    def __init__(self, records: Iterable[m.Record], path: Path | None = None) -> None:
        self.path = path
        self._by_id: dict[str, m.Record] = {}
        self._by_kind: dict[type, list[m.Record]] = defaultdict(list)
        # target id -> the records naming it, in natural order, per class: built once, so
        # related() and count_related() never sort or scan at query time.
        self._related: dict[str, dict[type, list[m.Record]]] = {}
        for record in records:
            if record.id in self._by_id:
                raise StoreError(f"{shown(path or '')}: record {record.id} appears twice")
            self._by_id[record.id] = record
            self._by_kind[type(record)].append(record)
        for kind in self._by_kind.values():
            kind.sort(key=_sort_key)
        seen: set[tuple[str, str]] = set()
        for kind in self._by_kind.values():  # already in natural order
            for record in kind:
                for _field, target in references(record):
                    if target.startswith("source:") or (target, record.id) in seen:
                        continue
                    seen.add((target, record.id))
                    self._related.setdefault(target, {}).setdefault(type(record), []).append(record)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id

    def get(self, record_id: str) -> m.Record:
        try:
            return self._by_id[record_id]
        except KeyError:
            raise UnknownRecordError(f"no record {record_id!r} in the store") from None

    def find(self, record_id: str) -> m.Record | None:
        return self._by_id.get(record_id)

    def all(self, cls: type[R]) -> list[R]:
        """Every record of one class, in their natural order (by date, then id)."""
        return list(self._by_kind.get(cls, ()))  # type: ignore[arg-type]

    def records(self) -> Iterator[m.Record]:
        return iter(self._by_id.values())

    def related(self, record_id: str, cls: type[R] | None = None) -> list[R]:
        """The records that refer to `record_id` (optionally only of one class), in order."""
        by_class = self._related.get(record_id, {})
        if cls is not None:
            return list(by_class.get(cls, ()))  # type: ignore[arg-type]
        found = [record for records in by_class.values() for record in records]
        return sorted(found, key=_sort_key)  # type: ignore[return-value]

    def count_related(self, record_id: str, cls: type[m.Record]) -> int:
        """How many records of `cls` refer to `record_id`, without building a list."""
        return len(self._related.get(record_id, {}).get(cls, ()))

    def label(self, record_id: str, lang: str = "en") -> str:
        """A short human name for any record id, in `lang` where the record has one."""
        record = self._by_id.get(record_id)
        return label_of(record, lang, self) if record is not None else record_id


def label_of(record: m.Record, lang: str, store: Store) -> str:
    if isinstance(record, m.Named):
        return record.label(lang)
    if isinstance(record, m.Source):
        return record.title
    if isinstance(record, m.Envoy):
        return f"{store.label(record.person, lang)} ({record.start})"
    if isinstance(record, m.Mission):
        city = store.label(record.city, lang) if record.city else store.label(record.receiving, lang)
        return f"{store.label(record.sending, lang)} {record.mission_kind} · {city}"
    if isinstance(record, m.Visit):
        who = ", ".join(store.label(p.person, lang) for p in record.people)
        arrow = "→" if record.direction_stated else "–"
        route = f"{store.label(record.sending, lang)} {arrow} {store.label(record.receiving, lang)}"
        return f"{record.date.compact()} · {who or record.occasion.show(lang) or record.visit_kind} ({route})"
    if isinstance(record, m.Treaty):
        return record.title.show(lang)
    if isinstance(record, m.Event):
        names = " – ".join(store.label(p, lang) for p in record.parties)
        return f"{record.date} {record.event_kind} {names}"
    return record.id


def _sort_key(record: m.Record) -> tuple[Any, ...]:
    date = getattr(record, "date", None) or getattr(record, "start", None) or getattr(record, "signed", None)
    if isinstance(record, m.Treaty):
        date = record.date
    if isinstance(record, m.Mission):
        date = record.opened
    key = date.earliest.toordinal() if date is not None else 0
    return (key, record.id)


def load_store(path: Path | str | None = None) -> Store:
    """Read and check a store file; raise StoreError with one line naming the first problem."""
    path = Path(path) if path is not None else EMBEDDED_STORE
    tables = read_documents(path)
    schema_version(path, tables)
    records, problems = decode_tables(tables)
    if not problems:
        problems = integrity_problems(records)
    if problems:
        more = f" (and {len(problems) - 1} more problems; run 'envoys check')" if len(problems) > 1 else ""
        raise StoreError(f"{shown(path)}: {problems[0].record}: {problems[0].message}{more}")
    return Store(records, path)
