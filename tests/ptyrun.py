"""Run the real program under a pseudo-terminal, as a user's terminal runs it, and read what it
draws: for tests of what the terminal is left in (alternate screen, cursor, mouse reporting)."""

from __future__ import annotations

import fcntl
import os
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from tests.conftest import REPO

LEAVE_ALT_SCREEN = b"\x1b[?1049l"
ENTER_ALT_SCREEN = b"\x1b[?1049h"
SHOW_CURSOR = b"\x1b[?25h"
MOUSE_OFF = b"\x1b[?1000l"


class PtyApp:
    """`python main.py ARGS` on a 100x30 pseudo-terminal."""

    def __init__(self, *argv: str, env: dict[str, str] | None = None, cwd: Path = REPO) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        environ = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30", **(env or {})}
        environ.pop("NO_COLOR", None)
        self.proc = subprocess.Popen([sys.executable, "main.py", *argv], cwd=cwd, stdin=slave, stdout=slave,
                                     stderr=slave, env=environ, start_new_session=True, close_fds=True)
        os.close(slave)
        self.output = bytearray()

    def read(self, seconds: float) -> None:
        """Read what the program writes for up to `seconds`, or until it closes the terminal."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.1))
            if not ready:
                if self.proc.poll() is not None:
                    return
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # EIO: every copy of the terminal's other end is closed
                return
            if not chunk:
                return
            self.output += chunk

    def wait_for(self, needle: bytes, seconds: float = 60) -> bool:
        end = time.monotonic() + seconds
        while needle not in self.output and time.monotonic() < end and self.proc.poll() is None:
            self.read(0.2)
        return needle in self.output

    def press(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def finish(self, seconds: float = 30) -> int | None:
        """Read until the program exits (or `seconds` pass); its exit code, None if still running."""
        end = time.monotonic() + seconds
        while self.proc.poll() is None and time.monotonic() < end:
            self.read(0.2)
        self.read(0.5)
        return self.proc.poll()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
        os.close(self.master)
