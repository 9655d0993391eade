"""Errors storage raises, each worded for the analyst who will read it."""

from __future__ import annotations

import sqlite3


class StorageError(Exception):
    """A change could not be saved; the project file is as it was before."""


class ProjectOpenError(StorageError):
    """The file cannot be used as a project (not SQLite, damaged, too new)."""


class DuplicateArticleError(StorageError):
    def __init__(self, existing_id: int, existing_title: str):
        self.existing_id = existing_id
        self.existing_title = existing_title
        super().__init__(
            f"This text is already in the project as “{existing_title or 'untitled'}”; "
            "it was not imported again."
        )


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
