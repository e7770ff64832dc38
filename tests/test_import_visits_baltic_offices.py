"""A Lithuanian or Latvian office written with capitals before its holder's name ("Ukrainos Aukščiausiosios Rados
Pirmininkas Ruslanas Stefančukas", found on 949) is an office, not the start of a five-word name; the name after it
travels (stop 23, v23-visits). Beside its near misses.
"""

from __future__ import annotations

from tests.importkit import plan_of, trips

_SPEAKER = "Naujienos\n\n{where} lankėsi ir Seime posėdyje kalbėjo Ukrainos Aukščiausiosios Rados Pirmininkas " \
           "Ruslanas Stefančukas.\n"


def test_lt_the_speaker_of_the_verkhovna_rada_in_capitals_visits_lithuania(tmp_path):
    assert trips(plan_of(tmp_path, _SPEAKER.format(where="Lietuvoje"), "lt")) == {("ua", "lt", None)}


def test_lt_the_same_speaker_at_home_makes_no_trip(tmp_path):
    assert trips(plan_of(tmp_path, _SPEAKER.format(where="Kyjive"), "lt")) == set()


def test_lv_the_chair_of_the_supreme_council_in_capitals(tmp_path):
    text = ("Ziņas\n\n2023. gada 5. maijā Rīgā ieradās Ukrainas Augstākās Radas Priekšsēdētājs Ruslans Stefančuks.\n")
    assert trips(plan_of(tmp_path, text, "lv")) == {("ua", "lv", "2023-05-05")}


def test_lt_an_ambassador_in_capitals_makes_no_trip(tmp_path):
    text = "Naujienos\n\nLietuvoje lankėsi Ukrainos Ambasadorius Petro Beshta.\n"
    assert trips(plan_of(tmp_path, text, "lt")) == set()
