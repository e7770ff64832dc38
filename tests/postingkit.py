"""Small stores of hand-made postings, on the shipped store's people, countries and cities."""

from __future__ import annotations

import copy
from typing import Any

from data.store import Store, load_store
from tests.storekit import find, shipped_tables, write_store


def posting(
    name: str, person: str, start: str, end: str | None = None, basis: str | None = None, *,
    confirmed: str | None = None, role: str = "ambassador", city: str | None = "city:minsk",
    sending: str = "country:lv", receiving: str = "country:by",
) -> dict[str, Any]:
    """An envoy document like the shipped ones (Semanis's, with its citation), changed as given."""
    doc = copy.deepcopy(find(shipped_tables(), "envoy:lv-by-2019-semanis"))
    for key in ("end", "end_basis", "end_reason", "start_basis", "confirmed", "city", "issues", "notes"):
        doc.pop(key, None)
    doc.update({"id": f"envoy:{name}", "person": person, "from": sending, "to": receiving, "role": role,
                "start": start})
    extra = {"end": end, "end_basis": basis, "confirmed": confirmed, "city": city}
    doc.update({key: value for key, value in extra.items() if value is not None})
    return doc


def tables_with(*postings: dict[str, Any]) -> dict[str, Any]:
    """The shipped tables with these postings as the only envoys."""
    tables = copy.deepcopy(shipped_tables())
    tables["envoys"] = {str(n): doc for n, doc in enumerate(postings, 1)}
    for event in tables["events"].values():  # recalls and expulsions name shipped postings: not here
        event.pop("envoy", None)
    return tables


def store_with(folder, *postings: dict[str, Any]) -> Store:
    """A store file in `folder` whose envoys are `postings`, loaded as the app loads one."""
    def change(tables: dict[str, Any]) -> None:
        made = tables_with(*postings)
        tables["envoys"], tables["events"] = made["envoys"], made["events"]

    return load_store(write_store(folder, change))
