"""What a project file holds, read without opening it as the project.

For File ▸ Restore from Backup…: each backup is listed with its counts of
articles and events, read through a read-only connection of its own (a
backup is never locked, migrated or written to by being looked at).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


def describe_contents(path: Path) -> str:
    """'12 articles, 40 events' for a project or backup file, or why it cannot be read."""
    conn = None
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    except sqlite3.Error:
        return "cannot be read"
    finally:
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
    return f"{articles} article{'s' * (articles != 1)}, {events} event{'s' * (events != 1)}"
