"""Issue 15, point 3: "2022?" and "night of 28/29 June 2025" typed in the table
are kept as typed, shown, and come back from the timeline CSV."""

from __future__ import annotations

from gui.commands.event_commands import CreateEvent
from gui.timeline.timeline_model import DATE
from storage.exchange.csv_import import read_timeline_csv
from storage.exchange.timeline_csv import export_timeline_csv
from temporal.dates import parse_date
from tests.helpers.gui_driving import cell, edit_cell


def test_uncertain_year_and_night_are_kept(window, qtbot, tmp_path):
    session = window.session
    session.push(CreateEvent(session, "Talks begin", parse_date("2020")))
    session.push(CreateEvent(session, "Night raid", parse_date("2025-01-01")))
    edit_cell(window, qtbot, 0, DATE, "2022?")
    assert cell(window, 0, DATE) == "2022?"
    edit_cell(window, qtbot, 1, DATE, "night of 28/29 June 2025")
    assert cell(window, 1, DATE) == "28–29 Jun 2025"
    values = sorted(row.value for row in session.project.events.timeline())
    assert values == ["2022?", "2025-06-28/2025-06-29"]

    out = tmp_path / "t.csv"
    export_timeline_csv(session.project, out)
    plan = read_timeline_csv(out.read_bytes(), "t.csv")
    assert sorted(r.event.date.value for r in plan.rows) == values


def test_early_july_is_shown_and_sorted_in_its_month(window, qtbot):
    session = window.session
    session.push(CreateEvent(session, "Mid-month talks", parse_date("15 July 2025")))
    session.push(CreateEvent(session, "Convoy leaves", parse_date("2025-09-01")))
    edit_cell(window, qtbot, 1, DATE, "early July 2025")
    assert [cell(window, r, DATE) for r in range(2)] == ["early Jul 2025", "15 Jul 2025"]
    [row] = [r for r in session.project.events.timeline() if r.title == "Convoy leaves"]
    assert row.value == "2025-07-START"
