"""Shared fixtures: the real shipped store and the source documents beside the project."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Every process the tests start (and this one) keeps its store cache in a throwaway folder.
os.environ.setdefault("BALTIC_ENVOYS_CACHE_DIR", tempfile.mkdtemp(prefix="envoys-cache-"))

from data.sources import DEFAULT_SEEDS
from data.store import EMBEDDED_STORE, Store, load_store

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def store() -> Store:
    return load_store()


@pytest.fixture(scope="session")
def seeds() -> Path:
    assert DEFAULT_SEEDS.is_dir(), f"the source documents are expected in {DEFAULT_SEEDS}"
    return DEFAULT_SEEDS


@pytest.fixture
def store_bytes() -> bytes:
    return EMBEDDED_STORE.read_bytes()


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own settings folder: the user's real preferences are never touched."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("BALTIC_ENVOYS_CONFIG_DIR", str(folder))
    return folder
