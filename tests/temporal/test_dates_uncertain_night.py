"""EDTF uncertainty, nights over two days and weeks of a month, as analysts type them
(issue 15, point 3)."""

from __future__ import annotations

import pytest

from temporal.dates import DateParseError, EventDate, parse_date


@pytest.mark.parametrize("typed, value, shown", [
    ("2022?", "2022?", "2022?"),
    ("Jul 2025?", "2025-07?", "Jul 2025?"),
    ("c. 2022?", "2022%", "c. 2022?"),
    ("2022%", "2022%", "c. 2022?"),
    ("28–29 Jun 2025?", "2025-06-28?/2025-06-29?", "28–29 Jun 2025?"),
    ("2025-06-28?/2025-06-29?", "2025-06-28?/2025-06-29?", "28–29 Jun 2025?"),
    ("1990s?", "199X?", "1990s?"),
])
def test_uncertain_dates_keep_their_question_mark(typed, value, shown):
    date = parse_date(typed)
    assert (date.value, date.display, date.uncertain) == (value, shown, True)
    assert parse_date(date.display) == date == EventDate.from_value(date.value)


def test_uncertain_and_certain_are_different_dates():
    assert parse_date("2022?") != parse_date("2022")
    assert parse_date("2022?").sort_key() > parse_date("2022").sort_key()


def test_half_marked_range_is_refused():
    with pytest.raises(DateParseError, match="both ends"):
        EventDate.from_value("2025-06-28?/2025-06-29")


@pytest.mark.parametrize("typed", ["28/29 June 2025", "night of 28/29 June 2025",
                                   "the night of 28/29 Jun 2025", "28th/29th June 2025"])
def test_a_night_over_two_days_is_both_days(typed):
    assert parse_date(typed).value == "2025-06-28/2025-06-29"


def test_night_of_one_day_is_that_day():
    assert parse_date("night of 1 July 2025").value == "2025-07-01"


def test_slash_between_days_far_apart_is_refused():
    with pytest.raises(DateParseError, match="neighbouring days"):
        parse_date("3/10 June 2025")


def test_numeric_dates_still_read_day_first():
    assert parse_date("28/06/2025").value == "2025-06-28"


@pytest.mark.parametrize("typed, value", [
    ("last week of June 2025", "2025-06-24/2025-06-30"),
    ("first week of July 2025", "2025-07-01/2025-07-07"),
    ("the second week of July 2025", "2025-07-08/2025-07-14"),
    ("last week of February 2024", "2024-02-23/2024-02-29"),
])
def test_a_week_of_a_month_is_seven_of_its_days(typed, value):
    assert parse_date(typed).value == value


def test_last_week_alone_is_still_relative():
    with pytest.raises(DateParseError, match="relative"):
        parse_date("last week")
