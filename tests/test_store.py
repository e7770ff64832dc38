"""Loading a store: the shipped one loads; every kind of damage is one clear line naming it."""

from __future__ import annotations

import json

import pytest

from data import model as m
from data.errors import StoreError
from data.store import SCHEMA_VERSION, load_store
from tests.storekit import find, write_store


def test_the_shipped_store_loads_every_kind_of_record(store):
    for cls in (m.Source, m.Country, m.City, m.Person, m.Envoy, m.Mission, m.Visit, m.Treaty, m.Event):
        assert store.all(cls), f"no {cls.__name__} records"
    seeds = {"source:lv-mfa-by", "source:lt-mfa-by", "source:by-embassy-lt", "source:eu-council-by",
             "source:lv-ua-agreement"}
    assert seeds <= {source.id for source in store.all(m.Source)}


def test_the_shipped_store_relates_records_both_ways(store):
    latvia = store.get("country:lv")
    envoys = store.related(latvia.id, m.Envoy)
    assert envoys and all(latvia.id in (e.sending, e.receiving) for e in envoys)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the store file is empty"),
        (b"   \n\t ", "holds only white space"),
        (b'{"meta": {"1": {"schema_version": 1}}, "people": {', "not valid JSON (line 1"),
        (b"<html>not json</html>", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "not a store (the JSON is a list"),
        (b'{"people": {}}', "no schema version"),
        (b'{"meta": {"1": {"schema_version": 99}}}', "schema version 99 is newer than this program"),
    ],
)
def test_a_damaged_file_is_one_line_naming_file_and_problem(tmp_path, content, message):
    path = tmp_path / "store.json"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        load_store(path)
    text = str(caught.value)
    assert message in text and str(path) in text and "\n" not in text
    assert path.read_bytes() == content, "the store must never be written"


def test_a_missing_file_is_not_created(tmp_path):
    path = tmp_path / "nowhere.json"
    with pytest.raises(StoreError, match="no such store file"):
        load_store(path)
    assert not path.exists()


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        load_store(tmp_path)


def test_an_unreachable_path_says_so(tmp_path):
    not_a_folder = write_store(tmp_path)
    with pytest.raises(StoreError, match="cannot read the store"):
        load_store(not_a_folder / "store.json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: find(t, "country:lv").pop("code"), "country:lv: field 'code': required text is missing"),
        (lambda t: find(t, "country:lv").update(code=42), "country:lv: field 'code': not a text"),
        (lambda t: find(t, "city:minsk").update(citations=[]), "city:minsk: field 'citations': every record needs"),
        (lambda t: next(iter(t["envoys"].values())).update(start="1993-13"), "field 'start': no month 13"),
        (lambda t: next(iter(t["envoys"].values())).update(role="spy"), "field 'role': 'spy' is not one of"),
        (lambda t: next(iter(t["envoys"].values())).update(person="person:nobody"),
         "field 'person' names person:nobody, which is not in the store"),
        (lambda t: next(iter(t["visits"].values())).update(date="2018-07-19/2018-07-18"), "ends before it starts"),
        (lambda t: t["people"].update({"999": "not an object"}), "people[999]: expected an object"),
        (lambda t: t.update(spies={}), "table 'spies': unknown table"),
    ],
)
def test_a_bad_record_is_named_with_its_field(tmp_path, change, message):
    path = write_store(tmp_path, change)
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        load_store(path)
    assert message in str(caught.value)
    assert path.read_bytes() == before


def test_several_problems_point_to_check(tmp_path):
    def break_two(tables):
        find(tables, "country:lv").pop("code")
        find(tables, "country:lt").pop("code")

    with pytest.raises(StoreError, match=r"and 1 more problems; run 'envoys check'"):
        load_store(write_store(tmp_path, break_two))


def test_the_schema_version_is_written_by_the_build(store_bytes):
    assert json.loads(store_bytes)["meta"]["1"]["schema_version"] == SCHEMA_VERSION
