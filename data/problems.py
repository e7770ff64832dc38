"""A problem of a store: what `envoys check`, loading and the importer report, one per record."""

from __future__ import annotations

from dataclasses import dataclass

from data.model import Severity


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a store: an error, or a note on a source's own typo or contradiction."""

    record: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.severity}: {self.record}: {self.message}"
