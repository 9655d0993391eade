"""Getting articles in: files from a dialog or a drop, and pasted text.

Several files become one undo step.  Files that cannot be read, and texts that
are already in the project, are reported together in one message; the files
that could be read are imported all the same.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.commands import ImportArticle
from storage.article_files import ArticleReadError, draft_from_paste, read_article_file
from storage.articles import content_hash
from storage.errors import DuplicateArticleError

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml);;All files (*)"


class ImportController(QObject):
    imported = Signal(int)  # id of the last article imported
    problems = Signal(str, str)  # title, message

    def __init__(self, session, parent_widget):
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget

    def ask_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, "Import articles", "", FILE_FILTER)
        if paths:
            self.import_files(paths)

    def import_files(self, paths) -> list[int]:
        drafts, messages = [], []
        for path in paths:
            try:
                drafts.append(read_article_file(path))
            except ArticleReadError as exc:
                messages.append(str(exc))
        return self._import_drafts(drafts, messages)

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
        """Report duplicates up front, so a batch never leaves an empty undo step."""
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
        imported: list[int] = []
        drafts = self._drop_duplicates(drafts, messages)
        stack = self.session.undo_stack
        if len(drafts) > 1:
            stack.beginMacro(f"Import {len(drafts)} articles")
        try:
            for draft in drafts:
                command = ImportArticle(self.session, draft)
                try:
                    self.session.push(command)
                    imported.append(command.article_id)
                except DuplicateArticleError as exc:
                    name = Path(draft.source_path).name or draft.title or "The pasted text"
                    messages.append(f"{name}: {exc}")
                except Exception as exc:
                    messages.append(f"{draft.title or 'article'}: {exc}")
        finally:
            if len(drafts) > 1:
                stack.endMacro()
        if imported:
            self.imported.emit(imported[-1])
        if messages:
            done = f"{len(imported)} article(s) imported. " if imported else "Nothing imported. "
            self.problems.emit("Import articles", done + "\n\n" + "\n".join(messages))
        return imported
