"""Reading event dates as analysts type them: leniently, but never guessed at.

Typed text is written by people, in many forms, so it has its own reader,
apart from the strict one for stored values in ``temporal.date_values`` (with
the EventDate model, whose unit builders it shares).
Structured forms (weeks, quarters, seasons, decades, ISO and numeric dates)
are matched by our own patterns; python-dateutil reads the free-word day and
month forms ("Jul 1, 2025", "1st of July 2025") because it knows month names
and ordinals. It is kept on a short leash, because left alone it would:

* fill missing parts from today's date: we parse twice with two different
  sentinel defaults and treat any field that differs as not given;
* read ``2025-07-01`` as 7 January under ``dayfirst``, and quietly swap day
  and month in ``12/31/2025``: year-first and all-numeric forms never reach it.
  Numeric dates are strictly day/month/year, as in most of the world, and an
  impossible one is rejected rather than re-read month-first;
* accept two-digit years: we require the year to be written with four digits.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from dateutil import parser as _du

from .date_units import (
    MAX_YEAR,
    MIN_YEAR,
    PART_UNITS,
    DateParseError,
    part_span,
    span_text,
    unit_span,
)
from .date_units import Precision as P
from .date_values import EventDate, iso_week, match_value, numbered, real_date, whole_unit

_EXAMPLES = "e.g. 1 Jul 2025, Nov 2024, Q2 2025, summer 2025 or 1990s"

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
             "fourth": 4, "4th": 4}
_SEASON_NUM = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_APPROX = re.compile(r"(?:circa\b|ca\b\.?|c\.|c(?=\s*\d)|about\b|around\b"
                     r"|approx(?:imately\b|\.|\b)|~)\s*")
_WEEK = r"(?:week|wk|w)\.?\s*(\d{1,2})\s+(?:of\s+)?(\d{4})"
_RELATIVE = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|now|last|next|this|ago|recently)\b")
_RANGE_SEP = re.compile(r"\s+(?:to|until|till|through|thru|and)\s+|\s*–\s*|\s+-\s+")
_LEAD = re.compile(r"^(?:the|on|from|between)\s+")
_SUFFIX = r"(?:st|nd|rd|th)?"
# "28–29 June 2025" and "June 28–29 2025": two days sharing month and year.
_DAYS_MONTH = re.compile(rf"(\d{{1,2}}){_SUFFIX}\s*[–-]\s*"
                         rf"(\d{{1,2}}{_SUFFIX}\s+(?:of\s+)?[a-z]+\.?\s+\d{{4}})")
_MONTH_DAYS = re.compile(rf"([a-z]+\.?)\s+(\d{{1,2}}){_SUFFIX}\s*[–-]\s*"
                         rf"(\d{{1,2}}){_SUFFIX}\s+(\d{{4}})")
# "28/29 June 2025": the two days a night runs over.
_NIGHT_DAYS = re.compile(rf"(\d{{1,2}}){_SUFFIX}\s*/\s*"
                         rf"(\d{{1,2}}{_SUFFIX}\s+(?:of\s+)?[a-z]+\.?\s+\d{{4}})")
# Two sentinels differing in every field: a field that comes back different was
# not in the text (and today's date can never leak in).
_SENTINELS = (_dt.datetime(2000, 1, 1), _dt.datetime(1996, 3, 2))


def _normalise(text: str) -> str:
    s = " ".join(str(text).replace(",", " ").split()).lower()
    s = re.sub(r"[—‒―−]", "–", s)
    s = s.strip(" .;:!?\"'“”‘’«»")
    while s[:1] + s[-1:] in ("()", "[]"):
        s = s[1:-1].strip()
    return _LEAD.sub("", s)


def _fields(s: str, text: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) as written in ``s``, None for parts not given."""
    if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?", s):
        return int(m[1]), int(m[2]), m[3] and int(m[3])
    if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", s):
        return int(m[3]), int(m[2]), int(m[1])
    if m := re.fullmatch(r"(\d{1,2})[/.](\d{4})", s):
        return int(m[2]), int(m[1]), None
    if m := re.fullmatch(r"(\d{4})", s):
        return int(m[1]), None, None
    if m := re.fullmatch(rf"(\d{{1,2}}){_SUFFIX}", s):
        return None, None, int(m[1])
    if not re.search(r"[a-z]{3}", s) or len(re.findall(r"(?<!\d)\d{4}(?!\d)", s)) > 1:
        return None  # no month name, or two years: not a single date for dateutil
    try:
        a, b = (_du.parse(s, default=d, dayfirst=True) for d in _SENTINELS)
        fields_a, fields_b = (a.year, a.month, a.day), (b.year, b.month, b.day)
        got = [x if x == y else None for x, y in zip(fields_a, fields_b)]
    except (ValueError, OverflowError, TypeError):
        # Impossible dates ("31 February 2025") fail inside dateutil; ask its
        # field-level parser what was written so we can say what is wrong.
        try:
            res = _du.parser()._parse(s, dayfirst=True)[0]
        except Exception:  # private API: losing it costs only the message
            return None
        if res is None or res.month is None:
            return None
        got = [res.year, res.month, res.day]
    if got[1] is None:
        return None
    if got[0] is not None and not re.search(rf"(?<!\d){got[0]}(?!\d)", s):
        if re.search(r"(?<!\d)\d{4}(?!\d)", s):
            return None  # dateutil took some other number for the year
        raise DateParseError(f"“{text}”: write the year with four digits.")
    return got[0], got[1], got[2]


def _calendar(s: str, text: str) -> EventDate | None:
    """A single day or month, or None if ``s`` is not one."""
    f = _fields(s, text)
    if f is None or f[0] is None or f[1] is None:
        return None
    y, m, d = f
    if d is None:
        return whole_unit(P.MONTH, y, numbered("month", m, 12, text), text)
    return EventDate(*[real_date(y, m, d, text)] * 2, P.DAY)


def _range(left: str, right: str, text: str) -> EventDate | None:
    """``left`` to ``right``; the left end may borrow month and year from the right."""
    lf, rf = _fields(left, text), _fields(right, text)
    if lf is None or rf is None or rf[0] is None or (rf[2] is not None and rf[1] is None):
        return None
    ly, lm, ld = lf
    if ly is None:
        ly, lm = rf[0], lm if lm is not None else (rf[1] if ld is not None else None)
    if ld is not None and lm is None:
        return None
    first = real_date(ly, lm or 1, ld or 1, text)
    ry, rm, rd = rf
    if rd is not None:
        last = real_date(ry, rm, rd, text)
    else:  # "Jun – Aug 2025", "2014 – 2016": to the end of the month or year
        last = unit_span(P.MONTH if rm else P.YEAR, real_date(ry, rm or 1, 1, text))[1]
    if last < first:
        raise DateParseError(f"“{text}” ends before it starts.")
    return EventDate.from_span(first, last, P.RANGE)


# A clock time after the day: "1 jul 2025 09:49", "2025-07-01t09:49", "... at 9:49 utc",
# "... 09:49 +03:00" (the text is lower-cased by then).
_CLOCK_AT_END = re.compile(r"(.+?)(?:\s+at\s+|\s+|(?<=\d)t)(\d{1,2}):(\d{2})"
                           r"(?::\d{2})?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?")


def _clock(s: str, text: str) -> tuple[str, str]:
    """The date text without its clock time, and the time as stored ("09:49+03:00")."""
    m = _CLOCK_AT_END.fullmatch(s)
    if m is None:
        return s, ""
    hour, minute = int(m[2]), int(m[3])
    if hour > 23 or minute > 59:
        raise DateParseError(f"“{text}”: {m[2]}:{m[3]} is not a time of day.")
    zone = m[4] or ""
    if zone in ("z", "utc", "gmt"):
        zone = "Z"
    elif zone:
        digits = zone[1:].replace(":", "")
        if int(digits[:2]) > 23 or int(digits[2:]) > 59:
            raise DateParseError(f"“{text}”: {zone} is not a time zone offset.")
        zone = f"{zone[0]}{digits[:2]}:{digits[2:]}"
    return m[1], f"{hour:02d}:{minute:02d}{zone}"


def _month_week(which: str, inner: str, text: str) -> EventDate:
    """"last week of June 2025": seven days of the month, counted from its first
    (days 1-7, 8-14...) or back from its last (24-30 June), not an ISO week,
    which may lie mostly in the next month."""
    month = _plain(inner, text)
    if month.precision is not P.MONTH or month.part:
        raise DateParseError(f"“{text}”: a week of a month, e.g. last week of June 2025.")
    if which == "last":
        first = month.latest - _dt.timedelta(days=6)
    else:
        first = month.earliest + _dt.timedelta(days=7 * (_ORDINALS[which] - 1))
    return EventDate.from_span(first, first + _dt.timedelta(days=6), P.RANGE)


def _part(part: str, inner: str, text: str) -> EventDate:
    """"early July 2025", "mid-2024", "late summer 2025": a third of the unit."""
    unit = _plain(inner, text)
    if unit.precision not in PART_UNITS or unit.part:
        raise DateParseError(f"“{text}”: {part} goes with a month, season, quarter, half "
                             "or year, e.g. early July 2025 or mid-2024.")
    first, last = part_span(unit.precision, unit.earliest, part)
    return replace(unit, earliest=first, latest=last, part=part)


def _night(left: str, right: str, text: str) -> EventDate:
    """"28/29 June 2025": a slash between two neighbouring days, the way a night
    (or anything running over midnight) is dated; the span is both days."""
    span = _range(left, right, text)
    if span is None or (span.latest - span.earliest).days != 1:
        raise DateParseError(f"“{text}”: a slash joins two neighbouring days, "
                             "as in the night of 28/29 June 2025.")
    return span


def _tagged(inner: str, p: P, week: int | None, text: str) -> EventDate:
    """A display form with its tag: the days must be exactly that week/weekend."""
    span = _plain(inner, text)
    if p is P.WEEKEND and span.precision is P.DAY:  # "weekend of 28 June 2025"
        if span.earliest.weekday() < 5:
            raise DateParseError(f"“{text}”: {span_text(span.earliest, span.earliest)} "
                                 f"is a {span.earliest:%A}, not a weekend day.")
        return EventDate(*unit_span(p, span.earliest), p)
    whole = unit_span(p, span.earliest)
    if (span.earliest, span.latest) != whole or (week and span.earliest.isocalendar()[1] != week):
        what = f"week {week}" if p is P.WEEK else "a weekend"
        raise DateParseError(f"“{text}”: those days are not {what}.")
    return EventDate(*whole, p)


def _decade(m: re.Match, text: str) -> EventDate:
    return whole_unit(P.DECADE, int(m[1]), 1, text)


def _short_decade(m: re.Match, text: str) -> EventDate:
    raise DateParseError(f"“{text}”: write the decade with four digits, e.g. 1990s.")


def _century(m: re.Match, text: str) -> EventDate:
    """ "20th century": 1900-1999; centuries before the 11th have years below 1000."""
    ordinal = int(m[1])
    if ordinal <= 10:
        raise DateParseError(f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.")
    return whole_unit(P.CENTURY, (ordinal - 1) * 100, 1, text)


def _quarter(year: str, number: str, text: str) -> EventDate:
    return whole_unit(P.QUARTER, int(year), 3 * numbered("quarter", int(number), 4, text) - 2,
                      text)


def _half(year: str, number: str, text: str) -> EventDate:
    return whole_unit(P.HALF, int(year), 6 * numbered("half", int(number), 2, text) - 5, text)


_RULES: list[tuple[re.Pattern, object]] = [
    (re.compile(r"(\d{3}0)'?s"), _decade),
    (re.compile(r"'?\d0'?s"), _short_decade),
    (re.compile(r"(\d{1,3})(?:st|nd|rd|th)\s+(?:century|cent\.?|c\.?)"), _century),
    (re.compile(r"q(\d)\s*/?\s*(\d{4})"), lambda m, t: _quarter(m[2], m[1], t)),
    (re.compile(r"(\d{4})\s*[-/]?\s*q(\d)"), lambda m, t: _quarter(m[1], m[2], t)),
    (re.compile(r"(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(\d{4})"),
     lambda m, t: _quarter(m[2], _ORDINALS[m[1]], t)),
    (re.compile(r"h(\d)\s*/?\s*(\d{4})"), lambda m, t: _half(m[2], m[1], t)),
    (re.compile(r"(\d{4})\s*[-/]?\s*h(\d)"), lambda m, t: _half(m[1], m[2], t)),
    (re.compile(r"(first|second|1st|2nd)\s+half\s+(?:of\s+)?(\d{4})"),
     lambda m, t: _half(m[2], _ORDINALS[m[1]], t)),
    (re.compile(r"(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})"
                r"(?:\s*[–/-]\s*(\d{4}|\d{2}))?"),
     lambda m, t: _season(m, t)),
    (re.compile(r"weekend\s+(?:of\s+)?" + _WEEK),
     lambda m, t: iso_week(int(m[2]), int(m[1]), True, t)),
    (re.compile(_WEEK), lambda m, t: iso_week(int(m[2]), int(m[1]), False, t)),
    (re.compile(r"(.+?)\s*\((?:wk|week)\.?\s*(\d{1,2})\)"),
     lambda m, t: _tagged(m[1], P.WEEK, int(m[2]), t)),
    (re.compile(r"(.+?)\s*\(weekend\)"), lambda m, t: _tagged(m[1], P.WEEKEND, None, t)),
    (re.compile(r"weekend\s+(?:of\s+)?(.+)"), lambda m, t: _tagged(m[1], P.WEEKEND, None, t)),
    (_DAYS_MONTH, lambda m, t: _range(m[1], m[2], t)),
    (_NIGHT_DAYS, lambda m, t: _night(m[1], m[2], t)),
    (re.compile(r"(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\s+(?:of\s+)?(.+)"),
     lambda m, t: _month_week(m[1], m[2], t)),
    (re.compile(r"(early|mid|late)(?:\s*-\s*|\s+)(?:in\s+)?(?:the\s+)?(?:of\s+)?(.+)"),
     lambda m, t: _part(m[1], m[2], t)),
    # "the night of 28/29 June", "the night of 1 July": the days the night is dated by.
    (re.compile(r"(?:the\s+)?night\s+of\s+(?:the\s+)?(.+)"), lambda m, t: _plain(m[1], t)),
    (_MONTH_DAYS, lambda m, t: _range(f"{m[1]} {m[2]}", f"{m[1]} {m[3]} {m[4]}", t)),
]


def _season(m: re.Match, text: str) -> EventDate:
    y, start = int(m[2]), _SEASON_NUM[m[1]]
    if m[3] is not None:  # "winter 2025–26": only winter straddles two years
        nxt = int(m[3])
        if start != 12 or nxt not in (y + 1, (y + 1) % 100) or len(m[3]) == 3:
            raise DateParseError(
                f"“{text}”: only winter spans two years, e.g. winter 2025–26.")
    return whole_unit(P.SEASON, y, start, text)


def _plain(s: str, text: str) -> EventDate:
    """``s`` (normalised, no approximation marker) as an EventDate."""
    value = match_value(s.upper(), False, text)
    if value is not None:
        return value
    for pattern, build in _RULES:
        if m := pattern.fullmatch(s):
            result = build(m, text)
            if result is not None:
                return result
    if result := _calendar(s, text):
        return result
    error = None
    for sep in _RANGE_SEP.finditer(s):
        try:
            if result := _range(s[:sep.start()], s[sep.end():], text):
                return result
        except DateParseError as err:
            error = error or err
    if error:
        raise error
    if (f := _fields(s, text)) and f[0] is None and f[1] is not None:
        raise DateParseError(f"“{text}”: add the year, with four digits.")
    if _RELATIVE.search(s):
        raise DateParseError(f"“{text}” is relative: type the calendar date it means.")
    raise DateParseError(f"“{text}” isn't a date I can read ({_EXAMPLES}).")


def parse_typed(text: str) -> EventDate:
    """parse_date: a date as typed, read leniently but never guessed at."""
    original = " ".join(str(text).split())
    if (value := match_value(original.upper(), False, original)) is not None:
        return value  # a canonical value, its qualifiers (2025-06-28?/2025-06-29?) included
    # EDTF's "?" (uncertain) and "%" (uncertain and approximate) at the end: kept,
    # not stripped with the other trailing punctuation.
    uncertain = original.endswith(("?", "%"))
    approx = original.endswith("%")
    s = _normalise(original.rstrip("?%"))
    if not s:
        raise DateParseError(f"Type a date, {_EXAMPLES}.")
    if (m := _APPROX.match(s)) and m.end() < len(s):
        approx, s = True, _LEAD.sub("", s[m.end():])
    if "/" not in s and s.endswith("~"):
        approx, s = True, s[:-1].rstrip()
    s, time = _clock(s, original)
    result = _plain(s, original)
    if time:
        if result.precision is not P.DAY:
            raise DateParseError(f"“{original}”: a time of day goes with one day, "
                                 "e.g. 1 Jul 2025 09:49.")
        result = replace(result, time=time)
    return replace(result, approximate=approx or result.approximate,
                   uncertain=uncertain or result.uncertain)
