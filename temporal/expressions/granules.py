"""Calendar units as (value, precision, earliest, latest) tuples.

Every DATE rule ends in one of these constructors so the TIMEX3 value and the
inclusive span the timeline needs can never disagree.  ``containing`` and
``shift`` let relative rules reuse them ("a year earlier" keeps the
granularity of what it points back to).
"""
from __future__ import annotations

import calendar
import datetime as dt
from typing import NamedTuple

from dateutil.relativedelta import relativedelta


class Granule(NamedTuple):
    value: str
    precision: str | None
    earliest: dt.date | None
    latest: dt.date | None


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def day(d: dt.date) -> Granule:
    return Granule(d.isoformat(), "day", d, d)


def month(y: int, m: int) -> Granule:
    return Granule(f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1),
                   dt.date(y, m, calendar.monthrange(y, m)[1]))


def year(y: int) -> Granule:
    return Granule(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))


def week(d: dt.date) -> Granule:
    y, w, wd = d.isocalendar()
    monday = d - dt.timedelta(days=wd - 1)
    return Granule(f"{y:04d}-W{w:02d}", "week", monday, monday + dt.timedelta(days=6))


def weekend(d: dt.date) -> Granule:
    """The weekend of the ISO week containing ``d``."""
    y, w, wd = d.isocalendar()
    sat = d + dt.timedelta(days=6 - wd)
    return Granule(f"{y:04d}-W{w:02d}-WE", "weekend", sat, sat + dt.timedelta(days=1))


def quarter(y: int, q: int) -> Granule:
    m0 = 3 * (q - 1) + 1
    return Granule(f"{y:04d}-Q{q}", "quarter", dt.date(y, m0, 1), month(y, m0 + 2).latest)


def half(y: int, h: int) -> Granule:
    return Granule(f"{y:04d}-H{h}", "half", dt.date(y, 1 if h == 1 else 7, 1),
                   dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31))


def season(y: int, code: str) -> Granule:
    a, b = _SEASON_MONTHS[code]
    end_year = y + 1 if code == "WI" else y
    return Granule(f"{y:04d}-{code}", "season", dt.date(y, a, 1), month(end_year, b).latest)


def decade(first_year: int) -> Granule:
    d = first_year // 10
    return Granule(f"{d:03d}", "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31))


def century(digits: int) -> Granule:
    """``digits`` are the TIMEX3 century digits: 19 for the 20th century."""
    return Granule(f"{digits:02d}", "century", dt.date(max(digits * 100, 1), 1, 1),
                   dt.date(digits * 100 + 99, 12, 31))


def part_of_day(g: Granule, code: str) -> Granule:
    return Granule(f"{g.value}T{code}", g.precision, g.earliest, g.latest)


def clock(d: dt.date | None, hour: int, minute: int) -> Granule:
    hm = f"T{hour:02d}:{minute:02d}"
    if d is None:
        return Granule("XXXX-XX-XX" + hm, "time", None, None)
    return Granule(d.isoformat() + hm, "time", d, d)


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def containing(precision: str, d: dt.date) -> Granule:
    """The unit of ``precision`` that contains day ``d``."""
    if precision == "day" or precision == "time":
        return day(d)
    if precision == "week":
        return week(d)
    if precision == "weekend":
        return weekend(d)
    if precision == "month":
        return month(d.year, d.month)
    if precision == "quarter":
        return quarter(d.year, quarter_of(d))
    if precision == "half":
        return half(d.year, 1 if d.month <= 6 else 2)
    if precision == "season":
        code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
                8: "SU"}.get(d.month, "FA")
        return season(d.year - (1 if d.month <= 2 else 0), code)
    if precision == "decade":
        return decade(d.year)
    if precision == "century":
        return century(d.year // 100)
    return year(d.year)


_STEP = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}


def add(d: dt.date, amount: float, unit: str) -> dt.date:
    """Calendar arithmetic for TIMEX3 unit letters; fractional amounts round."""
    if unit == "Q":
        return d + relativedelta(months=round(3 * amount))
    if unit == "E":
        return d + relativedelta(years=round(10 * amount))
    if unit == "C":
        return d + relativedelta(years=round(100 * amount))
    if unit in ("M", "Y") and amount != int(amount):
        return d + relativedelta(months=round(amount * (12 if unit == "Y" else 1)))
    key = _STEP.get(unit)
    if key is None:
        return d
    if key == "days":
        return d + dt.timedelta(days=round(amount))
    return d + relativedelta(**{key: round(amount)})


def shift(g: Granule, amount: float, unit: str) -> Granule:
    """Move a granule, keeping its precision ("the year-earlier quarter")."""
    if g.earliest is None or g.precision is None:
        return g
    return containing(g.precision, add(g.earliest, amount, unit))


def unknown(precision: str | None, suffix: str = "") -> Granule:
    """A value with X's for relative expressions when there is no reference date."""
    v = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
         "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX",
         "decade": "XXX", "century": "XX"}.get(precision or "day", "XXXX-XX-XX")
    return Granule(v + suffix, precision, None, None)
