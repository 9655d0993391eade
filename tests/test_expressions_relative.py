"""Anchoring: weekdays, months, deictic units, story-relative expressions."""
import datetime as dt

import pytest

from temporal.expressions import find_expressions

REF = dt.date(2025, 7, 1)  # a Tuesday


def values(text, ref=REF):
    return [(e.text, e.value) for e in find_expressions(text, ref)]


def test_bare_weekday_is_latest_on_or_before_reference():
    assert values("The mayor spoke on Monday about the repairs.") == [("Monday", "2025-06-30")]
    assert values("Officials said on Tuesday that the plant was hit.") == [("Tuesday", "2025-07-01")]
    assert values("Officials said on Wednesday that roads reopened.") == [("Wednesday", "2025-06-25")]


def test_weekday_in_a_clause_that_looks_ahead():
    assert values("The council will vote on Thursday on the budget.") == [("Thursday", "2025-07-03")]
    assert values("The report is due Friday, aides said.")[0] == ("Friday", "2025-07-04")


@pytest.mark.parametrize("phrase,value", [
    ("last Friday", "2025-06-27"), ("next Monday", "2025-07-07"), ("early Saturday", "2025-06-28"),
])
def test_weekday_modifiers(phrase, value):
    assert values(f"Crews arrived {phrase} at the site.")[0] == (phrase, value)


def test_bare_month_is_latest_not_after_reference_month():
    assert values("Strikes have continued since November.") == [("November", "2024-11")]
    assert values("Exports fell in March, the ministry said.") == [("March", "2025-03")]


def test_month_in_december_seen_from_january():
    e = find_expressions("Output slumped in December, traders said.", dt.date(2025, 1, 2))[0]
    assert (e.value, e.earliest) == ("2024-12", dt.date(2024, 12, 1))


def test_next_month_across_year_end():
    e = find_expressions("Talks resume next month.", dt.date(2025, 12, 30))[0]
    assert (e.text, e.value, e.earliest, e.latest) == ("next month", "2026-01", dt.date(2026, 1, 1), dt.date(2026, 1, 31))


def test_weeks_and_weekends():
    found = find_expressions("Last week the depot burned; at the weekend drones returned.", REF)
    assert [(e.text, e.value) for e in found] == [("Last week", "2025-W26"), ("the weekend", "2025-W26-WE")]
    assert (found[1].earliest, found[1].latest) == (dt.date(2025, 6, 28), dt.date(2025, 6, 29))
    assert found[1].precision == "weekend"


def test_weekend_when_published_on_a_sunday_is_that_weekend():
    e = find_expressions("Fans gathered at the weekend.", dt.date(2025, 6, 29))[0]
    assert e.value == "2025-W26-WE"


@pytest.mark.parametrize("phrase,value,mod", [
    ("yesterday", "2025-06-30", None), ("today", "2025-07-01", None), ("tomorrow", "2025-07-02", None),
    ("this month", "2025-07", None), ("next year", "2026", None), ("last year", "2024", None),
    ("earlier this month", "2025-07", "START"), ("later this year", "2025", "END"),
    ("the end of the year", "2025", "END"), ("early July", "2025-07", "START"),
    ("mid-November", "2024-11", "MID"), ("this summer", "2025-SU", None),
])
def test_deictic_units(phrase, value, mod):
    e = find_expressions(f"The board met {phrase} to discuss it.", REF)[0]
    assert (e.text, e.value, e.mod) == (phrase, value, mod)


def test_parts_of_day():
    found = find_expressions("Sirens sounded this morning and again tonight.", REF)
    assert [(e.text, e.type, e.value) for e in found] == [
        ("this morning", "TIME", "2025-07-01TMO"), ("tonight", "TIME", "2025-07-01TNI")]
    e = find_expressions("Shelling continued overnight.", dt.date(2025, 6, 29))[0]
    assert e.value == "2025-06-28TNI"


@pytest.mark.parametrize("phrase,value", [
    ("three days ago", "2025-06-28"), ("twenty four hours ago", "PT24H"), ("two years ago", "2023"),
    ("a couple of years ago", "2023"), ("six months ago", "2025-01"), ("several weeks ago", "PAST_REF"),
])
def test_ago(phrase, value):
    assert values(f"It started {phrase} in the east.")[0] == (phrase, value)


def test_story_clock_next_day():
    found = find_expressions("The fire began on 12 March 2024. The next day crews left.", REF)
    assert [(e.text, e.value) for e in found] == [("12 March 2024", "2024-03-12"), ("The next day", "2024-03-13")]


def test_later_that_month_uses_last_date():
    found = find_expressions("In May 2023 the plan leaked; later that month it was shelved.", REF)
    assert (found[-1].text, found[-1].value, found[-1].mod) == ("later that month", "2023-05", "END")


def test_no_reference_keeps_x_values():
    found = find_expressions("Since November he has met them every Tuesday and again on Friday.", None)
    by_text = {e.text: e for e in found}
    assert by_text["November"].value == "XXXX-11" and by_text["November"].earliest is None
    assert by_text["Friday"].value == "XXXX-WXX-5"
    assert by_text["every Tuesday"].type == "SET"
