"""From a page's facts to store records, each compared with the store: new, merge, conflict or review.

    plan = plan_page(page, tables)        # tables: a store file's content ({"people": {...}, ...})
    for change in plan.changes: change.action, change.id, change.notes

Every fact becomes a document in the store's own format (`data/authoring/README.md`), cited
from a source record made for the imported file. Then each is met with the store:

- the same record: the same id, or the same real-world fact under another id (a posting of
  the same person to the same post; a visit of the same people on the same day; the same
  recognition; the same mission);
- *merge* when they agree: what the page adds (a citation, an alias, a city, a more precise
  date that the store's date contains) goes into the store's record;
- *conflict* when they disagree on a fact (another start date, another kind): nothing is
  decided here; `write` refuses unless told which side wins;
- *review* when a name's nominative is a guess or a name fits several people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz

from data import model as m
from data.dates import DateRange, PartialDate
from data.importer import (
    announced,
    dated_documents,
    dateline,
    extract_cyr,
    extract_en,
    extract_lt,
    extract_lv,
    held_dates,
    hosts,
    mentions,
    missions,
    postings,
    recalls,
    safety,
    travels,
    trips,
    visit_days,
)
from data.importer import names as nm
from data.importer.counted import staff_count
from data.importer.dates import find_dates
from data.importer.extract_base import Sentence, sentences_of_line, slug
from data.importer.facts import (
    EnvoyFact,
    EventFact,
    Extraction,
    Fact,
    HeldFact,
    MissionFact,
    Participant,
    PersonMention,
    Quote,
    TreatyFact,
    VisitFact,
)
from data.importer.keys import fold_key as fold
from data.importer.merge import FieldConflict, countries_of, merge_into
from data.importer.names import BUILTIN, KnownNames, nominative
from data.importer.one_truth import era, one_truth
from data.importer.page import MAX_QUOTE, Page, sentence_around
from data.importer.places import Place, Places
from data.importer.resolve import LookupFactory, People, Resolved
from data.store import Store, decode_tables

EXTRACTORS = {"lv": extract_lv.extract, "lt": extract_lt.extract, "en": extract_en.extract,
              "uk": extract_cyr.extract, "ru": extract_cyr.extract, "be": extract_cyr.extract}
ACTIONS = ("new", "merge", "conflict", "review")
FACT_KINDS = ("envoy", "mission", "visit", "event", "treaty")


@dataclass
class Change:
    """One record the import would add or change, and what it would do."""

    action: str                          # new | merge | conflict | review
    kind: str                            # source, country, city, person, envoy, mission, visit, event, treaty
    id: str
    doc: dict[str, Any]                  # the record as the page tells it
    existing: dict[str, Any] | None = None
    merged: dict[str, Any] | None = None  # the store's record with the page's additions (merge)
    notes: list[str] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)  # ids of the people, places and source it refers to
    date: str = ""
    people: list[str] = field(default_factory=list)
    quote: str = ""
    override: dict[str, Any] | None = None  # the store's record with the page's side of every conflict

    @property
    def is_fact(self) -> bool:
        return self.kind in FACT_KINDS


@dataclass
class Plan:
    """What importing one page into one store would do."""

    page: Page
    source_id: str
    changes: list[Change]
    extraction: Extraction
    held: list[Change] = field(default_factory=list)
    """Facts the page states that cannot become records as they stand (no year, two values): review only,
    never written, whatever the options."""

    def of(self, action: str) -> list[Change]:
        return [c for c in self.changes if c.action == action]

    def counts(self) -> dict[str, int]:
        return {action: len(self.of(action)) for action in ACTIONS}


def source_id(file: str) -> str:
    """The id of an imported file's source record: 'Latvia-Georgia 2021.txt' -> 'source:import-latvia-georgia-2021'."""
    stem = file.rsplit(".", 1)[0] if "." in file else file
    return "source:import-" + ("-".join(fold(stem).split()) or "page")


def empty_tables() -> dict[str, Any]:
    """The content of a store with no records (a valid store file, schema version 1)."""
    from data.store import SCHEMA_VERSION

    return {"meta": {"1": {"schema_version": SCHEMA_VERSION}}}


def documents(tables: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """{id: document} of a store file's tables (the meta table left out)."""
    docs: dict[str, dict[str, Any]] = {}
    for name, table in tables.items():
        if name in ("meta", "_default") or not isinstance(table, dict):
            continue
        for doc in table.values():
            if isinstance(doc, dict) and isinstance(doc.get("id"), str):
                docs[doc["id"]] = doc
    return docs


_LOOKUP: ContextVar[LookupFactory | None] = ContextVar("lookup", default=None)


@contextmanager
def using_lookup(lookup: LookupFactory | None) -> Iterator[None]:
    """Plans made inside (by a caller that cannot pass `lookup`, as `write` re-planning) use `lookup`."""
    token = _LOOKUP.set(lookup)
    try:
        yield
    finally:
        _LOOKUP.reset(token)


def plan_page(page: Page, tables: Mapping[str, Any], *, known: KnownNames = BUILTIN,
              lookup: LookupFactory | None = None) -> Plan:
    """What importing `page` into the store whose file content is `tables` would do.

    `lookup` makes the way names meet the store's people (`resolve.NameLookup`); the command line
    hands in the search engine. Without it (and outside `using_lookup`) names meet only as the
    store spells them.
    """
    lookup = lookup if lookup is not None else _LOOKUP.get()
    records, problems = decode_tables(tables)
    if problems:
        from data.importer.errors import ImportTargetError

        raise ImportTargetError(f"the store to import into is not valid: {problems[0]}")
    store = Store(records)
    docs = documents(tables)
    places = Places.builtin().with_store(store)
    known = known.with_names(form.text for person in store.all(m.Person) for form in person.name.forms.values())
    extraction = EXTRACTORS[page.lang](page, places)
    extraction = replace(extraction, facts=extraction.facts + tuple(_mentioned(page, places, extraction.pair)))
    said = list(extraction.facts)
    said += travels.travels(said, page, places)
    said += dated_documents.dated_documents(page, places)
    trips_told = announced.not_announced(trips.not_offered(
        said + trips.by_surname(said, page, places) + trips.by_post_author(said, page, places)
        + trips.delegations(page, places)), page)
    # then every held visit or event whose sentence tells its year relative to the page's ("pernai")
    dated = held_dates.dated_by_relative_year(visit_days.days_of_trips(trips_told, page), page)
    extraction = replace(extraction, facts=tuple(hosts.not_hosts(dated, page, places)))
    facts = one_truth(missions.settled(postings.settle(extraction), page, places), page)
    facts = _with_nominatives(facts, known)
    return _Planner(page, store, docs, places, extraction, lookup).plan(facts)


def _mentioned(page: Page, places: Places, pair: tuple[str, str] | None) -> list[Fact]:
    """What any page says in passing: titled envoys, missions named with both countries (`mentions`,
    `missions`)."""
    found: list[Fact] = []
    for sentence in _sentences_worth_reading(page):
        if recalls.worth_reading(sentence, page.lang):
            found += recalls.recalls(sentence, page, places, pair)
        if not mentions.worth_reading(sentence, page.lang):
            continue
        found += mentions.envoys(sentence, page, places, pair)
        found += missions.missions(sentence, page, places, pair)
        found += mentions.visits(sentence, page, places, pair)
    found += mentions.predecessors(found, page, places)
    found += mentions.visit_elsewhere(found, page, places)
    held = [f for f in found if isinstance(f, HeldFact)]
    listed = mentions.envoy_lists(page, places) + missions.listed_missions(page, places)
    return [f for f in found if not isinstance(f, HeldFact)] + listed + mentions.dated_by_since(held, page)


def _sentences_worth_reading(page: Page) -> Iterator[Sentence]:
    """The sentences of the lines that have a word one of the readers starts from (a line without one
    has no sentence with one: most lines of a long page are not even split)."""
    for number, line in page.numbered():
        whole = Sentence(number, 0, line)
        if recalls.worth_reading(whole, page.lang) or mentions.worth_reading(whole, page.lang):
            yield from sentences_of_line(number, line)


def _with_nominatives(facts: list[Fact], known: KnownNames) -> list[Fact]:
    """The facts' Latvian genitives re-read with the names the store knows (settling more of them)."""
    def again(mention: PersonMention) -> PersonMention:
        if mention.lang != "lv" or mention.name.text == mention.name.written or mention.name.certain:
            return mention
        if any(nm.GUESSED in doubt for doubt in mention.name.doubts):
            return mention  # not a genitive ("vēstnieku Anatoliju Kucevolu"): the genitive rules do not apply
        return replace(mention, name=nominative(mention.written, "lv", genitive=True, known=known))

    out: list[Fact] = []
    for fact in facts:
        if isinstance(fact, VisitFact):
            fact = replace(fact, people=tuple(Participant(again(p.person), p.office, p.office_basis)
                                              for p in fact.people))
        elif isinstance(fact, EnvoyFact):
            fact = replace(fact, person=again(fact.person))
        out.append(fact)
    return out


class _Planner:
    def __init__(self, page: Page, store: Store, docs: dict[str, dict[str, Any]], places: Places,
                 extraction: Extraction, lookup: LookupFactory | None = None) -> None:
        self.page = page
        self.store = store
        self.docs = docs
        self.places = places
        self.extraction = extraction
        self.lang = page.lang
        self.source_id = source_id(page.file)
        self.people = People(store, lookup(store) if lookup is not None else None)
        self.changes: list[Change] = []
        self._place_quotes: dict[str, Quote] = {}
        self._ids: set[str] = set(docs)
        self._fact_changes: list[Change] = []

    def _said(self, quote: Quote) -> str:
        """A quote as the page writes it (the review shows what the citation will hold)."""
        return self.page.as_written(quote.line, quote.text)

    # --- the whole plan -------------------------------------------------------------------

    def plan(self, facts: list[Fact]) -> Plan:
        held_facts = [f for f in facts if isinstance(f, HeldFact)]
        undated = [f for f in facts if _undated(f)]
        facts = [f for f in facts if not isinstance(f, HeldFact) and not _undated(f)]
        self.changes.append(self._source())
        resolved = self._resolve_people(facts)
        fact_changes: list[Change] = []
        self._fact_changes = fact_changes
        # postings first: a recall or an expulsion names the posting it concerns
        facts = sorted(facts, key=lambda fact: isinstance(fact, EventFact))
        for fact in facts:
            change = self._fact(fact, resolved)
            if change is not None:
                fact_changes.append(change)
        place_changes = self._places_needed(fact_changes)
        person_changes = [self._person(r) for r in _one_per_person(self.people.all())]
        self.changes += place_changes + person_changes + fact_changes
        self._propagate_review()
        held = self._held(held_facts) + [self._undated_treaty(f) for f in undated]
        return Plan(self.page, self.source_id, self.changes, self.extraction, held)

    # --- facts held for review ----------------------------------------------------------------

    def _held(self, facts: list[HeldFact]) -> list[Change]:
        """One review row per fact held back, once each, unless a record of this plan already tells it."""
        names = People(self.store, self.people.lookup)  # apart: a held fact's people are not written
        known = {id(r): r for r in self.people.all()}
        covered: set[tuple[str, str, str, str]] = set()
        # what this plan's recalls and expulsions say was recalled, per (acting state, other state, "" or
        # "(nobody named)"): a held one is told by one of them only when it can be the same (`_Recalled.joins`)
        told: dict[tuple[str, str, str], list[_Recalled]] = {}
        for change in self.changes:
            if change.kind == "envoy":
                covered.add(("envoy", change.doc["from"], change.doc["to"], change.doc["person"]))
            elif change.kind == "visit":
                # a trip the page tells as an earlier one ("Previously Nausėda visited Ukraine in August 2023")
                # tells no other trip of the page: the page's own, undated ("arrived in Kyiv on Wednesday"), stays
                earlier = all(visit_days.earlier_trip(c["quote"]) for c in change.doc["citations"])
                for person in change.doc.get("people", []):
                    covered.add(("earlier visit" if earlier else "visit", change.doc["from"], change.doc["to"],
                                 person["person"]))
            elif change.kind == "event" and change.doc["kind"] in ("recall", "expulsion"):
                first, second = change.doc["parties"]
                covered.add(("event", first, second, change.doc.get("person") or ""))
                written = _Recalled.of_record(change.doc)
                told.setdefault((first, second, ""), []).append(written)
                if not change.doc.get("person"):
                    told.setdefault((first, second, "(nobody named)"), []).append(written)
        rows: dict[tuple[Any, ...], Change] = {}
        recalled_of: dict[tuple[Any, ...], _Recalled] = {}  # what each recall row's sentences say was recalled
        for fact in facts:
            people: list[tuple[PersonMention, Resolved, str | None]] = []
            for mention in fact.people:
                found = next((r for r in known.values() if fold(r.nominative) == fold(mention.name.text)), None)
                in_plan = found is not None
                found = found or names.resolve(mention)
                # a name one letter from a known person's ("Edgars Rikevics"): that person, for the reader to check
                person_id = found.person_id if in_plan or found.status == "existing" or found.variant else None
                people.append((mention, found, person_id))
            sending, receiving = f"country:{fact.sending.lower()}", f"country:{fact.receiving.lower()}"
            told_as = [fact.fact_kind]
            if fact.fact_kind == "visit" and any(visit_days.earlier_trip(q.text) for q in fact.quotes):
                told_as.append("earlier visit")
            if people and all(pid and any((kind, sending, receiving, pid) in covered for kind in told_as)
                              for _m, _f, pid in people):
                continue  # a record of this plan tells the same (a dated sentence elsewhere on the page)
            recalled = _Recalled.of(fact)
            if fact.event_kind in ("recall", "expulsion") and not people \
                    and any(r.joins(recalled) for r in told.get((sending, receiving, ""), [])):
                continue  # the page dates this recall or expulsion in another sentence
            if fact.event_kind in ("recall", "expulsion") \
                    and any(r.joins(recalled) for r in told.get((sending, receiving, "(nobody named)"), [])):
                continue  # dated in another sentence that names nobody ("On Monday, Belarus announced expelling")
            shown = [found.nominative if found.status != "existing" else self._name_of(found.person_id)
                     for _m, found, _pid in people]
            key = (fact.fact_kind, sending, receiving, fact.role, fact.event_kind,
                   tuple(sorted(fold(n) for n in shown)))
            if fact.event_kind in ("recall", "expulsion"):
                key = _recall_row(rows, recalled_of, key[:-1], shown, recalled)
            elif fact.fact_kind == "visit" and fact.date_text and any(visit_days.earlier_trip(q.text)
                                                                           for q in fact.quotes):
                # a trip the sentence tells as an earlier one, on a day of its own ("13 апреля Левитс уже посещал
                # Киев" beside the lead's trip), is its own row, not a second day of the lead's trip
                key += (fold(fact.date_text),)
            doc: dict[str, Any] = {"kind": fact.fact_kind, "from": sending, "to": receiving,
                                   "people": [{"written": m_.written, "name": name, "person": pid,
                                               "certain": (m_.name.certain or found.status == "existing")
                                               and not found.variant}
                                              for (m_, found, pid), name in zip(people, shown, strict=True)]}
            if fact.role:
                doc["role"] = fact.role
            if fact.event_kind:
                doc["event"] = fact.event_kind
                doc["parties"] = [sending, receiving]
            if fact.ends_posting is not None:
                doc["ends_posting"] = fact.ends_posting
            if fact.city:
                doc["city"] = fact.city.id
            if fact.date_text:
                doc["date_as_written"] = fact.date_text
            if fact.dates:
                doc["dates"] = list(fact.dates)
            doc["citations"] = _citations(self.source_id, self.page, fact.quotes)
            action = "conflict" if fact.dates else "review"
            if key in rows:
                row = rows[key]
                for entry in doc["people"]:
                    if all(fold(entry["name"]) != fold(p["name"]) for p in row.doc["people"]):
                        row.doc["people"].append(entry)
                        row.people.append(entry["name"] if entry["certain"] else f"{entry['name']}?")
                if row.doc.get("ends_posting") is None and doc.get("ends_posting") is not None:
                    row.doc["ends_posting"] = doc["ends_posting"]
                for citation in doc["citations"]:
                    if citation not in row.doc["citations"]:
                        row.doc["citations"].append(citation)
                said = [row.doc.get("date_as_written"), doc.get("date_as_written")]
                if all(said) and said[0] != said[1]:  # one trip, two days: the page contradicts itself
                    row.action = "conflict"
                    row.doc["dates"] = list(dict.fromkeys([*row.doc.get("dates", []), *said]))
                    row.date = " / ".join(row.doc["dates"])
                    row.notes.append(f"the page gives two dates for this {fact.fact_kind}: "
                                     + " and ".join(row.doc["dates"]))
                continue
            guessed = [f"the nominative {p['name']!r} is guessed from {p['written']!r}" for p in doc["people"]
                       if not p["certain"]]
            ends = [_ENDS[fact.ends_posting]] if fact.ends_posting is not None else []
            rows[key] = Change(action, fact.fact_kind, "", doc, notes=[fact.reason, *ends, *guessed],
                               date=" / ".join(fact.dates) or self._date_as_written(fact),
                               people=[f"{n}?" if not p["certain"] else n for n, p in zip(shown, doc["people"],
                                                                                          strict=True)],
                               quote=self._said(fact.quotes[-1]))
        return list(rows.values())

    def _date_as_written(self, fact: HeldFact) -> str:
        """What the page writes for the day of a held trip or event, in quotes ('"16. martā"', '"Penktadienį"'):
        the reader checks it against the page. A posting's sentence tells another day (the day of a
        meeting), never the start that is missing, so a held posting shows none."""
        if fact.fact_kind not in ("visit", "event"):
            return ""
        if fact.date_text:
            return f'"{fact.date_text}"'
        return self._day_words(fact.quotes)

    def _day_words(self, quotes: Iterable[Quote]) -> str:
        """The words the quotes give for a day, in quotes and in the page's order ('"в среду" / "27 ноября"'):
        dates, a day and month without a year, weekdays, "today"; empty when they give none."""
        words: list[str] = []
        for quote in quotes:
            found = [(f.start, f.text) for f in find_dates(quote.text, self.lang)]
            found += [(dm.start, dm.text) for dm in dateline.day_months(quote.text, self.lang)]
            found += [(w.start(), w.group()) for w in re.finditer(r"[^\W\d_]{4,}", quote.text)
                      if dateline.weekday_number(w.group()) is not None]
            found += [(w.start(), w.group()) for w in _RELATIVE_DAY.finditer(quote.text)]
            words += [text.strip() for _start, text in sorted(found)]
        words = list(dict.fromkeys(w for w in words if w))
        return " / ".join(f'"{w}"' for w in words)

    def _undated_treaty(self, fact: TreatyFact) -> Change:
        """A document the page names with its two countries and its signing, but no day of it: a review row
        ("an agreement between LV and UA, date not given"), never a record without a date."""
        parties = sorted(f"country:{code.lower()}" for code in fact.parties)
        doc: dict[str, Any] = {"kind": "treaty", "treaty": fact.treaty_kind,
                               "title": {self.lang: {"text": fact.title, "basis": "source"}}, "parties": parties,
                               "people": [], "citations": _citations(self.source_id, self.page, fact.quotes)}
        if fact.place is not None:
            doc["place"] = fact.place.id
        said = self._day_words(fact.quotes)
        # the page's own words for a day that lacks its year or stands beside another act ("в среду, 27 ноября"):
        # the reader dates the document from them, as a held trip's row shows them
        note = f"the page names this {fact.treaty_kind} without the day it was signed or entered into force"
        note += f" (its words for a day: {said}): not written" if said else ": not written"
        return Change("review", "treaty", "", doc, notes=[note], date=said, quote=self._said(fact.quotes[-1]))

    def _name_of(self, person_id: str) -> str:
        person = self.store.find(person_id)
        if isinstance(person, m.Person):
            form = person.name.forms.get(self.lang) or next(iter(person.name.forms.values()), None)
            if form is not None:
                return form.text
        return person_id

    def _propagate_review(self) -> None:
        """Review goes both ways between a fact and what it needs: a fact naming a person left for review is
        left for review; then a person, place or source that only facts left for review need is left for
        review with them (written with them by --accept, never on its own: a new person made for a
        held trip would otherwise stand in the store with nothing saying why)."""
        review = {c.id for c in self.changes if c.action == "review" and c.kind == "person"}
        for change in self.changes:
            if change.is_fact and change.action in ("new", "merge") and review & set(change.needs):
                who = ", ".join(sorted(review & set(change.needs)))
                change.action = "review"
                change.notes.append(f"names a person left for review: {who}")
        facts = [c for c in self.changes if c.is_fact]
        for change in self.changes:
            if change.is_fact or change.action not in ("new", "merge"):
                continue
            users = [f for f in facts if change.id in f.needs]
            if not users:  # the source of a page whose facts are all held: the write leaves it out
                change.notes.insert(0, "no record of the page needs it: not written on its own")
            elif all(f.action == "review" for f in users):
                which = ", ".join(f.id for f in users[:3]) + (f" and {len(users) - 3} more" if len(users) > 3 else "")
                change.action = "review"
                change.notes.insert(0, f"only {which} needs it, left for review: written with it, never alone")

    # --- source -------------------------------------------------------------------------

    def _source(self) -> Change:
        page = self.page
        published, updated = self.extraction.published, self.extraction.updated
        title = page.title  # as the page writes it, look-alikes and all
        # Cited for its title: the first sentence of the title's line, verbatim (the line itself may be a
        # whole paragraph, and the title is shortened and its spaces joined: neither is in the page as such).
        line = page.lines[page.title_line - 1] if page.lines else ""
        first = next((i for i, c in enumerate(line) if c.isalpha()), 0)
        citations = _citations(self.source_id, page, [Quote(page.title_line, sentence_around(line, first, first + 1))])
        doc: dict[str, Any] = {
            "id": self.source_id, "file": page.file, "title": title, "publisher": page.publisher(),
            "lang": page.lang,
            "citations": citations or [{"source": self.source_id, "quote": line.strip()}],
        }
        if page.url():
            doc["url"] = page.url()
        if page.html:
            doc["notes"] = ("Saved from a browser as HTML: the quotes are verbatim lines of the page's main text "
                            "as trafilatura extracts it, not of the HTML file itself.")
        if published:
            doc["published"] = str(published[0])
        if updated:
            doc["updated"] = str(updated[0])
        return self._meet("source", doc, self.docs.get(self.source_id), date=doc.get("published", ""),
                          quote=doc["citations"][0]["quote"])

    # --- people -------------------------------------------------------------------------

    def _resolve_people(self, facts: list[Fact]) -> dict[int, Resolved]:
        mentions: list[PersonMention] = []
        for fact in facts:
            if isinstance(fact, EnvoyFact):
                mentions.append(fact.person)
            elif isinstance(fact, VisitFact):
                mentions += [p.person for p in fact.people]
            elif isinstance(fact, EventFact) and fact.person is not None:
                mentions.append(fact.person)
        # Full names first, so that an initial ('A. Lukashenko') finds the full name met on the page.
        ordered = sorted(mentions, key=lambda mention: any(len(w) == 1 for w in fold(mention.name.text).split()))
        return {id(mention): self.people.resolve(mention) for mention in ordered}

    def _person(self, resolved: Resolved) -> Change:
        """The person record `resolved` makes or meets: one per person (`_one_per_person`)."""
        lang = self.lang
        written = list(dict.fromkeys(m_.written for m_ in resolved.mentions))
        name = resolved.nominative
        basis = "source" if name in written else "derived"
        quotes = self._naming_quotes(resolved)
        doc: dict[str, Any] = {
            "id": resolved.person_id,
            "name": {lang: {"text": name, "basis": basis}},
            "aliases": [w for w in written if w != name],
            "citations": _citations(self.source_id, self.page, quotes),
        }
        if resolved.variant:
            # a known person's name spelled one letter apart: the store's name stands, the page's form is only
            # an alias candidate (`People._one_letter_apart`)
            del doc["name"]
            doc["aliases"] = list(dict.fromkeys([name, *written]))
        slips = list(dict.fromkeys(s for m_ in resolved.mentions for s in m_.name.slips))
        if slips:
            doc["issues"] = [{"kind": "typo", "text": f"The page's spelling, read as written: {s}."} for s in slips]
        if not all(m_.name.certain for m_ in resolved.mentions) and resolved.status != "existing":
            doubts = "; ".join(d for m_ in resolved.mentions for d in m_.name.doubts)
            doc["notes"] = f"The nominative is the importer's guess from the declined form ({doubts})."
        # A name that fits several people is met with the best of them; it stays for review.
        existing = self.docs.get(resolved.person_id) if resolved.status != "new" else None
        change = self._meet("person", doc, existing, people=[name], quote=self._said(quotes[0]))
        if resolved.status == "review":
            change.action = "review"
            change.notes = [*resolved.reasons, *(n for n in change.notes if n != "already in the store")]
        return change

    def _naming_quotes(self, resolved: Resolved) -> list[Quote]:
        """The quotes a person's record cites: each mention's sentence where it writes the person's name
        as cited (cut to `MAX_QUOTE`); else the part of that line, or the first sentence of the page, that
        writes it. A trip told by the surname ("Zelensky arrived"), by the office ("the prime minister's
        visit") or by "I" in a signed post names the person by a form the record does not hold: its
        sentence cites the trip, never the name."""
        forms = list(dict.fromkeys([*(m_.written for m_ in resolved.mentions), resolved.nominative]))
        quotes: list[Quote] = []
        for mention in resolved.mentions:
            quote = mention.quote
            own = [mention.written, *forms]
            if not any(form and form in _as_cited(quote.text) for form in own):
                quote = self._first_naming(own, prefer=quote.line)  # type: ignore[assignment]
            if quote is not None and quote not in quotes:
                quotes.append(quote)
        return quotes or [m_.quote for m_ in resolved.mentions]  # never without a citation (not met on pages)

    def _first_naming(self, forms: list[str], *, prefer: int) -> Quote | None:
        """The sentence writing one of `forms` (the first form found): on line `prefer` first, then the page's
        first line that writes one."""
        lines = [(prefer, self.page.lines[prefer - 1])] if 0 < prefer <= len(self.page.lines) else []
        for number, line in [*lines, *self.page.numbered()]:
            for form in forms:
                position = line.find(form) if form else -1
                if position >= 0:
                    return Quote(number, sentence_around(line, position, position + len(form)))
        return None

    @staticmethod
    def _person_id(mention: PersonMention, resolved: dict[int, Resolved]) -> str:
        return resolved[id(mention)].person_id

    # --- places -------------------------------------------------------------------------

    def _place_ref(self, place: Place | None, quote: Quote) -> str | None:
        if place is None:
            return None
        self._place_quotes.setdefault(place.id, quote)
        if place.kind == "city" and place.country:
            self._place_quotes.setdefault(f"country:{place.country.lower()}", quote)
        return place.id

    def _country_ref(self, code: str, quote: Quote) -> str:
        place_id = f"country:{code.lower()}"
        self._place_quotes.setdefault(place_id, quote)
        return place_id

    def _places_needed(self, fact_changes: list[Change]) -> list[Change]:
        changes = []
        needed = [pid for c in fact_changes for pid in c.needs if pid.startswith(("country:", "city:"))]
        # cities first need their countries
        for place_id in list(dict.fromkeys(needed)):
            place = self.places.get(place_id)
            if place is not None and place.kind == "city" and place.country:
                needed.append(f"country:{place.country.lower()}")
        for place_id in dict.fromkeys(needed):
            if place_id in self.docs:
                continue
            place = self.places.get(place_id)
            if place is None:
                continue
            quote = self._naming_quote(place_id) or self._place_quotes.get(place_id) or Quote(
                self.page.title_line, self.page.title)
            doc: dict[str, Any] = {"id": place_id, "name": {
                lang: {"text": text, "basis": "derived" if lang == self.lang else "established"}
                for lang, text in place.names}, "citations": _citations(self.source_id, self.page, [quote])}
            if place.kind == "country":
                doc["code"] = place.key
            elif place.country:
                doc["country"] = f"country:{place.country.lower()}"
            changes.append(Change("new", place.kind, place_id, doc, needs=[self.source_id], quote=self._said(quote)))
        return changes

    def _naming_quote(self, place_id: str) -> Quote | None:
        """The sentence of the first line that names the place, so that its record cites its name."""
        for number, line in self.page.numbered():
            for mention in self.places.find(line, self.lang):
                if mention.place.id == place_id:
                    return Quote(number, sentence_around(line, mention.start, mention.end))
        return None

    # --- facts --------------------------------------------------------------------------

    def _fact(self, fact: Fact, resolved: dict[int, Resolved]) -> Change | None:
        quote = fact.quotes[-1]
        doc: dict[str, Any]
        people: list[str] = []
        if isinstance(fact, EnvoyFact):
            person = self._person_id(fact.person, resolved)
            sending, receiving = self._country_ref(fact.sending, quote), self._country_ref(fact.receiving, quote)
            surname = slug(fact.person.name.text.split()[-1], words=3)
            doc = {"id": f"envoy:{fact.sending.lower()}-{fact.receiving.lower()}-{fact.start.year}-{surname}",
                   "person": person, "from": sending, "to": receiving, "role": fact.role,
                   "start": str(fact.start)}
            if fact.title:
                doc["title"] = {self.lang: {"text": fact.title, "basis": "source"}}
            city = self._place_ref(fact.city, quote)
            if city:
                doc["city"] = city
            if fact.end:
                doc["end"], doc["end_basis"] = str(fact.end), fact.end_basis or "stated"
            if fact.confirmed:
                doc["confirmed"] = str(fact.confirmed)
                doc["notes"] = f"Confirmed as of the page's publication date ({fact.confirmed})."
            people = [fact.person.name.text]
            existing = self._match_envoy(doc)
            date = doc["start"]
        elif isinstance(fact, MissionFact):
            sending, receiving = self._country_ref(fact.sending, quote), self._country_ref(fact.receiving, quote)
            city = self._place_ref(fact.city, quote)
            tail = f"{fact.city.key}-" if fact.city else ""
            doc = {"id": f"mission:{fact.sending.lower()}-{fact.receiving.lower()}-{tail}{fact.mission_kind}",
                   "from": sending, "to": receiving, "kind": fact.mission_kind}
            if era(fact.opened):  # a mission of an earlier era is not today's of the same place (`_match_mission`)
                doc["id"] += f"-{fact.opened.year}"  # type: ignore[union-attr]
            if city:
                doc["city"] = city
            if fact.opened:
                doc["opened"] = str(fact.opened)
            if fact.closed:
                doc["closed"] = str(fact.closed)
            existing = self._match_mission(doc)
            date = doc.get("opened") or (f"closed {doc['closed']}" if "closed" in doc else "")
        elif isinstance(fact, VisitFact):
            sending, receiving = self._country_ref(fact.sending, quote), self._country_ref(fact.receiving, quote)
            participants = []
            for participant in fact.people:
                entry: dict[str, Any] = {"person": self._person_id(participant.person, resolved)}
                if any(other["person"] == entry["person"] for other in participants):
                    continue  # one person twice, in two forms ("Ґітанас Науседа" and a case read from it)
                if participant.office:
                    entry["office"] = {self.lang: {"text": participant.office, "basis": participant.office_basis}}
                participants.append(entry)
                people.append(participant.person.name.text)
            if fact.people:
                tail = slug(fact.people[0].person.name.text.split()[-1], words=3)
            else:
                tail = slug(fact.label, words=3)
            doc = {"id": self._fresh(f"visit:{fact.date.start}-{tail}"), "date": str(fact.date),
                   "kind": fact.visit_kind, "from": sending, "to": receiving, "people": participants}
            city = self._place_ref(fact.city, quote)
            if city:
                doc["city"] = city
            if fact.occasion:
                doc["occasion"] = {self.lang: {"text": fact.occasion, "basis": "source"}}
            existing = self._match_visit(doc)
            date = doc["date"]
        elif isinstance(fact, EventFact):
            a, b = (p.lower() for p in fact.parties)
            if fact.event_kind in ("recall", "expulsion"):
                name = f"{fact.event_kind}-{a}-{b}-{fact.date}"
            else:
                name = ("recognition" if fact.event_kind == "recognition" else "relations") + f"-{a}-{b}"
                if era(fact.date):  # the store's ids name the present era's; an earlier one's carries its year
                    name += f"-{fact.date.year}"
            doc = {"id": f"event:{name}", "kind": fact.event_kind,
                   "parties": [self._country_ref(p, quote) for p in fact.parties], "date": str(fact.date)}
            city = self._place_ref(fact.city, quote)
            if city:
                doc["city"] = city
            if fact.person is not None:
                doc["person"] = self._person_id(fact.person, resolved)
                people = [fact.person.name.text]
                envoy = self._posting_of(doc["person"], fact.parties, fact.event_kind)
                if envoy:
                    doc["envoy"] = envoy
            if fact.ends_posting is not None:
                doc["ends_posting"] = fact.ends_posting
            existing = self._match_event(doc)
            date = doc["date"]
        elif isinstance(fact, TreatyFact):
            when = str(fact.signed) if fact.signed else f"in-force-{fact.in_force}" if fact.in_force else "undated"
            doc = {"id": self._fresh(f"treaty:{when}-{slug(fact.title, words=3)}"), "kind": fact.treaty_kind,
                   "title": {self.lang: {"text": fact.title, "basis": "source"}},
                   "parties": [self._country_ref(p, quote) for p in fact.parties]}
            if fact.signed:
                doc["signed"] = str(fact.signed)
            if fact.in_force:
                doc["in_force"] = str(fact.in_force)
            place = self._place_ref(fact.place, quote)
            if place:
                doc["place"] = place
            existing = self._match_treaty(doc)
            date = doc.get("signed", "")
        else:
            return None
        doc["citations"] = _citations(self.source_id, self.page, fact.quotes)
        issues = [{"kind": "typo", "text": f"The page writes a date with a slip: {slip}."} for slip in fact.slips]
        issues += [{"kind": kind, "text": text} for kind, text in fact.issues]
        if issues:
            doc["issues"] = issues
        change = self._meet(fact.kind, doc, existing, date=date, people=people, quote=self._said(fact.quotes[-1]))
        change.needs = [self.source_id, *_refs(doc)]
        if isinstance(fact, EventFact) and fact.ends_posting is not None:
            change.notes.append(_ENDS[fact.ends_posting])
        if isinstance(fact, EventFact) and fact.ends_posting and fact.event_kind == "recall" and doc.get("envoy"):
            self._end_posting(doc["envoy"], doc["date"])
        unsafe = safety.unsafe(fact, self.page, self.places, self._page_day)
        if unsafe and change.action in ("new", "merge"):
            # a part of the record its sentence does not give: read before it is written (`safety`)
            change.action = "review"
            change.notes.insert(0, f"held for review: {unsafe}")  # first: the review table shows notes cut short
        return change

    @cached_property
    def _page_day(self) -> PartialDate | None:
        """The page's own day (publication, dateline or address), for what is told as of the page's date; found
        once a plan (the dateline reads the page's head)."""
        published = self.extraction.published
        found = dateline.dateline(published[0] if published else None, self.page.url(), self.page.lines)
        return found[0] if found else None

    def _fresh(self, wanted: str) -> str:
        """`wanted`, or `wanted-2`, `-3`... when this import already made a record of that id."""
        candidate, number = wanted, 2
        while candidate in self._ids and candidate not in self.docs:
            candidate, number = f"{wanted}-{number}", number + 1
        self._ids.add(candidate)
        return candidate

    # --- meeting the store's records --------------------------------------------------------

    def _match_envoy(self, doc: dict[str, Any]) -> dict[str, Any] | None:
        if doc["id"] in self.docs:
            return self.docs[doc["id"]]
        start = PartialDate.parse(doc["start"])
        heads = doc["role"] in m.HEAD_OF_MISSION_ROLES
        same_post = [e for e in self.store.all(m.Envoy)
                     if e.person == doc["person"] and e.sending == doc["from"] and e.receiving == doc["to"]
                     and (e.heads_mission if heads else e.role == doc["role"])]
        for envoy in same_post:
            if postings.compatible(envoy.start, start):
                return self.docs[envoy.id]
        return self.docs[same_post[0].id] if same_post else None

    def _match_mission(self, doc: dict[str, Any]) -> dict[str, Any] | None:
        if doc["id"] in self.docs:
            return self.docs[doc["id"]]
        told = era(PartialDate.parse(doc["opened"]) if "opened" in doc else None)
        same = [x for x in self.store.all(m.Mission)  # the legation of 1919 is not the embassy of 1993
                if (x.sending, x.receiving, x.mission_kind) == (doc["from"], doc["to"], doc["kind"])
                and era(x.opened) == told]
        exact = [x for x in same if x.city == doc.get("city")]
        if exact:
            return self.docs[exact[0].id]
        if doc.get("city") is None and len(same) == 1:
            return self.docs[same[0].id]
        return None

    def _match_visit(self, doc: dict[str, Any]) -> dict[str, Any] | None:
        if doc["id"] in self.docs:
            return self.docs[doc["id"]]
        span = DateRange.parse(doc["date"])
        people = sorted(p["person"] for p in doc["people"])
        for visit in self.store.all(m.Visit):
            if (visit.sending, visit.receiving) != (doc["from"], doc["to"]):
                continue
            if sorted(p.person for p in visit.people) != people:
                continue
            if visit.date.start == span.start and (people or visit.city == doc.get("city")):
                return self.docs[visit.id]
        return None

    def _end_posting(self, envoy_id: str, date: str) -> None:
        """A recall the page says ends the posting ("released from his post on ...") ends this plan's record
        of that posting, where the page has given one and it has no end yet (else the end stays unsaid)."""
        for index, change in enumerate(self._fact_changes):
            if change.kind != "envoy" or envoy_id not in (change.id, change.doc.get("id")) or "end" in change.doc:
                continue
            if not postings.compatible(PartialDate.parse(change.doc["start"]), PartialDate.parse(date)) and \
                    PartialDate.parse(change.doc["start"]).latest > PartialDate.parse(date).latest:
                return  # a recall before the posting began is not its end
            doc = dict(change.doc, end=date, end_basis="stated", end_reason="recalled")
            replaced = self._meet("envoy", doc, change.existing, date=change.date, people=change.people,
                                  quote=change.quote)
            replaced.needs, replaced.notes = change.needs, [*replaced.notes, "ended by the recall the page tells"]
            self._fact_changes[index] = replaced
            return

    def _posting_of(self, person_id: str, parties: tuple[str, ...], kind: str) -> str | None:
        """The one posting of `person_id` between the event's two countries (the store's or this plan's)."""
        sending, receiving = (parties if kind == "recall" else parties[::-1])
        post = (person_id, f"country:{sending.lower()}", f"country:{receiving.lower()}")
        found = {e.id for e in self.store.all(m.Envoy) if (e.person, e.sending, e.receiving) == post}
        found |= {c.id for c in self._fact_changes if c.kind == "envoy"
                  and (c.doc.get("person"), c.doc.get("from"), c.doc.get("to")) == post}
        return found.pop() if len(found) == 1 else None

    def _match_event(self, doc: dict[str, Any]) -> dict[str, Any] | None:
        if doc["id"] in self.docs:
            return self.docs[doc["id"]]
        for event in self.store.all(m.Event):
            if event.event_kind != doc["kind"]:
                continue
            if doc["kind"] in ("recall", "expulsion"):
                # recalls and expulsions repeat between two states: the same one has the same date
                if (list(event.parties) == doc["parties"]
                        and postings.compatible(event.date, PartialDate.parse(doc["date"]))
                        and (event.person is None or doc.get("person") in (None, event.person))):
                    return self.docs[event.id]
                continue
            same = (list(event.parties) == doc["parties"] if doc["kind"] == "recognition"
                    else sorted(event.parties) == sorted(doc["parties"]))
            if same and era(event.date) == era(PartialDate.parse(doc["date"])):  # 1918's is not 1991's
                return self.docs[event.id]
        return None

    def _match_treaty(self, doc: dict[str, Any]) -> dict[str, Any] | None:
        """The store's treaty this one is: of the same kind, between the same countries (a document of
        two ministries also names them as parties, which a page's reading does not give), signed the
        same day, or told only by its entry into force on the same day. Two documents of one year
        between the same countries (the 2004 agreements on the economy and on education) are told
        apart by their titles."""
        if doc["id"] in self.docs:
            return self.docs[doc["id"]]
        countries = countries_of(doc["parties"])
        same: list[m.Treaty] = []
        for treaty in self.store.all(m.Treaty):
            if countries_of(treaty.parties) != countries or treaty.treaty_kind != doc["kind"]:
                continue
            if treaty.signed is not None and str(treaty.signed) == doc.get("signed"):
                same.append(treaty)
            # told only by its entry into force: the document of that day, whenever it was signed
            elif doc.get("signed") is None and doc.get("in_force") is not None \
                    and str(treaty.in_force) == doc["in_force"]:
                same.append(treaty)
        if len(same) > 1:
            same.sort(key=lambda treaty: -_title_likeness(treaty.title, doc.get("title", {})))
        return self.docs[same[0].id] if same else None

    def _meet(self, kind: str, doc: dict[str, Any], existing: dict[str, Any] | None, *, date: str = "",
              people: list[str] | None = None, quote: str = "") -> Change:
        if existing is None:
            if doc["id"] in self.docs:  # the id is taken by a record this fact did not match
                doc["id"] = self._fresh(doc["id"] + "-import")
            return Change("new", kind, doc["id"], doc, date=date, people=people or [], quote=quote)
        merged, conflicts, notes = merge_into(existing, doc, kind)
        change = Change("conflict" if conflicts else "merge", kind, existing["id"], doc, existing, merged,
                        notes or ["already in the store"], conflicts, date=date, people=people or [], quote=quote)
        if conflicts:
            override, _, _ = merge_into(existing, doc, kind, prefer_imported=True)
            change.override = override
        return change


def _title_likeness(title: m.Text, forms: Mapping[str, Any]) -> float:
    """How alike a stored title and an imported one are, in the best of the languages both give
    (0 to 100; 0 when they share none)."""
    scores = [fuzz.token_set_ratio(fold(stored.text), fold(form["text"]))
              for lang, form in forms.items() if (stored := title.get(lang)) is not None and form.get("text")]
    return max(scores, default=0.0)


# A day told relative to the page's ("today", "vakar", "сегодня"): what the page gives for the day of a held fact
_DAY_WORDS = (*dateline.RELATIVE_DAY_WORDS, r"this\s+morning", "šorīt", "šįryt")
_RELATIVE_DAY = re.compile(rf"(?<![\w])(?:{'|'.join(_DAY_WORDS)})(?![\w])", re.I)


def _undated(fact: Fact) -> bool:
    return isinstance(fact, TreatyFact) and fact.signed is None and fact.in_force is None


_ENDS = {True: "the page says it ends the posting",
         False: "for consultations: the posting does not end"}


def _citations(source: str, page: Page, quotes: Iterable[Quote]) -> list[dict[str, str]]:
    """The quotes as the page writes them (`Page.as_written`: the readers see look-alike letters
    folded), so that a reader finds each in the page and `envoys check` in a kept copy of it."""
    seen: list[dict[str, str]] = []
    for quote in quotes:
        said = page.as_written(quote.line, quote.text)
        text = said if len(said) <= MAX_QUOTE else said[:MAX_QUOTE].rsplit(" ", 1)[0]
        entry = {"source": source, "quote": text}
        if said.strip() and entry not in seen:
            seen.append(entry)
    return seen


def _as_cited(text: str) -> str:
    """The part of a quote's text its citation keeps (`_citations`: cut at a word past `MAX_QUOTE`)."""
    return text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE].rsplit(" ", 1)[0]


def _refs(doc: dict[str, Any]) -> list[str]:
    refs = [doc.get(k) for k in ("person", "from", "to", "city", "place")]
    refs += list(doc.get("parties", []))
    refs += [p["person"] for p in doc.get("people", [])]
    return [r for r in refs if isinstance(r, str)]


def _surnames(names: Any) -> set[str]:
    return {fold(name.split()[-1]) for name in names if name.split()}


@dataclass(frozen=True)
class _Recalled:
    """What a held recall's sentences say was recalled: how many diplomats (`counted.staff_count`), and whether
    the recall is for consultations (`ends_posting` False). A cut of five diplomats, a cut of six more and the
    ambassadors called home for consultations are three recalls of one page; a sentence that says neither
    ("The ambassador left Minsk") may tell any of them."""

    counts: frozenset[int] = frozenset()
    consultations: bool = False

    @staticmethod
    def of(fact: HeldFact) -> _Recalled:
        counts = frozenset(n for q in fact.quotes if (n := staff_count(q.text)) is not None)
        return _Recalled(counts, fact.ends_posting is False)

    @staticmethod
    def of_record(doc: dict[str, Any]) -> _Recalled:
        """What a recall or expulsion record of this plan says was recalled, by its quotes."""
        counts = frozenset(n for c in doc.get("citations", []) if (n := staff_count(c["quote"])) is not None)
        return _Recalled(counts, doc.get("ends_posting") is False)

    def joins(self, other: _Recalled) -> bool:
        if self.counts and other.counts and not self.counts & other.counts:
            return False  # five diplomats and six more: two cuts
        # counted diplomats are a staff cut, never the envoys called home for consultations
        return not ((self.counts and other.consultations) or (self.consultations and other.counts))

    def __or__(self, other: _Recalled) -> _Recalled:
        return _Recalled(self.counts | other.counts, self.consultations or other.consultations)


def _recall_row(rows: dict[tuple[Any, ...], Change], recalled_of: dict[tuple[Any, ...], _Recalled],
                base: tuple[Any, ...], shown: list[str], recalled: _Recalled) -> tuple[Any, ...]:
    """The review row an undated recall (or expulsion) joins: the page often tells one event in several
    sentences ("Latvia recalled its ambassador ... Ambassador NAME left Minsk"), so a sentence naming nobody
    joins a row already there that it can be (`_Recalled.joins`: not a cut of five beside a cut of six), and
    one naming the person of a row (or its surname alone) joins that row; a person no row names is a recall
    of their own, never folded into another person's row. `recalled_of` keeps what each row's sentences say
    was recalled."""
    surnames = _surnames(shown)
    for key in [key for key in rows if key[:len(base)] == base]:
        if not recalled_of.get(key, _Recalled()).joins(recalled):
            continue
        named = [p["name"] for p in rows[key].doc["people"]]
        if not shown or not named or surnames & _surnames(named):
            recalled_of[key] = recalled_of.get(key, _Recalled()) | recalled
            return key
    key, number = (*base, tuple(sorted(fold(n) for n in shown))), 2
    while key in rows:  # a recall the rows of the same names cannot be (five diplomats beside six)
        key, number = (*base, tuple(sorted(fold(n) for n in shown)), number), number + 1
    recalled_of[key] = recalled
    return key


_STATUS_DOUBT = {"existing": 0, "new": 0, "review": 1}


def _one_per_person(resolved: list[Resolved]) -> list[Resolved]:
    """One `Resolved` per person id: two names on one page that meet one person in the store ("Ґітанас
    Науседа", and the nominative guessed from "Ґітанаса Науседи") would otherwise make two records of one
    id, the later overwriting the earlier's name with a guess. The name the page writes as it is, with
    no doubt, leads; the other forms as written stay aliases; a doubt in either leaves the person for
    review."""
    groups: dict[str, list[Resolved]] = {}
    for one in resolved:
        groups.setdefault(one.person_id, []).append(one)
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        lead = min(group, key=lambda r: (r.nominative not in {m_.written for m_ in r.mentions},
                                         not all(m_.name.certain for m_ in r.mentions)))
        doubtful = max(group, key=lambda r: _STATUS_DOUBT.get(r.status, 1))
        out.append(replace(lead, status=doubtful.status, mentions=[m_ for r in group for m_ in r.mentions],
                           reasons=list(dict.fromkeys(x for r in group for x in r.reasons)),
                           candidates=tuple(dict.fromkeys(c for r in group for c in r.candidates))))
    return out
