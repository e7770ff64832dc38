"""Mutation testing of the rules a user sees: dates, `who`, `check` and search normalisation.

    python tests/benchmarks/mutation.py            # prints every surviving mutant and the kill rate
    python tests/benchmarks/mutation.py --keep     # ... and keeps the work folder to browse with mutmut

Uses mutmut (the `mutation` extra: pip install -e ".[mutation]"). It changes one thing at a time
in `MODULES` (`<` for `<=`, `+ 1` for `- 1`, a string for another...) and runs the fast tests of
`TESTS` against each change; a mutant that no test notices "survives". Slow (minutes), never in
CI. Runs on a copy of the repository in a temporary folder, so the worktree gets no `mutants/`.
A survivor that changes an answer a user sees wants a test; one that cannot change any (a
message's wording, an equivalent rewrite) is listed and left.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODULES = ["data/dates.py", "data/queries.py", "data/check.py", "search/normalize.py"]
TESTS = [
    "tests/test_dates.py", "tests/test_dates_properties.py", "tests/test_who.py", "tests/test_who_boundaries.py",
    "tests/test_check.py", "tests/test_check_overlaps.py", "tests/test_answer_details.py", "tests/test_normalize.py",
    "tests/test_search.py",
]


def _config() -> str:
    def toml_list(items: list[str]) -> str:
        return "[" + ", ".join(json.dumps(item) for item in items) + "]"

    return (
        "\n[tool.mutmut]\n"
        f"source_paths = {toml_list(sorted({m.split('/')[0] for m in MODULES}))}\n"
        f"only_mutate = {toml_list(MODULES)}\n"
        f"also_copy = {toml_list(['main.py', 'tui', 'widgets'])}\n"
        f"pytest_add_cli_args_test_selection = {toml_list(TESTS)}\n"
        f"pytest_add_cli_args = {toml_list(['-p', 'no:cacheprovider', '-q'])}\n"
    )


def _copy_repository(work: Path) -> None:
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=REPO,
                           capture_output=True, text=True, check=True).stdout.splitlines()
    for name in files:
        source = REPO / name
        if source.is_file():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, work / name)
    with (work / "pyproject.toml").open("a", encoding="utf-8") as config:
        config.write(_config())
    # The tests find the source documents at ../shared from the code mutmut runs (work/mutants).
    shared = REPO.parent / "shared"
    if not shared.is_dir():
        shared = Path("/work/shared")
    if shared.is_dir():
        (work / "shared").symlink_to(shared)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the work folder (to run `mutmut browse` in it)")
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    if shutil.which("mutmut", path=str(Path(sys.executable).parent)) is None:
        print('mutmut is not installed: pip install -e ".[mutation]"', file=sys.stderr)
        return 2
    mutmut = [str(Path(sys.executable).parent / "mutmut")]
    work = Path(tempfile.mkdtemp(prefix="envoys-mutation-"))
    try:
        _copy_repository(work)
        env = {**os.environ, "PYTHONPATH": ""}
        run = subprocess.run([*mutmut, "run", "--max-children", str(args.max_children)], cwd=work, env=env,
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout[-3000:], run.stderr[-3000:], sep="\n", file=sys.stderr)
            return 1
        listing = subprocess.run([*mutmut, "results", "--all", "true"], cwd=work, env=env, capture_output=True,
                                 text=True).stdout
        statuses: dict[str, str] = {}
        for line in listing.splitlines():
            name, _, status = line.strip().rpartition(": ")
            if name:
                statuses[name] = status
        survivors = [name for name, status in statuses.items() if status not in ("killed", "timeout", "segfault")]
        for name in survivors:
            shown = subprocess.run([*mutmut, "show", name], cwd=work, env=env, capture_output=True, text=True)
            print(shown.stdout.rstrip(), end="\n\n")
        tested = [name for name, status in statuses.items() if status not in ("skipped", "not checked")]
        killed = len(tested) - len([name for name in survivors if name in tested])
        by_module: dict[str, list[int]] = {}
        for name, status in statuses.items():
            module = name.split(".x")[0].split(".xǁ")[0]
            counts = by_module.setdefault(module, [0, 0])
            counts[0] += status in ("killed", "timeout", "segfault")
            counts[1] += status not in ("skipped", "not checked")
        for module, (dead, total) in sorted(by_module.items()):
            print(f"{module:<20} {dead:>4} of {total:>4} mutants killed ({dead / max(total, 1):.0%})")
        rate = killed / max(len(tested), 1)
        print(f"\nkill rate: {killed} of {len(tested)} mutants killed ({rate:.1%}); {len(survivors)} survive")
        return 0
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
