"""A large timeline CSV is written a step per event-loop turn, inside one transaction.

Issue 16: applying a 100,000-row CSV froze the window for seconds with no
progress. The window now writes it in steps behind a progress dialog
(gui.exchange.stepped_apply): nothing is visible to another connection until
the last step commits, the views get one change record at the end, the import
is one undo step, and Cancel leaves the project exactly as it was.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from gui.exchange import exchange_actions
from gui.timeline import timeline_model
from storage.exchange import event_writing
from storage.exchange.timeline_csv import COLUMNS
from storage.timeline_order import row_key
from temporal.dates import parse_date

ROWS = 1200


def _csv(path, rows: int = ROWS) -> None:
    lines = [",".join(COLUMNS)]
    for n in range(rows):
        cells = {"event_uuid": f"uuid-{n}", "date_value": f"2025-{n % 12 + 1:02}",
                 "title": f"Ereignis {n} — ураган", "tags": "\"actor:Harbour, weather\""}
        lines.append(",".join(cells.get(name, "") for name in COLUMNS))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def _outside_count(path, table: str = "events") -> int:
    """What another process sees: only committed rows."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _start(window, qtbot, monkeypatch, path, watch):
    """Import ``path`` through the menu and its preview; ``watch(done)`` runs at each step."""
    monkeypatch.setattr(exchange_actions, "STEPPED_ROWS", 100)
    monkeypatch.setattr(event_writing, "STEP_ROWS", 100)
    real = exchange_actions.apply_plan_in_steps

    def returning(project, plan):  # keeps the generator's return value (the batch)
        steps = real(project, plan)
        while True:
            try:
                done, total = next(steps)
            except StopIteration as finished:
                return finished.value
            watch(done)
            try:
                yield done, total
            except GeneratorExit:
                steps.close()
                raise

    monkeypatch.setattr(exchange_actions, "apply_plan_in_steps", returning)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.findChild(QAction, "actionImportTimelineCsv").trigger()
    qtbot.waitUntil(lambda: window.exchange.preview_dialog is not None, timeout=20000)
    qtbot.mouseClick(window.exchange.preview_dialog.import_button, Qt.LeftButton)


def test_a_large_csv_is_applied_in_steps_then_is_one_undo_step(window, qtbot, monkeypatch,
                                                              tmp_path):
    path = tmp_path / "big.csv"
    _csv(path)
    mine = window.session.project.events.add("Mine, mid-2025", parse_date("2025-06-15"))
    window.session.announce(mine.changes)
    window.select_event(int(mine))
    file = str(window.session.path)
    records, seen = [], []
    window.session.changed.connect(records.append)

    def watch(done):
        seen.append((done, _outside_count(file), window.timeline_model.rowCount()))

    # The table takes so many new rows a slice per turn too (gui.timeline.timeline_model).
    monkeypatch.setattr(timeline_model, "LOAD_SLICE", 500)
    _start(window, qtbot, monkeypatch, path, watch)
    applying = window.exchange.applying
    assert applying is not None  # not written in one go on the click
    progress = window.findChild(QProgressDialog, "applyProgress")
    assert progress is not None and progress.isVisible()
    qtbot.waitUntil(lambda: window.exchange.applying is None, timeout=30000)
    # Between steps the window ran (the watcher was called on many turns), another
    # connection saw nothing, and the views were not told of rows not yet committed.
    assert len(seen) >= ROWS // 100
    assert all(outside == 1 and shown == 1 for _done, outside, shown in seen)
    assert max(done for done, _o, _s in seen) == ROWS
    assert _outside_count(file) == ROWS + 1
    # The table shows them all in date order, and the analyst's event stays selected.
    model = window.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() == ROWS + 1, timeout=10000)
    assert model.row_list() == sorted(model.row_list(), key=row_key)
    assert window.current_event_id() == int(mine)
    assert len(records) == 1 and len(records[0].events_added) == ROWS  # one change record
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.text(0) == f"Import {ROWS} events from big.csv"
    assert "done (1200 new events" in window.statusBar().currentMessage()
    stack.undo()
    assert _outside_count(file) == 1 and window.timeline_model.rowCount() == 1
    stack.redo()
    assert _outside_count(file) == ROWS + 1
    qtbot.waitUntil(lambda: model.rowCount() == ROWS + 1, timeout=10000)


def test_cancel_while_applying_leaves_the_project_exactly_as_before(window, qtbot, monkeypatch,
                                                                   tmp_path):
    path = tmp_path / "big.csv"
    _csv(path)
    project = window.session.project
    window.session.announce(project.events.add("Mine", parse_date("2020")).changes)
    file = str(window.session.path)
    before = {table: project.query(f"SELECT * FROM {table} ORDER BY 1")
              for table in ("events", "tags", "event_tags", "event_sources")}
    records = []
    window.session.changed.connect(records.append)

    def watch(done):
        if done == 300:  # a few steps in: the analyst presses Cancel on the dialog
            progress = window.findChild(QProgressDialog, "applyProgress")
            QTimer.singleShot(0, progress.findChild(QPushButton).click)

    _start(window, qtbot, monkeypatch, path, watch)
    qtbot.waitUntil(lambda: window.exchange.applying is None, timeout=30000)
    after = {table: project.query(f"SELECT * FROM {table} ORDER BY 1") for table in before}
    assert after == before  # not a row of the file, not its tag
    assert _outside_count(file) == 1 and not project.db.conn.in_transaction
    assert records == [] and window.session.undo_stack.count() == 0
    assert window.timeline_model.rowCount() == 1
    assert window.statusBar().currentMessage() == (
        f"Import {ROWS} events from big.csv: cancelled; nothing was imported.")
    project.events.add("Still writable")  # the connection is usable again
    assert _outside_count(file) == 2
