"""Hijri (Islamic) dates as Gregorian days.

hijridate implements the Umm al-Qura calendar (Saudi Arabia's official one,
what Gulf and Egyptian news print) for 1343-1500 AH (1924-2077).  Outside that
span the standard tabular (arithmetical) calendar stands in; it can differ
from the observed month by a day or two, so callers mark those dates
approximate.
"""
from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

_EPOCH = 1948439  # Julian day number of 1 Muharram 1 AH (tabular, civil epoch)


def _tabular_to_jdn(year: int, month: int, day: int) -> int:
    return (day + (295 * (month - 1) + 5) // 10 + 354 * (year - 1)
            + (3 + 11 * year) // 30 + _EPOCH - 1)


def _jdn_to_date(jdn: int) -> dt.date:
    return dt.date.fromordinal(jdn - 1721425)


def to_gregorian(year: int, month: int, day: int) -> tuple[dt.date, bool]:
    """The Gregorian day of a Hijri date and whether it is exact (Umm al-Qura) or tabular."""
    try:
        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day), True
    except (ValueError, OverflowError):
        if not (1 <= month <= 12 and 1 <= day <= 30):
            raise ValueError("no such Hijri date") from None
        return _jdn_to_date(_tabular_to_jdn(year, month, day)), False


def month_span(year: int, month: int) -> tuple[dt.date, dt.date, bool]:
    """First and last Gregorian day of a Hijri month, and whether the table is official."""
    first, exact = to_gregorian(year, month, 1)
    nxt_year, nxt_month = (year + 1, 1) if month == 12 else (year, month + 1)
    after, _ = to_gregorian(nxt_year, nxt_month, 1)
    return first, after - dt.timedelta(days=1), exact


def year_of(day: dt.date) -> int:
    """The Hijri year that contains a Gregorian day."""
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return int((day.toordinal() + 1721425 - _EPOCH) * 30 / 10631) + 1
