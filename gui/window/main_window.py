"""The main window: articles on the left, the text in the centre, the timeline
and the selected event on the right.  It wires the views (laid out by
gui.window.window_layout) and keeps the current article and event in step; the work is
done by commands (gui.commands.event_commands) and controllers (gui.exchange.article_import)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMainWindow, QMessageBox

from gui.actions import build_actions
from gui.reading.article_list_model import ARTICLE_ID_ROLE
from gui.window.event_actions import EventActions
from gui.exchange.exchange_actions import ExchangeActions
from gui.exchange.article_import import ImportController
from gui.timeline.timeline_model import EVENT_ID_ROLE
from gui.window.window_layout import lay_out
from gui.window.window_state import WindowState


class MainWindow(QMainWindow):
    projectRequested = Signal(str)  # path: open (or create) this project in a new window
    newProjectRequested = Signal()
    restoreBackupRequested = Signal()  # File ▸ Restore from Backup… (gui.app.Windows)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        session.setParent(self)  # the project closes with its window
        self._closed = False
        self._article_stale = False  # a batch changed the current article; show it at its end
        self.setAcceptDrops(True)
        self.actions_by_name = build_actions(self)
        self.state = WindowState(self)

        lay_out(self, session)

        self.importer = ImportController(session, self)
        self.events = EventActions(self)
        self.exchange = ExchangeActions(self)
        self._wire()
        self.state.restore()
        self._update_title()
        self._update_actions()
        QTimer.singleShot(0, self._select_first_article)

    # -- wiring ----------------------------------------------------------------
    def _wire(self) -> None:
        a = self.actions_by_name
        stack = self.session.undo_stack
        a["actionUndo"].triggered.connect(stack.undo)
        a["actionRedo"].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a["actionUndo"].setEnabled)
        stack.canRedoChanged.connect(a["actionRedo"].setEnabled)
        stack.undoTextChanged.connect(lambda t: a["actionUndo"].setText(f"&Undo {t}".strip()))
        stack.redoTextChanged.connect(lambda t: a["actionRedo"].setText(f"&Redo {t}".strip()))
        stack.indexChanged.connect(self._update_actions)
        a["actionImportArticles"].triggered.connect(self.importer.ask_and_import)
        a["actionPasteArticle"].triggered.connect(self.importer.paste)
        a["actionExportCsv"].triggered.connect(self.export_csv)
        a["actionQuit"].triggered.connect(self.close)
        a["actionNewProject"].triggered.connect(self.newProjectRequested)
        a["actionRestoreBackup"].triggered.connect(self.restoreBackupRequested)
        a["actionOpenProject"].triggered.connect(self._ask_open_project)
        a["actionFindTimeline"].triggered.connect(lambda: self._focus(self.timeline_filter))
        a["actionFindArticles"].triggered.connect(lambda: self._focus(self.article_filter))
        a["actionArticleDetails"].triggered.connect(self.edit_article_details)
        self.importer.imported.connect(self.select_article)
        self.importer.problems.connect(self.show_problem)
        self.session.failed.connect(lambda message: self.show_problem("Undo/Redo", message))
        self.event_panel.failed.connect(lambda message: self.show_problem("Edit event", message))
        self.timeline_model.editRejected.connect(self._show_rejected_edit)
        self.article_list.selectionModel().currentRowChanged.connect(self._article_changed)
        self.session.articleRemoved.connect(self._article_removed)
        self.session.batchFinished.connect(self._batch_finished)
        self.article_view.spanSelected.connect(lambda *_: self._update_actions())
        self.article_view.passageClicked.connect(self.select_event)
        self.article_view.context_actions = [a["actionNewEventFromSelection"],
                                             a["actionLinkSelection"]]
        self.event_panel.passageActivated.connect(self.show_passage)
        self.timeline_selection().currentRowChanged.connect(self._event_changed)
        self.timeline_selection().selectionChanged.connect(self._event_changed)
        self.timeline_selection().selectionChanged.connect(lambda *_: self._update_actions())
        self.timeline_message.linkActivated.connect(lambda *_: self.timeline_message.hide())
        self.suggestions.model.expressionsChanged.connect(self.reading.show_expressions)
        self.suggestions.accepted.connect(self.select_event)
        self.suggestions.failed.connect(self.show_problem)
        self.suggestions.askPublishedDate.connect(self.edit_article_details)
        self.suggestions.model.editRejected.connect(
            lambda message: self.statusBar().showMessage(message, 8000))
        a["actionShowSuggestions"].triggered.connect(self.show_suggestions)
        # Delete removes the selected event only where events are selected, so the
        # same key can dismiss a suggestion or unlink a passage elsewhere.
        a["actionDeleteEvent"].setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.timeline_table.addAction(a["actionDeleteEvent"])
        self.chart.connect_actions(a)
        self.chart.view.addAction(a["actionDeleteEvent"])

    def timeline_selection(self) -> QItemSelectionModel:
        """The one selection model every view of the timeline shares."""
        return self.timeline_table.selectionModel()

    def _focus(self, line_edit: QLineEdit) -> None:
        line_edit.setFocus()
        line_edit.selectAll()

    def _update_title(self) -> None:
        read_only = " (read-only)" if self.session.project.read_only else ""
        self.setWindowTitle(f"{self.session.path.name}{read_only} — Timeline Annotator")
        self.setWindowFilePath(str(self.session.path))

    def _update_actions(self, *_args) -> None:
        a = self.actions_by_name
        has_text = self.article_view.selected_span() is not None
        a["actionNewEventFromSelection"].setEnabled(has_text)
        a["actionLinkSelection"].setEnabled(has_text and self.current_event_id() is not None)
        a["actionDeleteEvent"].setEnabled(self.current_event_id() is not None)
        has_article = self.current_article_id() is not None
        a["actionArticleDetails"].setEnabled(has_article)
        a["actionDeleteArticle"].setEnabled(has_article)
        a["actionUndo"].setEnabled(self.session.undo_stack.canUndo())
        a["actionRedo"].setEnabled(self.session.undo_stack.canRedo())

    # -- articles ----------------------------------------------------------------
    def current_article_id(self) -> int | None:
        index = self.article_list.selectionModel().currentIndex()
        return index.data(ARTICLE_ID_ROLE) if index.isValid() else None

    def select_article(self, article_id: int) -> None:
        source = self.article_model.index_of(article_id)
        if not source.isValid():
            return
        index = self.article_proxy.mapFromSource(source)
        if not index.isValid():
            self.article_filter.clear()
            index = self.article_proxy.mapFromSource(source)
        self.article_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.article_list.scrollTo(index)

    def _select_first_article(self) -> None:
        if self.current_article_id() is None and self.article_proxy.rowCount():
            self.article_list.selectRow(0)

    def _article_changed(self, *_args) -> None:
        if self.session.batching:
            self._article_stale = True  # shown once, when the batch ends
            return
        self._article_stale = False
        self.show_current_article()
        self._update_actions()

    def show_current_article(self) -> None:
        article_id = self.current_article_id()
        self.reading.show_article(article_id, self.current_event_id())
        self.suggestions.set_article(article_id)

    def show_suggestions(self) -> None:
        self.right_tabs.setCurrentWidget(self.suggestions)
        table = self.suggestions.table
        table.setFocus()
        if not table.currentIndex().isValid() and self.suggestions.model.rowCount():
            table.selectRow(0)

    def _article_removed(self, _article_id: int) -> None:
        self._article_changed()

    def _batch_finished(self) -> None:
        if self._article_stale:
            self._article_changed()

    def edit_article_details(self) -> None:
        self.events.edit_article_details()

    # -- events ------------------------------------------------------------------
    def current_event_id(self) -> int | None:
        """The event the analyst is working on: the current row if it is
        selected, else the first selected row."""
        selection = self.timeline_selection()
        index = selection.currentIndex()
        if index.isValid() and selection.isRowSelected(index.row(), index.parent()):
            return index.data(EVENT_ID_ROLE)
        rows = selection.selectedRows()
        return rows[0].data(EVENT_ID_ROLE) if rows else None

    def select_event(self, event_id: int) -> None:
        source = self.timeline_model.index_of(event_id)
        if not source.isValid():
            return
        index = self.timeline_proxy.mapFromSource(source)
        if not index.isValid():
            self.timeline_filter.clear()
            index = self.timeline_proxy.mapFromSource(source)
        self.timeline_selection().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.timeline_table.scrollTo(index)

    def _event_changed(self, *_args) -> None:
        event_id = self.current_event_id()
        self.event_panel.set_event(event_id)
        self._update_actions()
        if event_id is None:
            self.article_view.set_current_event(None)
            return
        passages = self.session.project.annotations.for_event(event_id)
        here = [p for p in passages if p.article_id == self.current_article_id()]
        if not here and passages:
            self.select_article(passages[0].article_id)
        self.article_view.set_current_event(event_id)

    def show_passage(self, article_id: int, annotation_id: int) -> None:
        if article_id != self.current_article_id():
            self.select_article(article_id)
        passage = self.session.project.annotations.get(annotation_id)
        self.article_view.reveal(passage.start, passage.end)
        self.article_view.select_span(passage.start, passage.end)

    def _show_rejected_edit(self, _row: int, message: str) -> None:
        self.timeline_message.setText(f"{message} The previous value was kept.")
        self.timeline_message.show()
        QTimer.singleShot(8000, self.timeline_message.hide)

    # -- files -------------------------------------------------------------------
    def export_csv(self) -> None:
        self.events.export_csv()

    def _ask_open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open project", str(self.session.path.parent),
            "Timeline projects (*.sqlite *.db);;All files (*)")
        if path:
            self.projectRequested.emit(path)

    def show_problem(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Warning, title, message, QMessageBox.Ok, self)
        box.setObjectName("problemDialog")
        box.open()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if paths:
            self.importer.import_files(paths)
            event.acceptProposedAction()

    def closeEvent(self, event) -> None:
        if not self._closed:
            self._closed = True
            self.state.save()
            for signal in (self.session.undo_stack.undoTextChanged,
                           self.session.undo_stack.redoTextChanged,
                           self.session.undo_stack.indexChanged):
                signal.disconnect()
            self.session.close()
        super().closeEvent(event)
