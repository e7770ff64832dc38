"""The user's preferences (the interface language, the key map), kept between runs in their config folder.

Written atomically (`data.atomic`: through a symlink to its target, keeping the file's mode): a
crash mid-write leaves the previous file. A damaged or unreadable file is ignored (defaults
apply) rather than stopping the app. Only a regular file is read: a FIFO or a device named
`settings.json` would block the start for ever, so it is opened without blocking and left alone.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from data.atomic import write_atomic
from tui.i18n import LANGUAGES

CONFIG_ENV = "BALTIC_ENVOYS_CONFIG_DIR"  # tests and portable installs point this elsewhere
MAX_SETTINGS_BYTES = 1 << 20  # a preferences file is a few hundred bytes; never read a huge one whole


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("baltic-envoys", appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def read_settings() -> dict[str, Any]:
    """The settings file's object; {} when it is missing, not a regular file, too big or not a JSON object."""
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        fd = os.open(settings_file(), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return {}
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SETTINGS_BYTES:
            return {}
        with os.fdopen(fd, "rb", closefd=False) as file:
            data = json.loads(file.read(MAX_SETTINGS_BYTES + 1).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    finally:
        os.close(fd)
    return data if isinstance(data, dict) else {}


def load_language(default: str = "en") -> str:
    lang = read_settings().get("language")
    return lang if lang in LANGUAGES else default


def save_language(lang: str) -> bool:
    """Remember `lang`; False (and nothing changed) when the file cannot be written (a read-only
    file, a folder that cannot be written, a settings path that is not a regular file)."""
    path = settings_file()
    try:
        if path.exists() and not path.is_file():
            return False  # a FIFO or a device: never replaced by a file
    except OSError:
        return False
    data = read_settings()
    data["language"] = lang
    try:
        write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    except OSError:
        return False
    return True
