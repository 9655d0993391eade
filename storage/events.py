"""Events: the analyst's chronology.

Changes return what they replaced, so that each undo command can put it back
exactly (same row id and UUID, same links) without storage knowing about undo.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import asdict, dataclass

from storage.records import Annotation, Event, Tag, TimelineRow
from temporal.dates import EventDate

EVENT_FIELDS = ("title", "description", "date", "location", "confidence")
CONFIDENCE_LEVELS = ("", "low", "medium", "high", "confirmed")

# Chronological by earliest date, then the narrower span first, then title;
# undated events last.  Matches EventDate.sort_key so views and exports agree.
CHRONOLOGY = (
    "e.date_earliest IS NULL, e.date_earliest, "
    "julianday(e.date_latest) - julianday(e.date_earliest), e.title COLLATE NOCASE, e.id"
)
_COLUMNS = (
    "id, uuid, title, description, date_value, location, confidence, created_at, updated_at"
)


@dataclass(frozen=True)
class EventSnapshot:
    """Everything delete() removed, so that restore() can bring it back whole."""

    event: Event
    passages: tuple[Annotation, ...]


def date_columns(date: EventDate | None) -> dict:
    if date is None:
        return {"date_value": "", "date_earliest": None, "date_latest": None,
                "date_precision": None, "date_approximate": 0}
    return {"date_value": date.value, "date_earliest": date.earliest.isoformat(),
            "date_latest": date.latest.isoformat(), "date_precision": date.precision.value,
            "date_approximate": int(date.approximate)}


def _clean(text: str) -> str:
    """No NUL in stored text: spreadsheets and CSV readers cut a cell at one,
    so an exported title with a NUL could never read back as itself."""
    return text.replace("\x00", "")


def _date_from_value(value: str) -> EventDate | None:
    return EventDate.from_value(value) if value else None


class Events:
    def __init__(self, project):
        self.project = project

    def add(self, title: str, date: EventDate | None = None, *, description: str = "",
            location: str = "", confidence: str = "", tags: tuple[Tag, ...] = ()) -> int:
        from storage.project import now_iso

        stamp = now_iso()
        row = {"uuid": str(uuidlib.uuid4()), "title": _clean(title).strip(),
               "description": _clean(description), "location": _clean(location).strip(),
               "confidence": confidence, "created_at": stamp, "updated_at": stamp,
               **date_columns(date)}
        with self.project.change() as db:
            event_id = db["events"].insert(row).last_pk
            self.project.tags.link(event_id, tags)
        return event_id

    def get(self, event_id: int) -> Event:
        row = self.project.db.execute(
            f"SELECT {_COLUMNS} FROM events WHERE id = ?", [event_id]
        ).fetchone()
        if row is None:
            raise KeyError(event_id)
        (eid, uuid, title, description, value, location, confidence, created, updated) = row
        return Event(eid, uuid, title, description, _date_from_value(value), location,
                     confidence, created, updated, tuple(self.project.tags.for_event(eid)))

    def exists(self, event_id: int) -> bool:
        return self.project.db.execute(
            "SELECT 1 FROM events WHERE id = ?", [event_id]).fetchone() is not None

    def count(self) -> int:
        return self.project.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]

    def update(self, event_id: int, **changes) -> dict:
        """Change fields (``date`` takes an EventDate or None; ``tags`` a tuple of
        Tag); returns the previous values for undo."""
        from storage.project import now_iso

        unknown = set(changes) - set(EVENT_FIELDS) - {"tags"}
        if unknown:
            raise ValueError(f"unknown event fields: {sorted(unknown)}")
        before = self.get(event_id)
        old = {name: getattr(before, name) for name in changes}
        columns: dict = {}
        for name, value in changes.items():
            if name == "date":
                columns.update(date_columns(value))
            elif name != "tags":
                value = _clean(value)
                columns[name] = value.strip() if name in ("title", "location") else value
        with self.project.change() as db:
            columns["updated_at"] = now_iso()
            db["events"].update(event_id, columns)
            if "tags" in changes:
                self.project.tags.replace(event_id, tuple(changes["tags"]))
        return old

    def delete(self, event_id: int) -> EventSnapshot:
        snapshot = EventSnapshot(self.get(event_id),
                                 tuple(self.project.annotations.for_event(event_id)))
        with self.project.change() as db:
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
        return snapshot

    def restore(self, snapshot: EventSnapshot) -> None:
        event = snapshot.event
        row = {"id": event.id, "uuid": event.uuid, "title": event.title,
               "description": event.description, "location": event.location,
               "confidence": event.confidence, "created_at": event.created_at,
               "updated_at": event.updated_at, **date_columns(event.date)}
        with self.project.change() as db:
            db["events"].insert(row)
            self.project.tags.link(event.id, event.tags)
            for passage in snapshot.passages:
                db["annotations"].insert(asdict(passage))

    def timeline(self, limit: int | None = None, offset: int = 0) -> list[TimelineRow]:
        """The chronology as compact rows: all of it, or ``limit`` rows from ``offset``.

        Events come in index order (``events_timeline`` covers CHRONOLOGY and
        the shown columns, so there is no sort and no table lookup); tags and
        passage counts are read in bulk and joined here, which is cheaper
        than two correlated subqueries per event.  Dates stay unparsed.

        A slice (the timeline's first screen, then the rest in slices while
        the window is idle) reads tags and counts of its own events only.
        """
        db = self.project.db
        if limit is None and not offset:
            tags = _tags_by_event(db)
            counts = dict(db.execute(
                "SELECT event_id, COUNT(*) FROM annotations GROUP BY event_id").fetchall())
            rows = db.execute(f"SELECT {_TIMELINE} FROM events e ORDER BY {CHRONOLOGY}")
        else:
            rows = db.execute(f"SELECT {_TIMELINE} FROM events e ORDER BY {CHRONOLOGY} "
                              "LIMIT ? OFFSET ?",
                              [-1 if limit is None else limit, offset]).fetchall()
            ids = [row[0] for row in rows]
            tags = _tags_by_event(db, among=ids)
            counts = dict(db.execute(
                "SELECT event_id, COUNT(*) FROM annotations WHERE event_id IN "
                "(SELECT value FROM json_each(?)) GROUP BY event_id",
                [_json_ids(ids)]).fetchall())
        # tuple.__new__ and bound gets: this loop runs 100,000 times at opening.
        new, tag_of, count_of = tuple.__new__, tags.get, counts.get
        return [new(TimelineRow, (eid, title, value, tag_of(eid, ""), count_of(eid, 0),
                                  location, earliest or "", span or 0))
                for eid, title, value, location, earliest, span in rows]

    def timeline_row(self, event_id: int) -> TimelineRow:
        db = self.project.db
        row = db.execute(f"SELECT {_TIMELINE} FROM events e WHERE e.id = ?",
                         [event_id]).fetchone()
        if row is None:
            raise KeyError(event_id)
        eid, title, value, location, earliest, span = row
        tags = _tags_by_event(db, event_id)
        sources = db.execute("SELECT COUNT(*) FROM annotations WHERE event_id = ?",
                             [event_id]).fetchone()[0]
        return TimelineRow(eid, title, value, tags.get(eid, ""), sources, location,
                           earliest or "", span or 0)


# The columns of a timeline row; its tags are read as typed (``actor:Kyiv, drones``),
# in the order the analyst gave them (_tags_by_event).
_TIMELINE = ("e.id, e.title, e.date_value, e.location, e.date_earliest, "
             "julianday(e.date_latest) - julianday(e.date_earliest)")  # as indexed


def _json_ids(ids: list[int]) -> str:
    return "[" + ",".join(map(str, ids)) + "]"


def _tags_by_event(db, event_id: int | None = None,
                   among: list[int] | None = None) -> dict[int, str]:
    """Every event's tag text (or one event's, or those ``among``); joined in Python.

    Reads ``event_tags_order`` in order (no sort); the few tags are looked up
    in a dict instead of being joined 180,000 times in SQL.
    """
    names = dict(db.execute("SELECT id, CASE kind WHEN 'other' THEN name "
                            "ELSE kind || ':' || name END FROM tags"))
    if event_id is not None:
        where, params = "WHERE event_id = ?", [event_id]
    elif among is not None:
        where = "WHERE event_id IN (SELECT value FROM json_each(?))"
        params = [_json_ids(among)]
    else:
        where, params = "", []
    found: dict[int, str] = {}
    current, texts = None, []
    for eid, tag_id in db.execute(f"SELECT event_id, tag_id FROM event_tags {where} "
                                  "ORDER BY event_id, position, tag_id", params):
        if eid != current:
            if texts:
                found[current] = ", ".join(texts)
            current, texts = eid, []
        texts.append(names[tag_id])
    if texts:
        found[current] = ", ".join(texts)
    return found
