"""Start-up benchmark: time to the first frame, and to the first frame showing rows, beside a bare app.

    python tests/benchmarks/startup_bench.py [--runs 7]

Each run is a fresh interpreter (cold imports, as a user gets), headless, measured from
process start to the first frame Textual hands to the display (`App._display`, the private
method every frame goes through; headless skips only the terminal write): "first frame" is the
first frame of the main screen (tab labels and a loading placeholder); "first rows" the first
frame in which the visible tab's table has rows of data (the store is loaded and indexed in a
worker thread after the first frame). The bare app shows one Label. Prints JSON with the medians
and the ratios ours / bare.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

BARE = """
import time, sys
from textual.app import App
from textual.widgets import Label
class Bare(App):
    def compose(self):
        yield Label("hello")
    def _display(self, screen, renderable):
        if renderable is not None and not hasattr(self, "first_paint"):
            self.first_paint = time.perf_counter() - T0
            print(json.dumps({"first_paint": self.first_paint}))
            self.exit()
        super()._display(screen, renderable)
Bare().run(headless=True, size=(100, 30))
"""

# The app's first frame, and its first frame whose visible tab shows rows: the rows were in the
# widget tree when that frame was composed. Shared with scale_bench.py, which measures the same.
FIRST_ROWS = """
from tui.app import EnvoysApp
from tui.screens.main import MainScreen
class FirstRows(EnvoysApp):
    def _display(self, screen, renderable):
        if renderable is not None and isinstance(screen, MainScreen):
            now = time.perf_counter() - T0
            if not hasattr(self, "first_paint"):
                self.first_paint = now
            elif not hasattr(self, "first_rows") and self._has_rows(screen):
                self.first_rows = now
                self.rows_shown()
        super()._display(screen, renderable)
    @staticmethod
    def _has_rows(screen):
        pane = screen.current_pane()
        return pane is not None and pane.browser is not None and pane.query_one("#records").grid.row_count > 0
"""

OURS = """
import time, os, tempfile
os.environ.setdefault("BALTIC_ENVOYS_CONFIG_DIR", tempfile.mkdtemp())
""" + FIRST_ROWS + """
class Measured(FirstRows):
    def rows_shown(self):
        print(json.dumps({"first_paint": self.first_paint, "first_rows": self.first_rows}))
        self.call_later(self.exit)
Measured(lang="en").run(headless=True, size=(100, 30))
"""

PRELUDE = "import time; T0 = time.perf_counter(); import json\n"


def run(code: str) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", PRELUDE + code], cwd=REPO, capture_output=True, text=True,
                            check=True, timeout=120)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    run(BARE), run(OURS)  # warm the file cache: every run after is equally warm
    bare = [run(BARE)["first_paint"] for _ in range(args.runs)]
    ours = [run(OURS) for _ in range(args.runs)]
    first = [o["first_paint"] for o in ours]
    rows = [o["first_rows"] for o in ours]
    report = {
        "runs": args.runs,
        "bare_first_paint_s": round(statistics.median(bare), 3),
        "ours_first_paint_s": round(statistics.median(first), 3),
        "ours_first_rows_s": round(statistics.median(rows), 3),
        "ratio_first_paint": round(statistics.median(first) / statistics.median(bare), 2),
        "ratio_first_rows": round(statistics.median(rows) / statistics.median(bare), 2),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
