"""A saved page as the importer sees it: its lines, its language, its title, and quotes from it.

    page = read_page(Path("latvia-georgia.txt"))          # language detected
    page = read_page(Path("saved.html"), lang="lt")       # a page saved from a browser; language given
    page = read_page(Path("copy.txt"), url="https://...") # the address a plain-text copy cannot say
    page.quote(12, start, end)                            # the sentence around a fact, verbatim

The stages here: the file's bytes -> text (UTF-8 only; another encoding is named and refused)
-> the main text (an HTML page goes through `trafilatura`, which drops menus and footers and
finds the page's address and publication date) -> look-alike letters folded to their word's script
("Мaріус" with a Latin a, `lookalikes`) -> the language (`detect_language`).

Every fact the importer keeps is cited with a quote that is a verbatim part of one line of the
page's text (the rule of `data/authoring/README.md`): of the file itself for a plain-text page,
of its main text for an HTML page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from data.dates import PartialDate
from data.importer.dates import find_dates
from data.importer.errors import ImportFileError
from data.importer.language import LANGUAGE_NAMES, READ, detect_language
from data.importer.lookalikes import fold_lookalikes
from data.paths import kind_of, shown

MAX_BYTES = 5_000_000
"""A saved page is a few hundred kilobytes at most; anything larger is not one."""
MAX_QUOTE = 300
"""The longest quote kept (the authoring rule: one sentence, at most ~300 characters)."""

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
    address: str | None = None          # given (--url) or read from the HTML
    published_on: PartialDate | None = None  # from the HTML's metadata
    html: bool = False
    written: tuple[str, ...] = ()       # the lines as the file writes them, where look-alikes were folded

    def as_written(self, number: int, text: str) -> str:
        """`text`, a part of line `number` as the readers see it, as the page itself writes it.

        The readers see look-alike letters folded to their word's script (`lookalikes`), which keeps
        every position, so the same span of the page's own line is the verbatim quote: the one a
        reader finds in the page and `envoys check` finds in a kept copy of it.
        """
        if not self.written:
            return text
        line = self.lines[number - 1]
        position = line.find(text)
        if position < 0:
            return text
        return self.written[number - 1][position:position + len(text)]

    @property
    def text(self) -> str:
        return self._text or "\n".join(self.lines)

    @property
    def title(self) -> str:
        """The first line with words on it (shortened to 120 characters), as the page writes it."""
        for number, line in enumerate(self.lines):
            shown = " ".join((self.written[number] if self.written else line).split())
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
        return self.as_written(number, sentence_around(line, start, end))

    def url(self) -> str | None:
        """The page's own address: given, from the HTML, or the last line that is nothing but a web address."""
        if self.address:
            return self.address
        found = None
        for line in self.lines:
            match = re.fullmatch(r"\s*<?(https?://[^\s<>]+)>?\s*", line)
            if match:
                found = match.group(1)
        return found

    def dateline(self) -> tuple[PartialDate, str] | None:
        """The page's own day and where it comes from (publication date, dateline, or address)."""
        from data.importer.dateline import dateline

        return self.publication_day() or dateline(None, self.url(), [line for _n, line in self.numbered()[:5]],
                                                  embedded=_embedded_day(self))

    def publication_day(self) -> tuple[PartialDate, str] | None:
        """The day the page was published (metadata, a "Published:" stamp, a dateline, or the day a news
        address files it under, '/news/2024/09/11/7193971/'), and the note's words for where it comes from."""
        from data.importer.dateline import publication_day

        return publication_day(self._published_day(), [line for _n, line in self.numbered()[:5]], self.url())

    def _published_day(self) -> PartialDate | None:
        if self.published_on is not None:
            return self.published_on
        stamped, _updated = self.dates_stamped()
        return stamped[0] if stamped else None

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
        """(published, updated), each a date and the line saying it, from "Publicēts:", "Sukurta"...

        An HTML page's metadata date counts as its publication date, said on its title line. The stamp
        is read in any page's language and its date in the page's language, then English, Latvian and
        Lithuanian: a wire service writes "... published this content on June 09, 2025" in English under
        a Lithuanian press release. A Cyrillic stamp counts only where it opens its line ("Опубліковано
        12.05.2021"): the word inside a sentence is some statement's publication, not the page's.
        """
        published = (self.published_on, self.title_line) if self.published_on is not None else None
        updated = None
        languages = tuple(dict.fromkeys((self.lang, "en", "lv", "lt")))
        for number, line in self.numbered()[:40]:
            low = line.lower()
            for word, which in _STAMP_WORDS:
                position = low.find(word)
                if position < 0 or (word in _OPENING_ONLY and low[:position].strip(" \t*•|")) \
                        or low.count("(", 0, position) > low.count(")", 0, position):
                    continue  # "(parakstīts ..., publicēts oficiālajā izdevumā ...)": a document's, not the page's
                rest = line[position + len(word):]
                dates = next((found for lang in languages if (found := find_dates(rest, lang))), None)
                if not dates or dates[0].start > _STAMP_REACH:
                    continue  # "published in the official gazette No. 33 on ...": the stamp's day follows its word
                if which == "p" and published is None:
                    published = (dates[0].date, number)
                elif which == "u" and updated is None:
                    updated = (dates[0].date, number)
        return published, updated


_STAMP_WORDS = (("publicēts", "p"), ("publicets", "p"), ("published", "p"), ("sukurta", "p"),
                ("posted", "p"), ("опубліковано", "p"), ("опубликовано", "p"), ("дата публікації", "p"),
                ("дата публикации", "p"), ("апублікавана", "p"),
                ("atjaunots", "u"), ("atnaujinta", "u"), ("updated", "u"), ("оновлено", "u"), ("обновлено", "u"),
                ("абноўлена", "u"))
# how far after its word a stamp's day may start: "Publicēts: 12.05.2021", "published this content on June 09"
_STAMP_REACH = 24
# these count only where they open their line: "Posted on 09.11.2010", not "he was posted to Minsk in 1992"
_OPENING_ONLY = frozenset({"posted"} | {word for word, _which in _STAMP_WORDS if word[0] >= "\u0400"})

_EMBEDDED_DAYS: dict[int, tuple[Page, PartialDate | None]] = {}


def _embedded_day(page: Page) -> PartialDate | None:
    """The newest embedded post's day of `page`, read once per page (a 5 MB page asks many times)."""
    from data.importer.dateline import embedded_post_day

    cached = _EMBEDDED_DAYS.get(id(page))
    if cached is None or cached[0] is not page:
        if len(_EMBEDDED_DAYS) > 64:
            _EMBEDDED_DAYS.clear()
        cached = _EMBEDDED_DAYS[id(page)] = (page, embedded_post_day(page.text) if "(@" in page.text else None)
    return cached[1]


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
        if after.isdigit() and (last[-1:].isdigit() or last.lower() in _ABBREVIATIONS
                                or last.lower() in _MONTH_ABBREVIATIONS):
            continue  # "2016. gada 16. septembrī", "Nr. 5", "on Nov. 14"
        year_then_capital = re.fullmatch(r"(?:1[89]|20)\d\d", last) is not None and after.isupper()
        if (last[-1:].isdigit() and not year_then_capital) or (len(last) == 1 and last.isalpha()) \
                or last.lower() in _ABBREVIATIONS:
            continue
        found.append(match.end())
    return found


_MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                  "janv", "febr", "okt", "spal", "saus", "vas", "rugs", "lapkr", "gruod"})
_ABBREVIATIONS = frozenset({"dr", "g", "gg", "m", "d", "plk", "plk.lt", "prof", "st", "mr", "mrs", "ms", "nr", "angl",
                            "t.sk", "u.c", "utt", "resp", "a", "e"})



_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(?P<url>\S+?)\s*-->", re.I)
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<meta|<body)", re.I | re.S)


def decode(data: bytes, name: str) -> str:
    """The file's text, from UTF-8 (with or without a byte-order mark); another encoding is named and refused."""
    if b"\x00" in data[:4096]:
        if _is_utf16(data):
            raise ImportFileError(f"{name}: not UTF-8 but UTF-16 text; save the page as UTF-8 and import that")
        raise ImportFileError(f"{name}: not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        guess = _encoding_name(data)
        said = f"not UTF-8 but {guess} text" if guess else f"not UTF-8 text (byte {error.start})"
        raise ImportFileError(f"{name}: {said}; save the page as UTF-8 and import that") from None


def _is_utf16(data: bytes) -> bool:
    """Text in UTF-16 (with a byte-order mark, or without one), not binary that holds zero bytes."""
    head = data[:4096]
    head = head[:len(head) // 2 * 2]
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
        if text and "\x00" not in text and printable > 0.95 * len(text):
            return True
    return False


def _encoding_name(data: bytes) -> str | None:
    """The legacy encoding a file most likely uses ('Windows-1257'), by `charset_normalizer`."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return None
    return _ENCODING_NAMES.get(best.encoding, best.encoding)


_ENCODING_NAMES = {"cp1257": "Windows-1257", "cp1251": "Windows-1251", "cp1250": "Windows-1250",
                   "cp1252": "Windows-1252", "iso8859_13": "ISO-8859-13", "iso8859_4": "ISO-8859-4",
                   "iso8859_5": "ISO-8859-5", "koi8_r": "KOI8-R", "koi8_u": "KOI8-U", "latin_1": "ISO-8859-1",
                   "utf_16": "UTF-16", "utf_16_le": "UTF-16", "utf_16_be": "UTF-16"}


@dataclass(frozen=True)
class MainText:
    """What an HTML page holds for the importer: its main text, address and publication date."""

    text: str
    url: str | None
    published: PartialDate | None


def is_html(text: str) -> bool:
    return _HTML_START.match(text[:4000]) is not None


def main_text(html: str) -> MainText:
    """The main text of a page saved from a browser, without menus and footers (`trafilatura`).

    The address: the "saved from url" comment browsers add, else the page's own canonical
    address. The publication date: the page's metadata only (no guessing from the text).
    """
    import trafilatura

    saved_from = _SAVED_FROM.search(html[:4000])
    document = trafilatura.bare_extraction(
        html, url=saved_from.group("url") if saved_from else None, with_metadata=True, include_comments=False,
        include_tables=True, favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if document is None:
        return MainText("", saved_from.group("url") if saved_from else None, None)
    text = document.text or ""
    url = saved_from.group("url") if saved_from else (document.url or None)
    published = None
    if document.date:
        try:
            published = PartialDate.parse(document.date)
        except ValueError:
            published = None
    title = (document.title or "").strip()
    if title and not text.startswith(title):
        text = title + "\n" + text
    return MainText(text, url, published)


def read_page(path: Path | str, lang: str | None = None, *, url: str | None = None) -> Page:
    """Read a saved page (UTF-8 text, or HTML saved from a browser); raise ImportFileError."""
    path = Path(path)
    name = shown(path)
    if lang is not None and lang not in READ:
        raise ImportFileError(f"unknown language {lang!r} (use {', '.join(READ)})")
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
    text = decode(data, name)
    published = None
    html = is_html(text)
    if html:
        found = main_text(text)
        text, url, published = found.text, url or found.url, found.published
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportFileError(f"{name}: the {'page holds no main text' if html else 'file holds no text'}")
    written, text = text, fold_lookalikes(text, lang)
    detected = lang is None
    if lang is None:
        lang = detect_language(text)
        if lang is None:
            raise ImportFileError(f"{name}: cannot tell the page's language; give it with --lang "
                                  + "|".join(READ))
        if lang not in READ:
            raise ImportFileError(f"{name}: the page is in {LANGUAGE_NAMES.get(lang, lang)} ({lang}); the importer "
                                  f"reads {', '.join(READ)}")
    return Page(file=path.name, lines=tuple(text.split("\n")), lang=lang, lang_detected=detected, _text=text,
                address=url, published_on=published, html=html,
                written=tuple(written.split("\n")) if written != text else ())


def page_from_text(text: str, lang: str, file: str = "page.txt", *, url: str | None = None) -> Page:
    """A page from text in memory (for tests and callers that already hold the text), look-alikes folded."""
    folded = fold_lookalikes(text, lang)
    return Page(file=file, lines=tuple(folded.split("\n")), lang=lang, _text=folded, address=url,
                written=tuple(text.split("\n")) if folded != text else ())
