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
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from storage.errors import ProjectOpenError

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


class ProjectNotWritableError(ProjectOpenError):
    """The lock file cannot be created: a read-only folder or medium."""

    def __init__(self, path: Path, exc: OSError):
        self.path = path
        super().__init__(
            f"{path.name} cannot be opened for writing: its folder does not accept new "
            f"files ({exc.strerror or exc}). It can be opened read-only, or copied to a "
            "folder you can write to.")


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(project_path.name + ".lock")


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
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        info = {}
    pid = info.get("pid")
    return LockHolder(pid if isinstance(pid, int) else None, str(info.get("host", "")),
                      str(info.get("user", "")), str(info.get("since", "")))


class ProjectLock:
    """Held from ``acquire()`` to ``release()``; raises ProjectLockedError if taken."""

    def __init__(self, project_path: str | Path):
        self.project_path = Path(project_path)
        self.path = lock_path(self.project_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise ProjectNotWritableError(self.project_path, exc) from exc
            try:
                locked = _try_os_lock(fd)
            except _NoOsLocks:
                os.close(fd)
                return self._acquire_by_pid()
            if not locked:
                os.close(fd)
                raise ProjectLockedError(self.project_path, read_holder(self.path))
            # The previous holder may have unlinked the file between our open
            # and our lock: then we hold a lock on a file nobody else sees.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
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
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
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
