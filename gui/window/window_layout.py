"""The main window's widget helpers: filtered tables, framed panels, splitters.

They build widgets and hand them back; which panels exist and what each is
given is decided in ``gui.window.main_window``, where they are composed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QSplitter, QTableView,
                               QVBoxLayout, QWidget)


def framed(*widgets) -> QWidget:
    """Widgets stacked in a box with a small margin."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def table_view(name: str) -> QTableView:
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


def filtered_table(model, proxy, filter_name: str, placeholder: str, table_name: str,
                   stretch: int) -> tuple[QLineEdit, QTableView]:
    """A table over ``proxy`` (of ``model``) and the line edit whose text filters
    it; column ``stretch`` takes the spare width, the others fit their contents."""
    proxy.setSourceModel(model)
    line = QLineEdit(objectName=filter_name, clearButtonEnabled=True, placeholderText=placeholder)
    line.textChanged.connect(proxy.set_text)
    table = table_view(table_name)
    table.setModel(proxy)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        header.setSectionResizeMode(
            column, QHeaderView.Stretch if column == stretch else QHeaderView.ResizeToContents)
    return line, table


def splitter(orientation: Qt.Orientation, name: str, widgets, stretch) -> QSplitter:
    """``widgets`` side by side (or stacked), growing by the ``stretch`` factors."""
    split = QSplitter(orientation, objectName=name)
    for widget in widgets:
        split.addWidget(widget)
    for index, factor in enumerate(stretch):
        split.setStretchFactor(index, factor)
    return split
