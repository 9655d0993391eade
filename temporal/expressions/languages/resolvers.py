"""Resolvers the Russian/Ukrainian and the Arabic grammars share.

The languages word their dates differently, but once a match has named its
days, months and years, a range, a list of days or "the weekend" is settled
the same way in each.  One copy here keeps a fix (the year a "1 - 5 July"
range falls in, say) from reaching one language and not the other.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import granules as G
from ..granules import Granule
from .anchor import Anchor
from .grammar import Found, Piece, Resolved, range_of
from .lexicon import Words


def with_edge(g: Granule, edge: str | None, halves: bool = True) -> Found:
    """``g`` with the edge said before it ("начало", "نهاية", "первой половине").

    A half (``edge`` "H1"/"H2") narrows a year-long ``g`` to that half when ``halves``;
    START, MID and END stay the DATE's mod; any other edge is dropped.
    """
    if halves and edge in ("H1", "H2") and g.earliest:
        return Found("DATE", G.half(g.earliest.year, int(edge[1])))
    return Found("DATE", g, edge if edge in ("START", "MID", "END") else None)


def numeric_day(m: re.Match) -> Granule:
    """The day of "01.07.2025" (groups d, mo, y) or "2025-07-01" (groups id, imo, iy)."""
    if m["iy"]:
        return G.day(dt.date(int(m["iy"]), int(m["imo"]), int(m["id"])))
    return G.day(dt.date(int(m["y"]), int(m["mo"]), int(m["d"])))


def day_list(m: re.Match, a: Anchor, mon: int, pair_is_range: bool = False) -> Resolved:
    """"1, 3 и 5 июля": one DATE per day, or one range when the days run on without a gap.

    The days (group ``days``) share the month ``mon`` and the year of the last one;
    ``pair_is_range`` makes two days one range even with a gap ("between the 1st and 5th").
    """
    base = m.start("days")
    nums = [(int(x.group()), x.start() + base, x.end() + base)
            for x in re.finditer(r"\d+", m["days"])]
    last = G.day(dt.date(int(m["y"]), mon, nums[-1][0])) if m["y"] else \
        a.month_day(mon, nums[-1][0], m.start(), m.end())
    year = last.earliest.year if last.earliest else None
    days = [G.day(dt.date(year, mon, n)) if year else
            Granule(f"XXXX-{mon:02d}-{n:02d}", "day", None, None) for n, _, _ in nums]
    values = [n for n, _, _ in nums]
    if pair_is_range and len(values) == 2 or \
            values == list(range(values[0], values[0] + len(values))):
        return Found("DATE", range_of(days[0], days[-1]))
    pieces = [Piece(s, e, Found("DATE", g)) for (_, s, e), g in zip(nums[:-1], days)]
    return pieces + [Piece(nums[-1][1], m.end(), Found("DATE", days[-1]))]


def day_month_range(first_month: int, first_day: int, last: Granule) -> Found | None:
    """From a day of ``first_month`` to ``last``; a later month is in the year before."""
    if last.earliest is None:
        return None
    y = last.earliest.year - (1 if first_month > last.earliest.month else 0)
    return Found("DATE", range_of(G.day(dt.date(y, first_month, first_day)), last))


def month_range(m: re.Match, a: Anchor, months: Words) -> Found | None:
    """Month ``m`` (maybe of year ``y1``) to month ``m2`` (maybe of year ``y``)."""
    m1, m2 = months.value(m["m"]), months.value(m["m2"])
    second = G.month(int(m["y"]), m2) if m["y"] else a.month(m2, m.start(), m.end())
    if second.earliest is None:
        return None
    y1 = int(m["y1"]) if m["y1"] else second.earliest.year - (1 if m1 > m2 else 0)
    return Found("DATE", range_of(G.month(y1, m1), second))


def year_range(m: re.Match, a: Anchor) -> Found | None:
    """Year ``y1`` to year ``y2``; not when they run backwards or past a century."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not y1 < y2 <= y1 + 100:
        return None
    return Found("DATE", range_of(G.year(y1), G.year(y2)))


def weekend(m: re.Match, a: Anchor) -> Found:
    """The weekend the story is in, else the next one in the future tense, the last one if not."""
    ref = a.reference
    if ref is None:
        return Found("DATE", G.unknown("weekend"))
    if ref.isoweekday() >= 6:
        return Found("DATE", G.weekend(ref))
    return Found("DATE", a.unit("WE", 0 if a.tense(m.start(), m.end()) == "f" else -1))
