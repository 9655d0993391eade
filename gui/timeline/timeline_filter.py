"""The timeline filter: the rows whose title, tags, place or date hold every word typed.

Not a QSortFilterProxyModel, on purpose.  That one calls a Python
``filterAcceptsRow`` once per row on every keystroke (100,000 calls, most of
the 50 ms a keystroke may take) and announces scattered removals one run at a
time (seconds).  Here the match is one list comprehension over the model's
precomputed haystacks (``TimelineModel.matching_rows``), the proxy keeps the
matching source rows as a sorted list, and a new filter is one layout change
that keeps the selection on the rows that stay.  Edits, inserts, moves and
removals in the source are passed on row by row, as a sort/filter proxy would.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from storage.timeline_order import narrows


class TimelineFilter(QAbstractProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._visible: list[int] | None = None  # sorted source rows; None: all
        self._removing: tuple[int, int] | None = None
        self._moving: tuple | None = None
        self._connections: list = []
        self._layout: list | None = None  # (proxy index, source index) across a layout change

    # -- source ------------------------------------------------------------
    def setSourceModel(self, model) -> None:
        self.beginResetModel()
        for signal, slot in self._connections:
            signal.disconnect(slot)
        super().setSourceModel(model)
        self._connections = [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.layoutAboutToBeChanged, self._before_layout),
            (model.layoutChanged, self._after_layout),
            (model.rowsAboutToBeInserted, self._before_insert),
            (model.rowsInserted, self._inserted),
            (model.rowsAboutToBeRemoved, self._before_remove),
            (model.rowsRemoved, self._removed),
            (model.rowsAboutToBeMoved, self._before_move),
            (model.rowsMoved, self._moved),
            (model.dataChanged, self._data_changed),
            (model.headerDataChanged, self.headerDataChanged),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self._visible = self._match(None) if self._words else None
        self.endResetModel()

    def _match(self, among: list[int] | None) -> list[int]:
        return self.sourceModel().matching_rows(self._words, among)

    def _accepts(self, source_row: int) -> bool:
        return bool(self.sourceModel().matching_rows(self._words, [source_row]))

    # -- the filter ----------------------------------------------------------
    def set_text(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        among = self._visible if narrows(self._words, words) else None
        self._words = words
        if self.sourceModel() is None or (not words and self._visible is None):
            return
        self._relayout(self._match(among) if words else None)

    def _relayout(self, visible: list[int] | None) -> None:
        """One layout change; persistent indexes (selection, current) follow their rows."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        sources = [(self._source_row(i.row()), i.column()) for i in old]
        self._visible = visible
        new = []
        for source_row, column in sources:
            row = self._proxy_row(source_row) if source_row >= 0 else -1
            new.append(self.index(row, column) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- mapping ---------------------------------------------------------------
    def _source_row(self, row: int) -> int:
        if self._visible is None:
            return row
        return self._visible[row] if 0 <= row < len(self._visible) else -1

    def _proxy_row(self, source_row: int) -> int:
        if self._visible is None:
            return source_row
        position = bisect_left(self._visible, source_row)
        if position < len(self._visible) and self._visible[position] == source_row:
            return position
        return -1

    def mapToSource(self, index):
        source = self.sourceModel()
        if source is None or not index.isValid():
            return QModelIndex()
        row = self._source_row(index.row())
        return source.index(row, index.column()) if row >= 0 else QModelIndex()

    def mapFromSource(self, index):
        if not index.isValid():
            return QModelIndex()
        row = self._proxy_row(index.row())
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    # -- Qt model interface ------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if parent.isValid() or not (0 <= row < self.rowCount()
                                    and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child=None):
        if child is None:  # QObject.parent()
            return QObject.parent(self)
        return QModelIndex()

    def sibling(self, row, column, _index):
        return self.index(row, column)

    def hasChildren(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self.rowCount() > 0

    def rowCount(self, parent=QModelIndex()) -> int:
        source = self.sourceModel()
        if parent.isValid() or source is None:
            return 0
        return source.rowCount() if self._visible is None else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def data(self, index, role=Qt.DisplayRole):
        return self.sourceModel().data(self.mapToSource(index), role) if index.isValid() else None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        return self.sourceModel().headerData(section, orientation, role)

    # -- following the source, row by row -----------------------------------------
    def _source_reset(self) -> None:
        self._visible = self._match(None) if self._words else None
        self.endResetModel()

    def _before_layout(self, *_args) -> None:
        """The source reorders its rows: the proxy's persistent indexes (selection,
        current row) are held as source indexes, which the source moves along."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        self._layout = [(index, QPersistentModelIndex(self.mapToSource(index))) for index in old]

    def _after_layout(self, *_args) -> None:
        self._visible = self._match(None) if self._words else None
        old, new = [], []
        for index, source in self._layout or []:
            old.append(index)
            mapped = (self.mapFromSource(self.sourceModel().index(source.row(), source.column()))
                      if source.isValid() else QModelIndex())
            new.append(mapped)
        self._layout = None
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _before_insert(self, _parent, first: int, last: int) -> None:
        if self._visible is None:
            self.beginInsertRows(QModelIndex(), first, last)

    def _inserted(self, _parent, first: int, last: int) -> None:
        if self._visible is None:
            self.endInsertRows()
            return
        # The source has the new rows already: renumber first, so that the rows
        # the proxy shows stay right while it announces the insertion.
        count = last - first + 1
        position = bisect_left(self._visible, first)
        self._visible = [r + count if r >= first else r for r in self._visible]
        added = [r for r in range(first, last + 1) if self._accepts(r)]
        if added:
            self.beginInsertRows(QModelIndex(), position, position + len(added) - 1)
            self._visible[position:position] = added
            self.endInsertRows()

    def _before_remove(self, _parent, first: int, last: int) -> None:
        if self._visible is None:
            self.beginRemoveRows(QModelIndex(), first, last)
            return
        low = bisect_left(self._visible, first)
        high = bisect_left(self._visible, last + 1)
        self._removing = (low, high)
        if high > low:
            self.beginRemoveRows(QModelIndex(), low, high - 1)

    def _removed(self, _parent, first: int, last: int) -> None:
        if self._visible is None:
            self.endRemoveRows()
            return
        low, high = self._removing or (0, 0)
        count = last - first + 1
        kept = self._visible[:low] + self._visible[high:]
        self._visible = [r - count if r > last else r for r in kept]
        if high > low:
            self.endRemoveRows()

    def _before_move(self, _parent, start: int, end: int, _dest_parent, dest: int) -> None:
        if self._visible is None:
            self.beginMoveRows(QModelIndex(), start, end, QModelIndex(), dest)
            return
        low = bisect_left(self._visible, start)
        high = bisect_left(self._visible, end + 1)
        target = bisect_left(self._visible, dest)
        moves = high > low and not low <= target <= high
        self._moving = (start, end, dest, moves)
        if moves:
            self.beginMoveRows(QModelIndex(), low, high - 1, QModelIndex(), target)

    def _moved(self, *_args) -> None:
        if self._visible is None:
            self.endMoveRows()
            return
        start, end, dest, moves = self._moving
        count = end - start + 1

        def new_row(row: int) -> int:
            if start <= row <= end:
                return row - start + (dest - count if dest > end else dest)
            if dest > end and end < row < dest:
                return row - count
            if dest < start and dest <= row < start:
                return row + count
            return row

        self._visible = sorted(new_row(r) for r in self._visible)
        if moves:
            self.endMoveRows()

    def _data_changed(self, top_left, bottom_right, roles=()) -> None:
        if self._visible is None:
            self.dataChanged.emit(self.index(top_left.row(), top_left.column()),
                                  self.index(bottom_right.row(), bottom_right.column()), roles)
            return
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            row, wanted = self._proxy_row(source_row), self._accepts(source_row)
            if row >= 0 and wanted:
                self.dataChanged.emit(self.index(row, top_left.column()),
                                      self.index(row, bottom_right.column()), roles)
            elif row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._visible[row]
                self.endRemoveRows()
            elif wanted:
                position = bisect_left(self._visible, source_row)
                self.beginInsertRows(QModelIndex(), position, position)
                self._visible.insert(position, source_row)
                self.endInsertRows()
