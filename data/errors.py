"""Errors the user can cause. Each one becomes a single clear line at the edge (CLI or app)."""

from __future__ import annotations


class EnvoysError(Exception):
    """Base of every error the tool reports to the user as one line (exit code 2)."""


class DateError(EnvoysError, ValueError):
    """A date that is not YYYY, YYYY-MM, YYYY-MM-DD (or a START/END range of those)."""


class StoreError(EnvoysError):
    """The store file is missing, unreadable, corrupt or of the wrong shape."""


class UnknownCountryError(EnvoysError, LookupError):
    """A country name or code that matches no country in the store."""


class UnknownRecordError(EnvoysError, LookupError):
    """A record id that is not in the store."""


class QueryError(EnvoysError, ValueError):
    """A search query or option the tool cannot work with."""
