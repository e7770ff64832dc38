"""One validation pipeline for a store's tables: what loading, `envoys check` and the importer share.

Every document of every known table is decoded into a model record (`data.records` checks each
field), then the store is checked as a whole (`data.integrity`: ids twice, ids named that are
not there). Loading stops at the first problem; `check` and the importer list them all.
Loading and `check` first try `data.fastdecode`, which answers (in C, the same records) only
for a sound store: this is the careful path, the one that names every problem.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from data import model as m
from data.integrity import integrity_problems
from data.problems import Problem
from data.records import FieldError, decode
from data.schema import META_TABLE
from data.storefile import collector_paused


def decode_tables(
    tables: Mapping[str, Any], cancelled: Callable[[], bool] | None = None,
) -> tuple[list[m.Record], list[Problem]]:
    """Decode every document of every known table; collect one problem per bad record.

    `cancelled` is asked every few thousand documents; when it answers True, decoding stops
    early (the caller, which asked, knows the result is partial)."""
    records: list[m.Record] = []
    problems: list[Problem] = []
    with collector_paused():  # hundreds of thousands of acyclic records: nothing to collect
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
            for count, (doc_id, doc) in enumerate(table.items()):
                if cancelled is not None and count % 4096 == 0 and cancelled():
                    return records, problems
                try:
                    records.append(decode(prefix, doc, f"{name}[{doc_id}]"))
                except FieldError as error:
                    problems.append(Problem(error.record, error.message))
    return records, problems


def validate(
    tables: Mapping[str, Any], cancelled: Callable[[], bool] | None = None,
) -> tuple[list[m.Record], list[Problem]]:
    """The records of a store's tables and every structural problem: fields, duplicate and dangling ids."""
    records, problems = decode_tables(tables, cancelled)
    return records, problems + integrity_problems(records, problems)
