"""The timeline in ACLED's column layout, and ACLED-style rows read back as events.

ACLED (Armed Conflict Location & Event Data) records one day per event and
says how sure that day is in ``time_precision``: 1 = the source gives the
day; 2 = the source gives a week or a similar short period ("the weekend",
"around 1 July"), and the date is that period's middle day; 3 = the source
gives only a month, and the date is its middle (we use the 15th, as ACLED's
coders do). Our precisions map onto those three codes; anything coarser
than a month (quarters, seasons, years...) has no ACLED code, so those
events are not written but listed in the export's warnings, as are undated
ones. Reading back, code 2 becomes the ISO week holding the date and code 3
its month: a weekend or an approximate day comes back as a week.

Columns beyond ACLED's own: ``event_id`` (the event's number in the project
that exported it) and ``event_uuid`` (its identity, so re-importing the file
finds the events already there). ``actor1`` and ``actor2`` hold one actor
each, read whole (an actor named "Smith, John" stays one); ACLED's
``assoc_actor_*`` columns list several, split at semicolons; ``tags`` is a
tag list as our CSV writes it, with ``; `` between tags.

ACLED has no column for Admiralty grades (issue 12), and its ``source``
cell is where an analyst looks for who reported the event, so each graded
source carries its grade there: "BBC News (B2); Ruposters (C3)". Reading the
cell back splits the grade off again (source_grades.split_graded), so the
outlets' reliability and each source's credibility survive the round trip.
Passages of one outlet are one item unless their grades differ.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from storage.exchange.cells import TITLE_LIMIT, derived_uuid, read_tag_cell, short_title, tag_text
from storage.exchange.cited_sources import Source
from storage.exchange.export_reading import chronology, snapshot
from storage.exchange.files import write_csv
from storage.exchange.layouts import CsvFormat, Layout, ParsedEvent, RowProblem
from storage.exchange.problems import ExportReport
from storage.records import Tag
from storage.source_grades import graded_name, split_graded
from temporal.dates import DateParseError, EventDate, Precision, parse_date, unit_span

ACLED_COLUMNS = ("event_date", "year", "time_precision", "actor1", "actor2", "location",
                 "source", "notes", "tags", "event_id", "event_uuid")
SHORT_RANGE_DAYS = 7    # a range up to a week is "a week or similar period"
MONTH_RANGE_DAYS = 31   # up to a month's length it is "a month"
_WEEKLY = (Precision.WEEK, Precision.WEEKEND)
ACLED_ACTOR_COLUMNS = ("actor1", "actor2")  # one actor each
ACLED_ASSOCIATED_COLUMNS = ("assoc_actor_1", "assoc_actor_2")  # several, "; " between


def acled_day(date: EventDate) -> tuple[dt.date, int] | None:
    """The (event_date, time_precision) ACLED would record, or None if coarser."""
    first, last, p = date.earliest, date.latest, date.precision
    days = (last - first).days + 1
    middle = first + dt.timedelta(days=(days - 1) // 2)
    if p is Precision.DAY:
        return first, 2 if date.approximate else 1
    if p in _WEEKLY or (p is Precision.RANGE and days <= SHORT_RANGE_DAYS):
        return middle, 2
    if p is Precision.MONTH:
        return first.replace(day=15), 3
    if p is Precision.RANGE and days <= MONTH_RANGE_DAYS:
        return middle, 3
    return None


def acled_date(text: str, precision: str = "") -> EventDate:
    """An event date from ACLED's ``event_date`` and ``time_precision`` cells.

    ACLED's downloads write dates as ``2024-01-15`` or ``15 January 2024``;
    both are read (the second by the same parser analysts type into).
    """
    text, precision = text.strip(), precision.strip()
    if not text:
        raise RowProblem("event_date is empty")
    try:
        day = parse_date(text)
    except DateParseError as exc:
        raise RowProblem(str(exc)) from None
    if day.precision is not Precision.DAY or day.approximate:
        raise RowProblem(f"event_date “{text}” is not a single day")
    unit = {"": Precision.DAY, "1": Precision.DAY, "2": Precision.WEEK,
            "3": Precision.MONTH}.get(precision)
    if unit is None:
        raise RowProblem(f"time_precision “{precision}” is not 1, 2 or 3")
    try:
        return EventDate(*unit_span(unit, day.earliest), unit)
    except (DateParseError, ValueError) as exc:
        raise RowProblem(str(exc)) from None


def _notes(title: str, description: str) -> str:
    """Title on the first line, so the importer can tell it from the description."""
    return f"{title}\n\n{description}" if description.strip() else title


def acled_rows(project, report: ExportReport):
    for event in chronology(project):
        if event.date is None:
            report.warnings.append(f"event {event.id} “{event.title}” has no date")
            continue
        placed = acled_day(event.date)
        if placed is None:
            report.warnings.append(
                f"event {event.id} “{event.title}” is dated {event.date.display}, "
                "coarser than a month, which ACLED cannot record")
            continue
        day, precision = placed
        actors = [t for t in event.tags if t.kind == "actor"][:2]
        rest = [t for t in event.tags if t not in actors]
        outlets: list[str] = []
        for index, source in enumerate(event.sources):
            name = source.outlet or source.title or source.url
            item = graded_name(name, event.grade(index)) if name else ""
            if item and item not in outlets:
                outlets.append(item)
        report.count += 1
        yield [day.isoformat(), str(day.year), str(precision),
               actors[0].name if actors else "", actors[1].name if len(actors) > 1 else "",
               event.location, "; ".join(outlets), _notes(event.title, event.description),
               tag_text(rest, "; "), str(event.id), event.uuid]


def export_acled(project, path: str | Path, *, excel: bool = False) -> ExportReport:
    """Write the ACLED-style CSV; the report lists the events that could not go in."""
    report = ExportReport()
    with snapshot(project):
        write_csv(acled_rows(project, report), ACLED_COLUMNS, path, excel=excel)
    return report


def _actors(row: dict[str, str]) -> list[str]:
    """Actor names: actor1 and actor2 whole, the associated actors split at semicolons."""
    names = [row.get(column, "") for column in ACLED_ACTOR_COLUMNS]
    for column in ACLED_ASSOCIATED_COLUMNS:
        names.extend(row.get(column, "").split(";"))
    return [" ".join(name.split()) for name in names]


def read_acled(row: dict[str, str], layout: Layout | None = None,
               group_kind: str = "other") -> ParsedEvent:
    """One ACLED-style row: notes give title and description, actors become actor tags."""
    date = acled_date(row.get("event_date", ""), row.get("time_precision", ""))
    notes = row.get("notes", "").strip()
    first, _, rest = notes.partition("\n")
    if len(" ".join(first.split())) <= TITLE_LIMIT and first.strip():
        title, description = first.strip(), rest.strip()
    else:
        kind = row.get("sub_event_type") or row.get("event_type") or ""
        title = short_title(notes) or " in ".join(p for p in (kind, row.get("location", "")) if p)
        description = notes
    if not title:
        raise RowProblem("the row has no notes, event type or location to name the event")
    tags: list[Tag] = []
    for name in _actors(row):
        if name and Tag(name, "actor") not in tags:
            tags.append(Tag(name, "actor"))
    for column in ("event_type", "sub_event_type"):
        name = " ".join(row.get(column, "").split())
        if name and Tag(name, "topic") not in tags:
            tags.append(Tag(name, "topic"))
    tags.extend(t for t in read_tag_cell(row.get("tags", "")) if t not in tags)
    graded = [split_graded(" ".join(s.split())) for s in row.get("source", "").split(";")]
    graded = [(outlet, grade) for outlet, grade in graded if outlet]
    event = ParsedEvent(title, date, description, location=row.get("location", "").strip(),
                        tags=tuple(tags), sources=tuple(Source(outlet=o) for o, _ in graded))
    if any(grade for _, grade in graded):
        event.grades = tuple(grade for _, grade in graded)
    event.uuid = row.get("event_uuid", "").strip() or derived_uuid(
        "acled", row.get("event_id_cnty", "").strip() or f"{date.value}\x1f{notes}")
    return event


_USES = {
    "event_date": "date", "time_precision": "date precision", "notes": "title and description",
    "actor1": "actor tag", "actor2": "actor tag", "assoc_actor_1": "actor tags",
    "assoc_actor_2": "actor tags", "location": "location",
    "source": "source outlets (and grades)",
    "tags": "tags", "event_type": "topic tag", "sub_event_type": "topic tag",
    "event_uuid": "event UUID", "event_id_cnty": "event UUID (derived)",
}
FORMAT = CsvFormat("acled", "ACLED-style CSV", _USES,
                   lambda names: "event_date" in names
                   and bool(names & {"notes", "actor1", "event_id_cnty"}), read_acled)
