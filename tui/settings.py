"""The user's preferences (the interface language), kept between runs in their config folder.

Written atomically (`data.atomic`): a crash mid-write leaves the previous file. A damaged or
unreadable file is ignored (defaults apply) rather than stopping the app.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from data.atomic import write_atomic
from tui.i18n import LANGUAGES

CONFIG_ENV = "BALTIC_ENVOYS_CONFIG_DIR"  # tests and portable installs point this elsewhere


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("baltic-envoys", appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def _load(key: str) -> object:
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    return data.get(key) if isinstance(data, dict) else None


def load_language(default: str = "en") -> str:
    lang = _load("language")
    return lang if lang in LANGUAGES else default


def load_theme() -> str | None:
    """The theme chosen last time (the app checks it still exists)."""
    theme = _load("theme")
    return theme if isinstance(theme, str) else None


def save_language(lang: str) -> bool:
    """Remember `lang`; False (and nothing changed) when the folder cannot be written."""
    return _save("language", lang)


def save_theme(theme: str) -> bool:
    return _save("theme", theme)


def _save(key: str, value: str) -> bool:
    path = settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError, RecursionError):
        data = {}
    data[key] = value
    try:
        write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    except OSError:
        return False
    return True
