"""The timeline as CSV: one row per event, chronological, sources flattened.

RFC 4180 (comma, double-quote quoting, CRLF) in UTF-8 with a header row; the
"Excel" variant adds a byte-order mark so Excel reads UTF-8. Multi-valued
cells (sources, quotes) join their items with `` | `` (see
storage.cited_sources) in the same order across columns, so the n-th title,
outlet, URL, published date and quote belong together; ``sources`` counts
them. Linked passages come first, then sources cited without article text.

The file reads back exactly (storage.csv_import): export → import into an
empty project → export gives the same bytes. Two things make that hold:
cells a spreadsheet would run as a formula get a leading apostrophe that the
importer removes again, and a tag is written as ``kind:name`` whenever its
plain form would read back as a different tag. NUL characters are dropped
on export (spreadsheets cut a cell at a NUL and many CSV readers reject it).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from storage.cited_sources import SEPARATOR, Source, source_cells_by_event, sources_by_event
from storage.corroboration import grade_cells_by_event
from storage.events import CHRONOLOGY
from storage.records import Tag, stored_date
from storage.tags import parse_tags
from temporal.dates import EventDate

__all__ = ["COLUMNS", "SEPARATOR", "ExportEvent", "chronology", "export_timeline_csv",
           "neutralise", "restore_neutralised", "tag_text", "timeline_rows", "write_csv"]

COLUMNS = (
    "event_id", "event_uuid", "date_value", "earliest", "latest", "precision",
    "approximate", "display_date", "title", "description", "location", "tags",
    "confidence", "sources", "source_titles", "source_outlets", "source_urls",
    "source_published", "quotes", "source_grades",
)
# OWASP CSV injection: a cell starting with one of these is run as a formula by
# spreadsheets; a leading apostrophe makes it text and is hidden on display.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


_MAYBE_FORMULA = frozenset(FORMULA_TRIGGERS) | {"'"}


def neutralise(cell: str) -> str:
    """Prefix an apostrophe if the cell (past any apostrophes it already has)
    starts a formula; counting those lets restore_neutralised undo it exactly."""
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_TRIGGERS) else cell


def restore_neutralised(cell: str) -> str:
    """Undo neutralise() when reading our own files back."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_TRIGGERS):
        return cell[1:]
    return cell


def tag_text(tags: Iterable[Tag]) -> str:
    """The tags cell: ``actor:Russia, drones``, read back by parse_tags.

    An "other" tag named like ``actor:x`` is written ``other:actor:x`` so it
    does not come back as an actor. Names with commas or semicolons cannot be
    typed (the tag field splits on them), so they are not escaped.
    """
    return ", ".join(_tag_cell(tag) for tag in tags)


@lru_cache(maxsize=4096)
def _tag_cell(tag: Tag) -> str:
    """One tag as written; cached because a project has few tags and many links."""
    text = str(tag)
    return text if parse_tags(text) == (tag,) else f"{tag.kind}:{tag.name}"


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


def _tags_by_event(project) -> dict[int, list[Tag]]:
    found: dict[int, list[Tag]] = {}
    for event_id, name, kind in project.db.execute(
            "SELECT et.event_id, t.name, t.kind FROM event_tags et "
            "JOIN tags t ON t.id = et.tag_id ORDER BY et.event_id, et.position, t.name"):
        found.setdefault(event_id, []).append(Tag(name, kind))
    return found


def chronology(project) -> Iterator[ExportEvent]:
    """Every event in timeline order, with tags and sources (three queries)."""
    tags = _tags_by_event(project)
    sources = sources_by_event(project)
    rows = project.db.execute(
        "SELECT e.id, e.uuid, e.date_value, e.title, e.description, e.location, "
        f"e.confidence FROM events e ORDER BY {CHRONOLOGY}").fetchall()
    for eid, uuid, value, title, description, location, confidence in rows:
        yield ExportEvent(eid, uuid, stored_date(value), title,
                          description, location, confidence, tuple(tags.get(eid, ())),
                          tuple(sources.get(eid, ())))


def _tag_cells_by_event(project) -> dict[int, str]:
    """Every event's tags cell, as tag_text writes it, without a Tag per link.

    A project has few tags and many links: each tag's text is worked out once
    (by _tag_cell) and the links only look it up by id.
    """
    db = project.db
    cell_of = {tag_id: _tag_cell(Tag(name, kind))
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

    The same cells as chronology() would give, built without an ExportEvent,
    Tag or EventDate per row: at 100,000 events the per-row Python work is
    what the export costs (issue 6), so tags come as finished cells, sources
    as finished cells (storage.cited_sources.source_cells_by_event) and date
    cells once per distinct stored value.
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


_FIRST = itemgetter(slice(0, 1))  # a cell's first character ("" if empty), at C level
_FLUSH = 4096  # lines gathered before one write to the file


def _cleaned(row: list[str]) -> list[str]:
    """A row as written: NULs dropped, then formulas neutralised."""
    if "\x00" in "".join(row):
        row = [cell.replace("\x00", "") for cell in row]
    if _MAYBE_FORMULA.isdisjoint(map(_FIRST, row)):
        return row
    return [neutralise(cell) if cell[:1] in _MAYBE_FORMULA else cell for cell in row]


def _write_lines(rows: Iterable[list[str]], handle, writer) -> int:
    """Write rows as csv.writer (dialect "excel", CRLF) would; returns the count.

    The per-character work of csv.writer is the largest cost of exporting
    100,000 events (issue 6), and most rows need none of it: a row whose
    cells hold no comma, double quote, CR or LF is written exactly as its
    cells joined by commas. Such a row is found by checks over the joined
    line (all in C). A row whose only special characters are commas gets
    just those cells quoted; any other row goes through ``writer`` itself.
    Cleaning (NULs, formulas) happens first, as in _cleaned, with the same
    C-level checks so that clean rows cost no Python per cell.
    """
    parts: list[str] = []
    add = parts.append
    maybe, first, count = _MAYBE_FORMULA, _FIRST, 0
    sink = writer.writerow
    for row in rows:
        count += 1
        line = ",".join(row)
        if "\x00" in line or not maybe.isdisjoint(map(first, row)):
            row = _cleaned(row)
            line = ",".join(row)
        if '"' in line or "\n" in line or "\r" in line or not line:  # csv quotes [""]
            if parts:
                handle.write("".join(parts))
                parts.clear()
            sink(row)
            continue
        if line.count(",") != len(row) - 1:  # commas inside cells: quote those cells
            line = ",".join(['"' + cell + '"' if "," in cell else cell for cell in row])
        add(line)
        add("\r\n")
        if len(parts) >= _FLUSH:
            handle.write("".join(parts))
            parts.clear()
    if parts:
        handle.write("".join(parts))
    return count


def write_csv(rows: Iterable[list[str]], header: Iterable[str], path: str | Path, *,
              excel: bool = False) -> int:
    """Write atomically (temp file, then rename) so a failed export never leaves half a file."""
    path = Path(path)
    temp = path.with_name(path.name + ".part")
    count = 0
    try:
        with temp.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(list(header))
            count = _write_lines(rows, handle, writer)
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return count


def export_timeline_csv(project, path: str | Path, *, excel: bool = False) -> int:
    """Export every event; returns how many rows were written."""
    return write_csv(timeline_rows(project), COLUMNS, path, excel=excel)
