"""Suggestions beside the timeline: accept (Enter), dismiss (Delete), accept all.

Every action is one undo step: accepting creates the event and links the
clause around the date as its source; dismissing is remembered per article.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from gui.commands.event_commands import CreateEvent
from gui.commands.suggestion_commands import DismissSuggestion
from gui.suggestions.suggestions_model import DATE, NEW, TEXT, TITLE, SuggestionsModel


class SuggestionsTable(QTableView):
    """Enter accepts and Delete dismisses, but only when no cell is being edited:
    the Return that closes an editor must not also accept the row."""

    acceptRequested = Signal()
    dismissRequested = Signal()

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.EditingState and not event.modifiers() & (
                Qt.ControlModifier | Qt.AltModifier):
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.acceptRequested.emit()
                return
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
                self.dismissRequested.emit()
                return
        super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    accepted = Signal(int)  # event id
    failed = Signal(str, str)
    askPublishedDate = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self.session = session
        self.model = SuggestionsModel(session, self)
        self.notice = QLabel(objectName="suggestionsNotice", wordWrap=True)
        self.notice.setStyleSheet("background: #fff4ce; padding: 6px; border-radius: 3px;")
        self.set_date_button = QPushButton("Set published date…", objectName="setPublishedDate")
        self.set_date_button.clicked.connect(self.askPublishedDate)
        self.find_button = QPushButton("Find dates", objectName="findDates")
        self.find_button.clicked.connect(self.model.find_all)
        self.table = SuggestionsTable(objectName="suggestionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked
                                   | QAbstractItemView.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.Interactive)
        header.resizeSection(TEXT, 110)
        header.setSectionResizeMode(DATE, QHeaderView.Interactive)
        header.resizeSection(DATE, 130)
        header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        self.accept_button = QPushButton("&Accept", objectName="acceptSuggestion")
        self.accept_button.setToolTip("Make an event of the selected suggestions (Enter)")
        self.dismiss_button = QPushButton("Di&smiss", objectName="dismissSuggestion")
        self.dismiss_button.setToolTip("Hide the selected suggestions for this article (Delete)")
        self.accept_all_button = QPushButton("Accept A&ll", objectName="acceptAllSuggestions")
        self.accept_button.clicked.connect(self.accept_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.table.acceptRequested.connect(self.accept_selected)
        self.table.dismissRequested.connect(self.dismiss_selected)

        buttons = QHBoxLayout()
        for button in (self.accept_button, self.dismiss_button, self.accept_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.set_date_button)
        notice_row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(notice_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_notice)
        self._update_notice()

    def set_article(self, article_id: int | None) -> None:
        self.model.set_article(article_id)

    def _update_notice(self) -> None:
        model = self.model
        no_date = model.article_id is not None and model.reference is None
        if model.article_id is None:
            text = "Select an article to see the dates it mentions."
        elif model.too_long:
            text = ("This article is very long; finding its dates takes a few seconds. "
                    "Press “Find dates” when you want them.")
        elif no_date:
            text = ("This article has no published date, so its relative dates cannot be "
                    "resolved. Set it to see them as calendar dates.")
        else:
            fresh = len(model.new_rows())
            text = (f"{len(model.rows)} dates found relative to "
                    f"{model.reference:%A %-d %B %Y}; {fresh} not yet accepted.")
        self.notice.setText(text)
        self.set_date_button.setVisible(no_date)
        self.find_button.setVisible(model.too_long)
        self.accept_all_button.setEnabled(bool(model.new_rows()))

    def _selected(self):
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def accept_selected(self) -> None:
        self._accept([row for row in self._selected() if row.status == NEW])

    def accept_all(self) -> None:
        self._accept(self.model.new_rows())

    def _accept(self, rows) -> None:
        if not rows or self.model.article_id is None:
            return
        article_id = self.model.article_id
        stack = self.session.undo_stack
        current = self.table.currentIndex().row()
        if len(rows) > 1:
            stack.beginMacro(f"Accept {len(rows)} suggestions")
        created = []
        try:
            for row in rows:
                command = CreateEvent(
                    self.session, row.title, row.date, passage=(article_id, row.start, row.end),
                    text=f"Accept “{row.expression.text}”",
                    expression=(row.expression.start, row.expression.end, row.expression.value))
                try:
                    self.session.push(command)
                except Exception as exc:
                    self.failed.emit("Accept suggestion", str(exc))
                    break
                created.append(command.event_id)
        finally:
            if len(rows) > 1:
                stack.endMacro()
        self._restore_current(current)
        if len(created) == 1:
            self.accepted.emit(created[0])

    def dismiss_selected(self) -> None:
        rows = [row for row in self._selected() if row.status == NEW]
        if not rows or self.model.article_id is None:
            return
        current = self.table.currentIndex().row()
        stack = self.session.undo_stack
        if len(rows) > 1:
            stack.beginMacro(f"Dismiss {len(rows)} suggestions")
        try:
            for row in rows:
                try:
                    self.session.push(DismissSuggestion(
                        self.session, self.model.article_id, *row.key, row.expression.text))
                except Exception as exc:
                    self.failed.emit("Dismiss suggestion", str(exc))
                    break
        finally:
            if len(rows) > 1:
                stack.endMacro()
        self._restore_current(current)

    def _restore_current(self, row: int) -> None:
        """Keep the keyboard where it was, on the next suggestion, so an analyst
        can go down the list with Enter and Delete alone."""
        rows = self.model.rows
        if not rows:
            return
        fresh = [i for i, r in enumerate(rows) if r.status == NEW]
        after = [i for i in fresh if i >= row]
        target = after[0] if after else (fresh[-1] if fresh else min(row, len(rows) - 1))
        self.table.selectRow(max(target, 0))
        self.table.setFocus()
