"""One page, one truth (w9-truth): which facts a page tells are the same, and which are not.

Each rule on a small page we wrote ourselves, beside its near miss: a recognition of 1918 is not the store's of
1991 (two eras), while two dates of one era are a conflict; a trip the page tells as an earlier one does not
swallow the page's own undated trip; held recalls naming nobody stay apart when the page counts different
numbers of diplomats or tells a cut of staff beside a recall for consultations, and join when nothing tells
them apart; a consulate the page names before, and apart from, the honorary consulate of the same city is
another mission, while "the consulate" said after the honorary one is that one.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of


def _facts(plan: Plan, kind: str) -> list[tuple[str, str, str]]:
    """(action, id, date) of the plan's records of `kind`, then its held rows of that kind (id "")."""
    return [(c.action, c.id, c.date) for c in plan.changes + plan.held if c.kind == kind]


def _held_recalls(plan: Plan) -> list[list[str]]:
    """The quotes of each held recall row."""
    return [[q["quote"] for q in c.doc["citations"]] for c in plan.held
            if c.kind == "event" and c.doc.get("event") == "recall"]


# --- 1. recognitions of two eras are two facts; two dates of one era are a conflict ----------------------

_LT_BY = "Lietuvos ir Baltarusijos santykiai\n"


def test_a_recognition_of_1918_is_not_the_stores_of_1991(tmp_path):
    plan = plan_of(tmp_path, _LT_BY + "1918 m. Lietuva viena pirmųjų pripažino Baltarusijos nepriklausomybę.\n", "lt")
    assert _facts(plan, "event") == [("new", "event:recognition-lt-by-1918", "1918")]


def test_near_miss_another_date_of_the_same_era_is_a_conflict_with_the_store(tmp_path):
    plan = plan_of(tmp_path, _LT_BY + "1992 m. Lietuva pripažino Baltarusijos nepriklausomybę.\n", "lt")
    [change] = [c for c in plan.changes if c.kind == "event"]
    assert (change.action, change.id) == ("conflict", "event:recognition-lt-by")
    assert [(c.field, c.existing, c.imported) for c in change.conflicts] == [("date", "1991-12-20", "1992")]


def test_a_page_telling_both_eras_twice_gives_two_records_and_no_duplicate_ids(tmp_path):
    text = (_LT_BY + "1918 m. Lietuva viena pirmųjų pripažino Baltarusijos nepriklausomybę.\n"
            "1991 m. gruodžio 20 d. Lietuva pripažino Baltarusijos nepriklausomybę.\n"
            "Lietuva pripažino Baltarusijos nepriklausomybę 1991 m. gruodžio 20 d.\n"
            "1918 m. Lietuva pripažino Baltarusijos nepriklausomybę.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert sorted(_facts(plan, "event")) == [("merge", "event:recognition-lt-by", "1991-12-20"),
                                             ("new", "event:recognition-lt-by-1918", "1918")]


def test_near_miss_two_dates_of_one_era_on_the_page_are_a_held_conflict_that_says_which_event(tmp_path):
    text = (_LT_BY + "1991 m. gruodžio 20 d. Lietuva pripažino Baltarusijos nepriklausomybę.\n"
            "Lietuva pripažino Baltarusijos nepriklausomybę 1991 m. gruodžio 21 d.\n")
    plan = plan_of(tmp_path, text, "lt")
    assert [c for c in plan.changes if c.kind == "event"] == []
    [held] = plan.held
    assert held.action == "conflict" and held.date == "1991-12-20 / 1991-12-21"
    assert held.doc["event"] == "recognition"  # the review row says what the two dates are of


# --- 2. a trip told as an earlier one does not swallow the page's own trip --------------------------------

_ARRIVES = ("Nausėda arrives in Kyiv\n"
            "President of Lithuania Gitanas Nausėda arrived in Kyiv on Wednesday morning.\n")


def test_the_pages_undated_trip_stays_beside_an_earlier_dated_one(tmp_path):
    plan = plan_of(tmp_path, _ARRIVES + "Previously Nausėda visited Ukraine in August 2023.\n", "en")
    assert _facts(plan, "visit") == [("new", "visit:2023-08-nauseda", "2023-08"), ("review", "", '"Wednesday"')]


def test_near_miss_a_dated_trip_not_told_as_earlier_may_be_the_same_trip(tmp_path):
    plan = plan_of(tmp_path, _ARRIVES + "Nausėda visited Ukraine in August 2023.\n", "en")
    assert _facts(plan, "visit") == [("new", "visit:2023-08-nauseda", "2023-08")]


# --- 3. held recalls: what was recalled tells two apart ------------------------------------------------

def test_a_cut_of_five_diplomats_and_a_recall_for_consultations_are_two_rows(tmp_path):
    text = ("Литва отзывает еще пятерых дипломатов из Беларуси\n"
            "Вильнюс принял решение отозвать из посольства в Беларуси еще пятерых своих дипломатов.\n"
            "Ранее Вильнюс решил отозвать посла для консультаций.\n")
    rows = _held_recalls(plan_of(tmp_path, text, "ru"))
    assert len(rows) == 2
    assert any("для консультаций" in q for q in rows[1]) and not any("для консультаций" in q for q in rows[0])


def test_near_miss_a_recall_for_consultations_told_twice_is_one_row(tmp_path):
    text = ("Литва отзывает посла из Беларуси\n"
            "Вильнюс принял решение отозвать посла в Беларуси для консультаций.\n"
            "Ранее Вильнюс решил отозвать посла.\n")
    assert len(_held_recalls(plan_of(tmp_path, text, "ru"))) == 1


def test_five_diplomats_and_six_more_are_two_recalls(tmp_path):
    text = ("Литва відкликала ще шістьох дипломатів із Білорусі\n"
            "Потім Вільнюс відкликав із Мінська п’ятьох акредитованих дипломатів.\n")
    assert len(_held_recalls(plan_of(tmp_path, text, "uk"))) == 2


def test_near_miss_six_diplomats_told_in_the_title_and_the_text_are_one_recall(tmp_path):
    text = ("Литва відкликала ще шістьох дипломатів із Білорусі\n"
            "Вільнюс відкликав із Мінська ще шістьох дипломатів, повідомили в МЗС.\n")
    assert len(_held_recalls(plan_of(tmp_path, text, "uk"))) == 1


# --- 4. a consulate and an honorary consulate in one city ------------------------------------------------

def test_a_consulate_named_before_the_honorary_consulates_of_its_city_is_another_mission(tmp_path):
    text = ("Lietuvos ir Ukrainos santykiai\n"
            "Lietuva savo ambasadą turi Kijeve ir vieną konsulatą Lvove.\n"
            "Ukrainoje įsteigti keli Lietuvos garbės konsulatai – Lvove, Charkove ir Odesoje.\n")
    ids = [mission_id for _action, mission_id, _date in _facts(plan_of(tmp_path, text, "lt"), "mission")]
    assert "mission:lt-ua-lviv-consulate" in ids and "mission:lt-ua-lviv-honorary-consulate" in ids


def test_near_miss_the_consulate_said_after_the_honorary_one_is_that_one(tmp_path):
    text = ("Lvove atidarytas Lietuvos garbės konsulatas\n"
            "Lvove lapkričio 18 dieną atidarytas Lietuvos garbės konsulatas.\n"
            "Konsulato Lvove atidarymo proga surengtas Lietuvos ir Ukrainos verslo forumas.\n")
    assert [i for _a, i, _d in _facts(plan_of(tmp_path, text, "lt"), "mission")] == [
        "mission:lt-ua-lviv-honorary-consulate"]


def test_near_miss_a_headline_shortening_the_honorary_consulate_names_that_one(tmp_path):
    text = "Lvove atidarytas Lietuvos konsulatas\nLvove lapkričio 18 dieną atidarytas Lietuvos garbės konsulatas.\n"
    assert [i for _a, i, _d in _facts(plan_of(tmp_path, text, "lt"), "mission")] == [
        "mission:lt-ua-lviv-honorary-consulate"]


# --- 5. a mission of an earlier era is not today's mission of the same place -----------------------------

_LV_UA = "Latvijas un Ukrainas attiecības\n"


def test_an_embassy_opened_in_1919_is_not_the_stores_embassy_of_1993(tmp_path):
    plan = plan_of(tmp_path, _LV_UA + "Ukrainas vēstniecība Rīgā tika atvērta 1919. gadā.\n", "lv")
    assert _facts(plan, "mission") == [("new", "mission:ua-lv-riga-embassy-1919", "1919")]


def test_near_miss_an_embassy_opened_in_1993_is_the_stores(tmp_path):
    plan = plan_of(tmp_path, _LV_UA + "Ukrainas vēstniecība Rīgā tika atvērta 1993. gadā.\n", "lv")
    assert _facts(plan, "mission") == [("merge", "mission:ua-lv-riga-embassy", "1993")]


# --- 6. a recall dated elsewhere on the page covers only the held recall it can be -------------------------

def test_a_dated_cut_of_five_diplomats_does_not_cover_the_recall_for_consultations(tmp_path):
    text = (" date 2020-10-09 Left Menu\n"
            "The Baltic country of Lithuania said Friday it had decided to recall five diplomats from Minsk.\n"
            "Last week, Lithuania recalled its ambassador to Belarus for consultations.\n")
    plan = plan_of(tmp_path, text, "en")
    assert [c.id for c in plan.changes if c.kind == "event"] == ["event:recall-lt-by-2020-10-09"]
    assert [c.doc.get("ends_posting") for c in plan.held if c.kind == "event"] == [False]


def test_near_miss_a_dated_recall_for_consultations_covers_the_same_recall_told_without_its_day(tmp_path):
    text = (" date 2020-10-05 Left Menu\n"
            "The Baltic country of Lithuania said Monday it had decided to recall its ambassador to Belarus for "
            "consultations.\n"
            "Lithuania recalled its ambassador to Belarus for consultations, the ministry said.\n")
    plan = plan_of(tmp_path, text, "en")
    assert [c.id for c in plan.changes if c.kind == "event"] == ["event:recall-lt-by-2020-10-05"]
    assert [c for c in plan.held if c.kind == "event"] == []
