"""Build the shipped store (`data/store.json`) from the authoring files in `data/authoring/`.

    python -m data.build            # validate, then write data/store.json atomically
    python -m data.build --check    # validate; exit 1 if store.json is stale or a file is wrong

Records with the same id in several files are merged (see data/authoring/README.md). The
output is deterministic (sorted ids, sorted keys), so a stale store shows up as a diff.

Generation and verification are separate: the store is made from the TOML files alone, and
every quote is then checked against whichever source copies are on this machine (the seeds in
`../shared/seeds/`, the page copies in `.pages/` or `$BALTIC_ENVOYS_PAGES`). Sources whose copy
is absent are listed as unchecked, so the build works (and the staleness test runs) without them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from data import model as m
from data.atomic import write_atomic
from data.check import check_tables
from data.records import NOT_ATTESTED
from data.sources import DEFAULT_SEEDS, default_pages
from data.store import EMBEDDED_STORE, SCHEMA_VERSION, Problem

AUTHORING = Path(__file__).with_name("authoring")
TOML_KINDS = {
    "source": "source", "country": "country", "organisation": "org", "city": "city",
    "person": "person", "envoy": "envoy", "mission": "mission", "visit": "visit",
    "treaty": "treaty", "event": "event",
}
NAMED_PREFIXES = ("country", "org", "city", "person")


def authoring_files(folder: Path = AUTHORING) -> list[Path]:
    files = sorted(folder.glob("*.toml"))
    # common.toml first: the records every other file refers to.
    return sorted(files, key=lambda f: (f.name != "common.toml", f.name))


def load_documents(files: Iterable[Path]) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """{id: merged document} over all files, and the merge conflicts found."""
    merged: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for file in files:
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            problems.append(Problem(file.name, f"not valid TOML: {error}"))
            continue
        for toml_kind, docs in data.items():
            prefix = TOML_KINDS.get(toml_kind)
            if prefix is None or not isinstance(docs, list):
                problems.append(Problem(file.name, f"unknown record kind [[{toml_kind}]]"))
                continue
            for doc in docs:
                record_id = doc.get("id")
                if not isinstance(record_id, str) or not record_id.startswith(prefix + ":"):
                    problems.append(Problem(file.name, f"[[{toml_kind}]] with a bad id {record_id!r}"))
                    continue
                if record_id in merged:
                    problems += [Problem(record_id, f"{file.name}: {c}") for c in merge(merged[record_id], doc)]
                else:
                    merged[record_id] = json.loads(json.dumps(doc))  # a deep copy
    return merged, problems


def merge(into: dict[str, Any], other: dict[str, Any]) -> list[str]:
    """Merge `other` into `into`: lists united, texts per language, scalars must agree."""
    conflicts = []
    for key, value in other.items():
        if key not in into:
            into[key] = json.loads(json.dumps(value))
        elif key == "notes":
            if value and value not in into[key]:
                into[key] = f"{into[key]}\n{value}" if into[key] else value
        elif isinstance(value, list) and isinstance(into[key], list):
            into[key] = _union(into[key], value)
        elif isinstance(value, dict) and isinstance(into[key], dict):
            for lang, form in value.items():
                if lang not in into[key]:
                    into[key][lang] = form
                elif into[key][lang] != form:
                    conflicts.append(f"field '{key}.{lang}' disagrees: {into[key][lang]} vs {form}")
        elif into[key] != value:
            conflicts.append(f"field '{key}' disagrees: {into[key]!r} vs {value!r}")
    return conflicts


def _union(first: list[Any], second: list[Any]) -> list[Any]:
    result = list(first)
    for item in second:
        person = item.get("person") if isinstance(item, dict) else None
        if person is not None:
            same = next((x for x in result if isinstance(x, dict) and x.get("person") == person), None)
            if same is not None:
                merge(same, item)
                continue
        if item not in result:
            result.append(item)
    return result


def normalise(doc: dict[str, Any]) -> dict[str, Any]:
    """Mark every name language the sources do not attest, explicitly, in the store."""
    prefix = doc["id"].partition(":")[0]
    if prefix in NAMED_PREFIXES or prefix == "treaty":
        field = "title" if prefix == "treaty" else "name"
        texts = doc.setdefault(field, {})
        for lang in m.LANGUAGES:
            texts.setdefault(lang, {"text": None, "basis": NOT_ATTESTED})
    return doc


def tables_of(docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The TinyDB file's content: a meta table and one table per kind, doc ids 1..n by id."""
    tables: dict[str, Any] = {"meta": {"1": {"schema_version": SCHEMA_VERSION}}}
    for prefix, (table, _cls) in m.KINDS.items():
        chosen = sorted(i for i in docs if i.partition(":")[0] == prefix)
        tables[table] = {str(n): normalise(docs[i]) for n, i in enumerate(chosen, start=1)}
    return tables


def render(tables: dict[str, Any]) -> bytes:
    return (json.dumps(tables, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def build(
    folder: Path = AUTHORING, seeds: Path | None = DEFAULT_SEEDS, pages: Path | None = None,
) -> tuple[bytes, list[Problem]]:
    """The store file's bytes and every problem found building it (empty when clean).

    Quotes are checked against the copies in `seeds` and `pages` (default: `default_pages()`)
    that exist; a source whose copy is in neither is a note (unchecked), not an error.
    """
    docs, problems = load_documents(authoring_files(folder))
    tables = tables_of(docs)
    folders = [f for f in (seeds, pages or default_pages()) if f is not None and Path(f).is_dir()]
    # The same checks as `envoys check`, quotes included; the sources' own typos are not errors.
    problems += check_tables(tables, folders, notes=False)
    return render(tables), problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data.build", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only validate and compare with the shipped store")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of the five seed documents")
    parser.add_argument("--pages", type=Path, default=None,
                        help="folder of the page copies (default: $BALTIC_ENVOYS_PAGES, else .pages/)")
    parser.add_argument("--out", type=Path, default=EMBEDDED_STORE, help="the store file to write or compare")
    args = parser.parse_args(argv)
    content, problems = build(seeds=args.seeds, pages=args.pages)
    errors = [p for p in problems if p.severity == "error"]
    unchecked = len(problems) - len(errors)
    for problem in errors:
        print(problem)
    if unchecked:
        folders = " or ".join(str(f) for f in (args.seeds, args.pages or default_pages()))
        print(f"note: {unchecked} sources have no copy in {folders}: their quotes were not checked")
    if errors:
        print(f"{len(errors)} problems: store not written", file=sys.stderr)
        return 1
    current = args.out.read_bytes() if args.out.exists() else b""
    if args.check:
        if current != content:
            print(f"{args.out} is stale: run 'python -m data.build'", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    if current != content:
        write_atomic(args.out, content)
    print(f"wrote {args.out} ({len(content):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
