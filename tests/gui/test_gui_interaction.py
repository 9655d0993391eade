"""Hover, drag-and-drop and clickable passages: the rest of the core loop."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox, QToolTip

from storage.articles import content_hash
from tests.conftest import write_article
from tests.helpers.gui_driving import ARTICLE, action, import_through_dialog, select_text


def test_hovering_a_highlight_shows_its_event(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", ARTICLE))
    select_text(window, qtbot, "the ferry would sail again")
    action(window, "actionNewEventFromSelection").trigger()
    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().index("ferry would") + 3)
    point = view.cursorRect(cursor).center()
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert "Event: the ferry would sail again" in QToolTip.text()


def test_dropping_files_imports_them(window, qtbot, tmp_path):
    first = write_article(tmp_path, "one.txt", "First story\n\nA vote is due on Friday.")
    second = write_article(tmp_path, "two.md", "# Second story\n\nRain fell in June 2024.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.article_list.model().rowCount() == 2)
    titles = {window.article_list.model().index(r, 0).data() for r in range(2)}
    assert titles == {"First story", "Second story"}


def test_clicking_a_linked_passage_shows_it_in_its_article(window, qtbot, monkeypatch, tmp_path):
    other = "Harbour notes\n\nThe pier was rebuilt in spring."
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", ARTICLE),
                          write_article(tmp_path, "b.txt", other))
    window.select_article(window.session.project.articles.find_by_hash(content_hash(ARTICLE)))
    select_text(window, qtbot, "the ferry would sail again")
    action(window, "actionNewEventFromSelection").trigger()
    # Link a passage of the other article to the same event.
    event_id = window.current_event_id()
    b_id = [s.id for s in window.session.project.articles.summaries() if s.title ==
            "Harbour notes"][0]
    window.select_article(b_id)
    window.select_event(event_id)
    select_text(window, qtbot, "The pier was rebuilt in spring")
    action(window, "actionLinkSelection").trigger()
    passages = window.event_panel.passages
    assert passages.count() == 2
    # Click the first passage (in the ferry article): the view switches and selects it.
    item = next(passages.item(i) for i in range(2) if "ferry" in passages.item(i).text())
    rect = passages.visualItemRect(item)
    qtbot.mouseClick(passages.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.article_view.article.title == "Ferry service resumes"
    assert window.article_view.textCursor().selectedText() == "the ferry would sail again"


def test_problems_appear_as_a_dialog_not_a_traceback(window, qtbot, monkeypatch, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    import_through_dialog(window, monkeypatch, empty)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QMessageBox)))
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert "empty.txt is empty" in boxes[0].text()
    boxes[0].accept()


def test_stable_object_names_for_automation(window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    for name in ("articleList", "articleView", "timelineTable", "eventPanel",
                 "suggestionsTable", "articleFilter", "timelineFilter"):
        assert window.findChild(QWidget, name) is not None, name
    for name in ("actionImportArticles", "actionNewEventFromSelection", "actionLinkSelection",
                 "actionExportCsv", "actionUndo", "actionRedo"):
        found = window.findChild(QAction, name)
        assert found is not None and found.text(), name
