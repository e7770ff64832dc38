"""The source documents as files: finding them and checking quotes against them.

Two folders hold them: the five seeds (`../shared/seeds/`, beside the project) and the copies of
the public pages the store cites (`.pages/` in the repository, git-ignored, or the folder named
by `BALTIC_ENVOYS_PAGES`). Neither is shipped: only the tests, the builder and
`envoys check --sources` read them, and each works without them, saying what it could not check.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from data import model as m
from data.paths import shown
from data.store import Problem

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"
PAGES_ENV = "BALTIC_ENVOYS_PAGES"


def default_pages() -> Path:
    """The folder of page copies: `$BALTIC_ENVOYS_PAGES`, else `<repo>/.pages`."""
    return Path(os.environ.get(PAGES_ENV) or REPO / ".pages")


def read_seeds(folder: Path, sources: Iterable[m.Source]) -> dict[str, str]:
    """{source id: full text} for every source whose file is in `folder` and reads as UTF-8."""
    return read_sources([folder], sources)[0]


def read_sources(folders: Sequence[Path], sources: Iterable[m.Source]) -> tuple[dict[str, str], dict[str, str]]:
    """({source id: full text}, {source id: why it cannot be read}) over `folders`.

    Each source's file is taken from the first folder that has it. A source whose file is in
    none of them is in neither result: the caller reports it as unchecked. One that is there
    but unreadable or not UTF-8 (a damaged copy) is in the second.
    """
    texts: dict[str, str] = {}
    unreadable: dict[str, str] = {}
    for source in sources:
        for folder in folders:
            path = Path(folder) / source.file
            try:
                if not path.is_file():
                    continue
                texts[source.id] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                unreadable[source.id] = f"{source.file} in {shown(folder)} is not UTF-8"
            except OSError as error:
                unreadable[source.id] = f"{source.file} in {shown(folder)} cannot be read ({error.strerror or error})"
            break
    return texts, unreadable


def quote_problems(records: Iterable[m.Record], texts: dict[str, str]) -> list[Problem]:
    """A problem for every quote that is not a verbatim part of one line of its source."""
    lines_of = {sid: text.splitlines() for sid, text in texts.items()}
    problems = []
    for record in records:
        for citation in record.all_citations:
            lines = lines_of.get(citation.source)
            if lines is None:
                continue  # that source's text is not at hand: nothing to check against
            if "\n" in citation.quote or not any(citation.quote in line for line in lines):
                shown = citation.quote if len(citation.quote) <= 60 else citation.quote[:57] + "..."
                problems.append(Problem(record.id, f"quote not found verbatim in {citation.source}: {shown!r}"))
    return problems


def alias_problems(records: Iterable[m.Record], texts: dict[str, str]) -> list[Problem]:
    """A problem for every alias written in none of `texts`.

    An alias is a form as a source writes it (declined, capitalised, transliterated); a form no
    source writes is the established form of a language, and belongs in the record's names with
    basis 'established'. Only meaningful when every source's text is at hand.
    """
    corpus = "\n".join(texts.values())
    return [
        Problem(record.id, f"alias {alias!r} is written in no source (an established form belongs in "
                           f"the names, with basis 'established')")
        for record in records
        if isinstance(record, m.Named)
        for alias in record.aliases
        if alias not in corpus
    ]
