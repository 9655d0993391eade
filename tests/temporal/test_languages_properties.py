"""The three grammars never crash and keep the span invariants on any input."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from temporal.expressions import find_expressions
from tests.helpers.expressions import check_well_formed

_WORDS = st.sampled_from([
    "1", "2", "31", "2025", "1445", "08:50", "01.07.2025", "١", "٢٠٢٥", "-", ",", "и", "і", "و",
    "с", "по", "з", "до", "في", "منذ", "بين", "июля", "в", "прошлой", "неделе", "назад",
    "три", "дня", "ночь", "на", "вторник", "сегодня", "утром", "липня", "минулого", "тижня",
    "тому", "ніч", "проти", "вранці", "يوليو", "تموز", "الثلاثاء", "الماضي", "ليلة", "أمس",
    "اليوم", "رمضان", "هـ", "عامين", "نحو", "года", "року", "XX", "века", "полтора", "\n",
])
_DATES = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))


def _check(text: str, ref, language) -> None:
    check_well_formed(text, find_expressions(text, ref, language=language))


@pytest.mark.parametrize("language", ["ru", "uk", "ar", None])
@settings(max_examples=60, deadline=None)
@given(text=st.lists(_WORDS, max_size=30).map(" ".join), ref=_DATES)
def test_date_like_word_soup(language, text, ref):
    _check(text, ref, language)


@settings(max_examples=60, deadline=None)
@given(text=st.text(max_size=150), ref=_DATES)
def test_arbitrary_unicode(text, ref):
    for language in ("ru", "uk", "ar"):
        _check(text, ref, language)
