"""What each cell of the timeline shows, and how an edit typed into one is pushed.

A mixin of TimelineModel.  The table shows these cells, the chart reads whole
rows through ``ROW_ROLE`` and every view selects by ``EVENT_ID_ROLE``; a
date, title or tags typed into a cell becomes one EditEvent (one undo step)
or an ``editRejected`` message the window shows under the table.  Kept apart from the model's row keeping (ordering,
progressive loading, incremental updates), which changes for other reasons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.commands.event_commands import EditEvent
from storage.tags import parse_tags
from temporal.dates import DateParseError, parse_date

EVENT_ID_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2

DATE, TITLE, TAGS, SOURCES = range(4)
HEADERS = ("Date", "Title", "Tags", "Sources")


class TimelineCells:
    """``flags``/``data``/``setData`` over the model's ``_loaded`` rows; edits go
    through its ``session`` and refusals out through its ``editRejected``."""

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return flags | Qt.ItemIsEditable if index.column() != SOURCES else flags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._loaded):
            return None
        row = self._loaded[index.row()]
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
        if role != Qt.EditRole or not index.isValid() or index.row() >= len(self._loaded):
            return False
        row = self._loaded[index.row()]
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
