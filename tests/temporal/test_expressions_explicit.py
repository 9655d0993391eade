"""Absolute dates, years, decades and centuries (fixture sentences are our own)."""
import datetime as dt

import pytest

from temporal.expressions import find_expressions

REF = dt.date(2025, 7, 1)


def only(text, ref=REF):
    found = find_expressions(text, ref)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,span,value", [
    ("The deal closed on 1 July 2025 after talks.", "1 July 2025", "2025-07-01"),
    ("The deal closed on July 1, 2025 after talks.", "July 1, 2025", "2025-07-01"),
    ("Shipments resumed on 3 Jun after a pause.", "3 Jun", "2025-06-03"),
    ("Voting began on Tuesday, July 1 in the capital.", "Tuesday, July 1", "2025-07-01"),
    ("The filing is dated 2025-07-01 in the registry.", "2025-07-01", "2025-07-01"),
    ("The ceasefire was signed Sept. 30, 1989 in Geneva.", "Sept. 30, 1989", "1989-09-30"),
])
def test_full_dates(text, span, value):
    e = only(text)
    assert (e.text, e.type, e.value, e.precision) == (span, "DATE", value, "day")
    assert e.earliest == e.latest == dt.date.fromisoformat(value)


def test_month_year():
    e = only("The invasion began in February 2022, officials recalled.")
    assert (e.text, e.value, e.precision) == ("February 2022", "2022-02", "month")
    assert (e.earliest, e.latest) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_bare_year_and_decades():
    found = find_expressions("Crimea was annexed in 2014; prices peaked in the 1990s "
                             "and the 20th century ended.", REF)
    assert [(e.text, e.value, e.precision) for e in found] == [
        ("2014", "2014", "year"), ("the 1990s", "199", "decade"),
        ("the 20th century", "19", "century")]
    assert found[1].earliest == dt.date(1990, 1, 1) and found[1].latest == dt.date(1999, 12, 31)


def test_quarters_and_halves():
    found = find_expressions("Sales rose in the first half of 2025 "
                             "and in the third quarter of 2024.", REF)
    assert [(e.text, e.value) for e in found] == [("the first half of 2025", "2025-H1"),
                                                    ("the third quarter of 2024", "2024-Q3")]
    assert found[1].earliest == dt.date(2024, 7, 1) and found[1].latest == dt.date(2024, 9, 30)


def test_bare_quarter_is_latest_begun():
    e = only("Profit fell in the second quarter, the firm said.")
    assert e.value == "2025-Q2"


def test_spelled_year():
    e = only("The tower opened in nineteen ninety-six to crowds.")
    assert e.value == "1996"


def test_year_without_reference_still_absolute():
    e = only("The bridge opened in 1998.", None)
    assert (e.value, e.earliest) == ("1998", dt.date(1998, 1, 1))


def test_year_range_is_one_expression():
    e = only("The 2014-2015 drought ruined the harvest.")
    assert (e.text, e.value, e.earliest, e.latest) == \
        ("2014-2015", "2014", dt.date(2014, 1, 1), dt.date(2015, 12, 31))


def test_wire_dateline_is_not_an_expression():
    assert find_expressions("KYIV, June 29 (Reuters) -- The talks ended.", REF) == []


def test_year_after_pre_or_post_prefix():
    e = only("Its post-2014 borders were disputed.")
    assert (e.text, e.value) == ("2014", "2014")


def test_day_first_numeric_dates():
    assert only("The accord was signed on 29/06/2025 in Vienna.").value == "2025-06-29"
    assert only("The accord was signed on 29.06.2025 in Vienna.").value == "2025-06-29"
    assert only("The filing is dated 03.04.2025.").value == "2025-04-03"


def test_ambiguous_slashed_date_stays_month_first():
    assert only("The filing is dated 03/04/2025.").value == "2025-03-04"


def test_version_numbers_are_not_dates():
    assert find_expressions("They shipped version 1.2.2025 of the app.", REF) == []
