"""What an import writes, given what its reader decided: the status of every record of a plan.

    choice = choose(plan, prefer=None, accept=frozenset(), skip=frozenset())
    choice.written          # the changes to write: the records the facts need, then the facts
    choice.status["visit:2019-06-03-zalkaliani"]   # "written", "waiting-new", "left-out"...
    choice.written_counts(), choice.skipped_counts()   # by stable keys (`WRITTEN_LABELS`, `SKIPPED_LABELS`)

Without a reader the import only adds witnesses: the page's citation (with its notes and the name
forms as written) on the facts the store already holds, and the records those need. Whatever would add
or change a claim waits for a reader, written only when `accept` holds its kind: "new" (a fact new to the
store), "change" (a merge that changes what the store's record says: a date, a city, a person's name in a
language) and "review" (a guessed name, a part its sentence does not give); the command line's `--accept`
holds all three (`ACCEPT_ALL`). Measured on pages the importer had never seen, the new records it used to
write unread were right 15 times in 25, the merges 28 times in 33 (README, "What is written without a
reader").

`skip` is the reader's "not this one": any id of the review. A fact left out takes with it what only it
needs; a record the store lacks (a new person, city or the page's source) takes with it every fact that
needs it; a record the store holds (a person's new name form) is left out alone. A conflict is decided by
`prefer` (the reader's decision on it: "imported" takes the page's side, "existing" keeps the store's) or
left out; while one is undecided nothing is written (`ImportConflictError`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from data.importer.errors import ImportConflictError, ImportTargetError
from data.importer.plan import Change, Plan
from data.paths import shown

PREFER = ("imported", "existing")
ACCEPT_ALL = frozenset({"new", "change", "review"})
"""What `--accept` accepts: facts new to the store, changes to its records, records left for review."""
WITNESS_FIELDS = frozenset({"citations", "issues", "aliases"})
"""What a merge may add without a reader: who witnesses the record, their notes, the forms they write."""

WRITTEN = "written"
WAITING_NEW, WAITING_CHANGE, WAITING_REVIEW = "waiting-new", "waiting-change", "waiting-review"
WAITING_WITH_FACTS = "waiting-with-its-facts"  # a record only waiting facts need: written with them
LEFT_OUT, KEPT, NOT_NEEDED = "left-out", "kept-as-in-the-store", "not-needed"

WRITTEN_LABELS = {"new": "new", "merged": "merged", "accepted_from_review": "accepted from review",
                  "decided_conflicts": "decided conflicts",
                  "records_needed": "records they need (the source, people, places)"}
"""The keys of what an import wrote (`--json`: stable) and their words in the summary."""
SKIPPED_LABELS = {"waiting_new": "new to the store (waiting for a reader)",
                  "waiting_change": "changing the store's records (waiting for a reader)",
                  "waiting_review": "left for review", "left_out": "left out by --skip",
                  "kept_as_in_the_store": "kept as in the store", "not_needed": "no longer needed"}
"""The keys of what an import did not write (`--json`: stable) and their words in the summary."""
WAITING_KEYS = {"waiting_new": "new", "waiting_change": "changing the store", "waiting_review": "left for review"}
"""The keys of `SKIPPED_LABELS` that wait for a reader (`--accept` writes them), and their words in short."""


def changes_the_store(change: Change) -> bool:
    """Whether `change` is a merge that changes what the store's record says, not only who witnesses it."""
    if change.action != "merge" or change.existing is None or change.merged is None:
        return False
    fields = (set(change.existing) | set(change.merged)) - WITNESS_FIELDS
    return any(change.existing.get(name) != change.merged.get(name) for name in fields)


def check_skip(plan: Plan, skip: frozenset[str]) -> None:
    """Refuse (ImportTargetError) an id to leave out that the review does not have: a typo must not let the
    very record the reader meant to keep out be written."""
    unknown = sorted(skip - {change.id for change in plan.changes})
    if unknown:
        said = unknown[0] if len(unknown[0]) <= 80 else unknown[0][:79] + "…"
        raise ImportTargetError(f"--skip {shown(repr(said))}: this page's review has no record of that id "
                                "(see the id column of --dry-run); nothing written")


@dataclass
class Choice:
    """Every change's status, and the changes to write in the order they are written."""

    status: dict[str, str] = field(default_factory=dict)
    written: list[Change] = field(default_factory=list)
    _changes: dict[str, Change] = field(default_factory=dict)  # by id

    def written_counts(self) -> dict[str, int]:
        """What is written, by `WRITTEN_LABELS` key: facts by what they do, the records they need apart."""
        counts = Counter({key: 0 for key in WRITTEN_LABELS})
        for change in self.written:
            counts[_written_key(change)] += 1
        return dict(counts)

    def skipped_counts(self) -> dict[str, int]:
        """What is not written, by `SKIPPED_LABELS` key. Waiting facts count; so do the records of people and
        places that themselves wait (a person's new name form, a guessed name), and the new records made for a
        fact that is not written ("no longer needed"); a record that waits only with its facts does not."""
        counts = Counter({key: 0 for key in SKIPPED_LABELS})
        for change_id, status in self.status.items():
            change = self._changes[change_id]
            key = {WAITING_NEW: "waiting_new", WAITING_CHANGE: "waiting_change", WAITING_REVIEW: "waiting_review",
                   KEPT: "kept_as_in_the_store"}.get(status)
            if status == LEFT_OUT and change.is_fact:
                key = "left_out"
            elif status == NOT_NEEDED and change.action == "new" and change.kind != "source":
                key = "not_needed"
            if key is not None:
                counts[key] += 1
        return dict(counts)


def _written_key(change: Change) -> str:
    if not change.is_fact:
        return "records_needed"
    return {"merge": "merged", "review": "accepted_from_review", "conflict": "decided_conflicts"}.get(
        change.action, "new")


def choose(plan: Plan, *, prefer: str | None = None, accept: frozenset[str] = frozenset(),
           skip: frozenset[str] = frozenset()) -> Choice:
    """Decide every change of `plan` (the module doc); raise ImportConflictError while a conflict is
    undecided, ImportTargetError for a `prefer` or a `skip` id the plan cannot take."""
    if prefer is not None and prefer not in PREFER:
        raise ImportTargetError(f"--prefer must be one of {', '.join(PREFER)}, not {prefer!r}")
    check_skip(plan, skip)
    facts = [change for change in plan.changes if change.is_fact]
    others = [change for change in plan.changes if not change.is_fact]
    # a record the store lacks, left out, takes every fact that needs it along
    gone = {change.id for change in others if change.id in skip and change.existing is None}
    choice = Choice(_changes={change.id: change for change in plan.changes})
    for change in facts:
        if change.id in skip or gone & set(change.needs):
            choice.status[change.id] = LEFT_OUT
    conflicts = [c for c in facts if c.action == "conflict" and choice.status.get(c.id) != LEFT_OUT]
    if conflicts and prefer is None:
        first = conflicts[0]
        more = f" (and {len(conflicts) - 1} more)" if len(conflicts) > 1 else ""
        raise ImportConflictError(
            f"import refused: {first.id}: {'; '.join(str(c) for c in first.conflicts)}{more}; "
            "nothing written (use --prefer imported or --prefer existing, or --skip the fact)", first.id)
    for change in facts:
        if change.id not in choice.status:
            choice.status[change.id] = _fact_status(change, prefer, accept)
    needed = {ref for c in facts if choice.status[c.id] == WRITTEN for ref in c.needs}
    wanted = needed | {ref for c in facts if choice.status[c.id].startswith("waiting") for ref in c.needs}
    for change in others:
        choice.status[change.id] = _record_status(change, skip, accept, needed, wanted)
    choice.written = ([c for c in others if choice.status[c.id] == WRITTEN]
                      + [c for c in facts if choice.status[c.id] == WRITTEN])
    return choice


def _fact_status(change: Change, prefer: str | None, accept: frozenset[str]) -> str:
    if change.action == "conflict":
        return KEPT if prefer == "existing" else WRITTEN  # --prefer is the reader's decision on it
    if change.action == "new":
        return WRITTEN if "new" in accept else WAITING_NEW
    if change.action == "review":
        return WRITTEN if "review" in accept else WAITING_REVIEW
    return WAITING_CHANGE if changes_the_store(change) and "change" not in accept else WRITTEN


def _record_status(change: Change, skip: frozenset[str], accept: frozenset[str], needed: set[str],
                   wanted: set[str]) -> str:
    """A person, place or source: written when a written fact needs it and nothing of its own waits."""
    if change.id in skip:
        return LEFT_OUT
    if change.id not in wanted:
        return NOT_NEEDED  # made for a fact that is not written (a country, a city, a person only it named)
    if change.action == "review" and "review" not in accept:
        return WAITING_REVIEW
    if changes_the_store(change) and "change" not in accept:
        # a person's new name form: the person is in the store already, so the facts citing them stand without it
        return WAITING_CHANGE
    return WRITTEN if change.id in needed else WAITING_WITH_FACTS
