"""The model: plain, typed, immutable records with readable ids.

Records are built from store documents by `data.records` and never change afterwards; every
relation is a record id, resolved through `data.store.Store`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, NoReturn, get_args

from data.dates import DateRange, PartialDate, Term

LANGUAGES: tuple[str, ...] = ("lv", "lt", "en")
"""The languages of the interface and of every name, in the order the app cycles them."""

# The closed vocabularies of the store: each a Literal (so a type checker sees a wrong value)
# and the tuple of its values (so the decoders refuse one at run time).
Basis = Literal["source", "derived", "established", "translated"]
"""Where a form comes from: written so in a source; the nominative of a declined source form;
the established public form (not in our sources); our translation."""
Role = Literal["ambassador", "charge-daffaires", "honorary-consul", "defence-attache"]
MissionKind = Literal["embassy", "consulate", "consulate-general", "honorary-consulate"]
VisitKind = Literal["visit", "working-visit", "meeting", "event"]
TreatyKind = Literal["agreement", "treaty", "memorandum", "programme", "declaration", "protocol", "conclusions"]
EventKind = Literal["recognition", "diplomatic-relations", "expulsion", "recall"]
IssueKind = Literal["typo", "contradiction", "ambiguity", "identity"]
EndBasis = Literal["stated", "successor"]
StartBasis = Literal["stated", "confirmed"]
"""'stated': the posting began then. 'confirmed': a source shows the person in the post on that
date and gives no start: the posting began then or earlier, and nothing is claimed before."""
EndReason = Literal["recalled", "expelled"]
"""Why a posting ended, where a source says: the sending state recalled the envoy, or the host
state expelled them. A recall "for consultations" does not end a posting (see `Event.ends_posting`)."""
Severity = Literal["error", "note"]

BASES: tuple[Basis, ...] = get_args(Basis)
ROLES: tuple[Role, ...] = get_args(Role)
HEAD_OF_MISSION_ROLES: frozenset[Role] = frozenset({"ambassador", "charge-daffaires"})
HEAD_OF_MISSION = "head-of-mission"
"""The post group of the HEAD_OF_MISSION_ROLES (see `Post`)."""
MISSION_KINDS: tuple[MissionKind, ...] = get_args(MissionKind)
VISIT_KINDS: tuple[VisitKind, ...] = get_args(VisitKind)
TREATY_KINDS: tuple[TreatyKind, ...] = get_args(TreatyKind)
EVENT_KINDS: tuple[EventKind, ...] = get_args(EventKind)
ISSUE_KINDS: tuple[IssueKind, ...] = get_args(IssueKind)
END_BASES: tuple[EndBasis, ...] = get_args(EndBasis)
END_REASONS: tuple[EndReason, ...] = get_args(EndReason)
START_BASES: tuple[StartBasis, ...] = get_args(StartBasis)
SEVERITIES: tuple[Severity, ...] = get_args(Severity)


@dataclass(frozen=True, slots=True)
class Form:
    """One language's form of a name or title, and where it comes from."""

    text: str
    basis: Basis


class Forms(dict[str, "Form"]):
    """A read-only, hashable mapping of language to form: records are frozen, and so are their
    texts (a record can be a dict key or a set member).

    A dict underneath (so msgspec stores and restores it as a plain map, for the store cache),
    with every method that would change it refused.
    """

    __slots__ = ()

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("a text's forms are read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _read_only  # type: ignore

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[type[Forms], tuple[dict[str, Form]]]:
        return (Forms, (dict(self),))  # copy and pickle rebuild it whole, never item by item

    def __repr__(self) -> str:
        return f"Forms({dict.__repr__(self)})"


@dataclass(frozen=True, slots=True)
class Text:
    """A name or title in several languages. A language without a form is not attested."""

    forms: Mapping[str, Form] = field(default_factory=Forms)

    def __post_init__(self) -> None:
        if not isinstance(self.forms, Forms):  # a plain dict from a caller: frozen here
            object.__setattr__(self, "forms", Forms(self.forms))

    def get(self, lang: str) -> Form | None:
        return self.forms.get(lang)

    def show(self, lang: str) -> str:
        """The form in `lang`, or the best other one (English, Latvian, Lithuanian, any)."""
        for candidate in (lang, "en", "lv", "lt", *self.forms):
            form = self.forms.get(candidate)
            if form is not None:
                return form.text
        return ""

    def attested(self, lang: str) -> bool:
        return lang in self.forms

    def __bool__(self) -> bool:
        return bool(self.forms)


@dataclass(frozen=True, slots=True)
class Citation:
    source: str
    quote: str


@dataclass(frozen=True, slots=True)
class Issue:
    """A typo, contradiction or ambiguity in the sources, kept as the source has it."""

    kind: IssueKind
    text: str


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    citations: tuple[Citation, ...]
    notes: str
    issues: tuple[Issue, ...]

    @property
    def kind(self) -> str:
        return self.id.partition(":")[0]

    @property
    def all_citations(self) -> tuple[Citation, ...]:
        """The record's citations and those of its parts (a treaty's provisions)."""
        return self.citations


@dataclass(frozen=True, slots=True)
class Source(Record):
    file: str
    title: str
    publisher: str
    lang: str
    url: str | None
    published: PartialDate | None
    updated: PartialDate | None


@dataclass(frozen=True, slots=True)
class Named(Record):
    """A record known by a name in several languages and by other written forms."""

    name: Text
    aliases: tuple[str, ...]

    def label(self, lang: str) -> str:
        return self.name.show(lang)


@dataclass(frozen=True, slots=True)
class Country(Named):
    code: str


@dataclass(frozen=True, slots=True)
class Organisation(Named):
    pass


@dataclass(frozen=True, slots=True)
class City(Named):
    country: str | None


@dataclass(frozen=True, slots=True)
class Person(Named):
    pass


@dataclass(frozen=True, slots=True, order=True)
class Post:
    """What a holder holds and a successor takes over: the one definition of a post.

    Heads of mission (ambassadors and chargés d'affaires, `group` "head-of-mission") hold one post
    per pair of countries, whatever the city: a chargé stands in for an ambassador, and the
    sources often leave the city out. Honorary consuls and defence attachés hold one post per
    role and city, so two honorary consuls of one country in two cities serve side by side
    (`city` is "" when the sources do not name it).
    """

    sending: str
    receiving: str
    group: str
    city: str = ""

    @property
    def heads_mission(self) -> bool:
        return self.group == HEAD_OF_MISSION


@dataclass(frozen=True, slots=True)
class Envoy(Record):
    """One posting: a person sent by one country to another, from a start to an end."""

    person: str
    sending: str
    receiving: str
    role: Role
    title: Text
    city: str | None
    start: PartialDate
    end: PartialDate | None
    end_basis: EndBasis | None
    confirmed: PartialDate | None
    end_reason: EndReason | None = None
    start_basis: StartBasis = "stated"

    @property
    def heads_mission(self) -> bool:
        return self.role in HEAD_OF_MISSION_ROLES

    @property
    def post(self) -> Post:
        if self.heads_mission:
            return Post(self.sending, self.receiving, HEAD_OF_MISSION)
        return Post(self.sending, self.receiving, self.role, self.city or "")

    @property
    def tenure(self) -> Term:
        """The days of the posting (see `Term`: an end from the successor's start is exclusive)."""
        return Term(self.start, self.end, self.end_basis == "successor", self.confirmed)

    @property
    def term(self) -> str:
        end = str(self.end) if self.end else ("…" if self.confirmed is None else f"(≥ {self.confirmed})")
        return f"{self.start} – {end}"


@dataclass(frozen=True, slots=True)
class Mission(Record):
    sending: str
    receiving: str
    mission_kind: MissionKind
    city: str | None
    opened: PartialDate | None
    closed: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class Participant:
    person: str
    office: Text


@dataclass(frozen=True, slots=True)
class Visit(Record):
    date: DateRange
    visit_kind: VisitKind
    sending: str
    receiving: str
    place: str | None
    city: str | None
    people: tuple[Participant, ...]
    occasion: Text
    direction_stated: bool = True
    """False where the sources name the two sides but not who went to whom (an exhibition of
    one side's culture in the other): `sending` and `receiving` are then just the two sides."""


@dataclass(frozen=True, slots=True)
class Provision:
    """One key commitment of a treaty, in our words per language, with the source's own."""

    text: Text
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class Treaty(Record):
    treaty_kind: TreatyKind
    title: Text
    parties: tuple[str, ...]
    signed: DateRange | None  # a range where the source gives only the days it was signed within
    in_force: PartialDate | None
    place: str | None
    duration_years: int | None
    languages: tuple[str, ...]
    signatories: tuple[Participant, ...]
    provisions: tuple[Provision, ...] = ()

    @property
    def date(self) -> DateRange | None:
        if self.signed is not None:
            return self.signed
        return DateRange.of(self.in_force) if self.in_force is not None else None

    @property
    def all_citations(self) -> tuple[Citation, ...]:
        return self.citations + tuple(c for provision in self.provisions for c in provision.citations)


@dataclass(frozen=True, slots=True)
class Event(Record):
    """A recognition, the establishment of relations, an expulsion or a recall.

    `parties`: recognition [who recognised, whom]; relations [both]; expulsion [the expelling
    state, the state whose diplomats must leave]; recall [the recalling state, the host state].
    An expulsion or a recall may name the posting (`envoy`) or a person without one (`person`,
    e.g. an unnamed chargé is left out), how many diplomats (`count`), and whether it ends the
    posting: a recall "for consultations" does not.
    """

    event_kind: EventKind
    parties: tuple[str, ...]
    date: PartialDate
    city: str | None
    envoy: str | None = None
    person: str | None = None
    count: int | None = None
    ends_posting: bool | None = None


KINDS: dict[str, tuple[str, type[Record]]] = {
    # id prefix: (store table, record class)
    "source": ("sources", Source),
    "country": ("countries", Country),
    "org": ("organisations", Organisation),
    "city": ("cities", City),
    "person": ("people", Person),
    "envoy": ("envoys", Envoy),
    "mission": ("missions", Mission),
    "visit": ("visits", Visit),
    "treaty": ("treaties", Treaty),
    "event": ("events", Event),
}
TABLES: dict[str, str] = {table: prefix for prefix, (table, _cls) in KINDS.items()}
