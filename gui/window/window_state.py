"""Remembered layout and recent projects, through QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter, QTableView

RECENT_KEY = "recentProjects"
RECENT_LIMIT = 10


def settings() -> QSettings:
    return QSettings()


def recent_projects() -> list[str]:
    value = settings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def remember_project(path: str) -> None:
    paths = [path] + [p for p in recent_projects() if p != path]
    store = settings()
    store.setValue(RECENT_KEY, paths[:RECENT_LIMIT])
    store.setValue("lastProject", path)


def _columns_key(table: QTableView) -> str:
    """A table whose columns changed meaning sets a ``columnsLayout`` property, so
    the widths saved for its old columns are not put on the new ones."""
    layout = table.property("columnsLayout")
    return f"columns/{table.objectName()}" + (f"/{layout}" if layout else "")


class WindowState:
    """Geometry, toolbar/dock state, every named splitter and the columns of every
    named table of one window."""

    def __init__(self, window):
        self.window = window

    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.window.findChildren(QSplitter) if s.objectName()]

    def _tables(self) -> list[QTableView]:
        return [t for t in self.window.findChildren(QTableView) if t.objectName()]

    def restore(self) -> None:
        store = settings()
        geometry = store.value("window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        state = store.value("window/state")
        if state is not None:
            self.window.restoreState(state)
        for splitter in self._splitters():
            sizes = store.value(f"splitters/{splitter.objectName()}")
            if sizes is not None:
                splitter.restoreState(sizes)
        for table in self._tables():  # hidden columns, widths the analyst dragged
            columns = store.value(_columns_key(table))
            if columns is not None:
                _restore_columns(table, columns)

    def save(self) -> None:
        store = settings()
        store.setValue("window/geometry", self.window.saveGeometry())
        store.setValue("window/state", self.window.saveState())
        for splitter in self._splitters():
            store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        for table in self._tables():
            store.setValue(_columns_key(table), table.horizontalHeader().saveState())


def _restore_columns(table: QTableView, columns) -> None:
    """Widths and hidden columns as the analyst left them, but each column's
    resize mode as this version sets it: Qt's saved header state carries the
    modes too, and one saved by an older version (every column fitting its
    contents) would otherwise let a long date push the titles out of view."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(column) for column in range(header.count())]
    header.restoreState(columns)
    for column, mode in enumerate(modes[:header.count()]):
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)
