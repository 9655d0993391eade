"""The chronology as a Qt table model, kept in order as events change.

Holds compact ``TimelineRow`` tuples (no widgets, no article text, dates
parsed only when shown) and updates row by row from the session's change record, so
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

Each cell shows a field of its row; the chart reads whole rows through
``ROW_ROLE`` and every view selects by ``EVENT_ID_ROLE``.  A date, title or
tags typed into a cell becomes one EditEvent (one undo step) or an
``editRejected`` message the window shows under the table.  The order and the
filter's matching are plain rules in ``storage.timeline_order``.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot

from gui.commands.event_commands import EditEvent
from gui.table_model import FlatTableModel
from storage.records import TimelineRow
from storage.tags import parse_tags
from storage.timeline_order import haystack, matching, row_key
from temporal.dates import DateParseError, parse_date

EVENT_ID_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2

DATE, TITLE, TAGS, SOURCES = range(4)
HEADERS = ("Date", "Title", "Tags", "Sources")

WARM_SLICE = 2000  # haystacks built per idle turn: a few milliseconds
WARM_DELAY_MS = 300  # start after the first screen is painted
FIRST_PAGE = 500  # rows read before the first paint: a screen, with room to scroll
LOAD_SLICE = 5000  # rows read per later turn: ~25 ms at 100,000 events
BULK_INSERT = 200  # more new rows than this in one record: one insertion and a layout change


def sources_text(row: TimelineRow) -> str:
    """The Sources cell: distinct outlets, a single source or a lost one marked,
    "dates differ" when the sources disagree on the day."""
    if row.sources_lost and not row.sources:
        text = "0 ⚠ no source left"
    elif row.sources == 1:
        text = "1 · single source"
    else:
        text = str(row.sources)
    return f"{text} · dates differ" if row.dates_differ else text


def sources_tooltip(row: TimelineRow) -> str:
    lines = [f"{row.sources} distinct outlet{'s' if row.sources != 1 else ''} "
             "(linked passages and the sources cited by imported rows)"]
    if row.sources == 1:
        lines.append("Rests on a single source (type “single-source” in the filter to "
                     "list these).")
    if row.sources_lost:
        lines.append("Its last source was deleted with its article (“no-source”).")
    if row.dates_differ:
        lines.append(f"The sources give different dates: {row.dates_differ} "
                     "(“dates-differ”).")
    return "\n".join(lines)


class TimelineModel(FlatTableModel):
    HEADERS = HEADERS

    # (row, message): an edit the model refused, e.g. a date it cannot read.
    editRejected = Signal(int, str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._loaded: list[TimelineRow] = []  # the rows so far: a prefix while loading
        self._loading = False  # more rows to come (_load_slice, _ensure_complete)
        self._pending: list[int] = []  # ids of a large import's rows, shown a slice a turn
        # Built on demand (first edit, first filter), then kept in step.
        self._keys: list[tuple] | None = None
        self._hay: list[str] | None = None
        self._warm: dict[int, str] = {}  # event id -> haystack, filled when idle
        self._warm_from = 0
        self._warm_timer = QTimer(self, singleShot=True, interval=0)
        self._warm_timer.timeout.connect(self._warm_slice)
        self._load_timer = QTimer(self, singleShot=True, interval=0)
        self._load_timer.timeout.connect(self._load_slice)
        session.changed.connect(self._on_changed)
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
        self._pending = []
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
        if getattr(self, "_pending", None) and self.session.closed:
            self._pending = []  # the window went before its table was filled
            return
        if getattr(self, "_pending", None):  # a large import's rows, a slice a turn
            # (queued only once the model was complete: no progressive load under way)
            ids, self._pending = self._pending[:LOAD_SLICE], self._pending[LOAD_SLICE:]
            self._add_rows(ids)
            if self._pending:
                self._load_timer.start()
            return
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
        added a row among them.  Then the model is brought to the store's
        rows by removals, one insertion and a layout change that carries the
        selection and the current row along by event id (``_reconcile``),
        never by a reset, which would lose both and the scroll position.
        """
        pending = getattr(self, "_pending", None)
        if pending:  # a large import's rows not shown yet: all of them now
            self._pending = []
            self._load_timer.stop()
            self._add_rows(pending)
        if not getattr(self, "_loading", False):
            return
        self._loading = False
        self._load_timer.stop()
        full = self.session.project.events.timeline()
        loaded = self._loaded
        if [row_key(r) for r in loaded] == [row_key(r) for r in full[:len(loaded)]]:
            self._append(full[len(loaded):])
        else:
            self._reconcile(full)
        self._warm_timer.start(WARM_DELAY_MS)

    def _reconcile(self, full: list[TimelineRow]) -> None:
        """Make the rows ``full`` without a reset (see ``_ensure_complete``)."""
        wanted = {row.id: position for position, row in enumerate(full)}
        self._keys = self._hay = None
        self._warm, self._warm_from = {}, 0
        for position in range(len(self._loaded) - 1, -1, -1):  # gone from the store
            if self._loaded[position].id not in wanted:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._loaded[position]
                self.endRemoveRows()
        present = {row.id for row in self._loaded}
        self._append([row for row in full if row.id not in present])
        self.layoutAboutToBeChanged.emit()
        old = self._loaded
        before = {row.id: row for row in old}
        moved_from = self.persistentIndexList()
        moved_to = [self.index(wanted[old[index.row()].id], index.column())
                    if index.isValid() and index.row() < len(old) else QModelIndex()
                    for index in moved_from]
        self._loaded = full
        self.changePersistentIndexList(moved_from, moved_to)
        self.layoutChanged.emit()
        for position, row in enumerate(full):  # the rows the change rewrote
            if before.get(row.id, row) != row:
                self.dataChanged.emit(self.index(position, 0),
                                      self.index(position, len(HEADERS) - 1))

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
        return matching(self.haystacks(), words, among)

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

    def _on_changed(self, changes) -> None:
        """Rows out, rows in, rows read again (a source count follows the
        passages): only those the record names."""
        for event_id in changes.events_removed:
            self._on_removed(event_id)
        added = changes.events_added
        if len(added) == 1:
            self._on_added(next(iter(added)))
        elif len(added) > LOAD_SLICE:  # a large import: read and shown over a few turns
            self._ensure_complete()
            self._pending.extend(sorted(added))
            self._load_timer.start()
        elif added:  # an import, or the undo of one: one read for all of them
            self._ensure_complete()
            self._add_rows(added)
        touched = changes.events_updated | {e for _a, e in changes.passages}
        for event_id in touched - changes.events_added - changes.events_removed:
            self._on_updated(event_id)

    def _add_rows(self, added) -> None:
        """Rows the record added (or an undo brought back), read in one query;
        the model is complete (the caller saw to it)."""
        present = {row.id for row in self._loaded}
        fresh = []
        for row in self.session.project.events.timeline_rows(added):
            if row.id in present:
                self._on_updated(row.id)
            else:
                fresh.append(row)
        if len(fresh) > BULK_INSERT or self._pending:
            self._insert_many(fresh)
        else:
            for row in fresh:
                self._insert_row(row)

    def _on_added(self, event_id: int) -> None:
        self._ensure_complete()
        if self.row_of(event_id) >= 0:
            return self._on_updated(event_id)
        self._insert_row(self.session.project.events.timeline_row(event_id))

    def _insert_many(self, rows: list[TimelineRow]) -> None:
        """Many new rows (a large import): appended in one insertion, then put in
        their places by one layout change that carries selection and scroll along.

        A beginInsertRows per row took 4.7 s for 100,000 rows (issue 16), and a
        re-sort of everything per slice most of a second; here the new rows are
        merged into the sorted rows by bisection on the kept keys, the long runs
        between them copied as slices."""
        keys = self._keys  # not keys(): that would take the rest of a pending import now
        if keys is None:
            keys = self._keys = [row_key(row) for row in self._loaded]
        rows = sorted(rows, key=row_key)
        new_keys = [row_key(row) for row in rows]
        places = [bisect_left(keys, key) for key in new_keys]  # in the old rows
        hay = self._hay
        lists = [(self._loaded, rows), (keys, new_keys)]
        if hay is not None:
            lists.append((hay, [haystack(row) for row in rows]))
        merged: list[list] = [[] for _ in lists]
        previous = 0
        for n, place in enumerate(places):
            for (old, new), out in zip(lists, merged):
                out.extend(old[previous:place])
                out.append(new[n])
            previous = place
        for (old, _new), out in zip(lists, merged):
            out.extend(old[previous:])
        count = len(self._loaded)
        self._append(rows)  # placeholders at the end; the layout change puts them in place
        self.layoutAboutToBeChanged.emit()
        self._loaded, self._keys = merged[0], merged[1]
        if hay is not None:
            self._hay = merged[2]
        self.move_persistent_after_merge(places, count)
        self.layoutChanged.emit()
        self._warm_timer.start(WARM_DELAY_MS)

    def _insert_row(self, row: TimelineRow) -> None:
        """A row not in the model yet, at its place in the chronology."""
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
        if old < 0:
            return
        try:
            row = self.session.project.events.timeline_row(event_id)
        except KeyError:  # gone since (a later part of the same record removes it)
            return
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

    # -- cells: what each shows, and how an edit typed into one is pushed --------
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
                shown = row.date.display if row.date else "undated"
                return f"{shown} ⚠ {row.dates_differ}" if row.dates_differ else shown
            if column == SOURCES:
                return sources_text(row)
            return (None, row.title, row.tags)[column]
        if role == Qt.EditRole:
            if column == DATE:
                return row.date.display if row.date else ""
            return (None, row.title, row.tags, row.sources)[column]
        if role == Qt.ToolTipRole:
            if column == DATE and row.dates_differ:
                return f"The sources disagree: {row.dates_differ}"
            if column == DATE and row.date:
                return f"{row.date.display}\n{row.date.value} ({row.date.precision.value})"
            if column == TITLE:
                return row.title
            if column == TAGS and row.tags:  # the chips show names; here each kind too
                return "\n".join(str(tag) for tag in parse_tags(row.tags))
            if column == SOURCES:
                return sources_tooltip(row)
        if role == Qt.TextAlignmentRole and column == SOURCES:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column == DATE and row.date is None:
            return Qt.gray
        if role == Qt.ForegroundRole and column == SOURCES and (
                row.sources <= 1 or row.dates_differ):
            return Qt.darkRed if row.sources_lost or row.dates_differ else Qt.darkYellow
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
