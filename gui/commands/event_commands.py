"""Undo commands on events and on the passages that link them to articles.

``redo()`` does the work through storage (committed at once) and returns the
change record storage gave back; ``undo()`` reverses it exactly, reusing row
ids and UUIDs so that commands further down the stack still point at the
right rows.
"""

from __future__ import annotations

from gui.commands.session_command import SessionCommand
from storage.changes import Changes
from storage.event_merge import merge_events, unmerge
from storage.records import Tag
from temporal.dates import EventDate

EDIT_EVENT_ID = 1001
EDIT_NOTE_ID = 1002


class CreateEvent(SessionCommand):
    """A new event, optionally with its first source passage."""

    def __init__(self, session, title: str, date: EventDate | None = None,
                 passage: tuple[int, int, int] | None = None, tags: tuple[Tag, ...] = (),
                 text: str = "New event", expression: tuple[int, int, str] | None = None,
                 source_date: str = ""):
        super().__init__(session, text)
        self.title, self.date, self.passage, self.tags = title, date, passage, tags
        self.expression, self.source_date = expression, source_date
        self.event_id: int | None = None
        self.snapshot = None

    def do(self) -> Changes:
        if self.snapshot is not None:
            return self.project.events.restore(self.snapshot)
        event_id = self.project.events.add(self.title, self.date, tags=self.tags,
                                           passage=self.passage, expression=self.expression,
                                           source_date=self.source_date)
        self.event_id = int(event_id)
        return event_id.changes

    def reverse(self) -> Changes:
        removal = self.project.events.delete(self.event_id)
        self.snapshot = removal.before
        return removal.changes


class DeleteEvent(SessionCommand):
    def __init__(self, session, event_id: int):
        super().__init__(session, "Delete event")
        self.event_id = event_id
        self.snapshot = None

    def do(self) -> Changes:
        removal = self.project.events.delete(self.event_id)
        self.snapshot = removal.before
        self.setText(f"Delete “{self.snapshot.event.title}”")
        return removal.changes

    def reverse(self) -> Changes:
        return self.project.events.restore(self.snapshot)


class EditEvent(SessionCommand):
    """Change one field of an event.  Successive typing in the same field of the
    same event merges into one undo step."""

    LABELS = {"title": "title", "description": "description", "date": "date",
              "location": "location", "confidence": "confidence", "tags": "tags"}
    _UNREAD = object()

    def __init__(self, session, event_id: int, field: str, value, merge: bool = False,
                 group: int = 0):
        super().__init__(session, f"Edit {self.LABELS.get(field, field)}")
        self.event_id, self.field, self.value, self.merge = event_id, field, value, merge
        self.group = group
        self.old = self._UNREAD

    def do(self) -> Changes:
        edit = self.project.events.update(self.event_id, **{self.field: self.value})
        if self.old is self._UNREAD:
            self.old = edit.before[self.field]
        return edit.changes

    def reverse(self) -> Changes:
        return self.project.events.update(self.event_id, **{self.field: self.old}).changes

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
    """A passage linked to an event as a further source, with the date its text
    gives (storage.passage_dates); undo removes both."""

    def __init__(self, session, article_id: int, event_id: int, start: int, end: int,
                 dated=None):
        super().__init__(session, "Link passage to event")
        self.args = (article_id, event_id, start, end)
        self.dated = dated  # a PassageDate, or None when the passage gives no date
        self.passage = None

    def do(self) -> Changes:
        if self.passage is not None:
            return self.project.annotations.restore(self.passage)
        dated = self.dated
        passage_id = self.project.annotations.add(
            *self.args, expression=dated.expression if dated else None,
            source_date=dated.value if dated else "")
        self.passage = self.project.annotations.get(passage_id)
        return passage_id.changes

    def reverse(self) -> Changes:
        return self.project.annotations.delete(self.passage.id).changes


class UnlinkPassage(SessionCommand):
    def __init__(self, session, annotation_id: int):
        super().__init__(session, "Unlink passage")
        self.annotation_id = annotation_id
        self.passage = None

    def do(self) -> Changes:
        removal = self.project.annotations.delete(self.annotation_id)
        self.passage = removal.before
        return removal.changes

    def reverse(self) -> Changes:
        return self.project.annotations.restore(self.passage)


class EditPassageNote(SessionCommand):
    """The analyst's note on one passage.  Typing in the note field of one
    passage, in one visit, merges into one undo step."""

    def __init__(self, session, annotation_id: int, note: str, group: int = 0):
        super().__init__(session, "Edit passage note")
        self.annotation_id, self.note, self.group = annotation_id, note, group
        self.old: str | None = None

    def do(self) -> Changes:
        edit = self.project.annotations.set_note(self.annotation_id, self.note)
        if self.old is None:
            self.old = edit.before
        return edit.changes

    def reverse(self) -> Changes:
        return self.project.annotations.set_note(self.annotation_id, self.old).changes

    def id(self) -> int:
        return EDIT_NOTE_ID

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, EditPassageNote) and other.error is None
                and other.annotation_id == self.annotation_id and other.group == self.group):
            return False
        self.note = other.note
        return True


class MergeEvents(SessionCommand):
    """Event ▸ Merge: the selected events become the first made, everything kept."""

    def __init__(self, session, event_ids):
        super().__init__(session, f"Merge {len(event_ids)} events")
        self.event_ids = list(event_ids)
        self.record = None

    def do(self) -> Changes:
        merge = merge_events(self.project, self.event_ids)
        self.record = merge.before
        return merge.changes

    def reverse(self) -> Changes:
        return unmerge(self.project, self.record)
