"""Answers, not only names: "who LV BY 2005", "Latvija Baltkrievija 2005-06", "ambassador Minsk 2005".

A query made only of places (country codes or names in any language, or a city), a date and
words such as "who" or "ambassador" is read as the question "who headed the mission then?" and
answered with the holders themselves. Plain Python (no Textual); the palette and the search
screen show the answers above the ordinary hits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from data import model as m
from data.dates import Certainty, DateRange
from data.errors import EnvoysError
from data.queries import who
from tui.i18n import tr, value
from tui.labels import label

if TYPE_CHECKING:
    from data.store import Store
    from search.index import SearchIndex

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QUESTION_WORDS = frozenset({"who", "kas", "kto", "кто"})
ROLE_WORDS = frozenset({
    "ambassador", "envoy", "head", "charge", "chargé", "vēstnieks", "vestnieks", "vēstniece", "vestniece",
    "sūtnis", "sutnis", "ambasadorius", "ambasadorė", "ambasadore", "pasiuntinys", "посол",
})
FILLER_WORDS = frozenset({"in", "to", "from", "of", "the", "was", "on", "uz", "no", "iš", "is", "į", "i",
                          "bija", "buvo", "в", "из"})
MAX_WORDS = 6  # a question is short; a longer query is a name or a title


@dataclass(frozen=True)
class Answer:
    envoy_id: str | None  # None: nobody known (the row says so and opens nothing)
    text: str


def resolve_country(store: Store, text: str) -> m.Country:
    """The one place the answers resolve a country (the integrator may point it elsewhere)."""
    from search.countries import resolve_country as resolve

    return resolve(store, text)


def _city_country(store: Store, index: SearchIndex, word: str) -> str | None:
    """The country of the city `word` names exactly, in any language or case form ("Minskā")."""
    from search.rank import Tier

    for hit in index.search(word, kinds={"city"}, limit=1):
        if hit.tier <= Tier.EQUIVALENT:
            city = store.find(hit.record_id)
            return city.country if isinstance(city, m.City) else None
    return None


def answers(store: Store, index: SearchIndex, query: str, lang: str, today: DateRange) -> list[Answer]:
    """The holders the query asks about, or [] when the query is not such a question."""
    words = [w.strip("?,.!") for w in query.split()]
    words = [w for w in words if w]
    if not words or len(words) > MAX_WORDS:
        return []
    when: DateRange | None = None
    asked = False
    places: list[str] = []  # country ids, in the order given
    receiving_from_city: str | None = None
    for word in words:
        folded = word.casefold()
        if DATE.match(word):
            if when is not None:
                return []
            try:
                when = DateRange.parse(word)
            except EnvoysError:
                return []
        elif folded in QUESTION_WORDS or folded in ROLE_WORDS:
            asked = True
        elif folded in FILLER_WORDS:
            continue
        else:
            try:
                places.append(resolve_country(store, word).id)
                continue
            except EnvoysError:
                pass
            country = _city_country(store, index, word) if len(word) > 2 else None
            if country is None or receiving_from_city is not None:
                return []  # a word that is neither a place nor part of the question: not a question
            receiving_from_city = country
    if when is None and not asked:
        return []
    when = when or today
    if receiving_from_city is not None:
        if len(places) > 1:
            return []
        pairs = [(places[0], receiving_from_city)] if places else _senders(store, receiving_from_city)
    elif len(places) == 2:
        pairs = [(places[0], places[1])]
    else:
        return []
    found: list[Answer] = []
    for sending, receiving in pairs:
        found += _answer(store, sending, receiving, when, lang)
    return found


def _senders(store: Store, receiving: str) -> list[tuple[str, str]]:
    """Every country that has sent an envoy to `receiving` (for "ambassador Minsk 2005")."""
    sending = {e.sending for e in store.related(receiving, m.Envoy) if e.receiving == receiving}
    return [(s, receiving) for s in sorted(sending)]


def _answer(store: Store, sending_id: str, receiving_id: str, when: DateRange, lang: str) -> list[Answer]:
    sending, receiving = store.get(sending_id), store.get(receiving_id)
    if not isinstance(sending, m.Country) or not isinstance(receiving, m.Country) or sending_id == receiving_id:
        return []
    post = f"{sending.label(lang)} → {receiving.label(lang)}, {when}"
    holders = who(store, sending, receiving, when)
    if not holders:
        return [Answer(None, f"{post}: {tr('asof.none', lang)}")]
    result = []
    for holder in holders:
        envoy = holder.envoy
        hedge = "" if holder.certainty is Certainty.YES else f"{tr('asof.possibly', lang)}: "
        result.append(Answer(envoy.id, f"{post}: {hedge}{label(store, envoy.person, lang)} "
                                       f"({value(envoy.role, lang)}, {envoy.term})"))
    return result
