"""Passages of an article linked to events.

Offsets are Python string indices (code points) into the article text; the
quote with 32 characters either side is stored too, so a passage can be found
again even if offsets ever drift (the W3C text-quote selector idea).
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import asdict

from storage.records import Annotation

CONTEXT_CHARS = 32
_COLUMNS = ('id, uuid, article_id, event_id, start, "end", quote, prefix, suffix, note, '
            'created_at, expression_start, expression_end, expression_value')


class Annotations:
    def __init__(self, project):
        self.project = project

    def add(self, article_id: int, event_id: int, start: int, end: int, note: str = "", *,
            expression: tuple[int, int, str] | None = None) -> int:
        """Link a passage; ``expression`` (start, end, value) records the time
        expression of an accepted suggestion."""
        from storage.project import now_iso

        text = self.project.articles.get(article_id).text
        if not 0 <= start < end <= len(text):
            raise ValueError(f"passage {start}–{end} is outside the article (0–{len(text)})")
        row = {"uuid": str(uuidlib.uuid4()), "article_id": article_id, "event_id": event_id,
               "start": start, "end": end, "quote": text[start:end],
               "prefix": text[max(0, start - CONTEXT_CHARS):start],
               "suffix": text[end:end + CONTEXT_CHARS], "note": note,
               "created_at": now_iso()}
        if expression is not None:
            row.update(zip(("expression_start", "expression_end", "expression_value"),
                           expression))
        with self.project.change() as db:
            return db["annotations"].insert(row).last_pk

    def get(self, annotation_id: int) -> Annotation:
        row = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", [annotation_id]).fetchone()
        if row is None:
            raise KeyError(annotation_id)
        return Annotation(*row)

    def delete(self, annotation_id: int) -> Annotation:
        passage = self.get(annotation_id)
        with self.project.change() as db:
            db.execute("DELETE FROM annotations WHERE id = ?", [annotation_id])
        return passage

    def restore(self, passage: Annotation) -> None:
        with self.project.change() as db:
            db["annotations"].insert(asdict(passage))

    def set_note(self, annotation_id: int, note: str) -> str:
        old = self.get(annotation_id).note
        with self.project.change() as db:
            db.execute("UPDATE annotations SET note = ? WHERE id = ?", [note, annotation_id])
        return old

    def for_article(self, article_id: int) -> list[Annotation]:
        rows = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE article_id = ? ORDER BY start, id",
            [article_id]).fetchall()
        return [Annotation(*row) for row in rows]

    def for_event(self, event_id: int) -> list[Annotation]:
        rows = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE event_id = ? ORDER BY article_id, start",
            [event_id]).fetchall()
        return [Annotation(*row) for row in rows]
