"""Issue 15, point 4: the Suggestions panel says what each row is.

"Currently" in an article whose published date is set is the present, not a
row waiting for a published date; Accept All leaves it out; the tooltip
shows the whole proposed title. (Rows are events now: a sentence whose only
date is "currently" is proposed with that as what dates it.)
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.suggestions.suggestions_model import DATE, TITLE
from tests.conftest import write_article
from tests.helpers.gui_driving import action, import_through_dialog

TEXT = ("Port reopens\n\n"
        "The port is currently closed to cargo ships after the storm of 3 March 2025, "
        "the harbour master said. Repairs to the northern breakwater of the old harbour "
        "began on Monday and are expected to last until the end of the summer season. "
        "Crossings are currently suspended.")


def _published(window, typed: str) -> None:
    action(window, "actionArticleDetails").trigger()
    dialog = window.article_dialog
    dialog.edits["published"].setText(typed)
    dialog.accept()


def _row(window, text: str) -> int:
    rows = window.suggestions.model.rows
    return next(i for i, r in enumerate(rows) if r.dated_by == text)


def test_present_reference_is_labelled_and_left_out_of_accept_all(
        window, qtbot, monkeypatch, tmp_path):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", TEXT))
    model = window.suggestions.model
    currently = _row(window, "currently")
    # Without a published date the present is still the present.
    assert model.index(currently, DATE).data() == "the present (no date)"
    _published(window, "2025-07-01")
    currently = _row(window, "currently")
    shown = model.index(currently, DATE).data()
    assert shown == "the present (no date)"
    assert "published" not in shown

    # The tooltip opens with the full proposed title, not the rule that found it.
    monday = _row(window, "Monday")
    tip = model.index(monday, TITLE).data(Qt.ToolTipRole)
    assert tip.splitlines()[0] == model.rows[monday].title
    assert "rule" not in tip and "_REF" not in tip

    dated = [r for r in model.rows if r.date is not None]
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    project = window.session.project
    assert project.events.count() == len(dated)
    assert all(row.date is not None for row in project.events.timeline())
    assert model.rows[_row(window, "currently")].status == "new"
