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

SAMPLE = 200_000
_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ANY_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_CYRILLIC_OWN = re.compile(f"(?![{''.join(CYRILLIC_TO_LATIN)}])[\u0400-\u04ff]")
_LATIN_OWN = re.compile(f"(?![{''.join(LATIN_TO_CYRILLIC)}])[A-Za-z]")
_TOKEN = re.compile(r"\S+")
_TOKEN_HEAD = re.compile(r"\S*")
_LATIN_LETTER = "A-Za-z\u00c0-\u024f"
_SCRIPTS_MEET = re.compile(rf"[\u0400-\u04ff][{_LATIN_LETTER}]|[{_LATIN_LETTER}][\u0400-\u04ff]")
# a one- or two-letter word of look-alikes alone, of the script the page is not in ("o", "B")
_SHORT_ALONE = {
    "cyr": re.compile(rf"(?<![^\W\d_])[{''.join(LATIN_TO_CYRILLIC)}]{{1,2}}(?![^\W\d_])"),
    "lat": re.compile(rf"(?<![^\W\d_])[{''.join(CYRILLIC_TO_LATIN)}]{{1,2}}(?![^\W\d_])"),
}
# a Roman numeral ("у XX столітті", "XII"): Latin letters that are numbers, whatever the words around them
_ROMAN = re.compile(r"[IVXLCDMІХС]+")
_RUN = re.compile(r"[^\W\d_]+")


def _script(char: str) -> str | None:
    if "\u0400" <= char <= "\u04ff":
        return "cyr"
    if char.isascii() or "\u00c0" <= char <= "\u024f":
        return "lat"
    return None


def page_script(text: str) -> str | None:
    """'cyr' or 'lat', the script most of the text's letters are in (letters with no twin counted only, in
    the first `SAMPLE` characters, as the language is told)."""
    sample = text[:SAMPLE]
    cyrillic, latin = len(_CYRILLIC_OWN.findall(sample)), len(_LATIN_OWN.findall(sample))
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
    if not _ANY_CYRILLIC.search(text) or not _ANY_LATIN.search(text):
        return text  # a page in one script: nothing to fold (the common case, read at once)
    script = "cyr" if lang in ("uk", "ru", "be") else "lat" if lang in ("lv", "lt", "en") else page_script(text)
    out = list(text)
    for begin, token in _mixed_tokens(text):  # only the tokens that hold both scripts: one scan of the page
        if any(c.isdigit() for c in token):
            continue
        for match in _RUN.finditer(token):
            run, at = match.group(0), begin + match.start()
            scripts, own = {_script(c) for c in run} - {None}, _own_scripts(run)
            if len(scripts) > 1 and len(own) == 1:
                out[at:at + len(run)] = _fold(run, own.pop())   # "Мaріус": the word's own script
            elif len(scripts) > 1 and not own and script is not None:
                out[at:at + len(run)] = _fold(run, script)      # "Ca": look-alikes alone, the page's
    short = _SHORT_ALONE.get(script or "")
    for match in short.finditer(text) if short is not None and script is not None else ():
        run = match.group(0)
        if not _ROMAN.fullmatch(run) and _word_beside(text, match.start(), -1, script) \
                and _word_beside(text, match.end(), 1, script):
            out[match.start():match.end()] = _fold(run, script)  # "прибув o 10 годині": a preposition
    return "".join(out)


def _mixed_tokens(text: str) -> list[tuple[int, str]]:
    """(start, token) for every whitespace-separated token where a Cyrillic letter meets a Latin one."""
    found: list[tuple[int, str]] = []
    for meeting in _SCRIPTS_MEET.finditer(text):
        if found and meeting.start() < found[-1][0] + len(found[-1][1]):
            continue  # the token already taken
        window = max(0, meeting.start() - 200)
        before = text[window:meeting.start()]
        begin = window + max(before.rfind(" "), before.rfind("\n"), before.rfind("\t"), before.rfind("\u00a0")) + 1
        end = _TOKEN_HEAD.match(text, meeting.end()).end()
        found.append((begin, text[begin:end]))
    return found


def _word_beside(text: str, at: int, step: int, script: str) -> bool:
    """Whether the nearest word before (step -1) or after (step 1) `at` on its line, past tokens with digits
    and the token `at` stands in, is of `script` by a letter only it has."""
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    side = text[max(line_start, at - 120):at] if step < 0 else text[at:min(line_end, at + 120)]
    tokens = side.split()
    if tokens and not (side[-1:] if step < 0 else side[:1]).isspace():
        tokens = tokens[:-1] if step < 0 else tokens[1:]  # the rest of the token the short word stands in
    for token in reversed(tokens) if step < 0 else tokens:
        if any(c.isdigit() for c in token):
            continue
        runs = _RUN.findall(token)
        if runs:
            return _own_scripts(runs[-1] if step < 0 else runs[0]) == {script}
    return False
