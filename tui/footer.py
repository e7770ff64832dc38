"""The footer, with each key's description in the app's language.

Textual's bindings carry fixed English strings and it offers no public way to change them; the
footer is built from the screen's public `active_bindings`, so ours swaps in the i18n label
`key.<binding id>` as each key is composed. It recomposes whenever the bindings are refreshed,
which the screens do when the language changes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer

from tui.i18n import LABELS, tr


class EnvoysFooter(Footer):
    def compose(self) -> ComposeResult:
        lang = getattr(self.app, "lang", "en")
        active = self.screen.active_bindings
        for widget in super().compose():
            # Each key widget has the key it stands for and its description (FooterKey is not
            # exported by Textual: matched by those two attributes rather than imported).
            key, description = getattr(widget, "key", None), getattr(widget, "description", None)
            found = active.get(key) if isinstance(key, str) and isinstance(description, str) else None
            label = f"key.{found.binding.id}" if found is not None and found.binding.id else ""
            if label in LABELS:
                widget.description = tr(label, lang)  # type: ignore[attr-defined]
                widget.tooltip = tr(label, lang)
            yield widget
