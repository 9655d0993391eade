"""Writing a large timeline CSV or project JSON a step per event-loop turn, with Cancel.

Why: applying a 100,000-row file is seconds of SQLite work (issue 16: 3.3 s
on the GUI thread, the window frozen, no progress).  Storage writes it as
steps of ONE transaction (``apply_plan_in_steps``, ``apply_json_in_steps``);
this runs one step per event-loop turn behind a progress dialog, so the
window repaints and Cancel is heard between steps.  Because the transaction
stays open until the last step, Cancel (closing the generator) rolls it
back and the project is exactly as before: nothing half-imported, even if
the process is killed half-way.  Only when the last step has committed does
the import become one undo step (``ImportTimelineFile`` given the written
batch), whose redo announces the one change record; the views never see a
row the analyst could still cancel.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from gui.exchange.progress import reading_progress
from storage import bulk_write

log = logging.getLogger("timeline_annotator")


class SteppedApply(QObject):
    """One stepped write in progress; it ends with exactly one of its three signals."""

    written = Signal(object)  # the ImportBatch, committed
    cancelled = Signal()  # rolled back: the project is as before
    failed = Signal(object)  # the exception; rolled back too

    def __init__(self, session, steps, title: str, label: str, parent_widget):
        super().__init__(parent_widget)
        self.session, self.steps, self.label = session, steps, label
        self.progress: QProgressDialog = reading_progress(
            parent_widget, title, label, 100, "applyProgress", self.cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # the next turn, after input and paint
        self._timer.timeout.connect(self._step)
        self._inside = False  # a step is running (the progress may spin the event loop)
        self._autocheckpoint: int | None = None
        self._cancel_asked = False

    def start(self) -> None:
        self.progress.show()  # the file is known to be large: no waiting to see if it is
        # SQLite would checkpoint the big WAL inside the final commit, on this thread
        # (half a second at 100,000 rows): off while writing, then in the background.
        self._autocheckpoint = bulk_write.pause_autocheckpoint(self.session.project)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self.steps is not None

    def cancel(self) -> None:
        """Roll the whole write back (now, or as soon as the running step ends)."""
        if self.steps is None:
            return
        if self._inside:
            self._cancel_asked = True
            return
        self._timer.stop()
        steps, self.steps = self.steps, None
        try:
            steps.close()  # GeneratorExit inside Project.change(): ROLLBACK
        except Exception as exc:  # the rollback itself failed: say so, never hide it
            self._end()
            self.failed.emit(exc)
            return
        self._end()
        self.cancelled.emit()

    def _step(self) -> None:
        if self.steps is None:
            return
        if self.session.closed:  # the connection is gone, and the open transaction with it
            steps, self.steps = self.steps, None
            with contextlib.suppress(Exception):
                steps.close()
            self._end()
            self.cancelled.emit()
            return
        self._inside = True
        try:
            done, total = next(self.steps)
        except StopIteration as finished:
            self.steps = None
            self._end()
            self.written.emit(finished.value)
            return
        except Exception as exc:  # the step raised inside change(): rolled back
            self.steps = None
            self._end()
            self.failed.emit(exc)
            return
        finally:
            self._inside = False
        self.progress.setLabelText(f"{self.label} {done:,} of {total:,} rows…")
        self.progress.setValue(min(99, done * 100 // max(total, 1)))
        if self._cancel_asked:
            self.cancel()
        elif self.steps is not None:
            self._timer.start()

    def _end(self) -> None:
        setting, self._autocheckpoint = self._autocheckpoint, None
        if setting is not None and not self.session.closed:
            with contextlib.suppress(Exception):  # a setting; the import's outcome stands
                bulk_write.resume_autocheckpoint(self.session.project, setting)
                bulk_write.checkpoint_in_background(self.session.path)
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()
