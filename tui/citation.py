"""A record as a citation to paste elsewhere: name, dates, role, and each source with its quote.

Plain Python over the model and the store's labels (no Textual): `y` in the app copies it.
"""

from __future__ import annotations

from data import model as m
from data.store import Store
from tui.i18n import field, value
from tui.labels import label


def citation(store: Store, record: m.Record, lang: str) -> str:
    """One line about the record, then one line per source: title, publisher, date, address, quote."""
    name = lambda rid: label(store, rid, lang) if rid else ""  # noqa: E731
    parts = [label(store, record.id, lang)]
    match record:
        case m.Envoy():
            parts += [value(record.role, lang), f"{name(record.sending)} → {name(record.receiving)}", record.term]
        case m.Visit():
            parts += [str(record.date), value(record.visit_kind, lang),
                      f"{name(record.sending)} → {name(record.receiving)}", name(record.city)]
        case m.Treaty():
            parts += [str(record.date or ""), value(record.treaty_kind, lang),
                      ", ".join(name(p) for p in record.parties)]
        case m.Event():
            parts += [str(record.date), value(record.event_kind, lang), " → ".join(name(p) for p in record.parties)]
        case m.Mission():
            parts += [value(record.mission_kind, lang), name(record.city), str(record.opened or "")]
        case m.Source():
            parts += [record.publisher, str(record.published or ""), record.url or ""]
    lines = [", ".join(p for p in parts if p) + f" [{record.id}]"]
    for cite in record.citations:
        source = store.find(cite.source)
        if isinstance(source, m.Source):
            where = ", ".join(p for p in (source.title, source.publisher, str(source.published or ""),
                                          source.url or "") if p)
        else:
            where = cite.source
        lines.append(f"{field('source', lang)}: {where}: “{cite.quote}”")
    return "\n".join(lines)
