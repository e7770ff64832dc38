"""A saved page as the importer sees it: its lines, its language, its title, and quotes from it.

    page = read_page(Path("latvia-georgia.txt"))          # language detected
    page = read_page(Path("saved.txt"), lang="lt")        # or given
    page.quote(12, start, end)                            # the sentence around a fact, verbatim

Every fact the importer keeps is cited with a quote that is a verbatim part of one line of the
page (the rule of `data/authoring/README.md`), so `envoys check --sources` can verify it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from data.dates import PartialDate
from data.importer.dates import find_dates
from data.importer.errors import ImportFileError
from data.paths import kind_of, shown

MAX_BYTES = 5_000_000
"""A saved page is a few hundred kilobytes at most; anything larger is not one."""
MAX_QUOTE = 300
"""The longest quote kept (the authoring rule: one sentence, at most ~300 characters)."""

_LV_LETTERS = frozenset("āēīģķļņĀĒĪĢĶĻŅ")
_LT_LETTERS = frozenset("ąęėįųĄĘĖĮŲ")
_MARKERS = {
    "lv": re.compile(r"(?<![^\W\d_])(?:gada|gadā|un|ir|ar|kas|tika|vēstnieks|vizīte)(?![^\W\d_])", re.I),
    "lt": re.compile(r"(?<![^\W\d_])(?:m\.|d\.|ir|yra|buvo|su|dėl|kad|Lietuvos)(?![^\W\d_])", re.I),
    "en": re.compile(r"(?<![^\W\d_])(?:the|and|of|was|with|in|to|is)(?![^\W\d_])", re.I),
}
_PUBLISHERS = {
    "mfa.gov.lv": "Ministry of Foreign Affairs of the Republic of Latvia",
    "urm.lt": "Ministry of Foreign Affairs of the Republic of Lithuania",
    "mfa.gov.by": "Ministry of Foreign Affairs of the Republic of Belarus",
    "mfa.gov.ua": "Ministry of Foreign Affairs of Ukraine",
}


@dataclass(frozen=True)
class Page:
    """One imported file: its name, its lines (as in the file), its language."""

    file: str
    lines: tuple[str, ...]
    lang: str
    lang_detected: bool = False
    _text: str = field(default="", repr=False)

    @property
    def text(self) -> str:
        return self._text or "\n".join(self.lines)

    @property
    def title(self) -> str:
        """The first line with words on it (shortened to 120 characters)."""
        for line in self.lines:
            shown = " ".join(line.split())
            if any(c.isalpha() for c in shown):
                return shown if len(shown) <= 120 else shown[:117].rstrip() + "..."
        return self.file

    @property
    def title_line(self) -> int:
        for number, line in enumerate(self.lines, start=1):
            if any(c.isalpha() for c in line):
                return number
        return 1

    def numbered(self) -> list[tuple[int, str]]:
        """(line number from 1, line) for every line that is not blank."""
        return [(n, line) for n, line in enumerate(self.lines, start=1) if line.strip()]

    def quote(self, number: int, start: int = 0, end: int | None = None) -> str:
        """The sentence of line `number` around [start, end), verbatim, at most `MAX_QUOTE` chars."""
        line = self.lines[number - 1]
        end = len(line) if end is None else end
        return sentence_around(line, start, end)

    def url(self) -> str | None:
        """The page's own address: the last line that is nothing but a web address."""
        found = None
        for line in self.lines:
            match = re.fullmatch(r"\s*<?(https?://[^\s<>]+)>?\s*", line)
            if match:
                found = match.group(1)
        return found

    def publisher(self) -> str:
        url = self.url()
        if url:
            host = re.sub(r"^https?://(?:www\.)?", "", url).split("/")[0].lower()
            for domain, name in _PUBLISHERS.items():
                if host == domain or host.endswith("." + domain):
                    return name
            return host
        return f"Unknown (imported from {self.file})"

    def dates_stamped(self) -> tuple[tuple[PartialDate, int] | None, tuple[PartialDate, int] | None]:
        """(published, updated), each a date and the line saying it, from "Publicēts:", "Sukurta"..."""
        published = updated = None
        for number, line in self.numbered()[:40]:
            low = line.lower()
            for word, which in (("publicēts", "p"), ("publicets", "p"), ("published", "p"), ("sukurta", "p"),
                                ("atjaunots", "u"), ("atnaujinta", "u"), ("updated", "u")):
                position = low.find(word)
                if position < 0:
                    continue
                rest = line[position + len(word):]
                dates = find_dates(rest, self.lang) or find_dates(rest, "lv") or find_dates(rest, "lt")
                if not dates:
                    continue
                if which == "p" and published is None:
                    published = (dates[0].date, number)
                elif which == "u" and updated is None:
                    updated = (dates[0].date, number)
        return published, updated


def sentence_around(line: str, start: int, end: int) -> str:
    """The sentence of `line` holding [start, end), cut to `MAX_QUOTE` characters, verbatim.

    A sentence ends at ". " before a capital, except after a number ("1992. gada") or a single
    letter ("A. Ašeradens"). A sentence too long is cut to its clauses around the span.
    """
    begin = 0
    for boundary in boundaries(line):
        if boundary <= start:
            begin = boundary
        elif boundary >= end:
            stop = boundary
            break
    else:
        stop = len(line)
    text_begin, text_stop = begin, stop
    while text_begin < text_stop and line[text_begin].isspace():
        text_begin += 1
    while text_stop > text_begin and line[text_stop - 1].isspace():
        text_stop -= 1
    if text_stop - text_begin <= MAX_QUOTE:
        return line[text_begin:text_stop]
    # Too long: the clauses (between commas or semicolons) around the span.
    left = max(line.rfind(", ", text_begin, start), line.rfind("; ", text_begin, start))
    left = text_begin if left < 0 else left + 2
    right_candidates = [p for p in (line.find(", ", end, text_stop), line.find("; ", end, text_stop)) if p >= 0]
    right = min(right_candidates) if right_candidates else text_stop
    if right - left > MAX_QUOTE:
        left = max(left, start - 60)
        right = min(right, max(end, left + MAX_QUOTE))
        while left > 0 and not line[left - 1].isspace() and left > start - 80:
            left -= 1
        right = min(right, left + MAX_QUOTE)
    return line[left:right].strip()


def boundaries(line: str) -> list[int]:
    """Where sentences start in `line` (positions after ". ")."""
    found = []
    for match in re.finditer(r"[.!?](?:[”\"»)])?\s+(?=[A-ZĀ-ŽА-Я„“\"«(0-9])", line):
        before = line[:match.start()]
        word = re.search(r"(\S+)$", before)
        last = (word.group(1) if word else "").lstrip("([\"„“«")
        after = line[match.end():match.end() + 1]
        if after.isdigit() and (last[-1:].isdigit() or last.lower() in _ABBREVIATIONS):
            continue  # "2016. gada 16. septembrī", "Nr. 5"
        year_then_capital = re.fullmatch(r"(?:1[89]|20)\d\d", last) is not None and after.isupper()
        if (last[-1:].isdigit() and not year_then_capital) or (len(last) == 1 and last.isalpha()) \
                or last.lower() in _ABBREVIATIONS:
            continue
        found.append(match.end())
    return found


_ABBREVIATIONS = frozenset({"dr", "g", "gg", "m", "d", "plk", "plk.lt", "prof", "st", "mr", "mrs", "ms", "nr", "angl",
                            "t.sk", "u.c", "utt", "resp", "a", "e"})


def detect_language(text: str) -> str | None:
    """'lv', 'lt' or 'en' by letters and words only one of them uses; None when unsure."""
    sample = text[:200_000]
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


def read_page(path: Path | str, lang: str | None = None) -> Page:
    """Read a saved page as plain UTF-8 text; raise ImportFileError."""
    path = Path(path)
    name = shown(path)
    try:
        kind = kind_of(path)
        if kind == "missing":
            raise ImportFileError(f"{name}: no such file")
        if kind == "folder":
            raise ImportFileError(f"{name}: is a folder, not a saved page")
        if kind == "other":
            # A device or a pipe: /dev/zero would be read forever, a pipe waited on forever.
            raise ImportFileError(f"{name}: not a regular file (a device or a pipe), not a saved page")
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)  # a file that grows while we read is still bounded
        if len(data) > MAX_BYTES:
            raise ImportFileError(f"{name}: more than {MAX_BYTES:,} bytes is too large for a saved page")
    except OSError as error:
        raise ImportFileError(f"{name}: cannot read the file ({error.strerror or error})") from None
    if b"\x00" in data[:4096]:
        raise ImportFileError(f"{name}: not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(f"{name}: not UTF-8 text (byte {error.start})") from None
    if re.match(r"\s*(?:<!doctype html|<html)", text[:1000], re.I):
        # Quotes must be verbatim lines of the file: markup would make them unverifiable.
        raise ImportFileError(f"{name}: an HTML file; save the page as plain text and import that")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportFileError(f"{name}: the file holds no text")
    detected = lang is None
    if lang is None:
        lang = detect_language(text)
        if lang is None:
            raise ImportFileError(f"{name}: cannot tell the page's language; give it with --lang lv|lt|en")
    elif lang not in ("lv", "lt", "en"):
        raise ImportFileError(f"unknown language {lang!r} (use lv, lt or en)")
    return Page(file=path.name, lines=tuple(text.split("\n")), lang=lang, lang_detected=detected, _text=text)


def page_from_text(text: str, lang: str, file: str = "page.txt") -> Page:
    """A page from text in memory (for tests and callers that already hold the text)."""
    return Page(file=file, lines=tuple(text.split("\n")), lang=lang, _text=text)
