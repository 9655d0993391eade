"""Issue 15, point 6: the reading pane.

Right-to-left paragraphs sit on the right, each paragraph by its own
direction; a passage carries a note (undoable); clicking the event already
selected brings its passage back into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import write_article
from tests.helpers.gui_driving import action, import_through_dialog, select_text

MIXED = ("Statement\n\n"
         "The ministry spoke.\n\n"
         "قالت الوزارة.\n\n"
         "English again, with a word in Arabic: مرحبا.")


def _block_line(view, starts: str):
    block = view.document().begin()
    while block.isValid():
        if block.text().startswith(starts):
            return block.layout().lineAt(0)
        block = block.next()
    raise AssertionError(starts)


def test_arabic_paragraph_is_aligned_right(window, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "m.txt", MIXED))
    view = window.article_view
    arabic = _block_line(view, "قالت")
    english = _block_line(view, "The ministry")
    mixed = _block_line(view, "English again")
    left, width = arabic.x(), arabic.width()
    assert arabic.naturalTextRect().left() > left + width / 2  # short: clearly on the right
    assert arabic.naturalTextRect().right() > left + width - 2
    assert english.naturalTextRect().left() < english.x() + 2
    # An English paragraph with an Arabic word keeps to the left.
    assert mixed.naturalTextRect().left() < mixed.x() + 2


LONG = ("Harbour\n\n" + "\n\n".join(f"Paragraph {n} says little of note." for n in range(80))
        + "\n\nThe pier reopened at last.")


def _event_on(window, qtbot, needle: str) -> int:
    select_text(window, qtbot, needle)
    action(window, "actionNewEventFromSelection").trigger()
    qtbot.waitUntil(lambda: window.current_event_id() is not None)
    return window.current_event_id()


def test_clicking_the_selected_event_again_scrolls_to_its_passage(
        window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "l.txt", LONG))
    event_id = _event_on(window, qtbot, "The pier reopened")
    bar = window.article_view.verticalScrollBar()
    bar.setValue(0)
    table = window.timeline_table
    index = window.timeline_proxy.index(0, 1)
    assert index.data(Qt.UserRole + 1) == event_id and window.current_event_id() == event_id
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(index).center())
    assert bar.value() > bar.maximum() // 2


def test_passage_note_is_saved_and_undone(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "l.txt", LONG))
    _event_on(window, qtbot, "The pier reopened")
    panel = window.event_panel
    assert not panel.passage_note.isEnabled()
    item = panel.passages.item(0)
    qtbot.mouseClick(panel.passages.viewport(), Qt.LeftButton,
                     pos=panel.passages.visualItemRect(item).center())
    assert panel.passage_note.isEnabled()
    panel.passage_note.setFocus()
    qtbot.keyClicks(panel.passage_note, "Harbour master's words")
    annotations = window.session.project.annotations
    [passage] = annotations.for_event(window.current_event_id())
    assert passage.note == "Harbour master's words"
    assert panel.passage_note.text() == "Harbour master's words"
    assert "✎ Harbour master's words" in panel.passages.item(0).text()
    action(window, "actionUndo").trigger()  # the whole note: one step
    [passage] = annotations.for_event(window.current_event_id())
    assert passage.note == ""
    assert panel.passage_note.text() == ""


def test_passage_note_goes_out_and_back_in_project_json(
        window, qtbot, monkeypatch, tmp_path):
    from storage import Project
    from storage.exchange.project_json import apply_json, export_json, read_project_json

    import_through_dialog(window, monkeypatch, write_article(tmp_path, "l.txt", LONG))
    _event_on(window, qtbot, "The pier reopened")
    panel = window.event_panel
    panel.passages.setCurrentRow(0)
    panel.passage_note.setFocus()
    qtbot.keyClicks(panel.passage_note, "Said twice, by two officials")
    out = tmp_path / "p.json"
    export_json(window.session.project, out)
    other = Project(tmp_path / "other.sqlite")
    try:
        apply_json(other, read_project_json(out.read_bytes(), "p.json", other))
        [event] = other.events.timeline()
        [passage] = other.annotations.for_event(event.id)
        assert passage.note == "Said twice, by two officials"
    finally:
        other.close()
