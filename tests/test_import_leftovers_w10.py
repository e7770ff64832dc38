"""Leftovers found in round 10, each on a small page we wrote ourselves beside its near miss: a recall by a
third state, ... When in doubt the importer holds a fact for review or drops it; it never guesses.
"""

from __future__ import annotations

from data.importer.plan import Plan
from tests.importkit import plan_of

LV, BY, LT, UA = "country:lv", "country:by", "country:lt", "country:ua"


def recall_rows(plan: Plan) -> list[tuple[str, str]]:
    """(recalling state, host) of every recall proposed, written or held."""
    written = [tuple(c.doc["parties"]) for c in plan.changes if c.kind == "event" and c.doc["kind"] == "recall"]
    held = [tuple(c.doc["parties"]) for c in plan.held if c.kind == "event" and c.doc["event"] == "recall"]
    return sorted(written + held)


# --- 1. a recall by a third state ---------------------------------------------------------------------

_LT_BY = "Литва відкликає ще шість дипломатів з Білорусі 2 березня 2021 року. Литва і Білорусь сусіди.\n"


def test_uk_recall_by_britain_is_no_recall_of_the_pages_pair(tmp_path):
    text = _LT_BY + "Нагадаємо, що Британія відкликає посла з Білорусі для проведення консультацій.\n"
    assert recall_rows(plan_of(tmp_path, text, "uk")) == [(LT, BY)]


def test_ru_recall_by_great_britain_is_no_recall_of_the_pages_pair(tmp_path):
    text = ("Литва отзывает еще шесть дипломатов из Беларуси 2 марта 2021 года. Литва и Беларусь соседи.\n"
            "Напомним, что Великобритания отзывает посла из Беларуси для консультаций.\n")
    assert recall_rows(plan_of(tmp_path, text, "ru")) == [(LT, BY)]


def test_uk_recall_by_the_pages_own_state_is_kept(tmp_path):
    # near miss: the same sentence with Lithuania acting is Lithuania's recall
    text = _LT_BY + "Нагадаємо, що Литва відкликає посла з Білорусі для проведення консультацій.\n"
    assert recall_rows(plan_of(tmp_path, text, "uk")) == [(LT, BY), (LT, BY)]
