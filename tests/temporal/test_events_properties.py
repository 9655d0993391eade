"""find_events on any text: never fails, and every event keeps the contract's bounds."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from temporal import find_events

# Words that make dates and happenings likely, mixed with arbitrary Unicode.
WORDS = st.sampled_from([
    "On", "Monday", "attack", "struck", "in", "Kyiv", "talks", "held", "said", ",", ".",
    "March", "2022", "the", "since", "November", "that", "strike", "overnight", "—", "(",
    ")", "Україна", "атакували", "2023", "року", "في", "عام", "2021", "🚀", "\n\n", "Zoë",
    "would", "not", "killed", "U.S.", "1,300", "'s", "“", "”"])
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))))
def test_events_keep_their_bounds_on_any_text(text, reference):
    events = find_events(text, reference)
    starts = [e.start for e in events]
    assert starts == sorted(starts)
    for e in events:
        assert 0 <= e.sentence_start <= e.start < e.end <= e.sentence_end <= len(text)
        assert e.end - e.start <= 60 and text[e.start:e.end] == e.trigger
        assert 1 <= len(e.title.split()) <= 10
        assert (e.value is None) == (e.earliest is None)
        if e.value is not None:
            assert e.earliest <= e.latest
        if e.expression is None and e.value is not None:
            assert reference is not None and e.earliest == e.latest == reference


def test_empty_and_blank_texts_have_no_events():
    for text in ("", " ", "\n\n\n", "...", "🚀"):
        assert find_events(text, dt.date(2025, 7, 1)) == []
