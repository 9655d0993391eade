"""The very first start: a new user sees the demo article without looking for it."""
from __future__ import annotations

import sqlite3

import pytest

from gui import app as gui_app


@pytest.fixture
def fresh_default(tmp_path, monkeypatch):
    path = tmp_path / "AppData" / "timeline.sqlite"
    monkeypatch.setattr(gui_app, "default_project_path", lambda: path)
    return path


def _start(qtbot, path=None):
    windows = gui_app.Windows()
    window = gui_app.open_start_window(windows, path)
    qtbot.addWidget(window)
    return window


def _titles(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM articles ORDER BY id")]
    finally:
        conn.close()


def test_first_start_opens_the_default_project_with_the_demo_article(qtbot, fresh_default):
    window = _start(qtbot)
    assert window.session.path == fresh_default
    model = window.article_list.model()
    assert model.rowCount() == 1
    assert "weekend barrage" in model.index(0, 0).data()
    assert _titles(fresh_default) == [model.index(0, 0).data()]
    assert "Suggestions tab" in window.statusBar().currentMessage()
    window.session.undo_stack.undo()
    assert _titles(fresh_default) == []  # the demo import is one undo step like any other
    window.close()


def test_later_starts_and_named_projects_get_no_demo(qtbot, fresh_default, tmp_path):
    first = _start(qtbot)
    first.session.undo_stack.undo()  # the analyst removed the demo
    first.close()
    again = _start(qtbot)
    assert again.article_list.model().rowCount() == 0
    assert _titles(fresh_default) == []
    again.close()
    named = tmp_path / "mine.sqlite"
    window = _start(qtbot, str(named))
    assert window.article_list.model().rowCount() == 0 and _titles(named) == []
    window.close()
