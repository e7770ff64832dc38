"""`envoys search QUERY`: the search index on the command line, as a rich table or JSON.

Imports rich only (never Textual), and builds the index from the store it is given.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from data import model as m
from data.errors import QueryError
from data.integrity import NAMED_TABLES
from data.store import Store, load_store
from data.textsafe import safe
from search.index import MAX_QUERY_CHARS, MAX_QUERY_WORDS, query_words
from search.index_cache import load_or_build, load_saved
from search.kinds import unknown_kinds_message
from search.rank import Hit

MAX_LIMIT = 1000


def run_search(store: Store, query: str, *, kind: str | None, limit: int, as_json: bool, lang: str,
               label: Callable[[str, str], str] | None = None) -> None:
    """Print the records of `store` matching `query`: a ranked table, or a JSON array with `as_json`.

    `kind` keeps one kind of record (one of `search.kinds.SEARCH_KINDS`). The query is cut to its
    first `MAX_QUERY_CHARS` characters and `MAX_QUERY_WORDS` words, so any input (10,000
    characters, NULs, emoji, right-to-left text) answers at once; one with no letter or digit
    finds nothing. Raises QueryError for a limit outside 1..1000 or an unknown kind.
    `label(record_id, lang)` names each hit (see `SearchIndex.build`).
    """
    _check_options(kind, limit)
    hits = load_or_build(store, label).search(query, kinds=None if kind is None else {kind}, limit=limit, lang=lang)
    show_hits(hits, query, kind=kind, as_json=as_json)


def run_saved_search(path: Path | None, query: str, *, kind: str | None, limit: int, as_json: bool, lang: str,
                     label_for: Callable[[Store], Callable[[str, str], str]]) -> bool:
    """As `run_search`, from the index saved with the store's cache, reading only the tables its
    hits need (their own and the named records' that labels are made of) rather than every
    table: False, printing nothing, when no index is saved for the store file as it is now.
    `label_for(store)` gives the labeller of a store (see `run_search`'s `label`)."""
    _check_options(kind, limit)
    index = load_saved(path)
    if index is None:
        return False
    hits = index.search(query, kinds=None if kind is None else {kind}, limit=limit, lang=lang)
    if hits:
        tables = dict.fromkeys((*NAMED_TABLES, *(m.KINDS[hit.kind][0] for hit in hits)))
        name = label_for(load_store(path, tables=tables))
        hits = [dataclasses.replace(hit, label=name(hit.record_id, lang)) for hit in hits]
    show_hits(hits, query, kind=kind, as_json=as_json)
    return True


def _check_options(kind: str | None, limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"--limit must be between 1 and {MAX_LIMIT}, not {limit}")
    error = None if kind is None else unknown_kinds_message({kind})
    if error:
        raise QueryError(error)


def show_hits(hits: list[Hit], query: str, *, kind: str | None, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps([hit.as_json() for hit in hits], ensure_ascii=False, indent=2) + "\n")
        return
    # As `envoys list`: a terminal's own width; a pipe gets long lines, not 80-column wrapping.
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
    shown = safe(query if len(query) <= 60 else query[:57] + "...")
    if not query_words(query):
        out.print(Text(f"Nothing to search for in '{shown}': it has no letter or digit."))
        return
    if _truncated(query):
        out.print(Text(f"(searched only the first {MAX_QUERY_CHARS} characters and {MAX_QUERY_WORDS} words)",
                       style="dim"))
    if not hits:
        out.print(Text(f"No match for '{shown}'" + (f" among {kind} records." if kind else ".")))
        return
    out.print(_table(hits, shown))


def _truncated(query: str) -> bool:
    return len(query) > MAX_QUERY_CHARS or len(query.split()) > MAX_QUERY_WORDS


def _table(hits: list[Hit], shown: str) -> Table:
    table = Table(title=Text(f"{shown} ({len(hits)} hits)"), title_justify="left")
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("match", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("name", overflow="fold", ratio=2)
    table.add_column("matched form", overflow="fold", ratio=3)
    table.add_column("lang", no_wrap=True)
    table.add_column("id", overflow="fold", ratio=2, style="dim")
    for hit in hits:
        table.add_row(f"{hit.score:.1f}", hit.tier.label, hit.kind, Text(safe(hit.label)), highlighted(hit),
                      hit.lang, Text(safe(hit.record_id)))
    return table


def highlighted(hit: Hit) -> Text:
    """The matched form with its matched parts in bold: what the app shows too."""
    matched = safe(hit.matched)
    text = Text(matched)
    for start, end in hit.spans if matched == hit.matched else ():  # spans index the raw form
        text.stylize("bold", start, end)
    return text
