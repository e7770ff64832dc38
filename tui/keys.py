"""The user's own key map.

Every Binding has an id; its description is the i18n label `key.<id>` (the footer and the help
show it in the current language). The same ids let users remap keys in their settings file:
{"keymap": {"quit": "ctrl+q"}}.
"""

from __future__ import annotations

import json

from tui.settings import settings_file


def user_keymap() -> dict[str, str]:
    """The user's remapped keys ({binding id: keys}); empty when none or unreadable."""
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    keymap = data.get("keymap") if isinstance(data, dict) else None
    if not isinstance(keymap, dict):
        return {}
    return {k: v for k, v in keymap.items() if isinstance(k, str) and isinstance(v, str)}
