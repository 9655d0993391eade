"""The open project as the GUI sees it: storage, one undo stack, and signals.

Like Anki's collection operations: every change is made by a command on the
undo stack, the command calls storage (which commits at once), and this object
tells the views precisely what changed so they update only those rows.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from storage import Project


class ProjectSession(QObject):
    articleAdded = Signal(int)
    articleRemoved = Signal(int)
    articleUpdated = Signal(int)
    eventAdded = Signal(int)
    eventRemoved = Signal(int)
    eventUpdated = Signal(int)
    # (article_id, event_id): a passage linking the two appeared or went away.
    passagesChanged = Signal(int, int)
    # The analyst dismissed or restored a suggestion in this article.
    suggestionsChanged = Signal(int)
    # A bulk change (an import of many rows): views reload.
    reset = Signal()
    # The end of a batch (see ``batch``): views refresh what they put off.
    batchFinished = Signal()
    # An undo or redo that storage refused (disk full, file gone): a message.
    failed = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.last_error: Exception | None = None
        self.pushing = False
        self.batching = 0

    @contextmanager
    def batch(self):
        """Many rows change in one step, such as undoing a thousand-article import.

        Row signals still go out one by one (the models stay exact), but views
        that redraw the current article wait for ``batchFinished`` instead of
        redrawing it once per removed row: 6.5 s down to a fraction of a second.
        """
        self.batching += 1
        try:
            yield
        finally:
            self.batching -= 1
            if not self.batching:
                self.batchFinished.emit()

    @property
    def path(self):
        return self.project.path

    def push(self, command) -> None:
        """Run a command (its redo) and record it for undo.

        A command whose work failed marks itself obsolete, so the stack drops
        it; its error is raised here for the caller's error dialog.
        """
        self.last_error = None
        self.pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self.pushing = False
        error, self.last_error = self.last_error, None
        if error is not None:
            raise error

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()
