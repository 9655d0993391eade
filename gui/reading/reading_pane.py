"""The centre of the window: the article being read, with a banner for what
it lacks (its published date) or what disagrees with that date, a line saying
which language it was read in and whether its dates are found, and the
suggestion selected in the Suggestions tab marked in the text; kept in step
with passages and event titles by the session's change record."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.reading.article_view import ArticleView
from storage.intake.published_evidence import conflict_note
from storage.suggestion_review import expression_date

NO_DATE = ("This article has no published date, so its relative dates (“on Tuesday”, "
           "“since November”) cannot be resolved. Set it in Article ▸ Article Details (Ctrl+I).")


SENTENCE = QColor(214, 232, 255)  # the selected suggestion's sentence: its passage-to-be
TRIGGER = QColor(150, 195, 250)  # and the words that name what happened


def describe_expression(expression) -> str:
    """The tooltip of an underlined expression: what the text says it means."""
    date = expression_date(expression)
    meaning = date.display if date else expression.value
    return f"“{expression.text}” → {meaning} ({expression.type.lower()})"


class ReadingPane(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.article_id: int | None = None
        self.banner = QLabel(objectName="articleBanner", wordWrap=True)
        self.banner.setStyleSheet("background: #fff4ce; padding: 6px; border-radius: 3px;")
        self.banner.hide()
        self.language_note = QLabel(objectName="languageNote", wordWrap=True)
        self.language_note.setStyleSheet("color: #555; padding: 0 6px;")
        self.language_note.hide()
        self._reading = None
        self.view = ArticleView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.language_note)
        layout.addWidget(self.view)
        session.changed.connect(self._on_changed)

    def show_article(self, article_id: int | None, current_event: int | None) -> None:
        self.article_id = article_id
        if article_id is None:
            self.view.show_placeholder("Select an article on the left.")
            self.banner.hide()
            self.language_note.hide()
            return
        project = self.session.project
        article = project.articles.get(article_id)
        passages, titles = self._passages()
        self.view.show_article(article, passages, titles)
        self.view.set_current_event(current_event, scroll=False)
        self._update_banner(article)

    def show_expressions(self, expressions) -> None:
        self.view.set_expressions([(e.start, e.end, describe_expression(e))
                                   for e in expressions])
        self._update_language_note(len(expressions))

    def show_language(self, reading) -> None:
        """``reading``: `temporal.expressions.languages.detection.Reading`, or None
        while the article waits for its dates to be asked for."""
        self._reading = reading

    def _update_language_note(self, found: int) -> None:
        reading = self._reading
        if self.article_id is None or reading is None or not reading.code:
            self.language_note.hide()
            return
        if reading.covered:
            text = (f"Read as {reading.name}: {found} time expression"
                    f"{'s' if found != 1 else ''} found (underlined).")
        else:
            text = (f"Read as {reading.name}: dates are not found in {reading.name} text "
                    f"(only English, Russian, Ukrainian and Arabic).")
        self.language_note.setText(text)
        self.language_note.show()

    def show_suggestion(self, row) -> None:
        """Mark the selected suggestion's sentence and trigger (a Suggestion of
        storage.suggestion_review, or None) and bring them into view."""
        if row is None or self.view.article is None or row.end > len(self.view.article.text):
            self.view.set_layer("suggestion", [])
            return
        sentence, trigger = QTextCharFormat(), QTextCharFormat()
        sentence.setBackground(SENTENCE)
        trigger.setBackground(TRIGGER)
        trigger.setFontWeight(700)
        proposal = row.proposal
        self.view.set_layer("suggestion", [
            self.view.make_selection(row.start, row.end, sentence),
            self.view.make_selection(proposal.start, proposal.end, trigger)])
        self.view.reveal(row.start, row.end)

    def _passages(self):
        """The article's passages and their events' titles: one read."""
        article_id, annotations = self.article_id, self.session.project.annotations
        found = self.session.shared_read(("passages", article_id),
                                         lambda: annotations.for_article_with_events(article_id))
        return [p for p, _t, _v in found], {p.event_id: title for p, title, _v in found}

    def _update_banner(self, article) -> None:
        disagreement = conflict_note(article) if article.published_date else ""
        self.banner.setText(disagreement + " Confirm one in Article ▸ Article Details (Ctrl+I)."
                            if disagreement else NO_DATE)
        self.banner.setVisible(article.published_date is None or bool(disagreement))

    def _show_new_text(self, article) -> None:
        """The article's text itself changed (re-read in another encoding): draw it
        again. Its underlines follow from the suggestions model, which hears the
        same record after this pane (built first) and sends the new expressions."""
        self.view.show_article(article, *self._passages())

    def _on_changed(self, changes) -> None:
        article_id = self.article_id
        if article_id is None or article_id in changes.articles_removed:
            return  # the window picks the next article
        if article_id in changes.articles_updated:
            article = self.session.project.articles.get(article_id)
            if self.view.article is not None and article.text != self.view.article.text:
                self._show_new_text(article)  # re-read in another encoding
            else:
                self.view.article = article
            self._update_banner(article)
        shown = {p.event_id for p in self.view.passages}
        if (any(a == article_id for a, _e in changes.passages)
                or shown & (changes.events_updated | changes.events_added)):
            self.view.set_passages(*self._passages())
