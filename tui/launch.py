"""Start the app (the only place the command line imports Textual)."""

from __future__ import annotations

from pathlib import Path


def launch_app(db_path: Path | None, lang: str | None = None) -> int:
    from data.store import EMBEDDED_STORE
    from tui.app import EnvoysApp

    if db_path is not None and db_path != EMBEDDED_STORE:
        # Fail fast and plainly on an obviously wrong path, before the terminal switches modes.
        from data.store import check_readable

        check_readable(db_path)
    app = EnvoysApp(db_path, lang=lang)
    app.run()
    if app.failure:
        import sys

        print(f"envoys: {app.failure}", file=sys.stderr)
    return app.return_code or 0
