"""Driving the Suggestions tab as an analyst does: what its rows show, and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.suggestions.suggestions_model import DATE, DATED_BY, NAMES, STATUS, TITLE
from tests.helpers.gui_driving import action


def set_published(window, typed: str) -> None:
    """Type the published date in Article Details and confirm it."""
    action(window, "actionArticleDetails").trigger()
    dialog = window.article_dialog
    dialog.edits["published"].setText(typed)
    dialog.accept()
    assert not dialog.isVisible(), dialog.message.text()


def shown(window) -> list[dict[str, str]]:
    """Each row as the table shows it, by column name."""
    model = window.suggestions.model
    return [{name: model.index(row, column).data() for name, column in
             (("title", TITLE), ("date", DATE), ("dated_by", DATED_BY), ("names", NAMES),
              ("status", STATUS))} for row in range(model.rowCount())]


def row_dated_by(window, dated_by: str, contains: str = "") -> int:
    """The first row dated by ``dated_by`` whose title contains ``contains``."""
    return next(i for i, row in enumerate(shown(window))
                if row["dated_by"] == dated_by and contains.casefold() in row["title"].casefold())


def select_row(window, row: int):
    """Open the tab and put the keyboard on ``row``; returns the table."""
    action(window, "actionShowSuggestions").trigger()
    table = window.suggestions.table
    table.selectRow(row)
    table.setFocus()
    return table


def press(qtbot, table, key=Qt.Key_Return) -> None:
    qtbot.keyClick(table, key)
