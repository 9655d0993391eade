"""Reading a timeline CSV for its preview off the GUI thread, with progress and Cancel.

Why a thread: a 100,000-row CSV takes seconds to decode, parse and check
(issue 16), and on the GUI thread the window would freeze with no way to
stop it. The worker runs storage's ``plan_file`` without the project (the
SQLite connection belongs to the GUI thread), reporting progress every few
thousand rows and stopping when cancelled; the GUI thread then marks the
rows already in the project (a few bulk queries) and shows the preview.
Threads are kept and cancelled at exit through ``gui.exchange.import_worker``.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from gui.exchange import import_worker
from storage.exchange.csv_import import CsvImportError, plan_file
from storage.exchange.problems import ExchangeError, ImportCancelled

log = logging.getLogger("timeline_annotator")


class _CsvReadThread(QThread):
    progressed = Signal(int, int)  # lines read, lines in the file
    done = Signal(object)  # ImportPlan, ExchangeError or ImportCancelled

    def __init__(self, path: str, group_kind: str):
        super().__init__()
        self.path, self.group_kind = path, group_kind
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = plan_file(self.path, None, group_kind=self.group_kind,
                               progress=self.progressed.emit, cancel=self.cancel_event)
        except (ExchangeError, ImportCancelled) as exc:
            result = exc
        except Exception as exc:  # a reader bug: a message, not a dead thread
            log.exception("Reading %s failed", self.path)
            result = CsvImportError(f"{self.path} could not be read "
                                    f"({type(exc).__name__}: {exc}).")
        self.done.emit(result)


class CsvRead(QObject):
    """One background read; its signals arrive on the GUI thread (this object lives there)."""

    progressed = Signal(int, int)
    finished = Signal(object)  # ImportPlan, ExchangeError or ImportCancelled

    def __init__(self, path: str, group_kind: str = "other", parent: QObject | None = None):
        super().__init__(parent)
        self.thread = _CsvReadThread(path, group_kind)
        self.thread.progressed.connect(self._progressed)
        self.thread.done.connect(self._done)
        import_worker.track(self.thread)

    def start(self) -> None:
        self.thread.start(QThread.LowPriority)

    def cancel(self) -> None:
        self.thread.cancel()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _done(self, result) -> None:
        self.finished.emit(result)
