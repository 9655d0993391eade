"""temporal.dates: typed forms, values, display, round trips, ordering, shifting."""
import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from temporal.dates import DateParseError, EventDate, Precision, parse_date, unit_span

D = dt.date
P = Precision

ACCEPTED = [
    ("1 July 2025", "2025-07-01"),
    ("Jul 1, 2025", "2025-07-01"),
    ("July 1st 2025", "2025-07-01"),
    ("1st of July, 2025", "2025-07-01"),
    ("Tuesday, 1 July 2025", "2025-07-01"),
    ("1-Jul-2025", "2025-07-01"),
    ("2025-07-01", "2025-07-01"),
    ("01/07/2025", "2025-07-01"),  # day first
    ("1.7.2025", "2025-07-01"),
    ("  (1 July 2025).  ", "2025-07-01"),
    ("29 Feb 2024", "2024-02-29"),
    ("November 2024", "2024-11"),
    ("Nov 2024", "2024-11"),
    ("nov 2024", "2024-11"),
    ("2024-11", "2024-11"),
    ("11/2024", "2024-11"),
    ("Sept 2025", "2025-09"),
    ("2024", "2024"),
    ("2025-06-28 to 2025-06-29", "2025-06-28/2025-06-29"),
    ("2025-06-28/2025-06-29", "2025-06-28/2025-06-29"),
    ("28–29 June 2025", "2025-06-28/2025-06-29"),
    ("28-29 Jun 2025", "2025-06-28/2025-06-29"),
    ("June 28–29, 2025", "2025-06-28/2025-06-29"),
    ("30 Jun - 2 Jul 2025", "2025-06-30/2025-07-02"),
    ("30 Dec 2024 – 2 Jan 2025", "2024-12-30/2025-01-02"),
    ("from 1 Jul 2025 until 3 Jul 2025", "2025-07-01/2025-07-03"),
    ("between 1 and 3 July 2025", "2025-07-01/2025-07-03"),
    ("Jun – Aug 2025", "2025-06-01/2025-08-31"),
    ("2014–2016", "2014-01-01/2016-12-31"),
    ("c. 2014", "2014~"),
    ("ca 2014", "2014~"),
    ("ca. 2014", "2014~"),
    ("circa 2014", "2014~"),
    ("~2014", "2014~"),
    ("2014~", "2014~"),
    ("about 2014", "2014~"),
    ("c. Nov 2024", "2024-11~"),
    ("c. 28–29 Jun 2025", "2025-06-28~/2025-06-29~"),
    ("2025-06-28~/2025-06-29~", "2025-06-28~/2025-06-29~"),
    ("week 26 2025", "2025-W26"),
    ("Week 26, 2025", "2025-W26"),
    ("2025-W26", "2025-W26"),
    ("W26 2025", "2025-W26"),
    ("week 53 2026", "2026-W53"),
    ("23–29 Jun 2025 (wk 26)", "2025-W26"),
    ("weekend of week 26 2025", "2025-W26-WE"),
    ("2025-W26-WE", "2025-W26-WE"),
    ("28–29 Jun 2025 (weekend)", "2025-W26-WE"),
    ("weekend of 28 June 2025", "2025-W26-WE"),
    ("Q2 2025", "2025-Q2"),
    ("2025-Q2", "2025-Q2"),
    ("2nd quarter 2025", "2025-Q2"),
    ("second quarter of 2025", "2025-Q2"),
    ("summer 2025", "2025-SU"),
    ("autumn 2025", "2025-FA"),
    ("fall 2025", "2025-FA"),
    ("winter 2025–26", "2025-WI"),
    ("winter 2025", "2025-WI"),  # as TIMEX 2025-WI: Dec 2025 - Feb 2026
    ("H1 2025", "2025-H1"),
    ("2025-H2", "2025-H2"),
    ("first half of 2025", "2025-H1"),
    ("1990s", "199X"),
    ("the 1990s", "199X"),
    ("c. the 1990s", "199X~"),
    ("199X", "199X"),
    ("199x", "199X"),
    ("20th century", "19XX"),
    ("the 21st century", "20XX"),
    ("19XX", "19XX"),
]


@pytest.mark.parametrize("text,value", ACCEPTED)
def test_accepted_forms(text, value):
    assert parse_date(text).value == value


REJECTED = [
    ("31 February 2025", "“31 February 2025” is not a real date: February 2025 has 28 days."),
    ("29 Feb 2023", "February 2023 has 28 days"),
    ("2025-13-01", "no month 13"),
    ("32 July 2025", "July 2025 has 31 days"),
    ("12/31/2025", "no month 31"),  # day first: never silently re-read as M/D/Y
    ("yesterday", "relative"),
    ("", "Type a date"),
    ("   ", "Type a date"),
    ("hello", "isn't a date"),
    ("2025-06-29 to 2025-06-28", "ends before it starts"),
    ("2 Jul – 30 Jun 2025", "ends before it starts"),
    ("week 54 2025", "52 ISO weeks"),
    ("2025-W54", "52 ISO weeks"),
    ("week 53 2025", "52 ISO weeks"),
    ("Q5 2025", "no quarter 5"),
    ("H3 2025", "no half 3"),
    ("'90s", "four digits"),
    ("1 July 25", "four digits"),
    ("1995s", "isn't a date"),
    ("March 5", "add the year"),
    ("5th century", "1000–9999"),
    ("0999", "1000–9999"),
    ("summer 2025–26", "only winter"),
    ("2025-06-28/2025-06-29~", "both ends"),
    ("weekend of 25 June 2025", "Wednesday"),
    ("24–29 Jun 2025 (wk 26)", "not week 26"),
    ("19", "isn't a date"),  # TIMEX shorthands are for from_value, not typing
    ("2025-07-01TMO", "isn't a date"),
]


@pytest.mark.parametrize("text,message", REJECTED)
def test_rejected(text, message):
    with pytest.raises(DateParseError) as err:
        parse_date(text)
    assert message in str(err.value)


def ed(first, last, precision, approximate=False):
    return EventDate(first, last, Precision(precision), approximate)


EXAMPLES = {  # one per precision: (date, value, display)
    P.DAY: (ed(D(2025, 7, 1), D(2025, 7, 1), "day"), "2025-07-01", "1 Jul 2025"),
    P.WEEK: (ed(D(2025, 6, 23), D(2025, 6, 29), "week"), "2025-W26", "23–29 Jun 2025 (wk 26)"),
    P.WEEKEND: (ed(D(2025, 6, 28), D(2025, 6, 29), "weekend"), "2025-W26-WE",
                "28–29 Jun 2025 (weekend)"),
    P.MONTH: (ed(D(2024, 11, 1), D(2024, 11, 30), "month"), "2024-11", "Nov 2024"),
    P.QUARTER: (ed(D(2025, 4, 1), D(2025, 6, 30), "quarter"), "2025-Q2", "Q2 2025"),
    P.SEASON: (ed(D(2025, 6, 1), D(2025, 8, 31), "season"), "2025-SU", "summer 2025"),
    P.HALF: (ed(D(2025, 1, 1), D(2025, 6, 30), "half"), "2025-H1", "H1 2025"),
    P.YEAR: (ed(D(2014, 1, 1), D(2014, 12, 31), "year"), "2014", "2014"),
    P.DECADE: (ed(D(1990, 1, 1), D(1999, 12, 31), "decade"), "199X", "1990s"),
    P.CENTURY: (ed(D(1900, 1, 1), D(1999, 12, 31), "century"), "19XX", "20th century"),
    P.RANGE: (ed(D(2025, 6, 28), D(2025, 6, 29), "range"), "2025-06-28/2025-06-29",
              "28–29 Jun 2025"),
}


@pytest.mark.parametrize("precision", list(Precision))
def test_value_and_display_per_precision(precision):
    date, value, display = EXAMPLES[precision]
    assert (date.value, date.display) == (value, display)
    assert parse_date(display) == parse_date(value) == EventDate.from_value(value) == date


@pytest.mark.parametrize("first,last,display", [
    (D(2025, 6, 30), D(2025, 7, 2), "30 Jun – 2 Jul 2025"),
    (D(2024, 12, 30), D(2025, 1, 2), "30 Dec 2024 – 2 Jan 2025"),
])
def test_range_display(first, last, display):
    assert ed(first, last, "range").display == display


def test_approximate_display_and_value():
    assert ed(D(2014, 1, 1), D(2014, 12, 31), "year", True).display == "c. 2014"
    assert ed(D(2024, 11, 1), D(2024, 11, 30), "month", True).display == "c. Nov 2024"
    r = ed(D(2025, 6, 28), D(2025, 6, 29), "range", True)
    assert (r.value, r.display) == ("2025-06-28~/2025-06-29~", "c. 28–29 Jun 2025")
    assert ed(D(2025, 12, 1), D(2026, 2, 28), "season").display == "winter 2025–26"
    assert ed(D(2000, 1, 1), D(2099, 12, 31), "century").display == "21st century"
    assert ed(D(1000, 1, 1), D(1099, 12, 31), "century").display == "11th century"


def test_invalid_instances_rejected():
    with pytest.raises(DateParseError):
        ed(D(2025, 7, 2), D(2025, 7, 30), "month")  # not a whole month
    with pytest.raises(DateParseError):
        ed(D(2025, 7, 2), D(2025, 7, 1), "range")
    with pytest.raises(DateParseError):
        ed(D(2025, 7, 1), D(2025, 7, 1), "range")  # would read back as a day
    assert EventDate(D(2025, 7, 1), D(2025, 7, 1), "day").precision is P.DAY


def test_sort_key_chronological_then_narrower_first():
    year = parse_date("2025")
    q1, jan, day, h1 = (parse_date(t) for t in ("Q1 2025", "Jan 2025", "1 Jan 2025", "H1 2025"))
    dec = parse_date("Dec 2024")
    feb = parse_date("2 Feb 2025")
    assert sorted([year, feb, h1, q1, jan, day, dec], key=EventDate.sort_key) == \
        [dec, day, jan, q1, h1, year, feb]


SHIFTS = [
    ("2025-07-01", 2, "2025-07-03"),
    ("2025-W26", 1, "2025-W27"),
    ("2025-W52", 1, "2026-W01"),
    ("2025-W26-WE", -1, "2025-W25-WE"),
    ("2025-01", -1, "2024-12"),
    ("2025-01", 13, "2026-02"),
    ("2025-Q4", 1, "2026-Q1"),
    ("2025-FA", 1, "2025-WI"),
    ("2025-WI", 1, "2026-SP"),
    ("2025-H2", 1, "2026-H1"),
    ("2014~", 3, "2017~"),
    ("199X", 1, "200X"),
    ("19XX", -1, "18XX"),
    ("2025-06-28/2025-06-29", 1, "2025-06-30/2025-07-01"),
    ("2025-06-28/2025-06-30", -2, "2025-06-22/2025-06-24"),
]


@pytest.mark.parametrize("value,units,expected", SHIFTS)
def test_shifted(value, units, expected):
    assert EventDate.from_value(value).shifted(units).value == expected


def test_shifted_out_of_range():
    with pytest.raises(DateParseError):
        EventDate.from_value("9999").shifted(1)


@pytest.mark.parametrize("timex,value", [
    ("2025-07-01TMO", "2025-07-01"),
    ("2025-07-01TNI", "2025-07-01"),
    ("2025-07-01T03:00", "2025-07-01"),
    ("2025-07-01T03:00:00+02:00", "2025-07-01"),
    ("199", "199X"),
    ("19", "19XX"),
    ("2025-SU", "2025-SU"),
    ("2025-WI", "2025-WI"),
    ("2025-H1", "2025-H1"),
    ("2025-Q2", "2025-Q2"),
    ("2025-W26", "2025-W26"),
    ("2025-W26-WE", "2025-W26-WE"),
    ("2024-11", "2024-11"),
    ("2014", "2014"),
])
def test_from_value_timex(timex, value):
    assert EventDate.from_value(timex).value == value


@pytest.mark.parametrize("timex", ["PRESENT_REF", "PAST_REF", "P3D", "PT2H", "XXXX-07-01",
                                   "2025-WXX", "2025-XX-01", "1 July 2025", "",
                                   "2025-06-29/2025-06-28"])
def test_from_value_rejects(timex):
    with pytest.raises(DateParseError):
        EventDate.from_value(timex)


def test_from_span():
    jul = dt.datetime(2025, 7, 1, 3, 0)
    assert EventDate.from_span(jul, jul, "time").value == "2025-07-01"
    assert EventDate.from_span(D(2025, 4, 1), D(2025, 6, 30), None).precision is P.QUARTER
    assert EventDate.from_span(D(2025, 6, 28), D(2025, 6, 29), None).precision is P.WEEKEND
    assert EventDate.from_span(D(2025, 6, 28), D(2025, 6, 29), "range").precision is P.RANGE
    assert EventDate.from_span(D(2025, 6, 2), D(2025, 6, 9), None).precision is P.RANGE
    # the dates win over the unit named
    assert EventDate.from_span(D(2025, 6, 2), D(2025, 6, 9), "week").precision is P.RANGE
    assert EventDate.from_span(D(2025, 6, 2), D(2025, 6, 2), "range").precision is P.DAY
    assert EventDate.from_span(D(2014, 1, 1), D(2014, 12, 31), P.YEAR, True).value == "2014~"
    with pytest.raises(DateParseError):
        EventDate.from_span(D(2025, 6, 2), D(2025, 6, 2), "fortnight")


# ------------------------------------------------------------------ properties
@st.composite
def event_dates(draw):
    precision = draw(st.sampled_from(list(Precision)))
    first = draw(st.dates(D(1000, 1, 1), D(9999, 12, 31)))
    approximate = draw(st.booleans())
    if precision is P.RANGE:
        assume(first < D(9999, 12, 31))
        days_left = (D(9999, 12, 31) - first).days
        last = first + dt.timedelta(days=draw(st.integers(1, min(800, days_left))))
        return EventDate(first, last, precision, approximate)
    try:
        return EventDate(*unit_span(precision, first), precision, approximate)
    except ValueError:  # a unit running past year 9999
        assume(False)


@settings(max_examples=300, deadline=None)
@given(event_dates())
def test_round_trips(date):
    assert EventDate.from_value(date.value) == date
    assert parse_date(date.value) == date
    assert parse_date(date.display) == date
    assert parse_date(date.display.upper()) == date


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40) | st.from_regex(r"[0-9a-zA-Z ~./,'()–-]{0,30}", fullmatch=True))
def test_arbitrary_text_parses_or_raises_date_parse_error(text):
    try:
        result = parse_date(text)
    except DateParseError as err:
        assert str(err)
    else:
        assert parse_date(result.value) == result


@settings(max_examples=100, deadline=None)
@given(event_dates(), st.integers(-30, 30))
def test_shifted_keeps_precision_and_undoes(date, units):
    try:
        moved = date.shifted(units)
    except DateParseError:
        return
    assert moved.precision is date.precision and moved.approximate == date.approximate
    assert moved.shifted(-units) == date


@pytest.mark.parametrize("text", ["week 52 9999", "9999-W52", "9999-W52-WE"])
def test_the_last_week_of_9999_is_refused_with_a_message(text):
    # its Sunday (or its Saturday) falls in year 10000, which no date can hold
    with pytest.raises(DateParseError, match="only years"):
        parse_date(text)
