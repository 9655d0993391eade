"""Articles: imported once, identified by their text, edited only in metadata."""

from __future__ import annotations

import hashlib
import unicodedata
import uuid as uuidlib
from dataclasses import asdict

from storage.errors import DuplicateArticleError
from storage.records import Annotation, Article, ArticleSummary

ARTICLE_FIELDS = ("title", "outlet", "url", "author", "published", "published_source",
                  "published_evidence", "published_conflicts")
_COLUMNS = (
    "id, uuid, title, outlet, url, author, published, text, content_hash, "
    "source_path, imported_at, published_source, published_evidence, published_conflicts"
)


def content_hash(text: str) -> str:
    """Same words, same hash: whitespace and Unicode form don't make a new article."""
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Articles:
    def __init__(self, project):
        self.project = project

    def add(self, text: str, *, title: str = "", outlet: str = "", url: str = "",
            author: str = "", published: str = "", source_path: str = "",
            published_source: str = "", published_evidence: str = "",
            published_conflicts: str = "") -> int:
        from storage.project import now_iso

        text = unicodedata.normalize("NFC", text)
        digest = content_hash(text)
        with self.project.change() as db:
            existing = db.execute(
                "SELECT id, title FROM articles WHERE content_hash = ?", [digest]
            ).fetchone()
            if existing:
                raise DuplicateArticleError(existing[0], existing[1])
            cursor = db.execute(
                "INSERT INTO articles (uuid, title, outlet, url, author, published, text, "
                "content_hash, source_path, imported_at, published_source, "
                "published_evidence, published_conflicts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [str(uuidlib.uuid4()), title.strip(), outlet.strip(), url.strip(),
                 author.strip(), published.strip(), text, digest, source_path, now_iso(),
                 published_source if published.strip() else "",
                 published_evidence.strip() if published.strip() else "",
                 published_conflicts],
            )
            return cursor.lastrowid

    def add_draft(self, draft) -> int:
        """Add an imported ``ArticleDraft`` with all it found, evidence included."""
        return self.add(draft.text, title=draft.title, outlet=draft.outlet, url=draft.url,
                        author=draft.author, published=draft.published,
                        source_path=draft.source_path,
                        published_source=draft.published_source,
                        published_evidence=draft.published_evidence,
                        published_conflicts=draft.published_conflicts)

    def get(self, article_id: int) -> Article:
        row = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        return Article(*row)

    def find_by_hash(self, digest: str) -> int | None:
        row = self.project.db.execute(
            "SELECT id FROM articles WHERE content_hash = ?", [digest]
        ).fetchone()
        return row[0] if row else None

    _SUMMARY = """SELECT a.id, a.title, a.outlet, a.published,
                         (SELECT COUNT(DISTINCT n.event_id) FROM annotations n
                           WHERE n.article_id = a.id)
                    FROM articles a"""

    def summaries(self) -> list[ArticleSummary]:
        """The article list, newest first, without loading any article text."""
        rows = self.project.db.execute(
            self._SUMMARY + " ORDER BY a.published DESC, a.id DESC").fetchall()
        return [ArticleSummary(*row) for row in rows]

    def summary(self, article_id: int) -> ArticleSummary:
        row = self.project.db.execute(self._SUMMARY + " WHERE a.id = ?",
                                      [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        return ArticleSummary(*row)

    def count(self) -> int:
        return self.project.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def update(self, article_id: int, **changes: str) -> dict[str, str]:
        """Change metadata; returns the previous values so the edit can be undone."""
        unknown = set(changes) - set(ARTICLE_FIELDS)
        if unknown:
            raise ValueError(f"unknown article fields: {sorted(unknown)}")
        before = self.get(article_id)
        old = {name: getattr(before, name) for name in changes}
        if changes:
            sets = ", ".join(f"{name} = ?" for name in changes)
            with self.project.change() as db:
                db.execute(
                    f"UPDATE articles SET {sets} WHERE id = ?",
                    [str(v).strip() for v in changes.values()] + [article_id],
                )
        return old

    def delete(self, article_id: int) -> tuple[Article, list[Annotation]]:
        """Remove an article and its passages; returns what restore() needs."""
        article = self.get(article_id)
        passages = self.project.annotations.for_article(article_id)
        with self.project.change() as db:
            db.execute("DELETE FROM articles WHERE id = ?", [article_id])
        return article, passages

    def restore(self, article: Article, passages: list[Annotation]) -> None:
        with self.project.change() as db:
            db["articles"].insert(asdict(article))
            for passage in passages:
                db["annotations"].insert(asdict(passage))
