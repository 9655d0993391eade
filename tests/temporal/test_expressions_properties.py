"""The engine must never crash and must keep its span invariants on any input."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from temporal.expressions import find_expressions
from tests.helpers.expressions import check_well_formed

_WORDS = st.sampled_from(["on", "Tuesday", "May", "the", "weekend", "3", "a.m.", "2025", "last",
                          "week", "ago", "two", "years", "since", "November", "-", ",", "1990s",
                          "every", "now", "12:30", "Q3", "'80s", "half", "a", "year", "the past",
                          "F-16", "$7", "\n"])
# no reference date, or one in the 20th or 21st century
_REFS = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))


def _check(text, ref):
    check_well_formed(text, find_expressions(text, ref))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), _REFS)
def test_arbitrary_unicode(text, ref):
    _check(text, ref)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join), _REFS)
def test_date_like_word_soup(text, ref):
    _check(text, ref)


def test_offsets_survive_case_mapping_that_changes_length():
    text = "İİİ İstanbul said on Tuesday, 3 July 2025, that ﬁve drones fell"
    _check(text, dt.date(2025, 7, 1))
    assert [e.text for e in find_expressions(text, dt.date(2025, 7, 1))] == ["Tuesday, 3 July 2025"]
