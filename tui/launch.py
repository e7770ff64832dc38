"""Start the app (the only place the command line imports Textual).

Signals: SIGTERM, SIGHUP and SIGINT make the app exit as `q` does, so Textual's driver restores
the terminal (leaves the alternate screen, shows the cursor, turns mouse reporting off), and the
process exits with 128 + the signal's number (130 for SIGINT). Without this, SIGTERM and SIGHUP
killed the process with the terminal left in the alternate screen.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

EXIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))


def launch_app(db_path: Path | None, lang: str | None = None) -> int:
    from tui.startup import relax

    relax()  # fewer collections while starting: the app restores the collector's thresholds
    from data.store import EMBEDDED_STORE
    from data.textsafe import safe
    from tui.app import EnvoysApp

    if db_path is not None and db_path != EMBEDDED_STORE:
        # Fail fast and plainly on an obviously wrong path, before the terminal switches modes.
        from data.store import check_readable

        check_readable(db_path)
    app = EnvoysApp(db_path, lang=lang)
    previous = {signum: signal.signal(signum, lambda signum, frame: app.exit_on_signal(signum))
                for signum in EXIT_SIGNALS}
    try:
        app.run()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if app.failure:
        print(f"envoys: {safe(app.failure)}", file=sys.stderr)
    code = app.return_code or 0
    if app.loading():
        # Quit while a large store was still loading: the terminal is restored, and the loader
        # (a daemon thread, possibly deep in a JSON parse that holds the GIL) is not waited for.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
