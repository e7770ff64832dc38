"""Writes, round two: two imports at once lose nothing (real processes), and a rewrite goes through a
symlink, keeps the mode in the `.bak`, refuses a read-only store and keeps the old `.bak` when it fails."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from data.atomic import ReadOnlyFileError, write_atomic
from data.importer.write import LOCK_TIMEOUT_ENV, store_lock
from data.store import EMBEDDED_STORE
from tests.conftest import REPO
from tests.test_import_extract import INVENTED
from tui.settings import save_language, settings_file

# A second page with other visits (other years): importing it adds records the first does not.
OTHER = INVENTED.replace("2019. gada 3.- 4. jūnijs", "2013. gada 3.- 4. jūnijs").replace(
    "2018. gada 21.-22. maijs", "2012. gada 21.-22. maijs")


def envoys(*argv: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "main.py", *argv], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})


def ids(store: Path) -> set[str]:
    tables = json.loads(store.read_text(encoding="utf-8"))
    return {doc["id"] for name, table in tables.items() if name != "meta" for doc in table.values()}


@pytest.fixture
def pages(tmp_path) -> tuple[Path, Path]:
    a, b = tmp_path / "georgia-a.txt", tmp_path / "georgia-b.txt"
    a.write_text(INVENTED, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    return a, b


def test_two_imports_at_once_into_one_store_both_keep_their_records(tmp_path, pages):
    # What each import adds alone, in a store of its own:
    alone = set()
    for page in pages:
        solo = tmp_path / f"solo-{page.stem}.json"
        proc = envoys("import", str(page), "--db", str(solo), "--accept")
        assert proc.wait(timeout=120) == 0, proc.stderr.read()  # type: ignore[union-attr]
        alone |= ids(solo)
    assert {"source:import-georgia-a", "source:import-georgia-b"} <= alone
    shipped = ids(EMBEDDED_STORE)
    assert len(alone - shipped) > 2, "the two pages add records of their own"

    for attempt in range(4):
        shared = tmp_path / f"shared-{attempt}.json"
        if attempt % 2:  # also into a store that exists already
            shared.write_bytes(EMBEDDED_STORE.read_bytes())
        procs = [envoys("import", str(page), "--db", str(shared), "--accept") for page in pages]
        for proc in procs:
            out, err = proc.communicate(timeout=180)
            assert proc.returncode == 0, err
            assert "imported into" in out
            assert all(line.startswith("envoys: waiting for another import") for line in err.splitlines()), err
        assert ids(shared) == alone, f"attempt {attempt}: lost {sorted(alone - ids(shared))}"
        assert not (tmp_path / f"shared-{attempt}.json.lock").exists(), "the lock file is removed"


def test_a_second_import_waits_then_refuses_in_one_line(tmp_path, pages):
    store = tmp_path / "store.json"
    store.write_bytes(EMBEDDED_STORE.read_bytes())
    before = store.read_bytes()
    with store_lock(store):
        proc = envoys("import", str(pages[0]), "--db", str(store), "--accept", env={LOCK_TIMEOUT_ENV: "1"})
        _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    lines = err.splitlines()
    assert len(lines) == 2 and lines[0].startswith("envoys: waiting for another import into")
    assert "another import is still writing it" in lines[1] and "nothing written" in lines[1]
    assert store.read_bytes() == before


def test_a_waiting_import_goes_on_when_the_first_finishes(tmp_path, pages):
    store = tmp_path / "store.json"
    with store_lock(store):
        proc = envoys("import", str(pages[0]), "--db", str(store), "--accept")
        line = proc.stderr.readline()  # type: ignore[union-attr]
        assert line.startswith("envoys: waiting for another import"), line
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "source:import-georgia-a" in ids(store)


# -- atomic writes: symlinks, modes, read-only, the backup ---------------------------------------


def test_a_symlinked_store_is_written_through_to_its_target(tmp_path, pages):
    real = tmp_path / "dots" / "store.json"
    real.parent.mkdir()
    real.write_bytes(EMBEDDED_STORE.read_bytes())
    link = tmp_path / "store.json"
    link.symlink_to(real)
    proc = envoys("import", str(pages[0]), "--db", str(link), "--accept")
    assert proc.wait(timeout=120) == 0, proc.stderr.read()  # type: ignore[union-attr]
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "source:import-georgia-a" in ids(real)
    assert (real.parent / "store.json.bak").read_bytes() == EMBEDDED_STORE.read_bytes(), "the .bak beside the target"


def test_a_symlinked_settings_file_is_written_through(tmp_path, private_settings):
    real = tmp_path / "dots" / "settings.json"
    real.parent.mkdir()
    real.write_text('{"keymap": {"quit": "ctrl+q"}}', encoding="utf-8")
    settings_file().symlink_to(real)
    assert save_language("lt") is True
    assert settings_file().is_symlink()
    assert json.loads(real.read_text(encoding="utf-8")) == {"keymap": {"quit": "ctrl+q"}, "language": "lt"}


def test_a_symlink_loop_is_an_error_not_a_rewrite(tmp_path):
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(OSError) as raised:
        write_atomic(loop, b"new")
    assert raised.value.errno == errno.ELOOP
    assert loop.is_symlink()


def test_a_private_store_gets_a_private_backup(tmp_path, pages):
    store = tmp_path / "store.json"
    store.write_bytes(EMBEDDED_STORE.read_bytes())
    store.chmod(0o600)
    backup = tmp_path / "store.json.bak"
    backup.write_bytes(b"an older backup")
    backup.chmod(0o644)
    proc = envoys("import", str(pages[0]), "--db", str(store), "--accept")
    assert proc.wait(timeout=120) == 0, proc.stderr.read()  # type: ignore[union-attr]
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600, "the backup holds the same data: the same mode"
    assert backup.read_bytes() == EMBEDDED_STORE.read_bytes()


def test_a_read_only_store_is_refused_in_one_line(tmp_path, pages):
    store = tmp_path / "store.json"
    store.write_bytes(EMBEDDED_STORE.read_bytes())
    store.chmod(0o444)
    proc = envoys("import", str(pages[0]), "--db", str(store), "--accept")
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert err.count("\n") == 1 and "read-only" in err and "Traceback" not in err
    assert store.read_bytes() == EMBEDDED_STORE.read_bytes()
    assert stat.S_IMODE(store.stat().st_mode) == 0o444
    assert not (tmp_path / "store.json.bak").exists()
    with pytest.raises(ReadOnlyFileError):
        write_atomic(store, b"new")


def test_a_failed_write_keeps_the_old_backup(tmp_path, monkeypatch):
    store, backup = tmp_path / "store.json", tmp_path / "store.json.bak"
    store.write_bytes(b"current")
    backup.write_bytes(b"previous")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, file) -> None:
            self.file = file

        def __enter__(self):
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))
    with pytest.raises(OSError):
        write_atomic(store, b"new content", backup=backup)
    assert store.read_bytes() == b"current"
    assert backup.read_bytes() == b"previous", "a write that failed does not rotate the backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.json", "store.json.bak"]
