"""Backups on open, the Restore dialog, and damaged files (never written to)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from storage import Project
from storage.safety import backups
from storage.safety.integrity import ProjectDamagedError, check
from tests.fixtures.damage import overwrite_pages
from tests.fixtures.dialogs import answer_dialogs
from tests.helpers.project_files import event_titles, work_session


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def session(path: Path, *add: str) -> Project:
    """One working session; the long notes make the file big enough to damage in the middle."""
    return work_session(path, *add, description="Notes written for the backup tests. " * 20)


def test_backup_when_changed_only_and_last_three_kept(tmp_path):
    path = tmp_path / "p.sqlite"
    session(path, "first")
    assert backups.list_backups(path) == []  # a new file has nothing to lose yet
    opened = session(path)
    assert opened.last_backup is not None
    assert opened.last_backup.path.parent == tmp_path / "p.sqlite.backups"
    assert event_titles(opened.last_backup.path) == ["first"]
    assert check(opened.last_backup.path, full=True) == []
    session(path)
    assert session(path).last_backup is None  # unchanged since the last copy: none made
    for n in range(4):
        session(path, f"edit {n}")
    kept = backups.list_backups(path)
    assert len(kept) == backups.KEEP
    assert event_titles(kept[0].path) == ["edit 0", "edit 1", "edit 2", "first"]  # newest first
    assert [b.taken for b in kept] == sorted((b.taken for b in kept), reverse=True)
    # Backups are plain files: reading one leaves no -wal/-shm beside it.
    assert sorted(p.suffix for p in kept[0].path.parent.iterdir()) == [".sqlite"] * 3


def test_a_backup_that_fails_its_check_never_replaces_a_good_one(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite"
    session(path, "one")
    session(path, "two")
    good = backups.list_backups(path)
    monkeypatch.setattr(backups, "check_connection", lambda *a, **k: ["page 7: broken"])
    opened = Project(path)
    assert opened.last_backup is None
    assert "No backup could be made" in opened.warnings[0]
    opened.close()
    assert backups.list_backups(path) == good
    assert not list((tmp_path / "p.sqlite.backups").glob(".*partial"))


def test_backups_fall_back_to_the_app_data_folder(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite"
    session(path, "one")
    (tmp_path / "p.sqlite.backups").write_text("a file where the folder would go")
    monkeypatch.setattr(backups, "fallback_root", tmp_path / "appdata")
    made = session(path).last_backup
    assert made is not None and (tmp_path / "appdata") in made.path.parents
    assert backups.list_backups(path)[0] == made


def test_damaged_file_is_refused_and_not_written_to(tmp_path):
    path = tmp_path / "p.sqlite"
    session(path, *[f"event {n}" for n in range(120)])
    overwrite_pages(path, first_page=8, pages=4)
    before = digest(path)
    with pytest.raises(ProjectDamagedError, match="is damaged"):
        Project(path)
    assert digest(path) == before
    assert not (tmp_path / "p.sqlite.lock").exists()  # the refused open let go of it


def _open_window(qtbot, path):
    from gui.app import Windows

    windows = Windows()
    window = windows.open(path)
    assert window is not None
    qtbot.addWidget(window)
    return windows, window


def test_damaged_file_offers_the_newest_good_backup_with_its_date(qtbot, tmp_path):
    path = tmp_path / "p.sqlite"
    session(path, *[f"event {n}" for n in range(120)])
    session(path, "after the first backup")  # this open backs up the 120 events
    (good,) = backups.list_backups(path)
    overwrite_pages(path, first_page=8, pages=4)
    damaged = digest(path)

    seen = answer_dialogs("Restore Backup")
    windows, window = _open_window(qtbot, path)
    assert seen[0]["name"] == "openProjectDialog"
    assert "is damaged" in seen[0]["text"] and good.label in seen[0]["text"]
    assert window.session.project.events.count() == 120
    assert "Restored the backup" in window.statusBar().currentMessage()
    (aside,) = [p for p in tmp_path.glob("p.sqlite.damaged-*") if p.suffix != ".sqlite"
                and not p.name.endswith(("-wal", "-shm"))]
    assert digest(aside) == damaged  # kept, untouched, for anyone who can rescue more
    window.close()


def test_damaged_file_without_backup_is_left_alone(qtbot, tmp_path):
    path = tmp_path / "p.sqlite"
    session(path, *[f"event {n}" for n in range(120)])
    overwrite_pages(path, first_page=8, pages=4)
    before = digest(path)
    seen = answer_dialogs("OK")
    from gui.app import Windows

    assert Windows().open(path) is None
    assert "no backup" in seen[0]["text"]
    assert digest(path) == before and not list(tmp_path.glob("*.damaged-*"))


def test_restore_from_backup_dialog_reopens_on_the_restored_project(qtbot, tmp_path):
    path = tmp_path / "p.sqlite"
    session(path, "kept")
    session(path, "deleted by mistake")  # backup: ["kept"]
    windows, window = _open_window(qtbot, path)  # backup: both events
    window.findChild(QAction, "actionRestoreBackup").trigger()
    dialog = window.backup_dialog
    assert dialog.isVisible() and dialog.list.count() == 2
    first = dialog.list.item(0).text()
    taken = backups.list_backups(path)[0].local
    assert f"{taken:%B %Y, %H:%M:%S}" in first and "2 events" in first
    assert "1 event" in dialog.list.item(1).text()
    dialog.grab().save(str(tmp_path / "backup-dialog.png"))
    dialog.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)

    new = windows.window_for(path)
    assert new is not None and new is not window
    qtbot.addWidget(new)
    assert [row.title for row in new.session.project.events.timeline()] == ["kept"]
    assert "Restored the backup" in new.statusBar().currentMessage()
    # The state before the restore was kept: the restore can itself be undone.
    assert any(event_titles(b.path) == ["deleted by mistake", "kept"]
               for b in backups.list_backups(path))
    new.close()
