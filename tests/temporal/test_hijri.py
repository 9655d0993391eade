"""Hijri to Gregorian: Umm al-Qura inside its table, the tabular calendar outside it."""
from __future__ import annotations

import datetime as dt

import pytest

from temporal.expressions.languages import hijri


@pytest.mark.parametrize("hijri_date, gregorian", [
    ((1445, 9, 1), dt.date(2024, 3, 11)),   # first day of Ramadan 1445
    ((1447, 1, 1), dt.date(2025, 6, 26)),   # Islamic new year 1447
    ((1445, 3, 24), dt.date(2023, 10, 9)),
])
def test_umm_al_qura_dates(hijri_date, gregorian):
    assert hijri.to_gregorian(*hijri_date) == (gregorian, True)


def test_outside_the_table_the_arithmetic_calendar_answers_and_says_so():
    day, exact = hijri.to_gregorian(1300, 1, 1)
    assert not exact
    assert abs((day - dt.date(1882, 11, 12)).days) <= 2


def test_month_span_and_year_of():
    first, last, exact = hijri.month_span(1445, 9)
    assert (first, last, exact) == (dt.date(2024, 3, 11), dt.date(2024, 4, 9), True)
    assert hijri.year_of(dt.date(2025, 7, 1)) == 1447


def test_no_such_date_is_refused():
    with pytest.raises(ValueError):
        hijri.to_gregorian(1300, 13, 1)
