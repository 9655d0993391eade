"""What the Event and Article menus do, as pushes of undo commands."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from gui.article_dialog import ArticleDialog
from gui.commands import CreateEvent, DeleteArticle, DeleteEvent, EditArticle, LinkPassage
from gui.timeline_model import EVENT_ID_ROLE
from storage.exchange.timeline_csv import export_timeline_csv

TITLE_LIMIT = 120
CSV_FILTERS = ("CSV, UTF-8 (*.csv)", "CSV for Excel, UTF-8 with BOM (*.csv)")


def title_from_quote(quote: str) -> str:
    """A first title for an event: the passage itself, on one line, shortened."""
    line = " ".join(quote.split())
    return line if len(line) <= TITLE_LIMIT else line[:TITLE_LIMIT - 1].rstrip() + "…"


class EventActions:
    def __init__(self, window):
        self.window = window
        self.session = window.session
        a = window.actions_by_name
        a["actionNewEventFromSelection"].triggered.connect(self.new_event_from_selection)
        a["actionLinkSelection"].triggered.connect(self.link_selection)
        a["actionNewEvent"].triggered.connect(self.new_blank_event)
        a["actionDeleteEvent"].triggered.connect(self.delete_events)
        a["actionDeleteArticle"].triggered.connect(self.delete_article)

    def _push(self, command, title: str) -> bool:
        try:
            self.session.push(command)
            return True
        except Exception as exc:
            self.window.show_problem(title, str(exc))
            return False

    def new_event_from_selection(self) -> int | None:
        view = self.window.article_view
        span = view.selected_span()
        if span is None or view.article is None:
            self.window.statusBar().showMessage("Select a passage of the article first.", 5000)
            return None
        start, end = span
        quote = view.article.text[start:end]
        if not quote.strip():
            self.window.statusBar().showMessage("The selection is only white space.", 5000)
            return None
        return self._create(CreateEvent(self.session, title_from_quote(quote),
                                        passage=(view.article.id, start, end),
                                        text="New event from selection"))

    def new_blank_event(self) -> int | None:
        return self._create(CreateEvent(self.session, "New event", text="New blank event"))

    def _create(self, command: CreateEvent) -> int | None:
        """Make the event, select it and put the cursor in its title, ready to type."""
        if not self._push(command, "New event"):
            return None
        self.window.select_event(command.event_id)
        self.window.event_panel.title.setFocus()
        self.window.event_panel.title.selectAll()
        return command.event_id

    def link_selection(self) -> None:
        view = self.window.article_view
        span = view.selected_span()
        event_id = self.window.current_event_id()
        if span is None or view.article is None or event_id is None:
            self.window.statusBar().showMessage(
                "Select a passage and an event in the timeline first.", 5000)
            return
        self._push(LinkPassage(self.session, view.article.id, event_id, *span), "Link passage")

    def delete_events(self) -> None:
        rows = self.window.timeline_selection().selectedRows()
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

    def delete_article(self) -> None:
        article_id = self.window.current_article_id()
        if article_id is not None:
            self._push(DeleteArticle(self.session, article_id), "Delete article")

    def edit_article_details(self) -> None:
        article_id = self.window.current_article_id()
        if article_id is None:
            return
        dialog = ArticleDialog(self.session.project.articles.get(article_id), self.window)
        self.window.article_dialog = dialog  # reachable from tests and automation
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
            self.window, "Export timeline as CSV", suggested, ";;".join(CSV_FILTERS))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            count = export_timeline_csv(self.session.project, path,
                                        excel=chosen == CSV_FILTERS[1])
        except OSError as exc:
            self.window.show_problem("Export timeline as CSV",
                                     f"The CSV could not be written to {path}: {exc.strerror}.")
            return
        self.window.statusBar().showMessage(f"Exported {count} events to {path}", 8000)
