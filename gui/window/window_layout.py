"""The main window's widget helpers: filtered tables, framed panels, splitters.

They build widgets and hand them back; which panels exist and what each is
given is decided in ``gui.window.main_window``, where they are composed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.timeline.tag_delegate import TagChipDelegate
from gui.timeline.timeline_model import DATE, SOURCES, TAGS

TAGS_WIDTH = 130  # the Tags column's starting width: two or three short chips
DATE_SAMPLE = "30 Sep 2025 "  # the Date column fits a day; a longer date is elided
OUTLET = 1  # the article list's outlet column
OUTLET_SAMPLE = "Reuters"  # the outlet column's starting width; longer is elided


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


def article_columns(table: QTableView) -> None:
    """The headline takes the width of the narrow article list: the outlet gets
    a column of its own width (elided, the analyst may drag it), the published
    day and the event count fit their contents."""
    table.setProperty("columnsLayout", "titled")  # not the widths saved for fit-all columns
    header = table.horizontalHeader()
    header.setSectionResizeMode(OUTLET, QHeaderView.Interactive)
    header.resizeSection(OUTLET, table.fontMetrics().horizontalAdvance(OUTLET_SAMPLE) + 16)
    column_chooser(table)


def timeline_columns(table: QTableView) -> None:
    """The title takes the width: the date and the tags (as chips) have columns
    of their own width (the analyst may drag them; the header remembers it), a
    longer date ("28–29 Jun 2025 (weekend)") is elided with the whole in its
    tooltip, Sources fits its digits, and every column can be hidden from the
    header's context menu."""
    table.setProperty("columnsLayout", "titled")  # not the widths saved for fit-all columns
    header = table.horizontalHeader()
    header.setSectionResizeMode(DATE, QHeaderView.Interactive)
    header.resizeSection(DATE, table.fontMetrics().horizontalAdvance(DATE_SAMPLE) + 16)
    header.setSectionResizeMode(TAGS, QHeaderView.Interactive)
    header.resizeSection(TAGS, TAGS_WIDTH)
    header.setSectionResizeMode(SOURCES, QHeaderView.ResizeToContents)
    table.setItemDelegateForColumn(TAGS, TagChipDelegate(table))
    column_chooser(table)


def column_chooser(table: QTableView) -> None:
    """A context menu on the header with a check box per column; the last
    visible column cannot be hidden."""
    header = table.horizontalHeader()
    header.setContextMenuPolicy(Qt.CustomContextMenu)

    def show_menu(position) -> None:
        model = table.model()
        menu = QMenu(header, objectName=f"{table.objectName()}Columns")
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Horizontal)))
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(shown != [column])
            action.toggled.connect(
                lambda on, column=column: header.setSectionHidden(column, not on))
        menu.popup(header.mapToGlobal(position))

    header.customContextMenuRequested.connect(show_menu)


def splitter(orientation: Qt.Orientation, name: str, widgets, stretch) -> QSplitter:
    """``widgets`` side by side (or stacked), growing by the ``stretch`` factors."""
    split = QSplitter(orientation, objectName=name)
    for widget in widgets:
        split.addWidget(widget)
    for index, factor in enumerate(stretch):
        split.setStretchFactor(index, factor)
    return split
