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


def reason(error: BaseException) -> str:
    """What went wrong, for a one-line message: Python's own wording where it speaks to the user,
    plain words where it speaks to a programmer (a function to call, a recursion limit)."""
    import sys

    if isinstance(error, RecursionError):
        return "a value nested too deeply to read"
    text = str(error)
    if isinstance(error, ValueError) and "integer string conversion" in text:
        # "Exceeds the limit (4300 digits) for integer string conversion...; use sys.set_int_max_str_digits()"
        return f"a number longer than {sys.get_int_max_str_digits()} digits, the most a store may hold"
    return text
