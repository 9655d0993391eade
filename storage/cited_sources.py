"""Where an event's sources come from, as one ordered list for every export.

An event has two kinds of sources: passages linked in an article the project
holds (table ``annotations``), and *cited sources* that arrived without their
article text, from a CSV, ACLED or JSON import (table ``event_sources``,
migration m004). Exports list both together in one stable order: linked
passages first (by the article's published date, article id, passage start),
then cited sources by position. An import stores a file's sources as cited
sources in the order the file gives them, so export → import → export writes
the same sources in the same order.

Also here: ``ImportBatch``, the rows one import added, which every importer
(CSV, ACLED, TimelineJS, JSON) returns so the GUI can undo it in one step.

Multi-valued CSV cells join items with `` | ``; inside an item a backslash and
a pipe are escaped (``\\\\`` and ``\\|``) so any text survives the round trip.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

SEPARATOR = " | "


class Source(NamedTuple):
    """One source of an event, as exports write it and imports read it.

    A named tuple, not a dataclass: an export builds one per passage, 150,000
    in a large project, and tuples are several times cheaper to make."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    quote: str = ""


SOURCE_FIELDS = ("title", "outlet", "url", "published", "quote")


def join_items(items) -> str:
    """Items → one cell; ``split_items(join_items(x), len(x)) == x`` always."""
    if "|" not in "".join(items) and "\\" not in "".join(items):
        return SEPARATOR.join(items)  # the usual case: nothing to escape
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


# Export order: linked passages (by the article's published date, article id,
# passage start), then cited sources by position.
_LINKED = """SELECT n.event_id, a.title, a.outlet, a.url, a.published, n.quote
               FROM annotations n JOIN articles a ON a.id = n.article_id
              ORDER BY n.event_id, a.published, a.id, n.start, n.id"""
_CITED = """SELECT e.id, s.title, s.outlet, s.url, s.published, s.quote
              FROM event_sources s JOIN events e ON e.uuid = s.event_uuid
             ORDER BY e.id, s.position"""


def sources_by_event(project) -> dict[int, list[Source]]:
    """Every event's sources in export order, in two queries (no per-event SQL)."""
    found: dict[int, list[Source]] = defaultdict(list)
    for query in (_LINKED, _CITED):
        for event_id, *fields in project.db.execute(query):
            found[event_id].append(Source(*fields))
    return found


def _escaped(item: str) -> str:
    """One item as join_items writes it (escaping never crosses items)."""
    if "|" in item or "\\" in item:
        return item.replace("\\", "\\\\").replace("|", "\\|")
    return item


# The fast path's reads: articles once (in export order, so a rank stands for
# "published, id" exactly as SQLite orders them), passages with small columns
# only, in table order; no join and no temp B-tree sort (issue 6).
_ARTICLES = "SELECT id, title, outlet, url, published FROM articles ORDER BY published, id"
_PASSAGES = "SELECT event_id, article_id, start, id, quote FROM annotations"


def source_cells_by_event(project) -> dict[int, tuple[str, ...]]:
    """Every event's source cells, as the CSV export writes them.

    ``(count, titles, outlets, urls, published, quotes)``, each joined as
    join_items would join them, in sources_by_event's order. Same result as
    joining ``_LINKED`` and ``_CITED``, built faster (issue 6): article cells
    are escaped once per article (escaping is per item, so that equals
    escaping per cell), passages are read without the article join, and each
    event's few passages are ordered here by (article rank, start, id).
    """
    db = project.db
    article = {aid: (rank, _escaped(title), _escaped(outlet), _escaped(url), _escaped(published))
               for rank, (aid, title, outlet, url, published)
               in enumerate(db.execute(_ARTICLES))}
    passages: dict[int, list[tuple]] = {}
    get = passages.get
    for row in db.execute(_PASSAGES):
        rows = get(row[0])
        if rows is None:
            passages[row[0]] = [row]
        else:
            rows.append(row)
    cited: dict[int, list[tuple]] = {}
    for event_id, *fields in db.execute(_CITED):
        cited.setdefault(event_id, []).append(tuple(map(_escaped, fields)))

    def order(row, article=article):
        return article[row[1]][0], row[2], row[3]

    cells = {}
    join = SEPARATOR.join
    for event_id, rows in passages.items():
        extra = cited.get(event_id)
        if len(rows) == 1 and extra is None:  # the usual case
            _, article_id, _, _, quote = rows[0]
            _, title, outlet, url, published = article[article_id]
            cells[event_id] = ("1", title, outlet, url, published, _escaped(quote))
            continue
        if len(rows) > 1:
            rows.sort(key=order)
        items = [(*article[row[1]][1:], _escaped(row[4])) for row in rows]
        if extra is not None:
            items.extend(extra)
        titles, outlets, urls, published, quotes = zip(*items)
        cells[event_id] = (str(len(items)), join(titles), join(outlets), join(urls),
                           join(published), join(quotes))
    for event_id, items in cited.items():
        if event_id not in passages:
            titles, outlets, urls, published, quotes = zip(*items)
            cells[event_id] = (str(len(items)), join(titles), join(outlets), join(urls),
                               join(published), join(quotes))
    return cells


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
        "SELECT event_uuid, position, title, outlet, url, published, quote, credibility "
        "FROM event_sources ORDER BY event_uuid, position").fetchall()
    keys = ("event_uuid", "position", *SOURCE_FIELDS, "credibility")
    return [dict(zip(keys, row)) for row in rows]


# -- undoing an import -------------------------------------------------------------
# Deleted children first, restored parents first. event_tags rows go with the events.
_TABLES = ("annotations", "event_sources", "event_tags", "events", "articles", "tags",
           "outlet_grades")


@dataclass
class ImportBatch:
    """The rows one import added, by table, so the import is one undo step.

    ``take_out`` removes them and returns a snapshot; ``put_back`` restores
    the snapshot verbatim (same ids and UUIDs), so undo/redo can alternate.
    """

    ids: dict[str, list[int]] = field(
        default_factory=lambda: {t: [] for t in _TABLES if t != "event_tags"})
    # Cited sources of a deleted event whose UUID the import brought back: they
    # are replaced by the file's, and come back if the import is undone (so an
    # earlier "Delete event" can still be undone whole).
    replaced: list[dict] = field(default_factory=list)
    _tags_before: int = 0

    def replace_orphans(self, project, event_uuid: str) -> None:
        """Before a new event gets cited sources: clear rows a deleted one left."""
        cursor = project.db.execute("SELECT * FROM event_sources WHERE event_uuid = ?",
                                    [event_uuid])
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row)) for row in cursor.fetchall()]
        if rows:
            self.replaced.extend(rows)
            project.db.execute("DELETE FROM event_sources WHERE event_uuid = ?", [event_uuid])

    def note_tags_before(self, project) -> None:
        self._tags_before = project.db.execute(
            "SELECT COALESCE(MAX(id), 0) FROM tags").fetchone()[0]

    def note_tags_after(self, project) -> None:
        """Tags the import created: new ids are always above the old maximum."""
        self.ids["tags"] = [row[0] for row in project.db.execute(
            "SELECT id FROM tags WHERE id > ? ORDER BY id", [self._tags_before])]

    def count(self, table: str) -> int:
        return len(self.ids.get(table, ()))


def _chunks(values: list[int], size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def take_out(project, batch: ImportBatch) -> dict[str, list[dict]]:
    """Remove what the import added (one transaction); returns what put_back needs."""
    snapshot: dict[str, list[dict]] = {}
    with project.change() as db:
        for table in _TABLES:
            key, ids = ("event_id", batch.ids["events"]) if table == "event_tags" else \
                ("id", batch.ids.get(table, []))
            rows: list[dict] = []
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                cursor = db.execute(f"SELECT * FROM {table} WHERE {key} IN ({marks})", chunk)
                names = [d[0] for d in cursor.description]
                rows.extend(dict(zip(names, row)) for row in cursor.fetchall())
                db.execute(f"DELETE FROM {table} WHERE {key} IN ({marks})", chunk)
            snapshot[table] = rows
        _insert_rows(db, "event_sources", batch.replaced)
    return snapshot


def put_back(project, snapshot: dict[str, list[dict]], batch: ImportBatch) -> None:
    """Restore a take_out() snapshot exactly (one transaction)."""
    with project.change() as db:
        for row in batch.replaced:
            db.execute("DELETE FROM event_sources WHERE id = ?", [row["id"]])
        for table in reversed(_TABLES):
            _insert_rows(db, table, snapshot.get(table, ()))


def _insert_rows(db, table: str, rows) -> None:
    for row in rows:
        names = ", ".join(f'"{name}"' for name in row)
        marks = ", ".join("?" * len(row))
        db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))
