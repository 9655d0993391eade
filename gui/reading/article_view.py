"""The selected article's text, read-only, with its linked passages highlighted.

All positions crossing this widget's boundary are Python code-point offsets;
``OffsetMap`` converts to Qt's UTF-16 positions, so a passage that contains an
emoji is stored exactly as the analyst selected it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip

from gui.text_offsets import OffsetMap

PASSAGE = QColor(255, 236, 153)
CURRENT = QColor(255, 190, 90)
EXPRESSION = QColor(25, 95, 200)


class ArticleView(QPlainTextEdit):
    passageClicked = Signal(int)  # event id
    spanSelected = Signal(int, int)  # code-point start, end ("" selection: start == end)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self._align_by_paragraph()
        self.setMouseTracking(True)
        self.document().setDocumentMargin(12)
        self.context_actions: list = []
        self.article = None
        self._map = OffsetMap("")
        self._passages = []
        self._titles: dict[int, str] = {}
        self._current_event: int | None = None
        self._extra_layers: dict[str, list] = {}
        self._marks: list[tuple[int, int, str]] = []
        self.selectionChanged.connect(self._emit_selection)
        self.show_placeholder("Import an article (File ▸ Import articles, drag a file here, "
                              "or Edit ▸ Paste as new article) and select it on the left.")

    def _align_by_paragraph(self) -> None:
        """Each paragraph takes its direction from its first strong letter (Unicode
        bidi rule P2), so Arabic paragraphs read right to left and English ones left
        to right in one article.  The plain-text layout aligns every block by the
        document's one option and ignores block formats; justified text is the one
        option Qt's line layout puts on the right of a right-to-left paragraph
        (its last line included) and on the left of a left-to-right one."""
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirectionAuto)
        option.setAlignment(Qt.AlignJustify)
        self.document().setDefaultTextOption(option)

    # -- content ------------------------------------------------------------
    def show_placeholder(self, message: str) -> None:
        self.article = None
        self._passages = []
        self._marks = []
        self._extra_layers.clear()
        self.setPlainText("")
        self.setPlaceholderText(message)
        self._refresh()

    def show_article(self, article, passages, titles: dict[int, str]) -> None:
        self.article = article
        self._map = OffsetMap(article.text)
        self._marks = []
        self._extra_layers.clear()
        self.setPlainText(article.text)
        self.set_passages(passages, titles)
        self.moveCursor(QTextCursor.Start)

    def set_passages(self, passages, titles: dict[int, str]) -> None:
        self._passages = list(passages)
        self._titles = dict(titles)
        self._refresh()

    def set_layer(self, name: str, selections: list) -> None:
        """Extra underlines or marks drawn under the passages (e.g. time expressions)."""
        self._extra_layers[name] = selections
        self._refresh()

    def set_expressions(self, marks: list[tuple[int, int, str]]) -> None:
        """Underline the time expressions; ``marks`` are (start, end, tooltip)."""
        self._marks = list(marks)
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
        fmt.setUnderlineColor(EXPRESSION)
        fmt.setForeground(EXPRESSION)
        self.set_layer("expressions", [self._selection(start, end, fmt)
                                       for start, end, _tip in self._marks
                                       if end <= self._map.length])

    def mark_at(self, qt_position: int) -> str | None:
        index = self._map.to_python(qt_position)
        for start, end, tooltip in self._marks:
            if start <= index < end:
                return tooltip
        return None

    def set_current_event(self, event_id: int | None, *, scroll: bool = True) -> None:
        self._current_event = event_id
        self._refresh()
        if scroll and event_id is not None:
            for passage in self._passages:
                if passage.event_id == event_id:
                    self.reveal(passage.start, passage.end)
                    break

    # -- positions -------------------------------------------------------------
    @property
    def passages(self) -> list:
        """The passages highlighted now (storage Annotation records)."""
        return self._passages

    @property
    def offsets(self) -> OffsetMap:
        return self._map

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        return self._map.span_to_python(cursor.selectionStart(), cursor.selectionEnd())

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.KeepAnchor)
        self.setTextCursor(cursor)

    def reveal(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(end))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(self._map.to_qt(start))
        self.setTextCursor(cursor)
        self.centerCursor()

    def passage_at(self, qt_position: int):
        index = self._map.to_python(qt_position)
        hits = [p for p in self._passages if p.start <= index < p.end]
        return min(hits, key=lambda p: p.end - p.start) if hits else None

    # -- drawing -------------------------------------------------------------
    def _selection(self, start: int, end: int, fmt: QTextCharFormat):
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def make_selection(self, start: int, end: int, fmt: QTextCharFormat):
        return self._selection(start, end, fmt)

    def _refresh(self) -> None:
        selections = [s for layer in self._extra_layers.values() for s in layer]
        for passage in self._passages:
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT if passage.event_id == self._current_event else PASSAGE)
            selections.append(self._selection(passage.start, passage.end, fmt))
        self.setExtraSelections(selections)

    # -- interaction -----------------------------------------------------------
    def _emit_selection(self) -> None:
        span = self.selected_span()
        self.spanSelected.emit(*(span or (0, 0)))

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        position = self.cursorForPosition(event.position().toPoint()).position()
        passage = self.passage_at(position)
        lines = []
        if passage is not None:
            lines.append(f"Event: {self._titles.get(passage.event_id, 'event')}")
        mark = self.mark_at(position)
        if mark:
            lines.append(mark)
        if lines:
            QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and not self.textCursor().hasSelection():
            passage = self.passage_at(
                self.cursorForPosition(event.position().toPoint()).position())
            if passage is not None:
                self.passageClicked.emit(passage.event_id)

    def contextMenuEvent(self, event) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.insertSeparator(menu.actions()[0] if menu.actions() else None)
            for action in reversed(self.context_actions):
                menu.insertAction(menu.actions()[0], action)
        menu.exec(event.globalPos())
        menu.deleteLater()
