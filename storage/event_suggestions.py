"""Accept an article's event suggestions as Accept All does: the batch pre-annotation.

Why in storage: the command line (`main.py import … --accept-suggestions`)
has no window, and the same rules must hold there as in the Suggestions tab.
Both start from `temporal.event_proposals.propose_events` and choose with
`storage.suggestion_review.accept_all`: every change in one transaction, only
dated events (a present reference or an undated happening is never taken),
dismissed suggestions left out, and never two events of one happening (one
proposal per happening in an article; a suggestion already accepted, or an
event already in the project with the same title and date, is not made again).
"""

from __future__ import annotations

from storage.changes import NO_CHANGES, Changes
from storage.suggestion_review import Suggestion, accept_all, review
from temporal.event_proposals import propose_events
from temporal.expressions import find_expressions


def made_already(project, rows: list[Suggestion]) -> set[tuple[str, str]]:
    """(casefolded title, date value) of the project's events that share a date
    with one of ``rows``: what Accept All must not make twice. One statement."""
    values = sorted({row.date.value for row in rows if row.date is not None})
    if not values:
        return set()
    found = project.db.execute(
        f"SELECT title, date_value FROM events WHERE date_value IN "
        f"({', '.join('?' * len(values))})", values).fetchall()
    return {(title.casefold(), value) for title, value in found}


def accept_rows(project, article_id: int, rows: list[Suggestion]) -> list[int]:
    """Make an event of each row, in the open transaction: title, date, actor and
    place tags, the sentence linked with the expression that dated it."""
    return [int(project.events.add(row.title, row.date, tags=row.tags,
                                   passage=(article_id, row.start, row.end),
                                   expression=row.expression_record))
            for row in rows]


def accept_event_suggestions(project, article_id: int) -> Changes:
    """Create an event for each suggestion Accept All would take; one transaction."""
    article = project.articles.get(article_id)
    reference = article.published_date
    if reference is None:
        return NO_CHANGES  # the application never assumes a publication date
    expressions = find_expressions(article.text, reference)
    rows = review(propose_events(article.text, reference, expressions),
                  project.dismissals.for_article(article_id),
                  project.annotations.for_article_with_events(article_id))
    chosen = accept_all(rows, made_already(project, rows))
    if not chosen:
        return NO_CHANGES
    with project.change():
        added = accept_rows(project, article_id, chosen)
    return Changes(events_added=frozenset(added),
                   passages=frozenset((article_id, event_id) for event_id in added),
                   tags=any(row.tags for row in chosen))
