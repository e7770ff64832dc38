"""Turn store documents (plain JSON objects) into model records, checking every field.

Each decoder reads one kind of document and raises `FieldError` naming the record and the
field at the first thing wrong with it; `data.validate.decode_tables` collects those for a whole store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from data import model as m
from data.dates import DateRange, PartialDate
from data.errors import DateError

NOT_ATTESTED = "not-attested"
MAX_WHOLE = 10**15  # the largest count or duration a store may give (msgpack, in the cache, holds 64 bits)
_MAPPING = (dict, Mapping)  # dict first: a plain type check, where a Mapping check goes through abc


class FieldError(Exception):
    """One record's document is malformed. `record` is its id (or its position)."""

    def __init__(self, record: str, message: str) -> None:
        super().__init__(f"{record}: {message}")
        self.record = record
        self.message = message


class _Doc:
    """Typed access to one document's fields, with errors that name the record."""

    def __init__(self, doc: Any, where: str) -> None:
        if not isinstance(doc, _MAPPING):
            raise FieldError(where, f"expected an object, found {type(doc).__name__}")
        self.doc = doc
        record_id = doc.get("id")
        if not isinstance(record_id, str) or not record_id:
            raise FieldError(where, "missing or empty 'id'")
        self.id: str = record_id
        if _bad_char(self.id) is not None:
            raise FieldError(where, "the id holds a control character")
        invisible = _INVISIBLE.search(self.id)
        if invisible is not None:
            raise FieldError(where, f"the id holds the invisible character U+{ord(invisible.group()):04X}")

    def fail(self, name: str, message: str) -> FieldError:
        return FieldError(self.id, f"field '{name}': {message}")

    def string(self, name: str, *, choices: Iterable[str] | None = None) -> str:
        value = self.doc.get(name)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, "required text is missing" if value is None else "not a text")
        if choices is not None and value not in choices:
            raise self.fail(name, f"{value!r} is not one of {', '.join(choices)}")
        return _clean(self, name, value)

    def opt_string(self, name: str, *, choices: Iterable[str] | None = None) -> str | None:
        return None if self.doc.get(name) is None else self.string(name, choices=choices)

    def ref(self, name: str, prefix: str | tuple[str, ...]) -> str:
        value = self.string(name)
        if not value.startswith(tuple(p + ":" for p in _tuple(prefix))):
            raise self.fail(name, f"{value!r} is not a {'/'.join(_tuple(prefix))} id")
        return value

    def opt_ref(self, name: str, prefix: str | tuple[str, ...]) -> str | None:
        return None if self.doc.get(name) is None else self.ref(name, prefix)

    def date(self, name: str) -> PartialDate:
        try:
            return PartialDate.parse(self.string(name))
        except DateError as error:
            raise self.fail(name, str(error)) from None

    def opt_date(self, name: str) -> PartialDate | None:
        return None if self.doc.get(name) is None else self.date(name)

    def date_range(self, name: str) -> DateRange:
        try:
            return DateRange.parse(self.string(name))
        except DateError as error:
            raise self.fail(name, str(error)) from None

    def opt_bool(self, name: str) -> bool | None:
        value = self.doc.get(name)
        if value is not None and not isinstance(value, bool):
            raise self.fail(name, "not true or false")
        return value

    def opt_date_range(self, name: str) -> DateRange | None:
        return None if self.doc.get(name) is None else self.date_range(name)

    def opt_int(self, name: str) -> int | None:
        value = self.doc.get(name)
        if value is None:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise self.fail(name, "not a whole number")
        if value > MAX_WHOLE:  # no count of people or years is this large, and the cache could not hold it
            raise self.fail(name, f"larger than {MAX_WHOLE:,}")
        return value

    def items(self, name: str) -> list[Any]:
        value = self.doc.get(name, [])
        if not isinstance(value, list):
            raise self.fail(name, "not a list")
        return value

    def strs(self, name: str) -> tuple[str, ...]:
        values = self.items(name)
        if not all(isinstance(v, str) and v.strip() for v in values):
            raise self.fail(name, "every entry must be a non-empty text")
        return tuple(_clean(self, name, v) for v in values)

    def refs(self, name: str, prefix: str | tuple[str, ...]) -> tuple[str, ...]:
        values = self.strs(name)
        for value in values:
            if not value.startswith(tuple(p + ":" for p in _tuple(prefix))):
                raise self.fail(name, f"{value!r} is not a {'/'.join(_tuple(prefix))} id")
        return values

    def text(self, name: str, *, required: bool = False) -> m.Text:
        return _text(self, name, self.doc.get(name), required=required)

    def citations(self, name: str, entries: Any) -> tuple[m.Citation, ...]:
        """At least one {source, quote}: every fact, and every provision of a treaty, is cited."""
        if not isinstance(entries, list):
            raise self.fail(name, "not a list")
        citations = []
        for entry in entries:
            if not isinstance(entry, _MAPPING):
                raise self.fail(name, "every citation must be an object")
            source, quote = entry.get("source"), entry.get("quote")
            if not (isinstance(source, str) and source.startswith("source:")):
                raise self.fail(name, f"citation source {source!r} is not a source id")
            if not (isinstance(quote, str) and quote.strip()):
                raise self.fail(name, "a citation needs a non-empty quote")
            citations.append(m.Citation(source, _clean(self, name, quote)))
        if not citations:
            raise self.fail(name, "every record needs at least one citation")
        return tuple(citations)

    def common(self) -> dict[str, Any]:
        """The fields every record has: id, citations, notes, issues."""
        citations = self.citations("citations", self.doc.get("citations", []))
        issues = []
        for entry in self.items("issues"):
            if not isinstance(entry, _MAPPING):
                raise self.fail("issues", "every issue must be an object")
            kind, text = entry.get("kind"), entry.get("text")
            if kind not in m.ISSUE_KINDS or not (isinstance(text, str) and text.strip()):
                raise self.fail("issues", f"an issue needs a kind ({', '.join(m.ISSUE_KINDS)}) and a text")
            issues.append(m.Issue(kind, _clean(self, "issues", text, newlines=True)))
        notes = self.doc.get("notes") or ""
        if not isinstance(notes, str):
            raise self.fail("notes", "not a text")
        _clean(self, "notes", notes, newlines=True)
        return {"id": self.id, "citations": citations, "notes": notes, "issues": tuple(issues)}


# Control characters (categories Cc: U+0000-001F, U+007F-009F; an ESC sequence could retitle or
# recolour the user's terminal) and lone surrogates (Cs: valid in JSON, but they cannot be written
# out as UTF-8) are refused in all text. One compiled search per string, in C: checking each
# character with `unicodedata.category` was the largest single cost of loading a large store.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_BUT_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# In ids, also what makes two different ids look the same: bidirectional controls (U+202A-202E,
# U+2066-2069) and zero-width characters (U+200B-200F, U+2060, U+FEFF).
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def _bad_char(text: str, *, newlines: bool = False) -> str | None:
    """The first character a terminal must never receive from the store, if any."""
    found = (_CONTROL_BUT_LINES if newlines else _CONTROL).search(text)
    return found.group() if found else None


def _clean(doc: _Doc, name: str, text: str, *, newlines: bool = False) -> str:
    bad = _bad_char(text, newlines=newlines)
    if bad is not None:
        raise doc.fail(name, f"holds the control character U+{ord(bad):04X}")
    return text


def _tuple(prefix: str | tuple[str, ...]) -> tuple[str, ...]:
    return (prefix,) if isinstance(prefix, str) else prefix


def _text(doc: _Doc, name: str, value: Any, *, required: bool) -> m.Text:
    if value is None:
        if required:
            raise doc.fail(name, "required")
        return m.Text()
    if not isinstance(value, _MAPPING):
        raise doc.fail(name, "expected an object of languages")
    forms: dict[str, m.Form] = {}
    for lang, form in value.items():
        if not isinstance(form, _MAPPING):
            raise doc.fail(name, f"language {lang!r}: expected {{text, basis}}")
        basis, text = form.get("basis"), form.get("text")
        if basis == NOT_ATTESTED and text is None:
            continue
        if basis not in m.BASES:
            raise doc.fail(name, f"language {lang!r}: basis {basis!r} is not one of {', '.join(m.BASES)}")
        if not isinstance(text, str) or not text.strip():
            raise doc.fail(name, f"language {lang!r}: empty text")
        forms[lang] = m.Form(_clean(doc, name, text), basis)
    if required and not forms:
        raise doc.fail(name, "no language has a form")
    return m.Text(m.Forms(forms))


def _participants(doc: _Doc, name: str) -> tuple[m.Participant, ...]:
    people = []
    for entry in doc.items(name):
        if not isinstance(entry, _MAPPING):
            raise doc.fail(name, "every entry must be an object")
        person = entry.get("person")
        if not (isinstance(person, str) and person.startswith("person:")):
            raise doc.fail(name, f"{person!r} is not a person id")
        people.append(m.Participant(person, _text(doc, name + ".office", entry.get("office"), required=False)))
    return tuple(people)


def _provisions(doc: _Doc) -> tuple[m.Provision, ...]:
    provisions = []
    for n, entry in enumerate(doc.items("provisions"), start=1):
        name = f"provisions[{n}]"
        if not isinstance(entry, _MAPPING):
            raise doc.fail(name, "every provision must be an object")
        provisions.append(m.Provision(
            _text(doc, name + ".text", entry.get("text"), required=True),
            doc.citations(name + ".citations", entry.get("citations", [])),
        ))
    return tuple(provisions)


def _named(doc: _Doc) -> dict[str, Any]:
    return {**doc.common(), "name": doc.text("name", required=True), "aliases": doc.strs("aliases")}


def _source(d: _Doc) -> m.Source:
    return m.Source(
        **d.common(), file=d.string("file"), title=d.string("title"), publisher=d.string("publisher"),
        lang=d.string("lang"), url=d.opt_string("url"), published=d.opt_date("published"),
        updated=d.opt_date("updated"),
    )


def _country(d: _Doc) -> m.Country:
    code = d.string("code")
    if len(code) != 2 or not code.isascii() or not code.isupper():
        raise d.fail("code", f"{code!r} is not an ISO 3166 alpha-2 code")
    return m.Country(**_named(d), code=code)


def _organisation(d: _Doc) -> m.Organisation:
    return m.Organisation(**_named(d))


def _city(d: _Doc) -> m.City:
    return m.City(**_named(d), country=d.opt_ref("country", "country"))


def _person(d: _Doc) -> m.Person:
    return m.Person(**_named(d))


def _envoy(d: _Doc) -> m.Envoy:
    return m.Envoy(
        **d.common(), person=d.ref("person", "person"), sending=d.ref("from", "country"),
        receiving=d.ref("to", "country"), role=d.string("role", choices=m.ROLES),
        title=d.text("title"), city=d.opt_ref("city", "city"), start=d.date("start"),
        end=d.opt_date("end"), end_basis=d.opt_string("end_basis", choices=m.END_BASES),
        confirmed=d.opt_date("confirmed"), end_reason=d.opt_string("end_reason", choices=m.END_REASONS),
        start_basis=d.opt_string("start_basis", choices=m.START_BASES) or "stated",
    )


def _mission(d: _Doc) -> m.Mission:
    return m.Mission(
        **d.common(), sending=d.ref("from", "country"), receiving=d.ref("to", "country"),
        mission_kind=d.string("kind", choices=m.MISSION_KINDS), city=d.opt_ref("city", "city"),
        opened=d.opt_date("opened"), closed=d.opt_date("closed"),
    )


def _visit(d: _Doc) -> m.Visit:
    return m.Visit(
        **d.common(), date=d.date_range("date"), visit_kind=d.string("kind", choices=m.VISIT_KINDS),
        sending=d.ref("from", ("country", "org")), receiving=d.ref("to", ("country", "org")),
        place=d.opt_ref("place", "country"), city=d.opt_ref("city", "city"),
        people=_participants(d, "people"), occasion=d.text("occasion"),
        direction_stated=d.opt_bool("direction_stated") is not False,
    )


def _treaty(d: _Doc) -> m.Treaty:
    return m.Treaty(
        **d.common(), treaty_kind=d.string("kind", choices=m.TREATY_KINDS),
        title=d.text("title", required=True), parties=d.refs("parties", ("country", "org")),
        signed=d.opt_date_range("signed"), in_force=d.opt_date("in_force"),
        place=d.opt_ref("place", "city"), duration_years=d.opt_int("duration_years"),
        languages=d.strs("languages"), signatories=_participants(d, "signatories"),
        provisions=_provisions(d),
    )


def _event(d: _Doc) -> m.Event:
    return m.Event(
        **d.common(), event_kind=d.string("kind", choices=m.EVENT_KINDS),
        parties=d.refs("parties", ("country", "org")), date=d.date("date"),
        city=d.opt_ref("city", "city"), envoy=d.opt_ref("envoy", "envoy"),
        person=d.opt_ref("person", "person"), count=d.opt_int("count"),
        ends_posting=d.opt_bool("ends_posting"),
    )


DECODERS: dict[str, Callable[[_Doc], m.Record]] = {
    "source": _source, "country": _country, "org": _organisation, "city": _city,
    "person": _person, "envoy": _envoy, "mission": _mission, "visit": _visit,
    "treaty": _treaty, "event": _event,
}


def decode(prefix: str, doc: Any, where: str) -> m.Record:
    """Decode one document of the kind `prefix` (`person`, `envoy`, ...); raise FieldError."""
    checked = _Doc(doc, where)
    if checked.id.partition(":")[0] != prefix:
        raise FieldError(checked.id, f"id does not start with '{prefix}:'")
    try:
        return DECODERS[prefix](checked)
    except FieldError:
        raise
    except (TypeError, ValueError) as error:  # e.g. a range whose end precedes its start
        raise FieldError(checked.id, str(error)) from None
