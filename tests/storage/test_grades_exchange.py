"""Admiralty grades travel with every export and are read back (issue 12): the CSV's
``source_grades`` column, the JSON's passages, cited sources and outlet grades, the
ACLED ``source`` cell ("Wire (B2)") and TimelineJS's Media Credit and source list."""

from __future__ import annotations

import csv
import json

import pytest

from storage import Project
from storage.corroboration import event_sources
from storage.exchange.acled import export_acled
from storage.exchange.cited_sources import Source, add_cited
from storage.exchange.csv_import import apply_plan, plan_file, read_timeline_csv
from storage.exchange.project_json import apply_json, export_json, read_project_json
from storage.exchange.timeline_csv import export_timeline_csv
from storage.exchange.timelinejs import export_timelinejs
from storage.source_grades import reliability, set_credibility, set_reliability
from temporal.dates import EventDate


@pytest.fixture
def graded(project):
    # Written for the test.
    article = project.articles.add("Crews put out a fire at the depot on Tuesday.",
                                   outlet="Wire", published="2025-07-01")
    event = project.events.add("Depot fire", EventDate.from_value("2025-07-01"),
                               passage=(article, 0, 20))
    with project.change():
        add_cited(project, project.events.get(event).uuid,
                  [Source(title="Radio report", outlet="Local Radio")])
    set_reliability(project, "Wire", "B")
    set_reliability(project, "Local Radio", "D")
    set_credibility(project, project.annotations.for_event(event)[0].id, 2)
    project.db.execute("UPDATE event_sources SET credibility = 4")
    project.db.commit()
    return project, event


def test_csv_writes_grades_and_reads_them_back_with_undo(graded, tmp_path):
    project, _ = graded
    out = tmp_path / "t.csv"
    export_timeline_csv(project, out)
    [row] = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert row["source_outlets"] == "Wire | Local Radio"
    assert row["source_grades"] == "B2 | D4"
    other = Project(tmp_path / "other.sqlite")
    try:
        batch = apply_plan(other, plan_file(out, other))
        [event] = other.events.timeline()
        lines = event_sources(other, event.id)  # both are cited sources there
        assert [(line.outlet, line.grade) for line in lines] == [
            ("Wire", "B2"), ("Local Radio", "D4")]
        batch.take_out(other)
        assert reliability(other, "Wire") == ""  # the import's grades go with its undo
    finally:
        other.close()


def test_a_bad_grade_is_a_row_problem(graded, tmp_path):
    project, _ = graded
    out = tmp_path / "t.csv"
    export_timeline_csv(project, out)
    text = out.read_text(encoding="utf-8-sig").replace("B2 | D4", "B2 | Z9")
    out.write_text(text, encoding="utf-8")
    plan = plan_file(out, project)
    assert any("Admiralty grade" in str(problem) for problem in plan.errors)


def test_json_keeps_every_grade(graded, tmp_path):
    project, event = graded
    out = tmp_path / "p.json"
    export_json(project, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["outlet_grades"] == [{"outlet": "Local Radio", "reliability": "D"},
                                         {"outlet": "Wire", "reliability": "B"}]
    other = Project(tmp_path / "other.sqlite")
    try:
        apply_json(other, read_project_json(out.read_bytes(), "p.json", other))
        [row] = other.events.timeline()
        assert [line.grade for line in event_sources(other, row.id)] == ["B2", "D4"]
    finally:
        other.close()


def _rows(path):
    return list(csv.DictReader(path.open(encoding="utf-8-sig")))


def test_acled_source_cell_carries_grades_and_reads_them_back(graded, tmp_path):
    project, _ = graded
    out = tmp_path / "acled.csv"
    export_acled(project, out)
    [row] = _rows(out)
    assert row["source"] == "Wire (B2); Local Radio (D4)"
    other = Project(tmp_path / "other.sqlite")
    try:
        plan = plan_file(out, other)
        assert plan.errors == []
        batch = apply_plan(other, plan)
        [event] = other.events.timeline()
        assert [(line.outlet, line.grade) for line in event_sources(other, event.id)] == [
            ("Wire", "B2"), ("Local Radio", "D4")]
        assert reliability(other, "Wire") == "B"
        again = tmp_path / "again.csv"
        export_acled(other, again)
        assert again.read_bytes() == out.read_bytes()
        batch.take_out(other)
        assert reliability(other, "Wire") == ""
    finally:
        other.close()


def test_acled_keeps_one_item_per_outlet_unless_grades_differ(graded, tmp_path):
    project, event = graded
    article = project.articles.add("A second report: the depot burned on Tuesday night.",
                                   outlet="Wire", published="2025-07-02")
    project.annotations.add(article, event, 0, 16)
    out = tmp_path / "acled.csv"
    export_acled(project, out)
    assert _rows(out)[0]["source"] == "Wire (B2); Wire (B); Local Radio (D4)"
    set_credibility(project, project.annotations.for_event(event)[-1].id, 2)
    export_acled(project, out)
    assert _rows(out)[0]["source"] == "Wire (B2); Local Radio (D4)"


def test_an_ungraded_outlet_named_like_a_grade_reads_back_whole(project, tmp_path):
    # Written for the test: an outlet whose own name ends in "(A)".
    article = project.articles.add("The bridge reopened on Monday.", outlet="Radio (A)",
                                   published="2025-07-01")
    project.events.add("Bridge reopened", EventDate.from_value("2025-06-30"),
                       passage=(article, 0, 18))
    out = tmp_path / "acled.csv"
    export_acled(project, out)
    assert _rows(out)[0]["source"] == "Radio (A) ()"
    event = plan_file(out).new_events[0]
    assert [s.outlet for s in event.sources] == ["Radio (A)"]
    assert event.grades == ()


def test_acled_source_cells_written_by_others_are_read_as_they_were():
    data = ("event_date,notes,source\r\n"
            "2024-01-15,Raid,Star Tribune (Associated Press); Kyiv Independent\r\n")
    event = read_timeline_csv(data.encode(), "acled.csv").new_events[0]
    assert [s.outlet for s in event.sources] == ["Star Tribune (Associated Press)",
                                                 "Kyiv Independent"]
    assert event.grades == ()


def test_timelinejs_credit_and_text_show_grades_and_the_credit_reads_back(graded, tmp_path):
    project, _ = graded
    out = tmp_path / "tl.csv"
    export_timelinejs(project, out)
    [row] = _rows(out)
    assert row["Media Credit"] == "Wire (B2)"
    assert "Wire, 2025-07-01, graded B2" in row["Text"]
    assert "Local Radio, graded D4" in row["Text"]
    other = Project(tmp_path / "other.sqlite")
    try:
        apply_plan(other, plan_file(out, other))
        [event] = other.events.timeline()
        assert [(line.outlet, line.grade) for line in event_sources(other, event.id)] == [
            ("Wire", "B2")]
        assert other.events.get(event.id).description == ""  # the source list is no text
    finally:
        other.close()
