"""Early, mid and late of a month, season, quarter, half or year (issue 15, point 3)."""

from __future__ import annotations

import datetime as dt

import pytest

from temporal.dates import DateParseError, EventDate, parse_date


@pytest.mark.parametrize("typed, value, shown, first, last", [
    ("early July 2025", "2025-07-START", "early Jul 2025", "2025-07-01", "2025-07-10"),
    ("mid-July 2025", "2025-07-MID", "mid Jul 2025", "2025-07-11", "2025-07-20"),
    ("late June 2025", "2025-06-END", "late Jun 2025", "2025-06-21", "2025-06-30"),
    ("late February 2024", "2024-02-END", "late Feb 2024", "2024-02-21", "2024-02-29"),
    ("mid-2024", "2024-MID", "mid 2024", "2024-05-01", "2024-08-31"),
    ("early 2025", "2025-START", "early 2025", "2025-01-01", "2025-04-30"),
    ("late summer 2025", "2025-SU-END", "late summer 2025", "2025-08-01", "2025-08-31"),
    ("late winter 2025", "2025-WI-END", "late winter 2025–26", "2026-02-01", "2026-02-28"),
    ("early Q3 2025", "2025-Q3-START", "early Q3 2025", "2025-07-01", "2025-07-31"),
    ("c. early July 2025", "2025-07-START~", "c. early Jul 2025", "2025-07-01", "2025-07-10"),
    ("early July 2025?", "2025-07-START?", "early Jul 2025?", "2025-07-01", "2025-07-10"),
])
def test_parts_read_show_store_and_come_back(typed, value, shown, first, last):
    date = parse_date(typed)
    assert (date.value, date.display) == (value, shown)
    assert (date.earliest.isoformat(), date.latest.isoformat()) == (first, last)
    assert parse_date(date.display) == date == EventDate.from_value(date.value)


def test_a_part_moves_by_its_unit():
    assert parse_date("early July 2025").shifted(1).display == "early Aug 2025"
    assert parse_date("mid-2024").shifted(-1).display == "mid 2023"


def test_a_part_sorts_inside_its_month():
    early, mid = parse_date("early July 2025"), parse_date("mid-July 2025")
    assert early.sort_key() < parse_date("15 July 2025").sort_key() < \
        parse_date("late July 2025").sort_key()
    assert early.earliest == dt.date(2025, 7, 1) and mid.earliest == dt.date(2025, 7, 11)


@pytest.mark.parametrize("typed", ["early 1990s", "early 1 July 2025", "late week 26 2025"])
def test_parts_of_other_units_are_refused(typed):
    with pytest.raises(DateParseError):
        parse_date(typed)
