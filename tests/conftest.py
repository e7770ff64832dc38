"""Shared fixtures: the real shipped store and the source documents beside the project.

The source documents (`../shared/seeds`) are not part of the repository: a user's fresh clone has
no `../shared`. Tests that read them take the `seeds` fixture, which skips them there with a clear
reason. CI has the documents, and `.ci/run` exports BALTIC_ENVOYS_REQUIRE_SEEDS=1 (CI=true does
the same): there a missing folder fails those tests instead of skipping them, so a broken CI
layout cannot pass by skipping.
"""

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


SEEDS_ENV = "BALTIC_ENVOYS_SEEDS_DIR"
"""Where the tests look for the source documents (default: ../shared/seeds beside the repository)."""
REQUIRE_SEEDS_ENV = "BALTIC_ENVOYS_REQUIRE_SEEDS"
SEEDS_SKIP_REASON = "needs ../shared/seeds (the source documents); CI has them"


def seeds_folder() -> Path:
    return Path(os.environ.get(SEEDS_ENV) or DEFAULT_SEEDS)


def seeds_required() -> bool:
    return os.environ.get(REQUIRE_SEEDS_ENV) == "1" or os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def seeds() -> Path:
    """The source documents' folder; skips the test when it is absent (fails it where they are required)."""
    folder = seeds_folder()
    if not folder.is_dir():
        if seeds_required():
            pytest.fail(f"{SEEDS_SKIP_REASON}, but {folder} is missing and {REQUIRE_SEEDS_ENV}=1 or CI=true "
                        "says they must be there", pytrace=False)
        pytest.skip(SEEDS_SKIP_REASON)
    return folder


@pytest.fixture
def store_bytes() -> bytes:
    return EMBEDDED_STORE.read_bytes()


@pytest.fixture(autouse=True)
def private_settings(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own settings folder: the user's real preferences are never touched."""
    folder = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("BALTIC_ENVOYS_CONFIG_DIR", str(folder))
    return folder
