"""The chart's Qt-free parts: dates to x, tick levels, and row stacking."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from gui.chart import lanes
from gui.chart import time_axis as ta
from gui.chart.stacking import ROW_GAP, extent, stack
from storage.records import TimelineRow
from temporal.dates import EventDate


def test_x_follows_dates_and_a_day_is_one_unit_wide():
    nov = EventDate.from_value("2024-11")
    x0, x1 = ta.span_x(nov.earliest, nov.latest)
    assert (x0, x1) == (ta.day_x(dt.date(2024, 11, 1)), ta.day_x(dt.date(2024, 12, 1)))
    assert x1 - x0 == 30
    assert ta.x_day(x0 + 0.99) == dt.date(2024, 11, 1)
    assert ta.day_x(dt.date(2025, 7, 1)) > ta.day_x(dt.date(2025, 6, 29))


def test_tick_levels_get_finer_as_one_zooms_in():
    names = [ta.tick_level(scale).name for scale in (0.001, 0.02, 0.2, 0.5, 1.5, 10, 40)]
    assert names == ["century", "decade", "year", "quarter", "month", "week", "day"]
    assert ta.band_level(ta.DAY).name == "month"
    assert ta.band_label(ta.MONTH, dt.date(2025, 6, 3)) == "June 2025"
    assert ta.band_level(ta.MONTH).name == "year"


@given(st.dates(dt.date(1500, 1, 1), dt.date(2900, 1, 1)), st.integers(1, 4000),
       st.sampled_from(ta.LEVELS))
def test_units_tile_the_range_without_gaps(start, days, level):
    x0 = ta.day_x(start)
    x1 = x0 + days
    spans = list(ta.units(level, x0, x1))
    assert spans[0][0] <= x0 and spans[-1][1] >= x1
    for (_, right, _), (left, _, _) in itertools.pairwise(spans):
        assert right == left
    if level is ta.MONTH:
        assert all(day.day == 1 for _, _, day in spans)


def test_drag_units_follow_the_precision():
    day, month = EventDate.from_value("2025-07-01"), EventDate.from_value("2024-11")
    assert ta.drag_units(day, 1.2) == 1
    assert ta.drag_units(day, -2.6) == -3
    assert ta.drag_units(month, 20) == 1 and ta.drag_units(month, 10) == 0
    weekend = EventDate.from_value("2025-06-28/2025-06-29")  # a range moves by its length
    assert ta.drag_units(weekend, 2.2) == 1


_items = st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40), st.booleans(),
                            st.integers(10, 200)), min_size=1, max_size=60)


@settings(max_examples=150, deadline=None)
@given(_items, st.sampled_from([0.25, 1.0, 3.0, 30.0]), st.integers(1, 6))
def test_visible_titles_never_overlap_anything_in_their_row(items, scale, max_rows):
    extents = sorted((extent(x, x + (1 if point else span + 1), label, point, scale)
                      for x, span, point, label in items), key=lambda e: e.start)
    result = stack(extents, scale, max_rows)
    assert result.row_count <= max_rows
    assert max(result.rows) < max_rows
    for i, (e, row, shown) in enumerate(zip(extents, result.rows, result.labels)):
        if not shown:
            continue
        for j, (other, other_row) in enumerate(zip(extents, result.rows)):
            if j == i or other_row != row:
                continue
            # The title's pixels meet neither another drawing nor another title.
            assert e.label_end <= other.start or other.solid_end <= e.label_start or (
                e.inside and other.solid_end <= e.start), (e, other)
            if result.labels[j]:
                assert e.label_end <= other.label_start or other.label_end <= e.label_start


def test_rows_are_reused_and_titles_kept_when_there_is_room():
    scale = 1.0
    far = [extent(x, x + 1, 50, True, scale) for x in (0, 100, 200)]
    assert stack(far, scale, 5).rows == [0, 0, 0]
    near = [extent(x, x + 1, 50, True, scale) for x in (0, 10, 20)]
    result = stack(near, scale, 5)
    assert result.rows == [0, 1, 2] and all(result.labels)
    crowded = stack(near, scale, 2)
    assert crowded.row_count == 2 and not all(crowded.labels)
    # The crowd goes to the dense strip on top, drawn as a histogram, titles hidden.
    assert crowded.dense == [False, True, True] and crowded.rows == [1, 0, 0]
    assert crowded.labels == [True, False, False]
    assert ROW_GAP > 0


def test_lanes_by_kind_by_tag_and_by_article():
    row = TimelineRow(1, "Call", None, "actor:Union, place:Kyiv, talks", 1, "")
    assert lanes.lane_key(row, lanes.ACTOR) == "Union"
    assert lanes.lane_key(row, lanes.TOPIC) is lanes.OTHERS
    assert lanes.lane_key(row, lanes.TAG_PREFIX + "place:Kyiv") == "place:Kyiv"
    assert lanes.lane_key(row, lanes.TAG_PREFIX + "place:Lviv") is lanes.OTHERS
    assert lanes.lane_key(row, lanes.ARTICLE, 7) == 7
    ordered = lanes.order_lanes(["Union", lanes.OTHERS, "Army"], lanes.ACTOR)
    assert [lane.title for lane in ordered] == ["Army", "Union", "No actor"]
