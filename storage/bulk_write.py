"""Writing many rows without stalling the window: SQLite's WAL checkpoints.

A sliced import (gui.exchange.article_import) commits a thousand articles a
slice at a time.  SQLite's automatic checkpoint runs inside the commit that
crosses 1,000 WAL pages, on the writer's thread (110 ms on the
10,000-article project), so it is turned off for the slices and the WAL is
moved into the file afterwards on a thread of its own.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger("timeline_annotator")


def pause_autocheckpoint(project) -> int | None:
    """Turn the WAL autocheckpoint off; returns the setting to resume (None: not WAL)."""
    db = project.db
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        return None
    setting = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    db.execute("PRAGMA wal_autocheckpoint = 0")
    return setting


def resume_autocheckpoint(project, setting: int) -> None:
    project.db.execute(f"PRAGMA wal_autocheckpoint = {int(setting)}")


def checkpoint_in_background(path) -> threading.Thread:
    """Copy the WAL into the project file on a thread of its own.

    A PASSIVE checkpoint on a second connection copies only committed pages,
    never blocks the writer, and leaves the WAL valid if the app exits
    half-way through.
    """
    def run() -> None:
        try:
            conn = sqlite3.connect(str(path), timeout=2)
            try:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                conn.close()
        except sqlite3.Error:
            log.warning("Background checkpoint of %s failed", path, exc_info=True)

    thread = threading.Thread(target=run, name="wal-checkpoint", daemon=True)
    thread.start()
    return thread
