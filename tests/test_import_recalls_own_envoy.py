"""A state that summons its own envoy for consultations recalls them, on small pages we wrote ourselves, beside the
near miss that must stay unread: "Belarus summoned its ambassador to Lithuania for consultations" is Belarus's recall
(the possessive says the envoy is its own); "summoned the Lithuanian ambassador" is the host's summons of another
state's envoy, no recall.
"""

from __future__ import annotations

from tests.importkit import plan_of
from tests.importkit import recalls_and_expulsions as events

BY, LT = "country:by", "country:lt"


def test_en_a_state_summoning_its_own_ambassador_for_consultations_recalls_them(tmp_path):
    text = "Belarus summoned its ambassador to Lithuania for consultations on 2 October 2020.\n"
    assert events(plan_of(tmp_path, text, "en")) == [("recall", (BY, LT), False, False)]


def test_en_a_state_summoning_another_states_ambassador_recalls_nobody(tmp_path):
    # near miss: the host summons the other state's envoy to hear it out
    text = "Belarus summoned the Lithuanian ambassador for consultations on 2 October 2020.\n"
    assert events(plan_of(tmp_path, text, "en")) == []
