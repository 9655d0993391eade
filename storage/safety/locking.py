"""Who has a project open for writing: a lock file next to it.

Two copies of the app writing the same project would each keep its own undo
history and screen state, and the analyst would lose track of which window
holds the truth.  So a writer holds ``PROJECT.sqlite.lock`` for as long as the
project is open.

Why an OS lock on the lock file rather than just its existence: the kernel
releases ``flock``/``LockFileEx`` when the process dies, however it dies
(SIGKILL, power cut, crash), so a lock left behind by a dead process is stale
by construction and is taken over without guessing from pids.  The file's
contents (pid, host, user, time) only serve the message shown to the second
instance.  Where the OS lock is not available (some network file systems
refuse it) we fall back to the pid recorded in the file: a lock of a process
on this host that no longer runs is stale; one from another host is honoured.

The lock goes by the file's identity, not the name it was opened by: the lock
file sits beside the *resolved* path, so a second writer through a symbolic
link meets the same lock (hard links are refused for writing by
``storage.project``).  Anyone who can write to the project's folder could
leave a symbolic or hard link named ``PROJECT.sqlite.lock`` pointing at some
other file; the lock file is therefore opened without following links
(``O_NOFOLLOW``), and only written to once it is known to be a regular file
with one name, else it is replaced by a freshly, exclusively created one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import socket
import stat
from dataclasses import dataclass
from pathlib import Path

from storage.errors import ProjectAccessError, ProjectOpenError, os_trouble

# Never follow a link where the lock file should be; never block on a FIFO.
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(
    os, "O_CLOEXEC", 0)

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_os_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
        except OSError as exc:
            if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                raise _NoOsLocks() from exc
            return False


class _NoOsLocks(Exception):
    """The file system cannot lock files; use the pid fallback."""


@dataclass(frozen=True)
class LockHolder:
    pid: int | None
    host: str
    user: str
    since: str

    def describe(self) -> str:
        where = "this computer" if self.host == socket.gethostname() else self.host or "?"
        who = f" by {self.user}" if self.user else ""
        when = ""
        with contextlib.suppress(ValueError):
            since = dt.datetime.fromisoformat(self.since)
            when = f" since {since.day} {since:%B, %H:%M}"
        pid = f"process {self.pid}" if self.pid else "another process"
        return f"{pid} on {where}{who}{when}"


class ProjectLockedError(ProjectOpenError):
    """The project is open for writing in another window or program."""

    def __init__(self, path: Path, holder: LockHolder):
        self.path = path
        self.holder = holder
        super().__init__(
            f"{path.name} is already open in another Timeline Annotator "
            f"({holder.describe()}). Two copies writing one project would lose each "
            "other's work, so it can only be opened read-only here.")


class ProjectNotWritableError(ProjectAccessError):
    """The lock file cannot be created or written: a read-only folder or medium, a
    full disk."""

    def __init__(self, path: Path, exc: OSError):
        super().__init__(path, os_trouble(exc), exc.strerror or str(exc),
                         action="opened for writing")
        if self.reason == "read-only":
            self.args = (
                f"{path.name} cannot be opened for writing: its folder does not accept new "
                f"files ({exc.strerror or exc}). It can be opened read-only, or copied to a "
                "folder you can write to.",)


class ProjectHardLinkedError(ProjectOpenError):
    """The project file has more than one name (hard links): writers through two
    names would not see each other's lock, so it is only opened read-only."""

    def __init__(self, path: Path, links: int):
        self.path = path
        self.links = links
        super().__init__(
            f"{path.name} has {links} names on this disk (hard links), so another program "
            "could write it under another name without seeing this window's lock. It can "
            "only be opened read-only; to write it, copy it to a file of its own.")


def lock_path(project_path: Path) -> Path:
    """Beside the resolved file: every name of one project meets the same lock."""
    project_path = Path(project_path).resolve()
    return project_path.with_name(project_path.name + ".lock")


def _open_lock_file(path: Path, *, exclusive: bool = False) -> int:
    """The lock file's descriptor, never through a symbolic link.

    A symbolic link found there is not ours: it is removed (that never
    touches its target) and the file is created exclusively in its place.
    """
    flags = os.O_RDWR | os.O_CREAT | _NO_FOLLOW | (os.O_EXCL if exclusive else 0)
    try:
        return os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno not in (errno.ELOOP, errno.EMLINK) and not path.is_symlink():
            raise
    os.unlink(path)
    return os.open(path, flags | os.O_EXCL, 0o644)


def _is_plain_file(fd: int) -> bool:
    info = os.fstat(fd)
    return stat.S_ISREG(info.st_mode) and info.st_nlink == 1


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_holder(path: Path) -> LockHolder:
    """What a lock file says about its holder (empty fields if unreadable)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NO_FOLLOW)
        try:
            info = json.loads(os.read(fd, 4096).decode("utf-8") or "{}")
        finally:
            os.close(fd)
    except (OSError, ValueError):
        info = {}
    if not isinstance(info, dict):
        info = {}
    pid = info.get("pid")
    return LockHolder(pid if isinstance(pid, int) else None, str(info.get("host", "")),
                      str(info.get("user", "")), str(info.get("since", "")))


class ProjectLock:
    """Held from ``acquire()`` to ``release()``; raises ProjectLockedError if taken."""

    def __init__(self, project_path: str | Path):
        self.project_path = Path(project_path)
        self.path = lock_path(self.project_path)  # by identity: beside the resolved file
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        try:
            self._acquire()
        except OSError as exc:  # a read-only folder, a full disk (the info cannot be written)
            self.release()
            raise ProjectNotWritableError(self.project_path, exc) from exc

    def _acquire(self) -> None:
        exclusive = False
        for _attempt in range(5):
            fd = _open_lock_file(self.path, exclusive=exclusive)
            try:
                locked = _try_os_lock(fd)
            except _NoOsLocks:
                os.close(fd)
                return self._acquire_by_pid()
            if not locked:
                os.close(fd)
                raise ProjectLockedError(self.project_path, read_holder(self.path))
            if not _is_plain_file(fd):
                # A hard link to another file, or something not a file: not ours to
                # write.  Its name goes; a new lock file is created exclusively.
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.path)
                os.close(fd)
                exclusive = True
                continue
            # The previous holder may have unlinked the file between our open
            # and our lock: then we hold a lock on a file nobody else sees.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path, follow_symlinks=False))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                self._write_info()
                return
            os.close(fd)
        raise ProjectLockedError(self.project_path, read_holder(self.path))

    def _acquire_by_pid(self) -> None:
        holder = read_holder(self.path)
        mine = holder.pid == os.getpid() and holder.host == socket.gethostname()
        if holder.pid and not mine and (holder.host != socket.gethostname()
                                        or _pid_alive(holder.pid)):
            raise ProjectLockedError(self.project_path, holder)
        fd = _open_lock_file(self.path)
        if not _is_plain_file(fd):
            os.close(fd)
            os.unlink(self.path)
            fd = _open_lock_file(self.path, exclusive=True)
        self._fd = fd
        self._write_info()

    def _write_info(self) -> None:
        user = ""
        with contextlib.suppress(Exception):
            user = getpass.getuser()
        info = {"pid": os.getpid(), "host": socket.gethostname(), "user": user,
                "since": dt.datetime.now().isoformat(timespec="seconds")}
        data = json.dumps(info).encode("utf-8")
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, data)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Unlink while still holding the lock, so nobody takes a file that is
        # about to disappear (acquire() checks the inode for the other race).
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        with contextlib.suppress(OSError):
            os.close(fd)

    def __del__(self):  # a Project dropped without close() still frees the file
        self.release()
