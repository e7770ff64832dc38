"""The command line's output: readable rich tables, or JSON with --json.

Imports rich only: the command line answers without loading Textual. Every piece of store text
goes through `data.textsafe.safe` and `Text` (never markup): an escape sequence, a line break or
a bidi override in a name or an id is shown escaped, never sent to the terminal. JSON output is
escaped by json.dumps itself.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from data import model as m
from data.dates import Certainty, DateRange
from data.export import to_json
from data.queries import Holder
from data.store import Problem, Store
from data.textsafe import safe
from tui.labels import label

LIST_TABLES: dict[str, type[m.Record]] = {
    "countries": m.Country, "organisations": m.Organisation, "cities": m.City,
    "people": m.Person, "envoys": m.Envoy, "missions": m.Mission, "visits": m.Visit,
    "treaties": m.Treaty, "events": m.Event, "sources": m.Source,
}


def console() -> Console:
    # A terminal gets its own width; a pipe gets long lines rather than 80-column wrapping.
    # Rich honours NO_COLOR and writes no colour to a pipe.
    tty = sys.stdout.isatty()
    return Console(highlight=False, width=None if tty else 200)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(to_json(data), ensure_ascii=False, indent=2) + "\n")


def _name(store: Store, record_id: str | None, lang: str) -> str:
    return label(store, record_id, lang) if record_id else ""


def _people(store: Store, people: Iterable[m.Participant], lang: str) -> str:
    return "; ".join(label(store, p.person, lang) for p in people)


def _row(store: Store, record: m.Record, lang: str) -> list[str]:
    """The columns `envoys list` shows for each kind of record."""
    name = lambda rid: _name(store, rid, lang)  # noqa: E731
    match record:
        case m.Country():
            return [record.id, record.code, record.label(lang)]
        case m.Organisation() | m.Person():
            return [record.id, record.label(lang), ", ".join(record.aliases)]
        case m.City():
            return [record.id, record.label(lang), name(record.country)]
        case m.Envoy():
            return [record.id, name(record.person), record.role, f"{name(record.sending)} → {name(record.receiving)}",
                    record.term]
        case m.Mission():
            return [record.id, record.mission_kind, f"{name(record.sending)} → {name(record.receiving)}",
                    name(record.city), str(record.opened or "")]
        case m.Visit():
            who = _people(store, record.people, lang) or record.occasion.show(lang)
            post = f"{name(record.sending)} → {name(record.receiving)}"
            return [record.id, str(record.date), record.visit_kind, post, name(record.city), who]
        case m.Treaty():
            return [record.id, str(record.date or ""), record.treaty_kind, record.title.show(lang),
                    ", ".join(name(p) for p in record.parties)]
        case m.Event():
            return [record.id, str(record.date), record.event_kind, " → ".join(name(p) for p in record.parties)]
        case m.Source():
            return [record.id, record.title, record.publisher, record.lang, str(record.published or "")]
    return [record.id]


_HEADERS = {
    m.Country: ["id", "code", "name"], m.Organisation: ["id", "name", "aliases"],
    m.Person: ["id", "name", "aliases"], m.City: ["id", "name", "country"],
    m.Envoy: ["id", "person", "role", "post", "term"],
    m.Mission: ["id", "kind", "post", "city", "opened"],
    m.Visit: ["id", "date", "kind", "from → to", "city", "who / what"],
    m.Treaty: ["id", "date", "kind", "title", "parties"],
    m.Event: ["id", "date", "kind", "parties"],
    m.Source: ["id", "title", "publisher", "lang", "published"],
}


def show_list(store: Store, table: str, *, as_json: bool, lang: str) -> None:
    cls = LIST_TABLES[table]
    records = store.all(cls)
    if as_json:
        print_json(records)
        return
    grid = Table(title=f"{table} ({len(records)})", title_justify="left")
    for header in _HEADERS[cls]:
        grid.add_column(header, overflow="fold")
    for record in records:
        grid.add_row(*(Text(safe(cell)) for cell in _row(store, record, lang)))  # never markup, never raw
    console().print(grid)


def show_holders(store: Store, sending: m.Country, receiving: m.Country, when: DateRange,
                 found: list[Holder], *, as_json: bool, lang: str) -> None:
    if as_json:
        print_json([
            {**to_json(h.envoy), "person": to_json(store.get(h.envoy.person)),
             "certainty": h.certainty.value, "reason": h.reason or None}
            for h in found
        ])
        return
    out = console()
    post = safe(f"{sending.label(lang)} → {receiving.label(lang)}")
    if not found:
        out.print(f"{post}, {when}: none known: the sources name no envoy for that date.", markup=False)
        return
    for holder in found:
        envoy = holder.envoy
        hedge = "" if holder.certainty is Certainty.YES else f"possibly ({holder.reason}): "
        out.print(safe(f"{post}, {when}: {hedge}{label(store, envoy.person, lang)}, "
                       f"{envoy.title.show(lang) or envoy.role}, {envoy.term}  [{envoy.id}]"), markup=False)


def show_record(store: Store, record: m.Record, *, as_json: bool, lang: str) -> None:
    related = store.related(record.id)
    if as_json:
        print_json({**to_json(record), "related": [to_json(r) for r in related]})
        return
    out = console()
    out.print(Text.assemble((safe(label(store, record.id, lang)), "bold"), "  ", (safe(record.id), "dim")))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column(overflow="fold")
    for key, value in to_json(record).items():
        if key in ("id", "citations", "issues", "notes", "provisions") or value in (None, [], {}, ""):
            continue
        grid.add_row(Text(safe(key)), Text(safe(_plain(value))))
    for provision in getattr(record, "provisions", ()):  # our words, then the source's own
        quotes = " / ".join(f"“{c.quote}”" for c in provision.citations)
        grid.add_row("provision", Text(safe(f"{provision.text.show(lang)} — {quotes}")))
    if record.notes:
        grid.add_row("notes", Text(safe(record.notes)))
    for issue in record.issues:
        grid.add_row(Text(safe(f"source {issue.kind}")), Text(safe(issue.text)))
    out.print(grid)
    if related:
        out.print("\n[bold]Related[/bold]")
        for other in related:
            out.print(Text.assemble(f"  {other.kind:8} ", safe(label(store, other.id, lang)), "  ",
                                    (safe(other.id), "dim")))
    out.print("\n[bold]Sources[/bold]")
    for citation in record.citations:
        source = store.find(citation.source)
        address = f"  <{source.url}>" if isinstance(source, m.Source) and source.url else ""
        out.print(Text.assemble(safe(f"  {label(store, citation.source, lang)}: “{citation.quote}”"),
                                (safe(address), "dim")))


def _plain(value: Any) -> str:
    if isinstance(value, dict) and all(isinstance(v, dict) and "basis" in v for v in value.values()):
        return "; ".join(f"{lang}: {v['text']} ({v['basis']})" if v["text"] else f"{lang}: not attested"
                         for lang, v in value.items())
    if isinstance(value, list):
        return "; ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_plain(v)}" for k, v in value.items())
    return str(value)


def show_problems(problems: list[Problem]) -> None:
    # One line per problem, already escaped, written as is: Rich lays out each line it prints
    # (about 0.1 ms a line), a minute for a large store with 400,000 overlapping postings.
    write = sys.stdout.write
    for start in range(0, len(problems), 4096):
        write("".join(safe(problem) + "\n" for problem in problems[start:start + 4096]))
    errors = sum(p.severity == "error" for p in problems)
    notes = len(problems) - errors
    console().print(f"{errors} errors, {notes} notes on the sources' own typos and contradictions", markup=False)
