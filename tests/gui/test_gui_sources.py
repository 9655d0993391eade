"""Sources in the timeline and the event panel (issue 12): distinct outlets, single
sources marked and filtered, the date each source gives, Admiralty grades."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.timeline.timeline_model import DATE, SOURCES
from storage import Project
from temporal.dates import EventDate
from tests.helpers.gui_driving import action

# Written for the test.
TEXTS = {"Ruposters (ruposters.ru)": ("2025-06-30", "Drones hit the depot last night."),
         "BBC News": ("2025-07-01", "A depot was hit by drones on Tuesday morning."),
         "Wire": ("2025-07-01", "Talks between the two ministers were held on Tuesday.")}


@pytest.fixture
def sources_window(qtbot, tmp_path):
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow
    path = tmp_path / "sources.sqlite"
    project = Project(path)
    ids = {outlet: project.articles.add(text, outlet=outlet, published=published)
           for outlet, (published, text) in TEXTS.items()}
    strike = project.events.add("Drones hit depot", EventDate.from_value("2025-07-01"),
                                passage=(ids["BBC News"], 0, 20), source_date="2025-07-01")
    project.annotations.add(ids["Ruposters (ruposters.ru)"], strike, 0, 20,
                            source_date="2025-06-30")
    project.events.add("Ministers held talks", EventDate.from_value("2025-07-01"),
                       passage=(ids["Wire"], 0, 20), source_date="2025-07-01")
    project.close()
    win = MainWindow(ProjectSession(Project(path)))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, strike
    win.close()


def _row(window, title: str) -> int:
    proxy = window.timeline_proxy
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 1).data() == title)


def test_disagreeing_dates_and_single_sources_in_table_panel_and_filter(sources_window, qtbot):
    window, strike = sources_window
    proxy = window.timeline_proxy
    differ = "30 Jun 2025 (Ruposters) · 1 Jul 2025 (BBC News)"
    row = _row(window, "Drones hit depot")
    assert proxy.index(row, DATE).data() == f"1 Jul 2025 ⚠ {differ}"
    assert proxy.index(row, SOURCES).data() == "2 · dates differ"
    talks = _row(window, "Ministers held talks")
    assert proxy.index(talks, SOURCES).data() == "1 · single source"
    window.select_event(strike)
    panel = window.event_panel
    assert "2 outlets" in panel.sources_summary.text()
    assert f"Sources disagree on the date: {differ}" in panel.sources_summary.text()
    items = [panel.passages.item(i).text() for i in range(panel.passages.count())]
    assert any("Ruposters · gives 30 Jun 2025" in text for text in items)
    assert any("BBC News · gives 1 Jul 2025" in text for text in items)
    qtbot.keyClicks(window.timeline_filter, "dates-differ")
    assert [proxy.index(r, 1).data() for r in range(proxy.rowCount())] == ["Drones hit depot"]
    window.timeline_filter.clear()
    qtbot.keyClicks(window.timeline_filter, "single-source")
    assert [proxy.index(r, 1).data() for r in range(proxy.rowCount())] == [
        "Ministers held talks"]


def test_grading_an_outlet_and_a_passage_is_undoable_and_shown(sources_window, qtbot):
    window, strike = sources_window
    window.select_event(strike)
    panel = window.event_panel
    panel.passages.setCurrentRow(0)  # Ruposters, published first
    assert panel.reliability.isEnabled() and panel.credibility.isEnabled()
    for _ in range(2):  # "—" -> "A" -> "B — usually reliable"
        qtbot.keyClick(panel.reliability, Qt.Key_Down)
    panel.passages.setCurrentRow(0)
    for _ in range(3):  # "—" -> 1 -> 2 -> "3 — possibly true"
        qtbot.keyClick(panel.credibility, Qt.Key_Down)
    project = window.session.project
    assert project.db.execute("SELECT outlet, reliability FROM outlet_grades").fetchall() == [
        ("Ruposters (ruposters.ru)", "B")]
    assert "graded B3" in panel.passages.item(0).text()
    panel.passages.setCurrentRow(0)
    assert panel.reliability.currentIndex() == 2 and panel.credibility.currentIndex() == 3
    for _ in range(3):  # each key press was one grading, one undo step
        action(window, "actionUndo").trigger()
    assert panel.passages.item(0).text().endswith("graded B)")
    for _ in range(2):
        action(window, "actionUndo").trigger()
    assert "graded" not in panel.passages.item(0).text()
    assert project.db.execute("SELECT COUNT(*) FROM outlet_grades").fetchone()[0] == 0


def test_deleting_the_only_source_of_an_event_says_so_and_marks_it(sources_window, qtbot):
    window, strike = sources_window
    project = window.session.project
    wire = next(a.id for a in map(project.articles.get, (1, 2, 3)) if a.outlet == "Wire")
    window.select_article(wire)
    events = project.events.count()
    action(window, "actionDeleteArticle").trigger()
    message = window.statusBar().currentMessage()
    assert "1 event lost its last source" in message and "“Ministers held talks”" in message
    assert "Drones hit depot" not in message  # it has other sources left
    assert project.events.count() == events  # marked, not deleted
    proxy = window.timeline_proxy
    talks = _row(window, "Ministers held talks")
    assert proxy.index(talks, SOURCES).data() == "0 ⚠ no source left"
    qtbot.keyClicks(window.timeline_filter, "no-source")
    assert [proxy.index(r, 1).data() for r in range(proxy.rowCount())] == [
        "Ministers held talks"]
    window.timeline_filter.clear()
    action(window, "actionUndo").trigger()
    assert proxy.index(_row(window, "Ministers held talks"), SOURCES).data() == (
        "1 · single source")
    assert project.events.get(strike).sources_lost == ""


def test_merge_two_selected_events_is_one_undo_step(sources_window, qtbot):
    window, strike = sources_window
    table, proxy = window.timeline_table, window.timeline_proxy
    assert proxy.rowCount() == 2
    assert not action(window, "actionMergeEvents").isEnabled()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key_Down, Qt.ShiftModifier)  # both rows selected
    assert len(table.selectionModel().selectedRows()) == 2
    assert action(window, "actionMergeEvents").isEnabled()
    action(window, "actionMergeEvents").trigger()
    assert proxy.rowCount() == 1
    assert proxy.index(0, SOURCES).data() == "3 · dates differ"  # BBC, Ruposters, Wire
    assert "2 events merged into one" in window.statusBar().currentMessage()
    window.select_event(strike)
    panel = window.event_panel
    assert panel.passages.count() == 3
    assert "Merged: “Ministers held talks”" in panel.description.toPlainText()
    action(window, "actionUndo").trigger()
    assert proxy.rowCount() == 2
    assert sorted(proxy.index(r, 1).data() for r in range(2)) == [
        "Drones hit depot", "Ministers held talks"]
    assert proxy.index(_row(window, "Drones hit depot"), SOURCES).data() == "2 · dates differ"
