"""Which row of its lane each event sits in, and whether its title is drawn.

Titles are what make a chart readable, so rows are packed around the space
each title needs at a given zoom (pixels per day), not only around the bars.
A layout computed for a scale stays valid at every larger scale: zooming in
only shrinks the days a pixel-sized title covers.  The chart therefore packs
once per half power of two of zoom (see ChartScene) and does no per-event work for
the zoom steps in between.

When a lane would need more than ``max_rows`` rows, the extra events go to
one dense strip, the lane's top row, drawn as a histogram of how many events
each stretch holds (one item, however many events) and without titles; the
titles they would have covered are hidden too, so titles never overlap.

Qt-free so the no-overlap promise can be checked by property tests.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import NamedTuple

MARKER_PX = 6.0   # half the width of a day's diamond
LABEL_GAP = 5.0   # between a bar's end (or a diamond) and its title
INSIDE_PAD = 5.0  # a title drawn inside its bar keeps this much from the bar's ends
ROW_GAP = 10.0    # between an item and the next one in its row


class Extent(NamedTuple):
    """The horizontal room one event needs at one scale, in days (scene x).

    A tuple, not a dataclass: a layout of 100,000 events makes as many.
    """

    start: float       # the drawing's left edge
    solid_end: float   # its bar or diamond's right edge
    label_start: float
    label_end: float
    inside: bool       # the title fits inside the bar


def extent(x0: float, x1: float, label_px: float, point: bool, scale: float) -> Extent:
    """``x0``/``x1``: the span's edges in days; ``scale``: pixels per day."""
    return Extent(*extent_tuple(x0, x1, label_px, point, scale))


def extent_tuple(x0: float, x1: float, label_px: float, point: bool, scale: float) -> tuple:
    """The fields of ``extent`` as a plain tuple, for layouts of many events."""
    if point:
        centre = (x0 + x1) / 2
        solid = centre + MARKER_PX / scale
        label_start = solid + LABEL_GAP / scale
        return (centre - MARKER_PX / scale, solid, label_start,
                label_start + label_px / scale, False)
    if (x1 - x0) * scale >= label_px + 2 * INSIDE_PAD:
        start = x0 + INSIDE_PAD / scale
        return (x0, x1, start, start + label_px / scale, True)
    label_start = x1 + LABEL_GAP / scale
    return (x0, x1, label_start, label_start + label_px / scale, False)


@dataclass
class Stacking:
    rows: list[int]
    labels: list[bool]
    row_count: int
    dense: list[bool]  # in the dense strip: drawn as a density histogram, not one by one


def stack(extents: list[Extent], scale: float, max_rows: int) -> Stacking:
    """Greedy interval packing, topmost free row first; ``extents`` sorted by start.

    ``extents``: Extent or plain tuples of its fields (``extent_tuple``).

    Events that find no free row among ``max_rows`` all go to the last row,
    a dense strip whose bars may touch and whose titles are hidden, so that
    the rows above keep theirs however crowded the period is.
    """
    gap = ROW_GAP / scale
    rows = [0] * len(extents)
    labels = [True] * len(extents)
    free: list[int] = []                # row numbers, lowest first
    busy: list[tuple[float, int]] = []  # (x where the row frees up, row); stale ones skipped
    ends: dict[int, float] = {}         # row -> where it frees up now
    last: dict[int, int] = {}           # row -> index of the event drawn last in it
    count, overflowed = 0, False
    for i, e in enumerate(extents):
        start, solid_end, _label_start, label_end, _inside = e
        while busy and busy[0][0] <= start:
            end, row = heapq.heappop(busy)
            if ends.get(row) == end:
                del ends[row]
                heapq.heappush(free, row)
        if free or count < max_rows:
            if free:
                row = heapq.heappop(free)
            else:
                row, count = count, count + 1
            end = (max(label_end, solid_end)) + gap
        else:
            row, overflowed = max_rows - 1, True
            previous = last[row]
            labels[previous] = labels[previous] and extents[previous][3] <= start
            labels[i] = False
            end = solid_end + gap
            end = max(end, ends[row])
        rows[i] = row
        last[row] = i
        ends[row] = end
        heapq.heappush(busy, (end, row))
    dense = [overflowed and row == max_rows - 1 for row in rows]
    if overflowed:  # the dense strip goes on top, where it is seen at "fit all"
        rows = [0 if row == max_rows - 1 else row + 1 for row in rows]
        labels = [shown and not strip for shown, strip in zip(labels, dense)]
    return Stacking(rows, labels, max(count, 1 if extents else 0), dense)


# -- fitting every title into a width --------------------------------------------------
def title_reach(x0: float, x1: float, label_px: float, point: bool) -> tuple[float, float]:
    """(a, b): at any scale s the event's title ends at ``a * s + b`` pixels (a in days).

    Taken as drawn beside its bar, the farther of the two places a title can be.
    """
    if point:
        return (x0 + x1) / 2, MARKER_PX + LABEL_GAP + label_px
    return x1, LABEL_GAP + label_px


def title_frontier(reaches) -> list[tuple[float, float]]:
    """The reaches that can end farthest right at some scale: from the latest
    event back, those whose title is longer than every later one's."""
    frontier: list[tuple[float, float]] = []
    for a, b in sorted(reaches, reverse=True):
        if not frontier or b > frontier[-1][1]:
            frontier.append((a, b))
    return frontier


def fit_scale(frontier, first: float, last: float, room_px: float) -> float:
    """The largest scale (pixels per day) at which the days from ``first`` to
    ``last`` and every title of ``frontier`` fit in ``room_px``.  A title too
    long for the room at any scale is left to its elision."""
    scale = room_px / max(last - first, 1e-3)
    for a, b in frontier:
        if a > first and b < room_px:
            scale = min(scale, (room_px - b) / (a - first))
    return scale
