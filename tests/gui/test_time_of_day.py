"""Issue 15, point 2: a time of day on a day, shown, sorted, exported and read back."""

from __future__ import annotations

from gui.commands.event_commands import CreateEvent
from gui.timeline.timeline_model import DATE, TITLE
from storage.exchange.csv_import import read_timeline_csv
from storage.exchange.project_json import project_document
from storage.exchange.timeline_csv import export_timeline_csv
from storage.exchange.timelinejs import export_timelinejs
from temporal.dates import parse_date
from tests.helpers.gui_driving import cell, edit_cell


def test_clock_times_are_kept_shown_sorted_and_exported(window, qtbot, tmp_path):
    session = window.session
    # "A…" would sort first by title; the times must put it second.
    session.push(CreateEvent(session, "Air raid alert ends", parse_date("1 Jul 2025")))
    session.push(CreateEvent(session, "Sirens sound", parse_date("1 Jul 2025")))
    assert cell(window, 0, TITLE) == "Air raid alert ends"
    edit_cell(window, qtbot, 0, DATE, "1 Jul 2025 11:20")
    row = next(r for r in range(2) if cell(window, r, TITLE) == "Sirens sound")
    edit_cell(window, qtbot, row, DATE, "2025-07-01T09:49+03:00")
    assert [cell(window, r, TITLE) for r in range(2)] == ["Sirens sound", "Air raid alert ends"]
    assert [cell(window, r, DATE) for r in range(2)] == ["1 Jul 2025 09:49 +03:00",
                                                         "1 Jul 2025 11:20"]
    values = [r.value for r in session.project.events.timeline()]
    assert values == ["2025-07-01T09:49+03:00", "2025-07-01T11:20"]

    out = tmp_path / "t.csv"
    export_timeline_csv(session.project, out)
    plan = read_timeline_csv(out.read_bytes(), "t.csv")
    assert sorted(r.event.date.value for r in plan.rows) == sorted(values)
    assert sorted(e["date"] for e in project_document(session.project)["events"]) == sorted(values)

    sheet = tmp_path / "tjs.csv"
    export_timelinejs(session.project, sheet)
    text = sheet.read_text(encoding="utf-8-sig")
    assert ",09:49," in text and ",11:20," in text
    back = read_timeline_csv(sheet.read_bytes(), "tjs.csv")
    assert sorted(r.event.date.value for r in back.rows) == sorted(values)
