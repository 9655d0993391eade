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


class LinkSuggestion(SessionCommand):
    """Accept a suggestion into the event it is the same happening as: its sentence
    becomes a further source of that event, with the expression that dated it, and
    the actors and places it names join the event's tags."""

    def __init__(self, session, article_id: int, event_id: int, start: int, end: int,
                 expression: tuple[int, int, str] | None, text: str, source_date: str = "",
                 tags=()):
        super().__init__(session, text)
        self.args = (article_id, event_id, start, end)
        self.expression, self.source_date, self.tags = expression, source_date, tuple(tags)
        self.passage = None
        self.added: tuple = ()  # the tags this source brought, which undo takes off

    @property
    def event_id(self) -> int:
        return self.args[1]

    def do(self) -> Changes:
        if self.passage is not None:
            return self.project.annotations.restore_source(self.passage, self.added)
        done = self.project.annotations.add_source(
            *self.args, tags=self.tags, expression=self.expression,
            source_date=self.source_date)
        self.passage = self.project.annotations.get(done.passage_id)
        self.added = done.tags
        return done.changes

    def reverse(self) -> Changes:
        return self.project.annotations.remove_source(self.passage.id, self.added).changes
