"""Accept an article's event suggestions as Accept All does: the batch pre-annotation.

Why in storage: the command line (`main.py import … --accept-suggestions`)
has no window, and the same rules must hold there as in the Suggestions tab.
Both start from `temporal.event_proposals.propose_events` and choose with
`storage.suggestion_review.accept_all`: every change in one transaction, only
dated events (a present reference or an undated happening is never taken),
dismissed suggestions left out, and never two events of one happening (one
proposal per happening in an article; a suggestion already accepted, or an
event already in the project with the same title and date, is not made again).
A suggestion that is a happening the project already holds
(`temporal.events.matching`: overlapping dates, same kind, shared names or title
words, across languages) is linked to that event as a further source instead of
making another (issue 12).
"""

from __future__ import annotations

from storage.changes import NO_CHANGES, Changes
from storage.event_matching import linked_events, project_index
from storage.suggestion_review import Suggestion, accept_all, review
from temporal.event_proposals import propose_events
from temporal.events.matching import EventIndex, Profile, profile
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


def suggestion_profile(row: Suggestion, text: str) -> Profile | None:
    """What matching compares of a suggestion: its title, date, names, kind and
    the words of its sentence; None when it has no date."""
    if row.date is None:
        return None
    proposal = row.proposal
    return profile(row.title, row.date.earliest, row.date.latest,
                   proposal.actors + proposal.places, proposal.family,
                   text[row.start:row.end])


def accept_rows(project, article_id: int, rows: list[Suggestion],
                index: EventIndex | None = None) -> tuple[list[int], list[int]]:
    """Make an event of each row, in the open transaction: title, date, actor and
    place tags, the sentence linked with the expression that dated it; or, with
    ``index``, link the sentence to the event the row is the same happening as.
    Returns the ids of the events made and of those linked."""
    added: list[int] = []
    linked: list[int] = []
    exclude = linked_events(project, article_id) if index is not None else set()
    text = project.articles.get(article_id).text if index is not None else ""
    for row in rows:
        mine = suggestion_profile(row, text) if index is not None else None
        same = None if mine is None else index.best(mine, exclude)
        if same is not None:
            project.annotations.add_source(article_id, same.event_id, row.start, row.end,
                                           tags=row.tags, expression=row.expression_record,
                                           source_date=row.date.value)
            index.absorb(same.event_id, mine)
            linked.append(same.event_id)
            exclude.add(same.event_id)
            continue
        event_id = int(project.events.add(row.title, row.date, tags=row.tags,
                                          passage=(article_id, row.start, row.end),
                                          expression=row.expression_record,
                                          source_date=row.date.value if row.date else ""))
        added.append(event_id)
        if mine is not None:
            index.add(event_id, mine)
            exclude.add(event_id)
    return added, linked


def accept_event_suggestions(project, article_id: int,
                             index: EventIndex | None = None) -> Changes:
    """Create an event for each suggestion Accept All would take, or link it to the
    event already there; one transaction. ``index``
    (`storage.event_matching.project_index`) is kept up to date here, so a batch
    of articles builds it once."""
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
    index = project_index(project) if index is None else index
    with project.change():
        added, linked = accept_rows(project, article_id, chosen, index)
    return Changes(events_added=frozenset(added), events_updated=frozenset(linked),
                   passages=frozenset((article_id, event_id) for event_id in added + linked),
                   tags=any(row.tags for row in chosen))
