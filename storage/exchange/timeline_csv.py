"""Our own timeline CSV: one row per event, chronological, sources flattened; and read back.

RFC 4180 (comma, double-quote quoting, CRLF) in UTF-8 with a header row; the
"Excel" variant adds a byte-order mark so Excel reads UTF-8. Multi-valued
cells (sources, quotes) join their items with `` | `` (storage.exchange.cells)
in the same order across columns, so the n-th title, outlet, URL, published
date and quote belong together; ``sources`` counts them. Linked passages
come first, then sources cited without article text.

The file reads back exactly (``read_ours``, through storage.exchange.csv_import):
export → import into an empty project → export gives the same bytes. Three
things make that hold: cells a spreadsheet would run as a formula get a
leading apostrophe that the importer removes again; a tag is written as
``kind:name`` whenever its plain form would read back as a different tag;
commas inside tag names are escaped. NUL characters are dropped on export
(spreadsheets cut a cell at a NUL and many CSV readers reject it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from storage.corroboration import grade_cells_by_event
from storage.events import CHRONOLOGY, CONFIDENCE_LEVELS
from storage.exchange.cells import read_tag_cell, split_items, tag_cell
from storage.exchange.cited_sources import Source, source_cells_by_event
from storage.exchange.export_reading import snapshot
from storage.exchange.files import write_csv
from storage.exchange.layouts import CsvFormat, Layout, ParsedEvent, RowProblem
from storage.records import Tag, stored_date
from storage.source_grades import parse_grade
from temporal.dates import DateParseError, EventDate, parse_date

COLUMNS = (
    "event_id", "event_uuid", "date_value", "earliest", "latest", "precision",
    "approximate", "display_date", "title", "description", "location", "tags",
    "confidence", "sources", "source_titles", "source_outlets", "source_urls",
    "source_published", "quotes", "source_grades",
)
SOURCE_COLUMNS = ("source_titles", "source_outlets", "source_urls", "source_published",
                  "quotes")
# SQLite's rowid is a signed 64-bit integer; an event number above it cannot be kept.
MAX_EVENT_ID = 2**63 - 1
MAX_SOURCES = 100_000  # more sources than that in one cell is no real row


# -- writing -------------------------------------------------------------------------
def _tag_cells_by_event(project) -> dict[int, str]:
    """Every event's tags cell, as tag_text writes it, without a Tag per link.

    A project has few tags and many links: each tag's text is worked out once
    (by tag_cell) and the links only look it up by id. Run inside the export's
    snapshot, so every linked tag is among the tags read.
    """
    db = project.db
    cell_of = {tag_id: tag_cell(Tag(name, kind))
               for tag_id, name, kind in db.execute("SELECT id, name, kind FROM tags")}
    found: dict[int, list[str]] = {}
    for event_id, tag_id in db.execute(
            "SELECT et.event_id, et.tag_id FROM event_tags et "
            "JOIN tags t ON t.id = et.tag_id ORDER BY et.event_id, et.position, t.name"):
        cells = found.get(event_id)
        if cells is None:
            found[event_id] = [cell_of[tag_id]]
        else:
            cells.append(cell_of[tag_id])
    return {event_id: ", ".join(cells) for event_id, cells in found.items()}


def _date_cells(value: str) -> tuple[str, ...]:
    """The six date cells of a stored date value."""
    date = stored_date(value)
    if date is None:
        return ("", "", "", "", "no", "")
    return (date.value, date.earliest.isoformat(), date.latest.isoformat(),
            date.precision.value, "yes" if date.approximate else "no", date.display)


_NO_SOURCES = ("0", "", "", "", "", "")


def timeline_rows(project) -> Iterator[list[str]]:
    """Rows of cells (strings), header excluded, in timeline order.

    The same cells as export_reading.chronology() would give, built without an
    ExportEvent, Tag or EventDate per row: at 100,000 events the per-row
    Python work is what the export costs (issue 6), so tags come as finished
    cells, sources as finished cells (cited_sources.source_cells_by_event)
    and date cells once per distinct stored value. Call inside ``snapshot``.
    """
    tags = _tag_cells_by_event(project)
    sources = source_cells_by_event(project)
    grades = grade_cells_by_event(project).get  # Admiralty, per source (issue 12)
    date_cells: dict[str, tuple[str, ...]] = {}  # many events share a date
    tag_of, sources_of, dates_of = tags.get, sources.get, date_cells.get
    for eid, uuid, value, title, description, location, confidence in project.db.execute(
            "SELECT e.id, e.uuid, e.date_value, e.title, e.description, e.location, "
            f"e.confidence FROM events e ORDER BY {CHRONOLOGY}"):
        dates = dates_of(value)
        if dates is None:
            dates = date_cells[value] = _date_cells(value)
        yield [str(eid), uuid, *dates, title, description, location, tag_of(eid, ""),
               confidence, *sources_of(eid, _NO_SOURCES), grades(eid, "")]


def export_timeline_csv(project, path: str | Path, *, excel: bool = False) -> int:
    """Export every event as of one moment; returns how many rows were written."""
    with snapshot(project):
        return write_csv(timeline_rows(project), COLUMNS, path, excel=excel)


# -- reading -------------------------------------------------------------------------
def value_date(value: str, display: str = "") -> EventDate | None:
    """Our date_value cell (display_date only if the value is missing)."""
    try:
        if value.strip():
            try:
                return stored_date(value.strip())  # parsed once per distinct value
            except DateParseError:
                return EventDate.from_value(value.strip())  # a TIMEX3 form, read as a day
        return parse_date(display) if display.strip() else None
    except DateParseError as exc:
        raise RowProblem(str(exc)) from None


def _wanted_id(text: str, event: ParsedEvent) -> int | None:
    """The event number to keep, if it is one a project can hold."""
    text = text.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        event.warnings.append(f"event_id “{text[:40]}” is not a number; "
                              "the event gets a new number")
        return None
    if len(text) > len(str(MAX_EVENT_ID)) or not 0 < int(text) <= MAX_EVENT_ID:
        event.warnings.append(f"event_id {text[:40]} is not a number a project can hold; "
                              "the event gets a new number")
        return None
    return int(text)


def read_ours(row: dict[str, str], layout: Layout | None = None,
              group_kind: str = "other") -> ParsedEvent:
    """One row of our own CSV; the derived date columns are checked, not trusted."""
    event = ParsedEvent(row.get("title", ""), description=row.get("description", ""),
                        location=row.get("location", ""), uuid=row.get("event_uuid", ""))
    event.date = value_date(row.get("date_value", ""), row.get("display_date", ""))
    if event.date is not None:
        derived = {"earliest": event.date.earliest.isoformat(),
                   "latest": event.date.latest.isoformat(),
                   "precision": event.date.precision.value,
                   "approximate": "yes" if event.date.approximate else "no",
                   "display_date": event.date.display}
        changed = [name for name, value in derived.items() if row.get(name, value) != value]
        if changed:
            event.warnings.append(f"{', '.join(changed)} disagree with date “{event.date.value}”; "
                                  "the date value was used")
    confidence = row.get("confidence", "").strip().lower()
    if confidence not in CONFIDENCE_LEVELS:
        raise RowProblem(f"confidence “{row['confidence'][:40]}” is not one of "
                         f"{', '.join(c for c in CONFIDENCE_LEVELS if c)}")
    event.confidence = confidence
    event.tags = read_tag_cell(row.get("tags", ""))
    event.wanted_id = _wanted_id(row.get("event_id", ""), event)
    event.sources = _our_sources(row)
    event.grades = _our_grades(row, len(event.sources))
    return event


def _our_sources(row: dict[str, str]) -> tuple[Source, ...]:
    count_text = row.get("sources", "").strip()
    if count_text and not (count_text.isascii() and count_text.isdigit()
                           and len(count_text) <= len(str(MAX_SOURCES))):
        raise RowProblem(f"sources “{count_text[:40]}” is not a number of sources")
    items = {name: split_items(row.get(name, "")) for name in SOURCE_COLUMNS}
    if count_text:
        count = int(count_text)
    else:
        count = max((len(v) for k, v in items.items() if row.get(k)), default=0)
    if count == 0:
        if any(row.get(name) for name in SOURCE_COLUMNS):
            raise RowProblem("sources says 0 but source columns are filled in")
        return ()
    for name, values in items.items():
        if values == [""] and count > 1:
            if count > MAX_SOURCES:
                raise RowProblem(f"sources says {count}, more than {MAX_SOURCES}")
            items[name] = [""] * count
        elif len(values) != count:
            raise RowProblem(f"{name} has {len(values)} items but sources says {count}")
    return tuple(Source(*values) for values in zip(*(items[name] for name in SOURCE_COLUMNS)))


_USES = {
    "event_id": "event number (kept if free here)", "event_uuid": "event identity (UUID)",
    "date_value": "date", "earliest": "checked against the date",
    "latest": "checked against the date", "precision": "checked against the date",
    "approximate": "checked against the date", "display_date": "date (if no date value)",
    "title": "title", "description": "description", "location": "location", "tags": "tags",
    "confidence": "confidence", "sources": "number of sources",
    "source_titles": "cited sources: titles", "source_outlets": "cited sources: outlets",
    "source_urls": "cited sources: URLs", "source_published": "cited sources: published",
    "quotes": "cited sources: quotes", "source_grades": "cited sources: Admiralty grades",
}
FORMAT = CsvFormat("ours", "Timeline Annotator CSV", _USES,
                   lambda names: {"event_uuid", "date_value", "title"} <= names, read_ours)


def _our_grades(row: dict[str, str], count: int) -> tuple[str, ...]:
    """The ``source_grades`` cell: one Admiralty grade per source, or none at all."""
    cell = row.get("source_grades", "")
    if not cell.strip():
        return ()
    grades = split_items(cell)
    if len(grades) != count:
        raise RowProblem(f"source_grades has {len(grades)} items but sources says {count}")
    for grade in grades:
        try:
            parse_grade(grade)
        except ValueError as exc:
            raise RowProblem(str(exc)) from None
    return tuple(grade.strip().upper() for grade in grades)
