"""The centre of the window: the article being read, with a banner for what
it lacks (its published date), kept in step with passages and event titles."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.reading.article_view import ArticleView

NO_DATE = ("This article has no published date, so its relative dates (“on Tuesday”, "
           "“since November”) cannot be resolved. Set it in Article ▸ Article Details (Ctrl+I).")


def describe_expression(expression) -> str:
    """The tooltip of an underlined expression: what the text says it means."""
    from gui.suggestions.suggestions_model import expression_date

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
        self.view = ArticleView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.view)
        session.articleUpdated.connect(self._article_updated)
        session.passagesChanged.connect(self._passages_changed)
        session.eventUpdated.connect(self._event_titles_changed)

    def show_article(self, article_id: int | None, current_event: int | None) -> None:
        self.article_id = article_id
        if article_id is None:
            self.view.show_placeholder("Select an article on the left.")
            self.banner.hide()
            return
        project = self.session.project
        article = project.articles.get(article_id)
        passages = project.annotations.for_article(article_id)
        self.view.show_article(article, passages, self._titles(passages))
        self.view.set_current_event(current_event, scroll=False)
        self._update_banner(article)

    def show_expressions(self, expressions) -> None:
        self.view.set_expressions([(e.start, e.end, describe_expression(e))
                                   for e in expressions])

    def _titles(self, passages) -> dict[int, str]:
        events = self.session.project.events
        return {p.event_id: events.get(p.event_id).title for p in passages}

    def _update_banner(self, article) -> None:
        self.banner.setText(NO_DATE)
        self.banner.setVisible(article.published_date is None)

    def _article_updated(self, article_id: int) -> None:
        if article_id == self.article_id:
            article = self.session.project.articles.get(article_id)
            self.view.article = article
            self._update_banner(article)

    def _passages_changed(self, article_id: int, _event_id: int = 0) -> None:
        if article_id == self.article_id:
            passages = self.session.project.annotations.for_article(article_id)
            self.view.set_passages(passages, self._titles(passages))

    def _event_titles_changed(self, event_id: int) -> None:
        if self.article_id is not None and any(
                p.event_id == event_id for p in self.view._passages):
            self._passages_changed(self.article_id)
