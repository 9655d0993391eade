"""Getting articles in: files from a dialog or a drop, and pasted text.

Files are read and decoded by ``gui.import_worker`` on a worker thread when
there is more than a little to read, behind a progress dialog with Cancel, so
the window never freezes; a few small files are read at once, because a
thread and a flashing dialog for a 6 KB article only add latency.  Either
way the writing happens here, on the GUI thread (the project's SQLite
connection belongs to it), as one ``ImportBatch`` command: one transaction
and one undo step for the whole batch, so a failure (disk full) leaves
nothing half-imported and a cancelled import leaves the project untouched.

Files that cannot be read, and texts that are already in the project, are
reported together in one message; the files that could be read are imported
all the same.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from gui import import_worker
from gui.commands import SessionCommand
from storage.article_files import ArticleReadError, draft_from_paste
from storage.articles import content_hash
from storage.errors import DuplicateArticleError

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml);;All files (*)"


class ImportBatch(SessionCommand):
    """Several articles as one transaction and one undo step."""

    def __init__(self, session, drafts):
        title = drafts[0].title if len(drafts) == 1 else ""
        super().__init__(session, f"Import “{title or 'article'}”" if len(drafts) == 1
                         else f"Import {len(drafts)} articles")
        self.drafts = drafts
        self.article_ids: list[int] = []
        self.snapshots = None

    def do(self) -> None:
        with self.project.change():
            if self.snapshots is not None:
                for snapshot in self.snapshots:
                    self.project.articles.restore(*snapshot)
            else:
                self.article_ids = [self.project.articles.add(
                    d.text, title=d.title, outlet=d.outlet, url=d.url, author=d.author,
                    published=d.published, source_path=d.source_path) for d in self.drafts]
        for article_id in self.article_ids:
            self.session.articleAdded.emit(article_id)

    def reverse(self) -> None:
        # Views are told of each removal inside the transaction (they read
        # through the same connection, so they see the same state); should
        # the commit fail, they reload from what the file really holds.
        snapshots = []
        try:
            with self.project.change():
                for article_id in self.article_ids:
                    snapshots.append(self.project.articles.delete(article_id))
                    self.session.articleRemoved.emit(article_id)
                    for event_id in {p.event_id for p in snapshots[-1][1]}:
                        self.session.eventUpdated.emit(event_id)
        except Exception:
            self.session.reset.emit()
            raise
        self.snapshots = snapshots


def _total_size(paths) -> int:
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            pass  # the reader reports it with the file's name
    return total


class ImportController(QObject):
    imported = Signal(int)  # id of the last article imported
    problems = Signal(str, str)  # title, message
    finished = Signal()  # an import (at once or in the background) has ended

    # Above this many bytes (or files), reading goes to the worker thread.
    BACKGROUND_BYTES = 512 * 1024
    BACKGROUND_FILES = 20

    def __init__(self, session, parent_widget):
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self.thread: import_worker.ReadThread | None = None
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.thread is not None

    def ask_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, "Import articles", "", FILE_FILTER)
        if paths:
            self.import_files(paths)

    def import_files(self, paths) -> list[int]:
        """Import files; returns the new ids, or [] if the import went to the
        background (then ``imported``/``finished`` tell when it is done)."""
        paths = [os.fspath(p) for p in paths]
        if self.busy:
            self.problems.emit("Import articles", "Another import is still running; wait "
                               "for it to finish or cancel it, then try again.")
            return []
        if (len(paths) <= self.BACKGROUND_FILES
                and _total_size(paths) <= self.BACKGROUND_BYTES):
            result = import_worker.read_files(paths)
            return self._import_drafts(result.drafts, result.messages)
        self._start_background(paths)
        return []

    def _start_background(self, paths: list[str]) -> None:
        progress = QProgressDialog("Reading articles…", "Cancel", 0,
                                   len(paths) if len(paths) > 1 else 0, self.parent_widget)
        progress.setObjectName("importProgress")
        progress.setWindowTitle("Import articles")
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        self.thread = import_worker.start(paths, self._on_progress, self._on_read)

    def cancel(self) -> None:
        """Stop the running import; nothing of it is written."""
        if self.thread is None:
            return
        self.thread.cancel()
        self.thread = None  # its result, when it arrives, is thrown away
        self._close_progress()
        self.parent_widget.statusBar().showMessage("Import cancelled; nothing was imported.",
                                                   8000)
        self.finished.emit()

    def _on_progress(self, done: int, name: str) -> None:
        if self.progress is not None and self.progress.maximum():
            self.progress.setValue(done)
        if self.progress is not None and name:
            self.progress.setLabelText(f"Reading {name}…")

    def _on_read(self, result) -> None:
        if self.sender() is not self.thread:
            return  # cancelled: the analyst has already been told
        self.thread = None
        self._close_progress()
        if getattr(self.parent_widget, "_closed", False):
            return  # the window (and its project) closed while the files were read
        if not result.cancelled:
            self._import_drafts(result.drafts, result.messages)
        self.finished.emit()

    def _close_progress(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()

    def paste(self) -> list[int]:
        mime = QApplication.clipboard().mimeData()
        content = mime.html() if mime is not None and mime.hasHtml() else (
            mime.text() if mime is not None else "")
        try:
            draft = draft_from_paste(content)
        except ArticleReadError as exc:
            self.problems.emit("Paste as new article", str(exc))
            return []
        return self._import_drafts([draft], [])

    def _drop_duplicates(self, drafts, messages: list[str]) -> list:
        """Report duplicates up front, so a batch never holds a text twice."""
        fresh, seen = [], set()
        for draft in drafts:
            digest = content_hash(draft.text)
            existing = self.session.project.articles.find_by_hash(digest)
            name = Path(draft.source_path).name or "The pasted text"
            if existing is not None:
                title = self.session.project.articles.get(existing).title
                messages.append(f"{name}: {DuplicateArticleError(existing, title)}")
            elif digest in seen:
                messages.append(f"{name}: the same text appears twice in this import.")
            else:
                seen.add(digest)
                fresh.append(draft)
        return fresh

    def _import_drafts(self, drafts, messages: list[str]) -> list[int]:
        drafts = self._drop_duplicates(drafts, messages)
        imported: list[int] = []
        if drafts:
            command = ImportBatch(self.session, drafts)
            try:
                self.session.push(command)
                imported = list(command.article_ids)
            except Exception as exc:  # the whole batch was rolled back
                messages.append(f"{exc} Nothing of this import was saved; you can try again.")
        if imported:
            self.imported.emit(imported[-1])
        if messages:
            done = f"{len(imported)} article(s) imported. " if imported else "Nothing imported. "
            self.problems.emit("Import articles", done + "\n\n" + "\n".join(messages))
        return imported
