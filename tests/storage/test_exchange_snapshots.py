"""Exports taken while another program writes to the project (issue 16, point 3).

Every export reads in one read transaction. To show it, a second connection
writes between the export's own statements: SQLite's trace callback runs
before each statement of the exporting connection, and there it adds a tag
linked to an existing event, an event, an article and a passage linking
them. Read outside one transaction, the CSV export met tag links whose tag
it had not read (KeyError) and the JSON export passages whose article it had
not read; in a snapshot neither can happen.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import uuid as uuidlib

import pytest

from storage import Project
from storage.exchange.acled import export_acled
from storage.exchange.export_reading import snapshot
from storage.exchange.project_json import export_json, read_project_json
from storage.exchange.timeline_csv import export_timeline_csv
from storage.exchange.timelinejs import export_timelinejs
from storage.records import Tag
from temporal.dates import parse_date


class Intruder:
    """A second writer that adds rows each time the watched connection starts a statement."""

    def __init__(self, path, event_id: int):
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=5)
        self.event_id = event_id
        self.writes = 0
        self.busy = False

    def __call__(self, _statement: str) -> None:
        if self.busy:
            return
        self.busy = True
        try:
            self._write()
        finally:
            self.busy = False

    def _write(self) -> None:
        n = self.writes = self.writes + 1
        stamp = "2026-01-01T00:00:00+00:00"
        db = self.conn
        db.execute("BEGIN IMMEDIATE")
        tag = db.execute("INSERT INTO tags (name, kind) VALUES (?, 'actor')",
                         [f"Intruder {n}"]).lastrowid
        db.execute("INSERT INTO event_tags (event_id, tag_id, position) VALUES (?, ?, ?)",
                   [self.event_id, tag, 100 + n])
        event = db.execute(
            "INSERT INTO events (uuid, title, date_value, date_earliest, date_latest, "
            "date_precision, created_at, updated_at) VALUES (?, ?, '2025-07-01', "
            "'2025-07-01', '2025-07-01', 'day', ?, ?)",
            [str(uuidlib.uuid4()), f"Added {n}", stamp, stamp]).lastrowid
        text = f"Intruding article {n} says something happened."
        article = db.execute(
            "INSERT INTO articles (uuid, title, text, content_hash, imported_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [str(uuidlib.uuid4()), f"Article {n}", text, f"hash-{n}", stamp]).lastrowid
        db.execute("INSERT INTO annotations (uuid, article_id, event_id, start, \"end\", quote, "
                   "created_at) VALUES (?, ?, ?, 0, 10, ?, ?)",
                   [str(uuidlib.uuid4()), article, event, text[:10], stamp])
        db.execute("COMMIT")


@pytest.fixture
def busy_project(project):
    """A project with content, and an intruder writing before each of its statements."""
    article = project.articles.add("The ferry sailed on Tuesday after the storm.",
                                   title="Ferry", published="2025-07-01")
    storm = project.events.add("Storm", parse_date("Nov 2024"),
                               tags=(Tag("Harbour", "actor"), Tag("weather")))
    project.events.add("Ferry", parse_date("1 Jul 2025"), tags=(Tag("Harbour", "actor"),))
    project.annotations.add(article, storm, 4, 9)
    intruder = Intruder(project.path, storm)
    project.db.conn.set_trace_callback(intruder)
    yield project, intruder
    project.db.conn.set_trace_callback(None)
    intruder.conn.close()


def _rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_export_during_writes_is_one_consistent_moment(busy_project, tmp_path):
    project, intruder = busy_project
    out = tmp_path / "out.csv"
    count = export_timeline_csv(project, out)
    assert intruder.writes >= 4  # the writer did get in between the export's statements
    rows = _rows(out)
    assert len(rows) == count
    storm = next(row for row in rows if row["title"] == "Storm")
    # Every event the export saw has all the tag links of that same moment: the
    # intruder's tags up to the one the event rows were read with, none missing.
    added = [row for row in rows if row["title"].startswith("Added ")]
    intruder_tags = [t for t in storm["tags"].split(", ") if t.startswith("actor:Intruder")]
    assert len(intruder_tags) == len(added)


def test_json_export_during_writes_imports_cleanly(busy_project, tmp_path):
    project, intruder = busy_project
    out = tmp_path / "out.json"
    export_json(project, out)
    project.db.conn.set_trace_callback(None)
    assert intruder.writes >= 4
    document = json.loads(out.read_text(encoding="utf-8"))
    articles = {a["uuid"] for a in document["articles"]}
    events = {e["uuid"] for e in document["events"]}
    for passage in document["annotations"]:
        assert passage["article_uuid"] in articles and passage["event_uuid"] in events
    other = Project(tmp_path / "other.sqlite")
    try:
        plan = read_project_json(out.read_bytes(), out.name, other)
        assert plan.errors == []
    finally:
        other.close()


@pytest.mark.parametrize("export", [
    lambda project, path: export_timelinejs(project, path, group_kind="actor"),
    lambda project, path: export_acled(project, path),
], ids=["timelinejs", "acled"])
def test_other_exports_during_writes_see_one_moment(busy_project, tmp_path, export):
    project, intruder = busy_project
    out = tmp_path / "out.csv"
    report = export(project, out)
    assert intruder.writes >= 4
    assert report.count == len(_rows(out))
    # The events the intruder added before the snapshot began, and no later one.
    titles = [row.get("Headline") or row.get("notes") for row in _rows(out)]
    added = sorted(int(t.split()[1]) for t in titles if t.startswith("Added "))
    assert added == list(range(1, len(added) + 1)) and len(added) < intruder.writes


def test_a_snapshot_sees_nothing_written_after_it_began(project):
    project.events.add("First", parse_date("2025"))
    writer = sqlite3.connect(project.path, isolation_level=None)
    try:
        with snapshot(project):
            before = project.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            stamp = "2026-01-01T00:00:00+00:00"
            writer.execute("INSERT INTO events (uuid, title, created_at, updated_at) "
                           "VALUES ('u-late', 'Late', ?, ?)", [stamp, stamp])
            during = project.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        after = project.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    finally:
        writer.close()
    assert (before, during, after) == (1, 1, 2)
    assert not project.db.conn.in_transaction


def test_a_snapshot_inside_a_change_keeps_the_change_open(project):
    with project.change():
        project.db.execute("INSERT INTO tags (name, kind) VALUES ('t', 'other')")
        with snapshot(project):
            assert project.db.execute("SELECT COUNT(*) FROM tags").fetchone()[0] == 1
        assert project.db.conn.in_transaction
    assert [t.name for t in project.tags.all()] == ["t"]
