"""Reading and decoding article files off the GUI thread.

Why a thread: reading is bounded (20 MB per file) but not instant.  A 15 MB
page in cp1251 spends seconds in charset detection and HTML extraction, and a
folder of two hundred articles on a network drive takes as long; doing that
on the GUI thread freezes the window with no way to stop it.

The worker only turns paths into ``ArticleDraft`` objects and messages.  It
never touches widgets nor the project's SQLite connection (it belongs to the
GUI thread); ``gui.exchange.article_import`` writes the drafts once the worker
is done.  It also computes each text's content hash here, so the GUI thread's
duplicate check is an indexed lookup, not a hash of megabytes.
Cancelling takes effect between files: a file already being decoded is
finished and its result thrown away.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from storage.articles import content_hash
from storage.intake.article_draft import ArticleDraft
from storage.intake.article_files import ArticleReadError, read_article_file

log = logging.getLogger("timeline_annotator")


@dataclass
class ReadResult:
    drafts: list[ArticleDraft] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)  # content_hash of each draft's text
    messages: list[str] = field(default_factory=list)
    cancelled: bool = False


def read_files(paths: list[str], cancel: threading.Event | None = None,
               progress: Callable[[int, str], None] | None = None) -> ReadResult:
    """Read every path into a draft; a file that fails becomes a message, never an
    exception, so one bad file does not cost the good ones."""
    result = ReadResult()
    for done, path in enumerate(paths):
        if cancel is not None and cancel.is_set():
            result.cancelled = True
            return result
        name = Path(path).name or str(path)
        if progress is not None:
            progress(done, name)
        try:
            draft = read_article_file(path)
            digest = content_hash(draft.text)
        except ArticleReadError as exc:
            result.messages.append(str(exc))
        except Exception as exc:  # a reader bug must not kill the import of the rest
            log.exception("Reading %s failed", path)
            result.messages.append(f"{name} could not be read ({type(exc).__name__}: {exc}).")
        else:
            result.drafts.append(draft)
            result.hashes.append(digest)
            if draft.encoding_note:  # a judgement, not a certainty: say which encoding
                result.messages.append(draft.encoding_note)
    if progress is not None:
        progress(len(paths), "")
    return result


class ReadThread(QThread):
    """Runs ``read_files`` in its own thread; signals arrive queued on the GUI thread."""

    progressed = Signal(int, str)  # files done, file being read
    done = Signal(object)  # ReadResult

    def __init__(self, paths: list[str]):
        super().__init__()
        self.paths = list(paths)
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        result = read_files(self.paths, self.cancel_event,
                            lambda count, name: self.progressed.emit(count, name))
        if self.cancel_event.is_set():
            result.cancelled = True
        self.done.emit(result)


# Every reader until it has finished: destroying a QThread that is still
# running aborts the whole application, so no reader is dropped while it runs,
# even if the window that started it has closed.
_running: set[ReadThread] = set()


class _Reaper(QObject):
    """Lives on the GUI thread; forgets readers once their thread has ended.

    Joining with ``QThread.wait()`` from the GUI thread is not an option: it
    holds the GIL while it blocks, and the reader needs the GIL to return.
    """

    @Slot()
    def reap(self) -> None:
        for thread in [t for t in _running if t.isFinished()]:
            _running.discard(thread)


_reaper: _Reaper | None = None


def start(paths: list[str], on_progress, on_done) -> ReadThread:
    """Start reading; ``on_progress``/``on_done`` must be methods of GUI-thread
    QObjects so that Qt queues the calls onto the GUI thread."""
    thread = ReadThread(paths)
    thread.progressed.connect(on_progress)
    thread.done.connect(on_done)
    track(thread)
    thread.start(QThread.LowPriority)
    return thread


def track(thread: QThread) -> None:
    """Keep a reader (any QThread with ``cancel()``) until it has finished, and
    let ``wait_for_all`` cancel it: used by the CSV import's reader too."""
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    _running.add(thread)
    thread.finished.connect(_reaper.reap)


def wait_for_all(timeout: float = 10.0) -> bool:
    """Cancel every reader and wait for them to end (application exit, tests).

    Sleeps in Python rather than in ``QThread.wait()``, so the GIL is free."""
    deadline = time.monotonic() + timeout
    for thread in list(_running):
        thread.cancel()
    while any(not t.isFinished() for t in _running) and time.monotonic() < deadline:
        time.sleep(0.01)
    if _reaper is not None:
        _reaper.reap()
    return not _running
