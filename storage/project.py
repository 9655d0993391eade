"""One project = one SQLite file; opening it and making changes safely.

Every public change goes through ``Project.change()``: one transaction per
analyst action, committed before the call returns, so a crash never loses
what was on screen and a failure leaves the file exactly as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from storage import backups
from storage.annotations import Annotations
from storage.articles import Articles
from storage.clock import now_iso  # noqa: F401 - where importers looked for it before
from storage.dismissals import Dismissals
from storage.errors import ProjectOpenError, StorageError, describe_sqlite_error
from storage.integrity import ensure_sound
from storage.locking import ProjectLock
from storage.events import Events
from storage.schema import MIGRATIONS, SCHEMA_VERSION, applied_count, unknown_migrations
from storage.tags import Tags

SQLITE_MAGIC = b"SQLite format 3\x00"


class Project:
    """An open project file and the repositories that read and change it."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        # Analyst-facing notes from opening (e.g. a backup that failed); the GUI shows them.
        self.warnings: list[str] = []
        self.last_backup: backups.Backup | None = None
        _check_is_sqlite(self.path)
        # Open order: lock (no second writer), quick_check on a read-only
        # connection (a damaged file is never written to), connect, back up
        # if changed, migrate.  See storage/locking.py and storage/integrity.py.
        self._lock = None if read_only else ProjectLock(self.path)
        try:
            if self._lock is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._lock.acquire()
            ensure_sound(self.path)
            self._connect()
            self._file_id = None if read_only else _file_identity(self.path)
            self._rescued: Path | None = None
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise
        self.articles = Articles(self)
        self.events = Events(self)
        self.annotations = Annotations(self)
        self.tags = Tags(self)
        self.dismissals = Dismissals(self)

    def _connect(self) -> None:
        conn = None
        try:
            if self.read_only:
                uri = self.path.resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True)
            else:
                conn = sqlite3.connect(str(self.path))
            self.db = Database(conn, execute_plugins=False)
            self._configure()
            self._migrate()
        except BaseException as exc:
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            if isinstance(exc, sqlite3.Error):
                raise ProjectOpenError(f"{self.path.name} cannot be opened as a project: "
                                       f"{describe_sqlite_error(exc)}") from exc
            raise

    def _configure(self) -> None:
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA busy_timeout = 2000")

    def _enable_wal(self) -> None:
        """Only once the file is known to be ours: switching a stranger's
        database to WAL would already be a change to it."""
        self.db.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit survives power loss too, not only a crash of the app.
        self.db.execute("PRAGMA synchronous = FULL")

    def _migrate(self) -> None:
        newer = unknown_migrations(self.db)
        if newer:
            raise ProjectOpenError(
                f"{self.path.name} was written by a newer version of Timeline Annotator "
                f"(it has schema changes this version does not know: {', '.join(newer)}). "
                "Open it with the newer version; it was left untouched."
            )
        applied = applied_count(self.db)
        if applied == 0 and self.db.table_names():
            raise ProjectOpenError(
                f"{self.path.name} is an SQLite database but not a Timeline Annotator "
                "project. It was left untouched."
            )
        if applied < SCHEMA_VERSION:
            if self.read_only:
                raise ProjectOpenError(
                    f"{self.path.name} needs upgrading and cannot be upgraded read-only."
                )
        if applied and not self.read_only:
            self._back_up(required=applied < SCHEMA_VERSION)
        if not self.read_only:
            self._enable_wal()
        if applied < SCHEMA_VERSION:
            MIGRATIONS.apply(self.db)

    def _back_up(self, required: bool) -> None:
        """A copy if the project changed since the last one; no migration without one."""
        try:
            self.last_backup = backups.make_backup(self.db.conn, self.path)
        except backups.BackupError as exc:
            if required:
                raise ProjectOpenError(
                    f"{self.path.name} needs upgrading to this version, and a backup must be "
                    f"made first, but: {exc} It was left untouched.") from exc
            self.warnings.append(f"{exc} Your work is still saved as you go.")

    @contextlib.contextmanager
    def change(self) -> Iterator[Database]:
        """One analyst action: all of it is committed, or none of it."""
        if self.read_only:
            raise StorageError("This project is open read-only; the change was not saved.")
        if not self.db.conn.in_transaction:
            self._check_file_still_there()
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            raise StorageError(describe_sqlite_error(exc)) from exc

    def _check_file_still_there(self) -> None:
        """SQLite keeps writing to a file that was deleted or replaced under it,
        and all of that is gone when the app closes; refuse instead, once
        having copied what the open connection still holds to the backups."""
        try:
            if _file_identity(self.path) == self._file_id:
                return
        except OSError:
            pass
        if self._rescued is None:
            with contextlib.suppress(backups.BackupError):
                self._rescued = backups.make_backup(self.db.conn, self.path, force=True).path
        copy = (f" Everything saved until then was copied to {self._rescued}."
                if self._rescued else "")
        raise StorageError(f"The project file {self.path} was moved or deleted while open, "
                           f"so the change was not saved.{copy} Open the project again from "
                           "where it is now.")

    def query(self, sql: str, params=()) -> list[tuple]:
        return self.db.execute(sql, params).fetchall()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                self.db.execute("PRAGMA optimize")
            self.db.conn.close()
        if self._lock is not None:
            self._lock.release()


def _file_identity(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_dev, info.st_ino


def _check_is_sqlite(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite gets to write to it."""
    if path.is_dir():
        raise ProjectOpenError(f"{path} is a folder, not a project file.")
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise ProjectOpenError(
            f"{path.name} is not a Timeline Annotator project (it is not an SQLite file). "
            "It was left untouched."
        )
