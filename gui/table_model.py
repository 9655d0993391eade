"""What every table model of the window shares: flat rows under fixed headers."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class FlatTableModel(QAbstractTableModel):
    """A list of rows under ``HEADERS``; subclasses say where the list is."""

    HEADERS: tuple[str, ...] = ()

    def row_list(self) -> list:
        return self._rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self.row_list())

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.HEADERS[section]
        return None

    def move_persistent_after_merge(self, places: list[int], count: int) -> None:
        """Point Qt's persistent indexes (the selection, the current row) at their
        rows once new rows, appended after the ``count`` old ones, are merged in
        at ``places`` (each new row's position among the old rows, ascending).

        A large import goes in as one insertion at the end and one layout change
        instead of a ``beginInsertRows`` per row; the caller emits
        ``layoutAboutToBeChanged`` before and ``layoutChanged`` after.
        """
        moved_from = self.persistentIndexList()
        moved_to = []
        for index in moved_from:
            row = index.row()
            if not index.isValid():
                moved_to.append(QModelIndex())
                continue
            target = (row + bisect_right(places, row) if row < count
                      else places[row - count] + row - count)
            moved_to.append(self.index(target, index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
