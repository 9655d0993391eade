"""Expressions built on another expression: "the week of March 6", "the day before last Tuesday".

The rules find the inner date on their own; these phrases only shift or widen
it.  Doing that after resolution, on the finished list, means every date rule
(explicit, weekday, holiday...) can serve as the anchor without each rule
family having to know about the wrapper, and a wrapper the rules already
resolved against the story's clock ("the day before" on its own) is re-anchored
to the date actually written after it.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules as G
from .model import TimeExpression

# "the week of March 6", "the weekend of June 14", "the month of May"
_UNIT_OF = re.compile(r"\b(the\s+(week|weekend|month)\s+of)\s+$", re.I)
# "the day before" / "the day after" glued to the date it counts from
_DAY_SHIFT = re.compile(r"(?:the|a)\s+day\s+(before|after)", re.I)


def _day_date(e: TimeExpression) -> dt.date | None:
    if e.type == "DATE" and e.precision == "day" and e.earliest is not None and e.earliest == e.latest:
        return e.earliest
    return None


def merge_anchored(results: list[TimeExpression], text: str) -> list[TimeExpression]:
    out: list[TimeExpression] = []
    for e in results:
        day = _day_date(e)
        prev = out[-1] if out else None
        if day is not None and prev is not None and prev.rule == "next_day" \
                and _DAY_SHIFT.fullmatch(prev.text) and not text[prev.end:e.start].strip():
            step = -1 if prev.text.lower().endswith("before") else 1
            g = G.day(day + dt.timedelta(days=step))
            out[-1] = TimeExpression(prev.start, e.end, text[prev.start:e.end], "DATE", g.value, g.precision,
                                     g.earliest, g.latest, None, "day_shift_of")
            continue
        if day is not None:
            m = _UNIT_OF.search(text, max(0, e.start - 25), e.start)
            if m and prev is not None and prev.end > m.start():
                # "the weekend" was taken on its own by a rule: it is the head of this phrase
                if not (prev.start == m.start() and prev.end <= m.end(1)):
                    m = None
                else:
                    out.pop()
            if m:
                unit = m.group(2).lower()
                g = G.containing(unit, day) if unit != "month" else G.month(day.year, day.month)
                out.append(TimeExpression(m.start(), e.end, text[m.start():e.end], "DATE", g.value, g.precision,
                                          g.earliest, g.latest, None, f"{unit}_of"))
                continue
        out.append(e)
    return out
