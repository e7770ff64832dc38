"""The fast path of loading: a store file's bytes straight into model records, or None.

Parsing with the standard library and decoding every field in Python (`data.storefile`,
`data.records`) takes about 2.5 times as long as `json.load` itself on a large store. Here msgspec
parses the bytes and checks every field's type, vocabulary and shape in C, into Structs that
mirror the store's documents (`_*Doc` below); a short Python pass turns their dates into
`PartialDate`s (memoised: a large store has few distinct dates) and their texts into the model's
shape, and msgspec builds the model's own dataclasses from them (`from_attributes`), in C again.
The texts records repeat word for word (a visit's occasion and offices, an envoy's title) are kept
as their bytes meanwhile, and, when they do repeat, decoded and built once per distinct bytes, the
records sharing the one `Text` (`_Fixer.texts`: at 250,000 records, 1.1 s of the 3.9).

The rule: this path answers only for a store the careful path (`data.validate`) accepts, and then
with the very same records in the same order; at the first doubt it answers None, and the caller
reads the store the careful way, which names the problem in its usual one line. Doubts, besides
any field msgspec refuses, are settled cheaply on the whole file at once:
- A key given twice in one object (msgspec, like every fast parser, keeps the last silently):
  every key of the file is followed by a colon outside any string, so the colons of the file
  equal those of the decoded documents encoded again, unless a key was dropped (its colon, and
  any in its value, are then missing). Escaped colons (\\u003a) would upset the count: they
  send the store down the careful path. Fields a document leaves out stay UNSET, which msgspec
  does not encode, so only keys that were there are counted.
- Control characters and lone surrogates are refused by the careful path in every text (line
  feeds and tabs allowed in notes and issues): in valid JSON a control character can only be an
  escape (\\n, \\u001b) or, for DEL and C1, its raw bytes, all rare, and msgspec refuses a lone
  surrogate; the escapes are counted, and the store goes the careful way unless every one is a
  line feed or tab inside notes or issues.
- Ids (each of its table's kind, none twice, none with an invisible character, every id named
  of the kind its field wants and present) and quotes (more than white space): checked on the
  records, on sets and lists of them at once (`_sound_ids`).
Tables other than the records' (`meta`, TinyDB's `_default`) are small and free-form: the
standard parser reads them, as the careful path does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from itertools import chain
from operator import attrgetter
from typing import Annotated, Any, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from data import model as m
from data.dates import DateRange, PartialDate
from data.errors import DateError
from data.records import MAX_WHOLE, NOT_ATTESTED
from data.schema import META_TABLE, SCHEMA_VERSION
from data.storefile import _unique, collector_paused

# A text is required to hold more than white space (str.strip() in `data.records`; Python's `\S`
# is the complement of the very same Unicode white space).
NonBlank = Annotated[str, Meta(pattern=r"\S")]
Count = Annotated[int, Meta(ge=0, le=MAX_WHOLE)]  # larger ones go the careful way, which refuses them in one line


# Ids and the ids a record names are plain texts here: their kinds (prefixes) are checked on
# the sets of them after decoding (`_sound_ids`), far cheaper than a pattern per string in msgspec.
_BasisOrNot = Literal["source", "derived", "established", "translated", "not-attested"]
assert set(_BasisOrNot.__args__) == {*m.BASES, NOT_ATTESTED}  # type: ignore[attr-defined]


class _Base(msgspec.Struct, forbid_unknown_fields=True):
    pass


class _FormDoc(_Base):
    basis: _BasisOrNot
    text: NonBlank | UnsetType | None = UNSET


TextDoc = dict[str, _FormDoc]


class _TextForms(msgspec.Struct):
    """What `m.Text` is built from (its one attribute)."""

    forms: TextDoc


# A citation is decoded straight into the model's own (its fields are the document's): its
# source's kind and its quote's text are checked on all of them at once (`_sound_ids`).
_CitationDoc = m.Citation


class _IssueDoc(_Base):
    kind: Literal[m.ISSUE_KINDS]
    text: NonBlank


class _ParticipantDoc(_Base):
    person: str
    office: TextDoc | UnsetType | None = UNSET


class _SharedParticipantDoc(_Base):
    """A visit's participant: the office kept as its bytes (`_Fixer.texts`)."""

    person: str
    office: msgspec.Raw | UnsetType = UNSET


class _ProvisionDoc(_Base):
    text: TextDoc
    citations: Annotated[list[_CitationDoc], Meta(min_length=1)]


class _RecordDoc(_Base, kw_only=True):
    citations: Annotated[list[_CitationDoc], Meta(min_length=1)]
    notes: str | UnsetType | None = UNSET
    issues: list[_IssueDoc] | UnsetType = UNSET


class _NamedDoc(_RecordDoc, kw_only=True):
    name: TextDoc
    aliases: list[NonBlank] | UnsetType = UNSET


# What the Structs decode; the Python pass then puts the model's values in their place (dates,
# texts as `_TextForms`), which msgspec does not check on assignment.
Date = str
OptDate = str | None | UnsetType
OptText = TextDoc | None | UnsetType
SharedText = msgspec.Raw | UnsetType
"""A text that many records repeat word for word (a visit's occasion and offices, an envoy's
title): kept as its bytes while decoding, and decoded, checked and made a model `Text` once per
distinct bytes (`_Fixer.texts`); the records repeating it share that one object."""


class _SourceDoc(_RecordDoc, kw_only=True):
    id: str
    file: NonBlank
    title: NonBlank
    publisher: NonBlank
    lang: NonBlank
    url: NonBlank | UnsetType | None = UNSET
    published: OptDate = UNSET
    updated: OptDate = UNSET


class _CountryDoc(_NamedDoc, kw_only=True):
    id: str
    code: Annotated[str, Meta(pattern=r"^[A-Z][A-Z]\Z")]


class _OrganisationDoc(_NamedDoc, kw_only=True):
    id: str


class _CityDoc(_NamedDoc, kw_only=True):
    id: str
    country: str | UnsetType | None = UNSET


class _PersonDoc(_NamedDoc, kw_only=True):
    id: str


class _EnvoyDoc(_RecordDoc, kw_only=True):
    id: str
    person: str
    sending: str = msgspec.field(name="from")
    receiving: str = msgspec.field(name="to")
    role: Literal[m.ROLES]
    title: SharedText = UNSET
    city: str | UnsetType | None = UNSET
    start: Date
    end: OptDate = UNSET
    end_basis: Literal[m.END_BASES] | UnsetType | None = UNSET
    confirmed: OptDate = UNSET
    end_reason: Literal[m.END_REASONS] | UnsetType | None = UNSET
    start_basis: Literal[m.START_BASES] | UnsetType | None = UNSET


class _MissionDoc(_RecordDoc, kw_only=True):
    id: str
    sending: str = msgspec.field(name="from")
    receiving: str = msgspec.field(name="to")
    mission_kind: Literal[m.MISSION_KINDS] = msgspec.field(name="kind")
    city: str | UnsetType | None = UNSET
    opened: OptDate = UNSET
    closed: OptDate = UNSET


class _VisitDoc(_RecordDoc, kw_only=True):
    id: str
    date: str
    visit_kind: Literal[m.VISIT_KINDS] = msgspec.field(name="kind")
    sending: str = msgspec.field(name="from")
    receiving: str = msgspec.field(name="to")
    place: str | UnsetType | None = UNSET
    city: str | UnsetType | None = UNSET
    people: list[_SharedParticipantDoc] | UnsetType = UNSET
    occasion: SharedText = UNSET
    direction_stated: bool | UnsetType | None = UNSET


class _TreatyDoc(_RecordDoc, kw_only=True):
    id: str
    treaty_kind: Literal[m.TREATY_KINDS] = msgspec.field(name="kind")
    title: TextDoc
    parties: list[str] | UnsetType = UNSET
    signed: str | UnsetType | None = UNSET
    in_force: OptDate = UNSET
    place: str | UnsetType | None = UNSET
    duration_years: Count | UnsetType | None = UNSET
    languages: list[NonBlank] | UnsetType = UNSET
    signatories: list[_ParticipantDoc] | UnsetType = UNSET
    provisions: list[_ProvisionDoc] | UnsetType = UNSET


class _EventDoc(_RecordDoc, kw_only=True):
    id: str
    event_kind: Literal[m.EVENT_KINDS] = msgspec.field(name="kind")
    parties: list[str] | UnsetType = UNSET
    date: Date
    city: str | UnsetType | None = UNSET
    envoy: str | UnsetType | None = UNSET
    person: str | UnsetType | None = UNSET
    count: Count | UnsetType | None = UNSET
    ends_posting: bool | UnsetType | None = UNSET


class _Doubt(Exception):
    """Something the fast path does not settle: the careful path will."""


class _Fixer:
    """The Python pass between the Structs and the model: dates parsed (once per distinct text),
    texts in the model's shape (languages not attested left out), and fields a document leaves
    out filled as the careful path fills them. Kept to a few steps a record: it runs 250,000
    times on a large store."""

    def __init__(self) -> None:
        self.dates: dict[str, PartialDate] = {}
        self.ranges: dict[str, DateRange] = {}
        self.empty = _TextForms({})
        self.not_attested = True  # whether the table at hand may hold a language not attested

    def date(self, text: Any) -> Any:
        if text is UNSET or text is None:
            return None
        found = self.dates.get(text)
        if found is None:
            try:
                found = self.dates[text] = PartialDate.parse(text)
            except DateError:
                raise _Doubt from None
        return found

    def date_range(self, text: Any) -> Any:
        if text is UNSET or text is None:
            return None
        found = self.ranges.get(text)
        if found is None:
            try:
                found = self.ranges[text] = DateRange.parse(text)
            except DateError:
                raise _Doubt from None
        return found

    def text(self, forms: Any, required: bool = False) -> _TextForms:
        if forms is UNSET or forms is None:
            if required:
                raise _Doubt
            return self.empty
        if self.not_attested:  # else a form without a text is refused by msgspec building the model
            for form in forms.values():
                if form.basis == NOT_ATTESTED or form.text is UNSET or form.text is None:
                    forms = _attested(forms)
                    break
        if required and not forms:
            raise _Doubt
        return _TextForms(forms)

    def texts(self, raws: list[Any]) -> list[m.Text]:
        """The model's `Text` of each text of `raws` kept as its bytes (`SharedText`), in order:
        decoded, checked and built all at once (one array for msgspec, in C), as `text` and
        msgspec would build them in place. When the texts repeat (the first `_SAMPLE` are
        mostly repeats), each distinct bytes is decoded once, and the records repeating it share
        one object: at 250,000 records a few hundred texts stand for 300,000. A key given twice
        in one is found as in the whole file: their colons against those of what was decoded,
        encoded again (the file's count took their bytes as they are)."""
        sample = list(map(_key, raws[:_SAMPLE]))
        if len(set(sample)) * 2 > len(sample):  # mostly distinct: each decoded where it stands
            return self._decoded([_NULL if raw is UNSET else raw for raw in raws])
        keys = sample + list(map(_key, raws[_SAMPLE:]))
        distinct = list(dict.fromkeys(keys))
        return list(map(dict(zip(distinct, self._decoded(distinct), strict=True)).__getitem__, keys))

    def _decoded(self, raws: list[Any]) -> list[m.Text]:
        joined = b"[" + b",".join(raws) + b"]"
        decoded = _TEXTS_DECODER.decode(joined)
        if _ENCODER.encode(decoded).count(b":") != joined.count(b":"):
            raise _Doubt  # a key given twice in one of them
        checked = self.not_attested
        self.not_attested = True  # whatever the table: checked (not many, or each once)
        try:
            fixed = [self.text(forms) for forms in decoded]
        finally:
            self.not_attested = checked
        return msgspec.convert(fixed, list[m.Text], from_attributes=True)

    def participants(self, people: Any) -> Any:
        if people is UNSET:
            return ()
        text = self.text
        for person in people:
            person.office = text(person.office)
        return people


_NULL = b"null"
_SAMPLE = 1024  # texts looked at to tell whether they repeat


def _key(raw: Any) -> bytes:
    """What `_Fixer.texts` knows a `SharedText` by: its bytes (those of null when left out)."""
    return _NULL if raw is UNSET else bytes(raw)


def _attested(forms: TextDoc) -> TextDoc:
    kept = {}
    for lang, form in forms.items():
        if form.basis == NOT_ATTESTED:
            if form.text is not UNSET and form.text is not None:
                raise _Doubt  # a text with the basis "not attested"
            continue
        if form.text is UNSET or form.text is None:
            raise _Doubt
        kept[lang] = form
    return kept


def _fix_common(docs: list[Any]) -> None:
    for doc in docs:
        if doc.notes is UNSET or doc.notes is None:
            doc.notes = ""
        if doc.issues is UNSET:
            doc.issues = ()


def _none_for_unset(docs: list[Any], *names: str) -> None:
    """Optional fields a document leaves out are None, as when it says null."""
    for name in names:
        for doc in docs:
            if getattr(doc, name) is UNSET:
                setattr(doc, name, None)


def _fix_named(fix: _Fixer, docs: list[Any]) -> None:
    _fix_common(docs)
    text = fix.text
    for doc in docs:
        doc.name = text(doc.name, True)
        if doc.aliases is UNSET:
            doc.aliases = ()


def _fix_cities(fix: _Fixer, docs: list[_CityDoc]) -> None:
    _fix_named(fix, docs)
    _none_for_unset(docs, "country")


def _fix_sources(fix: _Fixer, docs: list[_SourceDoc]) -> None:
    _fix_common(docs)
    _none_for_unset(docs, "url")
    for doc in docs:
        doc.published, doc.updated = fix.date(doc.published), fix.date(doc.updated)


def _fix_envoys(fix: _Fixer, docs: list[_EnvoyDoc]) -> None:
    _fix_common(docs)
    _none_for_unset(docs, "city", "end_basis", "end_reason")
    date = fix.date
    for doc, title in zip(docs, fix.texts(list(map(_TITLE, docs))), strict=True):
        doc.title = title
        doc.start, doc.end, doc.confirmed = date(doc.start), date(doc.end), date(doc.confirmed)
        if doc.start_basis is UNSET or doc.start_basis is None:
            doc.start_basis = "stated"


def _fix_missions(fix: _Fixer, docs: list[_MissionDoc]) -> None:
    _fix_common(docs)
    _none_for_unset(docs, "city")
    for doc in docs:
        doc.opened, doc.closed = fix.date(doc.opened), fix.date(doc.closed)


def _fix_visits(fix: _Fixer, docs: list[_VisitDoc]) -> None:
    _fix_common(docs)
    _none_for_unset(docs, "place", "city")
    occasions = fix.texts(list(map(_OCCASION, docs)))
    office = iter(fix.texts([person.office for doc in docs if doc.people is not UNSET for person in doc.people]))
    date_range = fix.date_range
    for doc, occasion in zip(docs, occasions, strict=True):
        doc.date = date_range(doc.date)
        doc.occasion = occasion
        people = doc.people
        if people is UNSET:
            doc.people = ()
        else:
            for person in people:  # the offices in the order listed
                person.office = next(office)
        doc.direction_stated = doc.direction_stated is not False


def _fix_treaties(fix: _Fixer, docs: list[_TreatyDoc]) -> None:
    _fix_common(docs)
    _none_for_unset(docs, "place", "duration_years")
    for doc in docs:
        doc.title = fix.text(doc.title, True)
        doc.signed, doc.in_force = fix.date_range(doc.signed), fix.date(doc.in_force)
        doc.signatories = fix.participants(doc.signatories)
        for name in ("parties", "languages", "provisions"):
            if getattr(doc, name) is UNSET:
                setattr(doc, name, ())
        for provision in doc.provisions:
            provision.text = fix.text(provision.text, True)


def _fix_events(fix: _Fixer, docs: list[_EventDoc]) -> None:
    _fix_common(docs)
    _none_for_unset(docs, "city", "envoy", "person", "count", "ends_posting")
    for doc in docs:
        doc.date = fix.date(doc.date)
        if doc.parties is UNSET:
            doc.parties = ()


# table -> (document Struct, its Python pass)
_TABLES: dict[str, tuple[type, Callable[[_Fixer, list[Any]], None]]] = {
    "sources": (_SourceDoc, _fix_sources),
    "countries": (_CountryDoc, _fix_named),
    "organisations": (_OrganisationDoc, _fix_named),
    "cities": (_CityDoc, _fix_cities),
    "people": (_PersonDoc, _fix_named),
    "envoys": (_EnvoyDoc, _fix_envoys),
    "missions": (_MissionDoc, _fix_missions),
    "visits": (_VisitDoc, _fix_visits),
    "treaties": (_TreatyDoc, _fix_treaties),
    "events": (_EventDoc, _fix_events),
}
assert set(_TABLES) == set(m.TABLES)

_DECODERS = {table: msgspec.json.Decoder(dict[str, doc]) for table, (doc, _fix) in _TABLES.items()}
_SPLIT = msgspec.json.Decoder(dict[str, msgspec.Raw])
_TEXTS_DECODER = msgspec.json.Decoder(list[TextDoc | None])
_ENCODER = msgspec.json.Encoder()
_ESCAPE = re.compile(rb'\\(?:u([0-9a-fA-F]{4})|(.))', re.DOTALL)
_RAW_C1 = re.compile(rb"\xc2[\x80-\x9f]")  # the C1 controls, unescaped (one literal first byte: fast)
_NOT_ATTESTED = re.compile(b'"' + NOT_ATTESTED.encode() + b'"')
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_LINE_ESCAPES = {b"n", b"t", b"000a", b"000A", b"0009"}


def _line_escapes(raw: bytes) -> int | None:
    """How many escapes in `raw` are a line feed or a tab; None when any other escape makes a
    control character or a colon (or DEL or a C1 control is there unescaped). A surrogate pair
    (an emoji written escaped) is fine: msgspec refuses a lone surrogate itself. Each backslash
    is found by `bytes.find` (memchr: a large store has a few hundred), not by the regex engine,
    which would step through every byte (0.12 s at 250,000 records)."""
    if b"\x7f" in raw or _raw_c1(raw):
        return None
    lines = 0
    at = raw.find(b"\\")
    while at >= 0:
        match = _ESCAPE.match(raw, at)
        if match is None:  # a backslash ending the bytes: no escape (the JSON is then refused anyway)
            break
        at = raw.find(b"\\", match.end())
        code, char = match.groups()
        if char is not None:
            if char in b'"\\/':
                continue
            if char in b"nt":
                lines += 1
                continue
            return None
        point = int(code, 16)
        if point in (0x0A, 0x09):
            lines += 1
        elif point < 0x20 or 0x7F <= point <= 0x9F or point == 0x3A:  # (msgspec refuses a lone surrogate)
            return None
    return lines


def _raw_c1(raw: bytes) -> bool:
    """Whether a C1 control is in `raw` unescaped (its UTF-8 is 0xC2 then 0x80-0x9F): the 0xC2
    bytes found by `bytes.find`, the rest left to the regex when they are many (texts full of
    U+00A0-U+00BF)."""
    at = raw.find(b"\xc2")
    for _seen in range(1000):
        if at < 0:
            return False
        if raw[at + 1:at + 2] in _C1_SECOND:
            return True
        at = raw.find(b"\xc2", at + 1)
    return _RAW_C1.search(raw, at) is not None


_C1_SECOND = frozenset(bytes([byte]) for byte in range(0x80, 0xA0))


def _lines_where_allowed(records: Iterable[m.Record]) -> int:
    """Line feeds and tabs in the texts that may hold them (notes, issues)."""
    found = 0
    for record in records:
        if record.notes:
            found += record.notes.count("\n") + record.notes.count("\t")
        for issue in record.issues:
            found += issue.text.count("\n") + issue.text.count("\t")
    return found


def fast_records(raw: bytes, cancelled: Callable[[], bool] = lambda: False) -> list[m.Record] | None:
    """Every record of a store file's bytes, in the order `data.validate` gives them, when the
    store is sound in every way the careful path checks; None at the first doubt (and when
    `cancelled` answers True). Never raises for a damaged store."""
    try:
        with collector_paused():  # millions of acyclic objects: nothing for the collector to find
            return _records(raw, cancelled)
    except (_Doubt, msgspec.DecodeError, msgspec.ValidationError, ValueError, TypeError, RecursionError):
        return None


def _records(raw: bytes, cancelled: Callable[[], bool]) -> list[m.Record] | None:
    lines = _line_escapes(raw)
    if lines is None:
        return None
    tables = _SPLIT.decode(raw)
    colons = len(tables)  # one per table name
    records: list[m.Record] = []
    by_class: dict[type, list[Any]] = {}
    fix = _Fixer()
    for name, table in tables.items():
        if cancelled():
            return None
        if name in (META_TABLE, "_default"):
            # Free-form: the standard parser, as the careful path reads it (its limits, its refusal
            # of keys given twice); small.
            value = json.loads(bytes(table), object_pairs_hook=_unique)
            colons += bytes(table).count(b":")
            if name == META_TABLE and not _schema_ok(value):
                return None
            continue
        if name not in _TABLES:
            return None
        docs = _DECODERS[name].decode(table)
        fix.not_attested = _NOT_ATTESTED.search(table) is not None
        colons += _ENCODER.encode(docs).count(b":")
        found = list(docs.values())
        _TABLES[name][1](fix, found)
        cls = m.KINDS[m.TABLES[name]][1]
        by_class[cls] = decoded = msgspec.convert(found, list[cls], from_attributes=True)
        records += decoded
    if colons != raw.count(b":"):
        return None  # a key given twice somewhere
    if META_TABLE not in tables or lines != _lines_where_allowed(records):
        return None
    ids = [record.id for record in records]
    if _INVISIBLE.search("\n".join(ids)) or not _sound_ids(by_class, ids):
        return None
    return records


def _sound_ids(by_class: dict[type, list[Any]], ids: list[str]) -> bool:
    """What `data.records` and `data.integrity` check of ids: each record's id of its table's
    kind, no id twice, and every id a record names of the kind its field wants and in the store
    (checked on the sets of them, field by field: the same fields as `integrity.references`);
    and every quote more than white space."""
    present = set(ids)
    if len(present) != len(ids):
        return False
    for cls, found in by_class.items():
        # Every id of the class starts with its prefix: counted on the ids joined, in C (no id
        # holds a line feed here: `_line_escapes` allowed those in notes and issues alone).
        prefix = _PREFIX_OF[cls]
        if ("\n" + "\n".join(map(_ID, found))).count("\n" + prefix) != len(found):
            return False
    named: dict[tuple[str, ...], set[Any]] = {kinds: set() for kinds in _KINDS_NAMED}
    every = [record for found in by_class.values() for record in found]
    citations = list(chain.from_iterable(map(_CITATIONS, every)))
    for treaty in by_class.get(m.Treaty, ()):
        citations += [c for provision in treaty.provisions for c in provision.citations]
    if not all(map(str.strip, map(_QUOTE, citations))):
        return False  # a blank quote
    named[("source",)].update(map(_SOURCE, citations))
    for cls, fields in _REFERENCE_FIELDS.items():
        found = by_class.get(cls, ())
        for field, kinds in fields:
            named[kinds].update(map(attrgetter(field), found))
    for cls in (m.Treaty, m.Event):
        named[("country", "org")].update(chain.from_iterable(map(_PARTIES, by_class.get(cls, ()))))
    named[("person",)].update(map(_PERSON, chain.from_iterable(map(_PEOPLE, by_class.get(m.Visit, ())))))
    named[("person",)].update(map(_PERSON, chain.from_iterable(map(_SIGNATORIES, by_class.get(m.Treaty, ())))))
    for kinds, values in named.items():
        values.discard(None)
        prefixes = tuple(kind + ":" for kind in kinds)
        if not all(value.startswith(prefixes) for value in values) or not values <= present:
            return False
    return True


_ID, _SOURCE, _QUOTE, _CITATIONS, _PARTIES, _PERSON, _PEOPLE, _SIGNATORIES, _OCCASION, _TITLE = map(
    attrgetter, ("id", "source", "quote", "citations", "parties", "person", "people", "signatories", "occasion",
                 "title"))
_PREFIX_OF: dict[type, str] = {cls: prefix + ":" for prefix, (_table, cls) in m.KINDS.items()}
_REFERENCE_FIELDS: dict[type, tuple[tuple[str, tuple[str, ...]], ...]] = {
    # the fields holding one id (or None), with the kinds each may name, as `data.records` reads them
    m.City: (("country", ("country",)),),
    m.Envoy: (("person", ("person",)), ("sending", ("country",)), ("receiving", ("country",)), ("city", ("city",))),
    m.Mission: (("sending", ("country",)), ("receiving", ("country",)), ("city", ("city",))),
    m.Visit: (("sending", ("country", "org")), ("receiving", ("country", "org")), ("place", ("country",)),
              ("city", ("city",))),
    m.Treaty: (("place", ("city",)),),
    m.Event: (("city", ("city",)), ("envoy", ("envoy",)), ("person", ("person",))),
}
_KINDS_NAMED = {("source",), ("country", "org"), ("person",)} | {k for f in _REFERENCE_FIELDS.values() for _n, k in f}


def _schema_ok(meta: Any) -> bool:
    docs = list(meta.values()) if isinstance(meta, dict) else []
    version = docs[0].get("schema_version") if docs and isinstance(docs[0], dict) else None
    return isinstance(version, int) and not isinstance(version, bool) and 1 <= version <= SCHEMA_VERSION
