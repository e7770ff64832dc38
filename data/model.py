"""The model: plain, typed, immutable records with readable ids.

Records are built from store documents by `data.records` and never change afterwards; every
relation is a record id, resolved through `data.store.Store`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from data.dates import DateRange, PartialDate, Term

LANGUAGES: tuple[str, ...] = ("lv", "lt", "en")
"""The languages of the interface and of every name, in the order the app cycles them."""

BASES = ("source", "derived", "established", "translated")
"""Where a form comes from: written so in a source; the nominative of a declined source form;
the established public form (not in our sources); our translation."""

ROLES = ("ambassador", "charge-daffaires", "honorary-consul", "defence-attache")
HEAD_OF_MISSION_ROLES = frozenset({"ambassador", "charge-daffaires"})
HEAD_OF_MISSION = "head-of-mission"
"""The post group of the HEAD_OF_MISSION_ROLES (see `Post`)."""
MISSION_KINDS = ("embassy", "consulate", "consulate-general", "honorary-consulate")
VISIT_KINDS = ("visit", "working-visit", "meeting", "event")
TREATY_KINDS = (
    "agreement", "treaty", "memorandum", "programme", "declaration", "protocol", "conclusions",
)
EVENT_KINDS = ("recognition", "diplomatic-relations")
ISSUE_KINDS = ("typo", "contradiction", "ambiguity", "identity")
END_BASES = ("stated", "successor")


@dataclass(frozen=True, slots=True)
class Form:
    """One language's form of a name or title, and where it comes from."""

    text: str
    basis: str


@dataclass(frozen=True, slots=True)
class Text:
    """A name or title in several languages. A language without a form is not attested."""

    forms: dict[str, Form] = field(default_factory=dict)

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

    kind: str
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
    role: str
    title: Text
    city: str | None
    start: PartialDate
    end: PartialDate | None
    end_basis: str | None
    confirmed: PartialDate | None

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
    mission_kind: str
    city: str | None
    opened: PartialDate | None


@dataclass(frozen=True, slots=True)
class Participant:
    person: str
    office: Text


@dataclass(frozen=True, slots=True)
class Visit(Record):
    date: DateRange
    visit_kind: str
    sending: str
    receiving: str
    place: str | None
    city: str | None
    people: tuple[Participant, ...]
    occasion: Text


@dataclass(frozen=True, slots=True)
class Treaty(Record):
    treaty_kind: str
    title: Text
    parties: tuple[str, ...]
    signed: PartialDate | None
    in_force: PartialDate | None
    place: str | None
    duration_years: int | None
    languages: tuple[str, ...]
    signatories: tuple[Participant, ...]

    @property
    def date(self) -> PartialDate | None:
        return self.signed or self.in_force


@dataclass(frozen=True, slots=True)
class Event(Record):
    event_kind: str
    parties: tuple[str, ...]
    date: PartialDate
    city: str | None


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
