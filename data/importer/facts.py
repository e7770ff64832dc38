"""What the extractors find on a page, before any store id is given: plain, immutable facts.

A fact names countries by ISO code and cities as `places.Place`, people as written (with the
nominative the rules give), and carries its quotes: verbatim parts of single lines of the page.
`data.importer.plan` turns facts into store records and compares them with the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from data.dates import DateRange, PartialDate
from data.importer.names import Nominative
from data.importer.places import Place


@dataclass(frozen=True, slots=True)
class Quote:
    """A verbatim part of line `line` (counted from 1) of the page."""

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person as the page writes them, and the nominative the rules give."""

    name: Nominative
    lang: str
    quote: Quote

    @property
    def written(self) -> str:
        return self.name.written


@dataclass(frozen=True, slots=True)
class Participant:
    person: PersonMention
    office: str | None = None       # nominative, as far as the rules go
    office_basis: str = "derived"


@dataclass(frozen=True)
class Fact:
    quotes: tuple[Quote, ...]
    slips: tuple[str, ...] = field(default=(), kw_only=True)
    issues: tuple[tuple[str, str], ...] = field(default=(), kw_only=True)  # (kind, text), our words

    kind = "fact"


@dataclass(frozen=True)
class EnvoyFact(Fact):
    """One posting: the page says `person` held `role` for `sending` in `receiving` from `start`."""

    person: PersonMention
    sending: str
    receiving: str
    role: str
    title: str | None
    city: Place | None
    start: PartialDate
    end: PartialDate | None = None
    current: bool = False           # the page says so in the present tense ("Kopš ... ir")
    end_basis: str | None = None    # "stated" or "successor", set by `postings.settle`
    confirmed: PartialDate | None = None

    kind = "envoy"


@dataclass(frozen=True)
class MissionFact(Fact):
    sending: str
    receiving: str
    mission_kind: str
    city: Place | None
    opened: PartialDate | None
    closed: PartialDate | None = None
    generic: bool = False           # named only by a general word ("diplomatic mission", "дипмісія"): see
                                    # `missions.settled` for what kind it is
    unplaced: bool = False          # a consulate the sentence names without its city: a record only where the
                                    # page places it (`missions.settled`)

    kind = "mission"


@dataclass(frozen=True)
class VisitFact(Fact):
    date: DateRange
    visit_kind: str
    sending: str
    receiving: str
    city: Place | None
    people: tuple[Participant, ...]
    occasion: str | None
    label: str                      # the row's words, for the id when nobody is named
    from_table: bool = False

    kind = "visit"


@dataclass(frozen=True)
class EventFact(Fact):
    event_kind: str                 # recognition | diplomatic-relations | recall | expulsion
    parties: tuple[str, ...]        # recognition: (who recognised, whom); recall, expulsion: (who acts, upon whom)
    date: PartialDate
    city: Place | None = None
    person: PersonMention | None = None  # recall, expulsion: the envoy the page names
    ends_posting: bool | None = None     # recall: False "for consultations", True "from the post", None unsaid

    kind = "event"


@dataclass(frozen=True)
class TreatyFact(Fact):
    treaty_kind: str
    title: str
    parties: tuple[str, ...]
    signed: PartialDate | None
    place: Place | None = None
    in_force: PartialDate | None = None  # kept apart from the signing: "entered into force on ..."

    kind = "treaty"


@dataclass(frozen=True)
class Extraction:
    """Everything found on one page, and what the page is about."""

    pair: tuple[str, str] | None    # the two countries the page is about (ISO codes)
    facts: tuple[Fact, ...]
    published: tuple[PartialDate, int] | None = None
    updated: tuple[PartialDate, int] | None = None


@dataclass(frozen=True)
class HeldFact(Fact):
    """A fact the page states that cannot become a record as it stands: it goes to the review only.

    An envoy posting or a visit whose date the page does not give with a year ("Vakar, 13.janvārī",
    "šodien"), or gives twice with two values (a conflict within the page). The review shows it
    with its direction, people and quote; nothing is written for it.
    """

    fact_kind: str                  # envoy | visit | mission | event
    sending: str
    receiving: str
    people: tuple[PersonMention, ...]
    reason: str
    role: str | None = None         # envoy
    city: Place | None = None
    date_text: str | None = None    # the date as the page writes it, when it writes one
    dates: tuple[str, ...] = ()     # the values the page gives, when they disagree
    event_kind: str | None = None   # event: recognition | diplomatic-relations | recall | expulsion (sending acts)
    ends_posting: bool | None = None  # recall: as `EventFact.ends_posting`

    kind = "held"


def is_trip(fact: Fact) -> bool:
    """Whether the fact is a trip: a visit, or a visit held for review."""
    return isinstance(fact, VisitFact) or (isinstance(fact, HeldFact) and fact.fact_kind == "visit")
