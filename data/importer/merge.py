"""Merging what a page tells into the store's record of the same fact, and where they disagree.

    merged, conflicts, notes = merge_into(existing, imported, "envoy")

Lists (citations, aliases) are united; a name, title or occasion gains the languages it lacks;
participants are united by person. A fact agrees when it is equal or when one date contains
the other ('2015' and '2015-10-05': the finer is kept); it conflicts otherwise. The store's
own issues stand: the page's are added only where the store has none of that kind.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from data.dates import DateRange, PartialDate
from data.importer import postings
from data.records import NOT_ATTESTED


@dataclass(frozen=True, slots=True)
class FieldConflict:
    field: str
    existing: Any
    imported: Any

    def __str__(self) -> str:
        return f"{self.field} {_shown(self.existing)} (store) vs {_shown(self.imported)} (page)"


def _shown(value: Any) -> str:
    if isinstance(value, dict) and "text" in value:
        return repr(value["text"])
    return repr(value) if not isinstance(value, str) else value


_DATES = {"start", "end", "opened", "closed", "signed", "in_force", "date", "published", "updated"}
_LISTS = {"citations", "aliases", "issues", "languages"}
_TEXTS = {"name", "title", "occasion"}
_KEEP = {"id", "notes"}


def merge_into(existing: dict[str, Any], imported: dict[str, Any], kind: str, *,
               prefer_imported: bool = False) -> tuple[dict[str, Any], list[FieldConflict], list[str]]:
    """The store's document with what the page adds; the fields where they disagree; what changed.

    With `prefer_imported`, the page's side of every disagreement is taken (`--prefer imported`).
    """
    merged = copy.deepcopy(existing)
    conflicts: list[FieldConflict] = []
    notes: list[str] = []
    for key, value in imported.items():
        if key in _KEEP:
            if key == "notes" and value and not merged.get("notes"):
                merged["notes"] = value
            continue
        old = merged.get(key)
        if key in _LISTS:
            added = [item for item in value if item not in (old or [])]
            if key == "issues":  # the store's own account of a slip stands; no second one of its kind
                kinds = {item.get("kind") for item in old or [] if isinstance(item, dict)}
                added = [item for item in added if item.get("kind") not in kinds]
            if added:
                merged[key] = [*(old or []), *added]
                if key != "citations":
                    notes.append(f"adds {len(added)} {key}")
            continue
        if key in _TEXTS and isinstance(value, dict):
            texts = dict(old or {})
            for lang, form in value.items():
                current = texts.get(lang)
                if current is None or current.get("basis") == NOT_ATTESTED or current.get("text") is None:
                    texts[lang] = form
                    notes.append(f"adds the {lang} {key}")
            merged[key] = texts
            continue
        if key == "people":
            merged[key], added = _merge_people(old or [], value)
            if added:
                notes.append(f"adds {added} participant(s)")
            continue
        if key == "parties":
            if kind == "event" and imported.get("kind") == "recognition":
                same = old == value
            elif kind == "treaty":  # a page names the countries; the store may add the ministries that signed
                same = set(value) <= set(old or []) and countries_of(old or []) == countries_of(value)
            else:
                same = sorted(old or []) == sorted(value)
            if not same and old is not None:
                conflicts.append(FieldConflict(key, old, value))
                if prefer_imported:
                    merged[key] = value
            elif old is None:
                merged[key] = value
            continue
        if old is None:
            merged[key] = value
            if key not in ("end_basis",):
                notes.append(f"adds {key} {value}")
            continue
        if old == value:
            continue
        if key in _DATES:
            resolved = _dates_agree(key, old, value)
            step = _appointment_and_credentials(kind, key, old, value, imported) if resolved is None else None
            if step is not None:
                notes.append(step)
                if (PartialDate.parse(value).latest > PartialDate.parse(old).latest
                        and (merged.get("confirmed") is None
                             or PartialDate.parse(value).latest > PartialDate.parse(merged["confirmed"]).latest)):
                    merged["confirmed"] = value  # in post by then: the credentials' day confirms the posting
                continue
            if resolved is not None:
                if resolved != old:
                    merged[key] = resolved
                    notes.append(f"{key} {old} → {resolved}")
                    if key == "end" and "end_basis" in imported:
                        merged["end_basis"] = imported["end_basis"]
                continue
        if key == "confirmed":
            later = max(old, value, key=lambda text: PartialDate.parse(text).latest)
            if later != old:
                merged[key] = later
                notes.append(f"confirmed {old} → {later}")
            continue
        if key == "end_basis":
            continue  # follows `end`
        conflicts.append(FieldConflict(key, old, value))
        if prefer_imported:
            merged[key] = value
            if key == "end" and "end_basis" in imported:
                merged["end_basis"] = imported["end_basis"]
    return merged, conflicts, notes


# The two steps that start one posting, months apart: the appointment and the credentials presented
_CREDENTIALS = re.compile(r"credential|akredit\w*|skiriam\w*\s+rašt\w*|верительн\w*|вірчі\s+грамот\w*|"
                          r"вірчих\s+грамот\w*|давяральн\w*", re.I)
_APPOINTED = re.compile(r"appoint|nominat|iecel\w*|apstiprin\w*|paskir\w*|назнач\w*|призначе\w*|призначи\w*|"
                        r"прызнач\w*", re.I)
_STEPS_APART = 366  # days: an appointment is followed by the credentials within months, never years


def _appointment_and_credentials(kind: str, key: str, old: str, new: str, imported: dict[str, Any]) -> str | None:
    """A posting's start the page gives for one of its two steps (its appointment or its credentials) beside
    the store's, months apart: both right, one posting. The store's start stands (no guess which step it is);
    the note says both. None when the page names neither step or the dates are more than a year apart."""
    if kind != "envoy" or key != "start":
        return None
    quotes = " ".join(str(c.get("quote", "")) for c in imported.get("citations", []) if isinstance(c, dict))
    credentials, appointed = _CREDENTIALS.search(quotes), _APPOINTED.search(quotes)
    if bool(credentials) == bool(appointed):
        return None  # neither step, or both in the page's words: which date is which cannot be told
    try:
        a, b = PartialDate.parse(old), PartialDate.parse(new)
    except ValueError:
        return None
    if abs((b.earliest - a.earliest).days) > _STEPS_APART:
        return None
    if credentials and b.earliest > a.earliest:
        return (f"the page dates the credentials {new}, the store's start is {old} (the appointment, months "
                "before): one posting; the store's start stands")
    if appointed and b.latest < a.latest:
        return (f"the page dates the appointment {new}, the store's start is {old} (the credentials, months "
                "after): one posting; the store's start stands")
    return None


def _dates_agree(key: str, old: str, new: str) -> str | None:
    """The finer of two dates that may mean the same ('2015' and '2015-10-05'); None if they cannot."""
    try:
        if key == "date":
            a, b = DateRange.parse(old), DateRange.parse(new)
            if postings.compatible(a.start, b.start) and postings.compatible(a.end, b.end):
                start = postings.finer(a.start, b.start)
                end = postings.finer(a.end, b.end)
                return str(DateRange(start, end))
            return None
        a_date, b_date = PartialDate.parse(old), PartialDate.parse(new)
    except ValueError:
        return None
    if postings.compatible(a_date, b_date):
        return str(postings.finer(a_date, b_date))
    return None


def _merge_people(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    result = copy.deepcopy(old)
    added = 0
    for entry in new:
        same = next((x for x in result if x.get("person") == entry.get("person")), None)
        if same is None:
            result.append(copy.deepcopy(entry))
            added += 1
            continue
        office = dict(same.get("office") or {})
        for lang, form in (entry.get("office") or {}).items():
            if lang not in office or office[lang].get("text") is None:
                office[lang] = form
        if office:
            same["office"] = office
    return result, added


def countries_of(parties: Iterable[str]) -> list[str]:
    """The countries among a treaty's parties, sorted: what a page's reading of it gives (a store's
    record may add the ministries or companies that signed it)."""
    return sorted(party for party in parties if party.startswith("country:"))
