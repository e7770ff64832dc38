"""Messages the panes post to their screen. A light module: the main screen imports it before
the first frame, while the panes themselves (tables, inputs, the model) load just after it."""

from __future__ import annotations

import threading

from textual.message import Message

TAB_KEYS = ("countries", "people", "envoys", "visits", "treaties")
"""The main screen's tabs, in order; each tab's title is the i18n label `tab.<key>`."""


class OpenRecord(Message):
    """Open the details of a record."""

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.record_id = record_id


class AsOfSet(Message):
    """The Envoys tab's "as of" date changed (the timeline follows it)."""

    def __init__(self, when: object) -> None:
        super().__init__()
        self.when = when


class StoreLoaded(Message):
    """The loader thread read more of the store: `store` holds every table read so far (all of
    them when `complete`)."""

    def __init__(self, store: object, complete: bool, shown: threading.Event | None = None, *,
                 fresh: bool = False) -> None:
        super().__init__()
        self.store = store
        self.complete = complete
        self.fresh = fresh  # not the store before grown by more tables: the filled tabs fill again
        self.shown = shown or threading.Event()  # set once a frame shows it (the loader waits for it)
        self.taken = False  # the app took the store before the message came (the first part, at start)


class IndexLoaded(Message):
    """The search index is here (read back or built on the first search, in a thread)."""

    def __init__(self, index: object) -> None:
        super().__init__()
        self.index = index
