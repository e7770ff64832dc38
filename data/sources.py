"""The five source documents as files: finding them and checking quotes against them.

Only the tests, the builder and `envoys check --sources` read them; the installed tool does not
need them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from data import model as m
from data.store import Problem

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"


def read_seeds(folder: Path, sources: Iterable[m.Source]) -> dict[str, str]:
    """{source id: full text} for every source whose file is in `folder` and reads as UTF-8.

    A file that is missing, unreadable or not UTF-8 is left out: the caller reports which.
    """
    texts = {}
    for source in sources:
        try:
            texts[source.id] = (Path(folder) / source.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
    return texts


def quote_problems(records: Iterable[m.Record], texts: dict[str, str]) -> list[Problem]:
    """A problem for every quote that is not a verbatim part of one line of its source."""
    lines_of = {sid: text.splitlines() for sid, text in texts.items()}
    problems = []
    for record in records:
        for citation in record.citations:
            lines = lines_of.get(citation.source)
            if lines is None:
                continue  # that source's text is not at hand: nothing to check against
            if "\n" in citation.quote or not any(citation.quote in line for line in lines):
                shown = citation.quote if len(citation.quote) <= 60 else citation.quote[:57] + "..."
                problems.append(Problem(record.id, f"quote not found verbatim in {citation.source}: {shown!r}"))
    return problems
