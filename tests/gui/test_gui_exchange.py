"""Import Timeline CSV / Project JSON and the Export submenu, through the real window."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from gui.actions import ACTIONS
from storage import Project
from storage.exchange.project_json import export_json
from storage.exchange.timeline_csv import export_timeline_csv
from storage.records import Tag
from temporal.dates import parse_date


def action(window, name) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def timeline_titles(window) -> list[str]:
    proxy = window.timeline_proxy
    return [proxy.index(row, 1).data() for row in range(proxy.rowCount())]


def exported_timeline(tmp_path):
    """A CSV written by another project: three events, one with sources."""
    other = Project(tmp_path / "colleague.sqlite")
    try:
        article = other.articles.add("The pier was damaged by the storm.", title="Pier",
                                     outlet="Coastal Weekly", published="2024-11-20")
        storm = other.events.add("Storm damages pier", parse_date("Nov 2024"),
                                 tags=(Tag("Harbour", "place"),))
        other.annotations.add(article, storm, 4, 24)
        other.events.add("Ferry sails", parse_date("1 Jul 2025"))
        other.events.add("Repairs", parse_date("winter 2024"))
        path = tmp_path / "colleague.csv"
        export_timeline_csv(other, path)
    finally:
        other.close()
    return path


def test_import_csv_previews_then_adds_all_rows_as_one_undo_step(window, qtbot, monkeypatch,
                                                                 tmp_path):
    path = exported_timeline(tmp_path)
    window.session.project.events.add("Already mine", parse_date("2020"))
    window.timeline_model.reload()
    choose_file(monkeypatch, path)
    action(window, "actionImportTimelineCsv").trigger()
    dialog = window.exchange.preview_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "Timeline Annotator CSV" in dialog.format_label.text()
    assert "3 new events" in dialog.format_label.text()
    mapping = {dialog.mapping.item(r, 0).text(): dialog.mapping.item(r, 1).text()
               for r in range(dialog.mapping.rowCount())}
    assert mapping["title"] == "title" and mapping["event_uuid"] == "event identity (UUID)"
    assert dialog.rows.rowCount() == 3
    assert [dialog.rows.item(r, 3).text() for r in range(3)] == [
        "Storm damages pier", "Repairs", "Ferry sails"]
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert timeline_titles(window) == ["Already mine", "Storm damages pier", "Repairs",
                                       "Ferry sails"]
    assert window.session.project.events.count() == 4
    action(window, "actionUndo").trigger()
    assert timeline_titles(window) == ["Already mine"]
    action(window, "actionRedo").trigger()
    assert len(timeline_titles(window)) == 4
    out = tmp_path / "again.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    action(window, "actionExportCsv").trigger()
    with out.open(encoding="utf-8", newline="") as handle:
        storm = next(r for r in csv.DictReader(handle) if r["title"] == "Storm damages pier")
    assert (storm["quotes"], storm["source_outlets"]) == ("pier was damaged by ", "Coastal Weekly")


def test_malformed_csv_shows_line_numbers_and_writes_nothing(window, qtbot, monkeypatch,
                                                             tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Date,Title\r\n1 Jul 2025,Fine\r\n31 February 2025,Impossible\r\n"
                    "someday,Vague\r\n", encoding="utf-8")
    choose_file(monkeypatch, path)
    action(window, "actionImportTimelineCsv").trigger()
    dialog = window.exchange.preview_dialog
    qtbot.waitUntil(dialog.isVisible)
    problems = [dialog.problems.item(r).text() for r in range(dialog.problems.count())]
    assert problems[0] == ("line 3: “31 February 2025” is not a real date: "
                           "February 2025 has 28 days")
    assert problems[1].startswith("line 4: ")
    assert not dialog.import_button.isEnabled()
    dialog.accept()  # even forced, nothing is imported
    dialog.reject()
    assert window.session.project.events.count() == 0
    assert not window.session.undo_stack.canUndo()


def test_unreadable_file_gives_a_message(window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,age\r\nAda,36\r\n", encoding="utf-8")
    choose_file(monkeypatch, path)
    action(window, "actionImportTimelineCsv").trigger()
    box = window.findChild(QMessageBox, "problemDialog")
    qtbot.waitUntil(box.isVisible)
    assert "no date and title columns" in box.text()


def test_import_project_json_is_one_undo_step(window, qtbot, monkeypatch, tmp_path):
    other = Project(tmp_path / "colleague.sqlite")
    try:
        article = other.articles.add("Text of the story about the ferry.", title="Ferry story")
        event = other.events.add("Ferry sails", parse_date("1 Jul 2025"))
        other.annotations.add(article, event, 22, 31)
        path = tmp_path / "colleague.json"
        export_json(other, path)
    finally:
        other.close()
    choose_file(monkeypatch, path)
    action(window, "actionImportProjectJson").trigger()
    dialog = window.exchange.preview_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert "1 article, 1 event and 1 passage to add" in dialog.format_label.text()
    dialog.accept()
    assert window.article_list.model().rowCount() == 1
    assert timeline_titles(window) == ["Ferry sails"]
    action(window, "actionUndo").trigger()
    assert window.article_list.model().rowCount() == 0 and timeline_titles(window) == []


def test_export_submenu_and_timelinejs_export_with_warning(window, qtbot, monkeypatch,
                                                           tmp_path):
    menu = window.findChild(QMenu, "menuExport")
    assert [a.objectName() for a in menu.actions()] == [
        "actionExportCsv", "actionExportTimelineJs", "actionExportAcled", "actionExportJson"]
    project = window.session.project
    project.events.add("Dated", parse_date("1 Jul 2025"), tags=(Tag("Navy", "actor"),))
    project.events.add("Undated")
    out = tmp_path / "sheet.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), "CSV for Excel, UTF-8 with BOM (*.csv)"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("actor", True))
    action(window, "actionExportTimelineJs").trigger()
    assert out.read_bytes().startswith(b"\xef\xbb\xbfYear,Month,Day,")
    assert "Navy" in out.read_text(encoding="utf-8-sig")
    box = window.findChild(QMessageBox, "problemDialog")
    qtbot.waitUntil(box.isVisible)
    assert "“Undated” has no date" in box.text()


def test_shortcuts_do_not_clash(qapp):
    keys = [QKeySequence(shortcut).toString() for _, _, _, shortcut, _, _ in ACTIONS]
    keys = [k for k in keys if k]
    assert len(keys) == len(set(keys))


def test_reimporting_a_deleted_event_neither_doubles_nor_loses_its_sources(
        window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "cited.csv"
    path.write_text("event_uuid,date_value,title,sources,source_titles,quotes\r\n"
                    "u-1,2025-07-01,Ferry sails,2,A | B,qa | qb\r\n", encoding="utf-8")
    choose_file(monkeypatch, path)

    def import_file():
        action(window, "actionImportTimelineCsv").trigger()
        window.exchange.preview_dialog.accept()

    def quotes() -> str:
        out = tmp_path / "out.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        action(window, "actionExportCsv").trigger()
        with out.open(encoding="utf-8", newline="") as handle:
            return " / ".join(r["quotes"] for r in csv.DictReader(handle))

    import_file()
    window.select_event(window.timeline_model._rows[0].id)
    window.timeline_table.setFocus()
    action(window, "actionDeleteEvent").trigger()
    assert timeline_titles(window) == []
    import_file()  # the deleted event's UUID is free again: it comes back once
    assert quotes() == "qa | qb"
    action(window, "actionUndo").trigger()  # the second import
    action(window, "actionUndo").trigger()  # the deletion
    assert quotes() == "qa | qb"
    action(window, "actionRedo").trigger()
    action(window, "actionRedo").trigger()
    assert quotes() == "qa | qb"
