"""Suggestions: events found in the text become the project's in a few keystrokes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from gui.suggestions.suggestions_model import ACCEPTED, DATE, DIFFERS, TITLE
from tests.conftest import shared_file, write_article
from tests.helpers.gui_driving import action, import_through_dialog, release_modifiers

# Published on Tuesday 1 July 2025 (set in the test through the details dialog).
TEXT = ("Ministers hold first call in months\n\n"
        "The two ministers spoke by phone on Tuesday, their first contact since the "
        "November strike on the dockyard. Rescue crews had worked through the weekend "
        "after the barrage. A further meeting is expected next month.")


def rows(window):
    return window.suggestions.model.rows


def row_of(window, expression_text: str) -> int:
    return next(i for i, r in enumerate(rows(window)) if r.dated_by == expression_text)


def set_published(window, qtbot, typed: str) -> None:
    action(window, "actionArticleDetails").trigger()
    dialog = window.article_dialog
    dialog.edits["published"].setText(typed)
    dialog.accept()
    assert not dialog.isVisible(), dialog.message.text()


def open_suggestions(window, qtbot, expression_text: str):
    action(window, "actionShowSuggestions").trigger()
    table = window.suggestions.table
    table.selectRow(row_of(window, expression_text))
    return table


def edit_suggestion(window, qtbot, row: int, column: int, typed: str) -> None:
    table = window.suggestions.table
    index = window.suggestions.model.index(row, column)
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key_F2)
    editor = [e for e in table.findChildren(QLineEdit) if e.isVisible()][0]
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.EditingState)


def test_no_published_date_says_so_and_never_uses_today(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", TEXT))
    panel = window.suggestions
    assert "no published date" in panel.notice.text()
    assert not panel.set_date_button.isHidden()
    assert all(row.date is None for row in rows(window) if row.dated_by == "Tuesday")
    set_published(window, qtbot, "1 July 2025")
    assert "Tuesday 1 July 2025" in panel.notice.text()


def test_accept_edit_dismiss_undo(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", TEXT))
    set_published(window, qtbot, "2025-07-01")
    found = {r.dated_by: r.date.display for r in rows(window) if r.date}
    assert found["Tuesday"] == "1 Jul 2025"
    assert found["November"] == "Nov 2024"
    assert found["the weekend"].startswith("28–29 Jun 2025")

    # Accept "November" with Enter, after editing its title and date.
    table = open_suggestions(window, qtbot, "November")
    november = row_of(window, "November")
    edit_suggestion(window, qtbot, november, TITLE, "Dockyard strike")
    edit_suggestion(window, qtbot, november, DATE, "c. Nov 2024")
    table.selectRow(november)
    qtbot.keyClick(table, Qt.Key_Return)
    release_modifiers(qtbot, table)
    project = window.session.project
    [event] = [project.events.get(r.id) for r in project.events.timeline()]
    assert (event.title, event.date.value) == ("Dockyard strike", "2024-11~")
    [passage] = project.annotations.for_event(event.id)
    assert "November strike on the dockyard" in passage.quote
    assert rows(window)[november].status == ACCEPTED
    # The keyboard moved on to the next suggestion not yet accepted.
    assert table.currentIndex().row() != november

    # Dismiss "next month" with Delete: gone, and remembered.
    table.selectRow(row_of(window, "next month"))
    qtbot.keyClick(table, Qt.Key_Delete)
    assert "next month" not in [r.dated_by for r in rows(window)]
    assert project.dismissals.for_article(window.current_article_id())
    assert project.events.count() == 1  # Delete dismissed; it deleted no event

    action(window, "actionUndo").trigger()  # the dismissal
    assert "next month" in [r.dated_by for r in rows(window)]
    action(window, "actionUndo").trigger()  # the acceptance
    assert project.events.count() == 0
    assert all(r.status == "new" for r in rows(window))


def test_accept_all_is_one_undo_step(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", TEXT))
    set_published(window, qtbot, "2025-07-01")
    count = len(rows(window))
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    assert window.session.project.events.count() == count
    action(window, "actionUndo").trigger()
    assert window.session.project.events.count() == 0


def test_changing_the_published_date_reresolves_and_flags(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", TEXT))
    set_published(window, qtbot, "2025-07-01")
    table = open_suggestions(window, qtbot, "Tuesday")
    qtbot.keyClick(table, Qt.Key_Return)
    project = window.session.project
    [event_row] = project.events.timeline()
    assert event_row.date.value == "2025-07-01"
    # The analyst corrects the published date: Tuesday now means 8 July.
    set_published(window, qtbot, "2025-07-09")
    tuesday = rows(window)[row_of(window, "Tuesday")]
    assert tuesday.date.value == "2025-07-08"
    assert tuesday.status == DIFFERS
    # The event keeps the date the analyst accepted.
    assert project.events.get(event_row.id).date.value == "2025-07-01"
    tooltip = window.suggestions.model.index(row_of(window, "Tuesday"), 0).data(Qt.ToolTipRole)
    assert "keeps the date" in tooltip
    # The text view underlines the expressions, with the resolved date as tooltip.
    assert any("8 Jul 2025" in tip for _s, _e, tip in window.article_view._marks)


def test_seed_article_in_a_few_keystrokes(window, qtbot, monkeypatch):
    seed = shared_file("articles", "izhevsk-kupol-2025-07-01.txt")
    import_through_dialog(window, monkeypatch, seed)
    set_published(window, qtbot, "1 July 2025")
    wanted = {"November": "2024-11", "the weekend": "2025-W26-WE", "Tuesday": "2025-07-01"}
    table = open_suggestions(window, qtbot, "November")
    for text in wanted:
        table.selectRow(row_of(window, text))
        qtbot.keyClick(table, Qt.Key_Return)
    values = sorted(r.date.value for r in window.session.project.events.timeline())
    assert values == sorted(wanted.values())


def test_a_very_long_article_waits_to_be_asked(window, qtbot, monkeypatch, tmp_path):
    from gui.suggestions import suggestions_model

    monkeypatch.setattr(suggestions_model, "AUTO_LIMIT", 200)
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", TEXT))
    set_published(window, qtbot, "2025-07-01")
    panel = window.suggestions
    assert rows(window) == [] and "very long" in panel.notice.text()
    assert not panel.find_button.isHidden()
    qtbot.mouseClick(panel.find_button, Qt.LeftButton)
    assert "Tuesday" in [r.dated_by for r in rows(window)]
    assert panel.find_button.isHidden()
