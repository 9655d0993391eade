"""The timeline's order and its filter's matching (storage.timeline_order)."""

from __future__ import annotations

from storage.records import TimelineRow
from storage.timeline_order import haystack, matching, narrows, row_key


def row(event_id, title, value="", earliest="", span=0.0, tags="", location=""):
    return TimelineRow(event_id, title, value, tags, 0, location, earliest, span)


def test_chronological_narrow_first_then_title_undated_last():
    rows = [row(1, "undated"), row(2, "b year", "2025", "2025-01-01", 364),
            row(3, "a day", "2025-01-01", "2025-01-01"), row(4, "B day", "2025-01-01",
                                                            "2025-01-01")]
    assert [r.title for r in sorted(rows, key=row_key)] == ["a day", "B day", "b year",
                                                            "undated"]


def test_every_word_must_match_title_tags_place_or_date():
    rows = [row(1, "Strike on depot", "2024-11", "2024-11-01", 29, "actor:Ukraine", "Izhevsk"),
            row(2, "Talks", "2025-07-01", "2025-07-01")]
    hay = [haystack(r) for r in rows]
    assert matching(hay, ["izhevsk", "nov"]) == [0]
    assert matching(hay, ["jul"]) == [1]
    assert matching(hay, ["2025-07-01"], among=[0]) == []
    assert matching(hay, []) == [0, 1]


def test_typing_on_narrows_a_filter():
    assert narrows(("ky",), ("kyiv",)) and not narrows(("kyiv",), ("ky",))
    assert not narrows((), ("a",))
