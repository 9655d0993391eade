"""The whole project as JSON: written, read back, merged with UUIDs kept and
duplicates (by UUID or by article text) reported instead of doubled."""

from __future__ import annotations

import json

import pytest

from storage import Project
from storage.exchange.cited_sources import Source, add_cited
from storage.exchange.project_json import (
    JsonImportError,
    apply_json,
    export_json,
    project_document,
    read_project_json,
)
from storage.exchange.timeline_csv import export_timeline_csv
from storage.records import Tag
from temporal.dates import parse_date

TEXT = ("Ferry service resumes\n\nThe harbour authority said on Tuesday that the ferry "
        "would sail again. Crossings had stopped after the November storm.")


def filled(project) -> dict:
    article = project.articles.add(TEXT, title="Ferry back", outlet="Coastal Weekly",
                                   url="https://example.org/f", published="2025-07-01")
    storm = project.events.add("Storm", parse_date("Nov 2024"), description="Pier damaged",
                               tags=(Tag("Harbour authority", "actor"), Tag("weather")))
    ferry = project.events.add("Ferry sails", parse_date("1 Jul 2025"), confidence="high")
    passage = project.annotations.add(article, storm, TEXT.index("the November"),
                                      TEXT.index(" storm.") + 6, note="cause")
    with project.change():
        add_cited(project, project.events.get(ferry).uuid, [Source("Wire", "AP", quote="q")])
    return {"article": article, "storm": storm, "ferry": ferry, "passage": passage}


def without_stamp(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_json_round_trip_keeps_everything(project, tmp_path):
    filled(project)
    path = tmp_path / "p.json"
    counts = export_json(project, path)
    assert counts == {"articles": 1, "events": 2, "annotations": 1}
    document = json.loads(path.read_text(encoding="utf-8"))
    passage = document["annotations"][0]
    assert passage["quote"] == "the November storm"
    assert passage["prefix"].endswith("Crossings had stopped after ")
    assert passage["note"] == "cause" and passage["start"] == TEXT.index("the November")
    assert document["articles"][0]["text"] == TEXT
    empty = Project(tmp_path / "empty.sqlite")
    try:
        plan = read_project_json(path.read_bytes(), "p.json", empty)
        assert plan.errors == [] and "nothing" not in plan.summary()
        apply_json(empty, plan)
        assert without_stamp(project_document(empty)) == without_stamp(document)
        first, second = tmp_path / "a.csv", tmp_path / "b.csv"
        export_timeline_csv(project, first)
        export_timeline_csv(empty, second)
        assert first.read_bytes() == second.read_bytes()
    finally:
        empty.close()


def test_merge_reuses_an_article_with_the_same_text_and_reports_duplicates(project,
                                                                             tmp_path):
    filled(project)
    path = tmp_path / "p.json"
    export_json(project, path)
    other = Project(tmp_path / "other.sqlite")
    try:
        same_text = other.articles.add(TEXT + "\n", title="My copy")
        plan = read_project_json(path.read_bytes(), "p.json", other)
        assert [str(p) for p in plan.problems] == [
            "article “Ferry back” is already in the project"]
        apply_json(other, plan)
        assert other.articles.count() == 1
        passages = other.annotations.for_article(same_text)
        assert [p.quote for p in passages] == ["the November storm"]
        again = read_project_json(path.read_bytes(), "p.json", other)
        assert again.articles == again.events == again.annotations == []
        assert sum(p.kind == "duplicate" for p in again.problems) == 4
    finally:
        other.close()


def test_passage_with_drifted_offsets_is_found_by_its_quote(project, tmp_path):
    filled(project)
    document = project_document(project)
    document["annotations"][0]["start"] += 3
    document["annotations"][0]["end"] += 3
    other = Project(tmp_path / "other.sqlite")
    try:
        plan = read_project_json(json.dumps(document).encode(), "p.json", other)
        assert any("found again by its quote" in str(p) for p in plan.problems)
        apply_json(other, plan)
        passage = other.annotations.for_event(other.events.timeline()[0].id)[0]
        assert TEXT[passage.start:passage.end] == "the November storm"
    finally:
        other.close()


@pytest.mark.parametrize("data, fragment", [
    (b"{not json", "not a JSON file"),
    (b"[]", "not a Timeline Annotator project export"),
    (b'{"format": "timeline-annotator-project", "version": 99}', "newer version"),
    (b'{"format": "timeline-annotator-project", "version": 1, "events": 3}', "not a list"),
])
def test_unreadable_json_is_refused(project, data, fragment):
    with pytest.raises(JsonImportError) as caught:
        read_project_json(data, "x.json", project)
    assert fragment in str(caught.value)


def test_a_bad_row_means_nothing_is_written(project, tmp_path):
    filled(project)
    document = project_document(project)
    document["events"][1]["date"] = "2025-02-31"
    other = Project(tmp_path / "other.sqlite")
    try:
        plan = read_project_json(json.dumps(document).encode(), "p.json", other)
        assert "is not a real date" in str(plan.errors[0])
        with pytest.raises(JsonImportError):
            apply_json(other, plan)
        assert other.events.count() == other.articles.count() == 0
    finally:
        other.close()


def test_json_import_undoes_and_redoes_exactly(project, tmp_path):
    filled(project)
    path = tmp_path / "p.json"
    export_json(project, path)
    other = Project(tmp_path / "other.sqlite")
    try:
        other.events.add("Mine", parse_date("2020"))
        before = without_stamp(project_document(other))
        batch = apply_json(other, read_project_json(path.read_bytes(), "p.json", other))
        after = without_stamp(project_document(other))
        batch.take_out(other)
        assert without_stamp(project_document(other)) == before
        batch.put_back(other)
        assert without_stamp(project_document(other)) == after
    finally:
        other.close()
