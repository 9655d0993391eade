"""Passages of an article linked to events.

Offsets are Python string indices (code points) into the article text; the
quote with 32 characters either side is stored too, so a passage can be found
again even if offsets ever drift (the W3C text-quote selector idea).
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import asdict

from storage.changes import Changes, NewRow, SourceAdded, Undoable
from storage.clock import now_iso
from storage.records import Annotation

CONTEXT_CHARS = 32
_ROW = ("uuid", "article_id", "event_id", "start", "end", "quote", "prefix", "suffix", "note",
        "created_at", "expression_start", "expression_end", "expression_value", "source_date",
        "credibility")
_INSERT = ("INSERT INTO annotations (" + ", ".join(f'"{name}"' for name in _ROW)
           + ") VALUES (" + ", ".join("?" * len(_ROW)) + ")")
_COLUMNS = ('id, uuid, article_id, event_id, start, "end", quote, prefix, suffix, note, '
            'created_at, expression_start, expression_end, expression_value, source_date, '
            'credibility')


class Annotations:
    def __init__(self, project):
        self.project = project

    def add(self, article_id: int, event_id: int, start: int, end: int, note: str = "", *,
            expression: tuple[int, int, str] | None = None, source_date: str = "") -> NewRow:
        """Link a passage; ``expression`` (start, end, value) records the time
        expression of an accepted suggestion, ``source_date`` the date (an EventDate
        value) this source gives the event."""
        row = self.new_row(article_id, start, end, note, expression=expression,
                           source_date=source_date)
        with self.project.change() as db:
            annotation_id = self.insert(db, {**row, "event_id": event_id})
        return NewRow(annotation_id, Changes.of(passages=[(article_id, event_id)]))

    def add_source(self, article_id: int, event_id: int, start: int, end: int, *,
                   tags=(), expression: tuple[int, int, str] | None = None,
                   source_date: str = "") -> SourceAdded:
        """A further source of an event (a suggestion the event already is): its
        passage, and the actor and place tags the source names that the event lacks,
        in one change. Why the tags: an event told by several outlets is who and
        where all of them say (the analyst removes what is wrong), and matching the
        next outlet's report reads them."""
        row = self.new_row(article_id, start, end, expression=expression,
                           source_date=source_date)
        with self.project.change() as db:
            passage_id = self.insert(db, {**row, "event_id": event_id})
            added, created = self.project.tags.add_missing(event_id, tags)
        return SourceAdded(passage_id, added, Changes.of(
            passages=[(article_id, event_id)], events_updated=[event_id] if added else [],
            tags=created))

    def remove_source(self, passage_id: int, tags=()) -> Undoable:
        """Undo `add_source`: the passage unlinked and the tags it brought taken off."""
        passage = self.get(passage_id)
        with self.project.change() as db:
            db.execute("DELETE FROM annotations WHERE id = ?", [passage_id])
            self.project.tags.unlink(passage.event_id, tags)
        return Undoable(passage, Changes.of(
            passages=[(passage.article_id, passage.event_id)],
            events_updated=[passage.event_id] if tags else []))

    def restore_source(self, passage: Annotation, tags=()) -> Changes:
        """Redo `add_source` after `remove_source`: the same passage, the same tags."""
        with self.project.change() as db:
            db["annotations"].insert(asdict(passage))
            _, created = self.project.tags.add_missing(passage.event_id, tags)
        return Changes.of(passages=[(passage.article_id, passage.event_id)],
                          events_updated=[passage.event_id] if tags else [], tags=created)

    def new_row(self, article_id: int, start: int, end: int, note: str = "", *,
                expression: tuple[int, int, str] | None = None,
                source_date: str = "") -> dict:
        """The row of a new passage, its quote and context cut from the article
        (whose text is read once, here); ``insert`` writes it once it has an event."""
        row = self.project.db.execute("SELECT text FROM articles WHERE id = ?",
                                      [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        text = row[0]
        if not 0 <= start < end <= len(text):
            raise ValueError(f"passage {start}–{end} is outside the article (0–{len(text)})")
        passage = {"uuid": str(uuidlib.uuid4()), "article_id": article_id, "event_id": None,
                   "start": start, "end": end, "quote": text[start:end],
                   "prefix": text[max(0, start - CONTEXT_CHARS):start],
                   "suffix": text[end:end + CONTEXT_CHARS], "note": note,
                   "created_at": now_iso(), "expression_start": None,
                   "expression_end": None, "expression_value": None,
                   "source_date": source_date, "credibility": None}
        if expression is not None:
            passage.update(zip(("expression_start", "expression_end", "expression_value"),
                               expression))
        return passage

    @staticmethod
    def insert(db, row: dict) -> int:
        """Write a ``new_row`` inside the caller's change() (plain SQL, no schema reads)."""
        return db.execute(_INSERT, [row[name] for name in _ROW]).lastrowid

    def get(self, annotation_id: int) -> Annotation:
        row = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", [annotation_id]).fetchone()
        if row is None:
            raise KeyError(annotation_id)
        return Annotation(*row)

    def delete(self, annotation_id: int) -> Undoable:
        """Unlink a passage; ``before`` is the Annotation restore() takes."""
        passage = self.get(annotation_id)
        with self.project.change() as db:
            db.execute("DELETE FROM annotations WHERE id = ?", [annotation_id])
        return Undoable(passage, Changes.of(passages=[(passage.article_id, passage.event_id)]))

    def restore(self, passage: Annotation) -> Changes:
        with self.project.change() as db:
            db["annotations"].insert(asdict(passage))
        return Changes.of(passages=[(passage.article_id, passage.event_id)])

    def set_note(self, annotation_id: int, note: str) -> Undoable:
        return self.set_field(annotation_id, "note", note)

    _EDITABLE = frozenset({"note", "credibility", "source_date"})

    def set_field(self, annotation_id: int, column: str, value) -> Undoable:
        """Set one of a passage's own fields (its note, the credibility of what it
        says, the date its source gives); ``before`` is the old value, which the
        same call puts back. Callers check the value's form first."""
        if column not in self._EDITABLE:
            raise ValueError(f"a passage has no editable field “{column}”")
        passage = self.get(annotation_id)
        with self.project.change() as db:
            db["annotations"].update(annotation_id, {column: value})
        return Undoable(getattr(passage, column),
                        Changes.of(passages=[(passage.article_id, passage.event_id)]))

    def for_article(self, article_id: int) -> list[Annotation]:
        rows = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE article_id = ? ORDER BY start, id",
            [article_id]).fetchall()
        return [Annotation(*row) for row in rows]

    def for_article_with_events(self, article_id: int) -> list[tuple[Annotation, str, str]]:
        """The article's passages with their event's title and date value, in
        one statement (the reading pane's highlights, the suggestions' status)."""
        columns = ", ".join(f"a.{name.strip()}" for name in _COLUMNS.split(","))
        rows = self.project.db.execute(
            f"SELECT {columns}, e.title, e.date_value FROM annotations a "
            "JOIN events e ON e.id = a.event_id WHERE a.article_id = ? ORDER BY a.start, a.id",
            [article_id]).fetchall()
        return [(Annotation(*row[:-2]), row[-2], row[-1]) for row in rows]

    def for_event(self, event_id: int) -> list[Annotation]:
        rows = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE event_id = ? ORDER BY article_id, start",
            [event_id]).fetchall()
        return [Annotation(*row) for row in rows]

    def for_event_with_articles(self, event_id: int) -> list[tuple[Annotation, str, str]]:
        """The event's passages with their article's title and published date
        (not its text), in one statement."""
        columns = ", ".join(f"a.{name.strip()}" for name in _COLUMNS.split(","))
        rows = self.project.db.execute(
            f"SELECT {columns}, r.title, r.published FROM annotations a "
            "JOIN articles r ON r.id = a.article_id WHERE a.event_id = ? "
            "ORDER BY a.article_id, a.start", [event_id]).fetchall()
        return [(Annotation(*row[:-2]), row[-2], row[-1]) for row in rows]

    def pairs(self, annotation_ids) -> set[tuple[int, int]]:
        """(article id, event id) of these passages: what an import's record names."""
        return set(self.project.db.execute(
            "SELECT article_id, event_id FROM annotations WHERE id IN "
            "(SELECT value FROM json_each(?))",
            ["[" + ",".join(map(str, annotation_ids)) + "]"]).fetchall())

    def first_article_by_event(self) -> dict[int, int]:
        """event id -> the lowest id of an article it has a passage in (chart lanes)."""
        return dict(self.project.db.execute(
            "SELECT event_id, MIN(article_id) FROM annotations GROUP BY event_id"))
