"""The kinds of record the search finds: the one list that `envoys search --type`, `search_store` and
`SearchIndex.search` all check against. Imports nothing, so the command line parses without the search."""

from __future__ import annotations

SEARCH_KINDS: tuple[str, ...] = ("person", "country", "city", "org", "envoy", "mission", "visit", "treaty", "event")
"""The kinds of record the search finds, in the order hits of equal score are listed."""


def unknown_kinds_message(kinds: set[str]) -> str | None:
    """The error for the first kind of `kinds` the search does not know, or None when all are known."""
    unknown = sorted(kinds - set(SEARCH_KINDS))
    return f"unknown type {unknown[0]!r} (known: {', '.join(SEARCH_KINDS)})" if unknown else None
