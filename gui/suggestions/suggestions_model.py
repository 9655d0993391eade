"""The dated events the text proposes, for the article on screen.

Recomputed from the text whenever the article, its published date, its
passages or its dismissals change (finding expressions takes milliseconds),
so nothing here can go stale; the analyst's edits to a proposal's title or
date are kept across recomputations until it is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal

from gui.table_model import FlatTableModel
from temporal.dates import DateParseError, EventDate, parse_date

if TYPE_CHECKING:
    from temporal.expressions import TimeExpression

TEXT, DATE, TITLE, PRECISION, STATUS = range(5)
HEADERS = ("Expression", "Date", "Proposed event", "Precision", "Status")
NEW, ACCEPTED, DIFFERS = "new", "accepted", "differs"
# Past this many characters (about 50,000 words) finding the dates takes seconds,
# so it waits for the analyst to ask instead of freezing the window on selection.
AUTO_LIMIT = 300_000


@dataclass
class Suggestion:
    expression: TimeExpression
    start: int  # the clause that becomes the event's source passage
    end: int
    title: str
    date: EventDate | None
    status: str = NEW
    event_id: int | None = None
    event_date: EventDate | None = None

    @property
    def key(self) -> tuple[int, int]:
        return (self.expression.start, self.expression.end)


def expression_date(expression: TimeExpression) -> EventDate | None:
    if expression.earliest is None or expression.latest is None:
        return None
    try:
        return EventDate.from_span(expression.earliest, expression.latest, expression.precision)
    except DateParseError:
        return None


class SuggestionsModel(FlatTableModel):
    HEADERS = HEADERS

    # All expressions found in the article (DURATION and SET too), for the text view.
    expressionsChanged = Signal(list)
    editRejected = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.article_id: int | None = None
        self.reference = None
        self.rows: list[Suggestion] = []
        self.expressions: list[TimeExpression] = []
        self._edits: dict[tuple[int, int], dict] = {}
        self.too_long = False  # the article on screen waits for find_all()
        self._asked: set[int] = set()
        session.articleUpdated.connect(self._maybe_refresh)
        session.suggestionsChanged.connect(self._maybe_refresh)
        session.passagesChanged.connect(lambda article_id, _e: self._maybe_refresh(article_id))
        session.eventUpdated.connect(self._event_updated)
        session.articleRemoved.connect(self._maybe_clear)

    def set_article(self, article_id: int | None) -> None:
        if article_id != self.article_id:
            self._edits.clear()
        self.article_id = article_id
        self.refresh()

    def _maybe_refresh(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.refresh()

    def _maybe_clear(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.set_article(None)

    def _event_updated(self, event_id: int) -> None:
        if any(row.event_id == event_id for row in self.rows):
            self.refresh()

    def find_all(self) -> None:
        """Find the dates of a very long article, on the analyst's request."""
        if self.article_id is not None:
            self._asked.add(self.article_id)
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows, self.expressions, self.reference = [], [], None
        self.too_long = False
        if self.article_id is not None:
            self._compute()
        self.endResetModel()
        self.expressionsChanged.emit(self.expressions)

    def _compute(self) -> None:
        project = self.session.project
        article = project.articles.get(self.article_id)
        self.reference = article.published_date
        if len(article.text) > AUTO_LIMIT and self.article_id not in self._asked:
            self.too_long = True
            return
        # Imported here: the finder's rules compile on first use, after the window shows.
        from temporal.expressions import find_expressions
        from temporal.suggestions import propose

        self.expressions = find_expressions(article.text, self.reference)
        dismissed = project.dismissals.for_article(self.article_id)
        accepted = {(p.expression_start, p.expression_end): p
                    for p in project.annotations.for_article(self.article_id)
                    if p.expression_start is not None}
        for proposal in propose(article.text, self.expressions):
            row = Suggestion(proposal.expression, proposal.start, proposal.end,
                             proposal.title, expression_date(proposal.expression))
            if row.key in dismissed:
                continue
            passage = accepted.get(row.key)
            if passage is not None:
                event = project.events.get(passage.event_id)
                row.status, row.event_id, row.event_date = ACCEPTED, event.id, event.date
                row.title = event.title
                # Flag only a change of reading (a new published date), not the
                # analyst's own correction of the date when accepting.
                if passage.expression_value != row.expression.value and event.date != row.date:
                    row.status = DIFFERS
            else:
                for name, value in self._edits.get(row.key, {}).items():
                    setattr(row, name, value)
            self.rows.append(row)

    def new_rows(self) -> list[Suggestion]:
        return [row for row in self.rows if row.status == NEW]

    # -- Qt model interface -----------------------------------------------
    def row_list(self) -> list:
        return self.rows

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() in (DATE, TITLE) and self.rows[index.row()].status == NEW:
            flags |= Qt.ItemIsEditable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.DisplayRole, Qt.EditRole):
            if column == TEXT:
                return row.expression.text
            if column == DATE:
                return row.date.display if row.date else (
                    "" if role == Qt.EditRole else "needs published date")
            if column == PRECISION:
                return row.date.precision.value if row.date else ""
            if column == TITLE:
                return row.title
            return {NEW: "new", ACCEPTED: "✓ accepted", DIFFERS: "⚠ differs"}[row.status]
        if role == Qt.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ForegroundRole and row.status != NEW and column != STATUS:
            return Qt.gray
        if role == Qt.ForegroundRole and row.status == DIFFERS:
            return Qt.darkRed
        return None

    def _tooltip(self, row: Suggestion) -> str:
        found = f"“{row.expression.text}” → {row.expression.value} (rule: {row.expression.rule})"
        if row.status == DIFFERS:
            shown = row.event_date.display if row.event_date else "undated"
            now = row.date.display if row.date else "?"
            return (f"{found}\nThe event keeps the date you gave it ({shown}); with the current "
                    f"published date the text reads {now}.")
        return found

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        text = str(value).strip()
        if index.column() == TITLE and text:
            row.title = text
        elif index.column() == DATE:
            try:
                row.date = parse_date(text) if text else None
            except DateParseError as exc:
                self.editRejected.emit(f"{exc} The proposed date was kept.")
                return False
        else:
            return False
        self._edits.setdefault(row.key, {})[
            "title" if index.column() == TITLE else "date"] = (
            row.title if index.column() == TITLE else row.date)
        self.dataChanged.emit(index, index)
        return True
