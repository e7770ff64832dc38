"""The user's own key map.

Every Binding has an id; its description is the i18n label `key.<id>` (the footer and the help
show it in the current language). The same ids let users remap keys in their settings file:
{"keymap": {"quit": "ctrl+q"}}.
"""

from __future__ import annotations

from tui.settings import read_settings


def user_keymap() -> dict[str, str]:
    """The user's remapped keys ({binding id: keys}); empty when none or unreadable."""
    keymap = read_settings().get("keymap")
    if not isinstance(keymap, dict):
        return {}
    return {k: v for k, v in keymap.items() if isinstance(k, str) and isinstance(v, str)}
