"""Start-up benchmark: time to the first frame, and to the first frame showing rows, beside a bare app.

    python tests/benchmarks/startup_bench.py [--runs 7] [--before DIR]

Each run is a fresh interpreter (cold imports, as a user gets), headless, measured from
process start to the first frame Textual hands to the display (`App._display`, the private
method every frame goes through; headless skips only the terminal write): "first frame" is the
first frame of the main screen; "first rows" the first frame in which the visible tab's table
has rows of data (the same frame when the store's first tables were read in time for it: the
store is read in a thread from the app's start). The bare app shows one Label. Prints JSON with the medians
and the ratios ours / bare, of the wall time and of the CPU time the process spent until then
(the CPU time is less swayed by other work on a shared machine), and the spread of each (min,
quartiles, max).

Compiled modules are kept between runs as a user's installation keeps them (in a temporary
`PYTHONPYCACHEPREFIX`, filled by a first run of each program that is not counted), even where
`PYTHONDONTWRITEBYTECODE` is set: otherwise the project's modules, unlike Textual's (compiled
when pip installed them), would be compiled from source in every run (about 0.03 s).
`--no-pyc` measures that way instead. The app is started as `tui.launch` starts it (the collector
relaxed by `tui.startup.relax`, when the checkout has it).

The store is read from a cache folder of the benchmark's own (one per checkout measured),
made before the timed runs as a user's first start makes it, counts included (`--shared-cache`
uses the user's folder instead, which other checkouts' code may have written: a cache written
by other code is a miss, and the counts of the first tab are then counted from more tables).

The programs take turns (bare, ours, bare, ours...), so that a busy spell of the shared machine
falls on both alike. `--before DIR` also runs the app of another checkout of the project (an
older commit, say `git worktree add DIR COMMIT` or `git archive COMMIT | tar -x -C DIR`) in the
same turns, with the same interpreter: before and after measured in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
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
            print(json.dumps({"first_paint": self.first_paint, "cpu": time.process_time() - C0}))
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
            if not hasattr(self, "first_rows") and self._has_rows(screen):
                self.first_rows = now
                self.first_rows_cpu = time.process_time()
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
try:
    from tui.startup import relax  # as tui.launch starts the app (a checkout before it has none)
except ImportError:
    pass
else:
    relax()
""" + FIRST_ROWS + """
class Measured(FirstRows):
    def rows_shown(self):
        print(json.dumps({"first_paint": self.first_paint, "first_rows": self.first_rows,
                          "cpu": self.first_rows_cpu - C0}))
        self.call_later(self.exit)
Measured(lang="en").run(headless=True, size=(100, 30))
"""

PRELUDE = "import time; T0 = time.perf_counter(); C0 = time.process_time(); import json\n"

# A user's first start: the store read whole, cached, and the counts its first tab shows saved
# with the cache (the app saves them once it has read every table).
CACHE = """
from data.staged import save_counts
from data.store import load_store
save_counts(load_store(None))
print(json.dumps({}))
"""


def run(code: str, cwd: Path = REPO, env: dict[str, str] | None = None) -> dict[str, float]:
    # The current folder comes first on the module path (`-c`): the app of `cwd` is the one run.
    result = subprocess.run([sys.executable, "-c", PRELUDE + code], cwd=cwd, capture_output=True, text=True,
                            check=True, timeout=120, env=env)
    return json.loads(result.stdout.strip().splitlines()[-1])


def figures(ours: list[dict[str, float]], bare: float, bare_cpu: float, prefix: str) -> dict[str, float]:
    first = statistics.median(o["first_paint"] for o in ours)
    rows = statistics.median(o["first_rows"] for o in ours)
    cpu = statistics.median(o["cpu"] for o in ours)
    return {
        f"{prefix}first_paint_s": round(first, 3),
        f"{prefix}first_rows_s": round(rows, 3),
        f"{prefix}ratio_first_paint": round(first / bare, 2),
        f"{prefix}ratio_first_rows": round(rows / bare, 2),
        f"{prefix}first_rows_cpu_s": round(cpu, 3),
        f"{prefix}ratio_first_rows_cpu": round(cpu / bare_cpu, 2),
    }


def spread(values: list[float]) -> list[float]:
    """Min, lower quartile, upper quartile and max."""
    low, _median, high = statistics.quantiles(values, n=4) if len(values) > 1 else (values[0],) * 3
    return [round(v, 3) for v in (min(values), low, high, max(values))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, default=None, metavar="DIR",
                        help="another checkout of the project, measured in the same turns")
    parser.add_argument("--no-pyc", action="store_true",
                        help="keep no compiled modules between runs (PYTHONDONTWRITEBYTECODE as set)")
    parser.add_argument("--shared-cache", action="store_true",
                        help="read the store's cache from the user's cache folder, as it is")
    args = parser.parse_args()
    programs = {"bare": (BARE, REPO), "ours": (OURS, REPO)}
    if args.before is not None:
        programs["before"] = (OURS, args.before.resolve())
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as scratch:
        env = dict(os.environ)
        if not args.no_pyc:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = os.path.join(scratch, "pyc")
        envs = {name: dict(env) for name in programs}
        for name, (_code, cwd) in programs.items():
            if name != "bare" and not args.shared_cache:
                envs[name]["BALTIC_ENVOYS_CACHE_DIR"] = os.path.join(scratch, f"cache-{name}")
                run(CACHE, cwd, envs[name])
        for name, (code, cwd) in programs.items():
            run(code, cwd, envs[name])  # warm the file cache (and compile): every run after is equally warm
        results: dict[str, list[dict[str, float]]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, (code, cwd) in programs.items():
                results[name].append(run(code, cwd, envs[name]))
    bare = statistics.median(b["first_paint"] for b in results["bare"])
    bare_cpu = statistics.median(b["cpu"] for b in results["bare"])
    report: dict[str, object] = {"runs": args.runs, "bare_first_paint_s": round(bare, 3),
                                 "bare_first_paint_cpu_s": round(bare_cpu, 3)}
    report |= figures(results["ours"], bare, bare_cpu, "ours_")
    if "before" in results:
        report |= figures(results["before"], bare, bare_cpu, "before_")
    # The spread: min, lower quartile, upper quartile, max (wall to the first rows; CPU to them).
    report["bare_spread_s"] = spread([b["first_paint"] for b in results["bare"]])
    report["bare_cpu_spread_s"] = spread([b["cpu"] for b in results["bare"]])
    for name in programs.keys() - {"bare"}:
        report[f"{name}_rows_spread_s"] = spread([o["first_rows"] for o in results[name]])
        report[f"{name}_cpu_spread_s"] = spread([o["cpu"] for o in results[name]])
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
