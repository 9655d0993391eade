"""One small QUndoCommand per analyst action.

``redo()`` does the work through storage (committed at once) and announces it
on the session; ``undo()`` reverses it exactly, reusing row ids and UUIDs so
that commands further down the stack still point at the right rows.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from storage.records import Tag
from temporal.dates import EventDate

EDIT_EVENT_ID = 1001


class SessionCommand(QUndoCommand):
    """Base: a command that failed in redo() marks itself obsolete so the stack drops it."""

    def __init__(self, session, text: str):
        super().__init__(text)
        self.session = session
        self.project = session.project
        self.error: Exception | None = None

    def redo(self) -> None:
        try:
            self.do()
        except Exception as exc:
            self.error = exc
            if self.session.pushing:
                self.session.last_error = exc
                self.setObsolete(True)
            else:  # a redo from the stack: tell the analyst
                self.session.failed.emit(str(exc))

    def undo(self) -> None:
        try:
            self.reverse()
        except Exception as exc:
            self.session.failed.emit(str(exc))

    def do(self) -> None:
        raise NotImplementedError

    def reverse(self) -> None:
        raise NotImplementedError


class CreateEvent(SessionCommand):
    """A new event, optionally with its first source passage."""

    def __init__(self, session, title: str, date: EventDate | None = None,
                 passage: tuple[int, int, int] | None = None, tags: tuple[Tag, ...] = (),
                 text: str = "New event", expression: tuple[int, int, str] | None = None):
        super().__init__(session, text)
        self.title, self.date, self.passage, self.tags = title, date, passage, tags
        self.expression = expression
        self.event_id: int | None = None
        self.snapshot = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.project.events.restore(self.snapshot)
        else:
            with self.project.change():
                self.event_id = self.project.events.add(self.title, self.date, tags=self.tags)
                if self.passage:
                    article_id, start, end = self.passage
                    self.project.annotations.add(article_id, self.event_id, start, end,
                                                 expression=self.expression)
        self.session.eventAdded.emit(self.event_id)
        if self.passage:
            self.session.passagesChanged.emit(self.passage[0], self.event_id)

    def reverse(self) -> None:
        self.snapshot = self.project.events.delete(self.event_id)
        self.session.eventRemoved.emit(self.event_id)
        for passage in self.snapshot.passages:
            self.session.passagesChanged.emit(passage.article_id, self.event_id)


class DeleteEvent(SessionCommand):
    def __init__(self, session, event_id: int):
        super().__init__(session, "Delete event")
        self.event_id = event_id
        self.snapshot = None

    def do(self) -> None:
        self.snapshot = self.project.events.delete(self.event_id)
        self.setText(f"Delete “{self.snapshot.event.title}”")
        self.session.eventRemoved.emit(self.event_id)
        for passage in self.snapshot.passages:
            self.session.passagesChanged.emit(passage.article_id, self.event_id)

    def reverse(self) -> None:
        self.project.events.restore(self.snapshot)
        self.session.eventAdded.emit(self.event_id)
        for passage in self.snapshot.passages:
            self.session.passagesChanged.emit(passage.article_id, self.event_id)


class EditEvent(SessionCommand):
    """Change one field of an event.  Successive typing in the same field of the
    same event merges into one undo step."""

    LABELS = {"title": "title", "description": "description", "date": "date",
              "location": "location", "confidence": "confidence", "tags": "tags"}

    def __init__(self, session, event_id: int, field: str, value, merge: bool = False,
                 group: int = 0):
        super().__init__(session, f"Edit {self.LABELS.get(field, field)}")
        self.event_id, self.field, self.value, self.merge = event_id, field, value, merge
        self.group = group
        self.old = None

    def do(self) -> None:
        old = self.project.events.update(self.event_id, **{self.field: self.value})
        if self.old is None:
            self.old = old[self.field]
        self.session.eventUpdated.emit(self.event_id)

    def reverse(self) -> None:
        self.project.events.update(self.event_id, **{self.field: self.old})
        self.session.eventUpdated.emit(self.event_id)

    def id(self) -> int:
        return EDIT_EVENT_ID if self.merge else -1

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, EditEvent) and other.merge and other.error is None
                and other.event_id == self.event_id and other.field == self.field
                and other.group == self.group):
            return False
        self.value = other.value
        return True


class LinkPassage(SessionCommand):
    def __init__(self, session, article_id: int, event_id: int, start: int, end: int):
        super().__init__(session, "Link passage to event")
        self.args = (article_id, event_id, start, end)
        self.passage = None

    def do(self) -> None:
        if self.passage is None:
            self.passage = self.project.annotations.get(self.project.annotations.add(*self.args))
        else:
            self.project.annotations.restore(self.passage)
        self._announce()

    def reverse(self) -> None:
        self.project.annotations.delete(self.passage.id)
        self._announce()

    def _announce(self) -> None:
        self.session.passagesChanged.emit(self.passage.article_id, self.passage.event_id)
        self.session.eventUpdated.emit(self.passage.event_id)


class UnlinkPassage(SessionCommand):
    def __init__(self, session, annotation_id: int):
        super().__init__(session, "Unlink passage")
        self.annotation_id = annotation_id
        self.passage = None

    def do(self) -> None:
        self.passage = self.project.annotations.delete(self.annotation_id)
        self._announce()

    def reverse(self) -> None:
        self.project.annotations.restore(self.passage)
        self._announce()

    def _announce(self) -> None:
        self.session.passagesChanged.emit(self.passage.article_id, self.passage.event_id)
        self.session.eventUpdated.emit(self.passage.event_id)


class ImportArticle(SessionCommand):
    """Add one article (from a file, a drop or a paste)."""

    def __init__(self, session, draft, published: str | None = None):
        super().__init__(session, f"Import “{draft.title or 'article'}”")
        self.draft = draft
        self.published = published if published is not None else draft.published
        self.article_id: int | None = None
        self.snapshot = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.project.articles.restore(*self.snapshot)
        else:
            d = self.draft
            self.article_id = self.project.articles.add(
                d.text, title=d.title, outlet=d.outlet, url=d.url, author=d.author,
                published=self.published, source_path=d.source_path)
        self.session.articleAdded.emit(self.article_id)

    def reverse(self) -> None:
        self.snapshot = self.project.articles.delete(self.article_id)
        self.session.articleRemoved.emit(self.article_id)
        for event_id in {p.event_id for p in self.snapshot[1]}:
            self.session.eventUpdated.emit(event_id)


class DeleteArticle(SessionCommand):
    def __init__(self, session, article_id: int):
        super().__init__(session, "Delete article")
        self.article_id = article_id
        self.snapshot = None

    def do(self) -> None:
        self.snapshot = self.project.articles.delete(self.article_id)
        self.setText(f"Delete article “{self.snapshot[0].title}”")
        self.session.articleRemoved.emit(self.article_id)
        for event_id in {p.event_id for p in self.snapshot[1]}:
            self.session.eventUpdated.emit(event_id)

    def reverse(self) -> None:
        self.project.articles.restore(*self.snapshot)
        self.session.articleAdded.emit(self.article_id)
        for event_id in {p.event_id for p in self.snapshot[1]}:
            self.session.eventUpdated.emit(event_id)


class EditArticle(SessionCommand):
    """Change an article's metadata (title, outlet, URL, author, published)."""

    def __init__(self, session, article_id: int, changes: dict[str, str]):
        super().__init__(session, "Edit article details")
        self.article_id, self.changes = article_id, changes
        self.old: dict[str, str] | None = None

    def do(self) -> None:
        old = self.project.articles.update(self.article_id, **self.changes)
        if self.old is None:
            self.old = old
        self.session.articleUpdated.emit(self.article_id)

    def reverse(self) -> None:
        self.project.articles.update(self.article_id, **self.old)
        self.session.articleUpdated.emit(self.article_id)


class DismissSuggestion(SessionCommand):
    """Hide a proposed event for this article; remembered in the project."""

    def __init__(self, session, article_id: int, start: int, end: int, text: str):
        super().__init__(session, f"Dismiss “{text}”")
        self.args = (article_id, start, end)
        self.expression_text = text

    def do(self) -> None:
        self.project.dismissals.add(*self.args, self.expression_text)
        self.session.suggestionsChanged.emit(self.args[0])

    def reverse(self) -> None:
        self.project.dismissals.remove(*self.args)
        self.session.suggestionsChanged.emit(self.args[0])
