"""`envoys search` on a first run (no cache) and a second, beside `json.load` and `who` of the same store.

    .venv/bin/python tests/benchmarks/search_first_bench.py STORE                 # this program
    .venv/bin/python tests/benchmarks/search_first_bench.py STORE --before DIR    # and another, alternated

The part of `scale_bench.py` that the search index's build decides, for one store file (make one
with `scale_bench.py --generate 250000 PATH`), without the other commands and the app: each round
runs `json.load` of the file in a process of its own, then for each program (this checkout, and
with `--before` a checkout of an earlier one, e.g. `git worktree add DIR COMMIT`) with an empty
cache folder: `who` (its first run: decoding and caching, which `search`'s first run also does),
`search` (first run: that, and building and saving the index) and `search` again (second run),
then the searches of `scale_bench.SEARCHES` on the cache left. Wall time, CPU time (user +
system, the steadier on a shared machine) and peak memory of each process, and each first run
as a multiple of `json.load`'s wall and CPU time of the same round.

Each program's first and second `search --json` must print the same bytes (a first run never
answers differently from a second): the benchmark stops if they do not.

A first `search` writes the cache after its answer, in a detached child (`search.detached`):
after each search the benchmark waits for it and prints how long after the prompt it ended
(`child_s`), so the second run is timed on a complete cache. Then once more, from an empty
cache, a second run started the moment the first's prompt is back ("second, at once"): it waits
for the child, and must answer the same.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE))

from scale_bench import JSON_LOAD, SEARCHES, child_writing  # noqa: E402  (what the scale benchmark times)
from scale_bench import run as spawned  # noqa: E402

QUERY = ["Jānis Bērziņš", "--json"]  # scale_bench's first-run query (fuzzy hits and a visit), as JSON


def run(argv: list[str], env: dict[str, str], out: Path, errors: Path) -> dict[str, float]:
    """Wall time, CPU time and peak resident memory of one process (stdout into `out`)."""
    return spawned(argv, env, errors, out=out)


def program(checkout: Path, store: Path, work: Path) -> dict[str, Any]:
    cache = work / "cache"
    env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(cache), "BALTIC_ENVOYS_CONFIG_DIR": str(work / "config"),
           "PYTHONPATH": str(checkout)}
    main = [sys.executable, str(checkout / "main.py")]
    out, err = work / "stdout", work / "stderr"
    figures: dict[str, Any] = {}
    subprocess.run(["rm", "-rf", str(cache)], check=True)
    figures["who (first)"] = run([*main, "who", "LV", "BY", "--on", "2005", "--db", str(store)], env, out, err)
    subprocess.run(["rm", "-rf", str(cache)], check=True)
    answers = []
    for name in ("search (first)", "search (second)"):
        figures[name] = run([*main, "search", *QUERY, "--db", str(store)], env, out, err)
        figures[name]["child_s"] = child_writing(store, cache)  # the cache written after the answer
        answers.append(out.read_bytes())
    if answers[0] != answers[1]:
        raise SystemExit(f"{checkout}: the first run's answer is not the second's")
    figures["searches (second)"] = {label: run([*main, "search", *query, "--db", str(store)], env, out, err)
                                    for label, query in SEARCHES.items()}
    subprocess.run(["rm", "-rf", str(cache)], check=True)  # a second run the moment the first's prompt is back
    run([*main, "search", *QUERY, "--db", str(store)], env, out, err)
    figures["search (second, at once)"] = run([*main, "search", *QUERY, "--db", str(store)], env, out, err)
    if out.read_bytes() != answers[0]:
        raise SystemExit(f"{checkout}: a second run at once answered differently")
    child_writing(store, cache)
    subprocess.run(["rm", "-rf", str(cache)], check=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--before", type=Path, help="a checkout of the program to compare with")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    programs = {"now": REPO, **({"before": args.before.resolve()} if args.before else {})}
    rounds = []
    with tempfile.TemporaryDirectory(prefix="search-first-") as temp:
        work = Path(temp)
        for number in range(args.rounds):
            env = {**os.environ, "PYTHONPATH": str(REPO)}
            figures: dict[str, Any] = {"json.load": run([sys.executable, "-c", JSON_LOAD, str(args.store)], env,
                                                        work / "stdout", work / "stderr")}
            order = list(programs) if number % 2 == 0 else list(reversed(programs))
            for name in order:
                figures[name] = program(programs[name], args.store, work)
            rounds.append(figures)
            print(json.dumps(figures), file=sys.stderr)
    print(json.dumps(rounds, indent=1))
    for number, figures in enumerate(rounds, start=1):
        load = figures["json.load"]
        print(f"round {number}: json.load {load['s']:g} s wall, {load['cpu_s']:g} s CPU, {load['mb']} MB",
              file=sys.stderr)
        for name in programs:
            for run_name in ("who (first)", "search (first)", "search (second)", "search (second, at once)"):
                f = figures[name][run_name]
                child = f" (cache written {f['child_s']:.2f} s after the prompt)" if f.get("child_s") else ""
                print(f"  {name:6} {run_name:24} {f['s']:7.3f} s ({f['s'] / load['s']:.2f}x), "
                      f"CPU {f['cpu_s']:7.3f} s ({f['cpu_s'] / load['cpu_s']:.2f}x), {f['mb']} MB{child}",
                      file=sys.stderr)
            walls = [f["s"] for f in figures[name]["searches (second)"].values()]
            peaks = [f["mb"] for f in figures[name]["searches (second)"].values()]
            print(f"  {name:6} searches (second) {min(walls):.3f}-{max(walls):.3f} s, {min(peaks)}-{max(peaks)} MB",
                  file=sys.stderr)


if __name__ == "__main__":
    main()
