"""A writer for tests/test_atomic.py to kill: it writes through the tool's own atomic write.

    python tests/atomic_writer.py MODE TARGET [SIZE | PAGE]

MODE says where the writer stops, prints "blocked" and waits to be killed:

    in-write        halfway through writing the new bytes into the temporary file
    in-fsync        in the fsync of the fully written temporary file
    before-replace  just before the temporary file replaces the target
    after-replace   after the replace, before the folder is fsynced
    settings        like in-fsync, but through tui.settings.save_language("lv") (TARGET is the
                    settings folder)
    loop            never stops: rewrites TARGET again and again, alternately with SIZE bytes
                    of "A" and of "B", printing "started" once the first write is done
    import-in-backup     `envoys import PAGE --db TARGET`, halfway through writing the backup
    import-before-replace  the same, the new store fully written, just before it replaces TARGET

The new content is SIZE (default 4 MiB) bytes of "N".
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from data import atomic


def block() -> None:
    print("blocked", flush=True)
    while True:
        time.sleep(60)


class HalfWriter:
    """A file that writes half of what it is given, makes that half durable, then blocks."""

    def __init__(self, file) -> None:
        self.file = file

    def __enter__(self) -> HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def write(self, data: bytes) -> int:
        self.file.write(data[: len(data) // 2])
        self.file.flush()
        os.fsync(self.file.fileno())
        block()
        return 0

    def __getattr__(self, name: str):
        return getattr(self.file, name)


def main() -> None:
    mode, target = sys.argv[1], Path(sys.argv[2])
    if mode.startswith("import-"):
        run_import(mode, target, sys.argv[3])
        return
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 4 * 1024 * 1024
    real_fdopen = os.fdopen

    if mode == "in-write":
        os.fdopen = lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k))  # type: ignore[assignment]
    elif mode in ("in-fsync", "settings"):
        os.fsync = lambda fd: block()  # type: ignore[assignment]
    elif mode == "before-replace":
        os.replace = lambda src, dst: block()  # type: ignore[assignment]
    elif mode == "after-replace":
        atomic._fsync_folder = lambda folder: block()  # type: ignore[assignment]
    elif mode == "loop":
        payloads = [b"A" * size, b"B" * size]
        atomic.write_atomic(target, payloads[0])
        print("started", flush=True)
        n = 1
        while True:
            atomic.write_atomic(target, payloads[n % 2])
            n += 1
    else:
        raise SystemExit(f"unknown mode {mode!r}")

    if mode == "settings":
        os.environ["BALTIC_ENVOYS_CONFIG_DIR"] = str(target)
        from tui.settings import save_language

        save_language("lv")
    else:
        atomic.write_atomic(target, b"N" * size)
    print("finished", flush=True)


def run_import(mode: str, target: Path, page: str) -> None:
    real_fdopen, real_replace = os.fdopen, os.replace
    if mode == "import-in-backup":  # the backup is the first file an import writes
        os.fdopen = lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k))  # type: ignore[assignment]
    elif mode == "import-before-replace":
        def replace(src, dst):
            if Path(dst) == target:
                block()
            return real_replace(src, dst)

        os.replace = replace  # type: ignore[assignment]
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    from main import main as envoys

    envoys(["import", page, "--db", str(target), "--accept"])
    print("finished", flush=True)


if __name__ == "__main__":
    main()
