"""Building the project's matching index off the GUI thread (issue 12).

Why a thread: profiling every event (title words, name skeletons, kind) takes
about 3 s at 100,000 events; done on the GUI thread when the first article with
new suggestions is shown, it froze the window. The events are read on the GUI
thread (one query, a fifth of a second: the project's connection belongs to that
thread) and handed over; the worker only builds the ``EventIndex`` from those
rows and never touches a widget nor the connection. Its result arrives queued on
the GUI thread, where ``SuggestionsModel`` takes it and shows the "same as" rows.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QThread, Signal

from gui.exchange import import_worker
from storage.event_matching import EventRows, index_of

log = logging.getLogger("timeline_annotator")


class IndexThread(QThread):
    """Builds ``index_of(rows)``; ``done`` carries the index (None if it failed or
    was cancelled)."""

    done = Signal(object)

    def __init__(self, rows: EventRows):
        super().__init__()
        self.rows = rows
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        """The result is no longer wanted (the application is closing)."""
        self.cancel_event.set()

    def run(self) -> None:
        try:
            index = index_of(self.rows)
        except Exception:  # a bug here must not take the window down: no matches shown
            log.exception("building the matching index failed")
            index = None
        self.rows = ([], {})
        self.done.emit(None if self.cancel_event.is_set() else index)


def start(rows: EventRows, on_done) -> IndexThread:
    """Start building; ``on_done`` must be a method of a GUI-thread QObject so that
    Qt queues the call onto the GUI thread. The thread is kept (and waited for at
    exit) by ``import_worker``'s registry, so closing a window never destroys it
    while it runs."""
    thread = IndexThread(rows)
    thread.done.connect(on_done)
    import_worker.track(thread)
    thread.start(QThread.LowPriority)
    return thread
