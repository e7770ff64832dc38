"""Write a file so that a crash leaves either the old file or the new one, never a mix.

The standard recipe (see SQLite's notes on atomic commit): write a temporary file in the
target's own folder, flush and fsync it, `os.replace` it onto the target, then fsync the folder
so the rename itself survives a power cut. `os.replace` is atomic on POSIX and Windows.

Three more promises, each for a way a rewrite used to go wrong:

- A symlink is written through: the temporary file goes beside the link's final target and
  replaces that, so the link stays a link (a dotfiles folder's `settings.json -> ~/dots/...`).
- The target's permission bits are kept, and a file with no write bit at all (0444) is refused
  rather than replaced: the bits are checked here because root, who runs CI, is never stopped
  by them.
- `backup` (a `.bak` of the previous content) is written only once the new content is complete
  and durable, just before the replace: a write that fails (a full disk) leaves the old `.bak`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class ReadOnlyFileError(PermissionError):
    """The target has no write permission bit: the user made it read-only, and it stays so."""


def write_atomic(path: Path | str, data: bytes, *, backup: Path | str | None = None) -> None:
    """Replace `path` (through any symlink) with `data` atomically; on any failure the old file
    is untouched. With `backup`, the previous content is first copied there (atomically, with
    the file's mode), after the new content is on disk."""
    target = resolved(path)
    _write(target, data, _mode_for(target), backup=None if backup is None else resolved(backup))


def _write(target: Path, data: bytes, mode: int, backup: Path | None) -> None:
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private (0600): give it the mode the old file had, or what the
        # user's umask gives a new file, so a rewrite does not quietly change permissions.
        os.chmod(tmp_name, mode)
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if backup is not None and target.exists():
            # The copy has the file's own mode, not the old copy's: a 0600 store's backup is 0600.
            _write(backup, target.read_bytes(), mode, None)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)


def resolved(path: Path | str) -> Path:
    """The file a write to `path` must change: the final target of any symlinks (a dangling
    link's target is created). OSError (ELOOP) for a symlink loop."""
    path = Path(path)
    real = Path(os.path.realpath(path))
    if path.is_symlink() and os.path.islink(real):
        # realpath stops at a loop without saying so: say it, as open() would.
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    return real


def _mode_for(path: Path) -> int:
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    if stat.S_ISREG(path.stat().st_mode) and not mode & 0o222:
        raise ReadOnlyFileError(errno.EACCES, f"read-only file (mode {mode:04o}); make it writable to change it",
                                str(path))
    return mode


def _fsync_folder(folder: Path) -> None:
    # Not every platform lets a folder be opened (Windows does not): best effort there.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
