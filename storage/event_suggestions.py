"""Accept an article's event suggestions as Accept All does: the batch pre-annotation.

Why in storage: the command line (`main.py import … --accept-suggestions`)
has no window, and the same rules must hold there as in the Suggestions tab:
every change in one transaction, only dated events (a present reference or
an undated happening is never taken), dismissed suggestions left out, and
never two events of one happening (find_events keeps one per happening in an
article; an event already in the project with the same title and date, or
already linked to the same sentence, is not made again).
"""

from __future__ import annotations

from storage.changes import NO_CHANGES, Changes
from storage.records import Tag
from temporal import find_events
from temporal.dates import EventDate


def accept_event_suggestions(project, article_id: int) -> Changes:
    """Create an event (title, date, actor and place tags, the sentence linked as its
    passage) for each event suggestion of the article; one transaction."""
    article = project.articles.get(article_id)
    reference = article.published_date
    if reference is None:
        return NO_CHANGES  # the application never assumes a publication date
    dismissed = project.dismissals.for_article(article_id)
    added: list[int] = []
    tagged = False
    with project.change() as db:
        for event in find_events(article.text, reference):
            if event.value is None or (event.start, event.end) in dismissed or (
                    event.expression is not None
                    and (event.expression.start, event.expression.end) in dismissed):
                continue
            if db.execute("SELECT 1 FROM events WHERE date_value = ? AND title = ?",
                          [event.value, event.title]).fetchone() or db.execute(
                    'SELECT 1 FROM annotations a JOIN events e ON e.id = a.event_id WHERE '
                    'a.article_id = ? AND a.start = ? AND a."end" = ? AND e.date_value = ?',
                    [article_id, event.sentence_start, event.sentence_end,
                     event.value]).fetchone():
                continue  # accepted before (perhaps retitled since)
            tags = tuple(Tag(name, "actor") for name in event.actors) + tuple(
                Tag(name, "place") for name in event.places)
            event_id = project.events.add(event.title, EventDate.from_value(event.value),
                                          tags=tags)
            expression = (None if event.expression is None else
                          (event.expression.start, event.expression.end,
                           event.expression.value))
            project.annotations.add(article_id, event_id, event.sentence_start,
                                    event.sentence_end, expression=expression)
            added.append(event_id)
            tagged = tagged or bool(tags)
    return Changes(events_added=frozenset(added),
                   passages=frozenset((article_id, event_id) for event_id in added),
                   tags=tagged)
