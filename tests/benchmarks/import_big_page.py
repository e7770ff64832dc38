"""How long a 5 MB page takes to import (the issue's bar: under 10 s), as `envoys import --dry-run` runs it.

    .venv/bin/python tests/benchmarks/import_big_page.py            # builds the page in a temporary folder

The page is the five source documents, one after the other, repeated until it holds 5 MB (just
under the importer's limit): many facts, each stated many times, the worst case for "one page,
one truth". Prints JSON: the size, the seconds for each stage and in total, and what was proposed.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from data.importer.page import MAX_BYTES, read_page
from data.importer.plan import plan_page
from data.importer.write import base_tables
from data.sources import DEFAULT_SEEDS
from search.importing import SearchLookup


def build_page(folder: Path, seeds: Path = DEFAULT_SEEDS, lang_file: str | None = None) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if lang_file:
        texts = [(seeds / lang_file).read_text(encoding="utf-8")]
    chunk = "\n\n".join(texts) + "\n\n"
    size = len(chunk.encode("utf-8"))
    page = folder / "big.txt"
    page.write_text(chunk * max(1, (MAX_BYTES - 1000) // size), encoding="utf-8")
    return page


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = build_page(Path(folder))
        started = time.perf_counter()
        page = read_page(path, "lv")
        read = time.perf_counter()
        tables = base_tables(Path(folder) / "store.json")
        plan = plan_page(page, tables, lookup=SearchLookup)
        planned = time.perf_counter()
        print(json.dumps({"bytes": path.stat().st_size, "read_s": round(read - started, 2),
                          "plan_s": round(planned - read, 2), "total_s": round(planned - started, 2),
                          "counts": plan.counts(), "held": len(plan.held)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
