"""Paths as the tool meets them: shown safely in one-line messages, inspected without surprises."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from data.textsafe import safe


def shown(path: Path | str) -> str:
    """The path for a one-line message, through `data.textsafe.safe`: a line break or an escape
    sequence in a file name is shown escaped, never sent to the terminal."""
    return safe(path)


def kind_of(path: Path | str) -> str:
    """'file', 'folder', 'other' (a device, a pipe...) or 'missing'; OSError for anything else
    the system refuses (permission, a name too long...)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "missing"
    if stat.S_ISREG(mode):
        return "file"
    return "folder" if stat.S_ISDIR(mode) else "other"
