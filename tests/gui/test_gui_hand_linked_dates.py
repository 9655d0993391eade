"""A passage linked by hand keeps the date its own text gives (issue 12): Ctrl+L on a
passage that names another day makes the event say "sources disagree" in the Date
column, the panel and the dates-differ filter; the analyst corrects the date in the
panel; undo takes the date away with the link."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.timeline.timeline_model import DATE, SOURCES
from storage import Project
from temporal.dates import EventDate
from tests.helpers.gui_driving import action, select_text

# Written for the test: two outlets, one happening, the second a day earlier.
FIRST = "A depot was hit by drones on Tuesday morning."
SECOND = ("Residents heard explosions. Drones struck the depot on Monday night, "
          "the governor wrote. Firefighters are still at work.")


@pytest.fixture
def two_outlets(qtbot, tmp_path):
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow
    path = tmp_path / "linking.sqlite"
    project = Project(path)
    first = project.articles.add(FIRST, outlet="Northern Wire", published="2025-07-01")
    second = project.articles.add(SECOND, outlet="Volga Daily", published="2025-07-01")
    strike = project.events.add("Drones hit depot", EventDate.from_value("2025-07-01"),
                                passage=(first, 0, len(FIRST)), source_date="2025-07-01")
    project.close()
    window = MainWindow(ProjectSession(Project(path)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window, strike, second
    window.close()


def _link(window, qtbot, article_id: int, event_id: int, passage: str) -> None:
    window.select_event(event_id)
    window.select_article(article_id)
    select_text(window, qtbot, passage)
    assert action(window, "actionLinkSelection").isEnabled()
    action(window, "actionLinkSelection").trigger()


def _titles(window) -> list[str]:
    proxy = window.timeline_proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_a_hand_linked_passage_giving_another_day_makes_the_sources_disagree(
        two_outlets, qtbot):
    window, strike, second = two_outlets
    project = window.session.project
    _link(window, qtbot, second, strike, "Drones struck the depot on Monday night")
    passage = next(p for p in project.annotations.for_event(strike) if p.article_id == second)
    assert passage.source_date == "2025-06-30"
    assert passage.expression_value == "2025-06-30TNI"  # TIMEX3's "night"
    assert SECOND[passage.expression_start:passage.expression_end] == "Monday night"
    differ = "30 Jun 2025 (Volga Daily) · 1 Jul 2025 (Northern Wire)"
    proxy = window.timeline_proxy
    assert proxy.index(0, DATE).data() == f"1 Jul 2025 ⚠ {differ}"
    assert proxy.index(0, SOURCES).data() == "2 · dates differ"
    panel = window.event_panel
    assert f"Sources disagree on the date: {differ}" in panel.sources_summary.text()
    items = [panel.passages.item(i).text() for i in range(panel.passages.count())]
    assert any("Volga Daily · gives 30 Jun 2025" in text for text in items)
    assert "gives 30 Jun 2025" in window.statusBar().currentMessage()
    qtbot.keyClicks(window.timeline_filter, "dates-differ")
    assert _titles(window) == ["Drones hit depot"]
    window.timeline_filter.clear()

    action(window, "actionUndo").trigger()  # the link goes, and its date with it
    assert all(p.article_id != second for p in project.annotations.for_event(strike))
    assert proxy.index(0, DATE).data() == "1 Jul 2025"
    assert "disagree" not in panel.sources_summary.text()
    qtbot.keyClicks(window.timeline_filter, "dates-differ")
    assert _titles(window) == []


def test_the_analyst_corrects_a_source_date_in_the_panel_as_one_undo_step(two_outlets, qtbot):
    window, strike, second = two_outlets
    project = window.session.project
    _link(window, qtbot, second, strike, "Drones struck the depot on Monday night")
    panel = window.event_panel
    row = next(i for i in range(panel.passages.count())
               if "Volga Daily" in panel.passages.item(i).text())
    panel.passages.setCurrentRow(row)
    assert panel.source_date.isEnabled()
    assert panel.source_date.text() == "30 Jun 2025"
    panel.source_date.setFocus()
    panel.source_date.selectAll()
    qtbot.keyClicks(panel.source_date, "31 February 2025")
    qtbot.keyClick(panel.source_date, Qt.Key_Return)
    assert panel.source_date_message.isVisible()  # refused, said inline, nothing stored
    assert {p.source_date for p in project.annotations.for_event(strike)} == {
        "2025-07-01", "2025-06-30"}
    panel.source_date.selectAll()
    qtbot.keyClicks(panel.source_date, "1 July 2025")
    qtbot.keyClick(panel.source_date, Qt.Key_Return)
    assert not panel.source_date_message.isVisible()
    assert {p.source_date for p in project.annotations.for_event(strike)} == {"2025-07-01"}
    assert window.timeline_proxy.index(0, DATE).data() == "1 Jul 2025"
    assert "disagree" not in panel.sources_summary.text()
    action(window, "actionUndo").trigger()
    assert {p.source_date for p in project.annotations.for_event(strike)} == {
        "2025-07-01", "2025-06-30"}
    assert "⚠" in window.timeline_proxy.index(0, DATE).data()


def test_a_passage_without_a_date_of_its_own_records_none(two_outlets, qtbot):
    window, strike, second = two_outlets
    project = window.session.project
    _link(window, qtbot, second, strike, "Firefighters are still at work.")
    passage = next(p for p in project.annotations.for_event(strike) if p.article_id == second)
    assert (passage.source_date, passage.expression_value) == ("", None)
    assert window.timeline_proxy.index(0, DATE).data() == "1 Jul 2025"


def test_a_new_event_from_a_selection_keeps_the_date_its_passage_gives(two_outlets, qtbot):
    window, _strike, second = two_outlets
    project = window.session.project
    window.select_article(second)
    select_text(window, qtbot, "Drones struck the depot on Monday night")
    action(window, "actionNewEventFromSelection").trigger()
    [passage] = project.annotations.for_article(second)
    assert passage.source_date == "2025-06-30"
