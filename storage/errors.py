"""Errors storage raises, each worded for the analyst who will read it.

Two kinds of "cannot open" must never be confused: a file whose pages are
broken (damage: offer a backup, never write to it) and a file that is fine
but the disk or folder refuses us (trouble: full disk, read-only folder, an
I/O error).  Calling trouble damage leads to restores that are not needed and
that themselves fail on the same full disk, so ``sqlite_trouble`` and
``os_trouble`` sort errors into the two kinds by their codes.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path


class StorageError(Exception):
    """A change could not be saved; the project file is as it was before."""


class ProjectOpenError(StorageError):
    """The file cannot be used as a project (not SQLite, damaged, too new)."""


class ProjectAccessError(ProjectOpenError):
    """The disk or folder refused (full, read-only, I/O error): trouble, not damage.

    ``reason`` is one of "full", "read-only", "io"; the file itself is not
    known to be damaged and was not changed.
    """

    def __init__(self, path: str | Path, reason: str, detail: str = "", *, action: str = ""):
        self.path = Path(path)
        self.reason = reason
        self.detail = detail
        doing = action or "opened"
        cause = {
            "full": "the disk it is on is full",
            "read-only": "its folder or disk cannot be written",
        }.get(reason, "the disk reported an error while reading or writing it")
        said = f" ({detail})" if detail else ""
        super().__init__(
            f"{self.path.name} could not be {doing}: {cause}{said}. This is not damage to "
            "the project, and nothing in it was changed. "
            + _ADVICE.get(reason, "Check the disk or copy the file elsewhere, then try again."))


_ADVICE = {
    "full": "Free some space on that disk, then open it again.",
    "read-only": "It can be opened read-only, or copied to a folder you can write to.",
}


class ProjectMissingError(ProjectOpenError):
    """An existing project was asked for, and its file is not there (any more)."""

    def __init__(self, path: str | Path, traces: list[str] | None = None):
        self.path = Path(path)
        self.traces = list(traces or [])
        seen = f" It existed before: {'; '.join(self.traces)}." if self.traces else ""
        super().__init__(f"{self.path} does not exist (was it moved, renamed or deleted?).{seen} "
                         "No new, empty project was created in its place.")


class ArticleTextError(StorageError):
    """An article's text cannot be replaced as asked (linked passages, a duplicate)."""


class DuplicateArticleError(StorageError):
    def __init__(self, existing_id: int, existing_title: str):
        self.existing_id = existing_id
        self.existing_title = existing_title
        super().__init__(
            f"This text is already in the project as “{existing_title or 'untitled'}”; "
            "it was not imported again."
        )


# SQLite's primary result codes that mean "the medium refused", not "the file is broken".
_TROUBLE_CODES = {
    "SQLITE_IOERR": "io", "SQLITE_CANTOPEN": "read-only", "SQLITE_FULL": "full",
    "SQLITE_READONLY": "read-only", "SQLITE_PERM": "read-only", "SQLITE_BUSY": "io",
    "SQLITE_LOCKED": "io", "SQLITE_NOMEM": "io", "SQLITE_AUTH": "read-only",
}
_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
# Less free space than this and an I/O error is most likely the full disk.
_NEARLY_FULL = 256 * 1024


def sqlite_trouble(exc: sqlite3.Error) -> str | None:
    """"full", "read-only" or "io" if ``exc`` is trouble with the medium; None if damage
    (or anything else that says the file's content is wrong)."""
    name = getattr(exc, "sqlite_errorname", "") or ""  # Python 3.11+
    if name.startswith(_DAMAGE_CODES):
        return None
    for prefix, reason in _TROUBLE_CODES.items():
        if name.startswith(prefix):
            return reason
    lowered = str(exc).lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return None
    if "disk is full" in lowered:
        return "full"
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return "read-only"
    if "disk i/o" in lowered or "locked" in lowered or "busy" in lowered:
        return "io"
    return None


def refine_trouble(path: str | Path, reason: str) -> str:
    """SQLite says "disk I/O error" when it cannot grow a -shm on a full disk:
    call that "full" when the folder has (almost) no free space left."""
    if reason != "io":
        return reason
    try:
        info = os.statvfs(Path(path).parent)
    except (OSError, AttributeError):  # no statvfs on Windows
        return reason
    return "full" if info.f_bavail * info.f_frsize < _NEARLY_FULL else reason


def os_trouble(exc: OSError) -> str:
    """The kind of trouble an OSError is: "full", "read-only" or "io"."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    return "io"


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """Translate SQLite's terse messages into what the analyst can act on."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return "The project file is read-only, so the change could not be saved."
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return "The disk is full, so the change could not be saved."
    if "locked" in lowered or "busy" in lowered:
        return "The project file is busy in another program; try again in a moment."
    if "unable to open" in lowered or "disk i/o" in lowered:
        return "The project file can no longer be written (was it moved or removed?)."
    if "not a database" in lowered or "malformed" in lowered:
        return "The project file is damaged."
    return f"The change could not be saved: {text}."
