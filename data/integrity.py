"""Integrity of a store as a whole: ids that appear twice, and ids named that are not in it."""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator

from data import model as m
from data.problems import Problem


def integrity_problems(records: list[m.Record], decode_problems: Iterable[Problem] = ()) -> list[Problem]:
    """Ids that appear twice, and ids named that are not in the store.

    A record that failed to decode (one of `decode_problems`) still exists: references to it
    are not reported as dangling on top of its own problem.
    """
    problems, ids = [], set()
    for record in records:
        if record.id in ids:
            problems.append(Problem(record.id, "appears twice"))
        ids.add(record.id)
    present = ids | {p.record for p in decode_problems}
    return problems + reference_problems(records, present)


def reference_problems(records: Iterable[m.Record], ids: Container[str]) -> list[Problem]:
    """Every id a record names that is not in the store."""
    problems = []
    for record in records:
        for field_name, target in references(record):
            if target not in ids:
                problems.append(Problem(record.id, f"field '{field_name}' names {target}, which is not in the store"))
    return problems


NAMED_TABLES = ("sources", "countries", "organisations", "cities", "people")
"""The tables of named records: what every label and citation is made of."""

REFERRERS: dict[str, tuple[str, ...]] = {
    # kind (id prefix) -> the tables whose records can name a record of that kind (as `references`
    # yields them; citations aside, which `Store.related` leaves out). Others are named by nobody.
    "country": ("cities", "envoys", "missions", "visits", "treaties", "events"),
    "org": ("visits", "treaties", "events"),
    "city": ("envoys", "missions", "visits", "treaties", "events"),
    "person": ("envoys", "visits", "treaties", "events"),
    "envoy": ("events",),  # a recall or an expulsion names the posting
}
NAMES_BEYOND: dict[str, tuple[str, ...]] = {"event": ("envoys",)}
"""Tables a kind's records name besides the named tables (an event's posting)."""


def tables_relating(record_id: str) -> tuple[str, ...]:
    """The tables that hold a record, what it names, and every record that can name it: all that
    `envoys show` needs, so showing an envoy never reads 100,000 visits."""
    prefix = record_id.partition(":")[0]
    own = (m.KINDS[prefix][0],) if prefix in m.KINDS else ()
    return tuple(dict.fromkeys((*NAMED_TABLES, *own, *NAMES_BEYOND.get(prefix, ()), *REFERRERS.get(prefix, ()))))


def references(record: m.Record) -> Iterator[tuple[str, str]]:
    """(field, id) for every record id this record refers to."""
    for citation in record.all_citations:  # a treaty's provisions are cited too
        yield "citations", citation.source
    if isinstance(record, m.City) and record.country:
        yield "country", record.country
    elif isinstance(record, m.Envoy):
        yield from (("person", record.person), ("from", record.sending), ("to", record.receiving))
        if record.city:
            yield "city", record.city
    elif isinstance(record, m.Mission):
        yield from (("from", record.sending), ("to", record.receiving))
        if record.city:
            yield "city", record.city
    elif isinstance(record, m.Visit):
        yield from (("from", record.sending), ("to", record.receiving))
        yield from (("place", x) for x in filter(None, [record.place]))
        yield from (("city", x) for x in filter(None, [record.city]))
        yield from (("people", p.person) for p in record.people)
    elif isinstance(record, m.Treaty):
        yield from (("parties", party) for party in record.parties)
        yield from (("place", x) for x in filter(None, [record.place]))
        yield from (("signatories", p.person) for p in record.signatories)
    elif isinstance(record, m.Event):
        yield from (("parties", party) for party in record.parties)
        yield from (("city", x) for x in filter(None, [record.city]))
        yield from (("envoy", x) for x in filter(None, [record.envoy]))
        yield from (("person", x) for x in filter(None, [record.person]))
