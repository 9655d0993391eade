"""The value object `find_events` returns: one happening the text reports.

Frozen, like `TimeExpression`, so the GUI can cache and share results. Its
fields are a contract with the Suggestions tab, the batch import and the
evaluation (issue 11).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from temporal.expressions import TimeExpression


@dataclass(frozen=True)
class Event:
    """A happening: its trigger, title, date and the sentence that reports it.

    ``start``/``end`` are the trigger's code-point offsets (at most 60
    characters); ``value``/``precision``/``earliest``/``latest`` are written as
    `find_expressions` writes dates, None when the event is undated;
    ``expression`` is the time expression that dates it, None when it is dated
    by the publication day (or undated); ``family`` is the kind of happening
    ("attack", "meeting", ...), which the deduplication compares.
    """

    start: int
    end: int
    trigger: str
    title: str
    value: str | None
    precision: str | None
    earliest: dt.date | None
    latest: dt.date | None
    expression: TimeExpression | None
    sentence_start: int
    sentence_end: int
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    family: str = ""

    @property
    def dated_by(self) -> str:
        """What dated it, as the Suggestions tab shows it."""
        if self.expression is not None:
            return self.expression.text
        return "publication day" if self.value else "undated"
