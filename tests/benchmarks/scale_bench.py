"""How the commands and the app scale with the store: about 1k, 10k and 250k records.

    .venv/bin/python tests/benchmarks/scale_bench.py                  # all three sizes, some minutes
    .venv/bin/python tests/benchmarks/scale_bench.py --sizes 1000 10000
    .venv/bin/python tests/benchmarks/scale_bench.py --store /work/bench/store250k.json --only who app

Each store is generated (into a temporary folder, never the repository) with the shipped store's
shape: its countries, cities, organisations, sources, missions, treaties and events as they are,
plus synthetic people (Latvian, Lithuanian and Belarusian/Russian names in lv, lt, en and
Cyrillic, with declined aliases), envoys and visits in the proportions of a grown store (100
people : 21 envoys : 126 visits), each with citations and partial dates, written as TinyDB JSON
the way `python -m data.build` writes the shipped store.

For each size, every command runs as a real process (`main.py who/show/search/list --json/check`)
and the app runs headless to its first frame, to its tables being filled (the first frame whose
visible tab shows rows) and on until every table is read (its peak memory counts them all), each twice: with an
empty cache folder ("first") and again ("second"), beside `json.load` of the same file in a
process of its own; then, the cache built, `envoys search` for each of `SEARCHES` (a person's
name in lv, lt, en, Cyrillic and declined, a city, a query whose hits are visits, a typo that
needs the fuzzy tier). Wall time (s) and peak resident memory (MB, from the child's rusage) are
printed as JSON, with a summary table. Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if __package__ in (None, ""):  # run as a script: make the project and the sibling benchmark importable
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_bench import synthetic_people  # noqa: E402  (the same names as the search benchmark)
from startup_bench import FIRST_ROWS  # noqa: E402  (the same "first frame with rows")

from data.store import EMBEDDED_STORE  # noqa: E402

PEOPLE, ENVOYS, VISITS = 100, 21, 126  # per 247 generated records
TITLES = {
    "ambassador": ("Ārkārtējais un pilnvarotais vēstnieks", "Nepaprastasis ir įgaliotasis ambasadorius",
                   "Ambassador Extraordinary and Plenipotentiary"),
    "charge-daffaires": ("Pagaidu pilnvarotais lietvedis", "Laikinasis reikalų patikėtinis", "Chargé d'affaires a.i."),
    "honorary-consul": ("Goda konsuls", "Garbės konsulas", "Honorary Consul"),
}
OFFICES = [("Ārlietu ministrs", "Užsienio reikalų ministras", "Minister of Foreign Affairs"),
           ("Valsts sekretārs", "Valstybės sekretorius", "State Secretary"),
           ("Ministru prezidents", "Ministras pirmininkas", "Prime Minister")]


def _text(forms: tuple[str, str, str], basis: str = "translated") -> dict[str, Any]:
    return {lang: {"basis": basis, "text": text} for lang, text in zip(("lv", "lt", "en"), forms, strict=True)}


def _date(rng: random.Random, first: int = 1992, last: int = 2024) -> str:
    year = rng.randint(first, last)
    precision = rng.random()
    if precision < 0.3:
        return str(year)
    if precision < 0.5:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def generate(records: int, seed: int = 14) -> dict[str, Any]:
    """The shipped store's tables plus about `records` generated people, envoys and visits."""
    rng = random.Random(seed)
    tables = json.loads(EMBEDDED_STORE.read_text(encoding="utf-8"))
    countries = [doc["id"] for doc in tables["countries"].values()]
    cities = [doc["id"] for doc in tables["cities"].values()]
    sources = [doc["id"] for doc in tables["sources"].values()]
    unit = records / (PEOPLE + ENVOYS + VISITS)
    people = synthetic_people(max(1, round(PEOPLE * unit)))
    for n, person in enumerate(people, start=len(tables["people"]) + 1):
        doc = {"id": person.id, "aliases": list(person.aliases),
               "name": {lang: {"basis": f.basis, "text": f.text} for lang, f in person.name.forms.items()},
               "citations": [{"source": rng.choice(sources), "quote": f"{person.name.show('lv')} vizīte"}]}
        tables["people"][str(n)] = doc
    for n in range(round(ENVOYS * unit)):
        person = rng.choice(people)
        role = rng.choice(list(TITLES))
        sending, receiving = rng.sample(countries, 2)
        start = _date(rng, 1992, 2020)
        doc = {"id": f"envoy:synthetic-{n}", "person": person.id, "from": sending, "to": receiving, "role": role,
               "title": _text(TITLES[role]), "city": rng.choice(cities), "start": start,
               "citations": [{"source": rng.choice(sources),
                              "quote": f"No {start[:4]}. gada {person.name.show('lv')}"}]}
        if rng.random() < 0.7:
            doc.update(end=str(int(start[:4]) + rng.randint(1, 4)), end_basis="stated")
        tables["envoys"][str(len(tables["envoys"]) + 1)] = doc
    for n in range(round(VISITS * unit)):
        visitors = rng.sample(people, rng.choice((1, 1, 2)))
        sending, receiving = rng.sample(countries, 2)
        date = _date(rng)
        office = rng.choice(OFFICES)
        doc = {"id": f"visit:synthetic-{n}", "date": date, "kind": rng.choice(("visit", "working-visit", "meeting")),
               "from": sending, "to": receiving, "city": rng.choice(cities),
               "people": [{"person": p.id, "office": _text(office)} for p in visitors],
               "occasion": _text(("Starpvaldību komisijas sēde", "Tarpvyriausybinės komisijos posėdis",
                                  "Intergovernmental commission meeting")),
               "citations": [{"source": rng.choice(sources),
                              "quote": f"{date} {', '.join(p.name.show('lv') for p in visitors)} vizīte"}]}
        tables["visits"][str(len(tables["visits"]) + 1)] = doc
    return tables


def write_store(tables: dict[str, Any], path: Path) -> None:
    # As data/build.py renders the shipped store: indented by one, keys sorted.
    path.write_bytes((json.dumps(tables, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))


APP = """
import json, os, sys, time
""" + FIRST_ROWS + """
class Measured(FirstRows):
    # "tables filled": the first frame whose visible tab shows rows (startup_bench.FIRST_ROWS);
    # the process ends only once every table is read, so its peak memory counts the whole store.
    def rows_shown(self):
        self.done()
    def data_ready(self, store, complete=True):
        super().data_ready(store, complete)
        if complete:
            self.all_read = time.perf_counter() - T0
            self.call_after_refresh(self.done)
    def done(self):
        if hasattr(self, "first_rows") and hasattr(self, "all_read") and not hasattr(self, "reported"):
            self.reported = True
            with open(os.environ["BENCH_OUT"], "w") as out:
                json.dump({"first_frame": self.first_paint, "tables_filled": self.first_rows,
                           "all_read": self.all_read}, out)
            self.exit()
Measured(sys.argv[1], lang="en", remember=False).run(headless=True, size=(100, 30))
"""
SEARCHES = {  # names the generator makes (search_bench.synthetic_people, seeded), and the shipped store's
    "a person, lv": ["Oļegs Pišečuks"],
    "a person, lt": ["Tomas Šimkazus", "--lang", "lt"],
    "a person, en": ["Oleg Pishechuk"],
    "a person, Cyrillic": ["Пишечук"],
    "a person, declined": ["Baibas Lutīrbērziņas"],
    "a city, locative": ["Minskā"],
    "visits (Makei)": ["Makei", "--json"],
    "a typo (fuzzy tier)": ["Lutirberzna"],
    "50 envoys": ["ambassador", "--type", "envoy", "--limit", "50"],
}
JSON_LOAD = "import json, sys\nwith open(sys.argv[1], encoding='utf-8') as f: json.load(f)\n"
PRELUDE = "import time; T0 = time.perf_counter()\n"


def run(argv: list[str], env: dict[str, str], errors: Path, out: Path | None = None) -> dict[str, float]:
    """Wall time, CPU time (user and system, the process and the children it waited for: steadier
    than wall time on a shared machine) and peak resident memory of one process (its output
    thrown away, or written to `out`).

    posix_spawn, not fork: a forked child counts its parent's pages in its peak until it execs.
    """
    start = time.perf_counter()
    stdout = (os.POSIX_SPAWN_OPEN, 1, str(out), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600) if out else \
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)
    actions = [stdout, (os.POSIX_SPAWN_OPEN, 2, str(errors), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)]
    pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
    _pid, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{argv[1:4]} failed: {errors.read_text()}")
    return {"s": round(wall, 3), "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
            "mb": round(usage.ru_maxrss / 1024)}


def child_writing(store: Path, cache: Path) -> float:
    """Seconds until the detached child a first `envoys search` leaves writing the store's cache
    (`search.detached`) has ended: 0 when there is none (or a program without one). The
    benchmark waits for it after each `search`, so that the next program meets the cache it
    expects (none, after `rm -rf`) and a second run is timed on the cache the first one left; a
    search started meanwhile would wait for the child (its builder lock) the same way.
    The lock's place is worked out here, as `data.cache.StoreCache` does, without its key file."""
    import fcntl
    import hashlib

    folder = cache / hashlib.blake2b(str(store.resolve()).encode("utf-8", "surrogateescape"),
                                     digest_size=16).hexdigest()
    start = time.perf_counter()
    try:
        fd = os.open(folder / "builder.lock", os.O_RDONLY)
    except OSError:
        return 0.0
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
    finally:
        os.close(fd)
    return round(time.perf_counter() - start, 3)


PROGRAMS = ("who", "show", "search", "list --json", "check", "app")


def measure(store: Path, work: Path, rounds: tuple[str, ...] = ("first", "second"),
            only: tuple[str, ...] = PROGRAMS) -> dict[str, Any]:
    cache = work / "cache"
    env = {**os.environ, "BALTIC_ENVOYS_CACHE_DIR": str(cache), "BALTIC_ENVOYS_CONFIG_DIR": str(work / "config"),
           "BENCH_OUT": str(work / "app.json")}
    python, main = sys.executable, str(REPO / "main.py")
    commands = {
        "who": [python, main, "who", "LV", "BY", "--on", "2005", "--db", str(store)],
        "show": [python, main, "show", "envoy:synthetic-1", "--db", str(store)],
        "search": [python, main, "search", "Jānis Bērziņš", "--db", str(store)],
        "list --json": [python, main, "list", "envoys", "--json", "--db", str(store)],
        "check": [python, main, "check", "--db", str(store)],
    }
    err = work / "stderr"
    figures: dict[str, Any] = {"json.load": run([python, "-c", JSON_LOAD, str(store)], env, err)}
    # Each command (and the app) meets an empty cache for its first run and, straight after, the
    # cache its own first run left for its second: "second" is that program's second start, not
    # whatever another command happened to leave behind.
    for name, argv in commands.items():
        if name not in only:
            continue
        subprocess.run(["rm", "-rf", str(cache)], check=True)
        for run_name in rounds:
            figures[f"{name} ({run_name})"] = run(argv, env, err)
            if name == "search":  # the cache written after the answer: `child_s` after the prompt
                figures[f"{name} ({run_name})"]["child_s"] = child_writing(store, cache)
        if name == "search" and "second" in rounds:  # on the cache search's own runs built: searches as typed
            figures["searches (second)"] = {
                label: run([python, main, "search", *query, "--db", str(store)], env, err)
                for label, query in SEARCHES.items()}
            # a second run started the moment the first one's prompt is back: it waits for the child
            subprocess.run(["rm", "-rf", str(cache)], check=True)
            run(argv, env, err)
            figures["search (second, at once)"] = run(argv, env, err)
            child_writing(store, cache)
    subprocess.run(["rm", "-rf", str(cache)], check=True)
    for run_name in rounds if "app" in only else ():
        app = run([python, "-c", PRELUDE + APP, str(store)], env, err)
        timing = json.loads((work / "app.json").read_text())
        figures[f"app ({run_name})"] = {"first_frame_s": round(timing["first_frame"], 3),
                                        "tables_filled_s": round(timing["tables_filled"], 3),
                                        "all_read_s": round(timing["all_read"], 3), "cpu_s": app["cpu_s"],
                                        "mb": app["mb"]}
    return figures


def summary(report: dict[str, Any], before: dict[str, Any] | None = None) -> str:
    """A Markdown table of a report: per size, the first run (empty cache) and the second, each
    command's wall time and peak memory beside `json.load` of the same file in the same run (with
    `before`, the report of an earlier program, its first run in a row of its own); then a table
    of the searches `SEARCHES` (second run) by size."""
    names = ["who", "show", "search", "list --json", "check"]
    lines = ["| records (file) | run | `json.load` | " + " | ".join(f"`{n}`" for n in names)
             + " | app: first frame | app: tables filled |", "|---" * (len(names) + 5) + "|"]

    def row(figures: dict[str, Any], run: str, label: str) -> str:
        if not any(f"{n} ({run})" in figures for n in [*names, "app"]):
            return ""
        load = figures["json.load"]
        cells = [f"{figures['records']:,} ({figures['mb_file']} MB)", label, f"{load['s']:g} s, {load['mb']} MB"]
        cells += [f"{figures[f'{n} ({run})']['s']:g} s, {figures[f'{n} ({run})']['mb']} MB"
                  if f"{n} ({run})" in figures else "" for n in names]
        app = figures.get(f"app ({run})", {"first_frame_s": 0, "tables_filled_s": 0, "mb": 0})
        # The visible tab fills before the other tables are read (the peak counts them all).
        read = f" (all read {app['all_read_s']:g} s)" if "all_read_s" in app else ""
        cells += [f"{app['first_frame_s']:g} s", f"{app['tables_filled_s']:g} s{read}, {app['mb']} MB"]
        return "| " + " | ".join(cells) + " |"

    for size, figures in report["sizes"].items():
        if before is not None and size in before["sizes"]:
            lines.append(row(before["sizes"][size], "first", "before"))
        lines += [row(figures, "first", "first (no cache)"), row(figures, "second", "second")]
    lines = [line for line in lines if line]
    searched = {size: figures["searches (second)"] for size, figures in report["sizes"].items()
                if "searches (second)" in figures}
    if searched:
        sizes = list(searched)
        lines += ["", "| `envoys search`, second run | " + " | ".join(
            f"{report['sizes'][size]['records']:,} records" for size in sizes) + " |", "|---" * (len(sizes) + 1) + "|"]
        for name in SEARCHES:
            lines.append(f"| {name} | " + " | ".join(
                f"{searched[size][name]['s']:g} s, {searched[size][name]['mb']} MB" for size in sizes) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 250000])
    parser.add_argument("--keep", type=Path, default=None, help="write the generated stores into this folder")
    parser.add_argument("--once", action="store_true", help="only the first run of each (a program without a cache)")
    parser.add_argument("--store", type=Path, default=None,
                        help="measure this store (read only, never written) instead of generating stores")
    parser.add_argument("--only", nargs="+", choices=PROGRAMS, default=list(PROGRAMS),
                        help="measure these programs alone (json.load always)")
    parser.add_argument("--generate", nargs=2, metavar=("SIZE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--summary", type=Path, nargs="+", metavar="REPORT",
                        help="print the Markdown table of a saved report (and of a report 'before' it) and stop")
    args = parser.parse_args()
    if args.generate:
        size, store = int(args.generate[0]), Path(args.generate[1])
        if not store.exists():
            write_store(generate(size), store)
        print(sum(len(t) for name, t in json.loads(store.read_bytes()).items() if name != "meta"))
        return
    if args.summary:
        reports = [json.loads(path.read_text()) for path in args.summary]
        print(summary(reports[0], reports[1] if len(reports) > 1 else None))
        return
    os.chdir(REPO)
    report: dict[str, Any] = {"machine": f"{os.cpu_count()} cores", "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="scale-bench-") as temp:
        folder = args.keep or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in args.sizes if args.store is None else [0]:
            store = folder / f"store-{size}.json" if args.store is None else args.store.resolve()
            # In a child: a child's peak memory counts what its parent held when it was spawned
            # (`--generate` writes nothing when the file is there already: it counts its records).
            records = int(subprocess.run([sys.executable, __file__, "--generate", str(size), str(store)],
                                         check=True, capture_output=True, text=True).stdout)
            size = size or records
            work = Path(temp) / f"work-{size}"
            work.mkdir()
            figures = measure(store, work, ("first",) if args.once else ("first", "second"), tuple(args.only))
            report["sizes"][str(size)] = {"records": records, "mb_file": round(store.stat().st_size / 2**20, 1),
                                          **figures}
            print(json.dumps({size: report["sizes"][str(size)]}), file=sys.stderr)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
