"""Envoy postings from one page, settled: one posting per person and post, ends from successors.

A page tells one posting twice ("No 2015. gada ... Mārtiņš Virsis" in the list of previous
ambassadors and "Kopš 2015. gada 5. oktobra ... ir Mārtiņš Virsis" in the prose): the two are
one posting with the more precise date and both quotes. A list gives only starts: each posting
ends where the next holder of the same post starts (`end_basis` "successor"), as the shipped
store's authors read it. A posting the page states in the present tense and that no later
holder follows is confirmed as of the page's publication date; two present-tense holders of
one post are a contradiction of the page, kept on both records as an issue.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from data.dates import PartialDate
from data.importer.facts import EnvoyFact, Extraction, Fact
from data.importer.keys import fold_key as fold
from data.model import HEAD_OF_MISSION_ROLES


def post_of(fact: EnvoyFact) -> tuple[str, str, str, str]:
    """One post: heads of mission share one per pair of countries; other roles one per city."""
    if fact.role in HEAD_OF_MISSION_ROLES:
        return (fact.sending, fact.receiving, "head-of-mission", "")
    return (fact.sending, fact.receiving, fact.role, fact.city.key if fact.city else "")


def compatible(a: PartialDate, b: PartialDate) -> bool:
    """One date contains the other ('2015' and '2015-10-05'): they may be the same day."""
    return (a.earliest <= b.earliest and b.latest <= a.latest) or (b.earliest <= a.earliest and a.latest <= b.latest)


def finer(a: PartialDate, b: PartialDate) -> PartialDate:
    return a if a.precision >= b.precision else b


def settle(extraction: Extraction) -> list[Fact]:
    """The page's facts with its envoy postings merged, ended and confirmed (see the module doc)."""
    envoys = [f for f in extraction.facts if isinstance(f, EnvoyFact)]
    others = [f for f in extraction.facts if not isinstance(f, EnvoyFact)]
    merged: list[EnvoyFact] = []
    for fact in envoys:
        for index, known in enumerate(merged):
            if (fold(known.person.name.text) == fold(fact.person.name.text) and post_of(known) == post_of(fact)
                    and compatible(known.start, fact.start)):
                merged[index] = _merge(known, fact)
                break
        else:
            merged.append(fact)
    by_post: dict[tuple[str, str, str, str], list[EnvoyFact]] = defaultdict(list)
    for fact in merged:
        by_post[post_of(fact)].append(fact)
    published = extraction.published[0] if extraction.published else None
    settled: list[EnvoyFact] = []
    for holders in by_post.values():
        holders.sort(key=lambda f: (f.start.earliest, f.start.latest))
        current = [f for f in holders if f.current]
        for position, fact in enumerate(holders):
            successor = holders[position + 1] if position + 1 < len(holders) else None
            if fact.end is not None:
                fact = replace(fact, end_basis="stated")
            elif successor is not None and successor.start.latest >= fact.start.earliest:
                fact = replace(fact, end=successor.start, end_basis="successor")
            elif fact.current and published is not None and published.latest >= fact.start.earliest:
                fact = replace(fact, confirmed=published)
            if len(current) > 1 and fact.current:
                names = " and ".join(f.person.name.text for f in current)
                fact = replace(fact, issues=(*fact.issues, (
                    "contradiction",
                    f"The page says in the present tense that {names} each hold this post; the later start is "
                    "taken as the current holder and the earlier posting ends at it.")))
            settled.append(fact)
    return [*settled, *others]


def _merge(known: EnvoyFact, fact: EnvoyFact) -> EnvoyFact:
    quotes = tuple(dict.fromkeys((*known.quotes, *fact.quotes)))
    return replace(
        known, quotes=quotes, start=finer(known.start, fact.start), end=known.end or fact.end,
        current=known.current or fact.current, title=known.title or fact.title, city=known.city or fact.city,
        slips=tuple(dict.fromkeys((*known.slips, *fact.slips))),
    )
