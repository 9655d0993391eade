"""A full disk, a read-only folder or an I/O error is trouble, never damage; restores
never leave the project path without a sound file; a project that has gone
missing is never silently re-created empty."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storage import Project, ProjectOpenError
from storage.errors import ProjectAccessError, ProjectMissingError, sqlite_trouble
from storage.safety import backups, integrity
from storage.safety.integrity import ProjectDamagedError, check
from storage.safety.locking import ProjectNotWritableError
from tests.conftest import ROOT
from tests.fixtures.damage import overwrite_pages


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_project(path: Path, events: int = 40, sessions: int = 1) -> None:
    """``sessions`` working sessions adding ``events`` events each (backups between)."""
    for n in range(sessions):
        project = Project(path)
        for i in range(events):
            project.events.add(f"event {n}.{i}", description="Řádky, рядки, سطور. " * 20)
        project.close()


def event_count(project: Project) -> int:
    return project.query("SELECT COUNT(*) FROM events")[0][0]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


# -- telling the kinds apart ----------------------------------------------------
@pytest.mark.parametrize("message, name, kind", [
    ("disk I/O error", "SQLITE_IOERR_SHMSIZE", "io"),
    ("database or disk is full", "SQLITE_FULL", "full"),
    ("unable to open database file", "SQLITE_CANTOPEN", "read-only"),
    ("attempt to write a readonly database", "SQLITE_READONLY", "read-only"),
    ("database disk image is malformed", "SQLITE_CORRUPT", None),
    ("file is not a database", "SQLITE_NOTADB", None),
])
def test_sqlite_errors_are_sorted_into_trouble_and_damage(message, name, kind):
    exc = sqlite3.DatabaseError(message)
    exc.sqlite_errorname = name
    assert sqlite_trouble(exc) == kind
    assert sqlite_trouble(sqlite3.DatabaseError(message)) == kind  # Python 3.10: text only


def test_an_io_error_while_checking_is_not_called_damage(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite"
    make_project(path)
    before = digest(path)
    real_connect = integrity._connect_read_only

    def failing(p):
        conn = real_connect(p)
        conn.close()
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(integrity, "_connect_read_only", failing)
    with pytest.raises(ProjectAccessError) as raised:
        Project(path)
    assert not isinstance(raised.value, ProjectDamagedError)
    assert "not damage" in str(raised.value) and "damaged" not in str(raised.value)
    assert digest(path) == before and not list(tmp_path.glob("*.damaged-*"))


def test_full_disk_at_the_lock_file_is_said_as_such(tmp_path, monkeypatch):
    from storage.safety import locking

    path = tmp_path / "p.sqlite"
    make_project(path)

    def disk_full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(locking.os, "write", disk_full)
    with pytest.raises(ProjectNotWritableError) as raised:
        Project(path)
    assert raised.value.reason == "full" and "disk it is on is full" in str(raised.value)
    assert not (tmp_path / "p.sqlite.lock").exists()


def test_real_full_disk_opens_read_only_from_a_copy(small_disk):
    path = small_disk.path / "p.sqlite"
    make_project(path, events=60)
    before = digest(path)
    small_disk.fill()
    with pytest.raises(ProjectAccessError) as raised:  # not ProjectDamagedError
        Project(path)
    assert raised.value.reason == "full" and "is damaged" not in str(raised.value)
    with pytest.raises(ProjectAccessError):
        check(path)
    project = Project(path, read_only=True)
    try:
        assert event_count(project) == 60
        assert "a copy taken just now was opened, read-only" in project.warnings[0]
    finally:
        project.close()
    small_disk.free()
    assert digest(path) == before
    assert not (small_disk.path / "p.sqlite-wal").exists() or not (
        small_disk.path / "p.sqlite-wal").stat().st_size  # SQLite's own, if any: empty
    assert {p.name for p in small_disk.path.iterdir()} <= {"p.sqlite", "p.sqlite-wal",
                                                            "p.sqlite-shm"}


def test_real_full_disk_on_the_command_line_is_a_message_not_a_traceback(small_disk, tmp_path):
    path = small_disk.path / "p.sqlite"
    make_project(path, events=10)
    article = tmp_path / "a.txt"
    article.write_text("Council report\n\nThe council met on 3 March 2024.\n", encoding="utf-8")
    small_disk.fill()
    result = cli("import", str(path), str(article))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "disk it is on is full" in result.stderr and "not damage" in result.stderr
    exported = cli("export", str(path), "--csv", str(tmp_path / "out.csv"))
    assert exported.returncode == 0, exported.stderr
    assert "exported 10 events" in exported.stdout and "damaged" not in exported.stderr


def test_read_only_folder_with_a_journal_is_read_not_called_damaged(small_disk, tmp_path):
    """A WAL left by a writer (here: copied while open) needs a -shm that a read-only
    folder cannot take: SQLite refuses even to read, which used to be "damaged"."""
    path = small_disk.path / "p.sqlite"
    project = Project(path)
    project.db.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(30):
        project.events.add(f"in the journal {i}")
    wal = path.with_name("p.sqlite-wal").read_bytes()
    main = path.read_bytes()
    project.close()
    for name, data in (("q.sqlite", main), ("q.sqlite-wal", wal)):
        (small_disk.path / name).write_bytes(data)
    small_disk.read_only()
    copy = small_disk.path / "q.sqlite"
    with pytest.raises(ProjectNotWritableError) as raised:
        Project(copy)
    assert raised.value.reason == "read-only" and "damaged" not in str(raised.value)
    reader = Project(copy, read_only=True)
    try:
        assert event_count(reader) == 30 and reader.warnings
    finally:
        reader.close()
    exported = cli("export", str(copy), "--json", str(tmp_path / "out.json"))
    assert exported.returncode == 0 and "damaged" not in exported.stderr, exported.stderr


# -- restores that cannot leave nothing behind ----------------------------------
def damaged_with_backup(path: Path) -> backups.Backup:
    make_project(path, events=60, sessions=2)  # the second open backs up the first 60
    (good,) = backups.list_backups(path)
    overwrite_pages(path, first_page=8, pages=4)
    with pytest.raises(ProjectDamagedError):
        Project(path)
    return good


def test_restore_failing_for_space_leaves_the_damaged_file_where_it_was(tmp_path,
                                                                         monkeypatch):
    path = tmp_path / "p.sqlite"
    good = damaged_with_backup(path)
    before = digest(path)

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "_copy_into", disk_full)
    with pytest.raises(backups.BackupError, match="No space left on device"):
        backups.replace_damaged(path, good)
    assert digest(path) == before  # still there, untouched: not an empty project next time
    left = {p.name for p in tmp_path.iterdir()} - {"p.sqlite-wal", "p.sqlite-shm"}
    assert left == {"p.sqlite", "p.sqlite.backups"}


def test_restore_on_a_real_full_disk(small_disk):
    path = small_disk.path / "p.sqlite"
    make_project(path, events=40, sessions=2)
    (good,) = backups.list_backups(path)
    overwrite_pages(path, first_page=6, pages=3)
    before = digest(path)
    small_disk.fill(leave=16384)  # room for the lock, not for the copy
    with pytest.raises(backups.BackupError, match="disk is full|No space left"):
        backups.replace_damaged(path, good)
    assert digest(path) == before
    assert not [p for p in small_disk.path.iterdir() if ".partial" in p.name]
    with pytest.raises(ProjectOpenError):  # refused as before, never emptied
        Project(path)
    assert digest(path) == before
    small_disk.free()
    aside = backups.replace_damaged(path, good)
    project = Project(path, create=False)
    try:
        assert event_count(project) == 40
    finally:
        project.close()
    assert digest(aside) == before


def test_restore_into_a_healthy_project_is_all_or_nothing(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite"
    make_project(path, events=5, sessions=2)
    (older,) = backups.list_backups(path)
    project = Project(path)
    project.events.add("after the backup")
    project.close()
    before = digest(path)
    real_replace = backups.os.replace

    def killed(source, target):
        if Path(source).name == "restored.sqlite":  # the swap itself, not the backup first
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(source, target)

    monkeypatch.setattr(backups.os, "replace", killed)
    with pytest.raises(backups.BackupError, match="not changed"):
        backups.restore(path, older)
    assert digest(path) == before
    monkeypatch.setattr(backups.os, "replace", real_replace)
    backups.restore(path, older)
    project = Project(path)
    try:
        assert event_count(project) == 5
    finally:
        project.close()
    counts = []
    for kept in backups.list_backups(path):
        conn = sqlite3.connect(kept.path)
        counts.append(conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        conn.close()
    assert counts[:2] == [5, 11]  # the restored state, and before it the state it replaced
    assert not [p for p in tmp_path.iterdir() if ".partial" in p.name]


# -- a project that has gone missing --------------------------------------------
def test_missing_project_is_not_created_when_asked_not_to(tmp_path):
    path = tmp_path / "p.sqlite"
    with pytest.raises(ProjectMissingError, match="No new, empty project was created"):
        Project(path, create=False)
    with pytest.raises(ProjectMissingError):
        Project(path, read_only=True)
    assert list(tmp_path.iterdir()) == []


def test_cli_refuses_to_recreate_a_project_that_has_gone_missing(tmp_path):
    path = tmp_path / "p.sqlite"
    make_project(path, events=3, sessions=2)
    path.unlink()
    article = tmp_path / "a.txt"
    article.write_text("Report\n\nThe council met on 3 March 2024.\n", encoding="utf-8")
    result = cli("import", str(path), str(article))
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "backup" in result.stderr
    assert not path.exists()
    fresh = tmp_path / "new.sqlite"  # nothing was ever there: created, as documented
    assert cli("import", str(fresh), str(article)).returncode == 0 and fresh.exists()


def test_restore_missing_puts_the_backup_back_and_never_overwrites(tmp_path):
    path = tmp_path / "p.sqlite"
    make_project(path, events=4, sessions=2)
    (good,) = backups.list_backups(path)
    path.unlink()
    assert "backup" in backups.traces(path)[0]
    backups.restore_missing(path, good)
    project = Project(path, create=False)
    assert event_count(project) == 4
    project.close()
    with pytest.raises(backups.BackupError, match="exists again"):
        backups.restore_missing(path, good)


def test_a_fifo_where_the_project_should_be_is_refused_without_blocking(tmp_path):
    path = tmp_path / "p.sqlite"
    os.mkfifo(path)
    with pytest.raises(ProjectOpenError, match="not a regular file"):
        Project(path)
