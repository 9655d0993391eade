"""A day's clock time, with its zone when the source gives one (issue 15, point 2)."""

from __future__ import annotations

import pytest

from temporal.dates import DateParseError, EventDate, parse_date


@pytest.mark.parametrize("typed, value, shown", [
    ("1 Jul 2025 09:49", "2025-07-01T09:49", "1 Jul 2025 09:49"),
    ("2025-07-01T09:49", "2025-07-01T09:49", "1 Jul 2025 09:49"),
    ("2025-07-01T09:49:30Z", "2025-07-01T09:49Z", "1 Jul 2025 09:49 UTC"),
    ("1 July 2025 at 9:49 GMT", "2025-07-01T09:49Z", "1 Jul 2025 09:49 UTC"),
    ("2025-07-01 09:49 +0300", "2025-07-01T09:49+03:00", "1 Jul 2025 09:49 +03:00"),
    ("c. 1 Jul 2025 09:49", "2025-07-01T09:49~", "c. 1 Jul 2025 09:49"),
])
def test_clock_time_is_kept(typed, value, shown):
    date = parse_date(typed)
    assert (date.value, date.display) == (value, shown)
    assert parse_date(date.display) == date == EventDate.from_stored(date.value)


def test_same_day_sorts_by_time_after_the_untimed_day():
    day, early, late = (parse_date(t) for t in ("1 Jul 2025", "1 Jul 2025 09:49",
                                                 "1 Jul 2025 17:00"))
    assert day.sort_key() < early.sort_key() < late.sort_key()
    assert early.sort_start == "2025-07-01T09:49"


def test_timex_time_is_still_its_day_for_the_finder():
    assert EventDate.from_value("2025-07-01T17:40Z").value == "2025-07-01"


@pytest.mark.parametrize("typed", ["Jul 2025 09:49", "1 Jul 2025 24:10", "1 Jul 2025 09:75"])
def test_impossible_or_misplaced_times_are_refused(typed):
    with pytest.raises(DateParseError):
        parse_date(typed)
