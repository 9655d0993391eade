"""Issue 15, point 5: the window stays where the analyst is working.

Accept All in a second article does not jump back to the article of the
event still selected (which the new events come before); an edit while a
large timeline is still loading keeps the selected event and the scroll
position.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.commands.event_commands import EditEvent
from gui.session import ProjectSession
from gui.timeline import timeline_model
from gui.timeline.timeline_model import EVENT_ID_ROLE
from gui.window.main_window import MainWindow
from storage import Project
from temporal.dates import parse_date
from tests.conftest import write_article
from tests.helpers.gui_driving import action, import_through_dialog

FIRST = ("Bridge closed\n\nThe bridge closed on 4 March 2024 after the flood. "
         "It reopened on 9 May 2024 to light traffic.")
SECOND = ("Ferry resumes\n\nThe ferry sailed again on 2 June 2025. "
          "Crossings had stopped on 20 January 2025 during the storm.")


def test_accept_all_stays_on_its_article(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", FIRST),
                          write_article(tmp_path, "b.txt", SECOND))
    titles = {s.title: s.id for s in window.session.project.articles.summaries()}
    window.select_article(titles["Ferry resumes"])
    action(window, "actionShowSuggestions").trigger()
    window.suggestions.table.selectRow(0)
    qtbot.keyClick(window.suggestions.table, Qt.Key_Return)  # one event, selected
    assert window.current_event_id() is not None

    window.select_article(titles["Bridge closed"])
    assert window.suggestions.model.article_id == titles["Bridge closed"]
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    qtbot.wait(50)
    assert window.session.project.events.count() == 3
    assert window.current_article_id() == titles["Bridge closed"]
    assert window.reading.article_id == titles["Bridge closed"]
    assert window.suggestions.model.article_id == titles["Bridge closed"]


def test_edit_while_loading_keeps_selection_and_scroll(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(timeline_model, "FIRST_PAGE", 120)
    monkeypatch.setattr(timeline_model, "LOAD_SLICE", 1)
    project = Project(tmp_path / "big.sqlite")
    ids = [project.events.add(f"Event {n:03}", parse_date(f"{1700 + n}")) for n in range(300)]
    win = MainWindow(ProjectSession(project))
    qtbot.addWidget(win)
    model, table = win.timeline_model, win.timeline_table
    win.show()
    assert model._loading, "the test needs the timeline still loading"
    table.selectRow(80)  # as a click would: nothing asks for the whole timeline
    table.verticalScrollBar().setValue(40)
    assert model._loading and win.current_event_id() == ids[80]
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    # Early in the list, an event moves later (still inside the loaded prefix).
    win.session.push(EditEvent(win.session, ids[10], "date", parse_date("1995")))
    assert not model._loading
    assert win.current_event_id() == ids[80]
    current = win.timeline_selection().currentIndex()
    assert current.data(EVENT_ID_ROLE) == ids[80]
    assert [i.data(EVENT_ID_ROLE) for i in win.timeline_selection().selectedRows()] == [ids[80]]
    assert table.verticalScrollBar().value() == scroll
    win.close()
