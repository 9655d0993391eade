"""Hostile and odd exchange files: what previews clean applies clean (issue 16, point 6).

The preview and the apply share one validation path: the preview builds the
rows the apply inserts. So for any file, either the preview refuses it with
a message (``ExchangeError``), or it lists errors and the apply refuses, or
the apply succeeds. Never another exception, never a blocked read.
"""

from __future__ import annotations

import copy
import json
import os
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import Project
from storage.changes import Changes
from storage.exchange import csv_import
from storage.exchange.cited_sources import Source, add_cited
from storage.exchange.csv_import import CsvImportError, apply_plan, plan_file, read_timeline_csv
from storage.exchange.problems import ExchangeError, ImportCancelled
from storage.exchange.project_json import (
    JsonImportError,
    apply_json,
    export_json,
    plan_json_file,
    read_project_json,
)
from storage.exchange.timeline_csv import COLUMNS, export_timeline_csv
from storage.records import Tag
from temporal.dates import parse_date

TEXT = "The ferry sailed again on Tuesday after the November storm had closed the port."


def _our_csv(*rows: dict) -> bytes:
    lines = [",".join(COLUMNS)]
    for row in rows:
        lines.append(",".join(row.get(name, "") for name in COLUMNS))
    return ("\r\n".join(lines) + "\r\n").encode()


# -- CSV -------------------------------------------------------------------------------
@pytest.mark.parametrize("event_id", ["99999999999999999999", "9" * 5000, "-5", "0", "1e3",
                                      "9223372036854775808"])
def test_an_event_number_no_project_can_hold_is_renumbered_not_fatal(project, event_id):
    data = _our_csv({"event_id": event_id, "event_uuid": "u-1", "date_value": "2025",
                     "title": "Big"})
    plan = read_timeline_csv(data, "big.csv", project)
    assert plan.errors == []
    assert any("event_id" in str(p) for p in plan.problems if p.kind == "warning")
    batch = apply_plan(project, plan)
    assert project.events.get(batch.ids["events"][0]).uuid == "u-1"


def test_the_largest_event_number_is_kept_and_the_others_still_fit(project):
    top = str(2**63 - 1)
    data = _our_csv({"event_id": top, "event_uuid": "u-top", "date_value": "2025",
                     "title": "Top"},
                    {"event_id": top, "event_uuid": "u-two", "date_value": "2025",
                     "title": "Same number"},
                    {"event_uuid": "u-three", "date_value": "2025", "title": "No number"})
    batch = apply_plan(project, read_timeline_csv(data, "top.csv", project))
    ids = batch.ids["events"]
    assert 2**63 - 1 in ids and len(set(ids)) == 3
    assert all(0 < event_id <= 2**63 - 1 for event_id in ids)


@pytest.mark.parametrize("sources", ["9" * 5000, "999999", "3"])
def test_absurd_source_counts_are_row_errors(project, sources):
    data = _our_csv({"event_uuid": "u-1", "date_value": "2025", "title": "t",
                     "sources": sources, "source_titles": "a | b"})
    plan = read_timeline_csv(data, "s.csv", project)
    assert plan.errors and plan.errors[0].line == 2


def test_csv_import_returns_its_change_record(project, tmp_path):
    project.events.add("Storm", parse_date("Nov 2024"), tags=(Tag("Harbour", "actor"),))
    out = tmp_path / "out.csv"
    export_timeline_csv(project, out)
    other = Project(tmp_path / "other.sqlite")
    try:
        other.events.add("Mine", parse_date("2020"), tags=(Tag("Harbour", "actor"),))
        batch = apply_plan(other, plan_file(out, other))
        changes = batch.changes
        assert isinstance(changes, Changes)
        assert changes.events_added == frozenset(batch.ids["events"]) and changes.events_added
        assert not changes.tags  # the only tag was already there
        assert not changes.articles
        assert batch.take_out(other).events_removed == changes.events_added
        assert batch.put_back(other) == changes
    finally:
        other.close()


def test_a_long_csv_reports_progress_and_can_be_cancelled(monkeypatch):
    monkeypatch.setattr(csv_import, "PROGRESS_EVERY", 100)
    data = _our_csv(*({"event_uuid": f"u-{n}", "date_value": "2025", "title": f"Row {n}"}
                      for n in range(1000)))
    seen = []
    plan = read_timeline_csv(data, "long.csv", progress=lambda done, total: seen.append(
        (done, total)))
    assert len(plan.new_events) == 1000
    assert len(seen) >= 10 and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    cancel = threading.Event()

    def stop_half_way(done, total):
        if done > total // 2:
            cancel.set()

    with pytest.raises(ImportCancelled):
        read_timeline_csv(data, "long.csv", progress=stop_half_way, cancel=cancel)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_with_a_warning(codec):
    text = "Date,Title\r\n1 Jul 2025,Зустріч у Києві\r\n"
    plan = read_timeline_csv(text.encode(codec), "u16.csv")
    assert [e.title for e in plan.new_events] == ["Зустріч у Києві"]
    assert any("UTF-16" in str(p) for p in plan.problems if p.kind == "warning")


# -- files that are not files ---------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("reader", [plan_file, lambda path: plan_json_file(path, None)],
                         ids=["csv", "json"])
def test_a_fifo_is_refused_not_waited_on(tmp_path, reader):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome = []

    def attempt():
        try:
            reader(fifo)
        except ExchangeError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():  # unblock it before failing
        with open(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK), "w"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert outcome and "not a regular file" in str(outcome[0])


def test_a_folder_is_refused_with_a_message(tmp_path):
    with pytest.raises(CsvImportError, match="folder"):
        plan_file(tmp_path)


# -- JSON ------------------------------------------------------------------------------
@pytest.mark.parametrize("data, fragment", [
    (b"[" * 200_000, "nested too deeply"),
    (b"[{\"a\": " * 100_000, "nested too deeply"),
    (b'{"format": "timeline-annotator-project", "version": ' + b"9" * 5000 + b"}",
     "not a JSON file"),
    (b'{"format": "timeline-annotator-project", "version": NaN}', "not a JSON file"),
    (b'{"format": "timeline-annotator-project", "version": true}', "version"),
    (b'{"format": "timeline-annotator-project", "version": 1, "events": {}}',
     "not a list of objects"),
    (b"\xff\xfe{}", "not UTF-8"),
])
def test_unreadable_json_gets_a_clear_message(project, data, fragment):
    with pytest.raises(JsonImportError, match=fragment):
        read_project_json(data, "bad.json", project)


_DOCUMENTS: dict[str, str] = {}


def _document(tmp_path) -> dict:
    """A small valid export (made once per test session; each caller gets its own copy)."""
    if "text" not in _DOCUMENTS:
        _DOCUMENTS["text"] = _export(tmp_path)
    return json.loads(_DOCUMENTS["text"])


def _export(tmp_path) -> str:
    source = Project(tmp_path / "source.sqlite")
    try:
        article = source.articles.add(TEXT, title="Ferry", published="2025-07-01")
        storm = source.events.add("Storm", parse_date("Nov 2024"), description="Port shut",
                                  tags=(Tag("Harbour", "actor"), Tag("weather")))
        ferry = source.events.add("Ferry", parse_date("1 Jul 2025"), confidence="high")
        source.annotations.add(article, storm, TEXT.index("the November"),
                               TEXT.index(" had closed"), note="cause")
        source.annotations.add(article, ferry, 0, 26)
        with source.change():
            add_cited(source, source.events.get(ferry).uuid, [Source("Wire", "AP")])
        path = tmp_path / "source.json"
        export_json(source, path)
    finally:
        source.close()
    return path.read_text(encoding="utf-8")


def _merge(project, document: dict) -> None:
    """Preview and, if the preview is clean, apply: the invariant every file must keep."""
    try:
        data = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
        plan = read_project_json(data, "f.json", project)
    except JsonImportError as exc:
        assert exc.messages
        return
    if plan.errors:
        with pytest.raises(JsonImportError):
            apply_json(project, plan)
        return
    batch = apply_json(project, plan)
    batch.take_out(project)


HOSTILE_VALUES = [None, True, -1, 0, 7, 2**63, 1.5, "", "x", "\ud800", "2025-13-45", [],
                  {"a": 1}]


@pytest.mark.parametrize("kind, key", [
    ("articles", "uuid"), ("articles", "text"), ("articles", "title"),
    ("articles", "published"), ("articles", "imported_at"),
    ("events", "uuid"), ("events", "id"), ("events", "date"), ("events", "title"),
    ("events", "confidence"), ("events", "tags"), ("events", "created_at"),
    ("annotations", "uuid"), ("annotations", "article_uuid"), ("annotations", "event_uuid"),
    ("annotations", "start"), ("annotations", "end"), ("annotations", "quote"),
    ("annotations", "note"), ("annotations", "expression_start"),
    ("annotations", "credibility"), ("annotations", "source_date"),
    ("cited_sources", "event_uuid"), ("cited_sources", "title"),
])
def test_any_value_in_any_field_previews_and_applies_consistently(project, tmp_path,
                                                                   kind, key):
    document = _document(tmp_path)
    for value in HOSTILE_VALUES:
        changed = copy.deepcopy(document)
        changed[kind][0][key] = value
        _merge(project, changed)
        del changed[kind][0][key]
        _merge(project, changed)


def test_duplicates_inside_one_file_are_caught_by_the_preview(project, tmp_path):
    document = _document(tmp_path)
    for kind in ("articles", "events", "annotations"):
        doubled = copy.deepcopy(document)
        doubled[kind].append(copy.deepcopy(doubled[kind][0]))
        plan = read_project_json(json.dumps(doubled).encode(), "d.json", project)
        assert any("twice" in str(p) for p in plan.errors), kind
    same_text = copy.deepcopy(document)
    same_text["articles"].append({**same_text["articles"][0], "uuid": "another"})
    plan = read_project_json(json.dumps(same_text).encode(), "t.json", project)
    assert plan.errors == [] and len(plan.articles) == 1
    apply_json(project, plan)


def test_a_file_of_many_bad_rows_lists_the_first_problems(project, tmp_path):
    document = _document(tmp_path)
    document["events"] = [{"uuid": f"u-{n}", "date": "not a date"} for n in range(5000)]
    plan = read_project_json(json.dumps(document).encode(), "bad.json", project)
    assert len(plan.errors) == 201 and "and more problems" in str(plan.errors[-1])


def test_json_import_returns_its_change_record(project, tmp_path):
    document = _document(tmp_path)
    plan = read_project_json(json.dumps(document).encode(), "p.json", project)
    batch = apply_json(project, plan)
    changes = batch.changes
    assert len(changes.articles_added) == 1 and len(changes.events_added) == 2
    assert changes.article_content == changes.articles_added
    assert {event for _, event in changes.passages} == changes.events_added
    assert changes.tags


def test_rows_that_arrive_after_the_preview_make_the_apply_refuse(project, tmp_path):
    document = _document(tmp_path)
    plan = read_project_json(json.dumps(document).encode(), "p.json", project)
    apply_json(project, read_project_json(json.dumps(document).encode(), "p.json", project))
    with pytest.raises(JsonImportError, match="after the preview"):
        apply_json(project, plan)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=6)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_damage_never_passes_the_preview_and_fails_the_apply(project, tmp_path, data):
    """One target project for all examples: each merge is undone (take_out) after it."""
    document = _document(tmp_path)
    for _ in range(data.draw(st.integers(1, 3))):
        kind = data.draw(st.sampled_from(["articles", "events", "annotations",
                                          "cited_sources"]))
        item = data.draw(st.sampled_from(document[kind]))
        key = data.draw(st.sampled_from(sorted(item) + ["extra"]))
        item[key] = data.draw(json_values)
    _merge(project, document)
    assert project.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


def test_each_format_has_its_own_error_under_one_base():
    assert not issubclass(JsonImportError, CsvImportError)
    assert not issubclass(CsvImportError, JsonImportError)
    assert issubclass(JsonImportError, ExchangeError) and issubclass(CsvImportError, ExchangeError)
