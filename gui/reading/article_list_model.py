"""The project's articles as a Qt table model (summaries only, never texts)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from gui.table_model import FlatTableModel
from storage.records import published_date

ARTICLE_ID_ROLE = Qt.UserRole + 1
TITLE, OUTLET, PUBLISHED, EVENTS = range(4)
HEADERS = ("Title", "Outlet", "Published", "Events")
BULK_INSERT = 100  # more new articles than this in one record: one insertion, one layout change


def published_display(published: str) -> str:
    day = published_date(published)
    return f"{day.day} {day:%b %Y}" if day else "no date"


class ArticleListModel(FlatTableModel):
    HEADERS = HEADERS

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._rows = []
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.session.project.articles.summaries()
        self.endResetModel()

    @staticmethod
    def _key(summary) -> tuple:
        # Newest first, as summaries() orders them.
        return (summary.published, summary.id)

    def _position_for(self, summary) -> int:
        """The first row older than ``summary``: a binary search (the rows are
        newest first), so importing into 10,000 articles stays quick."""
        key, rows, key_of = self._key(summary), self._rows, self._key
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            if key_of(rows[middle]) < key:
                high = middle
            else:
                low = middle + 1
        return low

    def _on_changed(self, changes) -> None:
        """Rows out, rows in, rows updated (an article's event count follows its
        passages): only those the record names."""
        if changes.articles_removed:
            self._remove(changes.articles_removed)
        if changes.articles_added:
            summaries = self.session.project.articles.summaries(changes.articles_added)
            if len(summaries) > BULK_INSERT:
                self._insert_many(summaries)
            else:
                for summary in summaries:
                    self._insert(summary)
        touched = changes.articles_updated | {a for a, _e in changes.passages}
        for article_id in touched - changes.articles_added - changes.articles_removed:
            self._on_updated(article_id)

    def _insert(self, summary) -> None:
        position = self._position_for(summary)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, summary)
        self.endInsertRows()

    def _insert_many(self, summaries) -> None:
        """Many new rows (a folder imported as one record): appended in one
        insertion, then put in their places by one layout change that carries
        selection and scroll along; a beginInsertRows per row stalled the window
        for over 100 ms at a thousand articles."""
        rows = self._rows
        fresh = sorted(summaries, key=self._key, reverse=True)  # newest first, as the rows
        places = [self._position_for(summary) for summary in fresh]  # in the old rows
        merged, previous = [], 0
        for summary, place in zip(fresh, places):
            merged.extend(rows[previous:place])
            merged.append(summary)
            previous = place
        merged.extend(rows[previous:])
        count = len(rows)
        self.beginInsertRows(QModelIndex(), count, count + len(fresh) - 1)
        self._rows = rows + fresh
        self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        self._rows = merged
        self.move_persistent_after_merge(places, count)
        self.layoutChanged.emit()

    def _remove(self, article_ids) -> None:
        """Row by row (the selection follows), found in one pass over the rows."""
        positions = [n for n, row in enumerate(self._rows) if row.id in article_ids]
        for position in reversed(positions):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()

    def _on_updated(self, article_id: int) -> None:
        position = self.row_of(article_id)
        if position < 0:
            return
        try:
            summary = self.session.project.articles.summary(article_id)
        except KeyError:
            return
        old = self._rows.pop(position)
        new = self._position_for(summary)
        self._rows.insert(position, old)
        if new != position:
            destination = new + 1 if new > position else new
            self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
            del self._rows[position]
            self._rows.insert(new, summary)
            self.endMoveRows()
        else:
            self._rows[position] = summary
        self.dataChanged.emit(self.index(new, 0), self.index(new, len(HEADERS) - 1))

    def row_of(self, article_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == article_id:
                return position
        return -1

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return (row.title or "untitled", row.outlet, published_display(row.published),
                    str(row.event_count))[column]
        if role == Qt.ToolTipRole:
            return f"{row.title}\n{row.outlet}\npublished: {row.published or 'unknown'}"
        if role == Qt.ForegroundRole and column == PUBLISHED and not published_date(
                row.published):
            return Qt.red
        if role == Qt.TextAlignmentRole and column == EVENTS:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == ARTICLE_ID_ROLE:
            return row.id
        return None

    def index_of(self, article_id: int) -> QModelIndex:
        position = self.row_of(article_id)
        return self.index(position, 0) if position >= 0 else QModelIndex()


class ArticleFilter(QSortFilterProxyModel):
    """Filters by title, outlet and published date and, given ``search``, by the
    article texts too (storage.search: FTS5, milliseconds for 10,000 articles).

    ``set_text`` is the filter box; a new filter is one layout change (not one
    signal per hidden run of rows).  ``setFilterFixedString`` still works as Qt's
    own column filter when no text is set.
    """

    def __init__(self, parent=None, search=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.search = search  # callable(text) -> set of article ids
        self._words: list[str] = []
        self._hits: set[int] = set()
        self._shown: dict[int, tuple] = {}  # id -> (summary, its text lower-cased)

    def set_text(self, text: str) -> None:
        self._words = text.casefold().split()
        self._hits = set(self.search(text)) if self.search and self._words else set()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return super().filterAcceptsRow(source_row, source_parent)
        row = self.sourceModel()._rows[source_row]
        if row.id in self._hits:
            return True
        cached = self._shown.get(row.id)
        if cached is None or cached[0] is not row:  # new or edited since
            text = f"{row.title} {row.outlet} {published_display(row.published)}".casefold()
            cached = self._shown[row.id] = (row, text)
        return all(word in cached[1] for word in self._words)
