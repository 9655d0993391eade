"""Writing imported events in bulk: numbers, tags and cited sources, inside one change().

The CSV and JSON importers hand over rows that their preview has already
checked; this module only places them: it keeps an event's number from the
file when that number is free, numbers the rest, resolves each distinct tag
once, and writes events, tag links and cited sources with a few bulk
inserts (a 100,000-row import is a few statements per table, not a few per
row). It records every row it adds in the ``ImportBatch``, so the import is
one undo step.

The three bulk tables (events, tag links, cited sources) are written with
one ``executemany`` each rather than sqlite-utils' ``insert_all``: at
100,000 rows insert_all's per-value conversion (it checks every value for
JSON) cost as much as SQLite's own work (6.7 of 18 s, profiled). Everything
else uses sqlite-utils' table methods.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable

from storage.exchange.cited_sources import Source
from storage.exchange.import_undo import ImportBatch
from storage.records import Tag

MAX_ROWID = 2**63 - 1  # SQLite's largest integer key
_CHUNK = 500
# Events written per step of a stepped write (``write_events_in_steps``): about
# 50 ms of SQLite work with their tags and sources on a busy machine, so a
# window that runs one step per event-loop turn never stalls for long.
STEP_ROWS = 250

Steps = Generator[tuple[int, int], None, list[int]]  # yields (rows written, rows in all)


def existing(db, table: str, column: str, values: Iterable[str]) -> set[str]:
    """Which of ``values`` the table's ``column`` already holds (chunked IN queries)."""
    values = list(dict.fromkeys(v for v in values if v))
    found: set[str] = set()
    for start in range(0, len(values), _CHUNK):
        chunk = values[start:start + _CHUNK]
        found.update(row[column] for row in db[table].rows_where(
            f"{column} IN ({','.join('?' * len(chunk))})", chunk, select=column))
    return found


def tag_ids_in_steps(db, tags: Iterable[Tag], step: int) -> Generator[None, None, dict]:
    """The id of every tag, creating the missing ones ``step`` at a time (a file
    may bring thousands: one insert each), yielding between steps."""
    known = {Tag(row["name"], row["kind"]): row["id"]
             for row in db["tags"].rows_where(select="id, name, kind")}
    missing = [tag for tag in dict.fromkeys(tags) if tag not in known]
    for first in range(0, len(missing), step):
        for tag in missing[first:first + step]:
            known[tag] = db["tags"].insert({"name": tag.name, "kind": tag.kind}).last_rowid
        yield
    return known


def insert_many(db, table: str, rows: list[dict], *, ignore: bool = False) -> None:
    """Insert rows that all name the same columns, in one executemany."""
    if not rows:
        return
    names = list(rows[0])
    columns = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    db.conn.executemany(f'{verb} INTO "{table}" ({columns}) VALUES ({marks})',
                        [[row[name] for name in names] for row in rows])


def _numbers(db, wanted: list[int | None]) -> list[int]:
    """An id per row: the wanted one if free (files' numbers first), else a new one."""
    taken = {row[0] for row in db.execute("SELECT id FROM events")}
    ids: list[int | None] = []
    for number in wanted:
        if number is not None and 0 < number <= MAX_ROWID and number not in taken:
            taken.add(number)
            ids.append(number)
        else:
            ids.append(None)
    missing = ids.count(None)
    top = max(taken, default=0)
    if top + missing <= MAX_ROWID:
        fresh = iter(range(top + 1, top + missing + 1))
    else:  # someone kept the largest number there is: fill the gaps from 1 instead
        fresh = (n for n in range(1, MAX_ROWID + 1) if n not in taken)
    return [number if number is not None else next(fresh) for number in ids]


def write_events(project, rows: list[dict], tags: list[tuple[Tag, ...]],
                 sources: list[tuple[Source, ...]], batch: ImportBatch) -> list[int]:
    """Insert event rows (``id``: wanted number or None) with their tags and sources.

    Must run inside the caller's ``change()``. Returns the events' ids in order.
    """
    return run_steps(write_events_in_steps(project, rows, tags, sources, batch))


def run_steps(steps: Generator):
    """Run a stepped write to its end at once; its return value."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def write_events_in_steps(project, rows: list[dict], tags: list[tuple[Tag, ...]],
                          sources: list[tuple[Source, ...]], batch: ImportBatch,
                          step: int = 0) -> Steps:
    """``write_events`` a slice of ``STEP_ROWS`` rows at a time, yielding between slices.

    Why steps: the GUI writes a 100,000-row import inside one transaction that
    stays open across event-loop turns (gui.exchange.stepped_apply), one step
    per turn, so the window stays responsive and Cancel rolls the whole import
    back. Must run inside the caller's ``change()``; returns the events' ids.
    """
    step = step or STEP_ROWS
    db = project.db
    ids = _numbers(db, [row.get("id") for row in rows])
    yield 0, len(rows)
    naming = tag_ids_in_steps(db, (tag for event_tags in tags for tag in event_tags), step)
    while True:
        try:
            next(naming)
        except StopIteration as named:
            tag_id = named.value
            break
        yield 0, len(rows)
    for first in range(0, len(rows), step):
        last = min(first + step, len(rows))
        chunk, chunk_ids = rows[first:last], ids[first:last]
        orphaned = existing(db, "event_sources", "event_uuid", (row["uuid"] for row in chunk))
        for row, event_id in zip(chunk, chunk_ids):
            row["id"] = event_id
            if row["uuid"] in orphaned:
                batch.replace_orphans(project, row["uuid"])
        insert_many(db, "events", chunk)
        batch.ids["events"].extend(chunk_ids)
        insert_many(db, "event_tags",
                    [{"event_id": event_id, "tag_id": tag_id[tag], "position": position}
                     for event_id, event_tags in zip(chunk_ids, tags[first:last])
                     for position, tag in enumerate(event_tags)], ignore=True)
        add_sources(project, [(row["uuid"], cited)
                              for row, cited in zip(chunk, sources[first:last])], batch)
        yield last, len(rows)
    return ids


def add_sources(project, cited: list[tuple[str, tuple[Source, ...]]],
                batch: ImportBatch) -> None:
    """Append cited sources to events (by UUID) after the ones they have."""
    db = project.db
    uuids = [uuid for uuid, sources in cited if sources]
    if not uuids:
        return
    start: dict[str, int] = {}
    for first in range(0, len(uuids), _CHUNK):
        chunk = uuids[first:first + _CHUNK]
        for uuid, top in db.execute(
                "SELECT event_uuid, MAX(position) FROM event_sources WHERE event_uuid IN "
                f"({','.join('?' * len(chunk))}) GROUP BY event_uuid", chunk):
            start[uuid] = top + 1
    before = db.execute("SELECT COALESCE(MAX(id), 0) FROM event_sources").fetchone()[0]
    rows = []
    for uuid, sources in cited:
        position = start.get(uuid, 0)
        for source in sources:
            rows.append({"event_uuid": uuid, "position": position, **source._asdict()})
            position += 1
            start[uuid] = position
    insert_many(db, "event_sources", rows)
    batch.ids["event_sources"].extend(
        row["id"] for row in db["event_sources"].rows_where(
            "id > ?", [before], select="id", order_by="id"))
