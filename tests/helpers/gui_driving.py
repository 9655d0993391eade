"""Driving the real main window as an analyst would: menus, dialogs, keys, cells.

Shared by the GUI tests (never imported from a test module).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLineEdit

from gui.session import ProjectSession
from gui.window.main_window import MainWindow

ARTICLE = (
    "Ferry service resumes\n\n"
    "The harbour authority said on Tuesday that the ferry would sail again. "
    "Crossings had stopped after the November storm damaged the pier.\n\n"
    "Repairs took most of the winter, officials said."
)


def action(window, name) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def import_through_dialog(window, monkeypatch, *paths):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))
    action(window, "actionImportArticles").trigger()


def select_text(window, qtbot, needle: str) -> None:
    """Select ``needle`` with the keyboard: Ctrl+Home, arrows, Shift+arrows."""
    view = window.article_view
    text = view.toPlainText()
    start = text.index(needle)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Home, Qt.ControlModifier)
    cursor = view.textCursor()
    cursor.setPosition(start)
    view.setTextCursor(cursor)
    for _ in needle:
        qtbot.keyClick(view, Qt.Key_Right, Qt.ShiftModifier)
    release_modifiers(qtbot, view)
    assert view.textCursor().selectedText() == needle


def release_modifiers(qtbot, widget) -> None:
    """QTest leaves the last modifiers pressed in Qt's keyboard state; a real
    analyst lets go of Shift and Ctrl before clicking on."""
    qtbot.keyRelease(widget, Qt.Key_Shift, Qt.NoModifier)
    qtbot.keyRelease(widget, Qt.Key_Control, Qt.NoModifier)


def edit_cell(window, qtbot, row: int, column: int, text: str) -> None:
    """Click the cell, press F2, type, press Return: as an analyst edits in place."""
    table = window.timeline_table
    index = window.timeline_proxy.index(row, column)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(index).center())
    qtbot.keyClick(table, Qt.Key_F2)
    editors = [e for e in table.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    # The delegate commits Return on the next turn of the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.EditingState)


def passage_highlights(window) -> list:
    """The coloured backgrounds in the text (time expressions are only underlined)."""
    return [s for s in window.article_view.extraSelections()
            if s.format.background().style() != Qt.NoBrush]


def cell(window, row: int, column: int) -> str:
    return window.timeline_proxy.index(row, column).data()


def chart_window(qtbot, project):
    """A window over ``project`` at the default size, showing its chart in the
    panel issue 15 measured (about 530 pixels wide), laid out and ready."""
    window = MainWindow(ProjectSession(project))
    qtbot.addWidget(window)
    window.resize(1440, 880)
    window.main_split.setSizes([300, 600, 540])
    window.show()
    window.right_tabs.setCurrentWidget(window.chart)
    qtbot.waitExposed(window)
    window.chart.scene.flush()
    return window
