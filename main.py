"""envoys: the command line of baltic-envoys. It parses arguments and dispatches.

    envoys                      open the app on the embedded store
    envoys list TABLE           countries, people, envoys, missions, visits, treaties, events, sources
    envoys who FROM TO --on D   who headed FROM's mission in TO on a date
    envoys show ID              one record with everything linked to it
    envoys search QUERY         fuzzy search over every name, title and place
    envoys import FILE          import a saved relations page into a user store (--dry-run: review only)
    envoys check                validate a store

Errors the user can cause print one line and exit with code 2; Textual is imported only when
the app launches. Ctrl-C (SIGINT) exits with 130 and no traceback, from the first instant on.
"""

from __future__ import annotations

import os
import signal
import sys

_INTERRUPTIBLE = False
"""True while `main` runs inside its try: there SIGINT raises KeyboardInterrupt, so that files
being written are cleaned up; before (Python's start, the imports below) and after it there
is nothing to clean up and SIGINT ends the process at once with 130, without a traceback."""


def _on_sigint(signum: int, frame: object) -> None:
    if _INTERRUPTIBLE:
        raise KeyboardInterrupt
    os._exit(130)


if __name__ == "__main__" or os.path.basename(sys.argv[0]) in ("envoys", "envoys.exe"):
    # As early as a program can: before the imports, which take most of the first 0.3 s.
    # (Not when a test imports this module: its runner keeps its own Ctrl-C.)
    signal.signal(signal.SIGINT, _on_sigint)

import argparse  # noqa: E402
from pathlib import Path  # noqa: E402

from data.errors import EnvoysError  # noqa: E402
from search.kinds import SEARCH_KINDS  # noqa: E402

LANGS = ("lv", "lt", "en")


LIST_TABLES = ("cities", "countries", "envoys", "events", "missions", "organisations", "people", "sources",
               "treaties", "visits")
"""The tables `envoys list` shows (tui.console.LIST_TABLES maps them to record classes; a test keeps the two
in step). Listed here so that parsing arguments imports neither rich nor the data layer."""


WHO_TABLES = ("countries", "people", "envoys")
LIST_LABEL_TABLES = {  # the tables whose names a listing shows beside each record
    "cities": ("countries",), "envoys": ("people", "countries"), "missions": ("countries", "cities"),
    "visits": ("countries", "organisations", "cities", "people"), "treaties": ("countries", "organisations"),
    "events": ("countries", "organisations"),
}


def tables_needed(args: argparse.Namespace) -> tuple[str, ...] | None:
    """The store tables a command reads (None: all of them). `who` needs no visits, `list` one table
    and the names it shows, `show` the record's own table, the named records and the tables that
    can refer to it; `search` needs everything (its index covers every table)."""
    if args.command == "who":
        return WHO_TABLES
    if args.command == "list":
        return (args.table, *(() if args.json else LIST_LABEL_TABLES.get(args.table, ())))
    if args.command == "show":
        from data.integrity import tables_relating

        return tables_relating(args.id)
    return None


def build_parser() -> argparse.ArgumentParser:
    def options(default_db: object, default_lang: object) -> argparse.ArgumentParser:
        group = argparse.ArgumentParser(add_help=False)
        group.add_argument("--db", type=Path, default=default_db, metavar="PATH",
                           help="the store to read instead of the embedded one; list, who, show, search, check "
                                "and the app only read it, `import` writes it (see `envoys import -h`)")
        group.add_argument("--lang", choices=LANGS, default=default_lang,
                           help="language of names in the output, and of the app (default: en; the app: the "
                                "remembered one)")
        return group

    # The options may stand before or after the subcommand; the subcommands' copies default to
    # SUPPRESS so that they never overwrite a value given before the subcommand.
    common = options(argparse.SUPPRESS, argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="envoys", parents=[options(None, None)],
        description="Offline explorer of the diplomatic relations of Latvia and Lithuania with Belarus and Ukraine.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = sub.add_parser("list", parents=[common], help="list the records of one table")
    listing.add_argument("table", choices=LIST_TABLES)
    formats = listing.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="a JSON array of full records")
    formats.add_argument("--csv", action="store_true", help="the table as CSV (id first)")
    formats.add_argument("--markdown", action="store_true", help="the table as a Markdown table")

    who = sub.add_parser("who", parents=[common], help="who headed FROM's mission in TO on a date")
    who.add_argument("sending", metavar="FROM", help="code or name of the sending country (LV, Latvija, Latvia...)")
    who.add_argument("receiving", metavar="TO", help="code or name of the receiving country")
    who.add_argument("--on", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD (default: today)")
    who.add_argument("--all-roles", action="store_true",
                     help="also honorary consuls and defence attachés, not only heads of mission")
    who.add_argument("--json", action="store_true", help="a JSON array of envoys with person and certainty")

    show = sub.add_parser("show", parents=[common], help="one record with everything linked to it")
    show.add_argument("id", help="a record id, e.g. person:edgars-rinkevics")
    show.add_argument("--json", action="store_true")

    search = sub.add_parser("search", parents=[common], help="fuzzy search over names in lv, lt, en and Cyrillic")
    search.add_argument("query")
    search.add_argument("--type", dest="kind", default=None,
                        choices=SEARCH_KINDS)
    search.add_argument("--limit", type=int, default=10, help="at most this many hits (1-1000)")
    search.add_argument("--json", action="store_true")

    imp = sub.add_parser("import", help="import a saved relations page into a user store")
    imp.add_argument("file", type=Path, metavar="FILE", help="the page saved as UTF-8 text or as HTML from a browser")
    imp.add_argument("--page-lang", "--lang", dest="source_lang", default=None, metavar="LANG",
                     help="the language the page is written in: lv, lt, en, uk, ru or be (detected when not "
                          "given); after `import`, --lang means the same, for older scripts")
    imp.add_argument("--url", default=None, metavar="URL",
                     help="the page's address, when the file does not say it (plain text never does)")
    imp.add_argument("--empty", action="store_true",
                     help="a store that does not exist yet starts empty instead of as a copy of the shipped one")
    imp.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH",
                     help="the user store to create or extend (default: store.json in the user's data folder); "
                          "never the shipped store")
    imp.add_argument("--dry-run", action="store_true", help="print the review table and write nothing")
    imp.add_argument("--json", action="store_true", help="the review (or what was written) as JSON")
    imp.add_argument("--prefer", choices=("imported", "existing"), default=None,
                     help="which side wins a conflicting fact (your decision on it, written as you say); "
                          "without it a conflict refuses the write")
    imp.add_argument("--accept", "--accept-guesses", dest="accept", action="store_true",
                     help="write what waits for a reader too: the facts new to the store, the changes to its "
                          "records and those left for review (without it the import writes only the page's "
                          "citation on the facts the store already holds); read the review (--dry-run) first. "
                          "--accept-guesses, its older name, means the same")
    imp.add_argument("--skip", action="append", default=[], metavar="ID",
                     help="leave out the record with this id (the review's id column): a fact and what only "
                          "it needs, or a person, place or source and the facts that need it when the store "
                          "lacks it; give it once per record")

    check = sub.add_parser("check", parents=[common], help="validate a store; exit 0 only when clean")
    check.add_argument("--sources", type=Path, action="append", default=None, metavar="DIR",
                       help="folder of source files (the seeds, the page copies), to check every quote "
                            "verbatim (read only); give it once per folder")
    return parser


READ_ONLY_COMMANDS = frozenset({"list", "who", "show", "search", "check"})
"""The commands that write nothing but the cache (synchronously, before they answer) and wait for
no thread or process at exit: once their answer is flushed they may end without tearing down the
store."""


def main(argv: list[str] | None = None) -> int:
    """Run one command and return its exit code (tests call this in-process)."""
    return _main(argv)[0]


def run() -> None:
    """The console entry point (`envoys`, `python main.py`): `main`, then exit.

    A read-only command ends with `os._exit` once its output is flushed: freeing a loaded
    250k-record store takes 0.25-0.6 s of deallocation that nobody waits for. Only when nothing
    is left to do at exit: both streams flushed without error, no `atexit` callback registered, no
    thread that is not a daemon (a daemon thread is not waited for by a normal exit either). Else,
    and for the app and `import`, the ordinary exit, exactly as before.
    """
    kept: list[object] = []  # the store, freed by no one when the fast exit is taken
    code, command = _main(None, keep=kept)
    if command in READ_ONLY_COMMANDS and _nothing_left_at_exit():
        os._exit(code)
    sys.exit(code)


def _nothing_left_at_exit() -> bool:
    import atexit
    import threading

    callbacks = getattr(atexit, "_ncallbacks", None)  # CPython's; elsewhere: the ordinary exit
    if callbacks is None or callbacks() != 0:
        return False
    if any(not thread.daemon and thread is not threading.main_thread() for thread in threading.enumerate()):
        return False
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed pipe, a full disk: the ordinary exit reports it as before
        return False
    return True


def _main(argv: list[str] | None, keep: list[object] | None = None) -> tuple[int, str | None]:
    """`main`'s work: the exit code and the command that ran (None: the arguments were refused).
    `keep` receives the loaded store, so that it outlives `dispatch` (see `run`)."""
    global _INTERRUPTIBLE
    _INTERRUPTIBLE = True
    command: str | None = None
    try:
        # A terminal that is not UTF-8, or text the user passed as raw bytes, must not turn an
        # answer into a UnicodeEncodeError traceback: unencodable characters are escaped instead.
        for stream in (sys.stdout, sys.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
        args = build_parser().parse_args(argv)
        command = args.command
        return (dispatch(args) if keep is None else dispatch(args, keep)), command
    except EnvoysError as error:
        from data.textsafe import safe

        print(f"envoys: {safe(error)}", file=sys.stderr)
        return 2, command
    except KeyboardInterrupt:
        return 130, None
    except BrokenPipeError:
        return 0, None
    except RecursionError:
        # A value nested hundreds of levels deep in some file, beyond every check for it.
        print("envoys: a value nested too deeply to read", file=sys.stderr)
        return 2, command
    finally:
        _INTERRUPTIBLE = False


def dispatch(args: argparse.Namespace, keep: list[object] | None = None) -> int:
    """Run the parsed command; `keep` (from `run`) holds the store past the return, which would
    otherwise free it there, record by record (0.25-0.6 s at 250k), before a fast exit could skip it."""
    if args.command is None:
        from tui.launch import launch_app

        # --lang opens the app in that language; without it the app uses the remembered one.
        return launch_app(args.db, lang=args.lang)
    if args.command == "import":
        from data.importer.choice import ACCEPT_ALL
        from search.importing import SearchLookup  # names meet the store's people through the search engine
        from tui.import_output import run_import

        return run_import(args.file, lang=args.source_lang, db=args.db, dry_run=args.dry_run, as_json=args.json,
                          prefer=args.prefer, accept=ACCEPT_ALL if args.accept else frozenset(),
                          skip=frozenset(args.skip), url=args.url, empty=args.empty, lookup=SearchLookup)
    if args.command == "check":
        from data.check import check_store
        from data.embedded import EMBEDDED_STORE
        from tui.console import show_problems

        problems = check_store(args.db or EMBEDDED_STORE, args.sources, keep=keep)  # refuses a --sources: no folder
        if keep is not None:
            keep.append(problems)
        show_problems(problems)
        return 1 if any(p.severity == "error" for p in problems) else 0

    from data.store import load_store
    from tui import console

    if args.command == "search":
        from search.command import search_saved
        from tui.labels import labeller
        from tui.search_output import show_hits

        hits = search_saved(args.db, args.query, kind=args.kind, limit=args.limit, lang=args.lang or "en",
                            label_for=labeller)
        if hits is not None:
            show_hits(hits, args.query, kind=args.kind, as_json=args.json)
            return 0
        if keep is not None:  # run as a program: what the next run reads is written after the answer
            from search.command import search_first

            search_first(args.db, args.query, kind=args.kind, limit=args.limit, lang=args.lang or "en",
                         label_for=labeller, keep=keep,
                         show=lambda found: show_hits(found, args.query, kind=args.kind, as_json=args.json))
            return 0
    store = None
    if args.command == "show":  # from the cache's chunks: the record, what names it and what they name
        from data.partial import for_show

        store = for_show(args.db, args.id, keep=keep)
    if store is None:
        store = load_store(args.db, tables=tables_needed(args))
    if keep is not None:
        keep.append(store)
    args.lang = args.lang or "en"  # names in the output: English unless asked
    if args.command == "list":
        fmt = "csv" if args.csv else "md" if args.markdown else None
        console.show_list(store, args.table, as_json=args.json, lang=args.lang, fmt=fmt)
    elif args.command == "who":
        from data.dates import DateRange
        from data.queries import today_range, who
        from search.countries import resolve_country

        sending, receiving = resolve_country(store, args.sending), resolve_country(store, args.receiving)
        if sending.id == receiving.id:
            raise EnvoysError(f"{args.sending!r} and {args.receiving!r} are one country twice ({sending.code}); "
                              "name the sending country and the receiving one")
        when = DateRange.parse(args.on) if args.on is not None else today_range()
        found = who(store, sending, receiving, when, heads_only=not args.all_roles)
        console.show_holders(store, sending, receiving, when, found, as_json=args.json, lang=args.lang)
    elif args.command == "show":
        console.show_record(store, store.get(args.id), as_json=args.json, lang=args.lang)
    elif args.command == "search":
        from tui.labels import labeller
        from tui.search_output import run_search

        run_search(store, args.query, kind=args.kind, limit=args.limit, as_json=args.json, lang=args.lang,
                   label=labeller(store))
    return 0


if __name__ == "__main__":
    run()
