"""Latin letters that stand in for Cyrillic ones inside a word, and the other way round, folded to the
word's own script before any reader sees the page.

    fold_lookalikes("Посол Мaріус Янукoніс", "uk")   # 'Посол Маріус Януконіс' (Latin a, o -> Cyrillic а, о)
    fold_lookalikes("Rīgа", "lv")                    # 'Rīga' (the Cyrillic а -> Latin a)
    fold_lookalikes("Т-72Б and MiG-29", "uk")        # unchanged: a token with digits is a name of its own

Some pages write part of their Cyrillic letters as the Latin letters that look the same (an
anti-copying trick, or text pasted through a converter): "Мaріус Янукoніс" has a Latin a and o. No
reader then finds the name, the month or the preposition. A letter is folded only where the word
around it says which script it belongs to:
- a word with a letter only Cyrillic has (б, д, л, ш...) and the rest look-alikes of Cyrillic letters
  is Cyrillic; a word with a letter only Latin has (ā, g, š...) and the rest look-alikes is Latin;
- a word with letters only Cyrillic has and letters only Latin has is truly mixed: left as it is;
- a word made of look-alikes alone takes the page's script, only when it is one or two letters standing
  between words of that script (the Ukrainian prepositions "в", "у", "а", "з" typed as Latin letters);
- a token with a digit (a model number, "Т-72Б", "Су-27") and a Roman numeral ("у XX столітті") are
  never changed.

The table is small and exact on purpose: only letters of the same shape and case in the Ukrainian,
Russian, Belarusian and Latin alphabets. Unicode's confusables data (TR39, as the `confusable-homoglyphs`
package ships it) maps to a skeleton for comparing strings, not to a script: it pairs Latin r with
Cyrillic г, Latin b with the capital Ь, Latin l with the Cyrillic capital І and leaves out Latin I, so
folding with it would need the same table as a filter.

Folding keeps every character's position (one code point for one), so a place in the folded text is the
same place in the page's own text: quotes are cut from the page's own lines (`Page.as_written`).
"""

from __future__ import annotations

import re

LATIN_TO_CYRILLIC = {
    "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у", "ï": "ї", "ë": "ё",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "Ï": "Ї", "Ë": "Ё",
}
CYRILLIC_TO_LATIN = {cyrillic: latin for latin, cyrillic in LATIN_TO_CYRILLIC.items()}

_TOKEN = re.compile(r"\S+")
_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
_MIXED = re.compile(rf"[\u0400-\u04ff][{_LATIN_LETTER}]|[{_LATIN_LETTER}][\u0400-\u04ff]")
# a one- or two-letter word of look-alikes alone, of the script the page is not in ("o", "B")
_SHORT_ALONE = {
    "cyr": re.compile(rf"(?<![^\W\d_])[{''.join(LATIN_TO_CYRILLIC)}]{{1,2}}(?![^\W\d_])"),
    "lat": re.compile(rf"(?<![^\W\d_])[{''.join(CYRILLIC_TO_LATIN)}]{{1,2}}(?![^\W\d_])"),
}
# a Roman numeral ("у XX столітті", "XII"): Latin letters that are numbers, whatever the words around them
_ROMAN = re.compile(r"[IVXLCDMІХС]+")
_RUN = re.compile(r"[^\W\d_]+")
_SHORT = 2


def _script(char: str) -> str | None:
    if "\u0400" <= char <= "\u04ff":
        return "cyr"
    if char.isascii() or "\u00c0" <= char <= "\u024f":
        return "lat"
    return None


def page_script(text: str) -> str | None:
    """'cyr' or 'lat', the script most of the text's letters are in (letters with no twin counted only)."""
    cyrillic = sum(1 for c in text if "\u0400" <= c <= "\u04ff" and c not in CYRILLIC_TO_LATIN)
    latin = sum(1 for c in text if c.isalpha() and c.isascii() and c not in LATIN_TO_CYRILLIC)
    if cyrillic == latin == 0:
        return None
    return "cyr" if cyrillic > latin else "lat"


def _own_scripts(run: str) -> set[str]:
    """The scripts of the run's letters that have no twin in the other script."""
    return {script for c in run if c not in LATIN_TO_CYRILLIC and c not in CYRILLIC_TO_LATIN
            and (script := _script(c)) is not None}


def _fold(run: str, script: str) -> str:
    table = LATIN_TO_CYRILLIC if script == "cyr" else CYRILLIC_TO_LATIN
    return "".join(table.get(c, c) for c in run)


def fold_lookalikes(text: str, lang: str | None = None) -> str:
    """`text` with look-alike letters folded to their word's script (see the module's doc); the same length."""
    if not any(c in LATIN_TO_CYRILLIC for c in text) or not any("\u0400" <= c <= "\u04ff" for c in text):
        return text  # a page in one script: nothing to fold (the common case, read at once)
    script = "cyr" if lang in ("uk", "ru", "be") else "lat" if lang in ("lv", "lt", "en") else page_script(text)
    out = list(text)
    short = _SHORT_ALONE.get(script or "")
    for line in re.finditer(r"[^\n]+", text):
        if not _MIXED.search(line.group(0)) and (short is None or not short.search(line.group(0))):
            continue  # most lines: nothing to fold, found by one scan
        runs = [(line.start() + token.start() + run.start(), run.group(0))
                for token in _TOKEN.finditer(line.group(0)) if not any(c.isdigit() for c in token.group(0))
                for run in _RUN.finditer(token.group(0))]
        for index, (start, run) in enumerate(runs):
            scripts, own = {_script(c) for c in run} - {None}, _own_scripts(run)
            if len(scripts) > 1 and len(own) == 1:
                out[start:start + len(run)] = _fold(run, own.pop())   # "Мaріус": the word's own script
            elif len(scripts) > 1 and not own and script is not None:
                out[start:start + len(run)] = _fold(run, script)      # "Ca": look-alikes alone, the page's
            elif len(scripts) == 1 and not own and len(run) <= _SHORT and script is not None \
                    and scripts != {script} and not _ROMAN.fullmatch(run) and _neighbours_are(runs, index, script):
                out[start:start + len(run)] = _fold(run, script)      # "вул. B Києві": a preposition
    return "".join(out)


def _neighbours_are(runs: list[tuple[int, str]], index: int, script: str) -> bool:
    """The words before and after the run at `index` are of `script` by a letter only it has."""
    if index == 0 or index + 1 >= len(runs):
        return False
    return _own_scripts(runs[index - 1][1]) == {script} and _own_scripts(runs[index + 1][1]) == {script}
