"""`envoys check`: every problem of a store, each with its record id.

Unlike `load_store`, which stops at the first problem, this reads on and reports all of them:
schema, dangling ids, impossible dates, start after end, overlapping postings of one post,
quotes that are not verbatim in their source (when the sources are at hand), and, as notes,
the typos and contradictions of the sources that records carry.
"""

from __future__ import annotations

import datetime as _dt
import heapq
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from data import model as m
from data.dates import PartialDate
from data.errors import EnvoysError
from data.fastdecode import fast_records
from data.paths import kind_of, shown
from data.sources import alias_problems, quote_problems, read_sources
from data.store import Problem, schema_version
from data.storefile import StoreStorage
from data.validate import validate


def check_store(
    path: Path, seeds: Path | Sequence[Path] | None = None, today: _dt.date | None = None, *,
    keep: list[object] | None = None,
) -> list[Problem]:
    """All problems of the store at `path`; quotes are checked when `seeds` names folders of the
    source files (the seeds, the page copies: each file is looked for in every folder).
    A `seeds` path that is not a folder is a bad option (EnvoysError). `keep` receives what was
    decoded, for a program that would rather not free it (see `main.run`)."""
    for folder in _folders(seeds):
        try:
            kind = kind_of(folder)
        except OSError as error:
            raise EnvoysError(f"--sources {shown(folder)}: no such folder ({error.strerror or error})") from None
        if kind != "folder":
            raise EnvoysError(f"--sources {shown(folder)}: no such folder (the source documents' folder)")
    storage = StoreStorage(path)
    # A sound store is decoded in C (`data.fastdecode`): the same records, and no structural
    # problem to list; any doubt, and the careful path lists every problem.
    records = fast_records(storage.read_bytes())
    if keep is not None:
        keep.append(records)
    if records is not None:
        return check_records(records, [], seeds, today)
    tables = storage.read()
    if keep is not None:
        keep.append(tables)
    schema_version(path, tables)
    return check_tables(tables, seeds, today)


def check_tables(
    tables: dict[str, Any], seeds: Path | Sequence[Path] | None = None, today: _dt.date | None = None, *,
    notes: bool = True,
) -> list[Problem]:
    """Every problem of a store's tables (read from a file, or just built in memory)."""
    records, problems = validate(tables)
    return check_records(records, problems, seeds, today, notes=notes)


def check_records(
    records: list[m.Record], problems: list[Problem], seeds: Path | Sequence[Path] | None = None,
    today: _dt.date | None = None, *, notes: bool = True,
) -> list[Problem]:
    """`problems` (those `validate` found) and every other problem of the decoded `records`."""
    problems = list(problems)
    problems += date_problems(records, today or _dt.date.today())
    problems += overlap_problems(r for r in records if isinstance(r, m.Envoy))
    if seeds is not None:
        folders = _folders(seeds)
        sources = [r for r in records if isinstance(r, m.Source)]
        texts, unreadable = read_sources(folders, sources)
        where = ", ".join(shown(folder) for folder in folders)
        for source in sources:
            if source.id in unreadable:  # a damaged copy: an error
                problems.append(Problem(source.id, f"source file {source.file} not found, unreadable or not UTF-8 "
                                                   f"({unreadable[source.id]})"))
            elif source.id not in texts:
                # A note, not an error: the quotes of a source whose copy is not at hand are not
                # wrong, just unchecked, and the check says so rather than skip them silently.
                problems.append(Problem(source.id, f"source file {source.file} not found, unreadable or not UTF-8 "
                                                   f"in {where}: its quotes are not checked", severity="note"))
        problems += quote_problems(records, texts)
        if len(texts) == len(sources):  # every source at hand: an alias in none of them is wrong
            problems += alias_problems(records, texts)
    if notes:
        problems += source_notes(records)
    return problems


def _folders(seeds: Path | Sequence[Path] | None) -> list[Path]:
    if seeds is None:
        return []
    return [Path(seeds)] if isinstance(seeds, (str, Path)) else [Path(folder) for folder in seeds]


def date_problems(records: Iterable[m.Record], today: _dt.date) -> list[Problem]:
    problems = []

    def future(record: m.Record, name: str, date: PartialDate | None) -> None:
        if date is not None and date.earliest > today:
            problems.append(Problem(record.id, f"field '{name}' is in the future ({date})"))

    for record in records:
        if isinstance(record, m.Envoy):
            future(record, "start", record.start)
            future(record, "confirmed", record.confirmed)
            if record.end is not None and record.end.latest < record.start.earliest:
                problems.append(Problem(record.id, f"ends ({record.end}) before it starts ({record.start})"))
            if (record.end is None) != (record.end_basis is None):
                problems.append(Problem(record.id, "'end' and 'end_basis' go together"))
            if record.confirmed is not None and record.confirmed.latest < record.start.earliest:
                problems.append(Problem(record.id, f"confirmed ({record.confirmed}) before it starts ({record.start})"))
        elif isinstance(record, m.Visit):
            future(record, "date", record.date.start)
        elif isinstance(record, m.Treaty):
            future(record, "signed", record.signed)
            if record.signed and record.in_force and record.in_force.latest < record.signed.earliest:
                problems.append(
                    Problem(record.id, f"in force ({record.in_force}) before it was signed ({record.signed})")
                )
        elif isinstance(record, m.Event):
            future(record, "date", record.date)
        elif isinstance(record, m.Mission):
            future(record, "opened", record.opened)
            future(record, "closed", record.closed)
            if record.opened and record.closed and record.closed.latest < record.opened.earliest:
                problems.append(Problem(record.id, f"closed ({record.closed}) before it opened ({record.opened})"))
    return problems


def overlap_problems(envoys: Iterable[m.Envoy]) -> list[Problem]:
    """Two postings of the same post (`model.Post`) that certainly overlap, even by one day.

    Per post, a sweep over the postings' sure days ordered by their first day: a posting meets
    only those still running when it starts, so the work grows with the postings plus the
    overlaps found, not with every pair. Each pair is named as before: the posting that starts
    first (by earliest start, then id) first, and the pairs in that order."""
    by_post: dict[m.Post, list[m.Envoy]] = defaultdict(list)
    for envoy in envoys:
        by_post[envoy.post].append(envoy)
    problems = []
    for holders in by_post.values():
        holders.sort(key=lambda e: (e.start.earliest, e.id))
        spans = sorted((*holder.tenure.sure_days(), rank) for rank, holder in enumerate(holders))
        running: list[tuple[int, int]] = []  # a heap of (last sure day, rank) of the postings still held
        pairs = []
        for first_day, last_day, rank in spans:
            if first_day > last_day:
                continue  # no day is certain: it overlaps nothing for sure
            while running and running[0][0] < first_day:
                heapq.heappop(running)
            pairs += [(min(rank, other), max(rank, other)) for _last, other in running]
            heapq.heappush(running, (last_day, rank))
        pairs.sort()
        problems += [Problem(holders[a].id, f"overlaps {holders[b].id} in the same post") for a, b in pairs]
    return problems


def source_notes(records: Iterable[m.Record]) -> list[Problem]:
    return [
        Problem(record.id, f"source {issue.kind}: {issue.text}", severity="note")
        for record in records
        for issue in record.issues
    ]
