"""Saved column layouts bring back the analyst's widths, never an older
version's resize modes: a header state saved when every column fitted its
contents must not let one long date push the titles out of view."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from gui.reading.article_list_model import HEADERS as ARTICLE_HEADERS
from gui.session import ProjectSession
from gui.timeline.timeline_model import DATE, TITLE
from gui.window.main_window import MainWindow
from gui.window.window_layout import OUTLET
from gui.window.window_state import _columns_key, settings
from storage import Project
from temporal.dates import parse_date

DISAGREEING = "1 Jul 2025 ⚠ 29–30 Jun 2025 (Volga Daily) · 1 Jul 2025 (Northern Wire, Harbour Post)"


def _fit_all_state(columns: int) -> bytes:
    """A header state as the previous release saved it: every column fitting its contents."""
    table = QTableView()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    model = QStandardItemModel(1, columns)
    table.setModel(model)
    for column in range(columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
    return header.saveState()


def _window(qtbot, path) -> MainWindow:
    project = Project(path)
    project.events.add("Drones struck a chemical plant in Dzerzhinsk", parse_date("1 Jul 2025"))
    win = MainWindow(ProjectSession(project))
    qtbot.addWidget(win)
    win.resize(1440, 880)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_old_fit_all_layouts_do_not_come_back(qtbot, tmp_path):
    first = _window(qtbot, tmp_path / "a.sqlite")
    keys = [(_columns_key(first.timeline_table), 4),
            (_columns_key(first.article_list), len(ARTICLE_HEADERS))]
    first.close()  # closing saves this window's layout; the old one is put in after
    store = settings()
    for key, columns in keys:
        store.setValue(key, _fit_all_state(columns))

    win = _window(qtbot, tmp_path / "b.sqlite")
    win.state.restore()
    header = win.timeline_table.horizontalHeader()
    assert header.sectionResizeMode(DATE) == QHeaderView.Interactive
    assert header.sectionResizeMode(TITLE) == QHeaderView.Stretch
    articles = win.article_list.horizontalHeader()
    assert articles.sectionResizeMode(OUTLET) == QHeaderView.Interactive
    assert articles.sectionResizeMode(0) == QHeaderView.Stretch
    win.close()


def test_a_long_date_is_elided_not_widened(qtbot, tmp_path):
    win = _window(qtbot, tmp_path / "p.sqlite")
    header = win.timeline_table.horizontalHeader()
    width = header.sectionSize(DATE)
    metrics = win.timeline_table.fontMetrics()
    assert metrics.horizontalAdvance(DISAGREEING) > width  # it would not fit
    win.state.save()
    win.state.restore()
    assert header.sectionSize(DATE) == width
    assert header.sectionSize(TITLE) > width
    win.close()
