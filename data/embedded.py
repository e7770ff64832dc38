"""Where the shipped store is: a module of its own, so that a caller that only needs the path (the
app sizing the store before its first frame) does not import the whole data layer for it."""

from __future__ import annotations

from pathlib import Path

EMBEDDED_STORE = Path(__file__).with_name("store.json")
"""The store shipped with the program (read-only; `envoys import` writes a user store instead)."""
