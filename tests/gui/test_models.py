"""Every Qt model passes Qt's own model tester, through inserts, moves and removals."""

from __future__ import annotations

from gui.commands.article_commands import ImportArticles
from gui.commands.event_commands import CreateEvent, DeleteEvent, EditEvent
from gui.reading.article_list_model import ArticleFilter, ArticleListModel
from gui.timeline.timeline_filter import TimelineFilter
from gui.timeline.timeline_model import EVENT_ID_ROLE, TimelineModel
from storage.intake.article_draft import ArticleDraft
from temporal.dates import parse_date


def _populate(session):
    for title, typed in [("late", "Jul 2025"), ("early", "Nov 2024"), ("undated", None),
                         ("mid", "28-29 Jun 2025")]:
        session.push(CreateEvent(session, title, parse_date(typed) if typed else None))
    for n, day in enumerate(["2025-07-01", "", "2024-01-05"]):
        session.push(ImportArticles(session, [ArticleDraft(text=f"Article {n} text.",
                                                           title=f"A{n}", published=day)]))


def test_timeline_model_and_filter(qtmodeltester, session):
    _populate(session)
    model = TimelineModel(session)
    qtmodeltester.check(model)
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert [model.index(r, 1).data() for r in range(4)] == ["early", "mid", "late", "undated"]
    # Moving "early" to the end and back exercises beginMoveRows in both directions.
    first = model.index(0, 0).data(EVENT_ID_ROLE)
    session.push(EditEvent(session, first, "date", parse_date("2030")))
    assert [model.index(r, 1).data() for r in range(4)] == ["mid", "late", "early", "undated"]
    session.undo_stack.undo()
    assert [model.index(r, 1).data() for r in range(4)] == ["early", "mid", "late", "undated"]
    proxy.set_text("mid")
    assert proxy.rowCount() == 1
    session.push(DeleteEvent(session, first))
    assert model.rowCount() == 3
    session.undo_stack.undo()
    assert model.rowCount() == 4


def test_article_model_and_filter(qtmodeltester, session):
    _populate(session)
    model = ArticleListModel(session)
    qtmodeltester.check(model)
    proxy = ArticleFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert [model.index(r, 0).data() for r in range(3)] == ["A0", "A2", "A1"]
    assert model.index(2, 2).data() == "no date"
    proxy.setFilterFixedString("a2")
    assert proxy.rowCount() == 1


def test_suggestions_model(qtmodeltester, session):
    from gui.suggestions.suggestions_model import SuggestionsModel

    session.push(ImportArticles(session, [ArticleDraft(
        text="Talks began on Monday and ended last week, after the March vote.",
        title="Talks", published="2025-07-01")]))
    model = SuggestionsModel(session)
    model.set_article(session.project.articles.summaries()[0].id)
    assert [r.expression.text for r in model.rows] == ["Monday", "last week", "March"]
    qtmodeltester.check(model)
