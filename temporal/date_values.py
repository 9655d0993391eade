"""Reading value strings: what the project stores and the detector emits.

Stored values (ISO 8601 / EDTF, see ``temporal.dates``) and the TIMEX3 values
of the expression finder are machine-written, so they are read strictly:
exactly the canonical forms, never guessed at.  Typed text is a different job
(lenient, dateutil on a leash) and lives in ``temporal.date_parsing``, which
reuses the unit builders here so both agree on what a real week or quarter is.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re

from .date_units import (MAX_YEAR, MIN_YEAR, MONTH_NAMES, SEASON_CODES, DateParseError,
                         Precision as P, unit_span)
from .dates import EventDate

_VALUE = re.compile(r"""(?:
   (?P<day>\d{4}-\d{2}-\d{2})
 | (?P<wy>\d{4})-W(?P<week>\d{1,2})(?P<we>-WE)?
 | (?P<my>\d{4})-(?P<month>\d{2})
 | (?P<qy>\d{4})-Q(?P<quarter>\d)
 | (?P<sy>\d{4})-(?P<season>SP|SU|FA|WI)
 | (?P<hy>\d{4})-H(?P<half>\d)
 | (?P<year>\d{4})
 | (?P<decade>\d{3})X
 | (?P<century>\d{2})XX )""", re.X)
# TIMEX3 times of day: a part of the day (MOrning...) or a clock time.
_TIMEX_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT|\d{2}(?::?\d{2}){0,2}"
                        r"(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)")


def real_date(y: int, m: int, d: int, text: str) -> _dt.date:
    """The date, or the analyst-facing reason it does not exist."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateParseError(f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.")
    if not 1 <= m <= 12:
        raise DateParseError(f"“{text}” is not a real date: there is no month {m}.")
    days = calendar.monthrange(y, m)[1]
    if not 1 <= d <= days:
        raise DateParseError(f"“{text}” is not a real date: "
                             f"{MONTH_NAMES[m - 1]} {y} has {days} days.")
    return _dt.date(y, m, d)


def whole_unit(p: P, y: int, m: int, text: str, approx: bool = False) -> EventDate:
    """The whole unit of ``p`` starting at year ``y``, month ``m``."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateParseError(f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.")
    try:
        return EventDate(*unit_span(p, _dt.date(y, m, 1)), p, approx)
    except DateParseError:
        raise
    except ValueError:  # e.g. winter 9999 ends in year 10000
        raise DateParseError(f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.") from None


def numbered(kind: str, n: int, top: int, text: str) -> int:
    if not 1 <= n <= top:
        raise DateParseError(f"“{text}” is not a real date: there is no {kind} {n}.")
    return n


def iso_week(y: int, week: int, weekend: bool, text: str, approx: bool = False) -> EventDate:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateParseError(f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.")
    weeks = _dt.date(y, 12, 28).isocalendar()[1]  # 28 Dec is always in the last week
    if not 1 <= week <= weeks:
        raise DateParseError(f"“{text}” is not a real week: {y} has {weeks} ISO weeks.")
    p = P.WEEKEND if weekend else P.WEEK
    return EventDate(*unit_span(p, _dt.date.fromisocalendar(y, week, 1)), p, approx)


def match_value(s: str, timex: bool, text: str) -> EventDate | None:
    """The EventDate a value string names; None if it is not one at all."""
    if "/" in s:
        first, sep, last = s.partition("/")
        a, b = match_value(first, False, text), match_value(last, False, text)
        if a is None or b is None or P.DAY not in (a.precision, b.precision) \
                or a.precision != b.precision or "/" in last:
            return None
        if a.approximate != b.approximate:
            raise DateParseError(f"“{text}”: mark both ends of an approximate range with ~.")
        if b.earliest < a.earliest:
            raise DateParseError(f"“{text}” ends before it starts.")
        return EventDate.from_span(a.earliest, b.earliest, P.RANGE, a.approximate)
    approx = s.endswith("~")
    core = s[:-1] if approx else s
    if timex:
        if m := _TIMEX_DAY.fullmatch(core):
            core = m[1]
        elif re.fullmatch(r"\d{2,3}", core):  # TIMEX "199": the 1990s; "19": 1900s
            core += "X" * (4 - len(core))
    m = _VALUE.fullmatch(core)
    if m is None:
        return None
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if "day" in g:
        y, mo, d = map(int, g["day"].split("-"))
        return EventDate(*[real_date(y, mo, d, text)] * 2, P.DAY, approx)
    if "week" in g:
        return iso_week(int(g["wy"]), int(g["week"]), "we" in g, text, approx)
    if "month" in g:
        return whole_unit(P.MONTH, int(g["my"]), numbered("month", int(g["month"]), 12, text), text, approx)
    if "quarter" in g:
        q = numbered("quarter", int(g["quarter"]), 4, text)
        return whole_unit(P.QUARTER, int(g["qy"]), 3 * q - 2, text, approx)
    if "season" in g:
        return whole_unit(P.SEASON, int(g["sy"]), 3 + 3 * SEASON_CODES.index(g["season"]), text, approx)
    if "half" in g:
        h = numbered("half", int(g["half"]), 2, text)
        return whole_unit(P.HALF, int(g["hy"]), 6 * h - 5, text, approx)
    if "year" in g:
        return whole_unit(P.YEAR, int(g["year"]), 1, text, approx)
    if "decade" in g:
        return whole_unit(P.DECADE, int(g["decade"]) * 10, 1, text, approx)
    return whole_unit(P.CENTURY, int(g["century"]) * 100, 1, text, approx)


def parse_value(value: str, timex: bool = True) -> EventDate:
    """EventDate.from_value: strict canonical (and, if ``timex``, TIMEX3) values."""
    s = str(value).strip()
    result = match_value(s, timex, s)
    if result is not None:
        return result
    if re.fullmatch(r"[A-Z_]+_REF", s):
        raise DateParseError(f"“{s}” is relative to the article's date, not a fixed date.")
    if s.startswith(("P", "T")) or "X" in s:
        raise DateParseError(f"“{s}” is a duration or an undetermined date, not a fixed date.")
    raise DateParseError(f"“{s}” is not a date value.")
