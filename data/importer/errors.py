"""The importer's errors: each one a single line at the edge, exit code 2 (see `data.errors`)."""

from __future__ import annotations

from data.errors import EnvoysError


class ImportFileError(EnvoysError):
    """The page to import cannot be read as text, is empty, or its language cannot be told."""


class ImportTargetError(EnvoysError):
    """The store to write is the shipped one, or cannot be read or written."""


class ImportConflictError(EnvoysError):
    """An imported fact disagrees with the store and no side was chosen (`--prefer`)."""

    def __init__(self, message: str, record: str) -> None:
        super().__init__(message)
        self.record = record


class ImportInvalidError(EnvoysError):
    """The store the import would write fails the store's own checks: nothing is written."""
