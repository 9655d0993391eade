"""Suggestions the analyst dismissed, remembered per article and span."""

from __future__ import annotations

from storage.changes import Changes
from storage.clock import now_iso


class Dismissals:
    def __init__(self, project):
        self.project = project

    def add(self, article_id: int, start: int, end: int, text: str) -> Changes:
        with self.project.change() as db:
            db.execute(
                'INSERT OR REPLACE INTO dismissed_suggestions (article_id, start, "end", text, '
                "dismissed_at) VALUES (?,?,?,?,?)", [article_id, start, end, text, now_iso()])
        return Changes.of(suggestions=[article_id])

    def remove(self, article_id: int, start: int, end: int) -> Changes:
        with self.project.change() as db:
            db.execute('DELETE FROM dismissed_suggestions WHERE article_id = ? AND start = ? '
                       'AND "end" = ?', [article_id, start, end])
        return Changes.of(suggestions=[article_id])

    def for_article(self, article_id: int) -> set[tuple[int, int]]:
        rows = self.project.db.execute(
            'SELECT start, "end" FROM dismissed_suggestions WHERE article_id = ?',
            [article_id]).fetchall()
        return {(start, end) for start, end in rows}
