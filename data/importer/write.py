"""Writing an import into a user store: never the shipped one, atomically, with a backup.

    target = user_store_path(args.db)              # --db, or the user's data folder
    tables = base_tables(target)                   # the user store, or a copy of the shipped one
    result = write_plan(plan, tables, target, prefer=None, accept=frozenset(), skip=frozenset())

The written file is a store like any other (`data.store.load_store` reads it; `envoys --db`
and the app open it): schema version 1, one table per kind, every record valid and every id it
names present. Before anything is written the new content is decoded and checked as `envoys
check` would; a store that would fail is not written (`ImportInvalidError`).

Without a reader the import only adds witnesses: the page's citation (and its notes and name
forms as written) on the facts the store already holds, and the source record they cite. Whatever
would add or change a claim waits for a reader, written only when `accept` holds its kind: "new"
(a fact new to the store), "change" (a merge that changes what the store's record says: a date, a
city, a name) and "review" (a guessed name, a part its sentence does not give); the command line's
`--accept`, given after the review (`--dry-run`) was read, holds all three. Measured on pages the
importer had never seen, the new records it used to write unread were right 15 times in 25, the
merges 28 times in 33 (README, "What is written without a reader"). `skip` leaves facts out by id
(a reader's "not this one"), with whatever only they need.

A conflict (see `plan`) is decided by `prefer`: "imported" takes the page's side, "existing"
keeps the store's record as it is; with neither, nothing is written (`ImportConflictError`,
naming the first conflicting record).

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
from data.importer.errors import ImportConflictError, ImportInvalidError, ImportTargetError
from data.importer.plan import Change, Plan, documents, plan_page
from data.paths import kind_of, shown
from data.store import EMBEDDED_STORE, read_documents, schema_version
from data.validate import validate as validate_tables

DATA_ENV = "BALTIC_ENVOYS_DATA_DIR"
"""Points the user's data folder elsewhere (tests, portable installs)."""
PREFER = ("imported", "existing")
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
    """What an import wrote."""

    target: Path
    written: dict[str, int] = field(default_factory=dict)   # action -> records
    skipped: dict[str, int] = field(default_factory=dict)   # why -> records
    backup: Path | None = None
    wrote: bool = False

    def summary(self) -> str:
        parts = [f"{n} {action}" for action, n in self.written.items() if n]
        skipped = [f"{n} {why}" for why, n in self.skipped.items() if n]
        if not self.wrote:
            # a page whose facts are all left for review or kept as the store has them holds facts all the same
            unwritten = [f"{n} {why}" for why, n in self.skipped.items() if n and why != "no longer needed"]
            reason = ", ".join(unwritten) if unwritten else "the page holds no new fact for it"
            return f"nothing written to {shown(self.target)}: {reason}"
        text = f"imported into {shown(self.target)}: {', '.join(parts) or 'nothing new'}"
        if skipped:
            text += f"; not written: {', '.join(skipped)}"
        if self.backup:
            text += f"; previous file kept as {shown(self.backup)}"
        return text


ACCEPT_ALL = frozenset({"new", "change", "review"})
"""What `--accept` accepts: facts new to the store, changes to its records, records left for review."""
WITNESS_FIELDS = frozenset({"citations", "issues", "aliases"})
"""What a merge may add without a reader: who witnesses the record, their notes, the forms they write."""
WAITING = "new to the store (waiting for a reader)"
CHANGING = "changing the store's records (waiting for a reader)"
REVIEW = "left for review"
SKIPPED = "left out by --skip"


def changes_the_store(change: Change) -> bool:
    """Whether `change` is a merge that changes what the store's record says, not only who witnesses it."""
    if change.action != "merge" or change.existing is None or change.merged is None:
        return False
    fields = (set(change.existing) | set(change.merged)) - WITNESS_FIELDS
    return any(change.existing.get(name) != change.merged.get(name) for name in fields)


def check_skip(plan: Plan, skip: frozenset[str]) -> None:
    """Refuse (ImportTargetError) an id to leave out that is no fact of the plan: a typo must not
    let the very record the reader meant to keep out be written."""
    unknown = sorted(skip - {change.id for change in plan.changes if change.is_fact})
    if unknown:
        raise ImportTargetError(f"--skip {shown(unknown[0])}: no fact of this page's review has that id "
                                "(see the id column of --dry-run); nothing written")


def chosen_changes(plan: Plan, *, prefer: str | None, accept: frozenset[str] = frozenset(),
                   skip: frozenset[str] = frozenset()) -> tuple[list[Change], dict[str, int]]:
    """The changes to write, after conflicts, new facts, reviews and skips are decided (module doc);
    raise ImportConflictError, or ImportTargetError for a `skip` id that is no fact of the plan."""
    if prefer is not None and prefer not in PREFER:
        raise ImportTargetError(f"--prefer must be one of {', '.join(PREFER)}, not {prefer!r}")
    check_skip(plan, skip)
    conflicts = plan.of("conflict")
    if conflicts and prefer is None:
        first = conflicts[0]
        more = f" (and {len(conflicts) - 1} more)" if len(conflicts) > 1 else ""
        raise ImportConflictError(
            f"import refused: {first.id}: {'; '.join(str(c) for c in first.conflicts)}{more}; "
            "nothing written (use --prefer imported or --prefer existing)", first.id)
    skipped = {"kept as in the store": 0, WAITING: 0, CHANGING: 0, REVIEW: 0, SKIPPED: 0, "no longer needed": 0}
    facts: list[Change] = []
    for change in plan.changes:
        if not change.is_fact:
            continue
        if change.id in skip:
            skipped[SKIPPED] += 1
        elif change.action == "conflict" and prefer == "existing":
            skipped["kept as in the store"] += 1
        elif change.action == "new" and "new" not in accept:
            skipped[WAITING] += 1
        elif "change" not in accept and changes_the_store(change):
            skipped[CHANGING] += 1
        elif change.action == "review" and "review" not in accept:
            skipped[REVIEW] += 1
        else:
            facts.append(change)
    needed = {ref for change in facts for ref in change.needs}
    others = []
    for change in plan.changes:
        if change.is_fact:
            continue
        if change.action == "review" and "review" not in accept:
            skipped[REVIEW] += 1
            continue
        if "change" not in accept and changes_the_store(change):
            # a person's new name form: the person is in the store already, so the facts citing them
            # stand without it
            skipped[CHANGING] += 1
            continue
        if change.id not in needed:
            # made for a fact that is not written (a country, a city, a person only it named)
            skipped["no longer needed"] += change.action == "new" and change.kind != "source"
            continue
        others.append(change)
    return others + facts, skipped


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
               today: _dt.date | None = None) -> Result:
    """Write what `plan` adds to `tables` into `target` (see the module doc); the Result says what."""
    target = user_store_path(target)
    with store_lock(target):
        current = base_tables(target)
        if current != tables:
            # Another import wrote the store since this plan was made: plan again on what is there now,
            # or its records would be lost.
            plan, tables = plan_page(plan.page, current), current
        return _write_locked(plan, tables, target, prefer=prefer, accept=accept, skip=skip, today=today)


def _write_locked(plan: Plan, tables: dict[str, Any], target: Path, *, prefer: str | None, accept: frozenset[str],
                  skip: frozenset[str], today: _dt.date | None) -> Result:
    changes, skipped = chosen_changes(plan, prefer=prefer, accept=accept, skip=skip)
    result = Result(target, skipped=skipped)
    if not any(change.is_fact for change in changes):
        return result
    new_tables = apply(changes, tables)
    validate(new_tables, today)
    content = render(new_tables)
    counts: dict[str, int] = {}
    for change in changes:
        action = "merged" if change.action == "merge" else (
            "decided conflicts" if change.action == "conflict" else (
                "accepted from review" if change.action == "review" else "new"))
        counts[action] = counts.get(action, 0) + 1
    result.written = counts
    try:
        real = resolved(target)
        backup = real.with_name(real.name + ".bak") if real.exists() else None
        write_atomic(real, content, backup=backup)
    except OSError as error:
        raise ImportTargetError(f"{shown(target)}: cannot write the store ({shown(error.strerror or error)})") from None
    result.backup = backup
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
