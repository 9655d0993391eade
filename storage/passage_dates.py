"""The date a linked passage's own text gives its event (issue 12), found when the
analyst links the passage by hand, and corrected by the analyst.

Why: an event's sources may disagree on the day ("the strike on Sunday" in one
outlet, "Monday's strike" in another); the event can only say so if every
passage keeps the date its source gives (``annotations.source_date``). An
accepted suggestion records the date it was proposed with; a passage linked by
hand (Ctrl+L, or Ctrl+E's new event) records the first calendar date among the
time expressions inside the selected text, read against the article's published
date as the Suggestions tab reads it ("on Sunday" in an article of Tuesday 1 July
is 29 June). "Now", durations and sets give no calendar day and are passed over.

A passage without a date of its own records none. The publication day is never
put in its place: that a lead sentence without a date reports the day's news is
a judgement the event finder makes with the sentence's tense and position
(``temporal.events``), not something the bare selection says, and a guessed day
would make "sources disagree" where no source said anything. The analyst sees the
date in the event panel ("gives 29 Jun 2025") and can type another or clear it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import NamedTuple

from storage.changes import Undoable
from temporal.dates import DateParseError, EventDate, parse_date
from temporal.event_proposals import expression_date
from temporal.expressions import TimeExpression, find_expressions

CALENDAR_TYPES = ("DATE", "TIME")  # TIMEX3 types that name a point or span of the calendar


class PassageDate(NamedTuple):
    """What a passage's text dates: the expression (start, end, TIMEX3 value), kept
    with the passage as an accepted suggestion's is, and the date (a stored value)."""

    expression: tuple[int, int, str]
    value: str


def passage_date(text: str, published: dt.date | None, start: int, end: int,
                 expressions: list[TimeExpression] | None = None) -> PassageDate | None:
    """The date ``text[start:end]`` gives, or None.

    ``expressions`` are the article's (the Suggestions tab has them cached); without
    them only the passage itself is read, which is quick on any article and loses
    only dates anchored on an earlier sentence ("the next day").
    """
    if expressions is None:
        expressions = [dataclasses.replace(e, start=e.start + start, end=e.end + start)
                       for e in find_expressions(text[start:end], published)]
    for expression in expressions:
        if not (start <= expression.start and expression.end <= end):
            continue
        if expression.type not in CALENDAR_TYPES:
            continue
        date = expression_date(expression)
        if date is not None:
            return PassageDate((expression.start, expression.end, expression.value),
                               date.value)
    return None


def typed_source_date(text: str) -> str:
    """The stored value of a date the analyst typed ("" clears it); DateParseError
    with the reason for text that is no date."""
    return parse_date(text).value if text.strip() else ""


def set_source_date(project, annotation_id: int, value: str) -> Undoable:
    """The date this passage's source gives ("" none); ``before`` the old value.

    ``value`` is a stored date value (typed_source_date); anything else is refused
    with a ValueError, so the table never holds a date no view can read.
    """
    if value:
        try:
            EventDate.from_value(value)
        except (DateParseError, ValueError):
            raise ValueError(f"“{value}” is not a date value.") from None
    return project.annotations.set_field(annotation_id, "source_date", value)
