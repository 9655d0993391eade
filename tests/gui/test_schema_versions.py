"""Every released schema version opens in this one: migrated after a backup, data kept;
a file from a newer version is refused with a clear message and left untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from storage import Project, ProjectOpenError
from storage.safety import backups
from storage.schema import SCHEMA_VERSION
from tests.fixtures import make_schema_fixtures as fixtures
from tests.fixtures.dialogs import answer_dialogs
from tests.helpers.project_files import make_newer

FIXTURES = sorted(fixtures.FOLDER.glob("v*.sqlite"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """The logical content (schema and rows), without the migration timestamps."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "_sqlite_migrations" not in line]
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_released_version():
    assert [p.name for p in FIXTURES] == [
        f"v{n}.sqlite" for n in range(1, len(fixtures.RELEASED) + 1)]


@pytest.mark.parametrize("version", range(1, len(fixtures.RELEASED) + 1))
def test_committed_fixture_matches_its_generator(tmp_path, version):
    fresh = fixtures.write_version(version, tmp_path)
    assert dump(fresh) == dump(fixtures.FOLDER / f"v{version}.sqlite")


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_old_version_is_backed_up_then_migrated_with_data_kept(tmp_path, fixture):
    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    version = int(fixture.stem[1:])
    before = dump(path)

    project = Project(path)
    try:
        count = project.query("SELECT COUNT(*) FROM _sqlite_migrations")[0][0]
        assert count == SCHEMA_VERSION
        articles = {a.title: a for a in map(project.articles.get, (1, 2))}
        assert articles["Ferry timetable changes"].published == "2024-01-08T07:30:00+01:00"
        assert articles["Lighthouse keeper retires"].outlet == "Coastal Weekly"
        timeline = project.events.timeline()
        assert [row.title for row in timeline] == [
            "Keeper hands over the lamp", "Beacon automated", "Winter ferry schedule ends"]
        keeper = project.events.get(1)
        assert (keeper.date.value, keeper.location, keeper.confidence) == (
            "2023-11-12", "Gull Point", "high")
        assert [str(t) for t in keeper.tags] == ["place:Gull Point"]
        passage = project.annotations.get(1)
        assert passage.quote == "handed over" and passage.event_id == 1
        # The migrated project takes new work.
        project.events.add("Added after the upgrade")
    finally:
        project.close()

    made = backups.list_backups(path)
    assert len(made) == 1, "a backup must be made before migrating"
    assert dump(made[0].path) == before  # the backup is the file as it was, version and all
    conn = sqlite3.connect(made[0].path)
    assert conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == version
    conn.close()


def test_no_migration_without_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES[0], path)
    before = digest(path)

    def refuse(*_args, **_kwargs):
        raise backups.BackupError("No backup could be made (disk full).")

    monkeypatch.setattr(backups, "make_backup", refuse)
    with pytest.raises(ProjectOpenError, match="a backup must be made first"):
        Project(path)
    assert digest(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == 1
    conn.close()


def test_newer_version_is_refused_in_the_gui_with_a_clear_message(qtbot, tmp_path):
    from gui.app import Windows

    path = tmp_path / "newer.sqlite"
    make_newer(path)
    before = digest(path)
    seen = answer_dialogs("OK")
    windows = Windows()
    assert windows.open(path) is None
    assert [box["name"] for box in seen] == ["openProjectMessage"]
    assert "newer version of Timeline Annotator" in seen[0]["text"]
    assert "m999_from_the_future" in seen[0]["text"] and "left untouched" in seen[0]["text"]
    assert digest(path) == before
    assert windows.windows == []
    assert not backups.list_backups(path)  # a refused file gets no backup folder either
