"""The importer on the development pages: its proposals met with the facts we wrote down by hand.

    from tests.benchmarks.page_facts import measure_pages
    measure_pages(Path(".pages"))    # per page, per kind and in total; the parts apart

The parts (`PARTS`, `part_of`): the development pages (001-040), the second development pages
(041-074, labelled by another hand; their even half was the hold-out until it had been measured
blind, and is worked on since), the hold-out (`"holdout": true`, pages labelled later by someone who
never ran or read the importer: 075-104) and the second hold-out (`"holdout": true`, 200-299,
labelled the same way a round later), whose per-page results are left out of the output so that
nobody tunes on them (their refusals too are counts only), the third development pages (105-299),
gathered and labelled by the importer's developers to widen the genres they work on, before they
ran the importer on them, the fourth development pages (300-399), gathered the same way in the
round of the second hold-out, the third hold-out (`"holdout": true`, 400-499, labelled blind in the
next round) and the fifth development pages (500-699), gathered in that round. In the round after
(stop 22) the first two hold-outs, measured blind for the last time, were opened to development
(`"holdout": false`, reported as "holdout, opened" and "second holdout, opened", page by page); the
fourth hold-out (`"holdout": true`, 700-799) was labelled blind in that round, beside the sixth
development pages (800-951). At stop 23 the third hold-out, measured blind for the last time, was
opened in turn ("third holdout, opened"), and a fifth hold-out (`"holdout": true`, 960-999) was
labelled blind beside the still blind fourth.

The page copies live outside the repository (`.pages/`, git-ignored: `NNN.txt` and `index.json`
with each page's address); the expected facts are ours, written by reading each page and never
by running the importer (`tests/benchmarks/expected/NNN.json`: kind, countries, people in the
nominative, dates at the page's precision, `null` where the page gives no date with a year).
A page in a language the importer does not read is expected to be refused (`"refused"`).

Every fact the import proposes counts: the records it would write (new, merge, conflict, review)
and the facts it holds for review (no year, two values). Apart, `written` and `written_correct` count
what `envoys import` writes without a reader (since stop 23 only witnesses: the page's citation on
facts the store already holds; until stop 22 new records too), the precision a researcher who
imports without reading the review gets; `accepted` and `accepted_correct` count what `--accept`
writes (new records, changes and records left for review too: nothing held, no conflict), the
precision of a reader who accepts the review without striking anything out. Both come from the
command's own choice (`choice.choose`), so a page with an undecided conflict writes nothing.
A proposal meets an expected fact of the same kind when these agree:

    envoy     from, to, role, start (null = held without a date), and the person
    visit     from, to, date (null = held), and the first person expected among its people
    mission   from, to, kind, city (by name, any language), opened; closed where the page says
    event     kind, parties (in order for a recognition, a recall, an expulsion), date; for a recall or
              an expulsion also the person and whether it ends the posting, where the page says
    treaty    parties, signed (null = held without a date: the page names the document and its signing,
              not the day)

A person agrees when one of the proposal's forms (the store's nominative, or the page's form)
is the expected nominative word by word: the same, or the same word declined (the search
engine's stemmer). On a Cyrillic page the expected fact may also give the nominative in the
page's own script (`person_as_written`, `people_as_written`: 'Пятрас Вайтекунас' for Petras
Vaitiekūnas), which is what the page lets an importer know. Each expected fact is met at most once
(the largest matching of proposals and expected facts, `_matching`).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from data.errors import EnvoysError
from data.importer.choice import ACCEPT_ALL, WRITTEN, choose
from data.importer.errors import ImportConflictError
from data.importer.page import read_page
from data.importer.places import Places
from data.importer.plan import Plan, documents, plan_page
from data.importer.resolve import same_name
from data.importer.write import base_tables
from data.store import EMBEDDED_STORE
from search.importing import SearchLookup
from search.normalize import analyse, fold

EXPECTED = Path(__file__).resolve().parent / "expected"
KINDS = ("envoy", "visit", "mission", "event", "treaty")
SECOND_DEVELOPMENT = "041"  # pages from here on were labelled by another hand (075-104: the hold-out)
FIRST_HOLDOUT = "075"  # 075-104: the first blind hold-out, opened to development at stop 22
THIRD_DEVELOPMENT = "105"  # pages from here on were gathered to develop the importer: no source of the store
SECOND_HOLDOUT = "200"  # 200-299: the second blind hold-out, opened to development at stop 22
FOURTH_DEVELOPMENT = "300"  # development pages from here on were gathered in the round of the second hold-out
THIRD_HOLDOUT = "400"  # hold-out pages from here on (400-499) are the third blind hold-out
FIFTH_DEVELOPMENT = "500"  # development pages from here on were gathered in the round of the third hold-out
FOURTH_HOLDOUT = "700"  # hold-out pages from here on (700-799) are the fourth blind hold-out
SIXTH_DEVELOPMENT = "800"  # development pages from here on were gathered in the round of the fourth hold-out
FIFTH_HOLDOUT = "960"  # hold-out pages from here on (960-999) are the fifth blind hold-out (stop 23)
PARTS = ("development", "second development", "third development", "fourth development", "fifth development",
         "sixth development", "holdout, opened", "second holdout, opened", "third holdout, opened",
         "fourth holdout", "fifth holdout")
HOLDOUT_PARTS = ("fourth holdout", "fifth holdout")  # reported as totals only, never page by page


def part_of(page: str, holdout: bool) -> str:
    """The part a page is reported in: hold-outs by their range, development pages by theirs (the
    opened hold-outs by their old ranges, so that their figures stay comparable with the earlier rounds')."""
    if holdout:
        return "fifth holdout" if page >= FIFTH_HOLDOUT else "fourth holdout"
    for start, part in ((SIXTH_DEVELOPMENT, "sixth development"), (FIFTH_DEVELOPMENT, "fifth development"),
                        (THIRD_HOLDOUT, "third holdout, opened"), (FOURTH_DEVELOPMENT, "fourth development"),
                        (SECOND_HOLDOUT, "second holdout, opened"),
                        (THIRD_DEVELOPMENT, "third development"), (FIRST_HOLDOUT, "holdout, opened"),
                        (SECOND_DEVELOPMENT, "second development")):
        if page >= start:
            return part
    return "development"


def _same_word(a: str, b: str) -> bool:
    return analyse(a).key == analyse(b).key


def _code(ref: Any) -> str | None:
    return ref.partition(":")[2].upper() if isinstance(ref, str) and ":" in ref else ref


def _person_forms(person_id: str | None, docs: dict[str, dict[str, Any]]) -> list[str]:
    doc = docs.get(person_id or "")
    if not doc:
        return []
    return [form["text"] for form in doc.get("name", {}).values() if form.get("text")] + list(doc.get("aliases", []))


_LEXICON = Places.builtin()


def _city_forms(city_id: str | None, docs: dict[str, dict[str, Any]]) -> list[str]:
    if not city_id:
        return []
    doc = docs.get(city_id, {})
    return [city_id.partition(":")[2].replace("-", " ")] + [f["text"] for f in doc.get("name", {}).values()
                                                            if f.get("text")] + list(doc.get("aliases", [])) \
        + _LEXICON.forms_of(city_id)  # the city's other names ("Grodno" for the store's Hrodna)


def proposals(plan: Plan, base: dict[str, Any]) -> list[dict[str, Any]]:
    """Every fact the plan proposes, as plain comparable dicts (names as all their forms)."""
    docs = documents(base)
    docs.update({c.id: c.doc for c in plan.changes if c.kind in ("person", "city", "country")})
    out: list[dict[str, Any]] = []
    for change in plan.changes:
        doc = change.doc
        told = len(out)
        if change.kind == "envoy":
            out.append({"kind": "envoy", "from": _code(doc["from"]), "to": _code(doc["to"]), "role": doc["role"],
                        "start": doc.get("start"), "names": [_person_forms(doc["person"], docs)], "id": change.id})
        elif change.kind == "visit":
            out.append({"kind": "visit", "from": _code(doc["from"]), "to": _code(doc["to"]), "date": doc["date"],
                        "names": [_person_forms(p["person"], docs) for p in doc["people"]], "id": change.id})
        elif change.kind == "mission":
            out.append({"kind": "mission", "from": _code(doc["from"]), "to": _code(doc["to"]),
                        "mission": doc["kind"], "cities": _city_forms(doc.get("city"), docs),
                        "opened": doc.get("opened"), "closed": doc.get("closed"), "id": change.id})
        elif change.kind == "event":
            out.append({"kind": "event", "event": doc["kind"], "parties": [_code(p) for p in doc["parties"]],
                        "date": doc.get("date"), "names": [_person_forms(doc.get("person"), docs)],
                        "ends_posting": doc.get("ends_posting"), "id": change.id})
        elif change.kind == "treaty":
            out.append({"kind": "treaty", "parties": sorted(_code(p) for p in doc["parties"]),
                        "signed": doc.get("signed"), "id": change.id})
        if len(out) > told:
            out[-1]["action"] = change.action
    for change in plan.held:
        doc = change.doc
        if doc["kind"] == "treaty":  # a document named without its day: its two countries, signed unknown
            out.append({"kind": "treaty", "parties": sorted(_code(p) for p in doc["parties"]), "signed": None,
                        "id": "(held)"})
            continue
        names = [[p["name"], p["written"], *_person_forms(p.get("person"), docs)] for p in doc["people"]]
        row = {"kind": doc["kind"], "from": _code(doc["from"]), "to": _code(doc["to"]), "names": names,
               "id": "(held)"}
        if doc["kind"] == "envoy":
            row.update(role=doc.get("role"), start=None)
        elif doc["kind"] == "event":
            row.update(event=doc.get("event"), parties=[_code(p) for p in doc.get("parties", [])], date=None,
                       ends_posting=doc.get("ends_posting"))
        elif doc["kind"] == "mission":
            row.update(mission=doc.get("mission_kind"), cities=_city_forms(doc.get("city"), docs), opened=None)
        else:
            row.update(date=None)
        out.append(row)
    return out


def _person_agrees(expected: str, forms: list[str]) -> bool:
    return any(fold(form) == fold(expected) or same_name(form, expected, _same_word) for form in forms)


def agrees(got: dict[str, Any], want: dict[str, Any]) -> bool:
    if got["kind"] != want["kind"]:
        return False
    kind = want["kind"]
    if kind == "envoy":
        names = [want["person"], *([want["person_as_written"]] if "person_as_written" in want else [])]
        return ((got["from"], got["to"], got["role"], got["start"]) == (want["from"], want["to"], want["role"],
                                                                         want["start"])
                and any(_person_agrees(name, got["names"][0]) for name in names))
    if kind == "visit":
        names = [want["people"][0], *want.get("people_as_written", [])[:1]]
        return ((got["from"], got["to"], got["date"]) == (want["from"], want["to"], want["date"])
                and any(_person_agrees(name, forms) for forms in got["names"] for name in names))
    if kind == "mission":
        city = want["city"]
        city_ok = (not got["cities"]) if city is None else any(fold(c) == fold(city) for c in got["cities"])
        closed_ok = "closed" not in want or got.get("closed") == want["closed"]  # labelled only where a page says
        return (got["from"], got["to"], got["mission"], got["opened"]) == (
            want["from"], want["to"], want["mission"], want["opened"]) and city_ok and closed_ok
    if kind == "event":
        ordered = want["event"] in ("recognition", "recall", "expulsion")
        parties = want["parties"] if ordered else sorted(want["parties"])
        theirs = got["parties"] if ordered else sorted(got["parties"])
        if (got["event"], theirs, got["date"]) != (want["event"], parties, want["date"]):
            return False
        if "ends_posting" in want and got.get("ends_posting") != want["ends_posting"]:
            return False
        if "person" in want:
            names = [want["person"], *([want["person_as_written"]] if "person_as_written" in want else [])]
            return any(_person_agrees(name, forms) for forms in got.get("names", []) for name in names)
        return True
    return (got["parties"], got["signed"]) == (sorted(want["parties"]), want["signed"])


def score_page(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per kind: expected, proposed, correct, and what was missed or proposed in excess."""
    met = _matching(got, want)
    unmatched = [w for j, w in enumerate(want) if j not in met.values()]
    extra = [g for i, g in enumerate(got) if i not in met]
    correct: dict[str, int] = dict.fromkeys(KINDS, 0)
    written_correct: dict[str, int] = dict.fromkeys(KINDS, 0)
    accepted_correct: dict[str, int] = dict.fromkeys(KINDS, 0)
    for i in met:
        correct[got[i]["kind"]] += 1
        written_correct[got[i]["kind"]] += _written(got[i])
        accepted_correct[got[i]["kind"]] += _accepted(got[i])
    out = {}
    for kind in KINDS:
        out[kind] = {"expected": sum(1 for w in want if w["kind"] == kind),
                     "proposed": sum(1 for g in got if g["kind"] == kind), "correct": correct[kind],
                     "written": sum(1 for g in got if g["kind"] == kind and _written(g)),
                     "written_correct": written_correct[kind],
                     "accepted": sum(1 for g in got if g["kind"] == kind and _accepted(g)),
                     "accepted_correct": accepted_correct[kind],
                     "missed": [w for w in unmatched if w["kind"] == kind],
                     "extra": [_brief(e) for e in extra if e["kind"] == kind]}
    return out


def _matching(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> dict[int, int]:
    """The most proposals met with expected facts, each at most once ({proposal: expected}, by index): the
    largest matching of the two (augmenting paths), so that a proposal that fits a loose label ("a recall,
    no date") does not take it from the one proposal a more precise label would have fitted (the count
    must not depend on the order of the rows). Written proposals are met first, then accepted ones, so
    `written_correct` and `accepted_correct` count every such proposal that can be right."""
    fits = [[j for j, w in enumerate(want) if agrees(g, w)] for g in got]
    owner: dict[int, int] = {}  # expected -> proposal

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in sorted(range(len(got)), key=lambda i: (not _written(got[i]), not _accepted(got[i]))):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def mark_written(plan: Plan, got: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`got` with what the command would write marked, by the command's own choice (`choice.choose`):
    `written` without a reader, `accepted` with --accept. A page with a conflict writes nothing either way
    (the import refuses until --prefer decides it or --skip leaves it out)."""
    def chosen(accept: frozenset[str]) -> set[str]:
        try:
            status = choose(plan, accept=accept).status
        except ImportConflictError:
            return set()
        return {change_id for change_id, said in status.items() if said == WRITTEN}

    written, accepted = chosen(frozenset()), chosen(ACCEPT_ALL)
    return [{**g, "written": g["id"] in written, "accepted": g["id"] in accepted} for g in got]


def _written(proposal: dict[str, Any]) -> bool:
    """Whether `envoys import` writes the proposal without a reader (`mark_written`)."""
    return bool(proposal.get("written"))


def _accepted(proposal: dict[str, Any]) -> bool:
    """Whether `envoys import --accept` writes the proposal (`mark_written`)."""
    return bool(proposal.get("accepted"))


def _brief(proposal: dict[str, Any]) -> dict[str, Any]:
    brief = {k: v for k, v in proposal.items() if k not in ("names", "cities")}
    if "names" in proposal:
        brief["people"] = [forms[0] if forms else "?" for forms in proposal["names"]]
    return brief


def figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision and recall over `rows` (page results), per kind and in total."""
    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    per_kind = {}
    for kind in (*KINDS, "all"):
        kinds = KINDS if kind == "all" else (kind,)
        expected = sum(r["kinds"][k]["expected"] for r in rows for k in kinds)
        proposed = sum(r["kinds"][k]["proposed"] for r in rows for k in kinds)
        correct = sum(r["kinds"][k]["correct"] for r in rows for k in kinds)
        written = sum(r["kinds"][k].get("written", 0) for r in rows for k in kinds)
        written_correct = sum(r["kinds"][k].get("written_correct", 0) for r in rows for k in kinds)
        accepted = sum(r["kinds"][k].get("accepted", 0) for r in rows for k in kinds)
        accepted_correct = sum(r["kinds"][k].get("accepted_correct", 0) for r in rows for k in kinds)
        per_kind[kind] = {"expected": expected, "proposed": proposed, "correct": correct,
                          "precision": ratio(correct, proposed), "recall": ratio(correct, expected),
                          "written": written, "written_correct": written_correct,
                          "written_precision": ratio(written_correct, written),
                          "accepted": accepted, "accepted_correct": accepted_correct,
                          "accepted_precision": ratio(accepted_correct, accepted)}
    return per_kind


def measure_pages(pages: Path, expected: Path = EXPECTED) -> dict[str, Any]:
    """The importer on every page that has expected facts and a copy in `pages`."""
    index = {entry["id"]: entry for entry in json.loads((pages / "index.json").read_text(encoding="utf-8"))}
    base = base_tables(EMBEDDED_STORE.parent / "__no_user_store__.json")  # a copy of the shipped store
    results = []
    for path in sorted(expected.glob("*.json")):
        want = json.loads(path.read_text(encoding="utf-8"))
        entry = index.get(want["page"])
        if entry is None or not (pages / entry["file"]).exists():
            continue
        row: dict[str, Any] = {"page": want["page"], "lang": entry.get("lang"), "holdout": want["holdout"]}
        try:
            page = read_page(pages / entry["file"], url=entry.get("url"))
        except EnvoysError as error:
            row.update(refused=str(error).split(": ", 1)[-1], expected_refusal="refused" in want)
            results.append(row)
            continue
        if "refused" in want:
            row.update(refused=None, expected_refusal=True)
            results.append(row)
            continue
        tables = copy.deepcopy(base)
        plan = plan_page(page, tables, lookup=SearchLookup)
        row["detected"] = page.lang
        row["kinds"] = score_page(mark_written(plan, proposals(plan, tables)), want["facts"])
        row["total"] = figures([row])["all"]
        results.append(row)
    scored = [r for r in results if "kinds" in r]
    figures_of = {part: figures([r for r in scored if part_of(r["page"], r["holdout"]) == part]) for part in PARTS}

    def refusals(rows: list[dict[str, Any]]) -> dict[str, Any]:
        return {"expected": sum(1 for r in rows if r.get("expected_refusal")),
                "refused_cleanly": sum(1 for r in rows if r.get("expected_refusal") and r.get("refused")),
                "refused_unexpectedly": [r["page"] for r in rows if r.get("refused") and not r.get("expected_refusal")]}

    shown = [r for r in results if not r["holdout"]]
    refusals_of = {"refusals": refusals(shown)}
    for part in HOLDOUT_PARTS:  # a hold-out's refusals as counts: which page was refused is a page's result
        counted = refusals([r for r in results if r["holdout"] and part_of(r["page"], True) == part])
        refusals_of[f"{part} refusals"] = {**counted, "refused_unexpectedly": len(counted["refused_unexpectedly"])}
    # A hold-out page's own results are never shown, not even whether it was refused or which language
    # was detected: only its part's totals. Its row keeps what the labels and the index say.
    pages_out = [{key: row[key] for key in ("page", "lang", "holdout")} if row["holdout"] else row for row in results]
    return {"pages": pages_out, **figures_of, **refusals_of}
