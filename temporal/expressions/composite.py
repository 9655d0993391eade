"""Expressions built on another expression: a unit or a day counted from a written date.

"the week of <date>", "the day before <date>" and a clock time followed by
"on <date>" only widen, shift or complete a date that the rules found on their
own.  Doing that after resolution, on the finished list, means every date rule
(explicit, weekday, holiday...) can serve as the anchor without each rule
family having to know about the wrapper, and a wrapper the rules already
resolved against the story's clock ("the day before" on its own) is re-anchored
to the date actually written after it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from . import granules
from .lexicon import PARTS_OF_DAY
from .model import TimeExpression
from .rules_time import clock_on

# How far before a date its "the week of" / "the weekend of" / "the month of"
# may start, in characters (the longest such head, with some spacing).
UNIT_OF_REACH_CHARS = 25

# "the week of <date>", "the weekend of <date>", "the month of <date>"
_UNIT_OF = re.compile(r"\b(the\s+(week|weekend|month)\s+of)\s+$", re.I)
# "the morning of <date>", "on the night of <date>": a part of that day
_PART_OF = re.compile(r"\b(?:(?P<edge>early|late)\s+(?:on\s+)?)?"
                      r"(the\s+(morning|afternoon|evening|night)\s+of)\s+$", re.I)
# "the day before" / "the day after" glued to the date it counts from
_DAY_SHIFT = re.compile(r"(?:the|a)\s+day\s+(before|after)", re.I)
# What may stand between a clock time and its day: "at 9 p.m., on <date>", "9 p.m. of <date>".
_TIME_TO_DAY = re.compile(r"\s*(?:,|on|of)?\s*$", re.I)
_CLOCK_RULES = ("clock_ampm", "clock_24h", "clock_word", "oclock")
_DAY_WORDS = ("yesterday", "today", "tomorrow", "day")


def _single_day(found: TimeExpression) -> dt.date | None:
    """The day of a DATE that is exactly one day, else None."""
    if found.type == "DATE" and found.precision == "day" and found.earliest is not None \
            and found.earliest == found.latest:
        return found.earliest
    return None


def _dated(found: TimeExpression, text: str, start: int, granule: granules.Granule,
           rule: str) -> TimeExpression:
    """A DATE from ``start`` to the end of ``found`` with the value of ``granule``."""
    return TimeExpression(start, found.end, text[start:found.end], "DATE", granule.value,
                          granule.precision, granule.earliest, granule.latest, None, rule)


def found_granule(found: TimeExpression) -> granules.Granule:
    return granules.Granule(found.value, found.precision, found.earliest, found.latest)


def merge_anchored(results: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Fold "the day before/after", "the week/weekend/month of" and "the morning/.../night
    of" into the date they name."""
    merged: list[TimeExpression] = []
    for found in results:
        day = _single_day(found)
        previous = merged[-1] if merged else None
        if day is not None and previous is not None and previous.rule == "next_day" \
                and _DAY_SHIFT.fullmatch(previous.text) \
                and not text[previous.end:found.start].strip():
            step = -1 if previous.text.lower().endswith("before") else 1
            shifted = granules.day(day + dt.timedelta(days=step))
            merged[-1] = _dated(found, text, previous.start, shifted, "day_shift_of")
            continue
        if day is not None:
            part = _PART_OF.search(text, max(0, found.start - UNIT_OF_REACH_CHARS), found.start)
            if part and previous is not None and previous.start >= part.start(2) \
                    and previous.end <= part.end(2):
                merged.pop()  # "By the morning of March 12": "the morning" taken alone
                previous = merged[-1] if merged else None
            if part and (previous is None or previous.end <= part.start()):
                code = PARTS_OF_DAY[part.group(3).lower()]
                edge = {"early": "START", "late": "END"}.get((part.group("edge") or "").lower())
                merged.append(dataclasses.replace(
                    _dated(found, text, part.start(2), found_granule(found), "part_of_day_of"),
                    type="TIME", value=f"{found.value}T{code}", mod=edge))
                continue
            head = _UNIT_OF.search(text, max(0, found.start - UNIT_OF_REACH_CHARS), found.start)
            if head and previous is not None and previous.end > head.start():
                # "the weekend" was taken on its own by a rule: it is the head of this phrase
                if not (previous.start == head.start() and previous.end <= head.end(1)):
                    head = None
                else:
                    merged.pop()
            if head:
                unit = head.group(2).lower()
                if unit == "month":
                    widened = granules.month(day.year, day.month)
                else:
                    widened = granules.containing(unit, day)
                merged.append(_dated(found, text, head.start(), widened, f"{unit}_of"))
                continue
        merged.append(found)
    return merged


def attach_times(results: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Give a bare clock time the day written right after it ("at 9 p.m. on <date>").

    The clock rules only know the day words glued to them; a date joined by
    "on", "of" or a comma is found by the date rules, so it is joined here.
    """
    for position, found in enumerate(results[:-1]):
        if found.type != "TIME" or found.rule not in _CLOCK_RULES \
                or found.value.count("T") != 1:
            continue
        if any(word in found.text.lower() for word in _DAY_WORDS):
            continue
        following = results[position + 1]
        if following.precision == "day" and following.type == "DATE" and following.earliest \
                and _TIME_TO_DAY.match(text[found.end:following.start]):
            clock = clock_on(following.earliest, found.text, found.value)
            results[position] = dataclasses.replace(
                found, value=following.value + clock, precision="time",
                earliest=following.earliest, latest=following.latest)
    return results


# Between the two ends of a range: "2007 to 2012", "Thursday through Saturday".
_RANGE_CONNECTOR = re.compile(r"\s*(?:-|–|—|to|through|thru|till|until|and)\s*", re.I)
# Before its first end: "from 2007 to 2012", "between 2007 and 2012"; looked for
# this many characters back (the word and its spacing).
_RANGE_OPENER = re.compile(r"\b(from|between)\s+$", re.I)
RANGE_OPENER_REACH_CHARS = 10
# "moved the vote from Tuesday to Thursday" names two dates, not the days between.
_CHANGE_OF_DATE = re.compile(
    r"\b(?:mov|postpon|delay|push|reschedul|brought|bring|chang|shift|switch|advanc|"
    r"put\s+off|extend)\w*\b[^.;:]*$", re.I)
# How far before "from" a verb of change is looked for, in characters.
CHANGE_REACH_CHARS = 60
_CONNECTOR_WORDS = re.compile(r"-|–|—|to|through|thru|till|until|and", re.I)
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _weekday_moved(found: TimeExpression, days: int) -> TimeExpression:
    day = found.earliest + dt.timedelta(days=days)
    return dataclasses.replace(found, value=day.isoformat(), earliest=day, latest=day)


def _later_reading(last: TimeExpression, first: TimeExpression) -> TimeExpression | None:
    """``last`` read so that it does not end before ``first`` starts, or None.

    A range's end is resolved on its own ("Saturday" as last Saturday), but it
    lies after the start: a weekday moves on by a week, a day or month written
    without a year by a year.
    """
    if last.latest >= first.earliest:
        return last
    if last.rule == "weekday":
        return _weekday_moved(last, 7) if last.earliest + dt.timedelta(days=7) >= first.earliest \
            else None
    elif last.rule in ("month_day_year", "day_month_year", "month") \
            and not _YEAR_WRITTEN.search(last.text):
        try:
            moved = (last.earliest.replace(year=last.earliest.year + 1),
                     last.latest.replace(year=last.latest.year + 1))
        except ValueError:  # 29 February
            return None
        if last.rule == "month":
            moved = (moved[0], granules.month(moved[0].year, moved[0].month).latest)
    else:
        return None
    if moved[1] < first.earliest:
        return None
    value = last.value.replace(str(last.earliest.year), str(moved[0].year), 1)
    return dataclasses.replace(last, value=value, earliest=moved[0], latest=moved[1])


def join_ranges(results: list[TimeExpression], text: str) -> list[TimeExpression]:
    """Give the first of two dates joined as a range ("from 2007 to 2012") the whole span.

    TimeML annotates each end as its own TIMEX3 (and so does TimeBank), so both
    stay in the list with their own values; the range is the first end's span,
    which makes the date an analyst accepts from it the range itself.
    """
    for position in range(len(results) - 1):
        first, last = results[position], results[position + 1]
        if first.type != "DATE" or last.type != "DATE" or first.earliest is None \
                or last.earliest is None:
            continue
        between = text[first.end:last.start]
        if not _RANGE_CONNECTOR.fullmatch(between):
            continue
        connector = _CONNECTOR_WORDS.search(between).group().lower()
        opener = _RANGE_OPENER.search(text, max(0, first.start - RANGE_OPENER_REACH_CHARS),
                                      first.start)
        if connector == "and" and not (opener and opener.group(1).lower() == "between"):
            continue
        if connector in ("to", "-") and opener is None:
            continue  # "June to July" alone: too often two dates ("cut from 5% to 3%")
        if opener and opener.group(1).lower() == "from" and _CHANGE_OF_DATE.search(
                text, max(0, opener.start() - CHANGE_REACH_CHARS), opener.start()):
            continue
        if last.latest < first.earliest and first.rule == "weekday" and last.rule == "weekday" \
                and first.earliest - dt.timedelta(days=7) <= last.earliest:
            # both weekdays read as past ones: the range is the week before
            first = _weekday_moved(first, -7)
        last = _later_reading(last, first)
        if last is None:
            continue
        results[position + 1] = last
        results[position] = dataclasses.replace(first, precision="range", latest=last.latest)
    return results
