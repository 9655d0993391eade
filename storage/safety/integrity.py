"""Is a project file sound?  Checked before anything writes to it.

A damaged file that is opened for writing gets worse: SQLite may checkpoint
its WAL into broken pages, a migration may rewrite the schema page, and the
analyst keeps annotating into a file that will not open tomorrow.  So every
open runs ``PRAGMA quick_check`` on a *read-only* connection first (it reads
the whole file but is far cheaper than ``integrity_check``: it skips index
consistency), and a file that fails is refused with ``ProjectDamagedError``
before the read-write connection exists.  The full ``integrity_check`` is
for the crash tests and the backup verification of restores.

Only damage is reported as damage.  When the disk or folder is what refuses
(a full disk where SQLite cannot create the ``-shm`` file, a read-only
folder, an I/O error) the check raises ``ProjectAccessError`` instead: the
file may be perfectly sound, and offering to "restore" it would replace a
healthy project on a disk that cannot even take the copy.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from storage.errors import ProjectAccessError, ProjectOpenError, refine_trouble, sqlite_trouble

# How many of SQLite's problem lines to keep for the log and the message.
MAX_PROBLEMS = 5


class ProjectDamagedError(ProjectOpenError):
    """The file is SQLite but some of its pages are broken."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems
        detail = problems[0] if problems else "unknown damage"
        super().__init__(
            f"{path.name} is damaged (SQLite reports: {detail}). It was not opened for "
            "writing, so it was not made worse.")


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def check(path: str | Path, *, full: bool = False) -> list[str]:
    """SQLite's problem lines for the file; ``[]`` means sound.

    "file is not a database" and "malformed" raised while reading the schema
    are damage too, reported the same way, never as an exception.  Errors of
    the medium (full disk, read-only folder, I/O) raise ProjectAccessError.
    """
    pragma = "integrity_check" if full else "quick_check"
    conn = None
    try:
        conn = _connect_read_only(Path(path))
        rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:
        trouble = sqlite_trouble(exc)
        if trouble is not None:
            raise ProjectAccessError(path, refine_trouble(path, trouble), str(exc),
                                     action="checked") from exc
        return [str(exc)]
    finally:
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
    problems = [row[0] for row in rows]
    return [] if problems == ["ok"] else problems


def check_connection(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """The same check on a connection that is already open (a backup, a restore)."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        problems = [row[0] for row in conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
    except sqlite3.DatabaseError as exc:
        if sqlite_trouble(exc) is not None:
            raise
        return [str(exc)]
    return [] if problems == ["ok"] else problems


def ensure_sound(path: str | Path) -> None:
    """Raise ProjectDamagedError if an existing, non-empty project fails quick_check
    (ProjectAccessError if the disk or folder would not let us check it)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    problems = check(path)
    if problems:
        raise ProjectDamagedError(path, problems)


def side_files(path: str | Path) -> list[Path]:
    """The project's WAL and shared-memory files: they belong to it and move with it."""
    path = Path(path)
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]

