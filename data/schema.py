"""The store's schema version: which stores this program understands."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from data.errors import StoreError
from data.paths import shown

SCHEMA_VERSION = 1
META_TABLE = "meta"


def schema_version(path: Path, tables: Mapping[str, Any]) -> int:
    """The store's schema version; StoreError when it has none, or one this program cannot read."""
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
