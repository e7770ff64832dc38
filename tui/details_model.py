"""What the details view shows for a record: its facts, its links, its sources, in one language.

Plain Python over the model and the store's labels; the widget only draws it.
"""

from __future__ import annotations

from data import model as m
from data.store import Store, references
from tui.i18n import field as field_label
from tui.i18n import tr, untranslated, value
from tui.labels import label, undirected_sides
from widgets.details import Details, Link

LINKS_PER_KIND = 50
"""Related records listed per kind at most: a country may have tens of thousands of visits; the
tab's filter (or `envoys list`) shows them all."""


def _forms(text: m.Text, lang: str) -> str:
    parts = []
    for code in dict.fromkeys([*m.LANGUAGES, *text.forms]):
        form = text.get(code)
        shown = f"{form.text} ({value(form.basis, lang)})" if form else tr("details.not_attested", lang)
        parts.append(f"{code}: {shown}")
    return " · ".join(parts)


def _source_line(store: Store, source_id: str, lang: str) -> str:
    """A source's title and, where it has one, its address."""
    source = store.find(source_id)
    title = label(store, source_id, lang)
    return f"{title} · {source.url}" if isinstance(source, m.Source) and source.url else title


def _kind_label(record: m.Record, lang: str) -> str:
    return value("source-record" if isinstance(record, m.Source) else record.kind, lang)


def describe(store: Store, record: m.Record, lang: str) -> Details:
    """Everything the details screen shows about `record`, in `lang`."""
    name = lambda rid: label(store, rid, lang) if rid else ""  # noqa: E731
    details = Details(record.id, label(store, record.id, lang), _kind_label(record, lang),
                      notes=untranslated(record.notes, lang))
    facts = details.facts

    def add(key: str, text: object) -> None:
        if text not in (None, "", []):
            facts.append((field_label(key, lang), str(text)))

    if isinstance(record, m.Named):
        add("name", _forms(record.name, lang))
        add("aliases", ", ".join(record.aliases))
    match record:
        case m.Country():
            add("code", record.code)
        case m.City():
            add("country", name(record.country))
        case m.Envoy():
            add("person", name(record.person))
            add("role", value(record.role, lang))
            add("title", _forms(record.title, lang) if record.title else "")
            add("from", name(record.sending))
            add("to", name(record.receiving))
            add("city", name(record.city))
            add("start", record.start if record.start_basis == "stated"
                else f"{record.start} ({value('start-confirmed', lang)})")
            add("end", f"{record.end} ({value(record.end_basis or '', lang)})" if record.end else "")
            add("end_reason", value(record.end_reason, lang) if record.end_reason else "")
            add("confirmed", record.confirmed)
        case m.Mission():
            add("kind", value(record.mission_kind, lang))
            add("from", name(record.sending))
            add("to", name(record.receiving))
            add("city", name(record.city))
            add("opened", record.opened)
            add("closed", record.closed)
        case m.Visit():
            add("date", record.date.compact())
            add("kind", value(record.visit_kind, lang))
            if record.direction_stated:
                add("from", name(record.sending))
                add("to", name(record.receiving))
            else:  # the source names both sides but not who went to whom: no "from"/"to"
                add("countries", undirected_sides(store, record, lang))
                add("direction", value("unstated", lang))
            add("place", name(record.place))
            add("city", name(record.city))
            for person in record.people:
                office = person.office.show(lang)
                add("people", f"{name(person.person)}" + (f" — {office}" if office else ""))
            add("occasion", record.occasion.show(lang))
        case m.Treaty():
            add("kind", value(record.treaty_kind, lang))
            add("title", _forms(record.title, lang))
            add("parties", ", ".join(name(p) for p in record.parties))
            add("signed", record.signed)
            add("in_force", record.in_force)
            add("place", name(record.place))
            add("duration_years", record.duration_years)
            add("languages", ", ".join(record.languages))
            for person in record.signatories:
                office = person.office.show(lang)
                add("signatories", f"{name(person.person)}" + (f" — {office}" if office else ""))
            for provision in record.provisions:  # our words, then the source's own under them
                quotes = " / ".join(f"“{c.quote}”" for c in provision.citations)
                add("provisions", f"{provision.text.show(lang)} — {quotes}")
        case m.Event():
            add("kind", value(record.event_kind, lang))
            add("parties", " → ".join(name(p) for p in record.parties))
            add("date", record.date)
            add("city", name(record.city))
            add("envoy", name(record.envoy))
            add("person", name(record.person))
            add("count", record.count)
            add("ends_posting", "" if record.ends_posting is None else value("yes" if record.ends_posting else "no",
                                                                                  lang))
        case m.Source():
            add("title", record.title)
            add("publisher", record.publisher)
            add("lang", record.lang)
            add("url", record.url)
            add("published", record.published)
            add("updated", record.updated)
            add("file", record.file)

    seen: set[str] = {record.id}
    for field_name, target in references(record):
        if field_name != "citations" and target not in seen and target in store:
            seen.add(target)
            details.links.append(Link(target, f"{_kind_label(store.get(target), lang)}: {name(target)}"))
    for _prefix, (_table, cls) in m.KINDS.items():
        related = store.related(record.id, cls)
        shown = [other for other in related[:LINKS_PER_KIND] if other.id not in seen]
        for other in shown:
            seen.add(other.id)
            details.links.append(Link(other.id, f"{_kind_label(other, lang)}: {name(other.id)}"))
        if len(related) > LINKS_PER_KIND:
            more = len(related) - LINKS_PER_KIND
            details.links.append(Link(None, f"… {tr('details.more', lang, count=f'{more:,}')}"))
    for citation in record.citations:  # the sources come last among the links
        if citation.source not in seen and citation.source in store:
            seen.add(citation.source)
            details.links.append(Link(citation.source, f"{_kind_label(store.get(citation.source), lang)}: "
                                                       f"{name(citation.source)}"))
    details.citations = [(_source_line(store, c.source, lang), c.quote) for c in record.citations]
    details.issues = [(value(issue.kind, lang), untranslated(issue.text, lang)) for issue in record.issues]
    return details
