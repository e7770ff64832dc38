"""Which country a user means: its code or any of its names and written forms, in any case or script.

Here rather than in data/ because it folds names the way the search does (data/ never imports search/).
"""

from __future__ import annotations

from data import model as m
from data.errors import UnknownCountryError
from data.store import Store
from search.normalize import analyse, fold


def resolve_country(store: Store, text: str) -> m.Country:
    """A country from its code or any of its names and written forms, in any case or script.

    'LV', 'lv', 'Latvija', 'Latvia', 'latvija', 'Baltarusija', 'Беларусь'... The lookup folds
    case, diacritics and Cyrillic the same way the search does.
    """
    wanted = _key(text)
    if not wanted:
        raise UnknownCountryError(f"unknown country: {text!r}")
    for country in store.all(m.Country):
        forms = [country.code, country.id.partition(":")[2], *country.aliases]
        forms += [form.text for form in country.name.forms.values()]
        if wanted in {_key(form) for form in forms}:
            return country
    shown = text if len(text) <= 40 else text[:37] + "..."
    known = ", ".join(f"{c.code} ({c.label('en')})" for c in store.all(m.Country))
    raise UnknownCountryError(f"unknown country: {shown!r} (known: {known})")


def _key(text: str) -> str:
    """Folded and spelling-normalised, so 'Латвия' (latviya) meets 'Latvija' and 'Latvia'."""
    return " ".join(analyse(word).skeleton for word in fold(text).split())
