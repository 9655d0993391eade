"""The chronology as a Qt table model, kept in order as events change.

Holds compact ``TimelineRow`` tuples (no widgets, no article text, dates
parsed only when shown) and updates row by row from the session's signals, so
an edit to one event in a 100,000-event project touches one row, not the
whole table.  For the filter (gui.timeline_filter) it keeps one lower-case
"haystack" string per row, built in small slices while the window is idle
after opening, so the first keystroke does not pay for 100,000 of them.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot

from gui.table_model import FlatTableModel
from gui.commands import EditEvent
from gui.timeline_filter import TimelineFilter
from storage.records import TimelineRow
from storage.tags import parse_tags
from temporal.dates import DateParseError, parse_date

__all__ = ["EVENT_ID_ROLE", "ROW_ROLE", "TimelineFilter", "TimelineModel", "row_key"]

EVENT_ID_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2

DATE, TITLE, TAGS, SOURCES = range(4)
HEADERS = ("Date", "Title", "Tags", "Sources")
WARM_SLICE = 2000  # haystacks built per idle turn: a few milliseconds
WARM_DELAY_MS = 300  # start after the first screen is painted


def row_key(row: TimelineRow) -> tuple:
    """Chronological by earliest date, narrower span first, then title; undated last."""
    if not row.value:
        return (1, "", 0, row.title.casefold(), row.id)
    return (0, row.earliest, row.span, row.title.casefold(), row.id)


def haystack(row: TimelineRow) -> str:
    """What the filter searches: title, tags, place, and the date as shown and stored."""
    date = row.date
    return " ".join((row.title, row.tags, row.location, date.display if date else "",
                     row.value)).casefold()


class TimelineModel(FlatTableModel):
    HEADERS = HEADERS

    # (row, message): an edit the model refused, e.g. a date it cannot read.
    editRejected = Signal(int, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._rows: list[TimelineRow] = []
        # Built on demand (first edit, first filter), then kept in step.
        self._keys: list[tuple] | None = None
        self._hay: list[str] | None = None
        self._warm: dict[int, str] = {}  # event id -> haystack, filled when idle
        self._warm_from = 0
        self._warm_timer = QTimer(self, singleShot=True, interval=0)
        self._warm_timer.timeout.connect(self._warm_slice)
        session.eventAdded.connect(self._on_added)
        session.eventRemoved.connect(self._on_removed)
        session.eventUpdated.connect(self._on_updated)
        session.reset.connect(self.reload)
        self.reload()

    # -- loading and incremental updates --------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.session.project.events.timeline()
        self._keys = self._hay = None
        self._warm, self._warm_from = {}, 0
        self.endResetModel()
        self._warm_timer.start(WARM_DELAY_MS)

    @Slot()
    def _warm_slice(self) -> None:
        """Haystacks for the next slice of rows, then yield to the event loop."""
        rows, warm = getattr(self, "_rows", None), getattr(self, "_warm", None)
        if rows is None or warm is None:
            return  # the timer outlived the Python side of a closed window's model
        end = min(self._warm_from + WARM_SLICE, len(rows))
        for row in rows[self._warm_from:end]:
            if row.id not in warm:
                warm[row.id] = haystack(row)
        self._warm_from = end
        if end < len(rows) and self._hay is None:
            self._warm_timer.start(0)

    def keys(self) -> list[tuple]:
        if self._keys is None:
            self._keys = [row_key(r) for r in self._rows]
        return self._keys

    def haystacks(self) -> list[str]:
        if self._hay is None:
            warm = self._warm
            self._hay = [warm.get(r.id) or haystack(r) for r in self._rows]
            self._warm = {}
        return self._hay

    def matching_rows(self, words, among=None) -> list[int]:
        """Rows (ascending) whose haystack holds every word; ``among`` narrows the search."""
        hay = self.haystacks()
        rows = among
        for word in words:
            if rows is None:
                rows = [i for i, text in enumerate(hay) if word in text]
            else:
                rows = [i for i in rows if word in hay[i]]
        return list(range(len(hay))) if rows is None else rows

    def _store(self, position: int, row: TimelineRow, *, insert: bool) -> None:
        """Put ``row`` at ``position`` in the rows and in whichever caches exist."""
        for cache, value in ((self._rows, row), (self._keys, row_key),
                             (self._hay, haystack)):
            if cache is None:
                continue
            item = value if cache is self._rows else value(row)
            if insert:
                cache.insert(position, item)
            else:
                cache[position] = item
        self._warm.pop(row.id, None)

    def _drop(self, position: int) -> None:
        for cache in (self._rows, self._keys, self._hay):
            if cache is not None:
                del cache[position]

    def row_of(self, event_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == event_id:
                return position
        return -1

    def _on_added(self, event_id: int) -> None:
        if self.row_of(event_id) >= 0:
            return self._on_updated(event_id)
        row = self.session.project.events.timeline_row(event_id)
        position = bisect_left(self.keys(), row_key(row))
        self.beginInsertRows(QModelIndex(), position, position)
        self._store(position, row, insert=True)
        self.endInsertRows()

    def _on_removed(self, event_id: int) -> None:
        position = self.row_of(event_id)
        if position < 0:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        self._drop(position)
        self.endRemoveRows()

    def _on_updated(self, event_id: int) -> None:
        old = self.row_of(event_id)
        if old < 0 or not self.session.project.events.exists(event_id):
            return
        row = self.session.project.events.timeline_row(event_id)
        keys = self.keys()
        key = row_key(row)
        new = bisect_left(keys, key, 0, old)
        if new == old:  # not before its old place: look after it
            new = bisect_left(keys, key, old + 1) - 1
        if new != old:
            # Qt's move destination is the row *before which* to insert, counted
            # in the original list: one further down when moving down.
            destination = new + 1 if new > old else new
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
            self._drop(old)
            self._store(new, row, insert=True)
            self.endMoveRows()
        else:
            self._store(old, row, insert=False)
        self.dataChanged.emit(self.index(new, 0), self.index(new, len(HEADERS) - 1))

    # -- Qt model interface -----------------------------------------------
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
