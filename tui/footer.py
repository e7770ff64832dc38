"""The footer, with each key's description in the app's language.

Textual's bindings carry fixed English strings and it offers no public way to change them; the
footer is built from the screen's public `active_bindings`, so ours swaps in the i18n label
`key.<binding id>` as each key is composed. It recomposes whenever the bindings are refreshed,
which the screens do when the language changes, but only when what it shows has changed: the
bindings are refreshed at every change of focus or tab, and each recompose mounts a dozen
widgets (at start-up, 17 recomposes of the same keys took about a tenth of a second).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer

from tui.i18n import LABELS, tr


class EnvoysFooter(Footer):
    _composed: tuple[object, ...] | None = None  # what the keys shown were composed from

    def _shows(self) -> tuple[object, ...]:
        """Everything the composed keys depend on: the language, and each binding the footer may
        show (the palette's too) with whether it is enabled."""
        if not self._bindings_ready:
            return ()
        palette = self.app.COMMAND_PALETTE_BINDING
        return (getattr(self.app, "lang", "en"), self.compact, self.show_command_palette, *(
            (key, active.binding, active.enabled, active.tooltip)
            for key, active in self.screen.active_bindings.items() if active.binding.show or key == palette))

    async def recompose(self) -> None:
        # The bindings' signal schedules this after a refresh: by then the screen may be closed (escape while
        # the terminal resizes), and a footer with no screen has nothing to show (Textual's own recompose
        # returns there too, but ours reads the screen's bindings first).
        if not self.is_attached:
            return
        if self._shows() != self._composed:
            await super().recompose()

    def compose(self) -> ComposeResult:
        self._composed = self._shows()
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
