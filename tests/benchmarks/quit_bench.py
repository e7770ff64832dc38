"""Quit-while-loading benchmark: how long after `q` the app is gone while a large store still loads.

    python tests/benchmarks/quit_bench.py [--people 120000] [--waits 0.3 1.5 3]

Generates a store (the shipped one plus PEOPLE synthetic people: 120,000 make about 64 MB),
runs the real app on a pseudo-terminal (`tests/ptyrun.py`), presses `q` WAIT seconds after the
first frame and prints JSON: the store's size, and for each wait the seconds from `q` to the
process's exit (read in 0.1 s steps), first with an empty cache (the store is cached by a child
process, which `q` stops), then with the store cached (tables read back a group at a time).
What remains after `q` is a call into C holding the interpreter's lock (decoding one table of
the cache), which no thread can interrupt.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.ptyrun import PtyApp  # noqa: E402
from tests.test_reliability_round2_app import big_store  # noqa: E402


def quit_after(store: Path, wait: float, config: Path, cache: Path) -> float:
    env = {"BALTIC_ENVOYS_CONFIG_DIR": str(config), "BALTIC_ENVOYS_CACHE_DIR": str(cache)}
    app = PtyApp("--db", str(store), env=env)
    try:
        if not app.wait_for(b"Envoys", 120):
            raise SystemExit("the app did not start")
        app.read(wait)
        start = time.monotonic()
        app.press(b"q")
        while app.proc.poll() is None and time.monotonic() - start < 600:
            app.read(0.1)
        return round(time.monotonic() - start, 2)
    finally:
        app.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=120_000)
    parser.add_argument("--waits", type=float, nargs="+", default=[0.3, 1.5, 3.0])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = big_store(Path(folder) / "big.json", args.people)
        config, cache = Path(folder) / "config", Path(folder) / "cache"
        config.mkdir()
        uncached = {}
        for wait in args.waits:
            subprocess.run(["rm", "-rf", str(cache)], check=True)
            uncached[f"q after {wait} s"] = quit_after(store, wait, config, cache)
        env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(cache)}
        subprocess.run([sys.executable, "-m", "tui.loading", str(store)], cwd=REPO, env=env, check=True,
                       stdout=subprocess.DEVNULL)  # it says "cached", then saves the index too
        cached = {f"q after {wait} s": quit_after(store, wait, config, cache) for wait in args.waits}
        print(json.dumps({"store_mb": round(store.stat().st_size / 1e6, 1), "seconds_to_exit": {
            "not cached": uncached, "cached": cached}}, indent=1))

if __name__ == "__main__":
    main()
