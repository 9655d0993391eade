"""What the Event and Article menus (and File ▸ Export ▸ CSV) do, as pushes of
undo commands.

Given its collaborators: the session, the actions it serves, the article
view (the article on screen and the selected passage) and the timeline's one
selection model.  What belongs to the window (a message, selecting the new
event) goes out as signals.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog

from gui.commands.article_commands import DeleteArticle, EditArticle, RereadArticle
from gui.commands.event_commands import CreateEvent, DeleteEvent, LinkPassage, MergeEvents
from gui.reading.article_dialog import ArticleDialog
from gui.timeline.timeline_model import EVENT_ID_ROLE
from storage.corroboration import shown_date
from storage.exchange.timeline_csv import export_timeline_csv
from storage.intake.article_files import REREAD_ENCODINGS, ArticleReadError, reread_article
from storage.intake.text_decoding import encoding_name
from storage.passage_dates import PassageDate, passage_date

TITLE_LIMIT = 120
CSV_FILTERS = ("CSV, UTF-8 (*.csv)", "CSV for Excel, UTF-8 with BOM (*.csv)")


def title_from_quote(quote: str) -> str:
    """A first title for an event: the passage itself, on one line, shortened."""
    line = " ".join(quote.split())
    return line if len(line) <= TITLE_LIMIT else line[:TITLE_LIMIT - 1].rstrip() + "…"


class EventActions(QObject):
    problem = Signal(str, str)  # title, message
    message = Signal(str, int)  # status bar text, milliseconds
    created = Signal(int)  # a new event to select, its title ready to type

    def __init__(self, session, actions: dict, article_view, selection, parent_widget,
                 expressions=None):
        super().__init__(parent_widget)
        self.session = session
        # article id -> the article's time expressions when already found (the
        # Suggestions tab's), else None: the date of a passage linked by hand.
        self.expressions = expressions or (lambda article_id: None)
        self.article_view = article_view
        self.selection = selection
        self.parent_widget = parent_widget
        self.article_dialog = None  # the open Article Details dialog (tests reach it)
        a = actions
        a["actionExportCsv"].triggered.connect(self.export_csv)
        a["actionArticleDetails"].triggered.connect(self.edit_article_details)
        a["actionNewEventFromSelection"].triggered.connect(self.new_event_from_selection)
        a["actionLinkSelection"].triggered.connect(self.link_selection)
        a["actionNewEvent"].triggered.connect(self.new_blank_event)
        a["actionDeleteEvent"].triggered.connect(self.delete_events)
        a["actionMergeEvents"].triggered.connect(self.merge_events)
        a["actionDeleteArticle"].triggered.connect(self.delete_article)
        a["actionRereadEncoding"].triggered.connect(self.reread_with_encoding)

    def _push(self, command, title: str) -> bool:
        try:
            self.session.push(command)
            return True
        except Exception as exc:
            self.problem.emit(title, str(exc))
            return False

    def new_event_from_selection(self) -> int | None:
        view = self.article_view
        span = view.selected_span()
        if span is None or view.article is None:
            self.message.emit("Select a passage of the article first.", 5000)
            return None
        start, end = span
        quote = view.article.text[start:end]
        if not quote.strip():
            self.message.emit("The selection is only white space.", 5000)
            return None
        dated = self._passage_date(start, end)
        return self._create(CreateEvent(self.session, title_from_quote(quote),
                                        passage=(view.article.id, start, end),
                                        text="New event from selection",
                                        expression=dated.expression if dated else None,
                                        source_date=dated.value if dated else ""))

    def _passage_date(self, start: int, end: int) -> PassageDate | None:
        """The date the selected passage of the article on screen gives, if any."""
        article = self.article_view.article
        return passage_date(article.text, article.published_date, start, end,
                            self.expressions(article.id))

    def new_blank_event(self) -> int | None:
        return self._create(CreateEvent(self.session, "New event", text="New blank event"))

    def _create(self, command: CreateEvent) -> int | None:
        """Make the event, select it and put the cursor in its title, ready to type."""
        if not self._push(command, "New event"):
            return None
        self.created.emit(command.event_id)
        return command.event_id

    def current_event_id(self) -> int | None:
        """The event the analyst is working on: the current row if it is
        selected, else the first selected row."""
        selection = self.selection
        index = selection.currentIndex()
        if index.isValid() and selection.isRowSelected(index.row(), index.parent()):
            return index.data(EVENT_ID_ROLE)
        rows = selection.selectedRows()
        return rows[0].data(EVENT_ID_ROLE) if rows else None

    def link_selection(self) -> None:
        view = self.article_view
        span = view.selected_span()
        event_id = self.current_event_id()
        if span is None or view.article is None or event_id is None:
            self.message.emit("Select a passage and an event in the timeline first.", 5000)
            return
        dated = self._passage_date(*span)
        if self._push(LinkPassage(self.session, view.article.id, event_id, *span, dated),
                      "Link passage") and dated is not None:
            self.message.emit(f"Linked; this source gives {shown_date(dated.value)} "
                              "(change it in the event panel).", 8000)

    def delete_events(self) -> None:
        rows = self.selection.selectedRows()
        event_ids = [index.data(EVENT_ID_ROLE) for index in rows]
        if not event_ids:
            return
        stack = self.session.undo_stack
        if len(event_ids) > 1:
            stack.beginMacro(f"Delete {len(event_ids)} events")
        try:
            for event_id in event_ids:
                if not self._push(DeleteEvent(self.session, event_id), "Delete event"):
                    break
        finally:
            if len(event_ids) > 1:
                stack.endMacro()

    def merge_events(self) -> None:
        """Event ▸ Merge: the selected events become the first made (issue 12)."""
        event_ids = [index.data(EVENT_ID_ROLE) for index in self.selection.selectedRows()]
        if len(event_ids) < 2:
            self.message.emit("Select two or more events in the timeline to merge them.", 5000)
            return
        command = MergeEvents(self.session, event_ids)
        if not self._push(command, "Merge events"):
            return
        conflicts = command.record.conflicts
        self.message.emit(
            f"{len(event_ids)} events merged into one."
            + (f" Conflicts kept in its description: {'; '.join(conflicts)}." if conflicts
               else " Ctrl+Z splits them again."), 20000)

    def delete_article(self) -> None:
        """Delete the article on screen (undoable); say which events lost their last
        source with it: they stay, marked "no source left" (issue 12)."""
        article = self.article_view.article
        if article is None:
            return
        command = DeleteArticle(self.session, article.id)
        if self._push(command, "Delete article") and command.snapshot.orphaned:
            titles = [f"“{title}”" for _, title in command.snapshot.orphaned]
            shown = ", ".join(titles[:4]) + (f" and {len(titles) - 4} more"
                                             if len(titles) > 4 else "")
            count = len(titles)
            self.message.emit(
                f"{count} event{'s' if count != 1 else ''} lost {'their' if count != 1 else 'its'}"
                f" last source with this article and {'are' if count != 1 else 'is'} marked "
                f"“no source left” (filter: no-source): {shown}. Ctrl+Z brings the article "
                "back.", 20000)

    def reread_with_encoding(self, encoding: str | None = None) -> None:
        """Read the article's file again in an encoding the analyst picks (one undo step)."""
        shown = self.article_view.article
        if shown is None:
            return
        article = self.session.project.articles.get(shown.id)
        if not encoding:
            labels = [f"{encoding_name(codec)} — {codec}" for codec in REREAD_ENCODINGS]
            label, ok = QInputDialog.getItem(
                self.parent_widget, "Re-read with encoding",
                f"Read {article.source_path or 'the article'} again as:", labels, 0, False)
            if not ok:
                return
            encoding = REREAD_ENCODINGS[labels.index(label)]
        try:
            text, title = reread_article(article, encoding)
        except ArticleReadError as exc:
            self.problem.emit("Re-read with encoding", str(exc))
            return
        if text == article.text and title in (None, article.title):
            self.message.emit(f"Read as {encoding_name(encoding)}, the text is the same.", 8000)
            return
        if self._push(RereadArticle(self.session, article.id, text, title,
                                    encoding_name(encoding)), "Re-read with encoding"):
            self.message.emit(f"The article was read again as {encoding_name(encoding)}; "
                              "Undo brings the previous text back.", 8000)

    def edit_article_details(self) -> None:
        article = self.article_view.article
        if article is None:
            return
        dialog = ArticleDialog(self.session.project.articles.get(article.id),
                               self.parent_widget)
        self.article_dialog = dialog
        dialog.accepted.connect(lambda: self._apply_article_changes(dialog))
        dialog.open()

    def _apply_article_changes(self, dialog) -> None:
        changes = dialog.changes()
        if changes:
            self._push(EditArticle(self.session, dialog.article.id, changes),
                       "Edit article details")

    def export_csv(self) -> None:
        suggested = str(self.session.path.with_suffix(".csv"))
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, "Export timeline as CSV", suggested, ";;".join(CSV_FILTERS))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            count = export_timeline_csv(self.session.project, path,
                                        excel=chosen == CSV_FILTERS[1])
        except OSError as exc:
            self.problem.emit("Export timeline as CSV",
                              f"The CSV could not be written to {path}: {exc.strerror}.")
            return
        self.message.emit(f"Exported {count} events to {path}", 8000)
