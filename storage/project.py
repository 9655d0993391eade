"""One project = one SQLite file; opening it and making changes safely.

Every public change goes through ``Project.change()``: one transaction per
analyst action, committed before the call returns, so a crash never loses
what was on screen and a failure leaves the file exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from storage.annotations import Annotations
from storage.articles import Articles
from storage.clock import now_iso  # noqa: F401 - where importers looked for it before
from storage.dismissals import Dismissals
from storage.errors import (
    ProjectAccessError,
    ProjectMissingError,
    ProjectOpenError,
    StorageError,
    describe_sqlite_error,
    os_trouble,
    refine_trouble,
    sqlite_trouble,
)
from storage.events import Events
from storage.safety import backups
from storage.safety.integrity import ensure_sound, side_files
from storage.safety.locking import ProjectHardLinkedError, ProjectLock
from storage.schema import MIGRATIONS, SCHEMA_VERSION, applied_count, unknown_migrations
from storage.tags import Tags

SQLITE_MAGIC = b"SQLite format 3\x00"


class Project:
    """An open project file and the repositories that read and change it."""

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True):
        """Open ``path``; a missing file becomes a new project only if ``create``.

        Refusals are typed: ProjectMissingError (``create=False`` and no file),
        ProjectAccessError (full disk, read-only folder, I/O: not damage),
        ProjectDamagedError, ProjectLockedError, ProjectHardLinkedError.
        """
        self.path = Path(path)
        self.read_only = read_only
        # Analyst-facing notes from opening (e.g. a backup that failed); the GUI shows them.
        self.warnings: list[str] = []
        self.last_backup: backups.Backup | None = None
        self._snapshot: Path | None = None  # a private copy, for read-only opens only
        _check_is_sqlite(self.path)
        if (read_only or not create) and not self.path.exists():
            raise ProjectMissingError(self.path, backups.traces(self.path))
        if not read_only and _link_count(self.path) > 1:
            raise ProjectHardLinkedError(self.path, _link_count(self.path))
        # Open order: lock (no second writer), quick_check on a read-only
        # connection (a damaged file is never written to), connect, back up
        # if changed, migrate.  See storage/locking.py and storage/integrity.py.
        self._lock = None if read_only else ProjectLock(self.path)
        try:
            if self._lock is not None:
                self._make_folder()
                self._lock.acquire()
            self._open_checked(create)
            self._file_id = None if read_only else _file_identity(self.path)
            self._rescued: Path | None = None
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            self._drop_snapshot()
            raise
        self.articles = Articles(self)
        self.events = Events(self)
        self.annotations = Annotations(self)
        self.tags = Tags(self)
        self.dismissals = Dismissals(self)

    def _make_folder(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProjectAccessError(self.path, os_trouble(exc), exc.strerror or str(exc),
                                     action="created") from exc

    def _open_checked(self, create: bool) -> None:
        """quick_check, then connect; read-only opens fall back to a private copy.

        A read-only connection to a WAL project needs the ``-shm`` file: where
        it cannot be created (a read-only folder or disk, a full disk) SQLite
        refuses even to read.  Looking things up must still work there, so a
        read-only open then copies the file (and its WAL) to the temporary
        folder and opens that copy: a snapshot, said so in the warnings.
        """
        try:
            ensure_sound(self.path)
            self._connect(create)
        except ProjectAccessError:
            if not self.read_only or not self.path.exists():
                raise
            self._open_snapshot()

    def _open_snapshot(self) -> None:
        try:
            self._snapshot = Path(tempfile.mkdtemp(prefix="timeline-read-only-"))
            copy = self._snapshot / self.path.name
            shutil.copyfile(self.path, copy)
            wal = side_files(self.path)[0]
            if wal.exists():
                shutil.copyfile(wal, side_files(copy)[0])
        except OSError as exc:
            self._drop_snapshot()
            raise ProjectAccessError(self.path, os_trouble(exc), exc.strerror or str(exc),
                                     action="opened even read-only") from exc
        ensure_sound(copy)
        self._connect(False, file=copy)
        self.warnings.append(
            f"{self.path.name} could not be read in place (its folder or disk is full or "
            "cannot be written), so a copy taken just now was opened, read-only. Changes "
            "made to the project elsewhere after this moment are not shown.")

    def _drop_snapshot(self) -> None:
        if self._snapshot is not None:
            shutil.rmtree(self._snapshot, ignore_errors=True)
            self._snapshot = None

    def _connect(self, create: bool = True, *, file: Path | None = None) -> None:
        file = file or self.path
        conn = None
        try:
            if self.read_only:
                conn = sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)
            elif create:
                conn = sqlite3.connect(str(file))
            else:  # never create: the file may vanish between our look and this open
                conn = sqlite3.connect(file.resolve().as_uri() + "?mode=rw", uri=True)
            self.db = Database(conn, execute_plugins=False)
            self._configure()
            self._migrate()
        except BaseException as exc:
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            if isinstance(exc, sqlite3.Error):
                trouble = sqlite_trouble(exc)
                if trouble is not None:
                    if not create and not file.exists():
                        raise ProjectMissingError(self.path) from exc
                    raise ProjectAccessError(self.path, refine_trouble(file, trouble),
                                             str(exc)) from exc
                raise ProjectOpenError(f"{self.path.name} cannot be opened as a project: "
                                       f"{describe_sqlite_error(exc)}") from exc
            if isinstance(exc, OSError):
                raise ProjectAccessError(self.path, os_trouble(exc),
                                         exc.strerror or str(exc)) from exc
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
        """A copy if the project changed since the last one; no migration without one.

        Otherwise a backup that fails, for whatever reason, is a warning: it is
        never a reason not to open the project.
        """
        try:
            self.last_backup = backups.make_backup(self.db.conn, self.path)
        except (backups.BackupError, OSError, sqlite3.Error, ValueError, StopIteration) as exc:
            if not isinstance(exc, backups.BackupError):
                exc = backups.BackupError(f"No backup could be made ({exc}).")
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
        self._drop_snapshot()


def _link_count(path: Path) -> int:
    try:
        return os.stat(path).st_nlink
    except OSError:
        return 1


def _file_identity(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_dev, info.st_ino


def _check_is_sqlite(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite gets to write to it."""
    if path.is_dir():
        raise ProjectOpenError(f"{path} is a folder, not a project file.")
    try:
        if not path.exists():
            return
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block the open forever
            raise ProjectOpenError(f"{path.name} is not a regular file, so it is not a "
                                   "Timeline Annotator project. It was left untouched.")
        if path.stat().st_size == 0:
            return
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectAccessError(path, os_trouble(exc), exc.strerror or str(exc),
                                 action="read") from exc
    if head != SQLITE_MAGIC:
        raise ProjectOpenError(
            f"{path.name} is not a Timeline Annotator project (it is not an SQLite file). "
            "It was left untouched."
        )
