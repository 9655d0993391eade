"""Events: the analyst's chronology.

Changes return what they replaced, so that each undo command can put it back
exactly (same row id and UUID, same links) without storage knowing about undo.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import asdict, dataclass

from storage.changes import Changes, NewRow, Undoable
from storage.clock import now_iso
from storage.corroboration import ONE_EVENT_SOURCES, disagreement, source_facts
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
# An event's tags in the analyst's order, as one JSON array of [name, kind]:
# the event and its tags come back in one statement.
_TAGS_JSON = ("(SELECT json_group_array(json_array(name, kind)) FROM "
              "(SELECT t.name, t.kind FROM event_tags et JOIN tags t ON t.id = et.tag_id "
              "WHERE et.event_id = events.id ORDER BY et.position, t.name))")


@dataclass(frozen=True)
class EventSnapshot:
    """Everything delete() removed, so that restore() can bring it back whole."""

    event: Event
    passages: tuple[Annotation, ...]

    @property
    def passage_keys(self) -> frozenset[tuple[int, int]]:
        return frozenset((p.article_id, self.event.id) for p in self.passages)


def date_columns(date: EventDate | None) -> dict:
    if date is None:
        return {"date_value": "", "date_earliest": None, "date_latest": None,
                "date_precision": None, "date_approximate": 0}
    # A day with a clock time sorts by it: its earliest and latest carry the time
    # (ISO text, so SQLite's order is the chronology and their julianday span is 0).
    start = date.sort_start
    return {"date_value": date.value, "date_earliest": start,
            "date_latest": start if date.time else date.latest.isoformat(),
            "date_precision": date.precision.value,
            "date_approximate": int(date.approximate)}


def _clean(text: str) -> str:
    """No NUL in stored text: spreadsheets and CSV readers cut a cell at one,
    so an exported title with a NUL could never read back as itself."""
    return text.replace("\x00", "")


def _date_from_value(value: str) -> EventDate | None:
    return EventDate.from_stored(value) if value else None


class Events:
    def __init__(self, project):
        self.project = project

    def add(self, title: str, date: EventDate | None = None, *, description: str = "",
            location: str = "", confidence: str = "", tags: tuple[Tag, ...] = (),
            passage: tuple[int, int, int] | None = None,
            expression: tuple[int, int, str] | None = None, source_date: str = "") -> NewRow:
        """A new event; with ``passage`` (article id, start, end) its first source,
        in the same transaction (``expression``: see Annotations.add)."""
        stamp = now_iso()
        row = {"uuid": str(uuidlib.uuid4()), "title": _clean(title).strip(),
               "description": _clean(description), "location": _clean(location).strip(),
               "confidence": confidence, "created_at": stamp, "updated_at": stamp,
               **date_columns(date)}
        annotations = self.project.annotations
        source = None if passage is None else annotations.new_row(
            *passage, expression=expression, source_date=source_date)
        with self.project.change() as db:
            # Plain SQL: a sqlite-utils insert reads the schema first (three
            # more statements on the path of every accepted suggestion).
            event_id = _insert(db, "events", row)
            created = self.project.tags.link(event_id, tags)
            if source is not None:
                annotations.insert(db, {**source, "event_id": event_id})
        passages = [] if passage is None else [(passage[0], event_id)]
        return NewRow(event_id, Changes.of(events_added=[event_id], passages=passages,
                                           tags=created))

    def get(self, event_id: int) -> Event:
        """The event with its tags: one statement."""
        row = self.project.db.execute(
            f"SELECT {_COLUMNS}, {_TAGS_JSON}, sources_lost FROM events WHERE id = ?",
            [event_id]).fetchone()
        if row is None:
            raise KeyError(event_id)
        (eid, uuid, title, description, value, location, confidence, created, updated,
         tags, lost) = row
        return Event(eid, uuid, title, description, _date_from_value(value), location,
                     confidence, created, updated, _tags_from_json(tags), lost)

    def exists(self, event_id: int) -> bool:
        return self.project.db.execute(
            "SELECT 1 FROM events WHERE id = ?", [event_id]).fetchone() is not None

    def count(self) -> int:
        return self.project.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]

    def update(self, event_id: int, **changes) -> Undoable:
        """Change fields (``date`` takes an EventDate or None; ``tags`` a tuple of
        Tag); ``before`` holds the previous values, for undo.

        Reads only the fields it changes and writes with plain SQL: editing a
        date cell is this call and the timeline row it moves (see the SQL
        count test), not a dozen schema lookups."""
        unknown = set(changes) - set(EVENT_FIELDS) - {"tags"}
        if unknown:
            raise ValueError(f"unknown event fields: {sorted(unknown)}")
        old = self._values(event_id, list(changes))
        columns: dict = {}
        for name, value in changes.items():
            if name == "date":
                columns.update(date_columns(value))
            elif name != "tags":
                value = _clean(value)
                columns[name] = value.strip() if name in ("title", "location") else value
        created = False
        with self.project.change() as db:
            columns["updated_at"] = now_iso()
            sets = ", ".join(f"{name} = ?" for name in columns)
            db.execute(f"UPDATE events SET {sets} WHERE id = ?", [*columns.values(), event_id])
            if "tags" in changes:
                created = self.project.tags.replace(event_id, tuple(changes["tags"]))
        return Undoable(old, Changes.of(events_updated=[event_id], tags=created))

    def _values(self, event_id: int, names: list[str]) -> dict:
        """The current values of these fields (as ``get`` gives them), in one statement."""
        columns = [{"date": "date_value", "tags": _TAGS_JSON}.get(name, name) for name in names]
        row = self.project.db.execute(
            f"SELECT 1{''.join(', ' + c for c in columns)} FROM events WHERE id = ?",
            [event_id]).fetchone()
        if row is None:
            raise KeyError(event_id)
        convert = {"date": _date_from_value, "tags": _tags_from_json}
        return {name: convert.get(name, lambda v: v)(value)
                for name, value in zip(names, row[1:])}

    def delete(self, event_id: int) -> Undoable:
        """Remove the event and its passages; ``before`` is the EventSnapshot
        that restore() takes."""
        snapshot = EventSnapshot(self.get(event_id),
                                 tuple(self.project.annotations.for_event(event_id)))
        with self.project.change() as db:
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
        return Undoable(snapshot, Changes.of(events_removed=[event_id],
                                             passages=snapshot.passage_keys))

    def restore(self, snapshot: EventSnapshot) -> Changes:
        event = snapshot.event
        row = {"id": event.id, "uuid": event.uuid, "title": event.title,
               "description": event.description, "location": event.location,
               "confidence": event.confidence, "created_at": event.created_at,
               "updated_at": event.updated_at, "sources_lost": event.sources_lost,
               **date_columns(event.date)}
        with self.project.change() as db:
            db["events"].insert(row)
            created = self.project.tags.link(event.id, event.tags)
            if snapshot.passages:
                db["annotations"].insert_all(asdict(p) for p in snapshot.passages)
        return Changes.of(events_added=[event.id], passages=snapshot.passage_keys,
                          tags=created)

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
            ids = None
            rows = db.execute(f"SELECT {_TIMELINE} FROM events e ORDER BY {CHRONOLOGY}")
        else:
            rows = db.execute(f"SELECT {_TIMELINE} FROM events e ORDER BY {CHRONOLOGY} "
                              "LIMIT ? OFFSET ?",
                              [-1 if limit is None else limit, offset]).fetchall()
            ids = [row[0] for row in rows]
        tags = _tags_by_event(db) if ids is None else _tags_by_event(db, among=ids)
        counts, differ, lost = source_facts(db, ids)
        # tuple.__new__ and bound gets: this loop runs 100,000 times at opening.
        new, tag_of, count_of = tuple.__new__, tags.get, counts.get
        differ_of, lost_of = differ.get, lost.get
        return [new(TimelineRow, (eid, title, value, tag_of(eid, ""), count_of(eid, 0),
                                  location, earliest or "", span or 0, differ_of(eid, ""),
                                  lost_of(eid, "")))
                for eid, title, value, location, earliest, span in rows]

    def timeline_rows(self, event_ids) -> list[TimelineRow]:
        """The rows of these events, in chronological order: a few statements
        however many (an import of a thousand events is not a thousand reads)."""
        db, ids = self.project.db, list(event_ids)
        rows = db.execute(f"SELECT {_TIMELINE} FROM events e WHERE e.id IN "
                          f"(SELECT value FROM json_each(?)) ORDER BY {CHRONOLOGY}",
                          [_json_ids(ids)]).fetchall()
        tags = _tags_by_event(db, among=ids)
        counts, differ, lost = source_facts(db, ids)
        return [TimelineRow(eid, title, value, tags.get(eid, ""), counts.get(eid, 0), location,
                            earliest or "", span or 0, differ.get(eid, ""), lost.get(eid, ""))
                for eid, title, value, location, earliest, span in rows]

    def timeline_row(self, event_id: int) -> TimelineRow:
        """One row of the chronology, its tags and sources included: one statement."""
        row = self.project.db.execute(
            f"SELECT {_TIMELINE}, "
            "(SELECT group_concat(text, ', ') FROM (SELECT CASE t.kind WHEN 'other' "
            "THEN t.name ELSE t.kind || ':' || t.name END AS text FROM event_tags et "
            "JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id "
            f"ORDER BY et.position, et.tag_id)), {ONE_EVENT_SOURCES} "
            "FROM events e WHERE e.id = ?", [event_id]).fetchone()
        if row is None:
            raise KeyError(event_id)
        eid, title, value, location, earliest, span, tags, sources, dates, lost = row
        return TimelineRow(eid, title, value, tags or "", sources, location,
                           earliest or "", span or 0, disagreement(json.loads(dates)), lost)


def _insert(db, table: str, row: dict) -> int:
    names = ", ".join(row)
    marks = ", ".join("?" * len(row))
    return db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                      list(row.values())).lastrowid


def _tags_from_json(text: str | None) -> tuple[Tag, ...]:
    return tuple(Tag(name, kind) for name, kind in json.loads(text or "[]"))


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
