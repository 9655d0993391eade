"""The undo command for articles imported from files or pasted text.

It lives apart from ``gui.commands.event_commands`` because an import is not one row but a
whole batch whose first redo may already have happened: a sliced import
commits its articles slice by slice while the analyst watches, and only at
the end becomes one undo step.  The command has to know both ways in, so it
is kept next to nothing else.
"""

from __future__ import annotations

from gui.commands.event_commands import SessionCommand


class ImportBatch(SessionCommand):
    """Several articles as one undo step.

    Given ``written`` (ids a sliced import has already committed, the views
    already told), the first redo only records them; later redos restore the
    snapshots taken by undo, as for a batch written here in one transaction.
    """

    def __init__(self, session, drafts, written: list[int] | None = None):
        count = len(written) if written is not None else len(drafts)
        title = drafts[0].title if count == 1 else ""
        super().__init__(session, f"Import “{title or 'article'}”" if count == 1
                         else f"Import {count} articles")
        self.drafts = drafts
        self.article_ids: list[int] = list(written or [])
        self.already_written = written is not None
        self.snapshots = None

    def do(self) -> None:
        if self.already_written:
            self.already_written = False
            return
        with self.project.change():
            if self.snapshots is not None:
                for snapshot in self.snapshots:
                    self.project.articles.restore(*snapshot)
            else:
                self.article_ids = [self.project.articles.add(
                    d.text, title=d.title, outlet=d.outlet, url=d.url, author=d.author,
                    published=d.published, source_path=d.source_path) for d in self.drafts]
        with self.session.batch():
            for article_id in self.article_ids:
                self.session.articleAdded.emit(article_id)

    def reverse(self) -> None:
        # Views are told of each removal inside the transaction (they read
        # through the same connection, so they see the same state); should
        # the commit fail, they reload from what the file really holds.
        snapshots = []
        try:
            with self.session.batch(), self.project.change():
                for article_id in self.article_ids:
                    snapshots.append(self.project.articles.delete(article_id))
                    self.session.articleRemoved.emit(article_id)
                    for event_id in {p.event_id for p in snapshots[-1][1]}:
                        self.session.eventUpdated.emit(event_id)
        except Exception:
            self.session.reset.emit()
            raise
        self.snapshots = snapshots
