"""The base of every undo command: do the work through storage, announce its record.

``do()`` and ``reverse()`` return the ``storage.changes.Changes`` that storage
gave back; the base hands it to the session, which announces it to every
view with its one ``changed`` signal.  A command never picks signals itself,
so no view can miss a change or hear of one twice.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from storage.changes import Changes


class SessionCommand(QUndoCommand):
    """A command that failed in redo() marks itself obsolete so the stack drops it."""

    def __init__(self, session, text: str):
        super().__init__(text)
        self.session = session
        self.project = session.project
        self.error: Exception | None = None

    def redo(self) -> None:
        try:
            changes = self.do()
        except Exception as exc:
            self.error = exc
            if self.session.pushing:
                self.session.last_error = exc
                self.setObsolete(True)
            else:  # a redo from the stack: tell the analyst
                self.session.failed.emit(str(exc))
            return
        self.session.announce(changes)

    def undo(self) -> None:
        try:
            changes = self.reverse()
        except Exception as exc:
            self.session.failed.emit(str(exc))
            return
        self.session.announce(changes)

    def do(self) -> Changes:
        raise NotImplementedError

    def reverse(self) -> Changes:
        raise NotImplementedError
