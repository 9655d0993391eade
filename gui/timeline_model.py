"""The chronology as a Qt table model, kept in order as events change.

Holds compact ``TimelineRow`` records (no widgets, no article text) and
updates row by row from the session's signals, so an edit to one event in a
100,000-event project touches one row, not the whole table.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal

from gui.commands import EditEvent
from storage.records import TimelineRow
from storage.tags import parse_tags
from temporal.dates import DateParseError, parse_date

EVENT_ID_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2

DATE, TITLE, TAGS, SOURCES = range(4)
HEADERS = ("Date", "Title", "Tags", "Sources")


def row_key(row: TimelineRow) -> tuple:
    """Chronological by earliest date, narrower span first, then title; undated last."""
    if row.date is None:
        return (1, "", 0, row.title.casefold(), row.id)
    return (0, row.date.earliest.isoformat(),
            (row.date.latest - row.date.earliest).days, row.title.casefold(), row.id)


class TimelineModel(QAbstractTableModel):
    # (row, message): an edit the model refused, e.g. a date it cannot read.
    editRejected = Signal(int, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._rows: list[TimelineRow] = []
        self._keys: list[tuple] = []
        session.eventAdded.connect(self._on_added)
        session.eventRemoved.connect(self._on_removed)
        session.eventUpdated.connect(self._on_updated)
        session.reset.connect(self.reload)
        self.reload()

    # -- loading and incremental updates --------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.session.project.events.timeline()
        self._keys = [row_key(r) for r in self._rows]
        self.endResetModel()

    def row_of(self, event_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == event_id:
                return position
        return -1

    def _on_added(self, event_id: int) -> None:
        if self.row_of(event_id) >= 0:
            return self._on_updated(event_id)
        row = self.session.project.events.timeline_row(event_id)
        key = row_key(row)
        position = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self._keys.insert(position, key)
        self.endInsertRows()

    def _on_removed(self, event_id: int) -> None:
        position = self.row_of(event_id)
        if position < 0:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        del self._keys[position]
        self.endRemoveRows()

    def _on_updated(self, event_id: int) -> None:
        old = self.row_of(event_id)
        if old < 0 or not self.session.project.events.exists(event_id):
            return
        row = self.session.project.events.timeline_row(event_id)
        key = row_key(row)
        new = bisect_left(self._keys[:old] + self._keys[old + 1:], key)
        if new != old:
            # Qt's move destination is the row *before which* to insert, counted
            # in the original list: one further down when moving down.
            destination = new + 1 if new > old else new
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
            del self._rows[old]
            del self._keys[old]
            self._rows.insert(new, row)
            self._keys.insert(new, key)
            self.endMoveRows()
        else:
            self._rows[old] = row
            self._keys[old] = key
        self.dataChanged.emit(self.index(new, 0), self.index(new, len(HEADERS) - 1))

    # -- Qt model interface -----------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return flags | Qt.ItemIsEditable if index.column() != SOURCES else flags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            if column == DATE:
                return row.date.display if row.date else "undated"
            return (None, row.title, row.tags, str(row.sources))[column]
        if role == Qt.EditRole:
            if column == DATE:
                return row.date.display if row.date else ""
            return (None, row.title, row.tags, row.sources)[column]
        if role == Qt.ToolTipRole:
            if column == DATE and row.date:
                return f"{row.date.value} ({row.date.precision.value})"
            if column == TITLE:
                return row.title
        if role == Qt.TextAlignmentRole and column == SOURCES:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column == DATE and row.date is None:
            return Qt.gray
        if role == EVENT_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        column = index.column()
        text = str(value).strip()
        if column == DATE:
            if not text:
                change = ("date", None)
            else:
                try:
                    change = ("date", parse_date(text))
                except DateParseError as exc:
                    self.editRejected.emit(index.row(), str(exc))
                    return False
            if change[1] == row.date:
                return True
        elif column == TITLE:
            if not text:
                self.editRejected.emit(index.row(), "An event needs a title.")
                return False
            change = ("title", text)
        elif column == TAGS:
            change = ("tags", parse_tags(text))
        else:
            return False
        try:
            self.session.push(EditEvent(self.session, row.id, *change))
        except Exception as exc:
            self.editRejected.emit(index.row(), str(exc))
            return False
        return True

    def index_of(self, event_id: int) -> QModelIndex:
        position = self.row_of(event_id)
        return self.index(position, 0) if position >= 0 else QModelIndex()


class TimelineFilter(QSortFilterProxyModel):
    """Filters on title, tags, date and location together; keeps chronology."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self._needle = text.casefold().strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = text.casefold().strip()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._needle:
            return True
        row = self.sourceModel()._rows[source_row]
        haystack = " ".join((row.title, row.tags, row.location,
                             row.date.display if row.date else "",
                             row.date.value if row.date else "")).casefold()
        return all(word in haystack for word in self._needle.split())
