"""The main window: articles on the left, the text in the centre, the timeline
and the selected event on the right.

It composes the panels, giving each what it works with (the session, the
timeline's one selection model, the actions of gui.actions) in its
constructor, connects what they announce, and keeps the current article and
event in step.  The work is done by commands (gui.commands) that storage
answers with a change record, which the session announces to every view.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from gui.actions import build_actions
from gui.chart.chart_panel import ChartPanel
from gui.exchange.address_import import AddressImport
from gui.exchange.article_import import ImportController
from gui.exchange.exchange_actions import ExchangeActions
from gui.reading.article_list_model import ARTICLE_ID_ROLE, ArticleFilter, ArticleListModel
from gui.reading.reading_pane import ReadingPane
from gui.suggestions.suggestions_panel import SuggestionsPanel
from gui.timeline.event_panel import EventPanel
from gui.timeline.timeline_filter import TimelineFilter
from gui.timeline.timeline_model import TimelineModel
from gui.window.event_actions import EventActions
from gui.window.help_menu import HelpActions
from gui.window.window_layout import (
    article_columns,
    filtered_table,
    framed,
    splitter,
    timeline_columns,
)
from gui.window.window_state import WindowState
from storage.search import matching_articles


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
        self._article_stale = False  # a record changed the current article; show it at its end
        self._shown_event_id = None  # the event the panel and the text were last given
        self.setAcceptDrops(True)
        self.actions_by_name, self.menus = build_actions(self)
        self.recent_menu = self.menus["&File/Open &Recent"]
        self.state = WindowState(self)
        self._compose(session, self.actions_by_name)
        self._wire()
        # Connected last: every view has followed a record before the window
        # shows an article it put off (see ProjectSession.announce).
        session.changed.connect(self._on_changed)
        self.state.restore()
        self._update_title()
        self._update_actions()
        QTimer.singleShot(0, self._select_first_article)

    # -- composition ---------------------------------------------------------------
    def _compose(self, session, actions) -> None:
        """Every panel, given its collaborators; then where each sits and how big."""
        # Left: articles.
        self.article_model = ArticleListModel(session, self)
        self.article_proxy = ArticleFilter(
            self, search=lambda text: matching_articles(session.project, text))
        self.article_filter, self.article_list = filtered_table(
            self.article_model, self.article_proxy, "articleFilter",
            "Search articles (titles and texts)…", "articleList", stretch=0)
        article_columns(self.article_list)
        self.article_list.setSelectionMode(QAbstractItemView.SingleSelection)

        # Centre: the text.
        self.reading = ReadingPane(session)
        self.article_view, self.banner = self.reading.view, self.reading.banner

        # Right: the timeline (table and chart share one selection model), the
        # suggestions, and the event panel.
        self.timeline_model = TimelineModel(session, self)
        self.timeline_proxy = TimelineFilter(self)
        self.timeline_filter, self.timeline_table = filtered_table(
            self.timeline_model, self.timeline_proxy, "timelineFilter",
            "Filter timeline (title, tag, date; single-source, dates-differ, no-source)…",
            "timelineTable", stretch=1)
        timeline_columns(self.timeline_table)
        self.timeline_table.setEditTriggers(QAbstractItemView.DoubleClicked
                                            | QAbstractItemView.EditKeyPressed
                                            | QAbstractItemView.AnyKeyPressed)
        self.timeline_message = QLabel(objectName="timelineMessage", wordWrap=True)
        self.timeline_message.setStyleSheet("color: #b00020;")
        self.timeline_message.hide()
        selection = self.timeline_table.selectionModel()
        self.event_panel = EventPanel(session)
        self.chart = ChartPanel(session, self.timeline_proxy, selection, actions)
        self.suggestions = SuggestionsPanel(session)

        self.importer = ImportController(session, self)
        self.events = EventActions(session, actions, self.article_view, selection, self,
                                   expressions=self.suggestions.model.expressions_of)
        self.exchange = ExchangeActions(session, actions, self)
        self.address_import = AddressImport(actions, self.importer, self)
        self.help = HelpActions(actions, self.importer, self, self.statusBar(), session.path)

        self.right_tabs = QTabWidget(objectName="rightTabs")
        self.right_tabs.addTab(framed(self.timeline_filter, self.timeline_table,
                                      self.timeline_message), "&Timeline")
        self.right_tabs.addTab(self.chart, "C&hart")
        self.right_tabs.addTab(self.suggestions, "&Suggestions")
        self.right_split = splitter(Qt.Vertical, "rightSplitter",
                                    (self.right_tabs, self.event_panel), (3, 2))
        self.main_split = splitter(
            Qt.Horizontal, "mainSplitter",
            (framed(self.article_filter, self.article_list), self.reading, self.right_split),
            (2, 4, 4))
        self.setCentralWidget(self.main_split)
        self.resize(1440, 880)
        self.main_split.setSizes([270, 530, 640])  # the timeline's titles need the room
        self.right_split.setSizes([480, 400])

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
        a["actionQuit"].triggered.connect(self.close)
        a["actionNewProject"].triggered.connect(self.newProjectRequested)
        a["actionRestoreBackup"].triggered.connect(self.restoreBackupRequested)
        a["actionOpenProject"].triggered.connect(self._ask_open_project)
        a["actionFindTimeline"].triggered.connect(lambda: self._focus(self.timeline_filter))
        a["actionFindArticles"].triggered.connect(lambda: self._focus(self.article_filter))
        a["actionShowSuggestions"].triggered.connect(self.show_suggestions)
        for source in (self.events, self.exchange, self.importer):
            source.message.connect(self.statusBar().showMessage)
        for source in (self.events, self.exchange):
            source.problem.connect(self.show_problem)
        self.events.created.connect(self._event_created)
        self.importer.imported.connect(self.select_article)
        self.importer.problems.connect(self.show_problem)
        self.session.failed.connect(lambda message: self.show_problem("Undo/Redo", message))
        self.event_panel.failed.connect(lambda message: self.show_problem("Edit event", message))
        self.timeline_model.editRejected.connect(self._show_rejected_edit)
        self.article_list.selectionModel().currentRowChanged.connect(self._article_changed)
        self.article_view.spanSelected.connect(lambda *_: self._update_actions())
        self.article_view.passageClicked.connect(self.select_event)
        self.article_view.context_actions = [a["actionNewEventFromSelection"],
                                             a["actionLinkSelection"]]
        self.event_panel.passageActivated.connect(self.show_passage)
        self.timeline_selection().currentRowChanged.connect(self._event_changed)
        self.timeline_selection().selectionChanged.connect(self._event_changed)
        self.timeline_selection().selectionChanged.connect(lambda *_: self._update_actions())
        self.timeline_message.linkActivated.connect(lambda *_: self.timeline_message.hide())
        self.suggestions.model.languageRead.connect(self.reading.show_language)
        self.suggestions.model.expressionsChanged.connect(self.reading.show_expressions)
        self.suggestions.suggestionSelected.connect(self.reading.show_suggestion)
        self.suggestions.accepted.connect(self.select_event)
        self.suggestions.failed.connect(self.show_problem)
        self.suggestions.askPublishedDate.connect(self.edit_article_details)
        self.suggestions.model.editRejected.connect(
            lambda message: self.statusBar().showMessage(message, 8000))
        self.chart.failed.connect(self.show_problem)
        self.chart.editRequested.connect(self._focus_event_title)
        self.chart.showRequested.connect(lambda: self.right_tabs.setCurrentWidget(self.chart))
        self.chart.view.picked.connect(
            lambda _event_id: self.timeline_table.scrollTo(
                self.timeline_selection().currentIndex()))
        self.chart.view.picked.connect(self.reveal_event)
        self.timeline_table.clicked.connect(lambda _index: self.reveal_event())
        # Delete removes the selected event only where events are selected, so the
        # same key can dismiss a suggestion or unlink a passage elsewhere.
        a["actionDeleteEvent"].setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.timeline_table.addAction(a["actionDeleteEvent"])
        self.chart.view.addAction(a["actionDeleteEvent"])

    @property
    def article_dialog(self):
        return self.events.article_dialog

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
        a["actionMergeEvents"].setEnabled(
            len(self.timeline_table.selectionModel().selectedRows()) >= 2)
        has_article = self.current_article_id() is not None
        a["actionArticleDetails"].setEnabled(has_article)
        a["actionDeleteArticle"].setEnabled(has_article)
        a["actionRereadEncoding"].setEnabled(has_article)
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
        if self.session.announcing:
            self._article_stale = True  # shown once, when the record has gone round
            return
        self._show_changed_article()

    def _show_changed_article(self) -> None:
        self._article_stale = False
        self.show_current_article()
        self._update_actions()

    def show_current_article(self) -> None:
        article_id = self.current_article_id()
        self.reading.show_article(article_id, self.current_event_id())
        self.suggestions.set_article(article_id)
        self.chart.set_current_article(article_id)

    def show_suggestions(self) -> None:
        self.right_tabs.setCurrentWidget(self.suggestions)
        table = self.suggestions.table
        table.setFocus()
        if not table.currentIndex().isValid() and self.suggestions.model.rowCount():
            table.selectRow(0)

    def _on_changed(self, changes) -> None:
        """After every view: the article whose row left (or moved) while the
        record went round is shown now, once."""
        if self._article_stale or self.reading.article_id in changes.articles_removed:
            self._show_changed_article()

    def edit_article_details(self) -> None:
        self.events.edit_article_details()

    # -- events ------------------------------------------------------------------
    def current_event_id(self) -> int | None:
        """The event the analyst is working on: the current row if it is
        selected, else the first selected row."""
        return self.events.current_event_id()

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
        """Another event: shown in the panel, its article brought up.  The same
        event at another row (events accepted or imported before it) leaves
        the article the analyst is reading where it is."""
        event_id = self.current_event_id()
        same = event_id is not None and event_id == self._shown_event_id
        self._shown_event_id = event_id
        self.event_panel.set_event(event_id)
        self._update_actions()
        if event_id is None:
            self.article_view.set_current_event(None)
            return
        sources = self.event_panel.passage_articles  # read once, by the panel
        if not same and sources and self.current_article_id() not in sources:
            self.select_article(sources[0])
        self.article_view.set_current_event(event_id)

    def reveal_event(self, *_args) -> None:
        """A click on the event already selected brings its passage back into view
        (a click on another event does so through the selection)."""
        event_id = self.current_event_id()
        if event_id is None:
            return
        sources = self.event_panel.passage_articles
        if sources and self.current_article_id() not in sources:
            self.select_article(sources[0])
        self.article_view.set_current_event(event_id)

    def _event_created(self, event_id: int) -> None:
        """A new event: selected, its title ready to type over."""
        self.select_event(event_id)
        self._focus_event_title(event_id)

    def _focus_event_title(self, _event_id: int) -> None:
        self.event_panel.title.setFocus(Qt.OtherFocusReason)
        self.event_panel.title.selectAll()

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
