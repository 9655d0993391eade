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
