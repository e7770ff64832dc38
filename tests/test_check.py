"""`check` reports each kind of problem with its record id, on small broken stores."""

from __future__ import annotations

import datetime as dt

import pytest

from data.check import check_store
from data.store import EMBEDDED_STORE
from tests.storekit import find, write_store


def errors(problems):
    return [str(p) for p in problems if p.severity == "error"]


def test_the_shipped_store_is_clean_with_quotes_checked(seeds):
    problems = check_store(EMBEDDED_STORE, seeds)
    assert errors(problems) == []


def test_the_sources_own_typos_and_contradictions_are_notes(seeds):
    notes = [p for p in check_store(EMBEDDED_STORE, seeds) if p.severity == "note"]
    ids = {p.record for p in notes}
    # the missing dash in "2017. gada 18. 20. jūlijs", two "since" statements for one post,
    # the same forum on two dates, one deputy minister under two first names
    assert "visit:2017-07-18-rinkevics" in ids
    assert {"envoy:lv-by-2015-virsis", "envoy:lv-by-2019-semanis"} <= ids
    assert "visit:2016-06-15-cebotars" in ids
    assert "person:alona-kupcina" in ids
    assert all(p.message.startswith("source ") for p in notes)


def semanis(tables):
    return find(tables, "envoy:lv-by-2019-semanis")


@pytest.mark.parametrize(
    ("change", "record", "message"),
    [
        (lambda t: semanis(t).update(person="person:nobody"), "envoy:lv-by-2019-semanis",
         "names person:nobody, which is not in the store"),
        (lambda t: semanis(t).update(start="2019-02-30"), "envoy:lv-by-2019-semanis", "no day 30"),
        (lambda t: semanis(t).update(end="2018", end_basis="stated"), "envoy:lv-by-2019-semanis",
         "ends (2018) before it starts (2019-09)"),
        (lambda t: semanis(t).update(start="2099"), "envoy:lv-by-2019-semanis", "in the future"),
        (lambda t: semanis(t).pop("end_basis"), "envoy:lv-by-2019-semanis", "'end' and 'end_basis' go together"),
        (lambda t: semanis(t).update(start="2015"), "envoy:lv-by-2019-semanis", "overlaps envoy:lv-by-2015-virsis"),
        (lambda t: semanis(t).update(role="king"), "envoy:lv-by-2019-semanis", "'king' is not one of"),
        (lambda t: semanis(t)["citations"][0].update(quote="Einārs Semanis is a poet"), "envoy:lv-by-2019-semanis",
         "quote not found verbatim"),
        (lambda t: t["envoys"].update({"999": dict(semanis(t))}), "envoy:lv-by-2019-semanis", "appears twice"),
        (lambda t: find(t, "treaty:2024-04-11-security-commitments").update(in_force="2023"),
         "treaty:2024-04-11-security-commitments", "in force (2023) before it was signed"),
    ],
)
def test_check_names_the_record_and_the_problem(tmp_path, seeds, change, record, message):
    path = write_store(tmp_path, change)
    before = path.read_bytes()
    found = errors(check_store(path, seeds, today=dt.date(2026, 11, 26)))
    assert any(record in line and message in line for line in found), found
    assert path.read_bytes() == before


def test_check_reads_on_past_the_first_problem(tmp_path, seeds):
    def two(tables):
        find(tables, "country:lv").pop("code")
        semanis(tables).update(person="person:nobody")

    found = errors(check_store(write_store(tmp_path, two), seeds))
    assert len(found) == 2
