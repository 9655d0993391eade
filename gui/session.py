"""The open project as the GUI sees it: storage, one undo stack, one change signal.

Like Anki's collection operations: every change is made by a command on the
undo stack, the command calls storage (which commits at once and returns a
``storage.changes.Changes``), and this object announces that record with its
one ``changed`` signal.  Every view updates from the record alone, touching
only the rows it names.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from storage import Project
from storage.changes import Changes


class ProjectSession(QObject):
    # What one write (one command, one slice of an import) changed.
    changed = Signal(object)
    # An undo or redo that storage refused (disk full, file gone): a message.
    failed = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.last_error: Exception | None = None
        self.pushing = False
        self.announcing = 0
        self.closed = False  # the project is closed (its window went)
        self._shared: dict = {}

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed.  While the record goes round,
        ``announcing`` is set: a view that would redraw something expensive
        (the article on screen, as a thousand rows leave the article list)
        notes it and redraws once, when its own turn comes."""
        if not changes:
            return
        self.announcing += 1
        try:
            self.changed.emit(changes)
        finally:
            self.announcing -= 1
            if not self.announcing:
                self._shared.clear()

    def shared_read(self, key, read):
        """``read()``, made once for every view that needs it for the same record.

        The reading pane and the suggestions both want the article's passages
        with their events after a change; while a record goes round, the first
        asks and the second gets the same answer.  Outside an announcement it
        simply reads."""
        if not self.announcing:
            return read()
        if key not in self._shared:
            self._shared[key] = read()
        return self._shared[key]

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
        self.closed = True
        self.undo_stack.clear()
        self.project.close()
