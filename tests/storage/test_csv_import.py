"""Importing timeline CSVs: our own export byte for byte, TimelineJS and ACLED
sheets by their header, line-numbered problems, all or nothing, undo."""

from __future__ import annotations

import pytest

from storage import Project
from storage.exchange.cited_sources import Source, add_cited
from storage.exchange.csv_import import CsvImportError, apply_plan, plan_file, read_timeline_csv
from storage.exchange.timeline_csv import export_timeline_csv
from storage.records import Tag
from temporal.dates import parse_date
from tests.conftest import write_article


def rich_project(project) -> None:
    """Every kind of content our CSV carries, including the awkward cells."""
    article = project.articles.add(
        "Ferry | service resumes\n\nThe harbour authority said on Tuesday that the ferry "
        "would sail again.", title="Ferry | back \\ soon", outlet="Coastal, Weekly",
        url="https://example.org/a?x=1|2", published="2025-07-01T07:30:00+02:00")
    storm = project.events.add("=cmd|' /C calc'!A0", parse_date("Q2 2025"),
                               description='Line one,\r\nline "two"\n- three',
                               location="Izhevsk ✓", confidence="high",
                               tags=(Tag("Russia", "actor"), Tag("drones"),
                                     Tag("actor:x", "other"), Tag("'=tag", "topic")))
    ferry = project.events.add("Ferry sails", parse_date("1 Jul 2025"), location="Harbour")
    project.annotations.add(article, ferry, 0, 23)
    project.annotations.add(article, ferry, 49, 59)
    with project.change():
        add_cited(project, project.events.get(ferry).uuid,
                  [Source("Wire story", "AP", "", "2025-07-02", " trailing space "),
                   Source("", "", "", "", "")])
    project.events.add("مرحبا 🙂 weekend", parse_date("28-29 Jun 2025 (weekend)"))
    project.events.add("Around then", parse_date("c. 2014"))
    project.events.add("Span", parse_date("2025-06-28/2025-06-30"))
    project.events.add("No date yet", None, description="+1 call me")
    assert storm


@pytest.mark.parametrize("excel", [False, True])
def test_export_import_export_is_byte_identical(project, tmp_path, excel):
    rich_project(project)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    export_timeline_csv(project, first, excel=excel)
    empty = Project(tmp_path / "empty.sqlite")
    try:
        plan = plan_file(first, empty)
        assert plan.layout.key == "ours" and plan.errors == []
        assert len(plan.new_events) == 6
        apply_plan(empty, plan)
        export_timeline_csv(empty, second, excel=excel)
    finally:
        empty.close()
    assert second.read_bytes() == first.read_bytes()


def test_reimport_reports_rows_already_in_the_project(project, tmp_path):
    rich_project(project)
    out = tmp_path / "t.csv"
    export_timeline_csv(project, out)
    plan = plan_file(out, project)
    assert plan.new_events == []
    assert {r.status for r in plan.rows} == {"duplicate"}
    assert "already in the project" in str(plan.problems[0])
    assert plan.problems[0].line == 2
    apply_plan(project, plan)
    assert project.events.count() == 6


def test_event_id_is_kept_when_free_and_renumbered_when_taken(project, tmp_path):
    first = project.events.add("First", parse_date("2025"))
    second = project.events.add("Second", parse_date("2026"))
    out = tmp_path / "t.csv"
    export_timeline_csv(project, out)
    other = Project(tmp_path / "other.sqlite")
    try:
        taken = other.events.add("Already here")
        assert taken == first
        apply_plan(other, plan_file(out, other))
        titles = {other.events.get(i).title for i in (first, second)}
        assert titles == {"Already here", "Second"}
        assert other.events.count() == 3
    finally:
        other.close()


BAD = (
    "event_id,event_uuid,date_value,title,description,confidence\r\n"
    "1,u1,2025-07-01,Fine,\"two\r\nlines\",\r\n"
    "2,u2,,Also fine,,\r\n"
    "3,u3,2025-02-31,Bad date,,\r\n"
    "4,u4,2025,Bad confidence,,sure\r\n"
    "5,u1,2025,Same uuid as line 2,,\r\n"
)


def test_bad_rows_are_reported_by_line_and_nothing_is_written(project):
    plan = read_timeline_csv(BAD.encode(), "bad.csv", project)
    errors = [str(p) for p in plan.errors]
    assert errors[0] == ("line 5: “2025-02-31” is not a real date: "
                         "February 2025 has 28 days")
    assert errors[1].startswith("line 6: confidence “sure” is not one of low")
    assert errors[2] == "line 7: the same event as line 2 (same UUID)"
    assert "nothing will be imported" in plan.summary()
    with pytest.raises(CsvImportError) as caught:
        apply_plan(project, plan)
    assert "nothing was imported" in caught.value.messages[0]
    assert project.events.count() == 0


def test_a_typed_display_date_is_read_when_the_value_is_missing(project):
    data = "event_uuid,date_value,display_date,title\r\nu1,,31 February 2025,Typed\r\n"
    plan = read_timeline_csv(data.encode(), "typed.csv", project)
    assert str(plan.errors[0]) == ("line 2: “31 February 2025” is not a real date: "
                                   "February 2025 has 28 days")


TIMELINEJS = (
    "Year, Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
    "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
    ",,,,,,,,,Harbour story,<p>Intro slide</p>,,,,,title,,\r\n"
    "2024,11,,,,,,,,Storm season,<p>Damage &amp; repairs<br>to the pier</p>,"
    "https://example.org/v,<b>Port TV</b>,Crews at work,,,Weather,\r\n"
    "2025,4,,,2025,6,,,Q2 2025,Repairs,,,,,,,,\r\n"
    "2025,7,1,10:30,,,,,,Ferry sails,,,,,,,Ferry,\r\n"
    "1990,,,,1999,,,,,The nineties,,,,,,era,,\r\n"
    "2025,13,,,,,,,,Bad month,,,,,,,,\r\n"
)


def test_timelinejs_sheet_is_mapped_by_its_header(project):
    plan = read_timeline_csv(TIMELINEJS.encode(), "sheet.csv", project)
    assert plan.layout.key == "timelinejs"
    assert plan.layout.used["headline"] == "title"
    assert "background" in plan.layout.ignored()
    by_line = {r.line: r for r in plan.rows}
    assert by_line[2].status == "skipped"
    storm = by_line[3].event
    assert (storm.date.value, storm.title) == ("2024-11", "Storm season")
    assert storm.description == "Damage & repairs\nto the pier"
    assert storm.tags == (Tag("Weather"),)
    assert storm.sources == (Source(outlet="Port TV", url="https://example.org/v",
                                    quote="Crews at work"),)
    assert by_line[4].event.date.value == "2025-Q2"
    assert by_line[5].event.date.value == "2025-07-01T10:30"  # its Time cell kept
    assert by_line[6].status == "skipped"
    assert str(plan.errors[0]).startswith("line 7: “Year 2025, Month 13, Day -” is not a real date")
    assert len(plan.errors) == 1


def test_acled_columns_are_mapped_and_reimport_is_detected(project, tmp_path):
    data = (
        "event_id_cnty,event_date,year,time_precision,event_type,actor1,assoc_actor_1,"
        "actor2,country,location,source,notes,tags\r\n"
        "UKR100,2024-03-14,2024,1,Protests,Protesters (Ukraine),Students; Teachers,,Ukraine,"
        "Kharkiv,Local outlet; Wire,On 14 March a crowd gathered.,crowd size=no report\r\n"
        "UKR101,15 January 2024,2024,3,Battles,Military Forces,,Rebels,Ukraine,Kupiansk,"
        "Wire,\"Clashes near the town.\n\nSources disagree on numbers.\",\r\n"
        "UKR102,2024-01-18,2024,2,Battles,A,,,Ukraine,X,,Fighting that week.,\r\n"
    )
    path = tmp_path / "acled.csv"
    path.write_bytes(data.encode())
    plan = plan_file(path, project)
    assert plan.layout.key == "acled" and plan.errors == []
    protest, clash, week = plan.new_events
    assert protest.date.value == "2024-03-14" and protest.location == "Kharkiv"
    assert protest.tags[:3] == (Tag("Protesters (Ukraine)", "actor"), Tag("Students", "actor"),
                                Tag("Teachers", "actor"))
    assert Tag("crowd size=no report") in protest.tags
    assert [s.outlet for s in protest.sources] == ["Local outlet", "Wire"]
    assert clash.date.value == "2024-01" and clash.title == "Clashes near the town."
    assert clash.description == "Sources disagree on numbers."
    assert week.date.value == "2024-W03"
    apply_plan(project, plan)
    again = plan_file(path, project)
    assert again.new_events == [] and len(again.rows) == 3


def test_generic_csv_with_semicolons_and_windows_1252(project):
    data = "Date;Title;Notes\r\n1 Jul 2025;Caf\xe9 opens;\xabquoted\xbb\r\n".encode("cp1252")
    plan = read_timeline_csv(data, "excel.csv", project)
    assert plan.layout.key == "generic"
    event = plan.new_events[0]
    assert (event.title, event.description, event.date.value) == (
        "Café opens", "«quoted»", "2025-07-01")
    warnings = " ".join(str(p) for p in plan.problems)
    assert "Windows-1252" in warnings and "“;”" in warnings


@pytest.mark.parametrize("data, fragment", [
    (b"", "is empty"),
    (b"PK\x03\x04rest", "Excel workbook"),
    (b"name,age\r\nAda,36\r\n", "no date and title columns"),
    (b"\xef\xbb\xbfevent_uuid,date_value,title\r\n\xff\xfe\x81", "not valid UTF-8 text"),
    (b"event_uuid,date_value,title\r\n\x81\x8d\x8f", "not UTF-8 text"),
    (b"\xff\xfe\x00\xd8", "byte-order mark"),
])
def test_unreadable_files_raise_with_a_message(data, fragment):
    with pytest.raises(CsvImportError) as caught:
        read_timeline_csv(data, "x.csv")
    assert fragment in str(caught.value)


def test_nul_characters_are_removed_with_a_warning(project):
    data = b"event_uuid,date_value,title\r\nu1,2025,Ti\x00tle\r\n"
    plan = read_timeline_csv(data, "nul.csv", project)
    assert plan.new_events[0].title == "Title"
    assert "NUL" in str(plan.problems[0])


def test_broken_quoting_is_an_error_with_its_line(project):
    data = b'event_uuid,date_value,title\r\nu1,2025,ok\r\nu2,2025,"unterminated\r\n'
    plan = read_timeline_csv(data, "q.csv", project)
    assert plan.errors and plan.errors[0].line in (3, 4)


def test_take_out_and_put_back_undo_an_import_exactly(project, tmp_path):
    rich_project(project)
    first = tmp_path / "first.csv"
    export_timeline_csv(project, first)
    target = Project(tmp_path / "target.sqlite")
    try:
        target.events.add("Kept", parse_date("2020"), tags=(Tag("drones"),))
        before = tmp_path / "before.csv"
        export_timeline_csv(target, before)
        batch = apply_plan(target, plan_file(first, target))
        after = tmp_path / "after.csv"
        export_timeline_csv(target, after)
        removed = batch.take_out(target)
        undone = tmp_path / "undone.csv"
        export_timeline_csv(target, undone)
        assert undone.read_bytes() == before.read_bytes()
        assert [t.name for t in target.tags.all()] == ["drones"]
        assert removed.events_removed == frozenset(batch.ids["events"])
        assert batch.put_back(target) == batch.changes
        redone = tmp_path / "redone.csv"
        export_timeline_csv(target, redone)
        assert redone.read_bytes() == after.read_bytes()
    finally:
        target.close()


def test_article_files_are_not_mistaken_for_a_timeline(tmp_path):
    path = write_article(tmp_path, "story.txt", "Storm story\n\nThe storm hit on Monday.")
    with pytest.raises(CsvImportError):
        plan_file(path)
