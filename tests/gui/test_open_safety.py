"""What the window says and does when opening meets a full disk, a project that has
gone missing, a restore that cannot be written, hard and symbolic links."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from storage import Project
from storage.safety import backups
from storage.safety.integrity import ProjectDamagedError
from tests.fixtures.damage import overwrite_pages
from tests.fixtures.dialogs import answer_dialogs


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_project(path: Path, events: int, sessions: int = 1) -> None:
    for n in range(sessions):
        project = Project(path)
        for i in range(events):
            project.events.add(f"event {n}.{i}", description="Нотатки; ملاحظات 📝. " * 20)
        project.close()


def open_window(qtbot, path: Path):
    from gui.app import Windows

    windows = Windows()
    window = windows.open(path)
    if window is not None:
        qtbot.addWidget(window)
    return windows, window


def problem_texts(window) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox, "problemDialog")]


@pytest.mark.parametrize("free", [0, 4096])  # full, and one page left for the lock file
def test_full_disk_is_said_as_such_and_offers_read_only(qtbot, small_disk, free):
    path = small_disk.path / "p.sqlite"
    make_project(path, events=30)
    before = digest(path)
    small_disk.fill(leave=free)
    seen = answer_dialogs("Open Read-Only")
    _windows, window = open_window(qtbot, path)
    assert seen[0]["title"] == "Disk full"
    assert "full" in seen[0]["text"] and "damaged" not in seen[0]["text"]
    assert window is not None and window.session.project.read_only
    assert window.timeline_proxy.rowCount() == 30
    assert any("copy taken just now" in text for text in problem_texts(window))
    window.close()
    small_disk.free()
    assert digest(path) == before


def test_full_disk_simulated_where_no_disk_can_be_mounted(qtbot, tmp_path, monkeypatch):
    from storage.safety import locking

    path = tmp_path / "p.sqlite"
    make_project(path, events=3)

    def disk_full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(locking.os, "write", disk_full)
    seen = answer_dialogs("Cancel")
    _windows, window = open_window(qtbot, path)
    assert window is None
    assert seen[0]["title"] == "Disk full" and "Free some space" in seen[0]["text"]


def test_a_project_gone_missing_is_not_recreated_empty(qtbot, tmp_path):
    from gui.window.window_state import remember_project

    path = tmp_path / "p.sqlite"
    make_project(path, events=4, sessions=2)  # one backup, of the first four events
    remember_project(str(path.resolve()))
    path.unlink()
    seen = answer_dialogs("Cancel")
    _windows, window = open_window(qtbot, path)
    assert window is None and not path.exists()
    assert seen[0]["title"] == "Project not found"
    assert seen[0]["buttons"] == ["Restore Backup", "Create New Project", "Cancel"]
    assert "does not exist" in seen[0]["text"] and "backup" in seen[0]["text"]

    seen = answer_dialogs("Restore Backup")
    windows, window = open_window(qtbot, path)
    assert window is not None and window.timeline_proxy.rowCount() == 4
    assert "Restored the backup" in window.statusBar().currentMessage()
    window.close()


def test_missing_recent_project_without_backups_can_be_created_on_request(qtbot, tmp_path):
    from gui.window.window_state import remember_project

    path = tmp_path / "gone.sqlite"
    remember_project(str(path.resolve()))
    seen = answer_dialogs("Create New Project")
    _windows, window = open_window(qtbot, path)
    assert seen[0]["buttons"] == ["Create New Project", "Cancel"]
    assert window is not None and path.exists() and window.timeline_proxy.rowCount() == 0
    window.close()


def test_restore_that_hits_a_full_disk_keeps_the_damaged_file(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite"
    make_project(path, events=60, sessions=2)
    overwrite_pages(path, first_page=8, pages=4)
    before = digest(path)

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "_copy_into", disk_full)
    seen = answer_dialogs("Restore Backup", "OK")
    _windows, window = open_window(qtbot, path)
    assert window is None
    assert seen[1]["title"] == "Restore backup" and "No space left" in seen[1]["text"]
    assert digest(path) == before and not list(tmp_path.glob("*.damaged-*"))
    monkeypatch.undo()
    try:
        Project(path)
    except ProjectDamagedError:
        pass  # still refused as damaged, never silently replaced by an empty project
    else:
        raise AssertionError("the damaged project opened")


def test_hard_linked_project_opens_read_only_with_a_message(qtbot, tmp_path):
    path = tmp_path / "p.sqlite"
    make_project(path, events=2)
    os.link(path, tmp_path / "copy-by-link.sqlite")
    _windows, window = open_window(qtbot, path)
    assert window is not None and window.session.project.read_only
    assert any("hard links" in text for text in problem_texts(window))
    assert window.timeline_proxy.rowCount() == 2
    window.close()


def test_the_same_project_through_a_link_is_the_same_window(qtbot, tmp_path):
    path = tmp_path / "p.sqlite"
    make_project(path, events=1)
    link = tmp_path / "link.sqlite"
    link.symlink_to(path)
    windows, first = open_window(qtbot, path)
    assert windows.open(link) is first and len(windows.windows) == 1
    first.close()


def test_new_project_on_a_read_only_disk_is_refused_with_the_reason(qtbot, small_disk):
    small_disk.read_only()
    seen = answer_dialogs("OK")
    _windows, window = open_window(qtbot, small_disk.path / "new.sqlite")
    assert window is None and seen[0]["title"] == "New project"
    assert "Read-only file system" in seen[0]["text"]
    assert list(small_disk.path.iterdir()) == []
