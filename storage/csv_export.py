"""The timeline as CSV: one row per event, chronological, sources flattened.

RFC 4180 (comma, double-quote quoting, CRLF) in UTF-8 with a header row.
Multi-valued cells (sources, quotes) join their items with `` | `` in the same
order across columns, so the n-th title, outlet, URL and quote belong together.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable, Iterator

from storage.events import CHRONOLOGY
from temporal.dates import EventDate

SEPARATOR = " | "
COLUMNS = (
    "event_id", "event_uuid", "date_value", "earliest", "latest", "precision",
    "approximate", "display_date", "title", "description", "location", "tags",
    "confidence", "sources", "source_titles", "source_outlets", "source_urls",
    "source_published", "quotes",
)
# OWASP CSV injection: a cell starting with one of these is run as a formula by
# spreadsheets; a leading apostrophe makes it text and is hidden on display.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def restore_neutralised(cell: str) -> str:
    """Undo neutralise() when reading our own files back."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1:].startswith(
        FORMULA_TRIGGERS) else cell


_QUERY = f"""
SELECT e.id, e.uuid, e.date_value, e.date_earliest, e.date_latest, e.date_precision,
       e.date_approximate, e.title, e.description, e.location,
       (SELECT group_concat(tag, ', ') FROM (
            SELECT CASE t.kind WHEN 'other' THEN t.name ELSE t.kind || ':' || t.name END AS tag
              FROM event_tags et JOIN tags t ON t.id = et.tag_id
             WHERE et.event_id = e.id ORDER BY et.position, t.name)),
       e.confidence,
       s.n, s.titles, s.outlets, s.urls, s.published, s.quotes
  FROM events e
  LEFT JOIN (
       SELECT event_id, COUNT(*) AS n,
              group_concat(title, char(31)) AS titles, group_concat(outlet, char(31)) AS outlets,
              group_concat(url, char(31)) AS urls, group_concat(published, char(31)) AS published,
              group_concat(quote, char(31)) AS quotes
         FROM (SELECT n.event_id, a.title, a.outlet, a.url, a.published, n.quote
                 FROM annotations n JOIN articles a ON a.id = n.article_id
                ORDER BY n.event_id, a.published, a.id, n.start)
        GROUP BY event_id) s ON s.event_id = e.id
 ORDER BY {CHRONOLOGY}
"""


def timeline_rows(project) -> Iterator[list[str]]:
    """Rows of cells (strings), header excluded, straight from one SQL query."""
    for row in project.db.execute(_QUERY):
        (eid, uuid, value, earliest, latest, precision, approx, title, description,
         location, tags, confidence, n, titles, outlets, urls, published, quotes) = row
        display = EventDate.from_value(value).display if value else ""
        multi = [SEPARATOR.join((field or "").split("\x1f")) if n else ""
                 for field in (titles, outlets, urls, published, quotes)]
        yield [str(eid), uuid, value, earliest or "", latest or "", precision or "",
               "yes" if approx else "no", display, title, description, location, tags or "",
               confidence, str(n or 0), *multi]


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
            for row in rows:
                writer.writerow([neutralise(cell) for cell in row])
                count += 1
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return count


def export_timeline_csv(project, path: str | Path, *, excel: bool = False) -> int:
    """Export every event; returns how many rows were written."""
    return write_csv(timeline_rows(project), COLUMNS, path, excel=excel)
