"""Who a name on the page is: a person already in the store, one met earlier on the page, or new.

    people = People(store, lookup)             # lookup: a NameLookup, handed in by the caller
    found = people.resolve(mention)            # Resolved(person_id, status='existing'|'new'|'review', ...)

`data/` never imports `search/`, so the way names meet the store's people is handed in: a
`NameLookup` finds the people a name may be and says whether two words are one word declined.
The command line hands in the search engine (`search.importing.SearchLookup`), which meets
declined, transliterated and accent-less forms ('Edgara Rinkeviča', 'Rinkēvičs', 'Пілдеговічс');
without one, `PlainLookup` meets a name only when it is spelled as the store spells it.

A candidate is taken only when every word of the name meets a word of one of the person's forms
(exactly, or as the same stem, or as its initial) and the surnames meet by more than an initial:
the lookup ranks, this decides. One such person: the name is theirs. Several: the importer
cannot tell, and says so for review.

Within one page, one nominative is one person, and an initial ('A. Lukashenko') is the one
person of that surname with that initial the page names in full.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from data import model as m
from data.importer.facts import PersonMention
from data.importer.keys import fold_key as fold
from data.importer.lookalikes import fold_lookalikes
from data.store import Store


class NameLookup(Protocol):
    """How names meet a store's people: handed in, so that `data/` stays below `search/`."""

    def candidates(self, query: str) -> list[str]:
        """Ids of the store's people whose names may be `query` (declined, transliterated...), best first."""
        ...

    def same_word(self, ours: str, theirs: str) -> bool:
        """Whether two folded words are one word (the same stem, another spelling)."""
        ...


LookupFactory = Callable[[Store], NameLookup]
"""What callers hand in: a lookup made for the store being imported into."""


class PlainLookup:
    """Names meet only as the store spells them (case and accents aside): no search engine at hand."""

    def __init__(self, store: Store) -> None:
        self._by_form: dict[str, list[str]] = {}
        for person in store.all(m.Person):
            for form in forms_of(person):
                ids = self._by_form.setdefault(fold(form), [])
                if person.id not in ids:
                    ids.append(person.id)

    def candidates(self, query: str) -> list[str]:
        return list(self._by_form.get(fold(query), []))

    def same_word(self, ours: str, theirs: str) -> bool:
        return ours == theirs


@dataclass
class Resolved:
    """What a name on the page turned out to be."""

    person_id: str
    status: str                     # "existing" | "new" | "review"
    nominative: str
    mentions: list[PersonMention] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    candidates: tuple[str, ...] = ()
    variant: bool = False           # the page spells a known person's name one letter apart: an alias candidate


def _words(text: str) -> list[str]:
    return fold(text).split()


def _meet(ours: str, theirs: str, *, surname: bool, same_word: Callable[[str, str], bool]) -> bool:
    if ours == theirs:
        return True
    if len(ours) == 1 or len(theirs) == 1:
        return not surname and ours[0] == theirs[0]
    return same_word(ours, theirs)


def same_name(name: str, form: str, same_word: Callable[[str, str], bool] | None = None) -> bool:
    """Whether `name` and `form` are one name: word by word, the same, the same stem, or an initial."""
    ours, theirs = _words(name), _words(form)
    if not ours or len(ours) != len(theirs):
        return False
    same = same_word or (lambda a, b: a == b)
    return all(_meet(a, b, surname=i == len(ours) - 1, same_word=same)
               for i, (a, b) in enumerate(zip(ours, theirs, strict=True)))


def forms_of(person: m.Person) -> list[str]:
    """The person's names and aliases, and each with its look-alike letters folded to its own script: a
    store's "Ёнас Даніляўcкас" (a Latin c among Cyrillic letters, as its source writes it) is the page's
    "Ёнас Даніляўскас", not a name one letter apart."""
    forms = [form.text for form in person.name.forms.values()] + list(person.aliases)
    return list(dict.fromkeys([*forms, *(fold_lookalikes(form) for form in forms)]))


class People:
    """Resolves the names of one import against a store's people and against each other."""

    def __init__(self, store: Store, lookup: NameLookup | None = None) -> None:
        self.store = store
        self.lookup = lookup if lookup is not None else PlainLookup(store)
        self._by_key: dict[str, Resolved] = {}
        self._taken: set[str] = {p.id for p in store.all(m.Person)}
        self._by_other_words: dict[tuple[str, ...], list[tuple[str, str]]] | None = None
        self._by_folded_form: dict[tuple[str, ...], list[str]] | None = None

    def resolve(self, mention: PersonMention) -> Resolved:
        """The person `mention` names (the same object for every mention of one person)."""
        nominative = mention.name.text
        key = fold(nominative)
        known = self._by_key.get(key)
        if known is not None:
            known.mentions.append(mention)
            return known
        existing = self._existing(mention)
        lost = "?" in mention.written and not existing
        if lost:
            existing = self._with_lost_letters(mention.written)
        if lost and len(existing) == 1:
            # "Juris Poik?ns": a page that lost its letters; the one person whose name fits, for a check
            resolved = Resolved(existing[0], "review", nominative, [mention],
                                [f"{mention.written!r} lost letters as '?': read as the one person whose name fits"],
                                tuple(existing))
        elif len(existing) == 1:
            resolved = Resolved(existing[0], "existing", nominative, [mention])
        elif len(existing) > 1:
            shown = ", ".join(existing)
            resolved = Resolved(existing[0], "review", nominative, [mention],
                                [f"{mention.written!r} may be any of {shown}"], tuple(existing))
        else:
            earlier = self._earlier(nominative)
            if earlier is not None:
                earlier.mentions.append(mention)
                self._by_key[key] = earlier
                return earlier
            variants = self._one_letter_apart(nominative)
            if len(variants) == 1:
                # "Einars Seimanis" beside the store's "Einārs Semanis": most likely a slip of the page, perhaps
                # another person; read as the known one only for a check, the page's form an alias candidate
                resolved = Resolved(variants[0], "review", nominative, [mention],
                                    [f"{nominative!r} is spelled one letter apart from {variants[0]}: read as that "
                                     "person for a check, the page's form kept as an alias"], tuple(variants),
                                    variant=True)
            else:
                resolved = Resolved(self._new_id(nominative), "new", nominative, [mention])
        if not mention.name.certain and resolved.status == "new":
            resolved.status = "review"
            resolved.reasons += [f"nominative guessed: {doubt}" for doubt in mention.name.doubts]
        self._by_key[key] = resolved
        return resolved

    def _existing(self, mention: PersonMention) -> list[str]:
        found: list[str] = []
        queries = dict.fromkeys([mention.written, mention.name.text])
        for query in queries:
            for person_id in self.lookup.candidates(query):
                if person_id in found:
                    continue
                person = self.store.find(person_id)
                if not isinstance(person, m.Person):
                    continue
                if any(same_name(name, form, self.lookup.same_word) for name in queries
                       for form in forms_of(person)):
                    found.append(person_id)
        if not found:
            found = self._same_but_lookalikes(mention.name.text)
        if not found and len(_words(mention.name.text)) == 1:
            # a surname alone ("Semanis"): the one person of the store whose surname it is, if one
            for query in queries:
                for person_id in self.lookup.candidates(query):
                    person = self.store.find(person_id)
                    if isinstance(person, m.Person) and person_id not in found and any(
                            len(_words(form)) > 1 and same_name(query, _words(form)[-1], self.lookup.same_word)
                            for form in forms_of(person)):
                        found.append(person_id)
        return found

    def _with_lost_letters(self, written: str) -> list[str]:
        """The store's people one of whose forms is `written` with each '?' one lost letter (or two, a
        transliteration's pair): "Juris Poik?ns" -> Juris Poikāns. Word by word, the same count of words."""
        words = [re.compile(".{1,2}".join(re.escape(fold(piece)) for piece in word.split("?")))
                 for word in written.split()]
        if len(words) < 2:
            return []  # a surname alone with a lost letter fits too many
        found = []
        for person in self.store.all(m.Person):
            for form in forms_of(person):
                theirs = _words(form)
                if len(theirs) == len(words) and all(p.fullmatch(w) for p, w in zip(words, theirs, strict=True)):
                    found.append(person.id)
                    break
        return found

    def _same_but_lookalikes(self, nominative: str) -> list[str]:
        """The store's people one of whose forms is `nominative` once its look-alike letters are folded to
        their word's script (`forms_of`), which the search engine's candidates miss: its index holds the
        form as the source wrote it."""
        if self._by_folded_form is None:  # once per import
            self._by_folded_form = {}
            for person in self.store.all(m.Person):
                for form in forms_of(person):
                    ids = self._by_folded_form.setdefault(tuple(_words(form)), [])
                    if person.id not in ids:
                        ids.append(person.id)
        return list(self._by_folded_form.get(tuple(_words(nominative)), [])) if len(_words(nominative)) > 1 else []

    def _one_letter_apart(self, nominative: str) -> list[str]:
        """The store's people one of whose forms is `nominative` with one word spelled one letter apart (one
        letter added, dropped or changed, in a word of five letters or more) and every other word the same:
        "Einars Seimanis" -> Einārs Semanis. A name of one word is left alone: too many surnames are close."""
        ours = _words(nominative)
        if len(ours) < 2:
            return []
        if self._by_other_words is None:  # once per import: the store's forms by all their words but one
            self._by_other_words = {}
            for person in self.store.all(m.Person):
                for form in forms_of(person):
                    theirs = _words(form)
                    for i, word in enumerate(theirs):
                        key = (*theirs[:i], "*", *theirs[i + 1:])
                        self._by_other_words.setdefault(key, []).append((person.id, word))
        found: list[str] = []
        for i, word in enumerate(ours):
            for person_id, theirs in self._by_other_words.get((*ours[:i], "*", *ours[i + 1:]), []):
                if person_id not in found and theirs != word and min(len(word), len(theirs)) >= 5 \
                        and Levenshtein.distance(word, theirs) == 1:
                    found.append(person_id)
        return found

    def _earlier(self, nominative: str) -> Resolved | None:
        """A person met earlier in this import whose full name this initial abbreviates (or vice versa)."""
        matches = [r for r in self._by_key.values() if same_name(nominative, r.nominative, self.lookup.same_word)]
        unique = {id(r): r for r in matches}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def _new_id(self, nominative: str) -> str:
        base = "person:" + ("-".join(_words(nominative)) or "unnamed")
        candidate, number = base, 2
        while candidate in self._taken:
            candidate, number = f"{base}-{number}", number + 1
        self._taken.add(candidate)
        return candidate

    def all(self) -> list[Resolved]:
        """Every person of this import, once each, in the order first met."""
        return list({id(r): r for r in self._by_key.values()}.values())
