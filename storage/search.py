"""Full-text search over the articles' titles and texts (SQLite FTS5).

The index is ``articles_fts`` (migration m005): external content, kept in step
with ``articles`` by triggers, tokenised by ``unicode61``: words of any script,
found whatever their case (and, in Latin script, their accents).

What the analyst types is never handed to FTS5 as query syntax (a stray quote,
``-`` or ``AND`` would be an error or change the meaning): every word becomes
a quoted phrase, and the last one a prefix, because the filter searches as
they type ("drone" finds "drones" before the word is finished).  All words
must occur, in any order.
"""

from __future__ import annotations

import re
import sqlite3

# A word as unicode61 sees one: letters, digits (and marks inside them).
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Prefix queries on one or two letters would touch most of the index and
# match nearly everything; such a last word is matched whole instead.
MIN_PREFIX = 3


def fts_query(text: str) -> str | None:
    """The FTS5 query for what was typed, or None if it holds no word."""
    words = _WORD.findall(text)
    if not words:
        return None
    phrases = [f'"{word}"' for word in words]
    if len(words[-1]) >= MIN_PREFIX and not text[-1:].isspace():
        phrases[-1] += "*"
    return " ".join(phrases)


def search_articles(project, text: str, *, limit: int | None = None) -> list[int]:
    """Ids of the articles whose title or text holds every word, best match first."""
    query = fts_query(text)
    if query is None:
        return []
    sql = ("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank"
           + (" LIMIT ?" if limit is not None else ""))
    params = [query] + ([limit] if limit is not None else [])
    return [row[0] for row in _run(project, sql, params)]


def matching_articles(project, text: str) -> set[int]:
    """The same, as a set and unranked: what a filter needs, and cheaper."""
    query = fts_query(text)
    if query is None:
        return set()
    sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
    return {row[0] for row in _run(project, sql, [query])}


def _run(project, sql: str, params: list) -> list[tuple]:
    try:
        return project.db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        # Only a query FTS5 cannot parse gets here (fts_query quotes every word);
        # a search box must not raise while the analyst types.
        if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
            return []
        raise
