"""What the importer must not propose (`data.importer.announced` and the other precision rules): each
shape that made a wrong proposal on a development page, on a small page we wrote, beside the near
miss that must still be read.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of, trips

# --- a trip only announced is no visit; a trip of the page's own day is one -------------------------

def test_ru_a_trip_announced_for_a_later_day_is_none(tmp_path):
    text = ("Министр иностранных дел Беларуси Владимир Макей 24 июля посетит с рабочим визитом Латвию.\n")
    assert trips(plan_of(tmp_path, text, "ru", url="https://example.by/news/2020/07/23/makei/")) == set()


def test_ru_a_trip_told_in_the_past_is_still_read(tmp_path):
    text = ("Министр иностранных дел Беларуси Владимир Макей 24 июля посетил с рабочим визитом Латвию.\n")
    assert trips(plan_of(tmp_path, text, "ru", url="https://example.by/news/2020/07/25/makei/")) == {
        ("by", "lv", "2020-07-24")}


def test_ru_a_trip_announced_for_the_pages_own_day_is_a_visit(tmp_path):
    text = ("Министр иностранных дел Беларуси Владимир Макей 24 июля посетит с рабочим визитом Латвию.\n")
    assert trips(plan_of(tmp_path, text, "ru", url="https://example.by/news/2020/07/24/makei/")) == {
        ("by", "lv", "2020-07-24")}


def test_lt_a_trip_on_a_weekday_to_come_on_an_undated_page_is_none(tmp_path):
    text = "Penktadienį Vilniuje viešės Baltarusijos užsienio reikalų ministras Vladimiras Makėjus.\n"
    assert trips(plan_of(tmp_path, text, "lt")) == set()


def test_lt_a_trip_of_the_past_weekday_on_an_undated_page_is_still_held(tmp_path):
    text = "Penktadienį Vilniuje viešėjo Baltarusijos užsienio reikalų ministras Vladimiras Makėjus.\n"
    assert trips(plan_of(tmp_path, text, "lt")) == {("by", "lt", None)}


def test_lv_a_planned_trip_is_none(tmp_path):
    text = ("Paredzēts, ka Valsts prezidents Raimonds Vējonis vizītē uz Ukrainu dosies 27. oktobrī.\n")
    assert trips(plan_of(tmp_path, text, "lv", url="https://example.lv/2015/10/20/vejonis/")) == set()


def test_en_a_trip_that_will_happen_today_is_a_visit(tmp_path):
    text = "Ukrainian President Volodymyr Zelensky will arrive on an official visit to Latvia today.\n"
    # kept (held: an address's date is no publication day for "today"), not dropped as announced
    assert {(a, b) for a, b, _date in trips(plan_of(tmp_path, text, "en"))} == {("ua", "lv")}


def test_en_a_trip_expected_on_a_later_day_is_none(tmp_path):
    text = "Belarusian President Alexander Lukashenko is expected to visit Latvia on April 3, 2020.\n"
    assert trips(plan_of(tmp_path, text, "en", url="https://example.by/2019/12/13/lukashenko/")) == set()


def test_en_a_trip_in_the_present_for_tomorrow_is_none(tmp_path):
    text = "Ukrainian President Volodymyr Zelensky arrives in Riga tomorrow on an official visit.\n"
    assert trips(plan_of(tmp_path, text, "en", url="https://example.lv/2024/01/10/zelensky/")) == set()


def test_ru_a_visit_that_began_on_the_pages_day_is_read(tmp_path):
    text = ("В Киеве состоялась встреча. Официальный визит Президента Латвии Андриса Берзиньша в Украину "
            "пройдет 14-15 марта 2013 года.\n")
    assert trips(plan_of(tmp_path, text, "ru", url="https://example.ua/news/2013/03/14/berzins/")) == {
        ("lv", "ua", "2013-03-14/2013-03-15")}


# --- the host is no traveller ---------------------------------------------------------------------

def test_ru_the_host_named_after_a_visit_is_no_traveller(tmp_path):
    text = ("Президент Украины Петр Порошенко подписал с президентом Литвы документ о партнерстве.\n"
            "Напомним, в ходе визита президента Литвы в Киев Петр Порошенко выступил на конгрессе.\n")
    assert trips(plan_of(tmp_path, text, "ru")) == set()


def test_ru_a_traveller_named_with_his_own_countrys_office_stays(tmp_path):
    text = ("Президент Литвы Гитанас Науседа 5 мая 2023 года прибыл с официальным визитом в Киев.\n"
            "Президент Украины Владимир Зеленский встретил гостя.\n")
    assert trips(plan_of(tmp_path, text, "ru")) == {("lt", "ua", "2023-05-05")}


def test_ru_two_presidents_named_together_are_not_taken_for_hosts(tmp_path):
    text = ("Владимир Зеленский 16 октября 2019 года прибыл с официальным визитом в Латвию.\n"
            "Президенты Украины и Латвии Владимир Зеленский и Эгилс Левитс проводят встречу.\n")
    assert trips(plan_of(tmp_path, text, "ru")) == {("ua", "lv", "2019-10-16")}


# --- an embassy named by its nation alone ----------------------------------------------------------

def test_en_the_nations_embassy_with_the_other_country_only_as_a_partner_is_no_mission(tmp_path):
    text = ("New ambassador of Lithuania in Ukraine.\n"
            "Second, he says, the Lithuanian embassy wishes to share Lithuania's EU accession experience "
            "with Ukraine.\n")
    plan = plan_of(tmp_path, text, "en")
    assert [c.doc for c in plan.changes if c.kind == "mission"] == []


def test_en_the_nations_embassy_whose_staff_must_leave_the_other_country_is_its_mission(tmp_path):
    text = ("Lithuania expelled two Belarusian diplomats.\n"
            "Two members of the Belarusian Embassy's staff were declared personae non gratae and given seven "
            "days to leave Lithuania.\n")
    plan = plan_of(tmp_path, text, "en")
    assert [(c.doc["from"], c.doc["to"], c.doc["kind"]) for c in plan.changes if c.kind == "mission"] == [
        ("country:by", "country:lt", "embassy")]


# --- a posting "until D, and then recalled" -------------------------------------------------------

def _events(plan: Plan) -> list[dict]:
    return [c.doc for c in plan.changes if c.kind == "event"]


def test_ru_a_posting_until_a_day_then_recalled_dates_the_recall_and_the_posting(tmp_path):
    text = ("Стоит отметить, что с 24 июля до 28 ноября 2012 года Линас Линкявичус работал послом Литвы в "
            "Беларуси, а затем был отозван с этой должности.\n")
    plan = plan_of(tmp_path, text, "ru")
    [recall] = _events(plan)
    assert (recall["kind"], recall["parties"], recall["date"], recall["ends_posting"]) == (
        "recall", ["country:lt", "country:by"], "2012-11-28", True)
    assert recall["person"] == "person:linas-linkevicius"
    [envoy] = [c.doc for c in plan.changes if c.kind == "envoy"]
    assert (envoy["start"], envoy["end"]) == ("2012-07-24", "2012-11-28")


def test_ru_a_deadline_before_a_recall_still_dates_nothing(tmp_path):
    text = ("Посол Литвы в Беларуси должен покинуть страну до 28 ноября 2012 года, его отозвали для "
            "консультаций.\n")
    plan = plan_of(tmp_path, text, "ru")
    assert _events(plan) == []
    assert [c.doc["kind"] for c in plan.held] == ["event"]


# --- a weekday that is the page's own day -----------------------------------------------------------

def _treaties(plan: Plan) -> list[tuple[str | None, str]]:
    return [(c.doc.get("signed"), "written") for c in plan.changes if c.kind == "treaty"] + [
        (None, "held") for c in plan.held if c.doc["kind"] == "treaty"]


def test_uk_a_signing_on_the_weekday_of_the_pages_address_is_that_day(tmp_path):
    text = "Україна та Литва підписали у середу меморандум про співпрацю в оборонній сфері.\n"
    plan = plan_of(tmp_path, text, "uk", url="https://example.ua/news/2024/09/11/7193971/")  # a Wednesday
    assert _treaties(plan) == [("2024-09-11", "written")]


def test_uk_a_signing_on_another_weekday_than_the_addresss_stays_undated(tmp_path):
    text = "Україна та Литва підписали у середу меморандум про співпрацю в оборонній сфері.\n"
    plan = plan_of(tmp_path, text, "uk", url="https://example.ua/news/2024/09/12/7193971/")  # a Thursday
    assert _treaties(plan) == [(None, "held")]


def test_ru_a_visitor_who_is_there_and_will_meet_someone_is_a_visit(tmp_path):
    text = ("Президент Латвии Эгилс Левитс, находящийся 9 сентября 2022 года с визитом в Украине, посетит "
            "Бучу.\n")
    assert trips(plan_of(tmp_path, text, "ru", url="https://example.lv/2022/09/10/levits/")) == {
        ("lv", "ua", "2022-09-09")}
