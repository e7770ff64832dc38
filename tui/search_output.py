"""`envoys search QUERY` on the command line: the hits `search.command` finds, as a rich table or JSON.

Imports rich only (never Textual). The console, the JSON writer and the escaping are the command
line's own (`tui.console`): store text goes through `data.textsafe.safe` and `Text`, never markup.

    hits = search_saved(path, ...)                        # search.command: the hits, printed here
    show_hits(hits, query, kind=None, as_json=False)      # a ranked table, or a JSON array
    run_search(store, query, kind=None, limit=10, as_json=False, lang="en")   # both at once
"""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text

from data.store import Store
from data.textsafe import safe
from search.command import search_store
from search.index import MAX_QUERY_CHARS, MAX_QUERY_WORDS, query_words
from search.rank import Hit
from tui.console import console, print_json


def run_search(store: Store, query: str, *, kind: str | None, limit: int, as_json: bool, lang: str,
               label: Callable[[str, str], str] | None = None) -> None:
    """Print the records of `store` matching `query` (see `search.command.search_store`): a ranked
    table, or a JSON array with `as_json`. Raises QueryError for a bad limit or kind."""
    hits = search_store(store, query, kind=kind, limit=limit, lang=lang, label=label)
    show_hits(hits, query, kind=kind, as_json=as_json)


def show_hits(hits: list[Hit], query: str, *, kind: str | None, as_json: bool) -> None:
    if as_json:
        print_json([hit.as_json() for hit in hits])
        return
    out = console()
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
