"""The main window's widget tree: which views exist, where they sit, how big.

The arrangement of panes, tabs and splitters changes for reasons of its own
(a new tab, a different default size) and is long; kept here, it stays out of
the way of ``gui.window.main_window``, which wires the views together and decides
what the current article and event are.  ``lay_out`` sets the views as
attributes of the window, so everything else still finds them there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QLineEdit, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from gui.reading.article_list_model import ArticleFilter, ArticleListModel
from gui.chart.chart_panel import ChartPanel
from gui.timeline.event_panel import EventPanel
from gui.reading.reading_pane import ReadingPane
from gui.suggestions.suggestions_panel import SuggestionsPanel
from gui.timeline.timeline_model import TimelineFilter, TimelineModel
from storage.search import matching_articles


def _panel(*widgets) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _table(name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.ExtendedSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.horizontalHeader().setHighlightSections(False)
    # Columns sized to their contents look at the rows on screen only: by
    # default Qt samples 1,000 rows, 200,000 Python data() calls at 100,000 events.
    table.horizontalHeader().setResizeContentsPrecision(0)
    return table


def _filtered(model, proxy, filter_name: str, placeholder: str, table_name: str):
    """A table over ``proxy`` and the line edit whose text filters it."""
    proxy.setSourceModel(model)
    line = QLineEdit(objectName=filter_name, clearButtonEnabled=True, placeholderText=placeholder)
    line.textChanged.connect(proxy.set_text)
    table = _table(table_name)
    table.setModel(proxy)
    return line, table


def lay_out(window, session) -> None:
    """Build the views into ``window``: articles on the left, the text in the
    centre, the timeline, chart and suggestions above the event panel on the right."""
    # Left: articles.
    window.article_model = ArticleListModel(session, window)
    window.article_proxy = ArticleFilter(
        window, search=lambda text: matching_articles(session.project, text))
    window.article_filter, window.article_list = _filtered(
        window.article_model, window.article_proxy, "articleFilter",
        "Search articles (titles and texts)…", "articleList")
    window.article_list.setSelectionMode(QAbstractItemView.SingleSelection)
    header = window.article_list.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    for column in (1, 2, 3):
        header.setSectionResizeMode(column, QHeaderView.ResizeToContents)

    # Centre: the text.
    window.reading = ReadingPane(session)
    window.article_view, window.banner = window.reading.view, window.reading.banner

    # Right: the timeline and the event panel.
    window.timeline_model = TimelineModel(session, window)
    window.timeline_proxy = TimelineFilter(window)
    window.timeline_filter, window.timeline_table = _filtered(
        window.timeline_model, window.timeline_proxy, "timelineFilter",
        "Filter timeline (title, tag, date)…", "timelineTable")
    window.timeline_table.setEditTriggers(QAbstractItemView.DoubleClicked
                                          | QAbstractItemView.EditKeyPressed
                                          | QAbstractItemView.AnyKeyPressed)
    header = window.timeline_table.horizontalHeader()
    header.setSectionResizeMode(1, QHeaderView.Stretch)
    for column in (0, 2, 3):
        header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
    window.timeline_message = QLabel(objectName="timelineMessage", wordWrap=True)
    window.timeline_message.setStyleSheet("color: #b00020;")
    window.timeline_message.hide()
    window.event_panel = EventPanel(session)

    window.right_tabs = QTabWidget(objectName="rightTabs")
    window.right_tabs.addTab(_panel(window.timeline_filter, window.timeline_table,
                                         window.timeline_message), "&Timeline")
    window.chart = ChartPanel(window)
    window.right_tabs.addTab(window.chart, "C&hart")
    window.suggestions = SuggestionsPanel(session)
    window.right_tabs.addTab(window.suggestions, "&Suggestions")
    window.right_split = QSplitter(Qt.Vertical, objectName="rightSplitter")
    window.right_split.addWidget(window.right_tabs)
    window.right_split.addWidget(window.event_panel)
    window.right_split.setStretchFactor(0, 3)
    window.right_split.setStretchFactor(1, 2)
    window.main_split = QSplitter(Qt.Horizontal, objectName="mainSplitter")
    window.main_split.addWidget(_panel(window.article_filter, window.article_list))
    window.main_split.addWidget(window.reading)
    window.main_split.addWidget(window.right_split)
    window.main_split.setStretchFactor(0, 2)
    window.main_split.setStretchFactor(1, 4)
    window.main_split.setStretchFactor(2, 4)
    window.setCentralWidget(window.main_split)
    window.resize(1440, 880)
    window.main_split.setSizes([300, 600, 540])
    window.right_split.setSizes([480, 400])
