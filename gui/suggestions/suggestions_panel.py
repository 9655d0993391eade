"""Suggestions beside the timeline: the events the article reports; accept
(Enter), edit first (F2), dismiss (Delete), accept all.

Every action is one undo step: accepting creates the event with its date,
its actor: and place: tags, and the sentence linked as its source (with the
expression that dated it); dismissing is remembered per article.  Selecting
a row shows its trigger and sentence in the reading pane.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.commands.event_commands import CreateEvent
from gui.commands.suggestion_commands import DismissSuggestion, LinkSuggestion
from gui.suggestions.suggestions_model import (
    DATE,
    DATED_BY,
    NAMES,
    NEW,
    TITLE,
    SuggestionsModel,
    italic_title,
)
from gui.suggestions.text_direction import TextDirectionDelegate


class SuggestionsTable(QTableView):
    """Enter accepts and Delete dismisses, but only when no cell is being edited:
    the Return that closes an editor must not also accept the row."""

    acceptRequested = Signal()
    acceptAsNewRequested = Signal()  # Shift+Enter: a new event even when one matches
    dismissRequested = Signal()

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.EditingState and not event.modifiers() & (
                Qt.ControlModifier | Qt.AltModifier):
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                if event.modifiers() & Qt.ShiftModifier:
                    self.acceptAsNewRequested.emit()
                else:
                    self.acceptRequested.emit()
                return
            if event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
                self.dismissRequested.emit()
                return
        super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    accepted = Signal(int)  # event id
    failed = Signal(str, str)
    # The Suggestion of the current row (storage.suggestion_review), None when none is.
    suggestionSelected = Signal(object)
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
        self.find_button = QPushButton("Find events", objectName="findDates")
        self.find_button.clicked.connect(self.model.find_all)
        self.table = SuggestionsTable(objectName="suggestionsTable")
        self.table.setProperty("columnsLayout", "events")  # not the saved date columns
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked
                                   | QAbstractItemView.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(TextDirectionDelegate(self.table))  # Arabic titles
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        for column, width in ((DATE, 150), (DATED_BY, 110), (NAMES, 130)):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            header.resizeSection(column, width)
        self.accept_button = QPushButton("&Accept", objectName="acceptSuggestion")
        self.accept_button.setToolTip(
            "Make an event of the selected suggestions, with their tags and sentence (Enter); "
            "F2 edits the title or date first")
        self.dismiss_button = QPushButton("Di&smiss", objectName="dismissSuggestion")
        self.dismiss_button.setToolTip("Hide the selected suggestions for this article (Delete)")
        self.accept_all_button = QPushButton("Accept A&ll", objectName="acceptAllSuggestions")
        self.accept_all_button.setToolTip(
            "Make an event of every new suggestion that has a calendar date, "
            "never two of one happening")
        self.accept_button.clicked.connect(self.accept_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.table.acceptRequested.connect(self.accept_selected)
        self.table.acceptAsNewRequested.connect(self.accept_selected_as_new)
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
        self.model.matchesReady.connect(self._update_notice)
        self.model.modelReset.connect(self._current_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._update_notice()

    def set_article(self, article_id: int | None) -> None:
        self.model.set_article(article_id)

    def current_row(self):
        index = self.table.currentIndex()
        rows = self.model.rows
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _current_changed(self, *_args) -> None:
        self.suggestionSelected.emit(self.current_row())

    def _update_notice(self) -> None:
        model = self.model
        no_date = model.article_id is not None and model.reference is None
        reading = model.reading
        if model.article_id is None:
            text = "Select an article to see the events it reports."
        elif model.too_long:
            text = ("This article is very long; finding its events takes a few seconds. "
                    "Press “Find events” when you want them.")
        elif reading is not None and reading.code and not reading.covered:
            found = len(model.rows)
            text = (f"Dates are not found in {reading.name} text (the date finder reads "
                    f"English, Russian, Ukrainian and Arabic), so events are not proposed "
                    f"from it" + (f"; {found} proposed from what reads as an English date."
                                  if found else ". Select a passage and press Ctrl+E."))
        elif no_date:
            text = ("This article has no published date, so its relative dates cannot be "
                    "resolved and its own news is undated. Set it to see them as calendar "
                    "dates.")
        else:
            fresh = len(model.new_rows())
            found = len(model.rows)
            text = (f"{found} event{'s' if found != 1 else ''} found, dated relative to "
                    f"{model.reference:%A %-d %B %Y}; {fresh} not yet accepted.")
            clauses = sum(1 for row in model.new_rows() if row.clause_only)
            if clauses:
                what = "is a dated sentence" if clauses == 1 else "are dated sentences"
                shown = ("in italics" if any(italic_title(row) for row in model.new_rows())
                         else "see the tooltip")
                text += (f" {clauses} {what} where no happening was found ({shown}): "
                         f"Accept All leaves {'it' if clauses == 1 else 'them'} to you.")
            if model.matching:
                text += " Comparing them with the project's events…"
        self.notice.setText(text)
        self.set_date_button.setVisible(no_date)
        self.find_button.setVisible(model.too_long)
        self.accept_all_button.setEnabled(model.has_rows_for_accept_all())

    def _selected(self):
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def accept_selected(self) -> None:
        """Enter: a row the project already holds is linked to that event as a
        further source; any other becomes a new event."""
        self._accept([row for row in self._selected() if row.status == NEW])

    def accept_selected_as_new(self) -> None:
        """Shift+Enter: a new event even for a row that matches one."""
        self._accept([row for row in self._selected() if row.status == NEW], as_new=True)

    def accept_all(self) -> None:
        self._accept(self.model.accept_all_rows())

    def _command(self, article_id: int, row, as_new: bool, linked: set[int]):
        """Link to the matching event (once per event), or make a new one."""
        match = None if as_new else self.model.match_of(row)
        given = row.date.value if row.date else ""  # the date this source gives
        if match is not None and match[0] not in linked:
            linked.add(match[0])
            return LinkSuggestion(self.session, article_id, match[0], row.start, row.end,
                                  row.expression_record, f"Add “{row.title}” to “{match[1]}”",
                                  source_date=given, tags=row.tags)
        return CreateEvent(
            self.session, row.title, row.date, passage=(article_id, row.start, row.end),
            tags=row.tags, text=f"Accept “{row.title}”", expression=row.expression_record,
            source_date=given)

    def _accept(self, rows, as_new: bool = False) -> None:
        if not rows or self.model.article_id is None:
            return
        if self.model.matching and not as_new:
            # Which rows the project holds already is not known yet: accepting now would
            # make duplicates of them. Nothing is done; the notice says why.
            self.notice.setText("Still comparing these events with the project's events "
                                "(a few seconds on a large project); accept them then, or "
                                "press Shift+Enter for new events.")
            return
        article_id = self.model.article_id
        stack = self.session.undo_stack
        current = self.table.currentIndex().row()
        if len(rows) > 1:
            stack.beginMacro(f"Accept {len(rows)} suggestions")
        created, linked = [], set()
        try:
            for row in rows:
                command = self._command(article_id, row, as_new, linked)
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
                        self.session, self.model.article_id, *row.key, row.title))
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
