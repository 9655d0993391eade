"""The events the text proposes, for the article on screen: title, date, what
dated it, actors and places.

The expressions and proposed events come from ``ExpressionCache`` (found
again only when the article's text or published date changed); which
proposals are new, accepted or read differently, and what Accept All takes,
is ``storage.suggestion_review``.  The rows are
reviewed again whenever the session's change record names the article's
passages, its dismissals or one of its events, without running the finder;
the analyst's edits to a proposal's title or date are kept until it is
accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont

from gui.suggestions import index_worker
from gui.suggestions.expression_cache import ExpressionCache
from gui.suggestions.text_direction import right_to_left
from gui.table_model import FlatTableModel
from storage.event_matching import event_rows, index_of, refresh, source_count
from storage.event_suggestions import made_already, suggestion_profile
from storage.suggestion_review import ACCEPTED, DIFFERS, NEW, Suggestion, accept_all, review
from temporal.dates import DateParseError, parse_date

TITLE, DATE, DATED_BY, NAMES, STATUS = range(5)
HEADERS = ("Proposed event", "Date", "Dated by", "Actors / places", "Status")
# Past this many characters (about 50,000 words) finding the dates takes seconds,
# so it waits for the analyst to ask instead of freezing the window on selection.
AUTO_LIMIT = 300_000
# Up to this many dated events the matching index is built at once (under a tenth
# of a second); past it, in a worker (about 3 s at 100,000 events).
INLINE_EVENTS = 2_000



def italic_title(row: Suggestion) -> bool:
    """Whether the row's title is set in italics: a clause row (no happening
    found in its sentence), unless its script is written right to left.

    Arabic has no italic tradition, and the oblique faces of common fonts
    (DejaVu Sans Oblique) have no Arabic letters: asking for one draws boxes.
    Such a row says what it is in its tooltip and in the notice instead.
    """
    return row.clause_only and not right_to_left(row.title)

class SuggestionsModel(FlatTableModel):
    HEADERS = HEADERS

    # All expressions found in the article (DURATION and SET too), for the text view.
    expressionsChanged = Signal(list)
    languageRead = Signal(object)  # temporal...detection.Reading of the article on screen
    editRejected = Signal(str)
    matchesReady = Signal()  # the matching index was built: rows may say "same as" now

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.cache = ExpressionCache()
        self.article_id: int | None = None
        self.reference = None
        self.rows: list[Suggestion] = []
        self.expressions: list = []
        self._proposals: list = []
        self._dismissed: set[tuple[int, int]] = set()  # read again when the record says
        self._edits: dict[tuple[int, int], dict] = {}
        self.too_long = False  # the article on screen waits for find_all()
        self.reading = None  # the article's language and whether its dates are found
        self._asked: set[int] = set()
        self._text = ""
        # The project's events for matching (issue 12), built in a worker when first
        # needed (index_worker) and kept in step with the change records; the match
        # of each new row by key. Until the index is ready rows show no match.
        self._index = None
        self._building: index_worker.IndexThread | None = None
        self._gone: set[int] = set()  # events removed while the index was being built
        self._linked: set[int] = set()  # the events the article on screen is a source of
        self.matches: dict[tuple[int, int], tuple[int, str, int]] = {}
        self._stale: set[int] = set()
        session.changed.connect(self._on_changed)

    def set_article(self, article_id: int | None) -> None:
        if article_id != self.article_id:
            self._edits.clear()
        self.article_id = article_id
        self.refresh()

    def _on_changed(self, changes) -> None:
        self.cache.forget(changes.article_content | changes.articles_removed)
        if self._index is not None or self._building is not None:
            # read again when next matched, not on every edit
            for event_id in changes.events_removed:
                if self._index is not None:
                    self._index.remove(event_id)
                else:
                    self._gone.add(event_id)
            self._stale |= changes.events_added | changes.events_updated
            self._stale -= changes.events_removed
        if self.article_id is None:
            return
        if self.article_id in changes.articles_removed:
            self.set_article(None)
        elif self.article_id in changes.article_content:
            self.refresh()
        elif self.article_id in changes.suggestions:
            self._dismissed = self.session.project.dismissals.for_article(self.article_id)
            self._review()
        elif (any(article_id == self.article_id for article_id, _ in changes.passages)
              or any(row.event_id in changes.events_updated for row in self.rows
                     if row.event_id is not None)):
            self._review()

    def find_all(self) -> None:
        """Find the dates of a very long article, on the analyst's request."""
        if self.article_id is not None:
            self._asked.add(self.article_id)
            self.refresh()

    def refresh(self) -> None:
        """Read the article and its expressions (from the cache when it has them)."""
        self.beginResetModel()
        self.rows, self.expressions, self._proposals, self.reference = [], [], [], None
        self.too_long, self.reading = False, None
        if self.article_id is not None:
            article = self.session.project.articles.get(self.article_id)
            self.reference = article.published_date
            self._text = article.text
            if len(article.text) > AUTO_LIMIT and self.article_id not in self._asked:
                self.too_long = True
            else:
                self.reading = self.cache.language(article)
                self.expressions, self._proposals = self.cache.get(article)
                self._dismissed = self.session.project.dismissals.for_article(article.id)
                self.rows = self._reviewed()
        self.endResetModel()
        self.languageRead.emit(self.reading)
        self.expressionsChanged.emit(self.expressions)

    def expressions_of(self, article_id: int) -> list | None:
        """The time expressions of the article on screen, if it is ``article_id`` and
        they were found (a long article waits to be asked); None otherwise."""
        if article_id != self.article_id or self.too_long:
            return None
        return self.expressions

    def _review(self) -> None:
        """The same proposals, their status read again (a passage or dismissal changed)."""
        if self.too_long:
            return
        self.beginResetModel()
        self.rows = self._reviewed()
        self.endResetModel()

    def _reviewed(self) -> list[Suggestion]:
        article_id, annotations = self.article_id, self.session.project.annotations
        passages = self.session.shared_read(
            ("passages", article_id), lambda: annotations.for_article_with_events(article_id))
        rows = review(self._proposals, self._dismissed, passages, self._edits)
        self._match(rows, {passage.event_id for passage, _, _ in passages})
        return rows

    def _match(self, rows: list[Suggestion], linked: set[int]) -> None:
        """Which project event each new dated row is the same happening as."""
        self.matches, self._linked = {}, linked
        fresh = [row for row in rows if row.status == NEW and row.date is not None]
        if not fresh:
            return
        project = self.session.project
        if self._index is None and self._building is None:
            self._stale, self._gone = set(), set()
            rows = event_rows(project)
            if len(rows[0]) <= INLINE_EVENTS:
                self._index = index_of(rows)
            else:
                self._building = index_worker.start(rows, self.index_built)
        if self._index is None:
            return  # the rows say "same as" once the index is ready (index_built)
        if self._stale - linked:  # this article's own events are never its matches
            refresh(project, self._index, self._stale - linked)
            self._stale &= linked
        for row in fresh:
            found = self._index.best(suggestion_profile(row, self._text), linked)
            if found is not None:
                title = project.events.get(found.event_id).title
                self.matches[row.key] = (found.event_id, title,
                                         source_count(project, found.event_id))

    @property
    def matching(self) -> bool:
        """Whether the matching index is still being built (rows show no match yet)."""
        return self._building is not None

    @Slot(object)
    def index_built(self, index) -> None:
        """The worker's index arrived (on the GUI thread): take it, drop the events
        removed meanwhile (those added or edited are in ``_stale``), match the rows."""
        self._building = None
        if index is None:
            return
        for event_id in self._gone:
            index.remove(event_id)
        self._gone = set()
        self._index = index
        if self.rows:  # only the Status column changes: selection and edits stay
            self._match(self.rows, self._linked)
            self.dataChanged.emit(self.index(0, STATUS), self.index(len(self.rows) - 1, STATUS))
        self.matchesReady.emit()

    def match_of(self, row: Suggestion) -> tuple[int, str, int] | None:
        """(event id, title, distinct sources) of the event a new row is the same
        happening as, or None."""
        return self.matches.get(row.key) if row.status == NEW else None

    @staticmethod
    def match_text(match: tuple[int, str, int]) -> str:
        _, title, sources = match
        return f"same as: {title} ({sources} source{'s' if sources != 1 else ''})"

    def new_rows(self) -> list[Suggestion]:
        return [row for row in self.rows if row.status == NEW]

    def accept_all_rows(self) -> list[Suggestion]:
        """What Accept All takes (``storage.suggestion_review.accept_all``): new rows
        with a calendar date, none twice nor again of an event the project has."""
        candidates = [row for row in self.rows if row.takes_part_in_accept_all]
        return accept_all(self.rows, made_already(self.session.project, candidates))

    def has_rows_for_accept_all(self) -> bool:
        """Whether Accept All has anything to consider (no SQL: the button's state)."""
        return any(row.takes_part_in_accept_all for row in self.rows)

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
            if column == TITLE:
                return row.title
            if column == DATE:
                if role == Qt.EditRole:
                    return row.date.display if row.date else ""
                return row.date_label(self.reference is not None)
            if column == DATED_BY:
                return row.dated_by
            if column == NAMES:
                return row.names
            match = self.match_of(row)
            if match is not None:
                return self.match_text(match)
            return {NEW: "new", ACCEPTED: "✓ accepted", DIFFERS: "⚠ differs"}[row.status]
        if role == Qt.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.FontRole and column == TITLE and italic_title(row):
            font = QFont()
            font.setItalic(True)  # the sentence's words, no happening found in them
            return font
        if role == Qt.ForegroundRole and column == DATE and row.date is None:
            return Qt.gray
        if role == Qt.ForegroundRole and row.status != NEW and column != STATUS:
            return Qt.gray
        if role == Qt.ForegroundRole and row.status == DIFFERS:
            return Qt.darkRed
        return None

    def _tooltip(self, row: Suggestion) -> str:
        """The full proposed title first (the column elides it), then what was read."""
        date = row.date_label(self.reference is not None)
        found = f"{row.title}\n\n{date}"
        if row.dated_by == "publication day":
            found += " — the publication day: the article's own news"
        elif row.dated_by:
            found += f" — from “{row.dated_by}”"
        if row.names:
            found += f"\nTags: {', '.join(f'{t.kind}:{t.name}' for t in row.tags)}"
        if row.clause_only:
            found += ("\nNo happening was found in this sentence: the title is the clause "
                      "around its date. Enter accepts it; Accept All leaves it to you.")
        match = self.match_of(row)
        if match is not None:
            found += (f"\n{self.match_text(match)}: Enter adds this sentence to that event as "
                      "a further source; Shift+Enter makes a new event instead.")
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
