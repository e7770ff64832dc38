"""Small stores for tests: the shipped store's tables, changed one way, written to a file."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from data.store import EMBEDDED_STORE

Tables = dict[str, Any]


def shipped_tables() -> Tables:
    return json.loads(EMBEDDED_STORE.read_text(encoding="utf-8"))


def find(tables: Tables, record_id: str) -> dict[str, Any]:
    for name, table in tables.items():
        if name == "meta":
            continue
        for doc in table.values():
            if doc.get("id") == record_id:
                return doc
    raise KeyError(record_id)


def write_store(folder: Path, change: Callable[[Tables], Any] | None = None, name: str = "store.json") -> Path:
    tables = copy.deepcopy(shipped_tables())
    if change is not None:
        change(tables)
    path = folder / name
    path.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    return path
