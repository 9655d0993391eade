"""Getting articles in: files from a dialog or a drop, and pasted text.

Files are read and decoded by ``gui.exchange.import_worker`` on a worker thread when
there is more than a little to read, behind a progress dialog with Cancel, so
the window never freezes; a few small files are read at once, because a
thread and a flashing dialog for a 6 KB article only add latency.  Either
way the writing happens here, on the GUI thread (the project's SQLite
connection belongs to it).

A few articles are written as one ``ImportBatch`` command
(``gui.commands.article_import``): one transaction, one undo step.  More than
``SLICE_SIZE`` (a folder of a thousand) are written in slices, one short
transaction per event-loop turn, because writing and FTS-indexing a thousand
articles at once stalls the window for most of a second.  The progress
dialog counts the articles as each slice lands; the views hear of them once,
at the end, when the written articles become one ``ImportArticles`` on the
undo stack whose first redo announces the import's one change record
(issue 10: one undo step, one change record, no reset), so Undo removes the
whole import and Redo restores it.  (The dialog is window-modal, so the
analyst cannot act on views that do not show the slices yet.)  Cancel during the reading leaves the
project untouched; Cancel (or a failure such as a full disk) during the
writing keeps the slices already written, as that one undoable step, and
says so: the analyst sees them in the list, and Undo removes them.  What a
sliced write carries between turns is in ``gui.exchange.sliced_write``.

Files that cannot be read, and texts that are already in the project, are
reported together in one message; the files that could be read are imported
all the same.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from gui.commands.article_commands import ImportArticles
from gui.exchange import import_worker
from gui.exchange.progress import reading_progress
from gui.exchange.sliced_write import SlicedWrite, drop_duplicates
from storage.changes import combine
from storage.intake.article_files import ArticleReadError, draft_from_paste
from storage.intake.published_evidence import conflict_note

FILE_FILTER = ("Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf);;"
               "All files (*)")


def _total_size(paths) -> int:
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            pass  # the reader reports it with the file's name
    return total


def _disagreements(drafts) -> list[str]:
    """A line for each imported article whose date evidence disagrees (never settled silently)."""
    return [f"{Path(d.source_path).name or d.title}: {conflict_note(d)} Check it in "
            "Article ▸ Article Details." for d in drafts if conflict_note(d)]


class ImportController(QObject):
    imported = Signal(int)  # id of the last article imported
    problems = Signal(str, str)  # title, message
    message = Signal(str, int)  # status bar text, milliseconds
    finished = Signal()  # an import (at once or in the background) has ended

    # Above this many bytes (or files), reading goes to the worker thread.
    BACKGROUND_BYTES = 512 * 1024
    BACKGROUND_FILES = 20
    # Articles written per event-loop turn (one transaction each); more than
    # this in one import are written in slices.  About 1 ms an article on the
    # 10,000-article project (FTS triggers, the list's row insert), so a slice
    # stays well inside the 100 ms a stall may last.
    SLICE_SIZE = 25

    def __init__(self, session, parent_widget):
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self.thread: import_worker.ReadThread | None = None
        self.progress: QProgressDialog | None = None
        self.writing: SlicedWrite | None = None
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)  # next turn, after input, paint and timers
        self._slice_timer.timeout.connect(self._write_slice)

    @property
    def busy(self) -> bool:
        return self.thread is not None or self.writing is not None

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
            return self._import_drafts(result.drafts, result.messages, result.hashes)
        self._start_background(paths)
        return []

    def _start_background(self, paths: list[str]) -> None:
        self.progress = reading_progress(self.parent_widget, "Import articles",
                                         "Reading articles…", len(paths) if len(paths) > 1 else 0,
                                         "importProgress", self.cancel)
        self.thread = import_worker.start(paths, self._on_progress, self._on_read)

    def cancel(self) -> None:
        """Stop the running import: while reading, nothing is written; while
        writing, the slices already written are kept as one undo step."""
        if self.writing is not None:
            self.writing.cancelled = True
            if self._slice_timer.isActive():  # between slices: stop now
                self._slice_timer.stop()
                self._finish_writing()
            return  # inside a slice (a re-entrant cancel): it stops when the slice ends
        if self.thread is None:
            return
        self.thread.cancel()
        self.thread = None  # its result, when it arrives, is thrown away
        self._close_progress()
        self.message.emit("Import cancelled; nothing was imported.", 8000)
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
        if self._window_closed() or result.cancelled:
            self._close_progress()
            self.finished.emit()
            return
        if len(result.drafts) > self.SLICE_SIZE and self.progress is not None:
            self.writing = SlicedWrite(result.drafts, result.hashes, result.messages)
            self.writing.pause_autocheckpoint(self.session.project)
            self.progress.setLabelText(f"Saving {len(result.drafts)} articles…")
            self.progress.setRange(0, len(result.drafts))
            self.progress.setValue(0)
            self._slice_timer.start()
            return
        self._close_progress()
        self._import_drafts(result.drafts, result.messages, result.hashes)
        self.finished.emit()

    def _window_closed(self) -> bool:
        # The window (and its project) closed while the files were read.
        return self.session.closed

    def _write_slice(self) -> None:
        """One slice: its own transaction, then the views and the progress."""
        state = self.writing
        if state is None:
            return
        if self._window_closed():  # the project is closed: what was written stays
            self.writing = None
            self._close_progress()
            self.finished.emit()
            return
        end = min(state.position + self.SLICE_SIZE, len(state.drafts))
        fresh = drop_duplicates(self.session.project.articles,
                                state.drafts[state.position:end], state.messages,
                                state.hashes[state.position:end], state.seen)
        try:
            written = self.session.project.articles.add_drafts(fresh)
        except Exception as exc:  # this slice was rolled back; the earlier ones stay
            state.messages.append(f"{exc} The articles from "
                                  f"{Path(state.drafts[state.position].source_path).name} "
                                  "on were not saved; you can import them again.")
            self._finish_writing()
            return
        state.written.extend(written.ids)
        state.written_drafts.extend(fresh)
        state.records.append(written.changes)  # announced together, at the end
        state.position = end
        if self.progress is not None:
            self.progress.setLabelText(f"Saving articles… {len(state.written)} of "
                                       f"{len(state.drafts)} saved")
            self.progress.setValue(end)  # modal: may run the event loop, and a Cancel
        if self.writing is not state:
            return
        if state.cancelled or end >= len(state.drafts):
            self._finish_writing()
        else:
            self._slice_timer.start()

    def _finish_writing(self) -> None:
        """The written articles become one undo step; then tell the analyst."""
        state, self.writing = self.writing, None
        self._close_progress()
        state.resume_autocheckpoint(self.session.project)
        if state.written:
            self.session.push(ImportArticles(self.session, state.written_drafts,
                                            written=state.written,
                                            changes=combine(state.records)))
            self.imported.emit(state.written[-1])
        if state.cancelled:
            self.message.emit(
                f"Import cancelled: {len(state.written)} of {len(state.drafts)} articles "
                "were imported; Undo removes them.", 15000)
        state.messages.extend(_disagreements(state.written_drafts))
        if state.messages:
            done = (f"{len(state.written)} article(s) imported. " if state.written
                    else "Nothing imported. ")
            self.problems.emit("Import articles", done + "\n\n" + "\n".join(state.messages))
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

    def import_drafts(self, drafts) -> list[int]:
        """Import drafts read elsewhere (a fetched page) as one undo step."""
        return self._import_drafts(list(drafts), [])

    def _import_drafts(self, drafts, messages: list[str], hashes=None) -> list[int]:
        drafts = drop_duplicates(self.session.project.articles, drafts, messages, hashes)
        imported: list[int] = []
        if drafts:
            command = ImportArticles(self.session, drafts)
            try:
                self.session.push(command)
                imported = list(command.article_ids)
            except Exception as exc:  # the whole batch was rolled back
                messages.append(f"{exc} Nothing of this import was saved; you can try again.")
        if imported:
            self.imported.emit(imported[-1])
            messages.extend(_disagreements(drafts))
        if messages:
            done = f"{len(imported)} article(s) imported. " if imported else "Nothing imported. "
            self.problems.emit("Import articles", done + "\n\n" + "\n".join(messages))
        return imported
