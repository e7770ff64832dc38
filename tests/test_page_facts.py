"""The page benchmark's parts: every page lands in the part its number and hold-out flag say, and a
hold-out page's own results (facts met, refusal, detected language) never leave `measure_pages`."""

from __future__ import annotations

import json

import pytest

from tests.benchmarks.page_facts import HOLDOUT_PARTS, PARTS, measure_pages, part_of


@pytest.mark.parametrize(("page", "holdout", "part"), [
    ("001", False, "development"), ("040", False, "development"),
    ("041", False, "second development"), ("074", False, "second development"),
    ("075", False, "holdout, opened"), ("104", False, "holdout, opened"),
    ("105", False, "third development"), ("180", False, "third development"),
    ("200", False, "second holdout, opened"), ("299", False, "second holdout, opened"),
    ("300", False, "fourth development"), ("379", False, "fourth development"),
    ("400", False, "third holdout, opened"), ("499", False, "third holdout, opened"),
    ("500", False, "fifth development"), ("612", False, "fifth development"),
    ("700", True, "fourth holdout"), ("799", True, "fourth holdout"),
    ("800", False, "sixth development"), ("951", False, "sixth development"),
    ("960", True, "fifth holdout"), ("999", True, "fifth holdout"),
])
def test_each_page_is_reported_in_its_part(page, holdout, part):
    assert part_of(page, holdout) == part


def test_every_hold_out_part_is_a_part():
    assert set(HOLDOUT_PARTS) <= set(PARTS)


def _write(folder, pid, text, want, lang):
    (folder / "pages" / f"{pid}.txt").write_text(text, encoding="utf-8")
    (folder / "expected" / f"{pid}.json").write_text(json.dumps({"page": pid, **want}), encoding="utf-8")
    return {"id": pid, "file": f"{pid}.txt", "url": f"https://example.org/{pid}", "lang": lang}


def test_hold_out_pages_give_totals_only(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "expected").mkdir()
    envoy = {"kind": "envoy", "from": "LV", "to": "BY", "person": "Einārs Semanis", "role": "ambassador",
             "start": None}
    text = ("Latvijas vēstnieks Baltkrievijā Einārs Semanis šodien tikās ar Baltkrievijas ārlietu ministru. "
            "Vēstnieks pārrunāja abu valstu attiecības un sadarbību robežas jautājumos.\n")
    polish = "Ambasador Łotwy na Białorusi spotkał się dziś z ministrem spraw zagranicznych Białorusi.\n"
    entries = [
        _write(tmp_path, "700", text, {"holdout": True, "facts": [envoy]}, "lv"),
        _write(tmp_path, "701", polish, {"holdout": True, "refused": "other language"}, "pl"),
        _write(tmp_path, "300", text, {"holdout": False, "facts": [envoy]}, "lv"),
    ]
    (tmp_path / "pages" / "index.json").write_text(json.dumps(entries), encoding="utf-8")

    out = measure_pages(tmp_path / "pages", tmp_path / "expected")

    rows = {row["page"]: row for row in out["pages"]}
    assert rows["700"] == {"page": "700", "lang": "lv", "holdout": True}
    assert rows["701"] == {"page": "701", "lang": "pl", "holdout": True}
    assert "kinds" in rows["300"] and "detected" in rows["300"]  # a development page shows its own results
    assert out["fourth holdout"]["all"]["expected"] == out["fourth development"]["all"]["expected"] == 1
    assert out["fifth holdout"]["all"]["expected"] == 0
    assert out["fourth holdout refusals"] == {"expected": 1, "refused_cleanly": 1, "refused_unexpectedly": 0}
    assert out["refusals"]["expected"] == 0
    assert "701" not in json.dumps(out["refusals"])


def test_what_the_import_writes_is_counted_apart_from_what_it_holds(tmp_path):
    """The embassy the shipped store holds is written without a reader (a merge); a visit new to the
    store is written with --accept; an ambassador named without the start of his posting is only held
    for review: all three are proposals."""
    (tmp_path / "pages").mkdir()
    (tmp_path / "expected").mkdir()
    text = ("Latvijai ir vēstniecība Minskā.\n"
            "2019. gada 18. jūlijā Rīgā viesojās Baltkrievijas ārlietu ministrs Vladimirs Makejs.\n"
            "Latvijas vēstnieks Baltkrievijā Einārs Semanis šodien tikās ar Baltkrievijas ārlietu ministru.\n")
    facts = [{"kind": "mission", "from": "LV", "to": "BY", "mission": "embassy", "city": "Minsk", "opened": None},
             {"kind": "visit", "from": "BY", "to": "LV", "people": ["Vladimirs Makejs"], "date": "2019-07-18"},
             {"kind": "envoy", "from": "LV", "to": "BY", "person": "Einārs Semanis", "role": "ambassador",
              "start": "2017"}]  # a start the page does not give: the held posting is a wrong proposal
    entries = [_write(tmp_path, "500", text, {"holdout": False, "facts": facts}, "lv")]
    (tmp_path / "pages" / "index.json").write_text(json.dumps(entries), encoding="utf-8")

    total = measure_pages(tmp_path / "pages", tmp_path / "expected")["fifth development"]["all"]

    assert (total["proposed"], total["correct"]) == (3, 2)
    assert (total["written"], total["written_correct"], total["written_precision"]) == (1, 1, 1.0)
    assert (total["accepted"], total["accepted_correct"], total["accepted_precision"]) == (2, 2, 1.0)
