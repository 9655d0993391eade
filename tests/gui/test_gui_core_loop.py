"""The core loop, driven through the real main window as an analyst would."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog

from storage import Project
from tests.conftest import write_article
from tests.helpers.gui_driving import (
    ARTICLE,
    action,
    cell,
    edit_cell,
    import_through_dialog,
    passage_highlights,
    release_modifiers,
    select_text,
)


def test_import_annotate_date_undo_export_reopen(window, qtbot, monkeypatch, tmp_path):
    path = write_article(tmp_path, "ferry.txt", ARTICLE)
    import_through_dialog(window, monkeypatch, path)
    assert window.article_list.model().rowCount() == 1
    assert window.article_list.model().index(0, 0).data() == "Ferry service resumes"
    assert window.article_view.toPlainText() == ARTICLE
    assert window.banner.isVisible()  # no published date: the analyst is asked for it

    select_text(window, qtbot, "the November storm damaged the pier")
    assert action(window, "actionNewEventFromSelection").isEnabled()
    qtbot.keyClick(window.article_view, Qt.Key_E, Qt.ControlModifier)
    release_modifiers(qtbot, window.article_view)
    assert window.timeline_proxy.rowCount() == 1
    assert cell(window, 0, 1) == "the November storm damaged the pier"
    assert cell(window, 0, 0) == "undated"
    assert cell(window, 0, 3) == "1 · single source"  # distinct outlets (issue 12)
    # The new passage is highlighted in the text.
    assert len(passage_highlights(window)) == 1

    edit_cell(window, qtbot, 0, 0, "Nov 2024")
    assert cell(window, 0, 0) == "Nov 2024"
    event_id = window.current_event_id()
    assert window.session.project.events.get(event_id).date.value == "2024-11"

    edit_cell(window, qtbot, 0, 0, "31 February 2025")
    assert cell(window, 0, 0) == "Nov 2024"
    assert window.timeline_message.isVisible()
    assert "February" in window.timeline_message.text()

    edit_cell(window, qtbot, 0, 1, "Storm damages pier")
    assert window.session.project.events.get(event_id).title == "Storm damages pier"

    action(window, "actionUndo").trigger()  # title
    action(window, "actionUndo").trigger()  # date
    assert cell(window, 0, 0) == "undated"
    assert cell(window, 0, 1) == "the November storm damaged the pier"
    assert window.session.project.events.get(event_id).date is None
    action(window, "actionRedo").trigger()
    action(window, "actionRedo").trigger()
    assert (cell(window, 0, 0), cell(window, 0, 1)) == ("Nov 2024", "Storm damages pier")

    out = tmp_path / "timeline.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    action(window, "actionExportCsv").trigger()
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    row = rows[0]
    assert (row["date_value"], row["display_date"], row["title"]) == (
        "2024-11", "Nov 2024", "Storm damages pier")
    assert (row["earliest"], row["latest"], row["precision"]) == (
        "2024-11-01", "2024-11-30", "month")
    assert row["quotes"] == "the November storm damaged the pier"
    assert row["source_titles"] == "Ferry service resumes"

    project_path = window.session.path
    window.close()
    reopened = Project(project_path)
    try:
        event = reopened.events.get(event_id)
        assert (event.title, event.date.value) == ("Storm damages pier", "2024-11")
        assert reopened.annotations.for_event(event_id)[0].quote == (
            "the November storm damaged the pier")
    finally:
        reopened.close()


def test_link_selection_adds_second_source_and_unlink_undoes(window, qtbot, monkeypatch,
                                                             tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", ARTICLE))
    select_text(window, qtbot, "the ferry would sail again")
    action(window, "actionNewEventFromSelection").trigger()
    select_text(window, qtbot, "Repairs took most of the winter")
    assert action(window, "actionLinkSelection").isEnabled()
    action(window, "actionLinkSelection").trigger()
    # Two passages of one article are one source: Sources counts outlets (issue 12).
    assert cell(window, 0, 3) == "1 · single source"
    assert window.event_panel.passages.count() == 2
    action(window, "actionUndo").trigger()
    assert window.event_panel.passages.count() == 1


def test_clicking_a_highlight_selects_its_event(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", ARTICLE))
    select_text(window, qtbot, "the ferry would sail again")
    action(window, "actionNewEventFromSelection").trigger()
    select_text(window, qtbot, "Repairs took most of the winter")
    action(window, "actionNewEventFromSelection").trigger()
    assert window.event_panel.title.text() == "Repairs took most of the winter"
    view = window.article_view
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().index("ferry would") + 2)
    view.setTextCursor(cursor)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=point)
    assert window.event_panel.title.text() == "the ferry would sail again"


def test_selecting_an_event_scrolls_to_and_highlights_its_passage(window, qtbot, monkeypatch,
                                                                  tmp_path):
    long_text = "Opening line.\n\n" + "Filler paragraph without dates.\n\n" * 200 + (
        "The dam failed at dawn.")
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "long.txt", long_text))
    select_text(window, qtbot, "The dam failed at dawn")
    action(window, "actionNewEventFromSelection").trigger()
    view = window.article_view
    view.moveCursor(QTextCursor.Start)
    window.timeline_selection().clear()
    table = window.timeline_table
    qtbot.mouseClick(table.viewport(), Qt.LeftButton,
                     pos=table.visualRect(window.timeline_proxy.index(0, 1)).center())
    assert window.current_event_id() is not None
    assert view.verticalScrollBar().value() > 0
    assert view.textCursor().position() in range(long_text.index("The dam"), len(long_text) + 1)


def test_typing_in_the_event_panel_saves_and_merges_into_one_undo(window, qtbot, monkeypatch,
                                                                  tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", ARTICLE))
    select_text(window, qtbot, "the ferry would sail again")
    action(window, "actionNewEventFromSelection").trigger()
    panel = window.event_panel
    panel.title.setFocus()
    panel.title.selectAll()
    qtbot.keyClicks(panel.title, "Ferry back")
    event_id = window.current_event_id()
    assert window.session.project.events.get(event_id).title == "Ferry back"
    assert cell(window, 0, 1) == "Ferry back"
    action(window, "actionUndo").trigger()
    assert window.session.project.events.get(event_id).title == "the ferry would sail again"
    panel.date.setFocus()
    qtbot.keyClicks(panel.date, "week 26 2025")
    qtbot.keyClick(panel.date, Qt.Key_Return)
    assert window.session.project.events.get(event_id).date.value == "2025-W26"
    panel.date.selectAll()
    qtbot.keyClicks(panel.date, "someday")
    qtbot.keyClick(panel.date, Qt.Key_Return)
    assert panel.date_message.isVisible()
    assert window.session.project.events.get(event_id).date.value == "2025-W26"


def test_delete_event_asks_nothing_and_undo_restores(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", ARTICLE))
    select_text(window, qtbot, "the ferry would sail again")
    action(window, "actionNewEventFromSelection").trigger()
    window.timeline_table.setFocus()
    action(window, "actionDeleteEvent").trigger()
    assert window.timeline_proxy.rowCount() == 0
    assert passage_highlights(window) == []
    action(window, "actionUndo").trigger()
    assert window.timeline_proxy.rowCount() == 1
    assert len(passage_highlights(window)) == 1


def test_same_text_twice_gives_a_message_and_no_duplicate(window, qtbot, monkeypatch, tmp_path):
    first = write_article(tmp_path, "a.txt", ARTICLE)
    second = write_article(tmp_path, "copy.txt", ARTICLE + "\n")
    import_through_dialog(window, monkeypatch, first)
    messages = []
    window.importer.problems.connect(lambda title, text: messages.append(text))
    import_through_dialog(window, monkeypatch, second)
    assert window.article_list.model().rowCount() == 1
    assert "already in the project" in messages[0] and "copy.txt" in messages[0]


def test_bad_files_are_reported_and_good_ones_imported_as_one_undo_step(
        window, qtbot, monkeypatch, tmp_path):
    good = write_article(tmp_path, "good.txt", ARTICLE)
    other = write_article(tmp_path, "other.md", "# Other story\n\nA quiet day in March 2021.")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    messages = []
    window.importer.problems.connect(lambda title, text: messages.append(text))
    import_through_dialog(window, monkeypatch, good, binary, other)
    assert window.article_list.model().rowCount() == 2
    assert "photo.txt" in messages[0]
    action(window, "actionUndo").trigger()
    assert window.article_list.model().rowCount() == 0


def test_paste_as_new_article(window, qtbot):
    QApplication.clipboard().setText("Pasted headline\n\nSomething happened on Friday.")
    window.findChild(QAction, "actionPasteArticle").trigger()
    assert window.article_list.model().rowCount() == 1
    assert window.article_view.toPlainText().startswith("Pasted headline")


def test_article_details_set_published_date(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", ARTICLE))
    action(window, "actionArticleDetails").trigger()
    dialog = window.article_dialog
    published = dialog.edits["published"]
    published.setText("32 July 2025")
    dialog.accept()
    assert dialog.isVisible() and dialog.message.text()
    published.setText("1 July 2025")
    dialog.accept()
    assert not dialog.isVisible()
    article = window.session.project.articles.get(window.current_article_id())
    assert article.published == "2025-07-01"
    assert window.article_list.model().index(0, 2).data() == "1 Jul 2025"
    assert not window.banner.isVisible()
    action(window, "actionUndo").trigger()
    assert window.session.project.articles.get(article.id).published == ""


def test_layout_is_remembered(qtbot, tmp_path):
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow

    first = MainWindow(ProjectSession(Project(tmp_path / "a.sqlite")))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.main_split.setSizes([111, 300, 289])
    remembered = first.main_split.sizes()
    size = first.size()
    first.close()
    second = MainWindow(ProjectSession(Project(tmp_path / "a.sqlite")))
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.main_split.sizes() == remembered
    second.close()
