"""Admiralty grades travel with the exports and are read back (issue 12): the CSV's
``source_grades`` column and the JSON's passages, cited sources and outlet grades."""

from __future__ import annotations

import csv
import json

import pytest

from storage import Project
from storage.corroboration import event_sources
from storage.exchange.cited_sources import Source, add_cited
from storage.exchange.csv_import import apply_plan, plan_file
from storage.exchange.project_json import apply_json, export_json, read_project_json
from storage.exchange.timeline_csv import export_timeline_csv
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
