"""How many records the store holds per relation and kind: the table in the README's data section.

    python -m data.counts [--db PATH]            # the table
    python -m data.counts --sources [--db PATH]  # every source with its address

A record belongs to a relation when it names both countries: an envoy, a mission or a visit by its
two sides, a treaty or an event by its parties. Records of other pairs (a G7 declaration, an EU
decision) are counted under "other".
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from data import model as m
from data.store import Store, load_store

RELATIONS = (("lv", "by"), ("lv", "ua"), ("lt", "by"), ("lt", "ua"))
KINDS: tuple[tuple[str, type[m.Record]], ...] = (
    ("envoys", m.Envoy), ("missions", m.Mission), ("visits", m.Visit), ("treaties", m.Treaty), ("events", m.Event),
)


def sides(record: m.Record) -> set[str]:
    """The country codes a record names as its sides or parties."""
    if isinstance(record, (m.Envoy, m.Mission, m.Visit)):
        ids = {record.sending, record.receiving}
    elif isinstance(record, (m.Treaty, m.Event)):
        ids = set(record.parties)
    else:
        return set()
    return {i.partition(":")[2] for i in ids if i.startswith("country:")}


def relation_of(record: m.Record) -> str:
    named = sides(record)
    for a, b in RELATIONS:
        if {a, b} <= named:
            return f"{a.upper()}–{b.upper()}"
    return "other"


def counts(store: Store) -> dict[str, Counter[str]]:
    """{relation: Counter(kind: n)}, relations in the order of RELATIONS, then "other"."""
    table: dict[str, Counter[str]] = {f"{a.upper()}–{b.upper()}": Counter() for a, b in RELATIONS}
    table["other"] = Counter()
    for kind, cls in KINDS:
        for record in store.all(cls):
            table[relation_of(record)][kind] += 1
    return table


def markdown(store: Store) -> str:
    table = counts(store)
    head = "| relation | " + " | ".join(kind for kind, _ in KINDS) + " |"
    rows = [head, "|---|" + "---:|" * len(KINDS)]
    for relation, counter in table.items():
        rows.append(f"| {relation} | " + " | ".join(str(counter[kind]) for kind, _ in KINDS) + " |")
    sources = store.all(m.Source)
    pages = sum(1 for s in sources if not s.file.startswith(("000_", "001_", "002_", "003_", "004_")))
    rows.append("")
    rows.append(f"Sources: {len(sources)} ({len(sources) - pages} seeds, {pages} pages); "
                f"people: {len(store.all(m.Person))}; cities: {len(store.all(m.City))}.")
    return "\n".join(rows)


def source_list(store: Store) -> str:
    """One markdown line per source: its file, publisher, language, date and address."""
    lines = []
    for source in sorted(store.all(m.Source), key=lambda s: ("_" not in s.file, s.file)):  # the seeds first
        date = f", {source.published}" if source.published else ""
        address = f" <{source.url}>" if source.url else ""
        lines.append(f"- `{source.file}` {source.publisher} ({source.lang}{date}){address}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data.counts", description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="the store (default: the shipped one)")
    parser.add_argument("--sources", action="store_true", help="list the sources instead, with their addresses")
    args = parser.parse_args(argv)
    store = load_store(args.db)
    print(source_list(store) if args.sources else markdown(store))
    return 0


if __name__ == "__main__":
    sys.exit(main())
