"""Full-text search (storage.search) and the filters built on it.

The timeline filter is a hand-written proxy (gui.timeline.timeline_filter), so besides
Qt's model tester it is checked against the obvious answer after every kind
of change a session makes while a filter is on.
"""

from __future__ import annotations

import random

from gui.commands.event_commands import CreateEvent, DeleteEvent, EditEvent
from gui.reading.article_list_model import ARTICLE_ID_ROLE
from gui.timeline.timeline_filter import TimelineFilter
from gui.timeline.timeline_model import EVENT_ID_ROLE, TimelineModel
from storage.changes import Changes
from storage.records import Tag
from storage.search import fts_query, matching_articles, search_articles
from temporal.dates import parse_date

TEXTS = {
    "Drones": "Drones struck the refinery near Izhevsk on Tuesday.",
    "Удар": "Ракетний удар по Харкову пошкодив електростанцію.",
    "قصف": "قصف على مدينة حلب الليلة الماضية 🔥",
    "Café": "Talks resumed at the Café Dnípro after the ceasefire.",
}


def _articles(project) -> dict[str, int]:
    return {title: project.articles.add(text, title=title) for title, text in TEXTS.items()}


def test_query_quotes_every_word_and_prefixes_the_last():
    assert fts_query('drone "AND" -x') == '"drone" "AND" "x"'
    assert fts_query("drone strik") == '"drone" "strik"*'
    assert fts_query("strike ") == '"strike"'  # a finished word is matched whole
    assert fts_query("🔥 ... ") is None


def test_search_finds_words_in_any_script_as_they_are_typed(project):
    ids = _articles(project)
    assert search_articles(project, "drone") == [ids["Drones"]]
    assert matching_articles(project, "izhev") == {ids["Drones"]}
    assert matching_articles(project, "харкову") == {ids["Удар"]}
    assert matching_articles(project, "حلب") == {ids["قصف"]}
    assert matching_articles(project, "dnipro cafe") == {ids["Café"]}  # accents folded
    assert matching_articles(project, "drones харкову") == set()  # every word must occur
    assert matching_articles(project, 'NEAR( "x') == set()  # no syntax reaches FTS5


def test_index_follows_edits_deletes_and_undo(project):
    ids = _articles(project)
    project.articles.update(ids["Drones"], title="Refinery fire")
    assert matching_articles(project, "refinery fire") == {ids["Drones"]}
    article, passages, _orphaned = project.articles.delete(ids["Drones"]).before
    assert matching_articles(project, "izhevsk") == set()
    project.articles.restore(article, passages)
    assert matching_articles(project, "izhevsk") == {ids["Drones"]}
    assert project.db.execute(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)")


def test_article_filter_searches_texts_as_well_as_titles(window):
    ids = _articles(window.session.project)
    window.session.announce(Changes.of(articles_added=ids.values()))  # written by a script
    window.article_filter.setText("refinery")
    shown = {window.article_proxy.index(r, 0).data(ARTICLE_ID_ROLE)
             for r in range(window.article_proxy.rowCount())}
    assert shown == {ids["Drones"]}
    window.article_filter.setText("قصف")  # the title
    assert window.article_proxy.rowCount() == 1
    window.article_filter.clear()
    assert window.article_proxy.rowCount() == len(TEXTS)


def _expected(model, needle: str) -> list[int]:
    """The obvious answer: every word in the title, tags, place or date of the row."""
    words = needle.casefold().split()
    return [row.id for row in model._rows
            if all(w in " ".join((row.title, row.tags, row.location, row.date.display,
                                  row.value)).casefold() for w in words)]


def test_timeline_filter_stays_right_through_every_change(qtmodeltester, session):
    rng = random.Random(4)
    words = ("strike", "talks", "drone", "port")
    for n in range(30):
        session.push(CreateEvent(session, f"{rng.choice(words)} {n}",
                                 parse_date(f"{rng.randint(1, 28)} Jun 2025"),
                                 tags=(Tag(rng.choice(words), "topic"),)))
    model = TimelineModel(session)
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    for step in range(60):
        proxy.set_text(rng.choice(("str", "strike", "talks drone", "", "jun 2025", "po")))
        ids = [model.index(r, 0).data(EVENT_ID_ROLE) for r in range(model.rowCount())]
        action = rng.choice(("add", "delete", "title", "date", "undo"))
        if action == "add":
            session.push(CreateEvent(session, f"{rng.choice(words)} new {step}",
                                     parse_date(f"{rng.randint(1, 28)} May 2025")))
        elif action == "delete" and ids:
            session.push(DeleteEvent(session, rng.choice(ids)))
        elif action == "title" and ids:
            session.push(EditEvent(session, rng.choice(ids), "title",
                                   f"{rng.choice(words)} edited {step}"))
        elif action == "date" and ids:
            session.push(EditEvent(session, rng.choice(ids), "date",
                                   parse_date(f"{rng.randint(1, 28)} Jul 2025")))
        elif session.undo_stack.canUndo():
            session.undo_stack.undo()
        shown = [proxy.index(r, 0).data(EVENT_ID_ROLE) for r in range(proxy.rowCount())]
        assert shown == _expected(model, proxy_text(proxy)), (step, action)
    qtmodeltester.check(proxy)


def proxy_text(proxy) -> str:
    return " ".join(proxy._words)
