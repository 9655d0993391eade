"""Issue 13, points 3 and 5: the reading pane says which language it read and
whether its dates are found; Russian, Ukrainian and Arabic articles get event
suggestions titled in their own words (Arabic read from the right)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from gui.suggestions.suggestions_model import TITLE
from tests.conftest import shared_file, write_article
from tests.helpers.gui_driving import import_through_dialog
from tests.helpers.suggestion_driving import set_published, shown

# Written for the test: a French note, a language whose dates are not found.
FRENCH = ("Grève au port\n\nLes dockers du port ont cessé le travail mardi matin, selon le "
          "syndicat, qui réclame une hausse des salaires depuis le printemps dernier.")


@pytest.mark.parametrize("name, language", [
    ("izhevsk-ataka-ruposters-2025-07-01.txt", "Russian"),
    ("izhevsk-kupol-dialog-ua-2025-07-01.txt", "Ukrainian"),
    ("putin-macron-call-copts-united-2025-07-01.txt", "Arabic")])
def test_a_covered_language_is_named_and_its_events_proposed(window, qtbot, monkeypatch, name,
                                                             language):
    path = shared_file("articles", name)
    import_through_dialog(window, monkeypatch, path)
    set_published(window, "2025-07-01")
    note = window.reading.language_note
    assert note.isVisibleTo(window) and note.text().startswith(f"Read as {language}: ")
    assert "time expression" in note.text()
    rows = shown(window)
    assert rows and all(row["date"] and row["dated_by"] for row in rows)
    text = path.read_text(encoding="utf-8")
    for row in rows:  # each title is words of the article, the date left out
        assert all(word.casefold() in text.casefold() for word in row["title"].split()), \
            row["title"]
        assert row["dated_by"] not in row["title"]
    table = window.suggestions.table
    option = QStyleOptionViewItem()
    table.itemDelegate().initStyleOption(option, table.model().index(0, TITLE))
    expected = Qt.RightToLeft if language == "Arabic" else Qt.LeftToRight
    assert option.text == rows[0]["title"] and option.direction == expected
    # Accept All takes the rows that name a happening, titles as the sentence wrote them;
    # a dated clause with no happening found is left for the analyst to judge.
    model = window.suggestions.model
    happenings = {row.title for row in model.rows if not row.clause_only}
    assert happenings
    for n, row in enumerate(model.rows):  # a clause row says so, in italics (not in Arabic)
        index = model.index(n, TITLE)
        assert bool(model.data(index, Qt.FontRole)) == (row.clause_only and language != "Arabic")
        assert ("No happening was found" in model.data(index, Qt.ToolTipRole)) == row.clause_only
    clauses = sum(row.clause_only for row in model.rows)
    assert (" where no happening was found" in window.suggestions.notice.text()) == bool(clauses)
    if clauses:  # Arabic has no italics (its oblique fonts draw boxes): the tooltip says it
        assert ("(in italics)" in window.suggestions.notice.text()) == (language != "Arabic")
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    titles = {row.title for row in window.session.project.events.timeline()}
    assert titles == happenings


def test_an_uncovered_language_says_so_instead_of_zero_dates(window, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "greve.txt", FRENCH))
    set_published(window, "2025-07-01")
    note = window.reading.language_note.text()
    assert note == ("Read as French: dates are not found in French text "
                    "(only English, Russian, Ukrainian and Arabic).")
    notice = window.suggestions.notice.text()
    assert notice.startswith("Dates are not found in French text")
    assert "0 " not in notice


def test_english_is_named_too(window, monkeypatch, tmp_path):
    text = "Port reopens\n\nThe harbour reopened on Tuesday after the November storm."
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "port.txt", text))
    set_published(window, "2025-07-01")
    assert window.reading.language_note.text() == (
        "Read as English: 2 time expressions found (underlined).")
