"""Key bindings in the current language, and the user's own key map.

Every Binding has an id; its description is the i18n label `key.<id>`, swapped in when the
language changes (Textual's bindings carry fixed strings). The same ids let users remap keys
in their settings file: {"keymap": {"quit": "ctrl+q"}}.
"""

from __future__ import annotations

import dataclasses

from textual.binding import Binding
from textual.dom import DOMNode

from tui.i18n import LABELS, tr
from tui.settings import read_settings


def localise_bindings(node: DOMNode, lang: str) -> None:
    """Give every binding of `node` that has an id the description for `lang`."""
    bindings = node._bindings.key_to_bindings  # Textual keeps no other handle on a node's bindings
    for key, entries in bindings.items():
        bindings[key] = [_localised(b, lang) for b in entries]


def _localised(binding: Binding, lang: str) -> Binding:
    if binding.id and f"key.{binding.id}" in LABELS:
        text = tr(f"key.{binding.id}", lang)
        return dataclasses.replace(binding, description=text, tooltip=text)
    return binding


def user_keymap() -> dict[str, str]:
    """The user's remapped keys ({binding id: keys}); empty when none or unreadable."""
    keymap = read_settings().get("keymap")
    if not isinstance(keymap, dict):
        return {}
    return {k: v for k, v in keymap.items() if isinstance(k, str) and isinstance(v, str)}
