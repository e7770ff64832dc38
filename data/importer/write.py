"""Writing an import into a user store: never the shipped one, atomically, with a backup.

    target = user_store_path(args.db)              # --db, or the user's data folder
    tables = base_tables(target)                   # the user store, or a copy of the shipped one
    result = write_plan(plan, tables, target, prefer=None, accept=frozenset(), skip=frozenset())
    result.summary()                               # what was written, and what waits for a reader

The written file is a store like any other (`data.store.load_store` reads it; `envoys --db`
and the app open it): schema version 1, one table per kind, every record valid and every id it
names present. Before anything is written the new content is decoded and checked as `envoys
check` would; a store that would fail is not written (`ImportInvalidError`).

What is written, given what the reader decided (`--accept`, `--skip`, `--prefer`), is
`data.importer.choice`'s: without a reader, only witnesses.

The read, merge and write hold a lock: two imports at once would otherwise both read the same
store, and the second write would drop the first one's records. The lock is `store.json.lock`
beside the store, through filelock: an fcntl lock the system drops when the process dies, so a
killed import never leaves the store locked. A second import waits, saying so in one line on
stderr, up to LOCK_TIMEOUT seconds, then refuses. Under the lock the store is read again: if
another import changed it since the plan was made, the page is planned again on the new content.
The lock file is removed while the lock is still held; a waiter that then gets the removed
file's lock sees it has no name any more and takes a fresh one (filelock checks st_nlink after
locking), so removing it never lets two imports in.

The previous file is kept as `store.json.bak`, written only once the new content is complete
on disk (`data.atomic`), with the store's own permissions. A symlinked store is written through
to its target; a read-only (0444) store is refused.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as _dt
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from data import model as m
from data.atomic import resolved, write_atomic
from data.build import render, tables_of
from data.check import date_problems, overlap_problems
from data.errors import StoreError
from data.importer.choice import SKIPPED_LABELS, WAITING_KEYS, WRITTEN_LABELS, choose
from data.importer.errors import ImportInvalidError, ImportTargetError
from data.importer.plan import Change, Plan, documents, plan_page
from data.paths import kind_of, shown
from data.store import EMBEDDED_STORE, read_documents, schema_version
from data.validate import validate as validate_tables

DATA_ENV = "BALTIC_ENVOYS_DATA_DIR"
"""Points the user's data folder elsewhere (tests, portable installs)."""
LOCK_TIMEOUT_ENV = "BALTIC_ENVOYS_LOCK_TIMEOUT"
LOCK_TIMEOUT = 120.0
"""Seconds a second import waits for the first before it refuses ($BALTIC_ENVOYS_LOCK_TIMEOUT)."""


def data_dir() -> Path:
    """The user's data folder: $BALTIC_ENVOYS_DATA_DIR, or the platform's (platformdirs)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("baltic-envoys", appauthor=False))


def user_store_path(db: Path | str | None = None) -> Path:
    """The store an import writes: `db`, or `store.json` in the user's data folder; never the shipped one."""
    target = Path(db) if db is not None else data_dir() / "store.json"
    if _same_file(target, EMBEDDED_STORE):
        raise ImportTargetError(
            f"{shown(target)}: that is the shipped store, which an import never changes; "
            "name a user store with --db PATH")
    try:
        kind = kind_of(target)
    except OSError as error:
        raise ImportTargetError(f"{shown(target)}: cannot use that path ({error.strerror or error})") from None
    if kind == "folder":
        raise ImportTargetError(f"{shown(target)}: is a folder; name the store file with --db PATH")
    if kind == "other":
        raise ImportTargetError(f"{shown(target)}: not a regular file; name a store file with --db PATH")
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    # realpath, not Path.resolve: a symlink loop must not raise here (kind_of names it next).
    return os.path.realpath(a) == os.path.realpath(b)


def base_tables(target: Path) -> dict[str, Any]:
    """What the import starts from: the user store at `target`, or a copy of the shipped store's records."""
    source = target if target.exists() else EMBEDDED_STORE
    try:
        tables = read_documents(source)
        schema_version(source, tables)
    except StoreError as error:
        raise ImportTargetError(f"cannot import into {shown(target)}: {error}") from None
    where = too_deep(tables)
    if where is not None:
        # The planner and deepcopy recurse into every value: a value nested hundreds of levels
        # deep (no store this tool writes has one) would end in a RecursionError traceback.
        raise ImportTargetError(f"cannot import into {shown(target)}: {shown(source)}: {where}: a value nested "
                                f"more than {MAX_DEPTH} levels deep; not a store")
    return copy.deepcopy(tables)


MAX_DEPTH = 64
"""Nesting a store's JSON may have (tables, records and their values need fewer than ten)."""


def too_deep(value: Any, limit: int = MAX_DEPTH) -> str | None:
    """Where (table/record/field) `value` is nested deeper than `limit`, or None; without recursion."""
    stack: list[tuple[Any, int, str]] = [(value, 0, "")]
    while stack:
        item, depth, path = stack.pop()
        if depth > limit:
            return path
        if isinstance(item, dict):
            stack.extend((v, depth + 1, f"{path}/{k}" if depth < 3 else path) for k, v in item.items())
        elif isinstance(item, list):
            stack.extend((v, depth + 1, path) for v in item)
    return None


@dataclass
class Result:
    """What an import wrote, and what it did not, by `choice.WRITTEN_LABELS` and `SKIPPED_LABELS` keys."""

    target: Path
    written: dict[str, int] = field(default_factory=dict)   # key -> records
    skipped: dict[str, int] = field(default_factory=dict)   # key -> records
    backup: Path | None = None
    wrote: bool = False
    unchanged: bool = False  # everything this page gives is in the store already: nothing to write

    def waiting(self) -> bool:
        """Whether anything waits for a reader (`--accept` would write more)."""
        return any(self.skipped.get(key) for key in WAITING_KEYS)

    def summary(self) -> str:
        parts = [f"{n} {WRITTEN_LABELS[key]}" for key, n in self.written.items() if n]
        skipped = [f"{n} {SKIPPED_LABELS[key]}" for key, n in self.skipped.items() if n]
        if self.unchanged:
            text = f"nothing written to {shown(self.target)}: it holds everything this page gives it already"
            return text + (f"; not written: {', '.join(skipped)}" if skipped else "")
        if not self.wrote:
            # a page whose facts all wait, are left out or kept as the store has them holds facts all the same
            unwritten = [f"{n} {SKIPPED_LABELS[key]}" for key, n in self.skipped.items() if n and key != "not_needed"]
            reason = ", ".join(unwritten) if unwritten else "the page holds no new fact for it"
            return f"nothing written to {shown(self.target)}: {reason}"
        text = f"imported into {shown(self.target)}: {', '.join(parts) or 'nothing new'}"
        if skipped:
            text += f"; not written: {', '.join(skipped)}"
        if self.backup:
            text += f"; previous file kept as {shown(self.backup)}"
        return text


def apply(changes: list[Change], tables: dict[str, Any]) -> dict[str, Any]:
    """The store file's content with `changes` made (documents merged, or added)."""
    docs = copy.deepcopy(documents(tables))
    for change in changes:
        if change.action == "new" or (change.action == "review" and change.existing is None):
            docs[change.id] = copy.deepcopy(change.doc)
        elif change.action == "conflict":
            docs[change.id] = copy.deepcopy(change.override or change.merged or change.doc)
        else:
            docs[change.id] = copy.deepcopy(change.merged or change.doc)
    return tables_of(docs)


def validate(tables: dict[str, Any], today: _dt.date | None = None) -> None:
    """Raise ImportInvalidError at the first thing `envoys check` would call an error."""
    records, problems = validate_tables(tables)
    problems += date_problems(records, today or _dt.date.today())
    problems += overlap_problems(r for r in records if isinstance(r, m.Envoy))
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ImportInvalidError(f"import refused, the store would not be valid: {problems[0]}{more}; nothing written")


def write_plan(plan: Plan, tables: dict[str, Any], target: Path, *, prefer: str | None = None,
               accept: frozenset[str] = frozenset(), skip: frozenset[str] = frozenset(),
               today: _dt.date | None = None, backup: bool = True) -> Result:
    """Write what `plan` adds to `tables` into `target` (see the module doc); the Result says what."""
    target = user_store_path(target)
    with store_lock(target):
        current = base_tables(target)
        if current != tables:
            # Another import wrote the store since this plan was made: plan again on what is there now,
            # or its records would be lost.
            plan, tables = plan_page(plan.page, current), current
        return _write_locked(plan, tables, target, prefer=prefer, accept=accept, skip=skip, today=today,
                             backup=backup)


def _write_locked(plan: Plan, tables: dict[str, Any], target: Path, *, prefer: str | None, accept: frozenset[str],
                  skip: frozenset[str], today: _dt.date | None, backup: bool) -> Result:
    choice = choose(plan, prefer=prefer, accept=accept, skip=skip)
    result = Result(target, skipped=choice.skipped_counts())
    if not any(change.is_fact for change in choice.written):
        return result
    new_tables = apply(choice.written, tables)
    validate(new_tables, today)
    content = render(new_tables)
    result.written = choice.written_counts()
    try:
        real = resolved(target)
        if real.exists() and real.read_bytes() == content:
            result.unchanged = True  # a page imported again: no rewrite, and the backup of the last change stays
            return result
        kept = real.with_name(real.name + ".bak") if backup and real.exists() else None
        write_atomic(real, content, backup=kept)
    except OSError as error:
        raise ImportTargetError(f"{shown(target)}: cannot write the store ({shown(error.strerror or error)})") from None
    result.backup = kept
    result.wrote = True
    return result


@contextlib.contextmanager
def store_lock(target: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the store's lock (`<store>.lock` beside the file a write changes, so every symlink to
    one store shares it); wait up to `timeout` seconds, saying so on stderr, then refuse."""
    from filelock import FileLock, Timeout

    if timeout is None:
        try:
            timeout = float(os.environ.get(LOCK_TIMEOUT_ENV) or LOCK_TIMEOUT)
        except ValueError:
            timeout = LOCK_TIMEOUT
    try:
        real = resolved(target)
        lock = FileLock(real.with_name(real.name + ".lock"))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            print(f"envoys: waiting for another import into {shown(target)} to finish...", file=sys.stderr,
                  flush=True)
            try:
                lock.acquire(timeout=timeout)
            except Timeout:
                raise ImportTargetError(
                    f"{shown(target)}: another import is still writing it after {timeout:g} s; "
                    "nothing written, try again when it has finished") from None
    except OSError as error:
        raise ImportTargetError(f"{shown(target)}: cannot lock the store ({shown(error.strerror or error)})") from None
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock.lock_file)  # while held: see the module doc
        lock.release()
