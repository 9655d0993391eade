"""The project file through the storage API, without Qt."""

from __future__ import annotations

import sqlite3

import pytest

from storage import DuplicateArticleError, Project, ProjectOpenError, StorageError
from storage.changes import Changes
from storage.records import Tag
from storage.schema import SCHEMA_VERSION
from storage.tags import parse_tags
from temporal.dates import parse_date
from tests.helpers.project_files import make_newer

TEXT = ("Officials said on Tuesday that the bridge reopened. "
        "It had been closed since the November storm, residents said.")


def test_new_project_has_schema_wal_and_foreign_keys(project):
    db = project.db
    assert {"articles", "events", "annotations", "tags", "event_tags"} <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == SCHEMA_VERSION


def test_article_roundtrip_and_duplicate_refused(project):
    article_id = project.articles.add(TEXT, title="Bridge", outlet="Gazette",
                                      published="2025-07-01T09:00:00+02:00")
    article = project.articles.get(article_id)
    assert article.title == "Bridge" and article.published_date.isoformat() == "2025-07-01"
    assert len(article.uuid) == 36
    with pytest.raises(DuplicateArticleError) as caught:
        project.articles.add("  " + TEXT.replace(" ", "  ") + "\n")
    assert "already in the project" in str(caught.value)
    assert project.articles.count() == 1


def test_each_change_is_committed_at_once(project, tmp_path):
    article_id = project.articles.add(TEXT, title="Bridge")
    event_id = project.events.add("Bridge reopens", parse_date("1 July 2025"))
    project.annotations.add(article_id, event_id, 0, 9)
    # A second connection sees everything without any save step.
    other = sqlite3.connect(tmp_path / "project.sqlite")
    assert other.execute("SELECT title, date_value FROM events").fetchall() == [
        ("Bridge reopens", "2025-07-01")]
    assert other.execute("SELECT quote FROM annotations").fetchone()[0] == "Officials"
    other.close()


def test_annotation_keeps_quote_and_context(project):
    article_id = project.articles.add(TEXT)
    event_id = project.events.add("Storm")
    start = TEXT.index("the November storm")
    end = start + len("the November storm")
    passage = project.annotations.get(project.annotations.add(article_id, event_id, start, end))
    assert passage.quote == "the November storm"
    assert passage.prefix == TEXT[start - 32:start]
    assert passage.suffix == TEXT[end:end + 32]
    with pytest.raises(ValueError):
        project.annotations.add(article_id, event_id, 10, 5000)


def test_event_update_returns_old_values_and_delete_restores_whole(project):
    article_id = project.articles.add(TEXT)
    event_id = project.events.add("Storm", parse_date("Nov 2024"),
                                  tags=(Tag("Gazette", "actor"), Tag("floods")))
    project.annotations.add(article_id, event_id, 0, 9)
    edit = project.events.update(event_id, title="Storm hits", date=parse_date("c. 2014"))
    old = edit.before
    assert old["title"] == "Storm" and old["date"].value == "2024-11"
    assert edit.changes == Changes.of(events_updated=[event_id])
    event = project.events.get(event_id)
    assert event.date.value == "2014~" and event.tags == (Tag("Gazette", "actor"), Tag("floods"))
    removal = project.events.delete(event_id)
    assert removal.changes == Changes.of(events_removed=[event_id],
                                         passages=[(article_id, event_id)])
    assert project.events.count() == 0 and project.annotations.for_article(article_id) == []
    assert project.events.restore(removal.before) == Changes.of(
        events_added=[event_id], passages=[(article_id, event_id)])
    restored = project.events.get(event_id)
    assert restored.uuid == event.uuid and restored.tags == event.tags
    assert [p.quote for p in project.annotations.for_event(event_id)] == ["Officials"]


def test_timeline_is_chronological_narrow_first_undated_last(project):
    for title, typed in [("b year", "2025"), ("undated", None), ("a day", "1 Jan 2025"),
                         ("month", "Jan 2025"), ("older", "Nov 2024"),
                         ("a same day", "1 Jan 2025")]:
        project.events.add(title, parse_date(typed) if typed else None)
    assert [row.title for row in project.events.timeline()] == [
        "older", "a day", "a same day", "month", "b year", "undated"]


def test_parse_tags_reads_kinds():
    assert parse_tags("actor:Russia, place: Izhevsk ;drones, UN:Council, ") == (
        Tag("Russia", "actor"), Tag("Izhevsk", "place"), Tag("drones"), Tag("UN:Council"))


def test_article_delete_and_restore_keeps_passages(project):
    article_id = project.articles.add(TEXT, title="Bridge")
    event_id = project.events.add("Storm")
    project.annotations.add(article_id, event_id, 0, 9)
    removal = project.articles.delete(article_id)
    assert removal.changes.articles_removed == {article_id}
    assert removal.changes.passages == {(article_id, event_id)}
    assert project.articles.count() == 0 and project.events.count() == 1
    project.articles.restore(*removal.before)
    assert project.annotations.for_article(article_id)[0].event_id == event_id


def test_a_file_that_is_not_a_project_is_refused_untouched(tmp_path):
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    before = junk.read_bytes()
    with pytest.raises(ProjectOpenError, match="not a Timeline Annotator project"):
        Project(junk)
    assert junk.read_bytes() == before
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE birds (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(ProjectOpenError, match="not a Timeline Annotator project"):
        Project(other)


def test_a_newer_project_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite"
    make_newer(path)
    with pytest.raises(ProjectOpenError, match="newer version"):
        Project(path)


def test_read_only_project_refuses_changes(tmp_path):
    path = tmp_path / "ro.sqlite"
    writer = Project(path)
    writer.events.add("Kept")
    writer.close()
    reader = Project(path, read_only=True)
    assert [row.title for row in reader.events.timeline()] == ["Kept"]
    with pytest.raises(StorageError, match="read-only"):
        reader.events.add("Not kept")
    reader.close()


def test_failed_change_leaves_nothing_half_written(project):
    article_id = project.articles.add(TEXT)
    with pytest.raises(ValueError, match="outside the article"):
        with project.change():
            event_id = project.events.add("Half")
            project.annotations.add(article_id, event_id, 0, 10**6)
    assert project.events.count() == 0


def test_timeline_rows_of_many_events_come_in_order_with_tags_and_sources(project):
    article_id = project.articles.add(TEXT)
    late = project.events.add("Late", parse_date("2025"), tags=(Tag("Kyiv", "place"), Tag("x")))
    early = project.events.add("Early", parse_date("1 Jan 2024"), passage=(article_id, 0, 9))
    rows = project.events.timeline_rows([late, early])
    assert [(r.title, r.tags, r.sources) for r in rows] == [
        ("Early", "", 1), ("Late", "place:Kyiv, x", 0)]
    assert rows == [project.events.timeline_row(early), project.events.timeline_row(late)]
