"""Where an event's sources come from, as one ordered list for every export.

An event has two kinds of sources: passages linked in an article the project
holds (table ``annotations``), and *cited sources* that arrived without their
article text, from a CSV, ACLED or JSON import (table ``event_sources``,
migration m004). Exports list both together in one stable order: linked
passages first (by the article's published date, article id, passage start),
then cited sources by position. An import stores a file's sources as cited
sources in the order the file gives them, so export → import → export writes
the same sources in the same order.

The reads here run inside the export's snapshot (storage.exchange.export_reading),
so passages, articles and cited sources are read as of one moment.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from storage.exchange.cells import SEPARATOR, escaped_item


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
    article = {aid: (rank, *map(escaped_item, cells))
               for rank, (aid, *cells) in enumerate(db.execute(_ARTICLES))}
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
        cited.setdefault(event_id, []).append(tuple(map(escaped_item, fields)))

    def order(row, article=article):
        return article[row[1]][0], row[2], row[3]

    cells = {}
    join = SEPARATOR.join
    for event_id, rows in passages.items():
        extra = cited.get(event_id)
        if len(rows) == 1 and extra is None:  # the usual case
            _, article_id, _, _, quote = rows[0]
            _, title, outlet, url, published = article[article_id]
            cells[event_id] = ("1", title, outlet, url, published, escaped_item(quote))
            continue
        if len(rows) > 1:
            rows.sort(key=order)
        items = [(*article[row[1]][1:], escaped_item(row[4])) for row in rows]
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

    Returns the new row ids. (Imports add theirs in bulk: event_writing.add_sources.)
    """
    table = project.db["event_sources"]
    start = project.db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM event_sources "
                               "WHERE event_uuid = ?", [event_uuid]).fetchone()[0]
    return [table.insert({"event_uuid": event_uuid, "position": start + offset,
                          **source._asdict()}).last_rowid
            for offset, source in enumerate(sources)]
