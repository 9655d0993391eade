"""Automatic backups of a project, and putting one back.

Why on open and not on a timer: every edit is already committed at once, so
what a backup protects against is not a crash but a damaged file, a bad
migration, or an analyst's mass deletion discovered days later.  A copy taken
when the project is opened (if it changed since the last copy) gives one
restore point per working session at no cost while working.

The copy is made with SQLite's online backup API from the open connection,
so it is a consistent snapshot including the WAL, never a torn file copy.  It
is written under a temporary name, checked with ``PRAGMA quick_check``, and
only then renamed into place; only after that is the oldest copy removed, so
a failed backup never costs a good one.  The last ``KEEP`` copies are kept in
``PROJECT.sqlite.backups/`` next to the project, or, if that folder cannot be
written, under a fallback folder the GUI sets (the app-data folder).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import filecmp
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from storage.errors import StorageError
from storage.integrity import check, check_connection, side_files

KEEP = 3
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")
# Set by the GUI at start-up to the platform's app-data folder; storage has no Qt.
fallback_root: Path | None = None


class BackupError(StorageError):
    """No backup could be written (disk full, no folder we may write to)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime
    size: int
    sequence: int = 0  # several backups within one second: -2, -3, ...

    @property
    def label(self) -> str:
        """The date as analysts say it, e.g. "3 March 2025, 14:05"."""
        return f"{self.taken.day} {self.taken:%B %Y, %H:%M}"


def backup_folder(project_path: str | Path) -> Path:
    project_path = Path(project_path)
    return project_path.with_name(project_path.name + ".backups")


def _fallback_folder(project_path: Path) -> Path | None:
    if fallback_root is None:
        return None
    digest = hashlib.sha1(str(project_path.resolve()).encode("utf-8")).hexdigest()[:8]
    return Path(fallback_root) / "backups" / f"{project_path.name}-{digest}"


def folders(project_path: str | Path) -> list[Path]:
    project_path = Path(project_path)
    found = [backup_folder(project_path), _fallback_folder(project_path)]
    return [folder for folder in found if folder is not None]


def _backups_in(folder: Path) -> list[Backup]:
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            match = _STAMP.search(entry.name)
            if not match or entry.name.startswith("."):
                continue
            taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
            found.append(Backup(entry, taken, entry.stat().st_size, int(match.group(2) or 0)))
    return sorted(found, key=_newest_first)


def _newest_first(backup: Backup) -> tuple:
    return (-backup.taken.timestamp(), -backup.sequence, backup.path.name)


def list_backups(project_path: str | Path) -> list[Backup]:
    """Every backup of the project, newest first."""
    every = [b for folder in folders(project_path) for b in _backups_in(folder)]
    return sorted(every, key=_newest_first)


def newest_good_backup(project_path: str | Path) -> Backup | None:
    """The newest backup that passes quick_check (an old one beats a broken one)."""
    return next((b for b in list_backups(project_path) if not check(b.path)), None)


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_into(source: sqlite3.Connection, target: Path) -> None:
    """An online copy of ``source`` into a new file, verified before it is trusted."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        # A copy of a WAL project is marked WAL too; a plain rollback-journal
        # file can be opened read-only without leaving -wal/-shm files behind.
        dest.execute("PRAGMA journal_mode = DELETE")
        problems = check_connection(dest)
        if problems:
            raise BackupError(f"The backup copy failed its check ({problems[0]}).")
    finally:
        dest.close()
    _fsync(target)


def make_backup(source: sqlite3.Connection, project_path: str | Path, *,
                force: bool = False) -> Backup | None:
    """Back up the database open on ``source``; None if identical to the newest copy.

    Raises BackupError if no folder could take a verified copy.
    """
    project_path = Path(project_path)
    if not force and _unchanged_since_newest(source, project_path):
        return None
    errors = []
    for folder in folders(project_path):
        partial = folder / f".{project_path.name}.partial"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _copy_into(source, partial)
            newest = next(iter(_backups_in(folder)), None)
            if not force and newest is not None and filecmp.cmp(partial, newest.path,
                                                                shallow=False):
                partial.unlink()
                return None
            final = _free_name(folder, project_path)
            os.replace(partial, final)
            _fsync(folder)
            _prune(folder)
            return next(b for b in _backups_in(folder) if b.path == final)
        except (OSError, sqlite3.Error, BackupError) as exc:
            with contextlib.suppress(OSError):
                partial.unlink()
            errors.append(f"{folder}: {getattr(exc, 'strerror', None) or exc}")
    raise BackupError("No backup could be made (" + "; ".join(errors) + ").")


def _state(conn: sqlite3.Connection) -> tuple | None:
    """(changes, migrations): what the change counter and the schema say, or
    None for a file from before the counter existed."""
    try:
        changes = conn.execute("SELECT changes FROM project_state WHERE id = 1").fetchone()
        migrations = conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()
    except sqlite3.Error:
        return None
    return (changes[0], migrations[0]) if changes else None


def _unchanged_since_newest(source: sqlite3.Connection, project_path: Path) -> bool:
    """True when the newest backup holds this very state: no need to copy the file."""
    current = _state(source)
    newest = next(iter(list_backups(project_path)), None)
    if current is None or newest is None:
        return False
    try:
        conn = sqlite3.connect(newest.path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return _state(conn) == current
    finally:
        conn.close()


def _free_name(folder: Path, project_path: Path) -> Path:
    """A name after every existing one, even within the same second."""
    now = dt.datetime.now().replace(microsecond=0)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    same_second = [b.sequence for b in _backups_in(folder) if b.taken == now]
    if not same_second:
        return folder / f"{project_path.stem}-{stamp}.sqlite"
    return folder / f"{project_path.stem}-{stamp}-{max(same_second) + 1}.sqlite"


def _prune(folder: Path) -> None:
    for old in _backups_in(folder)[KEEP:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def load_backup(backup: Backup | Path) -> sqlite3.Connection:
    """The backup's content in memory, checked: safe even if the file is pruned next."""
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    memory = sqlite3.connect(":memory:")
    try:
        source.backup(memory)
    except sqlite3.Error as exc:
        memory.close()
        raise BackupError(f"The backup {path.name} cannot be read: {exc}.") from exc
    finally:
        source.close()
    problems = check_connection(memory)
    if problems:
        memory.close()
        raise BackupError(f"The backup {path.name} is damaged ({problems[0]}).")
    return memory


def restore(project_path: str | Path, backup: Backup | Path) -> None:
    """Put a backup's content into a healthy project (no one else may have it open).

    Opening the project first backs up its current state, so the restore can
    itself be undone from the Restore dialog.  The content goes in through the
    backup API on the project's own connection: one transaction, so a crash
    half-way leaves the project as it was.
    """
    from storage.project import Project

    content = load_backup(backup)
    try:
        project = Project(project_path)
        try:
            make_backup(project.db.conn, project.path)
            content.backup(project.db.conn)
            problems = check_connection(project.db.conn, full=True)
            if problems:
                raise BackupError(f"The restored project failed its check ({problems[0]}).")
        finally:
            project.close()
    finally:
        content.close()


def replace_damaged(project_path: str | Path, backup: Backup | Path) -> Path:
    """Move a damaged project aside (never writing to it) and put the backup in its place.

    Returns where the damaged file went, so the analyst can hand it to someone
    who might rescue more from it.
    """
    from storage.locking import ProjectLock

    project_path = Path(project_path)
    content = load_backup(backup)
    lock = ProjectLock(project_path)
    lock.acquire()
    try:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = project_path.with_name(f"{project_path.name}.damaged-{stamp}")
        os.replace(project_path, aside)
        for side in side_files(project_path):
            if side.exists():
                os.replace(side, aside.with_name(aside.name + side.name[-4:]))
        partial = project_path.with_name(f".{project_path.name}.restoring")
        _copy_into(content, partial)
        os.replace(partial, project_path)
        _fsync(project_path.parent)
        return aside
    finally:
        lock.release()
        content.close()
