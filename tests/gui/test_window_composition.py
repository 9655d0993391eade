"""The window as composed: menus from the one actions table, and imports that
reach the views as one change record instead of a reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from gui.actions import ACTIONS
from storage import Project
from storage.exchange.timeline_csv import export_timeline_csv
from temporal.dates import parse_date


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_every_window_has_every_menu_of_the_table_once(window):
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert titles == ["&File", "&Edit", "E&vent", "&Article", "&View", "&Help"]
    help_menu = bar.actions()[-1].menu()
    assert menu_texts(help_menu) == ["Load &Demo Article", "&Keyboard Shortcuts", "&About"]
    export = window.findChild(QMenu, "menuExport")
    assert [a.objectName() for a in export.actions()] == [
        "actionExportCsv", "actionExportTimelineJs", "actionExportAcled", "actionExportJson"]
    file_menu = bar.actions()[0].menu()
    names = [a.objectName() or (a.menu() and a.menu().objectName())
             for a in file_menu.actions() if not a.isSeparator()]
    assert names == ["actionNewProject", "actionOpenProject", "menuRecent",
                     "actionImportArticles", "actionImportFromAddress",
                     "actionImportTimelineCsv",
                     "actionImportProjectJson", "menuExport", "actionRestoreBackup",
                     "actionQuit"]
    for name, *_ in ACTIONS:  # one QAction each, none rebuilt elsewhere
        assert len([a for a in window.findChildren(QAction) if a.objectName() == name]) == 1


def test_a_csv_import_and_its_undo_are_one_record_each_and_no_reset(window, qtbot,
                                                                     monkeypatch, tmp_path):
    other = Project(tmp_path / "colleague.sqlite")
    try:
        for title, typed in (("Storm", "Nov 2024"), ("Ferry sails", "1 Jul 2025")):
            other.events.add(title, parse_date(typed))
        export_timeline_csv(other, tmp_path / "colleague.csv")
    finally:
        other.close()
    records, resets = [], []
    window.session.changed.connect(records.append)
    window.timeline_model.modelReset.connect(lambda: resets.append("timeline"))
    window.article_model.modelReset.connect(lambda: resets.append("articles"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "colleague.csv"), ""))
    window.actions_by_name["actionImportTimelineCsv"].trigger()
    dialog = window.exchange.preview_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert window.timeline_proxy.rowCount() == 2
    assert len(records) == 1 and len(records[0].events_added) == 2
    window.session.undo_stack.undo()
    assert window.timeline_proxy.rowCount() == 0
    assert len(records) == 2 and records[1].events_removed == records[0].events_added
    assert resets == []
