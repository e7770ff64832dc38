"""How well the importer reads pages: the five source documents always, the development pages when present.

    .venv/bin/python tests/benchmarks/import_quality.py            # tables, then JSON
    .venv/bin/python tests/benchmarks/import_quality.py --json     # JSON only
    .venv/bin/python tests/benchmarks/import_quality.py --pages DIR   # the page copies (default: .pages/)

The development pages (`tests/benchmarks/page_facts.py`) are met with the facts we wrote down by
hand for each (`tests/benchmarks/expected/`); those marked as a hold-out are reported apart.
The seeds are met with the shipped store, whose records were reviewed by hand and never made by
the importer: both references are independent of the code under test.

Each seed is imported into an *empty* store (no people, no countries: nothing to lean on) as
`envoys import` would write it by default (guesses left for review are not written), and
compared with the shipped store's records that cite that seed:

    envoys        (person, from, to, start)
    table visits  (date, people)          rows of a visit table: a citation that is a whole date line
    other visits  (date, people)          visits told in prose
    missions      (from, to, kind, city)
    events        (kind, parties, date)   parties in order for a recognition, as a set for relations
    treaties      (signed, countries)     informative: titles and the ministries that signed are not compared

A person matches when one of the imported person's written or nominative forms folds
(`search.normalize.fold`) to one of the shipped person's forms or aliases, or else when the
search engine finds exactly one shipped person whose name meets it word by word
(`data.importer.resolve.same_name`). Dates must be equal, precision included.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from data import model as m
from data.importer.choice import choose
from data.importer.dates import parse_found
from data.importer.merge import countries_of
from data.importer.page import read_page
from data.importer.plan import empty_tables, plan_page
from data.importer.resolve import forms_of, same_name
from data.importer.write import apply
from data.sources import DEFAULT_SEEDS
from data.store import Store, decode_tables, load_store
from search.importing import SearchLookup
from search.index import SearchIndex
from search.normalize import fold

KINDS = ("envoys", "table visits", "other visits", "missions", "events", "treaties")


def _table_lines(text: str, lang: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip() and parse_found(line.strip(), lang)}


def _is_table_visit(visit: m.Visit, source: str, date_lines: set[str]) -> bool:
    return any(c.source == source and c.quote.strip() in date_lines for c in visit.citations)


def _told_by(store: Store, visit: m.Visit, source: str) -> list[str]:
    """The visit's people that `source` itself names in its quotes on the visit: a shipped visit
    merged from several sources (the 2009 visit: the seed names Lukashenko, a page his hosts) is
    measured against one seed only by what that seed says. Where the quotes name nobody (a table
    row's date), every person counts."""
    quotes = fold(" ".join(c.quote for c in visit.citations if c.source == source))
    named = [p.person for p in visit.people
             if any(fold(form) in quotes for form in forms_of(store.get(p.person)))]
    return named or [p.person for p in visit.people]


def keys(store: Store, source: str, person: dict[str, str], date_lines: set[str]) -> dict[str, Counter]:
    """The comparison keys of every record of `store` citing `source`, per kind."""
    def cites(record: m.Record) -> bool:
        return any(c.source == source for c in record.citations)

    def who(person_id: str) -> str:
        return person.get(person_id, person_id)

    out: dict[str, Counter] = {kind: Counter() for kind in KINDS}
    for envoy in filter(cites, store.all(m.Envoy)):
        out["envoys"][(who(envoy.person), envoy.sending, envoy.receiving, str(envoy.start))] += 1
    for visit in filter(cites, store.all(m.Visit)):
        kind = "table visits" if _is_table_visit(visit, source, date_lines) else "other visits"
        out[kind][(str(visit.date), tuple(sorted(who(p) for p in _told_by(store, visit, source))))] += 1
    for mission in filter(cites, store.all(m.Mission)):
        out["missions"][(mission.sending, mission.receiving, mission.mission_kind, mission.city)] += 1
    for event in filter(cites, store.all(m.Event)):
        parties = event.parties if event.event_kind == "recognition" else tuple(sorted(event.parties))
        out["events"][(event.event_kind, parties, str(event.date))] += 1
    for treaty in filter(cites, store.all(m.Treaty)):
        countries = tuple(countries_of(treaty.parties))  # not the ministries that signed
        out["treaties"][(str(treaty.signed) if treaty.signed else None, countries)] += 1
    return out


def person_map(imported: Store, shipped: Store, index: SearchIndex) -> dict[str, str]:
    """imported person id -> shipped person id, where the names say they are the same person."""
    folded: dict[str, set[str]] = {}
    for person in shipped.all(m.Person):
        for form in forms_of(person):
            folded.setdefault(fold(form), set()).add(person.id)
    mapping: dict[str, str] = {}
    for person in imported.all(m.Person):
        found = {pid for form in forms_of(person) for pid in folded.get(fold(form), ())}
        if not found:
            for form in forms_of(person):
                for hit in index.search(form, kinds={"person"}, limit=5):
                    other = shipped.get(hit.record_id)
                    if isinstance(other, m.Person) and any(same_name(form, f) for f in forms_of(other)):
                        found.add(other.id)
        if len(found) == 1:
            mapping[person.id] = found.pop()
    return mapping


def score(got: Counter, want: Counter) -> dict[str, Any]:
    hits = sum((got & want).values())
    extracted, expected = sum(got.values()), sum(want.values())
    return {
        "expected": expected, "extracted": extracted, "correct": hits,
        "precision": round(hits / extracted, 3) if extracted else None,
        "recall": round(hits / expected, 3) if expected else None,
        "missed": [list(k) for k in (want - got)], "extra": [list(k) for k in (got - want)],
    }


def measure(seeds: Path, *, accept_guesses: bool = False) -> list[dict[str, Any]]:
    """Each seed imported into an empty store, as a reader who accepts its new facts would write it
    (and the records left for review with `accept_guesses`), met with the shipped store's records. Into an
    empty store nothing is a merge, so nothing can change a record: the facts new to the store are what the
    seeds have always been measured on (`--accept` writes the records left for review too)."""
    shipped = load_store()
    index = SearchIndex.build(shipped)
    results = []
    for source in sorted(shipped.all(m.Source), key=lambda s: s.file):
        path = seeds / source.file
        if not path.is_file():  # a page copy, not one of the five seeds: not measured here
            continue
        page = read_page(path)
        tables = empty_tables()
        plan = plan_page(page, tables, lookup=SearchLookup)
        accept = frozenset({"new", "review"} if accept_guesses else {"new"})
        choice = choose(plan, accept=accept)
        changes, skipped = choice.written, choice.skipped_counts()
        records, problems = decode_tables(apply(changes, tables))
        assert not problems, problems[:3]
        imported = Store(records)
        date_lines = _table_lines(path.read_text(encoding="utf-8"), page.lang)
        mine = keys(imported, plan.source_id, person_map(imported, shipped, index), date_lines)
        theirs = keys(shipped, source.id, {}, date_lines)
        results.append({
            "seed": source.file, "source": source.id, "lang": page.lang, "detected": page.lang_detected,
            "review": len(plan.of("review")), "skipped": skipped,
            "kinds": {kind: score(mine[kind], theirs[kind]) for kind in KINDS},
        })
    return results


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def print_table(results: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table


    table = Table(title="Importer vs shipped store, each seed imported into an empty store", title_justify="left")
    for header in ("seed", "kind", "expected", "extracted", "correct", "precision", "recall"):
        table.add_column(header, justify="right" if header not in ("seed", "kind") else "left")
    for result in results:
        for kind, figures in result["kinds"].items():
            if not figures["expected"] and not figures["extracted"]:
                continue
            table.add_row(f"{result['seed'][:3]} {result['source']}", kind, str(figures["expected"]),
                          str(figures["extracted"]), str(figures["correct"]), _pct(figures["precision"]),
                          _pct(figures["recall"]))
    Console(width=140).print(table)


def seed_totals(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per kind over the five seeds, and over all kinds."""
    totals: dict[str, dict[str, Any]] = {}
    for kind in (*KINDS, "all"):
        kinds = KINDS if kind == "all" else (kind,)
        expected = sum(r["kinds"][k]["expected"] for r in results for k in kinds)
        extracted = sum(r["kinds"][k]["extracted"] for r in results for k in kinds)
        correct = sum(r["kinds"][k]["correct"] for r in results for k in kinds)
        totals[kind] = {"expected": expected, "extracted": extracted, "correct": correct,
                        "precision": round(correct / extracted, 3) if extracted else None,
                        "recall": round(correct / expected, 3) if expected else None}
    return totals


def print_pages(pages: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    from tests.benchmarks.page_facts import PARTS

    table = Table(title="Importer vs the facts written down by hand, development pages", title_justify="left")
    for header in ("part", "kind", "expected", "proposed", "correct", "precision", "recall", "written",
                   "accepted"):
        table.add_column(header, justify="right" if header not in ("part", "kind") else "left")
    for part in PARTS:
        for kind, figures in pages[part].items():
            # right of all: written is what `envoys import` writes without a reader (merges), accepted what
            # it writes with --accept (nothing held, no conflict)
            table.add_row(part, kind, str(figures["expected"]), str(figures["proposed"]), str(figures["correct"]),
                          _pct(figures["precision"]), _pct(figures["recall"]),
                          f"{figures['written_correct']} / {figures['written']}",
                          f"{figures['accepted_correct']} / {figures['accepted']}")
    Console(width=140).print(table)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--pages", type=Path, default=Path(__file__).resolve().parents[2] / ".pages",
                        help="the development pages' copies (NNN.txt and index.json); skipped when absent")
    parser.add_argument("--json", action="store_true", help="JSON only")
    parser.add_argument("--accept-guesses", action="store_true", help="also count names left for review")
    args = parser.parse_args(argv)
    results = measure(args.seeds, accept_guesses=args.accept_guesses)
    output: dict[str, Any] = {"seeds": results, "seeds_total": seed_totals(results)}
    if (args.pages / "index.json").is_file():
        from tests.benchmarks.page_facts import measure_pages

        output["pages"] = measure_pages(args.pages)
    else:
        output["pages"] = None
        print(f"no development pages at {args.pages}: measured the seeds only", file=sys.stderr)
    if not args.json:
        print_table(results)
        if output["pages"]:
            print_pages(output["pages"])
    print(json.dumps(output, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
