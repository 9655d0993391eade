"""The project's articles as a Qt table model (summaries only, never texts)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from storage.records import published_date

ARTICLE_ID_ROLE = Qt.UserRole + 1
TITLE, OUTLET, PUBLISHED, EVENTS = range(4)
HEADERS = ("Title", "Outlet", "Published", "Events")


def published_display(published: str) -> str:
    day = published_date(published)
    return f"{day.day} {day:%b %Y}" if day else "no date"


class ArticleListModel(QAbstractTableModel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._rows = []
        session.articleAdded.connect(self._on_added)
        session.articleRemoved.connect(self._on_removed)
        session.articleUpdated.connect(self._on_updated)
        session.passagesChanged.connect(lambda article_id, _e: self._on_updated(article_id))
        session.reset.connect(self.reload)
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
        key = self._key(summary)
        for position, row in enumerate(self._rows):
            if self._key(row) < key:
                return position
        return len(self._rows)

    def _on_added(self, article_id: int) -> None:
        summary = self.session.project.articles.summary(article_id)
        position = self._position_for(summary)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, summary)
        self.endInsertRows()

    def _on_removed(self, article_id: int) -> None:
        position = self.row_of(article_id)
        if position >= 0:
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

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return HEADERS[section]
        return None

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
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)
