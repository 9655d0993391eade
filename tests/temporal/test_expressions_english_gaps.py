"""English forms news writes often: ranges, zoned clock times, parts of a dated day,
weekdays of things still to come (issue 13, point 6). Made-up sentences."""
import datetime as dt

import pytest

from temporal.dates import EventDate, Precision
from temporal.expressions import find_expressions

REF = dt.date(2025, 7, 3)  # a Thursday


def found(text, ref=REF):
    return find_expressions(text, ref)


def brief(text, ref=REF):
    return [(e.text, e.type, e.value) for e in found(text, ref)]


def span(expression):
    return expression.earliest, expression.latest


# --- days of one month written as one range ------------------------------------------
@pytest.mark.parametrize("text, words, first, last", [
    ("The festival runs June 20 to 30.", "June 20 to 30", "2025-06-20", "2025-06-30"),
    ("Fighting raged June 20-30, 2024.", "June 20-30, 2024", "2024-06-20", "2024-06-30"),
    ("Talks ran from 20 to 30 June.", "20 to 30 June", "2025-06-20", "2025-06-30"),
    ("Votes were cast between 2 and 4 May 2025.", "2 and 4 May 2025", "2025-05-02", "2025-05-04"),
])
def test_days_of_one_month_are_one_range(text, words, first, last):
    (expression,) = found(text)
    assert expression.text == words and expression.type == "DATE"
    assert expression.value == first  # TIMEX3 has no range value: the first day's
    assert span(expression) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    date = EventDate.from_span(expression.earliest, expression.latest, expression.precision)
    assert date.precision is Precision.RANGE and date.value == f"{first}/{last}"


@pytest.mark.parametrize("text", [
    "Prices rose June 20 to 30 percent above last year.",
    "On June 20 to 30 people were hurt.",
    "He was jailed on June 30 and 20 others were freed.",
])
def test_numbers_after_a_date_that_are_no_days_stay_apart(text):
    assert all(e.precision != "range" for e in found(text))


# --- two dates joined as a range --------------------------------------------------
@pytest.mark.parametrize("text, first, last", [
    ("He served as mayor from 2007 to 2012.", "2007-01-01", "2012-12-31"),
    ("Output grew between 2007 and 2012.", "2007-01-01", "2012-12-31"),
    ("The exhibition runs from Aug. 26 to Oct. 20.", "2025-08-26", "2025-10-20"),
    ("Talks were held Thursday through Saturday.", "2025-06-26", "2025-06-28"),
    ("Talks will be held Monday through Wednesday.", "2025-07-07", "2025-07-09"),
    ("Schools stay shut from today until July 20.", "2025-07-03", "2025-07-20"),
])
def test_two_dates_joined_as_a_range_give_the_first_the_whole_span(text, first, last):
    start, end = found(text)[:2]
    assert span(start) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    assert start.precision == "range"
    # each end keeps its own TIMEX3 value, as TimeML annotates it
    assert start.value != end.value and end.latest == dt.date.fromisoformat(last)


def test_the_end_of_a_range_is_read_after_its_start():
    start, end = found("The exhibition runs from Aug. 26 to Oct. 20.")
    assert (start.value, end.value) == ("2025-08-26", "2025-10-20")


@pytest.mark.parametrize("text", [
    "The vote was moved from Tuesday to Thursday.",
    "The election was postponed from May to September.",
    "Officials brought the deadline forward from Friday to Wednesday.",
])
def test_a_change_from_one_date_to_another_is_no_range(text):
    assert all(e.precision != "range" for e in found(text))


# --- clock times keep their zone -------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The blast came at 17:40 GMT.", "2025-07-03T17:40Z"),
    ("The call began at 11:15 a.m. EDT on Tuesday.", "2025-07-01T11:15-04:00"),
    ("Sirens sounded at 03:10 UTC.", "2025-07-03T03:10Z"),
    ("Trading halted at 2 p.m. CET.", "2025-07-03T14:00+01:00"),
    ("At 9:30 Kyiv time the sirens stopped.", "2025-07-03T09:30+03:00"),
    ("At 9 a.m. ET on Jan. 5 the market opened.", "2025-01-05T09:00-05:00"),
    ("The curfew starts at 10 p.m. local time.", "2025-07-03T22:00"),
])
def test_clock_times_carry_their_zone(text, value):
    assert brief(text)[0][1:] == ("TIME", value)


def test_a_zoned_time_is_still_a_day_on_the_timeline():
    (expression,) = found("The blast came at 17:40 GMT.")
    assert EventDate.from_value(expression.value).value == "2025-07-03"


# --- parts of a dated day --------------------------------------------------------
@pytest.mark.parametrize("text, words, value", [
    ("Sirens sounded on the morning of July 1.", "the morning of July 1", "2025-07-01TMO"),
    ("On the night of June 28, 2025 the plant burned.", "the night of June 28, 2025",
     "2025-06-28TNI"),
    ("The evening of 2 July was calm.", "The evening of 2 July", "2025-07-02TEV"),
    ("Drones struck early on the afternoon of Tuesday.", "the afternoon of Tuesday",
     "2025-07-01TAF"),
])
def test_a_part_of_day_stays_with_its_date(text, words, value):
    assert brief(text) == [(words, "TIME", value)]


def test_a_part_of_the_storys_day():
    assert brief("On June 30, 2025 talks stalled. By mid-afternoon they resumed.")[-1] == \
        ("mid-afternoon", "TIME", "2025-06-30TAF")


# --- weekdays of things still to come ----------------------------------------------
@pytest.mark.parametrize("text", [
    "The ministers will meet Tuesday.",
    "The summit opens Tuesday in Geneva.",
    "Leaders meet Tuesday to discuss the plan.",
    "The envoy hopes to visit Kyiv Tuesday.",
    "Both sides agreed to resume talks Tuesday.",
    "The two sides meet again Tuesday, officials said.",
])
def test_a_bare_weekday_in_a_future_context_is_the_coming_one(text):
    assert [e.value for e in found(text)] == ["2025-07-08"]


@pytest.mark.parametrize("text", [
    "The ministers met Tuesday.",
    "The start of talks Tuesday was delayed.",
    "The summit that opened Tuesday ended.",
])
def test_a_bare_weekday_in_a_past_context_is_the_last_one(text):
    assert [e.value for e in found(text)] == ["2025-07-01"]
