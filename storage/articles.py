"""Articles: imported once, identified by their text, edited only in metadata."""

from __future__ import annotations

import hashlib
import json
import unicodedata
import uuid as uuidlib
from dataclasses import asdict
from typing import NamedTuple

from storage.changes import Changes, NewRow, NewRows, Undoable
from storage.clock import now_iso
from storage.errors import ArticleTextError, DuplicateArticleError
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


class ArticleSnapshot(NamedTuple):
    """What delete() removed, so that restore() brings it back whole."""

    article: Article
    passages: list[Annotation]
    # Events whose last source went with the article, marked then (issue 12): their
    # ids and titles, so the deletion can name them and its undo clear the mark.
    orphaned: tuple[tuple[int, str], ...] = ()


class Articles:
    def __init__(self, project):
        self.project = project

    def add(self, text: str, *, title: str = "", outlet: str = "", url: str = "",
            author: str = "", published: str = "", source_path: str = "",
            published_source: str = "", published_evidence: str = "",
            published_conflicts: str = "") -> NewRow:
        """A new article (its own transaction, or part of the caller's change()).

        The evidence of the published date (``published_source``, ``..._evidence``)
        is kept only with a date; ``published_conflicts`` (JSON) may stand alone.
        """
        text = unicodedata.normalize("NFC", text)
        digest = content_hash(text)
        with self.project.change() as db:
            existing = db.execute(
                "SELECT id, title FROM articles WHERE content_hash = ?", [digest]
            ).fetchone()
            if existing:
                raise DuplicateArticleError(existing[0], existing[1])
            # Plain SQL: a sqlite-utils insert first reads the schema (three
            # statements), paid a thousand times by an import of a folder.
            article_id = db.execute(
                "INSERT INTO articles (uuid, title, outlet, url, author, published, text, "
                "content_hash, source_path, imported_at, published_source, "
                "published_evidence, published_conflicts) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [str(uuidlib.uuid4()), title.strip(), outlet.strip(), url.strip(),
                 author.strip(), published.strip(), text, digest, source_path, now_iso(),
                 published_source if published.strip() else "",
                 published_evidence.strip() if published.strip() else "",
                 published_conflicts],
            ).lastrowid
        return NewRow(article_id, Changes.of(articles_added=[article_id],
                                             article_content=[article_id]))

    def add_draft(self, draft) -> NewRow:
        """Add an imported ``ArticleDraft`` with all it found, evidence included."""
        return self.add(draft.text, title=draft.title, outlet=draft.outlet, url=draft.url,
                        author=draft.author, published=draft.published,
                        source_path=draft.source_path,
                        published_source=draft.published_source,
                        published_evidence=draft.published_evidence,
                        published_conflicts=draft.published_conflicts)

    def add_drafts(self, drafts) -> NewRows:
        """Imported drafts (storage.intake.article_draft) in one transaction: all or none."""
        with self.project.change():
            ids = [int(self.add_draft(draft)) for draft in drafts]
        return NewRows(ids, Changes.of(articles_added=ids, article_content=ids))

    def get(self, article_id: int) -> Article:
        row = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        return Article(*row)

    def title(self, article_id: int) -> str:
        """The title alone, without reading the text."""
        row = self.project.db.execute("SELECT title FROM articles WHERE id = ?",
                                      [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        return row[0]

    def find_by_hash(self, digest: str) -> int | None:
        row = self.project.db.execute(
            "SELECT id FROM articles WHERE content_hash = ?", [digest]
        ).fetchone()
        return row[0] if row else None

    _SUMMARY = """SELECT a.id, a.title, a.outlet, a.published,
                         (SELECT COUNT(DISTINCT n.event_id) FROM annotations n
                           WHERE n.article_id = a.id)
                    FROM articles a"""

    def summaries(self, among=None) -> list[ArticleSummary]:
        """The article list, newest first, without loading any article text
        (all of it, or the articles ``among`` these ids)."""
        if among is None:
            rows = self.project.db.execute(
                self._SUMMARY + " ORDER BY a.published DESC, a.id DESC").fetchall()
        else:
            rows = self.project.db.execute(
                self._SUMMARY + " WHERE a.id IN (SELECT value FROM json_each(?))"
                " ORDER BY a.published DESC, a.id DESC",
                ["[" + ",".join(map(str, among)) + "]"]).fetchall()
        return [ArticleSummary(*row) for row in rows]

    def summary(self, article_id: int) -> ArticleSummary:
        row = self.project.db.execute(self._SUMMARY + " WHERE a.id = ?",
                                      [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        return ArticleSummary(*row)

    def published(self, article_ids) -> dict[int, tuple[str, str]]:
        """id -> (title, published) of these articles, without their texts."""
        rows = self.project.db.execute(
            "SELECT id, title, published FROM articles WHERE id IN "
            "(SELECT value FROM json_each(?))",
            ["[" + ",".join(map(str, article_ids)) + "]"]).fetchall()
        return {article_id: (title, published) for article_id, title, published in rows}

    def count(self) -> int:
        return self.project.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def update(self, article_id: int, **changes: str) -> Undoable:
        """Change metadata; ``before`` holds the previous values, for undo.

        A new published date changes what the article's relative dates mean,
        so it is announced as a change of content (``article_content``)."""
        unknown = set(changes) - set(ARTICLE_FIELDS)
        if unknown:
            raise ValueError(f"unknown article fields: {sorted(unknown)}")
        names = list(changes)
        old: dict[str, str] = {}
        if names:
            row = self.project.db.execute(
                f"SELECT {', '.join(names)} FROM articles WHERE id = ?",
                [article_id]).fetchone()
            if row is None:
                raise KeyError(article_id)
            old = dict(zip(names, row))
            with self.project.change() as db:
                db["articles"].update(article_id,
                                      {name: str(v).strip() for name, v in changes.items()})
        content = ("published" in changes
                   and str(changes["published"]).strip() != old.get("published"))
        return Undoable(old, Changes.of(articles_updated=[article_id],
                                        article_content=[article_id] if content else []))

    def replace_text(self, article_id: int, text: str, title: str | None = None) -> Undoable:
        """Put a re-read text (and title) in place of the article's; ``before``
        is ``(text, title)`` for undo, which is this same call.

        Why it refuses an article with linked passages: a passage is offsets,
        quote, prefix and suffix in the old text, and after a wrong decoding
        those quote strings are themselves wrongly decoded, so they cannot be
        found again in the new text; moving them silently would be a guess.
        The same text already in the project as another article is refused
        too (texts are unique)."""
        row = self.project.db.execute("SELECT text, title FROM articles WHERE id = ?",
                                      [article_id]).fetchone()
        if row is None:
            raise KeyError(article_id)
        linked = self.project.db.execute(
            "SELECT COUNT(*) FROM annotations WHERE article_id = ?", [article_id]).fetchone()[0]
        if linked:
            raise ArticleTextError(
                f"This article has {linked} passage(s) linked to events, and they point into "
                "its present text; re-reading it in another encoding would leave them "
                "pointing at the wrong words. Unlink them first (or re-import the file as a "
                "new article), then re-read it.")
        digest = content_hash(text)
        other = self.find_by_hash(digest)
        if other is not None and other != article_id:
            raise ArticleTextError(f"Read that way, the text is the same as the article "
                                   f"“{self.title(other)}”; nothing was changed.")
        values = {"text": text, "content_hash": digest}
        if title is not None:
            values["title"] = title
        with self.project.change() as db:
            db["articles"].update(article_id, values)
        return Undoable((row[0], row[1]), Changes.of(articles_updated=[article_id],
                                                     article_content=[article_id]))

    def delete(self, article_id: int) -> Undoable:
        """Remove an article and its passages; ``before`` is what restore() needs."""
        passages = self.project.annotations.for_article(article_id)
        article = self.get(article_id)
        with self.project.change() as db:
            db["articles"].delete(article_id)
            # Events left with no passage and no cited source are marked, never deleted.
            orphaned = tuple(db.execute(
                "SELECT e.id, e.title FROM events e WHERE e.id IN "
                "(SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM annotations n "
                "WHERE n.event_id = e.id) AND NOT EXISTS (SELECT 1 FROM event_sources s "
                "WHERE s.event_uuid = e.uuid) ORDER BY e.id",
                [json.dumps(sorted({p.event_id for p in passages}))]).fetchall())
            if orphaned:
                db.execute("UPDATE events SET sources_lost = ? WHERE id IN "
                           "(SELECT value FROM json_each(?))",
                           [now_iso(), json.dumps([event_id for event_id, _ in orphaned])])
        snapshot = ArticleSnapshot(article, passages, orphaned)
        return Undoable(snapshot, Changes.of(
            articles_removed=[article_id],
            passages={(article_id, p.event_id) for p in snapshot.passages},
            events_updated=[event_id for event_id, _ in orphaned]))

    def restore(self, article: Article, passages: list[Annotation],
                orphaned: tuple[tuple[int, str], ...] = ()) -> Changes:
        with self.project.change() as db:
            db["articles"].insert(asdict(article))
            if passages:
                db["annotations"].insert_all(asdict(passage) for passage in passages)
            if orphaned:
                db.execute("UPDATE events SET sources_lost = '' WHERE id IN "
                           "(SELECT value FROM json_each(?))",
                           [json.dumps([event_id for event_id, _ in orphaned])])
        return Changes.of(articles_added=[article.id], article_content=[article.id],
                          passages={(article.id, p.event_id) for p in passages},
                          events_updated=[event_id for event_id, _ in orphaned])
