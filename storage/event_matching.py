"""The project's events as a matching index: which event a suggestion is (issue 12).

Why here: the rules live in `temporal.events.matching` (Qt-free, SQL-free);
this module reads the events, their tags and their sources out of the project
for it, so the batch import and the Suggestions tab match against the same
index built the same way.
"""

from __future__ import annotations

import datetime as dt
import json

from temporal.events.matching import EventIndex, Match, Profile, profile

EventRows = tuple[list[tuple[int, str, str, str]], dict[int, list[str]]]


def event_rows(project) -> EventRows:
    """The dated events (id, title, first, last day) and their actor and place names:
    the SQL half of building the index, quick, on the connection's own thread."""
    db = project.db
    names: dict[int, list[str]] = {}
    for event_id, name in db.execute(
            "SELECT et.event_id, t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id "
            "WHERE t.kind IN ('actor', 'place')"):
        names.setdefault(event_id, []).append(name)
    events = db.execute("SELECT id, title, date_earliest, date_latest FROM events "
                        "WHERE date_earliest IS NOT NULL").fetchall()
    return events, names


def index_of(rows: EventRows) -> EventIndex:
    """The index built from `event_rows`: the slow half (profiling every event, seconds
    at 100,000), which touches no connection and so may run in a worker thread."""
    events, names = rows
    day = dt.date.fromisoformat
    index = EventIndex()
    index.extend((event_id, profile(title, day(earliest), day(latest), names.get(event_id, ())))
                 for event_id, title, earliest, latest in events)
    return index


def project_index(project) -> EventIndex:
    """Every dated event of the project, profiled from its title, span and tags."""
    return index_of(event_rows(project))


def refresh(project, index: EventIndex, event_ids) -> None:
    """Bring the given events up to date in the index (added, edited or gone)."""
    ids = sorted(set(event_ids))
    if not ids:
        return
    for event_id in ids:
        index.remove(event_id)
    for event_id, event in _profiles_of(project.db, ids):
        index.add(event_id, event)


def _profiles_of(db, ids: list[int]) -> list[tuple[int, Profile]]:
    """Profiles of some events, their actor and place names included: one statement."""
    day = dt.date.fromisoformat
    rows = db.execute(
        "SELECT id, title, date_earliest, date_latest, (SELECT json_group_array(t.name) "
        "FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = events.id "
        "AND t.kind IN ('actor', 'place')) FROM events WHERE date_earliest IS NOT NULL "
        "AND id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]).fetchall()
    return [(event_id, profile(title, day(earliest), day(latest), json.loads(names)))
            for event_id, title, earliest, latest, names in rows]


def linked_events(project, article_id: int) -> set[int]:
    """Events the article is already a source of: never matched again from it (one
    article reports one happening once; find_events already merged its mentions)."""
    return {row[0] for row in project.db.execute(
        "SELECT DISTINCT event_id FROM annotations WHERE article_id = ?", [article_id])}


def source_count(project, event_id: int) -> int:
    """Distinct outlets (or articles without one) among an event's sources."""
    return project.db.execute(
        "SELECT COUNT(DISTINCT CASE WHEN a.outlet != '' THEN 'o:' || a.outlet "
        "ELSE 'a:' || a.id END) FROM annotations n JOIN articles a ON a.id = n.article_id "
        "WHERE n.event_id = ?", [event_id]).fetchone()[0]


def best_match(index: EventIndex, title: str, earliest: dt.date, latest: dt.date,
               names=(), family: str = "", exclude=frozenset()) -> Match | None:
    """The project event a proposed one is the same happening as, if any."""
    return index.best(profile(title, earliest, latest, names, family), exclude)
