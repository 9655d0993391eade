"""Where an event's sources come from, as one ordered list for every export.

An event has two kinds of sources: passages linked in an article the project
holds (table ``annotations``), and *cited sources* that arrived without their
article text, from a CSV, ACLED or JSON import (table ``event_sources``,
migration m004). Exports list both together in one stable order: linked
passages first (by the article's published date, article id, passage start),
then cited sources by position. An import stores a file's sources as cited
sources in the order the file gives them, so export → import → export writes
the same sources in the same order.

Multi-valued CSV cells join items with `` | ``; inside an item a backslash and
a pipe are escaped (``\\\\`` and ``\\|``) so any text survives the round trip.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

SEPARATOR = " | "


@dataclass(frozen=True)
class Source:
    """One source of an event, as exports write it and imports read it."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    quote: str = ""


SOURCE_FIELDS = ("title", "outlet", "url", "published", "quote")


def join_items(items: list[str]) -> str:
    """Items → one cell; ``split_items(join_items(x), len(x)) == x`` always."""
    return SEPARATOR.join(item.replace("\\", "\\\\").replace("|", "\\|") for item in items)


def split_items(cell: str) -> list[str]:
    """One cell → its items, undoing join_items.

    Splits on unescaped pipes and drops the one space either side that the
    separator added. A cell a person typed (``a|b`` without spaces) is
    read leniently: only spaces that are there are dropped.
    """
    items: list[str] = []
    current: list[str] = []
    chars = iter(cell)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            current.append(escaped if escaped in ("\\", "|") else "\\" + escaped)
        elif char == "|":
            items.append(current)
            current = []
        else:
            current.append(char)
    items.append(current)
    texts = []
    for position, parts in enumerate(items):
        text = "".join(parts)
        if position > 0 and text.startswith(" "):
            text = text[1:]
        if position < len(items) - 1 and text.endswith(" "):
            text = text[:-1]
        texts.append(text)
    return texts


def sources_by_event(project) -> dict[int, list[Source]]:
    """Every event's sources in export order, in two queries (no per-event SQL)."""
    found: dict[int, list[Source]] = defaultdict(list)
    rows = project.db.execute(
        """SELECT n.event_id, a.title, a.outlet, a.url, a.published, n.quote
             FROM annotations n JOIN articles a ON a.id = n.article_id
            ORDER BY n.event_id, a.published, a.id, n.start, n.id""")
    for event_id, *fields in rows:
        found[event_id].append(Source(*fields))
    rows = project.db.execute(
        """SELECT e.id, s.title, s.outlet, s.url, s.published, s.quote
             FROM event_sources s JOIN events e ON e.uuid = s.event_uuid
            ORDER BY e.id, s.position""")
    for event_id, *fields in rows:
        found[event_id].append(Source(*fields))
    return found


def add_cited(project, event_uuid: str, sources: list[Source]) -> list[int]:
    """Append cited sources to an event; must run inside the caller's change().

    Returns the new row ids, so an import can be undone row by row.
    """
    db = project.db
    start = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM event_sources "
                       "WHERE event_uuid = ?", [event_uuid]).fetchone()[0]
    ids = []
    for offset, source in enumerate(sources):
        cursor = db.execute(
            "INSERT INTO event_sources (event_uuid, position, title, outlet, url, published, "
            "quote) VALUES (?,?,?,?,?,?,?)",
            [event_uuid, start + offset, source.title, source.outlet, source.url,
             source.published, source.quote])
        ids.append(cursor.lastrowid)
    return ids


def cited_rows(project) -> list[dict]:
    """All cited sources as plain rows (for the JSON export)."""
    rows = project.db.execute(
        "SELECT event_uuid, position, title, outlet, url, published, quote "
        "FROM event_sources ORDER BY event_uuid, position").fetchall()
    keys = ("event_uuid", "position", *SOURCE_FIELDS)
    return [dict(zip(keys, row)) for row in rows]
