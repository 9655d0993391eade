"""Undo commands on articles: importing (from files, a drop or a paste),
editing their details, deleting them.

An import is not one row but a batch whose first redo may already have
happened: a sliced import (gui.exchange.article_import) commits its articles
slice by slice while the analyst watches, each slice announced as it lands,
and only at the end becomes one ``ImportArticles`` on the undo stack.
"""

from __future__ import annotations

from gui.commands.session_command import SessionCommand
from storage.changes import NO_CHANGES, Changes, combine


class ImportArticles(SessionCommand):
    """Several articles (or one) as one undo step and one change record.

    Given ``written`` (ids a sliced import has already committed) and
    ``changes`` (the slices' records combined), the first redo announces that
    one record; later redos restore the snapshots taken by undo, as for a
    batch written here in one transaction.
    Undoing a thousand articles is one record, so the reading pane redraws
    once, not once per article.
    """

    def __init__(self, session, drafts, written: list[int] | None = None,
                 changes: Changes = NO_CHANGES):
        count = len(written) if written is not None else len(drafts)
        title = drafts[0].title if count == 1 else ""
        super().__init__(session, f"Import “{title or 'article'}”" if count == 1
                         else f"Import {count} articles")
        self.drafts = drafts
        self.article_ids: list[int] = list(written or [])
        self.already_written = written is not None
        self.written_changes = changes
        self.snapshots = None

    def do(self) -> Changes:
        if self.already_written:
            self.already_written = False
            return self.written_changes
        if self.snapshots is None:
            written = self.project.articles.add_drafts(self.drafts)
            self.article_ids = written.ids
            return written.changes
        articles = self.project.articles
        with self.project.change():
            return combine([articles.restore(*snapshot) for snapshot in self.snapshots])

    def reverse(self) -> Changes:
        articles = self.project.articles
        with self.project.change():
            removals = [articles.delete(article_id) for article_id in self.article_ids]
        self.snapshots = [removal.before for removal in removals]
        return combine(removal.changes for removal in removals)


class DeleteArticle(SessionCommand):
    def __init__(self, session, article_id: int):
        super().__init__(session, "Delete article")
        self.article_id = article_id
        self.snapshot = None

    def do(self) -> Changes:
        removal = self.project.articles.delete(self.article_id)
        self.snapshot = removal.before
        self.setText(f"Delete article “{self.snapshot.article.title}”")
        return removal.changes

    def reverse(self) -> Changes:
        return self.project.articles.restore(*self.snapshot)


class EditArticle(SessionCommand):
    """Change an article's metadata (title, outlet, URL, author, published)."""

    def __init__(self, session, article_id: int, changes: dict[str, str]):
        super().__init__(session, "Edit article details")
        self.article_id, self.changes = article_id, changes
        self.old: dict[str, str] | None = None

    def do(self) -> Changes:
        edit = self.project.articles.update(self.article_id, **self.changes)
        if self.old is None:
            self.old = edit.before
        return edit.changes

    def reverse(self) -> Changes:
        return self.project.articles.update(self.article_id, **self.old).changes


class RereadArticle(SessionCommand):
    """Article ▸ Re-read with Encoding…: the source file's text in place of the
    article's, as one undo step (storage refuses an article with linked
    passages; undo puts the old text and title back)."""

    def __init__(self, session, article_id: int, text: str, title: str | None,
                 encoding_label: str):
        super().__init__(session, f"Re-read article as {encoding_label}")
        self.article_id, self.text, self.title = article_id, text, title
        self.before = None

    def do(self) -> Changes:
        replaced = self.project.articles.replace_text(self.article_id, self.text, self.title)
        self.before = replaced.before
        return replaced.changes

    def reverse(self) -> Changes:
        text, title = self.before
        return self.project.articles.replace_text(self.article_id, text, title).changes
