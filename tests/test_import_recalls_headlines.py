"""Recalls and expulsions a news item's headline tells, and whose staff goes, on small pages we wrote ourselves,
each beside the near miss that must stay as it was.

- The headline of a news item stamped to the minute tells that day's news: a recall or an expulsion it tells as done
  or doing, with no other day for such an act on the page, takes the stamp's day, with a note. Not under a stamp
  without its clock time, not a verb of intent ("має намір вислати"), not where the page gives another day.
- A state's name or adjective owns the staff word after it only within one phrase, never across the verb of the
  expulsion: "Власти Беларуси выдворили все посольство Латвии" is Belarus expelling Latvia's embassy.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of
from tests.importkit import recalls_and_expulsions as events

LV, BY, LT = "country:lv", "country:by", "country:lt"


def dated(plan: Plan) -> list[tuple]:
    """(kind, parties, date) of every recall or expulsion proposed with its date; held ones dated None."""
    written = [(c.doc["kind"], tuple(c.doc["parties"]), c.doc["date"]) for c in plan.changes
               if c.kind == "event" and c.doc["kind"] in ("recall", "expulsion")]
    held = [(c.doc["event"], tuple(c.doc["parties"]), None) for c in plan.held if c.kind == "event"]
    return sorted(written + held)


_UK_ITEM = ("понеділок, 24 травня 2021 20:24\n\n"
            "{headline}\n\n"
            "Міністерство закордонних справ Білорусі ухвалило таке рішення через інцидент у Ризі{day}.\n")


def test_uk_a_headline_under_a_stamp_with_its_clock_time_takes_the_stamps_day(tmp_path):
    text = _UK_ITEM.format(headline="Білорусь видворяє латвійських дипломатів", day="")
    plan = plan_of(tmp_path, text, "uk")
    assert dated(plan) == [("expulsion", (BY, LV), "2021-05-24")]
    issue = next(c.doc for c in plan.changes if c.kind == "event")["issues"][0]["text"]
    assert "headline" in issue and "2021-05-24" in issue


def test_uk_a_headline_of_intent_stays_held(tmp_path):
    # near miss: "має намір вислати" tells no expulsion done on the stamp's day
    text = _UK_ITEM.format(headline="Білорусь має намір вислати латвійських дипломатів", day="")
    assert dated(plan_of(tmp_path, text, "uk")) in ([], [("expulsion", (BY, LV), None)])


def test_uk_a_headline_on_a_page_that_gives_another_day_for_the_act_stays_held(tmp_path):
    # near miss: the body dates an expulsion to Friday; the headline may be telling that day's news a day later
    text = ("понеділок, 24 травня 2021 20:24\n\nБілорусь видворяє латвійських дипломатів\n\n"
            "У п'ятницю Білорусь вирішила вислати латвійських дипломатів через інцидент у Ризі.\n")
    assert ("expulsion", (BY, LV), "2021-05-24") not in dated(plan_of(tmp_path, text, "uk"))


def test_ru_a_headline_under_a_day_without_its_clock_time_stays_held(tmp_path):
    # near miss: a day alone at the head may be a site's date, a dateline repeated or an update
    text = ("24.05.2021\n\nБеларусь выслала латвийских дипломатов\n\n"
            "МИД Беларуси принял такое решение из-за инцидента в Риге.\n")
    assert dated(plan_of(tmp_path, text, "ru")) == [("expulsion", (BY, LV), None)]


def test_ru_a_headline_in_the_past_under_a_stamp_with_its_clock_time_takes_the_stamps_day(tmp_path):
    text = ("07.10.2020 15:26\nЛатвия отозвала своего посла из Беларуси для консультаций\n"
            "Об этом сообщили в дипведомстве.\n")
    assert dated(plan_of(tmp_path, text, "ru")) == [("recall", (LV, BY), "2020-10-07")]


def test_ru_the_authorities_of_a_state_expelling_anothers_embassy_act_upon_it(tmp_path):
    text = "Власти Беларуси выдворили все посольство Латвии 24 мая 2021 года.\n"
    assert events(plan_of(tmp_path, text, "ru")) == [("expulsion", (BY, LV), False, None)]


def test_ru_a_states_own_diplomats_before_the_verb_are_still_its_own(tmp_path):
    # near miss: the adjective stands in one phrase with its staff word, before the verb
    text = "Белорусские дипломаты высланы из Латвии 24 мая 2021 года.\n"
    assert events(plan_of(tmp_path, text, "ru")) == [("expulsion", (LV, BY), False, None)]


def test_en_the_authorities_of_a_state_expelling_diplomats_act_upon_the_others(tmp_path):
    text = "Lithuanian authorities expelled two Belarusian diplomats on 28 May 2021.\n"
    assert events(plan_of(tmp_path, text, "en")) == [("expulsion", (LT, BY), False, None)]


def test_ru_the_line_under_the_headline_is_a_headline_too(tmp_path):
    # the line under the headline, above the stamp, tells the day's other act
    text = ("Власти Беларуси выдворили все посольство Латвии, ответ пришел быстро\n\n"
            "Латвия в ответ высылает белорусских дипломатов\n24-05-2021, 21:20\n\n"
            "Власти Беларуси приняли решение выслать всех сотрудников посольства Латвии.\n")
    assert dated(plan_of(tmp_path, text, "ru")) == [("expulsion", (BY, LV), "2021-05-24"),
                                                    ("expulsion", (LV, BY), "2021-05-24")]


def test_ru_a_sentence_of_the_body_under_the_stamp_is_no_headline(tmp_path):
    # near miss: a line that ends with its stop is prose; its act may be of any day before the item's
    text = ("24-05-2021, 21:20\n\nМИД сообщил о новых мерах\n\n"
            "Латвия выслала белорусских дипломатов.\n")
    assert dated(plan_of(tmp_path, text, "ru")) == [("expulsion", (LV, BY), None)]


# --- a dismissal dated by its decree, in the next sentence ---------------------------------------------------

_DECREE = ("Президент Беларуси Александр Лукашенко освободил от должности посла Беларуси в Латвии Василия Марковича. "
           "{next} 16 сентября 2020 года, сообщает БелТА.\n")


def test_ru_the_corresponding_decree_in_the_next_sentence_dates_the_dismissal(tmp_path):
    text = _DECREE.format(next="Соответствующий указ был подписан")
    assert dated(plan_of(tmp_path, text, "ru")) == [("recall", (BY, LV), "2020-09-16")]


def test_ru_another_decree_in_the_next_sentence_dates_nothing(tmp_path):
    # near miss: "another decree" is another act's document, its day not the dismissal's
    text = _DECREE.format(next="Еще одним указом посол в Словакии лишен ранга")
    assert dated(plan_of(tmp_path, text, "ru")) == [("recall", (BY, LV), None)]


def test_uk_a_headline_on_a_page_that_tells_such_an_act_days_ago_stays_held(tmp_path):
    # near miss: "кілька днів тому" puts an expulsion days before the item; the headline may be telling it
    text = ("понеділок, 24 травня 2021 20:24\n\nБілорусь видворяє латвійських дипломатів\n\n"
            "Білорусь вирішила вислати латвійських дипломатів кілька днів тому.\n")
    assert ("expulsion", (BY, LV), "2021-05-24") not in dated(plan_of(tmp_path, text, "uk"))
