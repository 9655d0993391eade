"""Dates as chart x positions, and the tick levels of the time axis.

Scene x is measured in days from ``ORIGIN`` so that the view's horizontal
scale is simply "pixels per day": zooming is one transform change and no event
item has to be moved.  A day occupies [x, x + 1), so a month bar drawn from
its first day to the day after its last covers exactly the month's ticks.

Qt-free, so that the level choice and the tick arithmetic can be tested (and
reasoned about) without a window.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from temporal.date_units import MAX_YEAR, MIN_YEAR, MONTH_ABBR, MONTH_NAMES, Precision

ORIGIN = dt.date(2000, 1, 1).toordinal()
_FIRST = dt.date(MIN_YEAR, 1, 1).toordinal() - ORIGIN
_LAST = dt.date(MAX_YEAR, 12, 31).toordinal() - ORIGIN
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def day_x(day: dt.date) -> float:
    return float(day.toordinal() - ORIGIN)


def x_day(x: float) -> dt.date:
    """The day under scene x, clamped to the years an EventDate can have."""
    return dt.date.fromordinal(int(min(max(math.floor(x), _FIRST), _LAST)) + ORIGIN)


def span_x(earliest: dt.date, latest: dt.date) -> tuple[float, float]:
    """Left and right edge of an inclusive span of days."""
    return day_x(earliest), day_x(latest) + 1.0


# Average length of one unit of each precision, in days: what a drag of so
# many pixels means.  A range moves by its own length (see EventDate.shifted).
_UNIT_DAYS = {Precision.DAY: 1.0, Precision.WEEK: 7.0, Precision.WEEKEND: 7.0,
              Precision.MONTH: 30.44, Precision.QUARTER: 91.31, Precision.SEASON: 91.31,
              Precision.HALF: 182.62, Precision.YEAR: 365.25, Precision.DECADE: 3652.5,
              Precision.CENTURY: 36525.0}


def unit_days(date) -> float:
    if date.precision is Precision.RANGE:
        return float((date.latest - date.earliest).days + 1)
    return _UNIT_DAYS[date.precision]


def drag_units(date, dx_days: float) -> int:
    """Whole units of the date's precision that a horizontal drag amounts to."""
    return round(dx_days / unit_days(date))


# -- tick levels ---------------------------------------------------------------
def _month_floor(d: dt.date, months: int) -> dt.date:
    return dt.date(d.year, (d.month - 1) // months * months + 1, 1)


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    year = min(max(index // 12, MIN_YEAR), MAX_YEAR + 1)
    if year > MAX_YEAR:
        return dt.date(MAX_YEAR, 12, 31)
    return dt.date(year, index % 12 + 1, 1)


def _year_floor(d: dt.date, years: int) -> dt.date:
    return dt.date(max(d.year // years * years, MIN_YEAR), 1, 1)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True)
class Level:
    """One granularity of the axis: where its ticks fall and how they read.

    ``min_px`` is the width one unit needs for its label to be legible; the
    axis uses the finest level whose units are at least that wide.
    """

    name: str
    days: float
    min_px: float
    floor: Callable[[dt.date], dt.date]
    step: Callable[[dt.date], dt.date]
    short: Callable[[dt.date], str]
    long: Callable[[dt.date], str]  # when a unit has room to spare

    def label(self, day: dt.date, px: float) -> str:
        return self.long(day) if px >= 2.2 * self.min_px else self.short(day)


DAY = Level("day", 1, 26, lambda d: d, lambda d: d + dt.timedelta(days=1),
            lambda d: str(d.day), lambda d: f"{WEEKDAYS[d.weekday()]} {d.day}")
WEEK = Level("week", 7, 52, lambda d: d - dt.timedelta(days=d.weekday()),
             lambda d: d + dt.timedelta(days=7),
             lambda d: f"{d.day} {MONTH_ABBR[d.month - 1]}",
             lambda d: f"week of {d.day} {MONTH_ABBR[d.month - 1]}")
MONTH = Level("month", 30.44, 34, lambda d: _month_floor(d, 1), lambda d: _add_months(d, 1),
              lambda d: MONTH_ABBR[d.month - 1], lambda d: MONTH_NAMES[d.month - 1])
QUARTER = Level("quarter", 91.31, 30, lambda d: _month_floor(d, 3), lambda d: _add_months(d, 3),
                lambda d: f"Q{(d.month + 2) // 3}",
                lambda d: f"Q{(d.month + 2) // 3} {d.year}")
YEAR = Level("year", 365.25, 42, lambda d: _year_floor(d, 1),
             lambda d: dt.date(min(d.year + 1, MAX_YEAR), 1, 1),
             lambda d: str(d.year), lambda d: str(d.year))
DECADE = Level("decade", 3652.5, 50, lambda d: _year_floor(d, 10),
               lambda d: dt.date(min(d.year + 10, MAX_YEAR), 1, 1),
               lambda d: f"{d.year}s", lambda d: f"{d.year}s")
CENTURY = Level("century", 36525.0, 60, lambda d: _year_floor(d, 100),
                lambda d: dt.date(min(d.year + 100, MAX_YEAR), 1, 1),
                lambda d: f"{d.year}s", lambda d: f"{_ordinal(d.year // 100 + 1)} century")
LEVELS = (DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY)

# The coarser unit shown in the band above the ticks: "where am I".
_BAND = {"day": MONTH, "week": MONTH, "month": YEAR, "quarter": YEAR, "year": DECADE,
         "decade": CENTURY, "century": CENTURY}
_BAND_LABEL = {"month": lambda d: f"{MONTH_NAMES[d.month - 1]} {d.year}",
               "year": lambda d: str(d.year), "decade": lambda d: f"{d.year}s",
               "century": lambda d: f"{_ordinal(d.year // 100 + 1)} century"}


def tick_level(px_per_day: float) -> Level:
    for level in LEVELS:
        if level.days * px_per_day >= level.min_px:
            return level
    return CENTURY


def band_level(level: Level) -> Level:
    return _BAND[level.name]


def band_label(level: Level, day: dt.date) -> str:
    return _BAND_LABEL[level.name](day)


def units(level: Level, x0: float, x1: float) -> Iterator[tuple[float, float, dt.date]]:
    """(left x, right x, first day) of every unit of ``level`` meeting [x0, x1]."""
    day = level.floor(x_day(x0))
    last = x_day(x1)
    while day <= last:
        following = level.step(day)
        if following <= day:  # the calendar's end
            yield day_x(day), day_x(day) + level.days, day
            return
        yield day_x(day), day_x(following), day
        day = following
