"""The command line's output: readable rich tables, or JSON with --json.

The one console factory (`console`) and the one JSON writer (`print_json`) of every command:
`tui/search_output.py` (`envoys search`) and `tui/import_output.py` (`envoys import`) use them.
Imports rich only: the command line answers without loading Textual. Every piece of store text
goes through `data.textsafe.safe` and `Text` (never markup): an escape sequence, a line break or
a bidi override in a name or an id is shown escaped, never sent to the terminal. JSON output is
escaped by JSON itself for C0 controls and by `data.textsafe.json_safe` for the rest (see
`json_text`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import Any

import msgspec
from rich.console import Console
from rich.table import Table
from rich.text import Text

from data import model as m
from data.dates import Certainty, DateRange
from data.export import to_json
from data.queries import Holder
from data.store import Problem, Store
from data.textsafe import json_safe, safe
from tui.i18n import field, tr, untranslated, value
from tui.labels import label, undirected_sides

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


def json_text(data: Any, *, float_free: bool = False) -> str:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, the same characters, made by msgspec in C
    when `float_free` says the data hold no float.

    Python's encoder is pure Python once `indent` is given: 0.53 s for the 250k store's 21,293
    envoys, against 0.10 s for msgspec's encoding and formatting. Both escape exactly `"`, `\\`
    and C0 controls, and write everything else (DEL, C1, U+2028, non-BMP) as it is
    (`tests/test_console_json.py` holds them to the same text); they differ on floats (`1e16`
    against `1e+16`, NaN as null), hence the flag, which callers give for the model's records
    (no float field). What msgspec refuses (a lone surrogate, a key that is not text or a number)
    goes to json.dumps, so the text is json.dumps's either way, before `json_safe` writes the
    characters JSON leaves raw (DEL, C1, bidi and other format controls, U+2028) as escapes: a
    hostile store's text reaches the terminal escaped in JSON as in a table.
    """
    return json_safe(_encoded(data, float_free))


def _encoded(data: Any, float_free: bool) -> str:
    if float_free:
        try:
            return msgspec.json.format(msgspec.json.encode(data), indent=2).decode("utf-8")
        except (TypeError, ValueError, OverflowError, UnicodeError, msgspec.MsgspecError):
            pass
    return json.dumps(data, ensure_ascii=False, indent=2)


def print_json(data: Any, *, float_free: bool = False) -> None:
    """`data` (model objects and containers of them) as JSON; `float_free`: see `json_text`."""
    sys.stdout.write(json_text(to_json(data), float_free=float_free) + "\n")


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
            return [record.id, name(record.person), value(record.role, lang),
                    f"{name(record.sending)} → {name(record.receiving)}", record.term]
        case m.Mission():
            return [record.id, value(record.mission_kind, lang), f"{name(record.sending)} → {name(record.receiving)}",
                    name(record.city), str(record.opened or "")]
        case m.Visit():
            who = _people(store, record.people, lang) or record.occasion.show(lang)
            post = f"{name(record.sending)} → {name(record.receiving)}"
            return [record.id, str(record.date), value(record.visit_kind, lang), post, name(record.city), who]
        case m.Treaty():
            return [record.id, str(record.date or ""), value(record.treaty_kind, lang), record.title.show(lang),
                    ", ".join(name(p) for p in record.parties)]
        case m.Event():
            return [record.id, str(record.date), value(record.event_kind, lang),
                    " → ".join(name(p) for p in record.parties)]
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


def show_list(store: Store, table: str, *, as_json: bool, lang: str, fmt: str | None = None) -> None:
    """The records of `table` as a rich table, JSON, or (`fmt` "csv" / "md") CSV or a Markdown table."""
    cls = LIST_TABLES[table]
    records = store.all(cls)
    if as_json:
        print_json(records, float_free=True)  # records: the model has no float field
        return
    if fmt is not None:
        from tui.exporting import render

        headers = _HEADERS[cls][1:]  # the exporters put the id first themselves
        # Escaped as everywhere on the command line: a control character in a name is shown, not run.
        rows = [(safe(row[0]), [safe(cell) for cell in row[1:]])
                for row in (_row(store, record, lang) for record in records)]
        sys.stdout.write(render(fmt, headers, headers, rows))
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
        ], float_free=True)
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
        print_json({**to_json(record), "related": [to_json(r) for r in related]}, float_free=True)
        return
    out = console()
    kind = value("source-record" if isinstance(record, m.Source) else record.kind, lang)
    out.print(Text.assemble((safe(label(store, record.id, lang)), "bold"), f"  {safe(kind)}  ",
                            (safe(record.id), "dim")))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim")
    grid.add_column(overflow="fold")
    undirected = isinstance(record, m.Visit) and not record.direction_stated
    for key, data in to_json(record).items():
        if key in ("id", "type", "citations", "issues", "notes", "provisions", "direction_stated") \
                or data in (None, [], {}, ""):
            continue
        if undirected and key in ("from", "to"):  # the source does not say who went to whom
            if key == "from":
                grid.add_row(Text(safe(field("countries", lang))),
                             Text(safe(undirected_sides(store, record, lang))))
                grid.add_row(Text(safe(field("direction", lang))), Text(safe(value("unstated", lang))))
            continue
        # Names rather than ids, and field names and kinds in `lang`.
        grid.add_row(Text(safe(field(key.removesuffix("_kind") if key.endswith("_kind") else key, lang))),
                     Text(safe(_plain(data, store, lang))))
    for provision in getattr(record, "provisions", ()):  # our words, then the source's own
        quotes = " / ".join(f"“{c.quote}”" for c in provision.citations)
        grid.add_row(Text(safe(field("provisions", lang))), Text(safe(f"{provision.text.show(lang)} — {quotes}")))
    if record.notes:
        grid.add_row(tr("details.notes", lang), Text(safe(untranslated(record.notes, lang))))
    for issue in record.issues:
        grid.add_row(Text(safe(f"{tr('details.issues', lang)}: {value(issue.kind, lang)}")),
                     Text(safe(untranslated(issue.text, lang))))
    out.print(grid)
    if related:
        out.print(Text(f"\n{tr('details.related', lang)}", style="bold"))
        for other in related:
            other_kind = value("source-record" if isinstance(other, m.Source) else other.kind, lang)
            out.print(Text.assemble(f"  {safe(other_kind):14} ", safe(label(store, other.id, lang)), "  ",
                                    (safe(other.id), "dim")))
    out.print(Text(f"\n{tr('details.sources', lang)}", style="bold"))
    for citation in record.citations:
        source = store.find(citation.source)
        where = f" · {source.url}" if isinstance(source, m.Source) and source.url else ""
        out.print(Text(safe(f"  {label(store, citation.source, lang)}{where}: “{citation.quote}”")))


def _plain(data: Any, store: Store, lang: str) -> str:
    """A field's JSON value as one line: record ids become names, kinds and bases are translated."""
    if isinstance(data, dict) and data and all(isinstance(v, dict) and "basis" in v for v in data.values()):
        return "; ".join(f"{code}: {v['text']} ({value(v['basis'], lang)})" if v["text"]
                         else f"{code}: {tr('details.not_attested', lang)}" for code, v in data.items())
    if isinstance(data, list):
        return "; ".join(_plain(v, store, lang) for v in data)
    if isinstance(data, dict):
        return ", ".join(f"{field(k, lang)}: {_plain(v, store, lang)}" for k, v in data.items()
                         if v not in (None, [], {}, ""))
    if isinstance(data, str) and ":" in data and data in store:
        return label(store, data, lang)
    return value(data, lang) if isinstance(data, str) else str(data)


def show_problems(problems: list[Problem]) -> None:
    # One line per problem, already escaped, written as is: Rich lays out each line it prints
    # (about 0.1 ms a line), a minute for a large store with 400,000 overlapping postings.
    write = sys.stdout.write
    for start in range(0, len(problems), 4096):
        write("".join(safe(problem) + "\n" for problem in problems[start:start + 4096]))
    errors = sum(p.severity == "error" for p in problems)
    notes = len(problems) - errors
    console().print(f"{errors} errors, {notes} notes on the sources' own typos and contradictions", markup=False)
