"""How every export reads the project: as of one moment, in a few bulk queries.

An export runs several queries (events, their tags, their sources, the
articles) and joins them in Python. Another window or a command-line import
may write to the project between two of them; read outside a transaction,
the export would then see a tag link whose tag it has not read, or a passage
whose article it has not read, and crash or write a file that refers to
rows it does not contain (issue 16). ``snapshot`` wraps the export's reads
in one read transaction: in WAL mode SQLite gives every query in it the
database as it was at the first one, without blocking the other writers.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from storage.corroboration import grades_by_event
from storage.events import CHRONOLOGY
from storage.exchange.cited_sources import Source, sources_by_event
from storage.records import Tag, stored_date
from temporal.dates import EventDate


@contextlib.contextmanager
def snapshot(project) -> Iterator[None]:
    """One read transaction around the block, unless one is already open.

    Inside ``Project.change()`` the caller's own transaction is already a
    consistent view (and must not be ended here).
    """
    conn = project.db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # nothing was written; ends the read


@dataclass(frozen=True)
class ExportEvent:
    """An event with everything any export writes about it."""

    id: int
    uuid: str
    date: EventDate | None
    title: str
    description: str
    location: str
    confidence: str
    tags: tuple[Tag, ...]
    sources: tuple[Source, ...]
    grades: tuple[str, ...] = ()  # Admiralty, one per source ("B2", ""); () none graded

    def grade(self, index: int) -> str:
        """The grade of ``sources[index]``, "" when ungraded."""
        return self.grades[index] if index < len(self.grades) else ""


TAG_LINKS = ("SELECT et.event_id, t.name, t.kind FROM event_tags et "
             "JOIN tags t ON t.id = et.tag_id ORDER BY et.event_id, et.position, t.name")


def tags_by_event(project) -> dict[int, list[Tag]]:
    """Every event's tags in their order, in one query."""
    found: dict[int, list[Tag]] = {}
    for event_id, name, kind in project.db.execute(TAG_LINKS):
        found.setdefault(event_id, []).append(Tag(name, kind))
    return found


def chronology(project) -> Iterator[ExportEvent]:
    """Every event in timeline order, with tags, sources and their grades.

    Call it inside ``snapshot`` (the exports do): the generator reads lazily.
    """
    tags = tags_by_event(project)
    sources = sources_by_event(project)
    grades = grades_by_event(project)
    rows = project.db.execute(
        "SELECT e.id, e.uuid, e.date_value, e.title, e.description, e.location, "
        f"e.confidence FROM events e ORDER BY {CHRONOLOGY}").fetchall()
    for eid, uuid, value, title, description, location, confidence in rows:
        yield ExportEvent(eid, uuid, stored_date(value), title,
                          description, location, confidence, tuple(tags.get(eid, ())),
                          tuple(sources.get(eid, ())), tuple(grades.get(eid, ())))
