"""The normalisation stages, each alone, then together: how a typed name becomes a key."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.inflection import MIN_STEM, stem
from search.normalize import (
    analyse,
    ends_word,
    fold,
    fold_diacritics,
    nfkc_casefold,
    separate,
    transliterate,
    word_spans,
    words,
)
from search.spelling import skeleton

# --- 1. NFKC and casefold ---------------------------------------------------------------


def test_nfkc_casefold_meets_compatibility_forms_and_case():
    assert nfkc_casefold("ＲＩＮＫĒVIČS") == "rinkēvičs"  # full-width letters
    assert nfkc_casefold("Straße") == "strasse"  # casefold, unlike lower(), expands ß
    assert nfkc_casefold("ﬁnland") == "finland"  # a ligature
    assert nfkc_casefold("E\u0304dgars") == "ēdgars"  # a combining macron composes


# --- 2. Cyrillic to Latin -----------------------------------------------------------------


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("шимов", "shimov"),
    ("лукашэнка", "lukashenka"),  # Belarusian э
    ("ринкевичс", "rinkevichs"),
    ("купчина", "kupchina"),
    ("щёткина", "shchetkina"),
    ("магілёў", "magileu"),  # Belarusian ў; anyascii writes ё as e
])
def test_transliterate_writes_cyrillic_in_latin(cyrillic, latin):
    assert transliterate(cyrillic) == latin


def test_transliterate_leaves_latin_alone():
    assert transliterate("Rinkēvičs, Minskā") == "Rinkēvičs, Minskā"


def test_cyrillic_is_transliterated_before_marks_are_dropped():
    # Decomposing first would make й an и and ў a у: different letters, different names.
    assert fold("й") == "y" and fold("и") == "i"
    assert fold("ў") == "u" and fold("Андрей") == "andrey"


# --- 3. diacritics --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "folded"), [
    ("Rinkēvičs", "Rinkevics"),
    ("Kariņš", "Karins"),
    ("Grybauskaitė", "Grybauskaite"),
    ("Łukaszenka", "Lukaszenka"),  # ł does not decompose; anyascii knows it
    ("Ženēva", "Zeneva"),
    ("Ø", "O"),
])
def test_fold_diacritics_drops_marks_and_keeps_letters(text, folded):
    assert fold_diacritics(text) == folded


# --- 4. word separation ---------------------------------------------------------------------


def test_separate_splits_on_punctuation_and_joins_apostrophes():
    assert separate("Reizniece-Ozola") == "Reizniece Ozola"
    assert separate("A.Lukashenko") == "A Lukashenko"
    assert separate("O’Brien  “Belarus Expo”") == "OBrien Belarus Expo"


# --- all four: fold ---------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "folded"), [
    ("Edgars Rinkēvičs", "edgars rinkevics"),
    ("РИНКЕВИЧС", "rinkevichs"),
    ("  Mihails   POPKOVŠ ", "mihails popkovs"),
    ("Grybauskaitė", "grybauskaite"),
    ("Беларусь", "belarus"),  # the soft sign (anyascii "'") joins
    ("😀 Minskā 😀", "minska"),
    ("", ""),
])
def test_fold(typed, folded):
    assert fold(typed) == folded


def test_words():
    assert words("Edgara Rinkēviča") == ["edgara", "rinkevica"]


# --- spelling equivalences ----------------------------------------------------------------


@pytest.mark.parametrize("renderings", [
    ["lukasenko", "lukashenko"],                 # š / sh
    ["kupcina", "kupchina", "kupchyna"],          # č / ch, i / y
    ["makejs", "makeis", "makeys"],               # j / i / y
    ["vascenko", "vashchenko", "vaschenko"],      # šč / shch
    ["zaicenko", "zaichenko"],
    ["mihnevics", "mikhnevichs"],                 # h / kh
    ["polocka", "polotska"],                      # c / ts
    ["aleksandrs", "alexandrs"],                  # ks / x
    ["boriss", "boris"],                          # doubled letters
    ["vladimirs", "wladimirs"],                   # v / w
])
def test_skeleton_meets_renderings_of_one_name(renderings):
    assert len({skeleton(word) for word in renderings}) == 1


def test_skeleton_keeps_different_names_apart():
    assert skeleton("kupcina") != skeleton("kucinskis")
    assert skeleton("rinkevics") != skeleton("rainis")


# --- inflection -----------------------------------------------------------------------------


@pytest.mark.parametrize("forms", [
    ["rinkevics", "rinkevica", "rinkevicu", "rinkevicam"],       # Latvian 1st declension
    ["semanis", "semana", "semanim", "semani"],                  # Latvian 2nd declension
    ["kupcina", "kupcinas", "kupcinai", "kupcinu"],              # Latvian 4th declension
    ["melbarde", "melbardes", "melbardei"],                      # Latvian 5th declension
    ["minska", "minsku", "minsk", "minskas", "minske"],          # lv locative Minskā folds to minska
    ["vilnius", "vilniaus", "vilniuie", "vilna"],                # Vilniuje (as a skeleton), Viļņa
    ["baltarusia", "baltarusios", "baltarusioie"],               # Baltarusija, -ijos, -ijoje (skeletons)
    ["baltkrievia", "baltkrievias"],                             # Baltkrievija, Baltkrievijas
    ["gribauskaite", "gribauskaites"],                           # Grybauskaitė, -ės
    ["brazauskas", "brazausko", "brazauskui"],                   # Lithuanian -as
    ["makeis", "makei", "makeia"],                               # Makejs, Makei/Makey, Makeja
    ["ukraina", "ukraine", "ukrainos"],
])
def test_stem_meets_case_forms_with_their_nominative(forms):
    assert len({stem(form) for form in forms}) == 1


def test_stem_keeps_short_words_and_numbers():
    assert stem("par") == "par"
    assert stem("rig") == "rig"
    assert stem("2014") == "2014"
    assert all(len(stem(word)) >= MIN_STEM for word in ["rigas", "rigu", "orsa", "eiropas"])


def test_analyse_gives_the_three_keys_of_a_word():
    keys = analyse("rinkevicha")
    assert (keys.folded, keys.skeleton, keys.key) == ("rinkevicha", "rinkevica", "rinkevic")


# --- helpers for typing and highlighting -----------------------------------------------------


def test_ends_word_says_whether_the_last_word_is_finished():
    assert ends_word("Rinkēvičs ") and ends_word("Rinkēvičs,")
    assert not ends_word("Rinkēv") and not ends_word("")
    assert not ends_word("Rinke\u0304")  # a trailing accent belongs to the word


def test_word_spans_place_folded_words_in_the_original_text():
    text = "Edgara Rinkēviča"
    spans = word_spans(text)
    assert [text[start:end] for start, end, _ in spans] == ["Edgara", "Rinkēviča"]
    _start, _end, lengths = spans[1]
    assert lengths[:3] == (1, 2, 3)
    for text, parts in [("Jeļenas  Kupčinas", ["Jeļenas", "Kupčinas"]), ("ﬁnland x", ["ﬁnland", "x"]),
                        ("“Belarus Expo”", ["Belarus", "Expo"]), ("A.Lukashenko", ["A", "Lukashenko"])]:
        assert [text[start:end] for start, end, _ in word_spans(text)] == parts


# --- properties on any Unicode ------------------------------------------------------------------

ANY_TEXT = st.text(max_size=10_000)
ALLOWED = set(string.ascii_lowercase + string.digits + " ")


@settings(max_examples=60, deadline=None)
@given(ANY_TEXT)
def test_every_stage_takes_any_text_and_answers_the_same_twice(text):
    for stage in (nfkc_casefold, transliterate, fold_diacritics, separate, fold, ends_word, word_spans):
        assert stage(text) == stage(text)


@settings(max_examples=60, deadline=None)
@given(ANY_TEXT)
def test_fold_gives_lowercase_ascii_words_and_is_idempotent(text):
    folded = fold(text)
    assert set(folded) <= ALLOWED
    assert folded == " ".join(folded.split())
    assert fold(folded) == folded


@settings(max_examples=60, deadline=None)
@given(ANY_TEXT)
def test_fold_is_the_four_stages_in_order(text):
    staged = separate(fold_diacritics(transliterate(nfkc_casefold(text)))).lower()
    assert fold(text) == staged


@settings(max_examples=60, deadline=None)
@given(ANY_TEXT)
def test_word_keys_of_any_text(text):
    for word in fold(text).split():
        keys = analyse(word)
        assert keys == analyse(word)
        assert keys.skeleton.isalnum() and keys.key.isalnum()
        assert len(keys.key) <= len(keys.skeleton) and keys.skeleton.startswith(keys.key)


@settings(max_examples=60, deadline=None)
@given(ANY_TEXT)
def test_word_spans_match_fold_or_give_up(text):
    spans = word_spans(text)
    if spans:
        assert len(spans) == len(fold(text).split())
        assert all(0 <= start < end <= len(text) for start, end, _ in spans)
