"""Working on a project file the way an analyst's sessions do, and reading it back.

The backup tests (storage and GUI) both need "open, add events, close" and
"which events does this file hold"; one copy keeps them counting alike.
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
