"""TimelineJS and ACLED exports, the Excel variant of every CSV, and the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest

from main import run
from storage import Project
from storage.exchange.acled import ACLED_COLUMNS, acled_day, export_acled
from storage.exchange.csv_import import apply_plan, plan_file
from storage.exchange.timeline_csv import export_timeline_csv
from storage.exchange.timelinejs import TIMELINEJS_HEADER, date_cells, export_timelinejs
from storage.records import Tag
from temporal.dates import EventDate, parse_date


def rows_of(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


def test_timelinejs_header_is_the_templates():
    assert ",".join(TIMELINEJS_HEADER) == (
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
        "Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background")


@pytest.mark.parametrize("typed, cells", [
    ("1 Jul 2025", ["2025", "7", "1", "", "", "", ""]),
    ("c. 1 Jul 2025", ["2025", "7", "1", "", "", "", "c. 1 Jul 2025"]),
    ("Nov 2024", ["2024", "11", "", "", "", "", ""]),
    ("2014", ["2014", "", "", "", "", "", ""]),
    ("c. 2014", ["2014", "", "", "", "", "", "c. 2014"]),
    ("Q2 2025", ["2025", "4", "", "2025", "6", "", "Q2 2025"]),
    ("winter 2025", ["2025", "12", "", "2026", "2", "", "winter 2025–26"]),
    ("1990s", ["1990", "", "", "1999", "", "", "1990s"]),
    ("28-29 Jun 2025 (weekend)", ["2025", "6", "28", "2025", "6", "29",
                                  "28–29 Jun 2025 (weekend)"]),
    ("2025-06-28/2025-07-02", ["2025", "6", "28", "2025", "7", "2", "28 Jun – 2 Jul 2025"]),
])
def test_timelinejs_date_cells_leave_unknown_parts_blank(typed, cells):
    assert date_cells(parse_date(typed)) == cells


def test_timelinejs_export_groups_escapes_and_reads_back(project, tmp_path):
    values = ["2025-07-01", "2025-W26", "2025-W26-WE", "2024-11", "2025-Q2", "2025-SU",
              "2025-H1", "2014~", "199X", "19XX", "2025-06-28/2025-06-30", "2025-07-01~"]
    for n, value in enumerate(values):
        project.events.add(f"Event {n} <b>&", EventDate.from_value(value),
                           description="one\ntwo", tags=(Tag("drones"), Tag(f"Actor {n}",
                                                                             "actor")))
    project.events.add("Undated", None)
    out = tmp_path / "tl.csv"
    report = export_timelinejs(project, out, group_kind="actor")
    assert report.count == len(values)
    assert report.warnings == [f"event {len(values) + 1} “Undated” has no date"]
    rows = rows_of(out)
    assert tuple(rows[0]) == TIMELINEJS_HEADER
    first = dict(zip(rows[0], rows[1]))
    assert first["Headline"].startswith("Event") and "&lt;b&gt;&amp;" in first["Headline"]
    assert first["Text"] == "one<br>two"
    assert first["Group"].startswith("Actor ")
    other = Project(tmp_path / "other.sqlite")
    try:
        plan = plan_file(out, other)
        assert plan.errors == []
        assert sorted(e.date.value for e in plan.new_events) == sorted(values)
        assert {e.description for e in plan.new_events} == {"one\ntwo"}
        assert {e.title for e in plan.new_events} == {f"Event {n} <b>&" for n in range(12)}
    finally:
        other.close()


@pytest.mark.parametrize("typed, expected", [
    ("1 Jul 2025", ("2025-07-01", 1)),
    ("c. 1 Jul 2025", ("2025-07-01", 2)),
    ("week 27 2025", ("2025-07-03", 2)),           # Monday 30 Jun - Sunday 6 Jul: Thursday
    ("5-6 Jul 2025 (weekend)", ("2025-07-05", 2)),  # the weekend's first day
    ("2025-07-01/2025-07-03", ("2025-07-02", 2)),
    ("Feb 2024", ("2024-02-15", 3)),
    ("2025-07-01/2025-07-20", ("2025-07-10", 3)),
    ("Q2 2025", None), ("2025", None), ("summer 2025", None),
    ("2025-01-01/2025-03-01", None),
])
def test_acled_time_precision_follows_the_codebook(typed, expected):
    placed = acled_day(parse_date(typed))
    assert (None if placed is None else (placed[0].isoformat(), placed[1])) == expected


def test_acled_export_columns_actors_tags_and_warnings(project, tmp_path):
    article = project.articles.add("A crowd gathered in the square on Friday.",
                                   title="Crowd", outlet="Local Daily", published="2025-07-05")
    event = project.events.add("Crowd gathers", parse_date("4 Jul 2025"), location="Square",
                               description="About 200 people.",
                               tags=(Tag("Protesters", "actor"), Tag("Police", "actor"),
                                     Tag("Mayor", "actor"), Tag("protest", "topic"),
                                     Tag("Kharkiv", "place")))
    project.annotations.add(article, event, 0, 15)
    project.events.add("Sometime", parse_date("Q3 2025"))
    project.events.add("Undated", None)
    out = tmp_path / "acled.csv"
    report = export_acled(project, out)
    assert report.count == 1
    assert report.warnings == [
        "event 2 “Sometime” is dated Q3 2025, coarser than a month, which ACLED cannot record",
        "event 3 “Undated” has no date"]
    header, row = rows_of(out)
    assert tuple(header) == ACLED_COLUMNS
    row = dict(zip(header, row))
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2025-07-04", "2025",
                                                                        "1")
    assert (row["actor1"], row["actor2"]) == ("Protesters", "Police")
    assert row["tags"] == "actor:Mayor; topic:protest; place:Kharkiv"
    assert row["source"] == "Local Daily"
    assert row["notes"] == "Crowd gathers\n\nAbout 200 people."
    assert row["event_id"] == str(event)
    other = Project(tmp_path / "other.sqlite")
    try:
        back = plan_file(out, other).new_events[0]
        assert (back.title, back.description, back.location) == (
            "Crowd gathers", "About 200 people.", "Square")
        assert set(back.tags) == set(project.events.get(event).tags)
        apply_plan(other, plan_file(out, other))
        assert plan_file(out, other).new_events == []  # same event_uuid: already there
    finally:
        other.close()


@pytest.mark.parametrize("export", ["csv", "timelinejs", "acled"])
def test_every_csv_has_an_excel_variant_with_bom_and_crlf(project, tmp_path, export):
    project.events.add("Ünïcödé ✓", parse_date("1 Jul 2025"), description="a\nb")
    writers = {"csv": export_timeline_csv, "timelinejs": export_timelinejs,
               "acled": export_acled}
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    writers[export](project, plain)
    writers[export](project, excel, excel=True)
    assert excel.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    text = plain.read_bytes().decode("utf-8")
    assert not text.startswith("\ufeff")
    assert text.count("\r\n") == 2  # record ends; a newline inside a cell stays "\n"
    assert len(list(csv.reader(io.StringIO(text, newline="")))) == 2


def test_command_line_writes_every_format(project, tmp_path, capsys):
    project.events.add("Dated", parse_date("1 Jul 2025"), tags=(Tag("Navy", "actor"),))
    project.events.add("Decade", parse_date("1990s"))
    path = project.path
    project.close()
    outs = {k: tmp_path / f"out.{k}" for k in ("csv", "tl", "acled", "json")}
    status = run(["export", str(path), "--csv", str(outs["csv"]), "--timelinejs",
                  str(outs["tl"]), "--acled", str(outs["acled"]), "--json", str(outs["json"]),
                  "--excel", "--group-kind", "actor"])
    captured = capsys.readouterr()
    assert status == 0
    assert "exported 2 events to" in captured.out
    assert "“Decade” is dated 1990s, coarser than a month" in captured.err
    for key in ("csv", "tl", "acled"):
        assert outs[key].read_bytes().startswith(b"\xef\xbb\xbf")
    sheet = rows_of(outs["tl"], "utf-8-sig")
    assert [(row[9], row[17]) for row in sheet[1:]] == [("Decade", ""), ("Dated", "Navy")]
    document = json.loads(outs["json"].read_text(encoding="utf-8"))
    assert [e["title"] for e in document["events"]] == ["Dated", "Decade"]


def test_command_line_needs_an_output(tmp_path, capsys):
    Project(tmp_path / "p.sqlite").close()
    assert run(["export", str(tmp_path / "p.sqlite")]) == 2
    assert "nothing to export" in capsys.readouterr().err
    assert run(["export", str(tmp_path / "missing.sqlite"), "--csv", "x.csv"]) == 2


def test_csv_is_rfc4180(project, tmp_path):
    project.events.add('Quote " and, comma', parse_date("2025"), description="x\r\ny")
    out = tmp_path / "t.csv"
    export_timeline_csv(project, out)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8"), newline="")))
    assert rows[1][8:10] == ['Quote " and, comma', "x\r\ny"]
