"""The crash loop's checks notice what they are there to notice, and a few kills of
both kinds of writer pass all of them (bench/crash_loop.py does 200)."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from bench.crash_loop import backup_problems, crash_loop, half_done, lost_edits
from storage import Project
from storage.safety import backups

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_kills_of_both_writers_leave_every_action_whole_and_backups_sound(tmp_path):
    figures = crash_loop(tmp_path / "crash.sqlite", kills=4, gui_every=2, seed=21,
                         max_delay=0.5)
    assert figures["integrity_failures"] == figures["lost_edits"] == 0
    assert figures["half_done"] == figures["backup_problems"] == 0
    kinds = figures["by_kind"]
    assert kinds.get("E", 0) and kinds.get("A", 0)  # both children were editing


def test_the_checks_notice_half_actions_bad_keys_undos_and_backup_leftovers(tmp_path):
    path = tmp_path / "p.sqlite"
    project = Project(path)
    article = project.articles.add("Report\n\nText of the report.", title="kept report")
    project.events.add("x/g1")
    project.events.add("x/g2")
    project.events.add("y/linked")
    project.close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO annotations (uuid, article_id, event_id, start, end, quote, "
                 "created_at) VALUES ('u', ?, 9999, 0, 6, 'Report', '2026-01-01')", (article,))
    conn.commit()
    conn.close()
    found = half_done(path)
    assert any("x: 2 of 3" in p for p in found)
    assert any("y/linked: no passage" in p for p in found)
    assert any(p.startswith("foreign key") for p in found)
    assert lost_edits(path, ["A\tkept report", "u\tkept report", "U\tkept report"]) == [
        "U\tkept report"]
    assert lost_edits(path, ["A\tkept report", "u\tkept report"]) == []

    folder = backups.backup_folder(path)
    folder.mkdir(exist_ok=True)
    (folder / ".p.sqlite.partial-killed").mkdir()
    (folder / "p-000009-20260101T000000Z.sqlite").write_bytes(b"SQLite format 3\x00" + bytes(600))
    trouble = backup_problems(path, ["B\t12"])
    assert any("left over" in p for p in trouble)
    assert any("p-000009" in p for p in trouble)
    assert any("older than the reported 12" in p for p in trouble)
    Project(path).close()  # the next open removes what the killed backup left
    assert not any("left over" in p for p in backup_problems(path, []))
