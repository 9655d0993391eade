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


def day(date: dt.date) -> Granule:
    return Granule(date.isoformat(), "day", date, date)


def month(year_: int, month_: int) -> Granule:
    last_day = calendar.monthrange(year_, month_)[1]
    return Granule(f"{year_:04d}-{month_:02d}", "month", dt.date(year_, month_, 1),
                   dt.date(year_, month_, last_day))


def year(year_: int) -> Granule:
    return Granule(f"{year_:04d}", "year", dt.date(year_, 1, 1), dt.date(year_, 12, 31))


def week(date: dt.date) -> Granule:
    iso_year, iso_week, iso_weekday = date.isocalendar()
    monday = date - dt.timedelta(days=iso_weekday - 1)
    return Granule(f"{iso_year:04d}-W{iso_week:02d}", "week", monday,
                   monday + dt.timedelta(days=6))


def weekend(date: dt.date) -> Granule:
    """The weekend of the ISO week containing ``date``."""
    iso_year, iso_week, iso_weekday = date.isocalendar()
    saturday = date + dt.timedelta(days=6 - iso_weekday)
    return Granule(f"{iso_year:04d}-W{iso_week:02d}-WE", "weekend", saturday,
                   saturday + dt.timedelta(days=1))


def quarter(year_: int, number: int) -> Granule:
    first_month = 3 * (number - 1) + 1
    return Granule(f"{year_:04d}-Q{number}", "quarter", dt.date(year_, first_month, 1),
                   month(year_, first_month + 2).latest)


def half(year_: int, number: int) -> Granule:
    if number == 1:
        return Granule(f"{year_:04d}-H1", "half", dt.date(year_, 1, 1), dt.date(year_, 6, 30))
    return Granule(f"{year_:04d}-H{number}", "half", dt.date(year_, 7, 1), dt.date(year_, 12, 31))


def season(year_: int, code: str) -> Granule:
    first_month, last_month = _SEASON_MONTHS[code]
    end_year = year_ + 1 if code == "WI" else year_
    return Granule(f"{year_:04d}-{code}", "season", dt.date(year_, first_month, 1),
                   month(end_year, last_month).latest)


def decade(first_year: int) -> Granule:
    tens = first_year // 10
    return Granule(f"{tens:03d}", "decade", dt.date(tens * 10, 1, 1),
                   dt.date(tens * 10 + 9, 12, 31))


def century(digits: int) -> Granule:
    """``digits`` are the TIMEX3 century digits: 19 for the 20th century."""
    return Granule(f"{digits:02d}", "century", dt.date(max(digits * 100, 1), 1, 1),
                   dt.date(digits * 100 + 99, 12, 31))


def part_of_day(granule: Granule, code: str) -> Granule:
    return Granule(f"{granule.value}T{code}", granule.precision, granule.earliest, granule.latest)


def clock(date: dt.date | None, hour: int, minute: int) -> Granule:
    hour_minute = f"T{hour:02d}:{minute:02d}"
    if date is None:
        return Granule("XXXX-XX-XX" + hour_minute, "time", None, None)
    return Granule(date.isoformat() + hour_minute, "time", date, date)


def quarter_of(date: dt.date) -> int:
    return (date.month - 1) // 3 + 1


_SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
                    8: "SU", 9: "FA", 10: "FA", 11: "FA"}


def containing(precision: str, date: dt.date) -> Granule:
    """The unit of ``precision`` that contains ``date``."""
    if precision == "day" or precision == "time":
        return day(date)
    if precision == "week":
        return week(date)
    if precision == "weekend":
        return weekend(date)
    if precision == "month":
        return month(date.year, date.month)
    if precision == "quarter":
        return quarter(date.year, quarter_of(date))
    if precision == "half":
        return half(date.year, 1 if date.month <= 6 else 2)
    if precision == "season":  # a winter belongs to the year it starts in
        return season(date.year - (1 if date.month <= 2 else 0), _SEASON_OF_MONTH[date.month])
    if precision == "decade":
        return decade(date.year)
    if precision == "century":
        return century(date.year // 100)
    return year(date.year)


_STEP = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}


def add(date: dt.date, amount: float, unit: str) -> dt.date:
    """Calendar arithmetic for TIMEX3 unit letters; fractional amounts round."""
    if unit == "Q":
        return date + relativedelta(months=round(3 * amount))
    if unit == "E":
        return date + relativedelta(years=round(10 * amount))
    if unit == "C":
        return date + relativedelta(years=round(100 * amount))
    if unit in ("M", "Y") and amount != int(amount):
        return date + relativedelta(months=round(amount * (12 if unit == "Y" else 1)))
    step = _STEP.get(unit)
    if step is None:
        return date
    if step == "days":
        return date + dt.timedelta(days=round(amount))
    return date + relativedelta(**{step: round(amount)})


def shift(granule: Granule, amount: float, unit: str) -> Granule:
    """Move a granule, keeping its precision ("the year-earlier quarter")."""
    if granule.earliest is None or granule.precision is None:
        return granule
    return containing(granule.precision, add(granule.earliest, amount, unit))


_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
            "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX",
            "year": "XXXX", "decade": "XXX", "century": "XX"}


def unknown(precision: str | None, suffix: str = "") -> Granule:
    """A value with X's for relative expressions when there is no reference date."""
    value = _UNKNOWN.get(precision or "day", "XXXX-XX-XX")
    return Granule(value + suffix, precision, None, None)


def leap_day(reference: dt.date, future: bool, behind: int = 31, ahead: int = 62) -> dt.date:
    """29 February without a year: the last one before publication (up to
    ``ahead`` days after it still counts, as for other days), or the next one
    (up to ``behind`` days before it) when the clause speaks of the future."""
    year = reference.year + (-1 if future else 1)
    step = 1 if future else -1
    while True:
        year += step
        if calendar.isleap(year):
            day = dt.date(year, 2, 29)
            if (future and (reference - day).days <= behind) or (
                    not future and (day - reference).days <= ahead):
                return day
