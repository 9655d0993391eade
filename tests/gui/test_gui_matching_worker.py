"""The matching index is built off the GUI thread (issue 12): while it is built the
rows show no match and Enter makes no duplicate; once it is ready the rows say
"same as", and Enter links the sentence to the event already there."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from gui.suggestions import index_worker, suggestions_model
from gui.suggestions.suggestions_model import STATUS
from storage.event_suggestions import accept_event_suggestions
from tests.conftest import write_article
from tests.helpers.gui_driving import action, import_through_dialog, release_modifiers

# Written for the test: two outlets telling one flood.
FIRST = "A dam collapsed near Ternopil on Sunday, flooding two villages, the mayor said."
SECOND = ("Villages under water\n\n"
          "A dam near Ternopil collapsed on Sunday and floodwater swept through two villages, "
          "rescuers said.")


def test_the_index_is_built_in_a_worker_and_the_rows_match_once_it_is_ready(
        window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(suggestions_model, "INLINE_EVENTS", 0)  # always the worker
    release = threading.Event()
    built_on: list[threading.Thread] = []
    real = index_worker.index_of

    def held(rows):
        built_on.append(threading.current_thread())
        release.wait(10)
        return real(rows)

    monkeypatch.setattr(index_worker, "index_of", held)
    project = window.session.project
    first = project.articles.add(FIRST, title="Dam burst", outlet="Wire One",
                                 published="2025-07-06")
    accept_event_suggestions(project, first)
    [flood] = [e for e in project.events.timeline() if "Ternopil" in (e.tags or "")]
    import_through_dialog(window, monkeypatch,
                          write_article(tmp_path, "tarnopil-2025-07-07.txt", SECOND))
    article = window.current_article_id()
    action(window, "actionShowSuggestions").trigger()
    panel = window.suggestions
    model, table = panel.model, panel.table
    qtbot.waitUntil(lambda: bool(built_on))
    assert model.matching
    row = next(i for i, r in enumerate(model.rows) if r.date is not None
               and r.date.value == "2025-07-06")
    assert not model.index(row, STATUS).data().startswith("same as")
    events_before = project.events.count()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key_Return)  # not known yet whether it is the flood
    release_modifiers(qtbot, table)
    assert project.events.count() == events_before
    assert "Still comparing" in panel.notice.text()

    release.set()
    qtbot.waitUntil(lambda: not model.matching)
    assert built_on[0] is not threading.main_thread()
    shown = model.index(row, STATUS).data()
    assert shown.startswith("same as: ") and flood.title in shown
    assert "Comparing" not in panel.notice.text()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key_Return)
    release_modifiers(qtbot, table)
    assert project.events.count() == events_before  # a further source, not a new event
    assert article in {p.article_id for p in project.annotations.for_event(flood.id)}
