"""The value object handed to the rest of the application.

Frozen so that results can be cached, hashed and shared between the GUI's
highlighter and the timeline without defensive copies.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TimeExpression:
    """One TIMEX3-style time expression found in a text.

    ``start``/``end`` are str indices (end exclusive) so ``text[start:end]``
    round-trips; ``earliest``/``latest`` give the inclusive calendar span used
    to place the expression on a timeline, None when the value is not a span
    of the calendar (durations, sets, PAST_REF...) or could not be anchored.

    A range has no TIMEX3 value, so ``value`` keeps the TIMEX3 convention (the
    first day of "June 20 to 30"; each end of "from 2007 to 2012" its own) while
    the span of the expression that opens the range covers all of it and its
    ``precision`` is "range": the date placed on the timeline is the range.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    precision: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    mod: str | None = None
    rule: str = ""
