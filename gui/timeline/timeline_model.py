"""The chronology as a Qt table model, kept in order as events change.

Holds compact ``TimelineRow`` tuples (no widgets, no article text, dates
parsed only when shown) and updates row by row from the session's signals, so
an edit to one event in a 100,000-event project touches one row, not the
whole table.  For the filter (gui.timeline.timeline_filter) it keeps one lower-case
"haystack" string per row, built in small slices while the window is idle
after opening, so the first keystroke does not pay for 100,000 of them.

Opening loads progressively: ``reload`` reads only the first screen's worth
of rows (``FIRST_PAGE``, a prefix of the chronology), so the window paints
at once, and the rest follow in slices on the next event-loop turns,
appended at the end.  Anything that needs every row (a change from the
session, the filter, a lookup by id, the keys, ``_rows`` read from outside)
first finishes the load synchronously (``_ensure_complete``), so nothing
ever works on a partial timeline.

What each cell shows and how an edit to it is pushed is ``TimelineCells``
(gui.timeline.timeline_cells); this module keeps the rows and their order.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QModelIndex, QTimer, Signal, Slot

from gui.table_model import FlatTableModel
from gui.timeline.timeline_cells import EVENT_ID_ROLE, HEADERS, ROW_ROLE, TITLE, TimelineCells
from gui.timeline.timeline_filter import TimelineFilter
from storage.records import TimelineRow

__all__ = ["EVENT_ID_ROLE", "ROW_ROLE", "TITLE", "TimelineFilter", "TimelineModel", "row_key"]

WARM_SLICE = 2000  # haystacks built per idle turn: a few milliseconds
WARM_DELAY_MS = 300  # start after the first screen is painted
FIRST_PAGE = 500  # rows read before the first paint: a screen, with room to scroll
LOAD_SLICE = 5000  # rows read per later turn: ~25 ms at 100,000 events


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


class TimelineModel(TimelineCells, FlatTableModel):
    HEADERS = HEADERS

    # (row, message): an edit the model refused, e.g. a date it cannot read.
    editRejected = Signal(int, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._loaded: list[TimelineRow] = []  # the rows so far: a prefix while loading
        self._loading = False  # more rows to come (_load_slice, _ensure_complete)
        # Built on demand (first edit, first filter), then kept in step.
        self._keys: list[tuple] | None = None
        self._hay: list[str] | None = None
        self._warm: dict[int, str] = {}  # event id -> haystack, filled when idle
        self._warm_from = 0
        self._warm_timer = QTimer(self, singleShot=True, interval=0)
        self._warm_timer.timeout.connect(self._warm_slice)
        self._load_timer = QTimer(self, singleShot=True, interval=0)
        self._load_timer.timeout.connect(self._load_slice)
        session.eventAdded.connect(self._on_added)
        session.eventRemoved.connect(self._on_removed)
        session.eventUpdated.connect(self._on_updated)
        session.reset.connect(self.reload)
        self.reload()

    @property
    def _rows(self) -> list[TimelineRow]:
        """Every row, in order (finishes a load still under way)."""
        self._ensure_complete()
        return self._loaded

    def row_list(self) -> list[TimelineRow]:
        return self._loaded  # what the views see: no forced load for rowCount()

    # -- loading and incremental updates --------------------------------
    def reload(self) -> None:
        self._load_timer.stop()
        self._warm_timer.stop()
        self.beginResetModel()
        self._loaded = self.session.project.events.timeline(FIRST_PAGE)
        self._loading = len(self._loaded) == FIRST_PAGE
        self._keys = self._hay = None
        self._warm, self._warm_from = {}, 0
        self.endResetModel()
        if self._loading:
            self._load_timer.start()
        else:
            self._warm_timer.start(WARM_DELAY_MS)

    def _append(self, rows: list[TimelineRow]) -> None:
        if rows:
            start = len(self._loaded)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._loaded.extend(rows)
            self.endInsertRows()

    @Slot()
    def _load_slice(self) -> None:
        """The next slice of the chronology, appended; then yield to the event loop."""
        if not getattr(self, "_loading", False):
            return  # done, or the timer outlived the Python side of a closed window's model
        rows = self.session.project.events.timeline(LOAD_SLICE, len(self._loaded))
        self._loading = len(rows) == LOAD_SLICE
        self._append(rows)
        if self._loading:
            self._load_timer.start()
        else:
            self._warm_timer.start(WARM_DELAY_MS)

    def _ensure_complete(self) -> None:
        """Finish a progressive load now, before anything reads or changes the rows.

        The loaded rows are checked against the store's prefix: a change
        already written (whose signal brought us here) may have moved or
        added a row among them, and then the model is reset to the store's
        rows rather than left with a duplicate or a gap.
        """
        if not getattr(self, "_loading", False):
            return
        self._loading = False
        self._load_timer.stop()
        full = self.session.project.events.timeline()
        loaded = self._loaded
        if [row_key(r) for r in loaded] == [row_key(r) for r in full[:len(loaded)]]:
            self._append(full[len(loaded):])
        else:
            self.beginResetModel()
            self._loaded = full
            self._keys = self._hay = None
            self._warm, self._warm_from = {}, 0
            self.endResetModel()
        self._warm_timer.start(WARM_DELAY_MS)

    @Slot()
    def _warm_slice(self) -> None:
        """Haystacks for the next slice of rows, then yield to the event loop."""
        rows, warm = getattr(self, "_loaded", None), getattr(self, "_warm", None)
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
        self._ensure_complete()
        if self._keys is None:
            self._keys = [row_key(r) for r in self._loaded]
        return self._keys

    def haystacks(self) -> list[str]:
        self._ensure_complete()
        if self._hay is None:
            warm = self._warm
            self._hay = [warm.get(r.id) or haystack(r) for r in self._loaded]
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
        for cache, value in ((self._loaded, row), (self._keys, row_key),
                             (self._hay, haystack)):
            if cache is None:
                continue
            item = value if cache is self._loaded else value(row)
            if insert:
                cache.insert(position, item)
            else:
                cache[position] = item
        self._warm.pop(row.id, None)

    def _drop(self, position: int) -> None:
        for cache in (self._loaded, self._keys, self._hay):
            if cache is not None:
                del cache[position]

    def row_of(self, event_id: int) -> int:
        self._ensure_complete()
        for position, row in enumerate(self._loaded):
            if row.id == event_id:
                return position
        return -1

    def _on_added(self, event_id: int) -> None:
        self._ensure_complete()
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

    def index_of(self, event_id: int) -> QModelIndex:
        position = self.row_of(event_id)
        return self.index(position, 0) if position >= 0 else QModelIndex()
