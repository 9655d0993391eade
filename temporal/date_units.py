"""The calendar vocabulary every date module shares: precisions, units, limits.

``unit_span`` alone says where a quarter, a season or an ISO week begins and
ends, and parsing, validation, inference and shifting all ask it, so they
cannot disagree.  It is the bottom of the date modules: ``temporal.date_values``
(the EventDate model and its value strings) and ``temporal.date_parsing`` (typed
text) import it, and it imports neither.
"""
from __future__ import annotations

import datetime as _dt
from enum import Enum

from dateutil.relativedelta import relativedelta


class Precision(str, Enum):
    """How much of an event's date the source actually pins down."""

    DAY = "day"
    WEEK = "week"
    WEEKEND = "weekend"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    RANGE = "range"


class DateParseError(ValueError):
    """A date the analyst typed (or a stored value) that cannot be an event date.

    ``str(err)`` is written for the analyst, shown inline next to the cell,
    so it names the text and says what is wrong with it.
    """


MIN_YEAR, MAX_YEAR = 1000, 9999
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")
MONTH_ABBR = tuple(name[:3] for name in MONTH_NAMES)
SEASON_CODES = ("SP", "SU", "FA", "WI")  # starting in March, June, September, December
SEASON_WORDS = ("spring", "summer", "autumn", "winter")

# Units made of whole months: a span starts on the first of a month and lasts
# this many months, which also makes shifting one calendar-correct addition.
MONTHS_PER_UNIT = {Precision.MONTH: 1, Precision.QUARTER: 3, Precision.SEASON: 3,
                   Precision.HALF: 6, Precision.YEAR: 12, Precision.DECADE: 120,
                   Precision.CENTURY: 1200}


def unit_span(precision: Precision | str, day: _dt.date) -> tuple[_dt.date, _dt.date]:
    """The whole unit of ``precision`` containing ``day`` (weeks are ISO weeks).

    One function defines every unit, so parsing, validation, inference and
    shifting cannot disagree about where a quarter or a winter begins.
    Raises ValueError when the unit runs past year 9999.
    """
    p = Precision(precision)
    if p is Precision.DAY:
        return day, day
    if p in (Precision.WEEK, Precision.WEEKEND):
        monday = day - _dt.timedelta(days=day.weekday())
        try:
            first = monday + _dt.timedelta(days=5 if p is Precision.WEEKEND else 0)
            return first, monday + _dt.timedelta(days=6)
        except OverflowError:  # the week of 27 December 9999 ends in year 10000
            raise ValueError("the week runs past year 9999") from None
    if p is Precision.RANGE:
        raise ValueError("a range has no unit")
    y, m = day.year, day.month
    start = {
        Precision.MONTH: (y, m),
        Precision.QUARTER: (y, m - (m - 1) % 3),
        Precision.SEASON: (y - 1, 12) if m < 3 else (y, m - m % 3),
        Precision.HALF: (y, 1 if m < 7 else 7),
        Precision.YEAR: (y, 1),
        Precision.DECADE: (y - y % 10, 1),
        Precision.CENTURY: (y - y % 100, 1),
    }[p]
    first = _dt.date(*start, 1)
    return first, first + relativedelta(months=MONTHS_PER_UNIT[p]) - _dt.timedelta(days=1)


def day_text(d: _dt.date) -> str:
    return f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}"


def span_text(first: _dt.date, last: _dt.date) -> str:
    """Two days as briefly as a reader still gets both: shared month/year once."""
    if first == last:
        return day_text(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day_text(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTH_ABBR[first.month - 1]} – {day_text(last)}"
    return f"{day_text(first)} – {day_text(last)}"


# Early, mid and late: the thirds of a unit (TIMEX3 mod START, MID, END).  A
# month's are days 1-10, 11-20 and 21 to its end, as analysts use them; a unit
# of whole months is cut into thirds of its months (a year: Jan-Apr, May-Aug,
# Sep-Dec; a season or quarter: one month each).
PARTS = ("early", "mid", "late")
PART_CODES = {"early": "START", "mid": "MID", "late": "END"}
PART_UNITS = (Precision.MONTH, Precision.QUARTER, Precision.SEASON, Precision.HALF,
              Precision.YEAR)


def part_span(precision: Precision | str, day: _dt.date,
              part: str) -> tuple[_dt.date, _dt.date]:
    """The ``part`` ("early", "mid", "late") of the unit of ``precision`` holding ``day``."""
    p = Precision(precision)
    first, last = unit_span(p, day)
    third = PARTS.index(part)
    if p is Precision.MONTH:
        start = first.replace(day=1 + 10 * third)
        end = last if third == 2 else first.replace(day=10 + 10 * third)
        return start, end
    months = MONTHS_PER_UNIT[p] // 3
    start = first + relativedelta(months=months * third)
    return start, start + relativedelta(months=months) - _dt.timedelta(days=1)
