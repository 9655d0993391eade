"""Undo command for dismissing a proposed event (accepting one is CreateEvent)."""

from __future__ import annotations

from gui.commands.session_command import SessionCommand
from storage.changes import Changes


class DismissSuggestion(SessionCommand):
    """Hide a proposed event for this article; remembered in the project."""

    def __init__(self, session, article_id: int, start: int, end: int, text: str):
        super().__init__(session, f"Dismiss “{text}”")
        self.args = (article_id, start, end)
        self.expression_text = text

    def do(self) -> Changes:
        return self.project.dismissals.add(*self.args, self.expression_text)

    def reverse(self) -> Changes:
        return self.project.dismissals.remove(*self.args)
