"""A big import is written in slices, one per event-loop turn (gui.exchange.article_import).

Why these tests: the sliced path is what keeps the window responsive while a
thousand articles go in, and it must still be ONE undo step, announce each
slice's progress, tell the views with ONE change record at the end (issue
10), and keep what it wrote, undoably, when cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton

from gui.exchange import import_worker
from gui.reading import article_list_model
from gui.reading.article_list_model import ARTICLE_ID_ROLE
from tests.conftest import write_article


def sixty_files(tmp_path, count=60):
    return [write_article(tmp_path, f"a{n:02}.txt",
                          f"Report {n}\n\nThe harbour office counted {n} ships today.")
            for n in range(count)]


def start(window, paths, slice_size=10):
    window.importer.SLICE_SIZE = slice_size
    assert window.importer.import_files(paths) == []  # 60 files: read in the background
    progress = window.findChild(QProgressDialog, "importProgress")
    assert progress is not None
    return progress


def test_sliced_import_advances_and_is_one_undo_step(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(article_list_model, "BULK_INSERT", 5)  # the list's bulk path too
    earlier = window.session.project.articles.add("Earlier report, 4 May 2024.",
                                                  title="Earlier", published="2024-05-04")
    window.session.announce(earlier.changes)
    window.select_article(int(earlier))
    progress = start(window, sixty_files(tmp_path))
    records, turns = [], []
    window.session.changed.connect(records.append)
    bar = progress.findChild(QProgressBar)

    def turn():  # what the analyst sees on each event-loop turn
        turns.append((window.session.project.articles.count(), progress.labelText(),
                      window.article_list.model().rowCount()))

    ticker = QTimer()
    ticker.timeout.connect(turn)
    ticker.start(0)
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        pass
    ticker.stop()
    assert window.session.project.articles.count() == 61
    assert window.article_list.model().rowCount() == 61
    # In the list's order (newest first); the window goes to the last one imported.
    model = window.article_list.model()
    shown = [model.index(n, 0).data(ARTICLE_ID_ROLE) for n in range(61)]
    assert shown == [a.id for a in window.session.project.articles.summaries()]
    assert window.current_article_id() == window.session.undo_stack.command(0).article_ids[-1]
    # Ten articles per transaction, the event loop ran between slices, and the
    # dialog counted them while the views waited for the one record.
    written = {count - 1 for count, _label, _shown in turns}
    assert written >= {10, 20, 30, 40, 50}
    assert "Saving articles… 30 of 60 saved" in {label for _c, label, _s in turns}
    assert {shown for _c, _l, shown in turns} <= {1, 61}
    assert len(records) == 1 and len(records[0].articles_added) == 60
    assert bar is None or bar.maximum() in (0, 60)
    assert not window.importer.busy
    # SQLite's own checkpointing, off while the slices went in, is back.
    assert window.session.project.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import 60 articles"
    stack.undo()
    assert window.session.project.articles.count() == 1
    assert window.article_list.model().rowCount() == 1
    stack.redo()
    assert window.session.project.articles.count() == 61
    assert window.article_list.model().rowCount() == 61
    assert import_worker.wait_for_all()


def test_cancel_while_writing_keeps_what_was_written_as_one_undo_step(window, qtbot,
                                                                     tmp_path):
    progress = start(window, sixty_files(tmp_path))
    cancel = progress.findChild(QPushButton)
    records = []
    window.session.changed.connect(records.append)

    def after_two_slices():  # the second slice is in: Cancel before the third
        if window.importer.writing is not None and window.importer.writing.position >= 20:
            ticker.stop()
            cancel.click()

    ticker = QTimer()
    ticker.timeout.connect(after_two_slices)
    ticker.start(0)
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        pass
    ticker.stop()
    written = window.session.project.articles.count()
    assert 20 <= written <= 40  # the slice under way when Cancel came is finished
    assert window.article_list.model().rowCount() == written
    assert len(records) == 1 and len(records[0].articles_added) == written
    assert "Import cancelled" in window.statusBar().currentMessage()
    assert not window.importer.busy
    stack = window.session.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert window.session.project.articles.count() == 0
    assert window.article_list.model().rowCount() == 0
    assert import_worker.wait_for_all()


def test_duplicates_across_slices_are_reported_once_each(window, qtbot, tmp_path):
    paths = sixty_files(tmp_path)
    paths.append(write_article(tmp_path, "again.txt", paths[3].read_text(encoding="utf-8")))
    problems = []
    window.importer.problems.connect(lambda _t, text: problems.append(text))
    start(window, paths)
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        pass
    assert window.session.project.articles.count() == 60
    assert len(problems) == 1 and "again.txt" in problems[0]
    assert problems[0].startswith("60 article(s) imported.")
    assert import_worker.wait_for_all()


def test_undoing_a_big_import_redraws_the_reading_pane_once(window, qtbot, tmp_path):
    # Each removed row used to re-render the next current article (text,
    # highlights, expressions): 1,000 articles took 6.5 s to undo.
    start(window, sixty_files(tmp_path))
    with qtbot.waitSignal(window.importer.finished, timeout=30000):
        pass
    window.select_article(window.session.project.articles.summaries()[30].id)
    assert "ships today" in window.article_view.toPlainText()
    shown = []
    original = window.reading.show_article
    window.reading.show_article = lambda *args: (shown.append(args), original(*args))
    window.session.undo_stack.undo()
    assert window.article_list.model().rowCount() == 0
    assert window.article_view.toPlainText() == ""
    assert len(shown) == 1
    shown.clear()
    window.session.undo_stack.redo()
    assert window.article_list.model().rowCount() == 60
    assert len(shown) <= 1
    assert import_worker.wait_for_all()
