"""Bad input through the real window: each gives a clear message and leaves the
project as it was; big input is read off the GUI thread and can be cancelled;
an unexpected error becomes a dialog naming the log file and the app goes on."""

from __future__ import annotations

import hashlib
import socket
import sqlite3
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from gui.exchange import import_worker
from tests.conftest import snapshot, write_article
from tests.fixtures.dialogs import answer_dialogs
from tests.helpers.gui_driving import edit_cell, import_through_dialog

# No dates in the bulk text: the suggestions panel scans the text once per
# date found, so a megabyte full of dates takes minutes to show (reported to
# its owner); these tests are about reading and saving, not about that.
LINE = "Crews repaired the harbour wall, the port office said. "


@pytest.fixture
def messages(window):
    found: list[str] = []
    window.importer.problems.connect(lambda _title, text: found.append(text))
    return found


def import_and_wait(window, qtbot, monkeypatch, *paths) -> None:
    import_through_dialog(window, monkeypatch, *paths)
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=30000)


def assert_untouched(window, before) -> None:
    assert snapshot(window) == before
    assert window.session.undo_stack.count() == 0
    assert window.article_list.model().rowCount() == 0


@pytest.mark.parametrize("name, content, expected", [
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
     "not a text file (it looks like a PNG"),
    ("report.html", b"%PDF-1.7\n" + bytes(range(256)), "it looks like a PDF"),
    ("dump.txt", bytes(range(256)) * 64, "not a text file (it contains binary data)"),
    ("empty.txt", b"", "empty.txt is empty"),
    ("blank.md", b" \n\r\n\t \n", "blank.md is empty"),
])
def test_unreadable_files_are_refused_with_a_message(window, qtbot, monkeypatch, messages,
                                                     tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(window)
    import_and_wait(window, qtbot, monkeypatch, path)
    assert expected in messages[0] and messages[0].startswith("Nothing imported.")
    assert_untouched(window, before)


def test_fifty_megabyte_file_is_refused_by_its_size(window, qtbot, monkeypatch, messages,
                                                    tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: the size is all the reader looks at
    before = snapshot(window)
    import_and_wait(window, qtbot, monkeypatch, huge)
    assert "huge.txt is 50.0 MB; articles over 20 MB are refused." in messages[0]
    assert_untouched(window, before)


def test_big_file_is_read_off_the_gui_thread_with_progress(window, qtbot, tmp_path):
    big = write_article(tmp_path, "big.txt", "Harbour wall\n\n" + (LINE * 30 + "\n\n") * 500)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    assert window.importer.import_files([big]) == []  # gone to the background
    assert window.importer.busy
    progress = window.findChild(QProgressDialog, "importProgress")
    assert progress is not None and progress.labelText().startswith("Reading")
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        pass
    timer.stop()
    assert ticks, "the event loop must keep running while the file is read"
    assert window.session.project.articles.count() == 1
    assert window.session.undo_stack.count() == 1
    assert window.findChild(QProgressDialog, "importProgress") is None or not progress.isVisible()


def test_cancel_imports_nothing(window, qtbot, tmp_path):
    paths = [write_article(tmp_path, f"big{n}.txt", f"Part {n}\n\n" + (LINE * 30 + "\n\n") * 500)
             for n in range(3)]
    before = snapshot(window)
    window.importer.import_files(paths)
    progress = window.findChild(QProgressDialog, "importProgress")
    cancel = progress.findChild(QPushButton)
    with qtbot.waitSignal(window.importer.finished, timeout=5000):
        cancel.click()
    assert not window.importer.busy
    assert "cancelled" in window.statusBar().currentMessage()
    assert import_worker.wait_for_all()
    qtbot.wait(50)  # the reader's late result, if any, has been delivered and ignored
    assert_untouched(window, before)


@pytest.mark.parametrize("encoding, text", [
    ("cp1251", "Порт\n\nСовет обсудил ремонт стены гавани 4 мая 2024 года."),
    ("latin-1", "Café du port\n\nLe quai a rouvert à Zürich le 4 mai 2024, déclare-t-on."),
])
def test_legacy_encodings_are_decoded(window, qtbot, monkeypatch, tmp_path, encoding, text):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    import_and_wait(window, qtbot, monkeypatch, path)
    assert window.article_view.toPlainText() == text


def test_utf8_with_a_few_broken_bytes_keeps_its_text(window, qtbot, monkeypatch, messages,
                                                     tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Café on the quay, 4 May 2024.\n".encode() * 40 + b"tail \xff\xfe\n")
    import_and_wait(window, qtbot, monkeypatch, path)
    shown = window.article_view.toPlainText()
    assert "Café on the quay" in shown and "tail \ufffd\ufffd" in shown


def test_html_with_scripts_and_remote_content_is_never_run_or_fetched(
        window, qtbot, monkeypatch, tmp_path):
    connections = []
    real_connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect",
                        lambda self, address: connections.append(address) or real_connect(
                            self, address))
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Quay reopens</title><script>document.title='owned'</script>"
        "<script src='https://tracker.example/t.js'></script></head><body>"
        "<h1 onmouseover=\"alert('x')\">Quay reopens</h1>"
        "<img src='https://images.example/quay.jpg' onerror=\"alert('img')\">"
        "<iframe src='https://ads.example/frame'></iframe>"
        "<p onclick=\"steal()\">The quay reopened on 4 May 2024.</p>"
        "<style>p { background: url(https://css.example/bg.png) }</style></body></html>",
        encoding="utf-8")
    import_and_wait(window, qtbot, monkeypatch, page)
    shown = window.article_view.toPlainText()
    assert "The quay reopened on 4 May 2024." in shown
    for trace in ("alert", "owned", "steal", "example", "<", "background"):
        assert trace not in shown
    stored = window.session.project.articles.get(window.current_article_id()).text
    assert stored == shown
    QApplication.processEvents()
    assert connections == []


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n" + bytes(300), "birds"])
def test_opening_a_file_that_is_not_a_project(qtbot, tmp_path, monkeypatch, content):
    from gui.app import Windows

    windows = Windows()
    window = windows.open(tmp_path / "mine.sqlite")
    qtbot.addWidget(window)
    other = tmp_path / "other.sqlite"
    if content == "birds":
        conn = sqlite3.connect(other)
        conn.execute("CREATE TABLE birds (name TEXT)")
        conn.execute("INSERT INTO birds VALUES ('heron')")
        conn.commit()
        conn.close()
    else:
        other.write_bytes(content)
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    seen = answer_dialogs("OK")
    window.findChild(QAction, "actionOpenProject").trigger()
    assert "not a Timeline Annotator project" in seen[0]["text"]
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other")) == [
        "other.sqlite"]  # no -wal, -shm, lock or backups beside it
    assert window.isVisible() and windows.windows == [window]  # still working on "mine"
    window.close()


def test_impossible_date_in_a_cell(window, qtbot):
    window.events.new_blank_event()
    before = snapshot(window)
    steps = window.session.undo_stack.count()
    edit_cell(window, qtbot, 0, 0, "31 February 2025")
    assert window.timeline_message.isVisible()
    assert "February" in window.timeline_message.text()
    assert window.timeline_proxy.index(0, 0).data() == "undated"
    assert snapshot(window) == before and window.session.undo_stack.count() == steps


def test_one_megabyte_paste_and_an_oversized_one(window, qtbot, messages):
    text = "Quay notes\n\n" + (LINE * 40 + "\n\n") * 460
    assert 1_000_000 < len(text.encode()) < 1_100_000
    QApplication.clipboard().setText(text)
    window.findChild(QAction, "actionPasteArticle").trigger()
    assert window.session.project.articles.count() == 1
    assert window.article_view.toPlainText().startswith("Quay notes")
    before = snapshot(window)
    QApplication.clipboard().setText("x" * (21 * 1024 * 1024))
    window.findChild(QAction, "actionPasteArticle").trigger()
    assert "articles over 20 MB are refused" in messages[-1]
    assert snapshot(window) == before


# -- unexpected errors -----------------------------------------------------------
def test_unexpected_error_shows_the_log_path_and_the_app_goes_on(window, qtbot, monkeypatch):
    from gui.app import install_error_dialog

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    hook = install_error_dialog()
    try:
        raise RuntimeError("the chart could not be drawn")
    except RuntimeError:
        hook(*sys.exc_info())
    boxes = [b for b in QApplication.topLevelWidgets()
             if isinstance(b, QMessageBox) and b.objectName() == "unexpectedErrorDialog"]
    assert len(boxes) == 1 and boxes[0].isVisible()  # open(), not exec(): nothing blocks
    box = boxes[0]
    assert "the chart could not be drawn" in box.text()
    assert str(hook.log_file) in box.text()
    logged = hook.log_file.read_text(encoding="utf-8")
    assert "RuntimeError: the chart could not be drawn" in logged and "Traceback" in logged
    box.grab().save(str(hook.log_file.parent / "error-dialog.png"))

    hook(ValueError, ValueError("second"), None)  # a burst updates the one dialog
    assert box.isVisible() and "1 more error" in box.informativeText()
    box.button(QMessageBox.Ok).click()
    # The app goes on: an edit after the error still saves.
    assert window.events.new_blank_event() is not None
    assert window.session.project.events.count() == 1


def test_closing_the_window_during_a_background_import(qtbot, tmp_path):
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow
    from storage import Project

    path = tmp_path / "closing.sqlite"
    window = MainWindow(ProjectSession(Project(path)))
    qtbot.addWidget(window)
    window.show()
    big = write_article(tmp_path, "big.txt", "Harbour wall\n\n" + (LINE * 30 + "\n\n") * 500)
    window.importer.import_files([big])
    window.close()  # the project is closed; the reader is still going
    assert import_worker.wait_for_all()
    qtbot.wait(50)  # its result arrives and is dropped without touching the closed file
    reopened = Project(path)
    assert reopened.articles.count() == 0
    reopened.close()
