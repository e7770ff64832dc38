"""The language of a page: lv, lt, en, or the Cyrillic uk, ru, be; any other is named, not read.

    detect_language(text)     # 'lv' | 'lt' | 'en' | 'uk' | 'ru' | 'be' | 'pl' | ... | None (unsure)

Latin-script pages: letters only one language uses (Latvian ā ē ī ģ ķ ļ ņ, Lithuanian ą ę ė į ų)
and frequent short words; these decide lv, lt and en on the five seeds and on news pages.
Cyrillic pages: letters decide where one language alone has them (Belarusian ў; Ukrainian ї є ґ,
and і without ы э; Russian ъ ы э without і). What neither settles, and every page in another
language (Polish, German...), goes to `py3langid` (a small, well-kept classifier of 97
languages, lv lt uk ru be pl de among them), so that the refusal can say which language it is.
"""

from __future__ import annotations

import re

READ = ("lv", "lt", "en", "uk", "ru", "be")
"""The languages the importer reads."""
LANGUAGE_NAMES = {"lv": "Latvian", "lt": "Lithuanian", "en": "English", "uk": "Ukrainian", "ru": "Russian",
                  "be": "Belarusian", "pl": "Polish", "de": "German", "et": "Estonian", "fr": "French",
                  "fi": "Finnish", "sv": "Swedish", "es": "Spanish", "it": "Italian", "cs": "Czech",
                  "sk": "Slovak", "bg": "Bulgarian", "sr": "Serbian", "mk": "Macedonian", "ka": "Georgian"}

_LV_LETTERS = frozenset("āēīģķļņĀĒĪĢĶĻŅ")
_LT_LETTERS = frozenset("ąęėįųĄĘĖĮŲ")
_MARKERS = {
    "lv": re.compile(r"(?<![^\W\d_])(?:gada|gadā|un|ir|ar|kas|tika|vēstnieks|vizīte)(?![^\W\d_])", re.I),
    "lt": re.compile(r"(?<![^\W\d_])(?:m\.|d\.|ir|yra|buvo|su|dėl|kad|Lietuvos)(?![^\W\d_])", re.I),
    "en": re.compile(r"(?<![^\W\d_])(?:the|and|of|was|with|in|to|is)(?![^\W\d_])", re.I),
}
_POLISH_LETTERS = frozenset("łśćńźżŁŚĆŃŹŻ")
_GERMAN_LETTERS = frozenset("äöüßÄÖÜ")
SAMPLE = 200_000


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def detect_language(text: str) -> str | None:
    """The page's language code; None when the evidence is too thin to say."""
    sample = text[:SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 20:
        return None
    cyrillic = sum(1 for c in letters if _is_cyrillic(c))
    if cyrillic > 0.5 * len(letters):
        return _cyrillic(sample, cyrillic) or _classified(sample)
    latin = _latin(sample)
    if latin is not None and not _foreign_latin(sample, latin):
        return latin
    return _classified(sample) or latin


def _cyrillic(sample: str, total: int) -> str | None:
    low = sample.lower()
    count = {c: low.count(c) for c in "ўїєґіыэъ"}
    per_thousand = 1000 / total
    ukrainian = (count["ї"] + count["є"] + count["ґ"]) * per_thousand
    russian = (count["ы"] + count["э"] + count["ъ"]) * per_thousand
    i = count["і"] * per_thousand
    if count["ў"] * per_thousand >= 1:
        return "be"
    # Ukrainian has no ы э ъ, Russian no і ї є ґ: a page in one that quotes a post in the other (a
    # Russian news item with a minister's Ukrainian post) is in the language whose letters prevail.
    if ukrainian >= 1 and russian < 3:
        return "uk"
    if i >= 5 and russian < 1:
        return "uk"
    if russian >= 3 and i < russian / 2 and ukrainian < russian / 4:
        return "ru"
    return None


def _latin(sample: str) -> str | None:
    """'lv', 'lt' or 'en' by letters and words only one of them uses; None when unsure."""
    scores = {"lv": 0.0, "lt": 0.0, "en": 0.0}
    scores["lv"] += sum(1 for c in sample if c in _LV_LETTERS)
    scores["lt"] += sum(1 for c in sample if c in _LT_LETTERS)
    for lang, pattern in _MARKERS.items():
        scores[lang] += 2 * len(pattern.findall(sample))
    best = max(scores, key=lambda lang: scores[lang])
    ordered = sorted(scores.values(), reverse=True)
    if ordered[0] < 6 or ordered[0] < 1.3 * ordered[1]:
        return None
    return best


def _foreign_latin(sample: str, guess: str) -> bool:
    """Letters of Polish or German that Latvian, Lithuanian and English pages hardly use."""
    foreign = sum(1 for c in sample if c in _POLISH_LETTERS or c in _GERMAN_LETTERS)
    own = sum(1 for c in sample if c in _LV_LETTERS or c in _LT_LETTERS)
    return foreign > 5 and foreign > own


def _classified(sample: str) -> str | None:
    import py3langid

    lang, _score = py3langid.classify(sample[:20_000])
    return lang or None
