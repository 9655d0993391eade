"""Issue 15, point 3 (its last part): while a date is typed, the event panel
says how it reads it, before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.commands.event_commands import CreateEvent
from temporal.dates import parse_date


def test_typed_date_shows_its_reading_before_it_is_committed(window, qtbot):
    session = window.session
    session.push(CreateEvent(session, "Ferry sails", parse_date("2025-06-01")))
    [row] = session.project.events.timeline()
    window.select_event(row.id)
    panel = window.event_panel
    panel.date.setFocus()
    panel.date.selectAll()
    qtbot.keyClicks(panel.date, "7/1/2025")
    assert panel.date_reading.isVisible()
    assert "7 Jan 2025" in panel.date_reading.text()  # day first, said before Enter
    assert session.project.events.get(row.id).date.value == "2025-06-01"  # nothing saved
    qtbot.keyClicks(panel.date, "x")
    assert panel.date_reading.text() == "Not a date yet."
    qtbot.keyClick(panel.date, Qt.Key_Backspace)
    qtbot.keyClick(panel.date, Qt.Key_Return)
    assert not panel.date_reading.isVisible()
    assert session.project.events.get(row.id).date.value == "2025-01-07"
