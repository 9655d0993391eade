"""Phrases that widen or shift another date: "the week of ...", "the day before ..."."""
import datetime as dt

from temporal.expressions import find_expressions

REF = dt.date(2025, 7, 3)  # a Thursday


def found(text, ref=REF):
    return [(e.text, e.type, e.value) for e in find_expressions(text, ref)]


def test_week_of_a_date_is_that_iso_week():
    assert found("Talks were held the week of June 2.") == \
        [("the week of June 2", "DATE", "2025-W23")]


def test_weekend_of_a_dated_day_absorbs_the_weekend_rule():
    assert found("The fair ran the weekend of June 14, 2025.") == \
        [("the weekend of June 14, 2025", "DATE", "2025-W24-WE")]


def test_day_before_a_written_weekday_counts_from_it():
    assert found("The day before last Tuesday's vote, he flew home.") == \
        [("The day before last Tuesday", "DATE", "2025-06-30")]


def test_day_after_an_explicit_date():
    assert found("Crews returned the day after May 20, 2025.") == \
        [("the day after May 20, 2025", "DATE", "2025-05-21")]


def test_day_before_alone_still_uses_the_storys_clock():
    assert found("The vote was on June 12, 2025. He had left the day before.")[-1] == \
        ("the day before", "DATE", "2025-06-11")


def test_this_coming_weekday():
    assert found("We will meet this coming Sunday.") == \
        [("this coming Sunday", "DATE", "2025-07-06")]
