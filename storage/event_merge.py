"""Merge events that are one happening (Event ▸ Merge; issue 12).

Why: before matching existed, or when it missed, an analyst ends up with "Feb
2022" twice, one per article. Merging keeps the first event (the one made
first: the lowest id) and gives it everything of the others, so nothing is
lost: every passage (with its note, and the date its source gave, recorded
in ``annotations.source_date`` if it had none), every tag, every cited
source, the descriptions, and the others' titles, places and confidence
where they differ (written into the description as "Merged: …").

The date is the narrowest that all sources allow: the intersection of the
events' and the sources' spans, as the narrowest of their own dates that
lies inside it, else the intersection itself as a range. When the spans do
not overlap, the sources contradict each other: the kept event's date stays
and the conflict is reported (and shown by its per-source dates).

One transaction; ``before`` holds what undo needs to split them again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from storage.changes import Changes, Undoable
from storage.events import EventSnapshot
from storage.records import Event, stored_date
from temporal.dates import EventDate


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed, so that undo restores each event as it was."""

    kept: int
    kept_before: dict  # the kept event's fields before (Events.update's ``before``)
    removed: tuple[EventSnapshot, ...]  # the others, their passages as they were
    kept_dates: tuple[int, ...]  # the kept event's passages given its date by the merge
    cited: tuple[tuple[int, str, int], ...]  # (row id, event uuid, position) moved
    conflicts: tuple[str, ...]


def narrowest_date(dates: list[EventDate]) -> EventDate | None:
    """The narrowest date all of ``dates`` allow, or None when they contradict."""
    if not dates:
        return None
    first = max(d.earliest for d in dates)
    last = min(d.latest for d in dates)
    if first > last:
        return None
    inside = [d for d in dates if first <= d.earliest and d.latest <= last]
    if inside:
        return min(inside, key=lambda d: ((d.latest - d.earliest).days, d.approximate))
    return EventDate.from_span(first, last)


def _conflicts(kept: Event, others: list[Event]) -> tuple[list[str], list[str]]:
    """Lines for the description ("Merged: …") and the conflicts to report."""
    lines, conflicts = [], []
    for other in others:
        about = [f"“{other.title}”"]
        if other.date != kept.date:
            about.append(other.date.display if other.date else "undated")
        if other.location and other.location != kept.location:
            about.append(f"at {other.location}")
            conflicts.append(f"place {other.location} / {kept.location or '—'}")
        if other.confidence and other.confidence != kept.confidence:
            about.append(f"confidence {other.confidence}")
        lines.append("Merged: " + ", ".join(about))
    return lines, conflicts


def merge_events(project, event_ids) -> Undoable:
    """Merge the events into the first made; one transaction."""
    ids = sorted(set(event_ids))
    if len(ids) < 2:
        raise ValueError("Select two or more events to merge.")
    events = [project.events.get(event_id) for event_id in ids]
    kept, others = events[0], events[1:]
    passages = {e.id: tuple(project.annotations.for_event(e.id)) for e in events}
    given = [stored_date(p.source_date) for e in events for p in passages[e.id]
             if p.source_date]
    dates = [e.date for e in events if e.date is not None] + [d for d in given if d]
    date = narrowest_date(dates)
    lines, conflicts = _conflicts(kept, others)
    if date is None and dates:
        shown = sorted({d.display for d in dates})
        conflicts.insert(0, f"dates {' / '.join(shown)}: the sources disagree")
        date = kept.date
    tags = tuple(dict.fromkeys(tag for e in events for tag in e.tags))
    descriptions = [e.description for e in events if e.description.strip()]
    description = "\n\n".join(dict.fromkeys(descriptions + lines))
    location = kept.location or next((e.location for e in others if e.location), "")
    confidence = kept.confidence or next((e.confidence for e in others if e.confidence), "")
    db = project.db
    with project.change():
        kept_dates = tuple(p.id for p in passages[kept.id] if not p.source_date and kept.date)
        if kept_dates:
            db.execute("UPDATE annotations SET source_date = ? WHERE id IN "
                       "(SELECT value FROM json_each(?))",
                       [kept.date.value, json.dumps(list(kept_dates))])
        for other in others:
            db.execute("UPDATE annotations SET event_id = ?, source_date = CASE WHEN "
                       "source_date = '' THEN ? ELSE source_date END WHERE event_id = ?",
                       [kept.id, other.date.value if other.date else "", other.id])
        cited = tuple(db.execute(
            "SELECT id, event_uuid, position FROM event_sources WHERE event_uuid IN "
            "(SELECT value FROM json_each(?)) ORDER BY event_uuid = ? DESC, id",
            [json.dumps([e.uuid for e in others]), kept.uuid]).fetchall())
        base = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM event_sources "
                          "WHERE event_uuid = ?", [kept.uuid]).fetchone()[0]
        for offset, (row_id, _uuid, _position) in enumerate(cited):
            db.execute("UPDATE event_sources SET event_uuid = ?, position = ? WHERE id = ?",
                       [kept.uuid, base + offset, row_id])
        for other in others:
            db.execute("DELETE FROM events WHERE id = ?", [other.id])
        update = project.events.update(kept.id, date=date, tags=tags, description=description,
                                       location=location, confidence=confidence)
    record = MergeRecord(kept.id, update.before,
                         tuple(EventSnapshot(e, passages[e.id]) for e in others), kept_dates,
                         cited, tuple(conflicts))
    moved = {(p.article_id, e.id) for e in others for p in passages[e.id]}
    return Undoable(record, Changes.of(
        events_removed=[e.id for e in others], events_updated=[kept.id],
        passages=moved | {(article_id, kept.id) for article_id, _ in moved},
        tags=update.changes.tags))


def unmerge(project, record: MergeRecord) -> Changes:
    """Undo a merge: the other events back with their passages, tags and sources."""
    db = project.db
    with project.change():
        for snapshot in record.removed:
            project.events.restore(EventSnapshot(snapshot.event, ()))
            for passage in snapshot.passages:
                db.execute("UPDATE annotations SET event_id = ?, source_date = ? WHERE id = ?",
                           [snapshot.event.id, passage.source_date, passage.id])
        if record.kept_dates:
            db.execute("UPDATE annotations SET source_date = '' WHERE id IN "
                       "(SELECT value FROM json_each(?))",
                       [json.dumps(list(record.kept_dates))])
        for row_id, _uuid, _position in record.cited:  # out of the way of UNIQUE first
            db.execute("UPDATE event_sources SET position = -1 - id WHERE id = ?", [row_id])
        for row_id, uuid, position in record.cited:
            db.execute("UPDATE event_sources SET event_uuid = ?, position = ? WHERE id = ?",
                       [uuid, position, row_id])
        update = project.events.update(record.kept, **record.kept_before)
    moved = {(p.article_id, s.event.id) for s in record.removed for p in s.passages}
    return Changes.of(events_added=[s.event.id for s in record.removed],
                      events_updated=[record.kept],
                      passages=moved | {(article_id, record.kept) for article_id, _ in moved},
                      tags=update.changes.tags)
