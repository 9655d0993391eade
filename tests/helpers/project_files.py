"""Working on a project file the way an analyst's sessions do, and reading it back.

The backup tests (storage and GUI) both need "open, add events, close" and
"which events does this file hold", and the storage and GUI tests of schema
versions both need a file from a newer version; one copy keeps them alike.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from storage import Project


def event_titles(path: Path) -> list[str]:
    """The titles of the events stored in the file at ``path``, sorted (read without Project)."""
    conn = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in conn.execute("SELECT title FROM events"))
    finally:
        conn.close()


def work_session(path: Path, *add: str, description: str = "") -> Project:
    """Open, add events, close: one working session (so one backup on open)."""
    project = Project(path)
    for title in add:
        project.events.add(title, description=description)
    project.close()
    return project


def make_newer(path: Path) -> None:
    """A project at ``path`` that a later version has migrated (one migration we lack)."""
    Project(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('timeline-annotator', 'm999_from_the_future', 'x')")
    conn.commit()
    conn.close()
