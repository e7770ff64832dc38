"""Record labels are display text in the interface language, with no English word in lv or lt."""

from __future__ import annotations

import pytest

from data import model as m
from tui.labels import label

KINDS = {"lv": "vēstniecība", "lt": "ambasada", "en": "embassy"}


@pytest.mark.parametrize("lang", ["lv", "lt", "en"])
def test_a_mission_is_named_with_its_kind_in_the_language(store, lang):
    mission = next(x for x in store.all(m.Mission) if x.mission_kind == "embassy" and x.sending == "country:lv")
    shown = label(store, mission.id, lang)
    assert KINDS[lang] in shown and label(store, mission.sending, lang) in shown
    if lang != "en":
        assert "embassy" not in shown


def test_an_event_kind_is_translated_and_an_unknown_id_is_shown_as_it_is(store):
    event = next(x for x in store.all(m.Event) if x.event_kind == "recognition")
    assert "atzīšana" in label(store, event.id, "lv") and "recognition" not in label(store, event.id, "lv")
    assert label(store, "person:nobody", "lv") == "person:nobody"
