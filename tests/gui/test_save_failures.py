"""Saving fails (read-only file, disk full, file removed): the analyst is told in
words, what they typed stays on screen, there is no phantom undo step, nothing
is half-written, and the same edit can be retried once the cause is gone.

The tests run as root, where chmod does not stop writes, so a read-only file
is simulated with ``PRAGMA query_only`` and a full disk by errors raised from
inside SQLite (a trigger) or from inside a transaction (monkeypatch)."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from storage.annotations import Annotations
from storage.articles import Articles
from storage.safety import backups
from tests.conftest import snapshot, write_article
from tests.helpers.gui_driving import ARTICLE, action, edit_cell, import_through_dialog, select_text

DISK_FULL = sqlite3.OperationalError("database or disk is full")


def problem_texts(window) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox, "problemDialog")
            if box.isVisible()]


def new_event(window, qtbot) -> int:
    event_id = window.events.new_blank_event()
    assert event_id is not None
    return event_id


def test_read_only_file_keeps_typed_text_and_retry_saves_it(window, qtbot):
    event_id = new_event(window, qtbot)
    stack = window.session.undo_stack
    steps, before = stack.count(), snapshot(window)
    window.session.project.db.execute("PRAGMA query_only = ON")

    title = window.event_panel.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Harbour")
    assert title.text() == "Harbour"  # still on screen
    assert any("read-only" in text for text in problem_texts(window))
    assert stack.count() == steps  # no phantom undo step
    assert snapshot(window) == before

    window.session.project.db.execute("PRAGMA query_only = OFF")
    qtbot.keyClicks(title, " wall")  # retry: the next keystroke saves the whole text
    assert window.session.project.events.get(event_id).title == "Harbour wall"
    assert stack.count() == steps + 1


def test_disk_full_in_a_table_cell_shows_the_message_and_keeps_the_value(window, qtbot):
    new_event(window, qtbot)
    stack = window.session.undo_stack
    steps, before = stack.count(), snapshot(window)
    window.session.project.db.execute(
        "CREATE TEMP TRIGGER disk_full BEFORE UPDATE ON events "
        "BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END")
    edit_cell(window, qtbot, 0, 0, "3 March 2025")
    assert window.timeline_message.isVisible()
    assert "disk is full" in window.timeline_message.text()
    assert "previous value was kept" in window.timeline_message.text()
    assert window.timeline_proxy.index(0, 0).data() == "undated"
    assert stack.count() == steps and snapshot(window) == before

    window.session.project.db.execute("DROP TRIGGER disk_full")
    edit_cell(window, qtbot, 0, 0, "3 March 2025")  # retried, now saved
    assert window.timeline_proxy.index(0, 0).data() == "3 Mar 2025"
    assert stack.count() == steps + 1


def test_failure_half_way_through_an_action_writes_none_of_it(window, qtbot, monkeypatch,
                                                             tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", ARTICLE))
    stack = window.session.undo_stack
    steps, before = stack.count(), snapshot(window)

    def full(*_args, **_kwargs):  # the event row is in, the passage fails
        raise DISK_FULL

    monkeypatch.setattr(Annotations, "insert", full)
    select_text(window, qtbot, "the ferry would sail again")
    action(window, "actionNewEventFromSelection").trigger()
    assert any("disk is full" in text for text in problem_texts(window))
    assert snapshot(window) == before  # not even the event
    assert window.timeline_proxy.rowCount() == 0 and stack.count() == steps


def test_import_batch_failing_half_way_imports_nothing_and_can_be_retried(
        window, qtbot, monkeypatch, tmp_path):
    first = write_article(tmp_path, "a.txt", ARTICLE)
    second = write_article(tmp_path, "b.md", "# Pier reopens\n\nThe pier reopened in May 2024.")
    real_add = Articles.add
    calls = []

    def add_then_fill_disk(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise DISK_FULL
        return real_add(self, *args, **kwargs)

    monkeypatch.setattr(Articles, "add", add_then_fill_disk)
    messages = []
    window.importer.problems.connect(lambda _title, text: messages.append(text))
    import_through_dialog(window, monkeypatch, first, second)
    assert len(calls) == 2  # the first article was written inside the transaction...
    assert window.session.project.articles.count() == 0  # ...and rolled back with it
    assert window.article_list.model().rowCount() == 0
    assert "Nothing imported" in messages[0] and "disk is full" in messages[0]
    assert window.session.undo_stack.count() == 0

    monkeypatch.setattr(Articles, "add", real_add)
    import_through_dialog(window, monkeypatch, first, second)
    assert window.session.project.articles.count() == 2
    assert window.session.undo_stack.count() == 1


def test_project_file_removed_while_open(window, qtbot):
    event_id = new_event(window, qtbot)
    window.session.project.events.update(event_id, title="Saved before the removal")
    path = window.session.path
    steps = window.session.undo_stack.count()
    path.unlink()

    title = window.event_panel.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Lost?")
    assert title.text() == "Lost?"
    texts = problem_texts(window)
    assert texts and "moved or deleted while open" in texts[0]
    assert window.session.undo_stack.count() == steps
    # What the open connection still held was copied out before refusing.
    (rescue,) = backups.list_backups(path)
    assert str(rescue.path) in texts[0]
    conn = sqlite3.connect(rescue.path)
    assert conn.execute("SELECT title FROM events").fetchall() == [("Saved before the removal",)]
    conn.close()


def test_project_in_a_read_only_folder_is_offered_read_only(qtbot, tmp_path, monkeypatch):
    """As root, chmod does not stop writes; the folder's refusal is simulated where the
    lock file is created, the first write an open makes."""
    from gui.app import Windows
    from storage import Project
    from storage.safety import locking
    from tests.fixtures.dialogs import answer_dialogs

    path = tmp_path / "p.sqlite"
    project = Project(path)
    project.events.add("Written while the folder was writable")
    project.close()
    real_open = locking.os.open

    def read_only_folder(name, flags, *args):
        if flags & locking.os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args)

    monkeypatch.setattr(locking.os, "open", read_only_folder)
    before = path.read_bytes()
    seen = answer_dialogs("Open Read-Only")
    window = Windows().open(path)
    qtbot.addWidget(window)
    assert seen[0]["title"] == "Project cannot be written"
    assert "does not accept new files (Permission denied)" in seen[0]["text"]
    assert window.session.project.read_only and "(read-only)" in window.windowTitle()
    assert window.timeline_proxy.rowCount() == 1
    assert path.read_bytes() == before
    window.close()
