"""Automatic backups of a project, and putting one back.

Why on open and not on a timer: every edit is already committed at once, so
what a backup protects against is not a crash but a damaged file, a bad
migration, or an analyst's mass deletion discovered days later.  A copy taken
when the project is opened (if it changed since the last copy) gives one
restore point per working session at no cost while working.

The copy is made with SQLite's online backup API from the open connection,
so it is a consistent snapshot including the WAL, never a torn file copy.  It
is written into a private temporary folder (created afresh, so no link
planted in a shared folder can redirect the write), checked with ``PRAGMA
quick_check``, and only then renamed into place; only after that is the
oldest copy removed, so a failed backup never costs a good one.  Leftovers
of a backup killed half-way are removed by the next one.  The last ``KEEP``
copies are kept in ``PROJECT.sqlite.backups/`` next to the project, or, if
that folder cannot be written, under a fallback folder the GUI sets.

Backups are named and ordered by a sequence number that only grows
(``p-000007-20250303T130500Z.sqlite``); the UTC time in the name is for
people.  Ordering by local time went wrong when the clock or the time zone
moved back: the new copy sorted as the oldest and was pruned at once.
Backups named by local time by earlier versions (``p-20250303-140500.sqlite``)
are still listed and restorable, as older than any numbered one.

Putting a backup back never leaves the project path without a sound file:
the backup is copied beside the project, verified, and only then swapped in
with one atomic rename.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import filecmp
import hashlib
import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from storage.errors import ProjectOpenError, StorageError
from storage.safety.integrity import check, check_connection, side_files
from storage.safety.locking import ProjectLock

KEEP = 3
_NUMBERED = re.compile(r"-(\d{6,})-(\d{8}T\d{6})Z\.sqlite$")
_LEGACY = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")  # local time, before sequences
# Set by the GUI at start-up to the platform's app-data folder; storage has no Qt.
fallback_root: Path | None = None


class BackupError(StorageError):
    """No backup could be written (disk full, no folder we may write to)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: dt.datetime  # aware; shown in local time
    size: int
    sequence: int = 0  # grows with every backup; 0 for the local-time names of old versions
    legacy_rank: int = field(default=0, compare=False)  # old names: -2, -3 within one second

    @property
    def local(self) -> dt.datetime:
        return self.taken.astimezone()

    @property
    def label(self) -> str:
        """The date as analysts say it, e.g. "3 March 2025, 14:05" (local time)."""
        return f"{self.local.day} {self.local:%B %Y, %H:%M}"

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


def _parse(entry: Path) -> Backup | None:
    """The Backup a file name describes, or None if it is not one of ours."""
    if entry.name.startswith("."):
        return None
    numbered = _NUMBERED.search(entry.name)
    try:
        if numbered:
            taken = dt.datetime.strptime(numbered.group(2), "%Y%m%dT%H%M%S")
            return Backup(entry, taken.replace(tzinfo=dt.timezone.utc), entry.stat().st_size,
                          int(numbered.group(1)))
        legacy = _LEGACY.search(entry.name)
        if legacy:
            taken = dt.datetime.strptime(legacy.group(1), "%Y%m%d-%H%M%S").astimezone()
            return Backup(entry, taken, entry.stat().st_size, 0, int(legacy.group(2) or 0))
    except (OSError, ValueError, OverflowError):
        return None
    return None


def _backups_in(folder: Path) -> list[Backup]:
    found = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            backup = _parse(entry)
            if backup is not None:
                found.append(backup)
    return sorted(found, key=_newest_first)


def _newest_first(backup: Backup) -> tuple:
    """By sequence; old local-time names (all sequence 0) by their stamp."""
    return (-backup.sequence, -backup.taken.timestamp(), -backup.legacy_rank, backup.path.name)


def list_backups(project_path: str | Path) -> list[Backup]:
    """Every backup of the project, newest first."""
    every = [b for folder in folders(project_path) for b in _backups_in(folder)]
    return sorted(every, key=_newest_first)


def newest_good_backup(project_path: str | Path) -> Backup | None:
    """The newest backup that passes quick_check (an old one beats a broken one)."""
    for backup in list_backups(project_path):
        try:
            if not check(backup.path):
                return backup
        except StorageError:  # cannot be read just now: not "good"
            continue
    return None


def traces(project_path: str | Path) -> list[str]:
    """What shows that a project once existed at this path: its backups, a damaged
    copy moved aside, its WAL.  A missing file with traces has gone missing; it is
    not a new project to be created silently."""
    project_path = Path(project_path)
    found = []
    kept = list_backups(project_path)
    if kept:
        found.append(f"{len(kept)} backup{'s' * (len(kept) != 1)} of it, the newest from "
                     f"{kept[0].label}, in {kept[0].path.parent}")
    with contextlib.suppress(OSError):
        aside = sorted(project_path.parent.glob(glob_escape(project_path.name) + ".damaged-*"))
        if aside:
            found.append(f"a damaged copy was kept as {aside[-1].name}")
    if any(side.exists() for side in side_files(project_path)):
        found.append("its journal files are still beside it")
    return found


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy_into(source: sqlite3.Connection, target: Path, *, full: bool = False) -> None:
    """An online copy of ``source`` into a new file, verified before it is trusted.

    ``target`` lies in a private folder made by ``_private_folder``.
    """
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        # A copy of a WAL project is marked WAL too; a plain rollback-journal
        # file can be opened read-only without leaving -wal/-shm files behind.
        dest.execute("PRAGMA journal_mode = DELETE")
        problems = check_connection(dest, full=full)
        if problems:
            raise BackupError(f"The backup copy failed its check ({problems[0]}).")
    finally:
        dest.close()
    _fsync(target)


def _private_folder(where: Path, prefix: str) -> Path:
    """A new folder only we can write (mode 0700, a name nobody could predict)."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=where))


def _partial_prefix(project_path: Path) -> str:
    return f".{project_path.name}.partial"


def clean_leftovers(folder: Path, prefix: str) -> None:
    """Remove what a killed backup or restore left (``.p.sqlite.partial*``).

    Only the holder of the project's lock makes backups and restores, so
    anything of ours under that prefix is a dead process's.
    """
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if not entry.name.startswith(prefix):
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    entry.unlink()


def _name(project_path: Path, sequence: int, taken: dt.datetime) -> str:
    return f"{project_path.stem}-{sequence:06d}-{taken:%Y%m%dT%H%M%S}Z.sqlite"


def make_backup(source: sqlite3.Connection, project_path: str | Path, *,
                force: bool = False) -> Backup | None:
    """Back up the database open on ``source``; None if identical to the newest copy.

    Raises BackupError if no folder could take a verified copy.
    """
    project_path = Path(project_path)
    for folder in folders(project_path):  # what a killed backup left, even if none is made now
        clean_leftovers(folder, _partial_prefix(project_path))
        _prune(folder)
    clean_leftovers(project_path.resolve().parent, _partial_prefix(project_path.resolve()))
    if not force and _unchanged_since_newest(source, project_path):
        return None
    errors = []
    for folder in folders(project_path):
        staging = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            staging = _private_folder(folder, _partial_prefix(project_path) + "-")
            partial = staging / "copy.sqlite"
            _copy_into(source, partial)
            newest = next(iter(_backups_in(folder)), None)
            if not force and newest is not None and filecmp.cmp(partial, newest.path,
                                                                shallow=False):
                return None
            sequence = 1 + max((b.sequence for b in list_backups(project_path)), default=0)
            taken = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
            final = folder / _name(project_path, sequence, taken)
            os.replace(partial, final)
            _fsync(folder)
            made = Backup(final, taken, final.stat().st_size, sequence)
            _prune(folder)
            return made
        except (OSError, sqlite3.Error, BackupError) as exc:
            errors.append(f"{folder}: {getattr(exc, 'strerror', None) or exc}")
        finally:
            if staging is not None:
                shutil.rmtree(staging, ignore_errors=True)
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


def _stage(content: sqlite3.Connection, real: Path) -> tuple[Path, Path]:
    """The backup's content in a verified file in a private folder beside ``real``
    (same disk, so the final rename is atomic and needs no space)."""
    prefix = _partial_prefix(real)
    clean_leftovers(real.parent, prefix)
    staging = _private_folder(real.parent, prefix + "-restore-")
    staged = staging / "restored.sqlite"
    try:
        _copy_into(content, staged, full=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging, staged


@contextlib.contextmanager
def _holding_lock(real: Path):
    """The project's lock for a restore: nobody writes the file while it is swapped."""
    lock = ProjectLock(real)
    try:
        lock.acquire()
    except ProjectOpenError as exc:
        raise BackupError(f"The backup was not restored: {exc}") from exc
    try:
        yield
    finally:
        lock.release()


def _as_backup_error(exc: Exception, what: str) -> BackupError:
    if isinstance(exc, BackupError):
        return exc
    reason = getattr(exc, "strerror", None) or exc
    return BackupError(f"{what} could not be restored: {reason}. The project was not changed.")


class _Restoring:
    """One putting-back of a backup under way: its content, and the staging folder once made."""

    def __init__(self, real: Path, content: sqlite3.Connection):
        self.real = real
        self.content = content
        self.staging: Path | None = None

    def stage(self) -> Path:
        """The verified copy beside the project, ready to be renamed into place."""
        self.staging, staged = _stage(self.content, self.real)
        return staged


@contextlib.contextmanager
def _restoring(project_path: str | Path, backup: Backup | Path):
    """What every way of putting a backup back shares, so none can forget a part of it.

    The backup is read and checked before anything is touched, the project's lock
    is held throughout, a failure is told as a BackupError that says the project
    was not changed, and the staging folder and the backup's content go at the end.
    """
    real = Path(project_path).resolve()
    job = _Restoring(real, load_backup(backup))
    try:
        with _holding_lock(real):
            yield job
    except (OSError, sqlite3.Error) as exc:
        raise _as_backup_error(exc, "The backup") from exc
    finally:
        job.content.close()
        if job.staging is not None:
            shutil.rmtree(job.staging, ignore_errors=True)


def _move_journals(real: Path, base: Path) -> None:
    """Move the project's -wal/-shm files to ``base`` + "-wal"/"-shm": they belong to a
    file that is going away, and applied to the restored copy they would corrupt it."""
    for side in side_files(real):
        if side.exists():
            os.replace(side, base.with_name(base.name + side.name[-4:]))


def restore(project_path: str | Path, backup: Backup | Path) -> None:
    """Put a backup's content into a healthy project (no one else may have it open).

    The project's present state is backed up first, so the restore can itself
    be undone from the Restore dialog.  The backup is copied beside the
    project and verified; only then is it renamed over the project, so any
    failure (a full disk, a kill) leaves the project exactly as it was.
    """
    with _restoring(project_path, backup) as job:
        real = job.real
        conn = sqlite3.connect(real.as_uri() + "?mode=rw", uri=True)
        try:
            try:
                make_backup(conn, project_path)
            except BackupError as exc:
                raise BackupError(f"The present state could not be backed up first, so "
                                  f"nothing was restored: {exc} The project was not "
                                  "changed.") from exc
            staged = job.stage()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        wal = side_files(real)[0]
        if wal.exists() and wal.stat().st_size:
            raise BackupError(f"{real.name} is open in another window or program "
                              "(read-only), so it cannot be replaced now. Close it there "
                              "and try again.")
        for side in side_files(real):  # an empty WAL and its index belong to the old file
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        _rename_into_place(staged, real)


def _rename_into_place(staged: Path, real: Path) -> None:
    """The one atomic step of a restore, made durable by syncing the folder."""
    os.replace(staged, real)
    _fsync(real.parent)


def replace_damaged(project_path: str | Path, backup: Backup | Path) -> Path:
    """Keep a damaged project aside (never writing to it) and put the backup in its place.

    The backup is copied beside the project and verified first; only then
    does the damaged file get its second name and the copy take the first,
    by an atomic rename: a full disk or a kill at any moment leaves either
    the damaged file or the restored one at the project's path, never
    nothing.  Returns where the damaged file went, so the analyst can hand it
    to someone who might rescue more from it.
    """
    with _restoring(project_path, backup) as job:
        real = job.real
        staged = job.stage()
        aside = _aside_name(real)
        try:
            os.link(real, aside)  # a second name: the first keeps the file until the swap
        except OSError:
            shutil.copyfile(real, aside)
        _move_journals(real, aside)
        _rename_into_place(staged, real)
        return aside


def _aside_name(real: Path) -> Path:
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aside = real.with_name(f"{real.name}.damaged-{stamp}")
    n = 1
    while aside.exists() or aside.is_symlink():
        n += 1
        aside = real.with_name(f"{real.name}.damaged-{stamp}-{n}")
    return aside


def restore_missing(project_path: str | Path, backup: Backup | Path) -> None:
    """Put a backup at the path of a project that has gone missing.

    The verified copy gets the project's name by ``os.link``, which never
    replaces a file: if the project reappeared meanwhile, it is left alone.
    """
    with _restoring(project_path, backup) as job:
        real = job.real
        staged = job.stage()
        _move_journals(real, real.with_name(f"{real.name}.orphan"))  # the vanished file's
        try:
            os.link(staged, real)
        except FileExistsError:
            raise BackupError(f"{real.name} exists again; it was left as it is.") from None
        except OSError:  # no hard links on this file system: rename, after one more look
            if real.exists():
                raise BackupError(f"{real.name} exists again; it was left as it is.") from None
            os.replace(staged, real)
        _fsync(real.parent)
