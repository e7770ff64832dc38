"""Every file the tool writes is written atomically: a crash leaves the old file or the new one.

The tool writes one file today, the language preference (`tui.settings`), through
`data.atomic.write_atomic`; later imported stores will go through the same function. These
tests kill a real writer process at each step of the recipe and read what is left on disk.
"""

from __future__ import annotations

import errno
import json
import os
import select
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from data.atomic import write_atomic
from data.store import EMBEDDED_STORE, load_store
from tests.conftest import REPO
from tests.test_import_extract import INVENTED
from tui.settings import load_language, save_language, settings_file

WRITER = Path(__file__).with_name("atomic_writer.py")
OLD = json.dumps({"language": "lt", "keymap": {"quit": "ctrl+q"}}).encode()


def temp_files(folder: Path, target: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p != target)


def kill_when(proc: subprocess.Popen[bytes], signal_line: bytes, timeout: float = 30) -> None:
    """Wait for the writer to print `signal_line`, then SIGKILL it."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    line = proc.stdout.readline() if ready else b""  # type: ignore[union-attr]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=timeout)
    assert line.strip() == signal_line, f"writer said {line!r}; stderr: {proc.stderr.read()!r}"  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL


def start_writer(mode: str, target: Path, extra: int | Path | None = None) -> subprocess.Popen[bytes]:
    argv = [sys.executable, str(WRITER), mode, str(target), *([str(extra)] if extra else [])]
    return subprocess.Popen(argv, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


# -- a writer killed midway ------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["in-write", "in-fsync", "before-replace"])
def test_a_writer_killed_before_the_replace_leaves_the_old_file_intact(tmp_path, mode):
    target = tmp_path / "store.json"
    target.write_bytes(OLD)
    proc = start_writer(mode, target)
    kill_when(proc, b"blocked")

    assert target.read_bytes() == OLD
    leftovers = temp_files(tmp_path, target)
    assert len(leftovers) == 1, "the unfinished write stays in its own temporary file"
    temp = leftovers[0]
    assert temp.name.startswith(".store.json.") and temp.name.endswith(".tmp")
    expected = 2 * 1024 * 1024 if mode == "in-write" else 4 * 1024 * 1024
    assert temp.stat().st_size == expected, "the kill came in the middle of the write, as planned"


def test_a_writer_killed_after_the_replace_leaves_the_whole_new_file(tmp_path):
    target = tmp_path / "store.json"
    target.write_bytes(OLD)
    proc = start_writer("after-replace", target)
    kill_when(proc, b"blocked")

    assert target.read_bytes() == b"N" * (4 * 1024 * 1024)
    assert temp_files(tmp_path, target) == []


def test_a_writer_killed_at_random_moments_leaves_one_whole_version(tmp_path):
    """No patching: a loop of real atomic writes, killed at whatever point it has reached."""
    size = 2 * 1024 * 1024
    target = tmp_path / "data.bin"
    for delay in (0.0, 0.013, 0.029, 0.047, 0.083):
        proc = start_writer("loop", target, size)
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        assert ready and proc.stdout.readline().strip() == b"started"  # type: ignore[union-attr]
        if delay:
            select.select([], [], [], delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        content = target.read_bytes()
        assert content in (b"A" * size, b"B" * size), f"a mixed or partial file after {delay} s"
        for temp in temp_files(tmp_path, target):
            assert temp.name.startswith(".data.bin.") and temp.name.endswith(".tmp")
            temp.unlink()


def test_the_language_preference_survives_a_kill_in_the_middle_of_saving(private_settings):
    path = private_settings / "settings.json"
    path.write_bytes(OLD)
    proc = start_writer("settings", private_settings)
    kill_when(proc, b"blocked")

    assert path.read_bytes() == OLD
    assert load_language() == "lt", "the leftover temporary file is not mistaken for the settings"
    assert save_language("en") is True, "a leftover temporary file does not block the next save"
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "en", "keymap": {"quit": "ctrl+q"}}


@pytest.mark.parametrize("mode", ["import-in-backup", "import-before-replace"])
def test_an_import_killed_midway_leaves_the_user_store_as_it_was(tmp_path, mode):
    target = tmp_path / "store.json"
    target.write_bytes(EMBEDDED_STORE.read_bytes())  # a user store, as the first import makes it
    old = target.read_bytes()
    page = tmp_path / "latvia-georgia.txt"
    page.write_text(INVENTED, encoding="utf-8")
    proc = start_writer(mode, target, page)
    kill_when(proc, b"blocked")

    assert target.read_bytes() == old
    load_store(target)
    backup = tmp_path / "store.json.bak"
    if mode == "import-in-backup":
        assert not backup.exists(), "a half-written backup never takes the backup's name"
    else:
        assert backup.read_bytes() == old, "the backup is whole before the store is replaced"
    for temp in temp_files(tmp_path, target):
        lock = tmp_path / "store.json.lock"  # the import's lock file stays; its lock died with the process
        assert temp in (backup, page, lock) or (temp.name.startswith(".store.json.") and temp.name.endswith(".tmp"))


# -- the recipe, step by step ------------------------------------------------------------------


def test_the_temporary_file_is_fsynced_in_the_target_folder_then_replaced_then_the_folder_fsynced(
    tmp_path, monkeypatch
):
    target = tmp_path / "settings.json"
    target.write_bytes(OLD)
    steps: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        steps.append(("fsync", kind))
        real_fsync(fd)

    def replace(src, dst) -> None:
        steps.append(("replace", str(Path(src).parent)))
        assert Path(src).read_bytes() == b"new", "the temporary file holds all the new bytes"
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_atomic(target, b"new")

    assert steps == [("fsync", "file"), ("replace", str(tmp_path)), ("fsync", "folder")]
    assert target.read_bytes() == b"new"
    assert temp_files(tmp_path, target) == []


class Failing:
    """A file whose write fails as a full disk does."""

    def __init__(self, file) -> None:
        self.file = file

    def __enter__(self) -> Failing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def write(self, data: bytes) -> int:
        self.file.write(data[:10])
        raise OSError(errno.ENOSPC, "No space left on device")


def _fail_write(monkeypatch) -> None:
    real = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Failing(real(fd, *a, **k)))


def _fail_fsync(monkeypatch) -> None:
    def fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", fsync)


def _fail_replace(monkeypatch) -> None:
    def replace(src, dst) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "replace", replace)


def _interrupt_fsync(monkeypatch) -> None:
    def fsync(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.parametrize(
    ("break_it", "error"),
    [(_fail_write, OSError), (_fail_fsync, OSError), (_fail_replace, OSError), (_interrupt_fsync, KeyboardInterrupt)],
    ids=["disk-full-in-write", "io-error-in-fsync", "replace-refused", "ctrl-c-in-fsync"],
)
def test_a_failure_midway_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch, break_it, error):
    target = tmp_path / "settings.json"
    target.write_bytes(OLD)
    with monkeypatch.context() as patched, pytest.raises(error):
        break_it(patched)
        write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == OLD
    assert temp_files(tmp_path, target) == []


def test_a_new_file_is_created_with_its_folder(tmp_path):
    target = tmp_path / "a" / "b" / "settings.json"
    write_atomic(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert temp_files(target.parent, target) == []


def test_a_rewrite_keeps_the_files_permissions_and_a_new_file_gets_the_umasks(tmp_path):
    kept = tmp_path / "kept.json"
    kept.write_bytes(OLD)
    kept.chmod(0o640)
    write_atomic(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640

    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        write_atomic(fresh, b"new")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644, "not the 0600 of a temporary file"


# -- the language preference ---------------------------------------------------------------


def test_saving_the_language_keeps_the_rest_of_the_settings(private_settings):
    settings_file().write_bytes(OLD)
    assert save_language("lv") is True
    assert json.loads(settings_file().read_text(encoding="utf-8")) == {"language": "lv", "keymap": {"quit": "ctrl+q"}}
    assert temp_files(private_settings, settings_file()) == []


def test_a_settings_folder_that_cannot_be_written_is_reported_not_raised(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"a file where the settings folder should be")
    monkeypatch.setenv("BALTIC_ENVOYS_CONFIG_DIR", str(blocker / "baltic-envoys"))
    assert save_language("lv") is False
    assert blocker.read_bytes() == b"a file where the settings folder should be"
    assert load_language() == "en"


@pytest.mark.parametrize("content", [b"", b"{", b"[1, 2]", b'{"language": 7}', b"\xff\xfe", b'{"language": "xx"}'])
def test_a_damaged_settings_file_means_defaults_and_is_replaced_whole(private_settings, content):
    path = private_settings / "settings.json"
    path.write_bytes(content)
    assert load_language() == "en"
    assert save_language("lt") is True
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "lt"
