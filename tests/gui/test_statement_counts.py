"""What one analyst action costs, counted so it cannot creep back up.

A trace callback on the project's connection counts the SQL statements an
action runs, and a counter on the expression finder counts its runs: accepting
a suggestion used to run 50 statements (the article read 5 times, the event 4
times, the passages 7 times) and the finder over the whole article again;
editing a date cell ran 35.  Every view now follows the one change record
and reads only what it names.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

import temporal.expressions
from tests.conftest import write_article
from tests.helpers.gui_driving import edit_cell, import_through_dialog

ARTICLE = ("Port reopens\n\n"
           "The harbour authority reopened the ferry crossing on Tuesday. "
           "Crossings had stopped after the November storm damaged the pier.")
# Reading an article's text: any SELECT that names the text column of articles.
TEXT_READ = re.compile(r"^\s*SELECT\b.*\btext\b.*\bFROM articles\b", re.I | re.S)


class Trace:
    """Statements run on one connection while ``with`` lasts.

    SQLite reports a trigger's program (the change counter of storage.schema)
    with the text of the statement that fired it, so an identical text right
    after itself is one statement, not two.
    """

    def __init__(self, conn):
        self.conn = conn
        self.statements: list[str] = []

    def _seen(self, sql: str) -> None:
        if not self.statements or self.statements[-1] != sql:
            self.statements.append(sql)

    def __enter__(self):
        self.conn.set_trace_callback(self._seen)
        return self

    def __exit__(self, *_exc):
        self.conn.set_trace_callback(None)

    def text_reads(self) -> list[str]:
        return [s for s in self.statements if TEXT_READ.match(s)]


@pytest.fixture
def finder_runs(monkeypatch):
    runs = []
    original = temporal.expressions.find_expressions

    def counting(*args, **kwargs):
        runs.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(temporal.expressions, "find_expressions", counting)
    return runs


def _open_article(window, monkeypatch, tmp_path):
    path = write_article(tmp_path, "port.txt", ARTICLE)
    import_through_dialog(window, monkeypatch, path)
    article_id = window.current_article_id()
    window.session.project.articles.update(article_id, published="2025-07-01")
    window.show_current_article()


def test_accepting_a_suggestion_reads_little_and_does_not_find_again(
        window, qtbot, monkeypatch, tmp_path, finder_runs):
    _open_article(window, monkeypatch, tmp_path)
    window.show_suggestions()
    panel = window.suggestions
    assert panel.model.rowCount() >= 2 and finder_runs
    runs_before = len(finder_runs)
    qtbot.keyClick(panel.table, Qt.Key_Return)  # accept the first date
    row = panel.table.currentIndex().row()  # the keyboard moved on to the next one
    assert panel.model.rows[row].status == "new"

    with Trace(window.session.project.db.conn) as trace:
        qtbot.keyClick(panel.table, Qt.Key_Return)
    accepted = panel.model.rows[row]
    # What the analyst sees: the event in the timeline, selected, its passage
    # highlighted, the suggestion marked accepted.
    assert accepted.status == "accepted"
    assert window.current_event_id() == accepted.event_id
    assert window.event_panel.title.text() == accepted.title
    assert window.timeline_proxy.rowCount() == 2
    assert any(p.event_id == accepted.event_id for p in window.article_view.passages)
    statements = trace.statements
    assert len(statements) <= 12, "\n".join(statements)
    assert len(trace.text_reads()) <= 1, "\n".join(trace.text_reads())
    assert len(finder_runs) == runs_before


def test_editing_a_date_cell_runs_few_statements(window, qtbot, monkeypatch, tmp_path,
                                                 finder_runs):
    _open_article(window, monkeypatch, tmp_path)
    window.show_suggestions()
    qtbot.keyClick(window.suggestions.table, Qt.Key_Return)  # an event to edit
    window.right_tabs.setCurrentIndex(0)
    runs_before = len(finder_runs)
    conn = window.session.project.db.conn
    trace = Trace(conn)

    original = window.session.push

    def traced_push(command):  # from the Return that commits the cell to the repaint
        with trace:
            original(command)

    monkeypatch.setattr(window.session, "push", traced_push)
    edit_cell(window, qtbot, 0, 0, "2 July 2025")
    assert window.timeline_proxy.index(0, 0).data() == "2 Jul 2025"
    assert window.session.project.events.get(window.current_event_id()).date.value == \
        "2025-07-02"
    assert 0 < len(trace.statements) <= 8, "\n".join(trace.statements)
    assert trace.text_reads() == []
    assert len(finder_runs) == runs_before


def test_the_finder_runs_again_for_a_new_published_date_not_for_a_title(
        window, monkeypatch, tmp_path, finder_runs):
    from gui.commands.article_commands import EditArticle

    _open_article(window, monkeypatch, tmp_path)
    article_id = window.current_article_id()
    runs = len(finder_runs)
    window.session.push(EditArticle(window.session, article_id, {"title": "Ferry port"}))
    assert window.article_model.index(0, 0).data() == "Ferry port"
    assert len(finder_runs) == runs
    window.session.push(EditArticle(window.session, article_id, {"published": "2025-07-08"}))
    assert len(finder_runs) == runs + 1
    assert window.suggestions.model.reference.isoformat() == "2025-07-08"
    window.session.undo_stack.undo()  # back to 1 July: found again, once
    assert len(finder_runs) == runs + 2
    assert window.suggestions.model.reference.isoformat() == "2025-07-01"
