"""The importer's plan for a page written by a test: one way for every importer test file."""

from __future__ import annotations

from pathlib import Path

from data.importer.command import plan_file
from data.importer.plan import Plan
from search.importing import SearchLookup


def page(tmp_path: Path, text: str, name: str = "page.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plan_of(tmp_path: Path, text: str, lang: str | None = None, url: str | None = None, *,
            name: str = "page.txt", empty: bool = False) -> Plan:
    """What `envoys import` would propose for `text` (a dry run into tmp_path's store), names
    looked up by the search engine as the command line wires it."""
    plan, _tables, _target = plan_file(page(tmp_path, text, name), lang=lang, db=tmp_path / "store.json", url=url,
                                       empty=empty, lookup=SearchLookup)
    return plan


def recalls_and_expulsions(plan: Plan) -> list[tuple]:
    """(kind, parties, whether someone is named, ends_posting) of every recall or expulsion proposed,
    written or held."""
    written = [(c.doc["kind"], tuple(c.doc["parties"]), bool(c.doc.get("person")), c.doc.get("ends_posting"))
               for c in plan.changes if c.kind == "event" and c.doc["kind"] in ("recall", "expulsion")]
    held = [(c.doc["event"], tuple(c.doc["parties"]), bool(c.doc["people"]), c.doc.get("ends_posting"))
            for c in plan.held if c.kind == "event"]
    return sorted(written + held)


def trips(plan: Plan) -> set[tuple[str, str, str | None]]:
    """(from, to, date) of every trip proposed, written or held (a held trip has no date)."""
    docs = [c.doc for c in plan.changes if c.kind == "visit"] + [c.doc for c in plan.held if c.doc["kind"] == "visit"]
    return {(doc["from"].partition(":")[2], doc["to"].partition(":")[2], doc.get("date")) for doc in docs}


def trips_written(plan: Plan) -> set[tuple[str, str, str]]:
    """(from, to, date) of the trips `envoys import` writes as they stand (new or merged records)."""
    return {(c.doc["from"].partition(":")[2], c.doc["to"].partition(":")[2], c.doc["date"])
            for c in plan.changes if c.kind == "visit" and c.action in ("new", "merge")}


def envoy_rows(plan: Plan) -> list[tuple]:
    """(action, from, to, the name as the review shows it, start) of every envoy proposed; held ones "held"."""
    written = [(c.action, c.doc["from"], c.doc["to"], c.doc["person"], c.doc.get("start")) for c in plan.changes
               if c.kind == "envoy"]
    held = [("held", c.doc["from"], c.doc["to"], c.doc["people"][0]["name"], None) for c in plan.held
            if c.kind == "envoy"]
    return sorted(written + held)


def missions(plan: Plan) -> list[tuple]:
    """(from, to, kind, city, opened) of every mission the plan would write."""
    return sorted((c.doc["from"], c.doc["to"], c.doc["kind"], c.doc.get("city"), c.doc.get("opened"))
                  for c in plan.changes if c.kind == "mission")


def treaties(plan: Plan) -> list[tuple]:
    """(kind, parties, signed) of every agreement the plan would write (held ones are not records)."""
    return sorted((c.doc["kind"], tuple(sorted(c.doc["parties"])), c.doc.get("signed"))
                  for c in plan.changes if c.kind == "treaty")
