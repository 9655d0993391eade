"""Backups ordered by a sequence, not by local time: clocks and time zones that move
back, old names, leftovers of killed backups, and backup trouble as a warning."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from storage import Project
from storage.safety import backups
from tests.conftest import ROOT
from tests.helpers.project_files import event_titles, work_session


class FrozenClock(dt.datetime):
    """``datetime.now`` answering whatever time the test sets."""

    current = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.timezone.utc)

    @classmethod
    def now(cls, tz=None):
        moment = cls.current
        return moment.astimezone(tz) if tz else moment.astimezone().replace(tzinfo=None)


@pytest.fixture
def clock(monkeypatch):
    fake = type("FakeDatetimeModule", (), {"datetime": FrozenClock, "timezone": dt.timezone,
                                           "timedelta": dt.timedelta})
    monkeypatch.setattr(backups, "dt", fake)
    FrozenClock.current = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.timezone.utc)
    return FrozenClock


def test_clock_moving_back_keeps_the_newest_backup(tmp_path, clock):
    path = tmp_path / "p.sqlite"
    work_session(path, "one")
    for n in range(3):
        clock.current += dt.timedelta(hours=1)
        work_session(path, f"session {n}")
    clock.current -= dt.timedelta(days=3)  # the clock is put back three days
    made = work_session(path, "after the clock went back").last_backup  # no StopIteration
    kept = backups.list_backups(path)
    assert len(kept) == backups.KEEP and kept[0] == made
    assert event_titles(made.path) == ["one", "session 0", "session 1", "session 2"]
    assert [b.sequence for b in kept] == sorted((b.sequence for b in kept), reverse=True)
    newest_after = work_session(path).last_backup
    assert backups.list_backups(path)[0] == newest_after
    assert "after the clock went back" in event_titles(newest_after.path)


def test_time_zone_moving_back_keeps_the_newest_backup(tmp_path, monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("no tzset on this platform")
    path = tmp_path / "p.sqlite"
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        work_session(path, "one")
        for n in range(3):
            work_session(path, f"Tokyo {n}")
        monkeypatch.setenv("TZ", "America/Los_Angeles")  # seventeen hours back
        time.tzset()
        made = work_session(path, "in Los Angeles").last_backup
        assert backups.list_backups(path)[0] == made
        assert "Tokyo 2" in event_titles(made.path)
        assert made.label.endswith(made.local.strftime("%B %Y, %H:%M"))
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_backups_named_by_local_time_are_still_listed_and_restorable(tmp_path):
    path = tmp_path / "p.sqlite"
    work_session(path, "old version's event")
    folder = backups.backup_folder(path)
    folder.mkdir()
    for name in ("p-20250303-140500.sqlite", "p-20250303-140500-2.sqlite",
                 "p-20250101-090000.sqlite"):
        conn = sqlite3.connect(path)
        dest = sqlite3.connect(folder / name)
        conn.backup(dest)
        dest.execute("UPDATE events SET title = ?", (name,))
        dest.commit()
        dest.close()
        conn.close()
    old = backups.list_backups(path)
    assert [b.path.name for b in old] == ["p-20250303-140500-2.sqlite",
                                         "p-20250303-140500.sqlite", "p-20250101-090000.sqlite"]
    assert old[0].label == "3 March 2025, 14:05" and old[0].sequence == 0
    made = work_session(path, "new").last_backup  # numbered: newer than every old name
    assert backups.list_backups(path)[0] == made and made.sequence == 1
    assert "-000001-" in made.path.name
    backups.restore(path, old[1])
    assert event_titles(path) == ["p-20250303-140500.sqlite"]


def test_leftovers_of_a_killed_backup_are_removed_by_the_next(tmp_path):
    path = tmp_path / "p.sqlite"
    work_session(path, "one")
    folder = backups.backup_folder(path)
    folder.mkdir()
    (folder / ".p.sqlite.partial").write_bytes(b"x" * 100_000)  # old versions' name
    killed = folder / ".p.sqlite.partial-k1ll3d"  # a private folder of this version
    killed.mkdir()
    (killed / "copy.sqlite").write_bytes(b"y" * 100_000)
    made = work_session(path, "two").last_backup
    assert made is not None
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]


def test_staging_never_writes_through_a_planted_link(tmp_path):
    path = tmp_path / "p.sqlite"
    work_session(path, "one")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    folder = backups.backup_folder(path)
    folder.mkdir()
    (folder / ".p.sqlite.partial").symlink_to(victim)
    (tmp_path / ".p.sqlite.restoring").symlink_to(victim)
    made = work_session(path, "two").last_backup
    backups.restore(path, made)
    assert victim.read_text() == "precious"
    assert not (folder / ".p.sqlite.partial").is_symlink()


def test_any_backup_failure_is_a_warning_never_a_refusal(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite"
    work_session(path, "one")

    def broken(*args, **kwargs):
        raise StopIteration  # what the local-time names raised when the clock went back

    monkeypatch.setattr(backups, "make_backup", broken)
    project = Project(path)
    try:
        assert project.events.count() == 1
        assert "No backup could be made" in project.warnings[0]
    finally:
        project.close()


def test_cli_says_when_no_backup_could_be_made(tmp_path):
    path = tmp_path / "p.sqlite"
    work_session(path, "one")
    backups.backup_folder(path).write_text("a file where the folder would go")
    article = tmp_path / "a.txt"
    article.write_text("Report\n\nThe council met on 3 March 2024.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(path),
                             str(article)], capture_output=True, text=True, cwd=ROOT,
                            timeout=120, env=dict(os.environ, HOME=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert "warning: No backup could be made" in result.stderr
    assert "imported" in result.stdout


def test_backups_of_a_project_named_in_any_script(tmp_path):
    path = tmp_path / "Хроніка — القاهرة 🇺🇦.sqlite"
    work_session(path, "перша")
    made = work_session(path, "друга").last_backup
    assert made.path.name.startswith("Хроніка — القاهرة 🇺🇦-000001-")
    assert backups.list_backups(path) == [made]
    backups.restore(path, made)
    assert event_titles(path) == ["перша"]
