"""A large timeline CSV is read for its preview off the GUI thread, with progress and Cancel.

Issue 16: a 100,000-row CSV took 15 s of preview on the GUI thread with no
progress. Here the file is read by a worker (gui.csv_import_worker); the
window shows a progress dialog, stays responsive, and Cancel ends the read
without importing anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from gui.exchange import exchange_actions
from storage.exchange import csv_import
from storage.exchange.timeline_csv import COLUMNS
from temporal.dates import parse_date


def _big_csv(path, rows: int) -> None:
    lines = [",".join(COLUMNS)]
    for n in range(rows):
        cells = {"event_uuid": f"uuid-{n}", "date_value": f"2025-{n % 12 + 1:02}",
                 "title": f"Event {n}", "tags": "\"actor:Harbour, weather\""}
        lines.append(",".join(cells.get(name, "") for name in COLUMNS))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def _trigger_import(window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.findChild(QAction, "actionImportTimelineCsv").trigger()


def test_a_large_csv_is_read_in_the_background_then_previewed(window, qtbot, monkeypatch,
                                                              tmp_path):
    monkeypatch.setattr(exchange_actions, "BACKGROUND_BYTES", 1000)
    monkeypatch.setattr(csv_import, "PROGRESS_EVERY", 500)
    path = tmp_path / "big.csv"
    _big_csv(path, 5000)
    window.session.project.events.add("Mine", parse_date("2020"))
    exchanges = window.exchange
    _trigger_import(window, monkeypatch, path)
    progress = exchanges.csv_progress
    assert progress is not None and progress.labelText() == "Reading big.csv…"
    assert exchanges.preview_dialog is None  # the reading is not done on this thread
    qtbot.waitUntil(lambda: exchanges.preview_dialog is not None
                    and exchanges.preview_dialog.isVisible(), timeout=20000)
    assert exchanges.csv_progress is None
    dialog = exchanges.preview_dialog
    assert "5000 new events" in dialog.format_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert window.session.project.events.count() == 5001
    window.findChild(QAction, "actionUndo").trigger()
    assert window.session.project.events.count() == 1


def test_rows_already_in_the_project_are_marked_after_a_background_read(
        window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(exchange_actions, "BACKGROUND_BYTES", 1000)
    path = tmp_path / "big.csv"
    _big_csv(path, 300)
    project = window.session.project
    _trigger_import(window, monkeypatch, path)
    qtbot.waitUntil(lambda: window.exchange.preview_dialog is not None, timeout=20000)
    qtbot.mouseClick(window.exchange.preview_dialog.import_button, Qt.LeftButton)
    assert project.events.count() == 300
    _trigger_import(window, monkeypatch, path)
    qtbot.waitUntil(lambda: window.exchange.csv_progress is None
                    and window.exchange.preview_dialog.isVisible(), timeout=20000)
    text = window.exchange.preview_dialog.format_label.text()
    assert "0 new events, 300 already in the project" in text
    assert not window.exchange.preview_dialog.import_button.isEnabled()


def test_a_second_import_waits_for_the_first_read(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(exchange_actions, "BACKGROUND_BYTES", 1000)
    path = tmp_path / "big.csv"
    _big_csv(path, 3000)
    _trigger_import(window, monkeypatch, path)
    first = window.exchange.csv_reading
    _trigger_import(window, monkeypatch, path)
    box = window.findChild(QMessageBox, "problemDialog")
    qtbot.waitUntil(box.isVisible)
    assert "still being read" in box.text()
    box.close()
    assert window.exchange.csv_reading is first
    qtbot.waitUntil(lambda: window.exchange.preview_dialog is not None, timeout=20000)
    window.exchange.preview_dialog.reject()


def test_cancel_ends_the_read_and_imports_nothing(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(exchange_actions, "BACKGROUND_BYTES", 1000)
    monkeypatch.setattr(csv_import, "PROGRESS_EVERY", 1)
    path = tmp_path / "big.csv"
    _big_csv(path, 20000)
    _trigger_import(window, monkeypatch, path)
    window.exchange.csv_progress.findChild(QPushButton).click()  # the dialog's Cancel
    qtbot.waitUntil(lambda: window.exchange.csv_reading is None, timeout=20000)
    assert window.exchange.preview_dialog is None
    assert window.statusBar().currentMessage() == "Import timeline CSV: cancelled."
    assert window.session.project.events.count() == 0


def test_a_file_refused_in_the_background_gives_its_message(window, qtbot, monkeypatch,
                                                            tmp_path):
    monkeypatch.setattr(exchange_actions, "BACKGROUND_BYTES", 10)
    path = tmp_path / "people.csv"
    path.write_text("name,age\r\nAda,36\r\n" * 10, encoding="utf-8")
    _trigger_import(window, monkeypatch, path)
    qtbot.waitUntil(lambda: window.exchange.csv_reading is None, timeout=20000)
    box = window.findChild(QMessageBox, "problemDialog")
    qtbot.waitUntil(box.isVisible)
    assert "no date and title columns" in box.text()
