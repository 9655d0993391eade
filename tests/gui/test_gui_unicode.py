"""Cyrillic, Arabic (right-to-left) and emoji: import, select, store, export."""

from __future__ import annotations

import csv

from PySide6.QtGui import QTextCursor

from storage.exchange.timeline_csv import export_timeline_csv
from tests.conftest import write_article
from tests.helpers.gui_driving import action, import_through_dialog, passage_highlights

TEXT = (
    "Зведення за вівторок\n\n"
    "Увечері у місті пролунали вибухи 💥🔥, повідомила міська рада.\n\n"
    "В Ижевске объявлен режим ЧС 🚨 после атаки.\n\n"
    "أعلن المتحدث يوم الثلاثاء 🇫🇷 أن المكالمة استمرت ساعتين.\n\n"
    "Family emoji 👩‍👩‍👧 and a flag 🇺🇦 end the text."
)


def select_by_cursor(window, start: int, end: int) -> None:
    """Select with a QTextCursor in Qt's own (UTF-16) positions, as a mouse drag would."""
    view = window.article_view
    qt_start, qt_end = view.offsets.to_qt(start), view.offsets.to_qt(end)
    cursor = view.textCursor()
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)


def make_event(window, needle: str) -> int:
    start = TEXT.index(needle)
    select_by_cursor(window, start, start + len(needle))
    return window.events.new_event_from_selection()


def test_unicode_passages_are_stored_and_exported_exactly(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "мир.txt", TEXT))
    assert window.article_view.toPlainText() == TEXT
    assert window.article_list.model().index(0, 0).data() == "Зведення за вівторок"

    needles = ["пролунали вибухи 💥🔥", "режим ЧС 🚨", "يوم الثلاثاء 🇫🇷 أن المكالمة",
               "👩‍👩‍👧 and a flag 🇺🇦"]
    ids = [make_event(window, needle) for needle in needles]
    project = window.session.project
    for event_id, needle in zip(ids, needles, strict=True):
        [passage] = project.annotations.for_event(event_id)
        assert passage.quote == needle
        assert TEXT[passage.start:passage.end] == needle
        assert project.events.get(event_id).title == needle
    # Each highlight covers exactly its passage, in Qt's units.
    highlighted = sorted(s.cursor.selectedText() for s in passage_highlights(window))
    assert highlighted == sorted(needles)

    out = tmp_path / "out.csv"
    export_timeline_csv(project, out)
    with out.open(encoding="utf-8", newline="") as handle:
        quotes = sorted(row["quotes"] for row in csv.DictReader(handle))
    assert quotes == sorted(needles)


def test_selection_inside_an_emoji_widens_to_whole_characters(window, qtbot, monkeypatch,
                                                              tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "e.txt", TEXT))
    start = TEXT.index("💥")
    view = window.article_view
    cursor = view.textCursor()
    # From the middle of 💥's surrogate pair to the middle of 🔥's.
    cursor.setPosition(view.offsets.to_qt(start) + 1)
    cursor.setPosition(view.offsets.to_qt(start + 1) + 1, QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)
    event_id = window.events.new_event_from_selection()
    [passage] = window.session.project.annotations.for_event(event_id)
    assert passage.quote == "💥🔥"


def test_arabic_paragraph_is_laid_out_right_to_left(window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", TEXT))
    document = window.article_view.document()
    block = document.findBlock(window.article_view.offsets.to_qt(TEXT.index("أعلن")))
    assert block.text().startswith("أعلن")
    assert block.textDirection().name == "RightToLeft"
    action(window, "actionUndo").trigger()
