"""The timeline's order and its filter's matching, as plain functions of its rows.

The same rules the table, the chart and the exports follow: chronological by
earliest date, the narrower span first, then title, undated events last
(``storage.events.CHRONOLOGY`` says it in SQL); a filter keeps the rows whose
title, tags, place or date (as shown or as stored) hold every word typed.
No Qt here, so the rules are tested on their own.
"""

from __future__ import annotations

from storage.records import TimelineRow


def row_key(row: TimelineRow) -> tuple:
    """Chronological by earliest date, narrower span first, then title; undated last."""
    if not row.value:
        return (1, "", 0, row.title.casefold(), row.id)
    return (0, row.earliest, row.span, row.title.casefold(), row.id)


def haystack(row: TimelineRow) -> str:
    """What the filter searches: title, tags, place, and the date as shown and stored."""
    date = row.date
    return " ".join((row.title, row.tags, row.location, date.display if date else "",
                     row.value)).casefold()


def matching(haystacks: list[str], words, among: list[int] | None = None) -> list[int]:
    """Positions (ascending) whose haystack holds every word; ``among`` narrows the search."""
    rows = among
    for word in words:
        if rows is None:
            rows = [i for i, text in enumerate(haystacks) if word in text]
        else:
            rows = [i for i in rows if word in haystacks[i]]
    return list(range(len(haystacks))) if rows is None else rows


def narrows(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Can only rows that matched ``old`` match ``new``?  (typing on: "ky" -> "kyiv")"""
    return bool(old) and all(any(o in n for n in new) for o in old)
