"""Suggestions of a happening the project already holds (issue 12): the row says
"same as: <event> (n sources)", Enter links it as a further source, Shift+Enter
makes a new event; each one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.suggestions.suggestions_model import STATUS
from storage.event_suggestions import accept_event_suggestions
from tests.conftest import write_article
from tests.helpers.gui_driving import action, import_through_dialog, release_modifiers

# Written for the test: two outlets telling one strike, and a call on the same day.
FIRST = ("Drones struck an oil refinery in Samara on Tuesday, the regional governor said. "
         "Separately, the foreign ministers of Chile and Kenya spoke by phone on Tuesday.")
SECOND = ("Refinery ablaze after attack\n\n"
          "A refinery in Samara was attacked by drones on Tuesday, starting a large fire, "
          "officials said.")


def _setup(window, monkeypatch, tmp_path):
    project = window.session.project
    first = project.articles.add(FIRST, title="Drones hit refinery", outlet="Wire One",
                                 published="2025-07-01")
    accept_event_suggestions(project, first)
    [strike] = [e for e in project.events.timeline() if "Samara" in (e.tags or "")
                and "refinery" in e.title.casefold()]
    # The file name dates the article: 1 July 2025, a Tuesday.
    import_through_dialog(window, monkeypatch,
                          write_article(tmp_path, "samara-2025-07-01.txt", SECOND))
    article = window.current_article_id()
    assert project.articles.get(article).published.startswith("2025-07-01")
    return project, strike, article


def _strike_row(window):
    model = window.suggestions.model
    return next(i for i, row in enumerate(model.rows) if row.date is not None
                and row.date.value == "2025-07-01" and "amara" in row.names)


def test_enter_links_the_sentence_to_the_event_already_there(window, qtbot, monkeypatch,
                                                             tmp_path):
    project, strike, article = _setup(window, monkeypatch, tmp_path)
    action(window, "actionShowSuggestions").trigger()
    model, table = window.suggestions.model, window.suggestions.table
    row = _strike_row(window)
    shown = model.index(row, STATUS).data()
    assert shown.startswith("same as: ") and strike.title in shown and "(1 source)" in shown
    events_before = project.events.count()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key_Return)
    release_modifiers(qtbot, table)
    assert project.events.count() == events_before  # no new event: a further source
    sources = {p.article_id for p in project.annotations.for_event(strike.id)}
    assert article in sources and len(sources) == 2
    action(window, "actionUndo").trigger()
    assert {p.article_id for p in project.annotations.for_event(strike.id)} != sources
    row = _strike_row(window)
    assert model.index(row, STATUS).data().startswith("same as: ")
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key_Return, Qt.ShiftModifier)  # a new event instead
    release_modifiers(qtbot, table)
    assert project.events.count() == events_before + 1
    assert len(project.annotations.for_event(strike.id)) == 1
