"""Suggestions of a happening the project already holds (issue 12): the row says
"same as: <event> (n sources)", Enter links it as a further source, Shift+Enter
makes a new event; each one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.suggestions.suggestions_model import STATUS
from gui.timeline.timeline_model import HEADERS
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


TAGS = HEADERS.index("Tags")

# Written for the test: a third outlet saying who flew the drones and whose officials spoke.
NAMED = ("Refinery hit by drones\n\n"
         "A refinery in Samara was attacked by Ukrainian drones on Tuesday, starting a "
         "large fire, Russian officials said.")


def _accept_strike_through_the_window(window, qtbot, monkeypatch, tmp_path):
    """The first outlet imported and its strike accepted by hand: the timeline's own event."""
    project = window.session.project
    import_through_dialog(window, monkeypatch,
                          write_article(tmp_path, "wire-one-2025-07-01.txt", FIRST))
    action(window, "actionShowSuggestions").trigger()
    table = window.suggestions.table
    table.selectRow(_strike_row(window))
    qtbot.keyClick(table, Qt.Key_Return)
    release_modifiers(qtbot, table)
    [strike] = [e for e in project.events.timeline() if "refinery" in e.title.casefold()]
    return project, strike


def test_a_linked_source_adds_the_actors_it_names_and_undo_takes_them_off(
        window, qtbot, monkeypatch, tmp_path):
    project, strike = _accept_strike_through_the_window(window, qtbot, monkeypatch, tmp_path)
    before = project.tags.for_event(strike.id)
    assert before and not any(tag.kind == "actor" for tag in before)
    import_through_dialog(window, monkeypatch,
                          write_article(tmp_path, "samara-named-2025-07-01.txt", NAMED))
    model, table = window.suggestions.model, window.suggestions.table
    row = _strike_row(window)
    assert model.index(row, STATUS).data().startswith("same as: ")
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key_Return)
    release_modifiers(qtbot, table)
    after = project.tags.for_event(strike.id)
    assert after[:len(before)] == before  # the event's own tags first, untouched
    assert {str(tag) for tag in after[len(before):]} == {"actor:Ukraine", "actor:Russia"}
    # What the timeline's Tags column shows for the event.
    timeline = window.timeline_model
    shown = timeline.index(timeline.row_of(strike.id), TAGS).data()
    assert "Ukraine" in shown and "Samara" in shown
    action(window, "actionUndo").trigger()
    assert project.tags.for_event(strike.id) == before
    assert "Ukraine" not in timeline.index(timeline.row_of(strike.id), TAGS).data()
    assert len(project.annotations.for_event(strike.id)) == 1
    action(window, "actionRedo").trigger()
    assert project.tags.for_event(strike.id) == after
    assert len(project.annotations.for_event(strike.id)) == 2
    assert "Ukraine" in timeline.index(timeline.row_of(strike.id), TAGS).data()


def test_a_tag_the_analyst_already_gave_is_not_taken_off_by_undo(window, qtbot, monkeypatch,
                                                                  tmp_path):
    project = window.session.project
    first = project.articles.add(FIRST, title="Drones hit refinery", outlet="Wire One",
                                 published="2025-07-01")
    accept_event_suggestions(project, first)
    [strike] = [e for e in project.events.timeline() if "Samara" in (e.tags or "")
                and "refinery" in e.title.casefold()]
    from storage.tags import parse_tags
    with project.change():
        project.tags.link(strike.id, parse_tags("actor:Russia"))  # the analyst's own
    before = project.tags.for_event(strike.id)
    import_through_dialog(window, monkeypatch,
                          write_article(tmp_path, "samara-named-2025-07-01.txt", NAMED))
    action(window, "actionShowSuggestions").trigger()
    table = window.suggestions.table
    table.selectRow(_strike_row(window))
    qtbot.keyClick(table, Qt.Key_Return)
    release_modifiers(qtbot, table)
    assert [str(t) for t in project.tags.for_event(strike.id)].count("actor:Russia") == 1
    assert "actor:Ukraine" in {str(t) for t in project.tags.for_event(strike.id)}
    action(window, "actionUndo").trigger()
    assert project.tags.for_event(strike.id) == before
