"""One layout of the chart at one zoom step: lanes, rows, density strips, as data.

``compute`` stacks every event record (stacking does the packing) and keeps,
besides each event's row and title mode, an index of the individually drawn
rows: in such a row the events' extents follow one another without overlap,
so the starts and ends are both sorted and the events meeting any stretch of
time are found by two bisections.  The scene asks it which events lie in the
visible rectangle and creates graphics items for those alone.

Extents are computed at the layout's scale, the smallest of its zoom step,
and only shrink at larger zooms, so they bound what is drawn at any zoom the
layout serves.

A chart of a few hundred events never crowds: its lanes stack as many rows
as the titles need and the view scrolls down to them, so that Fit All over a
sparse decade and a busy last year shows every title (at that zoom each event
of the busy year needs a row of its own).  Only beyond ``DEEP_STACK_EVENTS``
do the lanes keep to ``MAX_ROWS`` and send the rest to a density strip, where
rows one by one would be thousands of pixels tall and no longer read.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

from gui.chart import lanes as lanes_mod
from gui.chart.chart_records import DENSE, INSIDE, LABEL, ROW_HEIGHT
from gui.chart.stacking import extent_tuple, stack

AXIS_HEIGHT = 66.0    # the view draws the axis (and published-date flags) over the scene
LANE_HEADER = 22.0
LANE_PADDING = 6.0
MAX_ROWS, MAX_ROWS_PER_LANE = 40, 12
DEEP_STACK_EVENTS = 400  # up to this many events no lane crowds into a density strip


def density_path(records, scale: float, top: float) -> QPainterPath:
    """How many events overlap each stretch of a crowded strip, as one path.

    A sweep over the spans' ends gives the counts; they are pooled into bins
    of two pixels at the layout's scale (at most ~2,000 bins), so the path
    stays cheap to fill however many events it stands for.  Heights grow with
    the logarithm of the count relative to the busiest bin.
    """
    edges = sorted([(r.x0, 1) for r in records] + [(r.x1, -1) for r in records])
    width = max(2.0 / scale, (edges[-1][0] - edges[0][0]) / 2000)
    bins: dict[int, int] = {}
    count, start = 0, edges[0][0]
    for x, step in edges:
        if count and x > start:
            for b in range(math.floor(start / width), math.floor((x - 1e-9) / width) + 1):
                if bins.get(b, 0) < count:
                    bins[b] = count
        count += step
        start = x
    path = QPainterPath()
    bottom, most = top + ROW_HEIGHT - 3, math.log2(1 + max(bins.values(), default=1))
    run = None  # (first bin, last bin, height): equal neighbours make one rectangle
    for b in sorted(bins):
        height = 3 + (ROW_HEIGHT - 9) * math.log2(1 + bins[b]) / most
        if run and run[1] == b - 1 and run[2] == height:
            run = (run[0], b, height)
            continue
        if run:
            path.addRect(QRectF(run[0] * width, bottom - run[2], (run[1] - run[0] + 1) * width,
                                run[2]))
        run = (b, b, height)
    if run:
        path.addRect(QRectF(run[0] * width, bottom - run[2], (run[1] - run[0] + 1) * width,
                            run[2]))
    return path


@dataclass(frozen=True)
class LaneBand:
    lane: lanes_mod.Lane
    top: float
    height: float


@dataclass
class Row:
    """One individually drawn row: its events in time order, with their extents."""

    y: float
    starts: list[float] = field(default_factory=list)
    ends: list[float] = field(default_factory=list)
    records: list = field(default_factory=list)


@dataclass
class Layout:
    order: list          # the records, as ``ys`` and ``modes`` follow them
    ys: list[float]
    modes: list[int]     # chart_records LABEL | INSIDE | DENSE
    bands: list[LaneBand]
    strips: list[tuple[QPainterPath, str, int]]  # (path, lane colour, events in it)
    rows: list[Row]      # top to bottom
    bottom: float
    data_span: tuple[float, float] | None

    def apply(self) -> None:
        """Write each record's row and title mode (the records are shared by all layouts)."""
        for record, y, mode in zip(self.order, self.ys, self.modes):
            record.y = y
            record.mode = mode

    def query(self, x0: float, x1: float, y0: float, y1: float):
        """The individually drawn records meeting the scene rectangle."""
        tops = self._tops
        first = bisect_right(tops, y0 - ROW_HEIGHT)
        for row in self.rows[first:bisect_left(tops, y1)]:
            yield from row.records[bisect_right(row.ends, x0):bisect_left(row.starts, x1)]

    def __post_init__(self) -> None:
        self._tops = [row.y - ROW_HEIGHT / 2 for row in self.rows]


def compute(records, mode: str, article_titles: dict, scale: float) -> Layout:
    """Stack ``records`` (EventRecord) into lanes at ``scale`` pixels per day."""
    groups: dict[object, list] = {}
    for record in records:
        groups.setdefault(record.key, []).append(record)
    ordered = lanes_mod.order_lanes(list(groups), mode, article_titles)
    max_rows = MAX_ROWS if len(ordered) == 1 else MAX_ROWS_PER_LANE
    if len(records) <= DEEP_STACK_EVENTS:
        max_rows = max(max_rows, len(records))
    header = 0.0 if mode == lanes_mod.NONE else LANE_HEADER
    order, ys, modes, bands, strips, rows = [], [], [], [], [], []
    top = AXIS_HEIGHT
    for lane in ordered:
        members = groups.get(lane.key, [])
        extents = [extent_tuple(r.x0, r.x1, r.label_px, r.point, scale) for r in members]
        ranked = sorted(zip([e[0] for e in extents], [r.event_id for r in members],
                            range(len(members))))  # by start, then id
        members = [members[i] for _, _, i in ranked]
        extents = [extents[i] for _, _, i in ranked]
        result = stack(extents, scale, max_rows)
        lane_rows = [Row(top + header + ROW_HEIGHT * (n + 0.5))
                     for n in range(max(result.row_count, 1))]
        crowd = []
        for record, e, n, label, dense in zip(members, extents, result.rows, result.labels,
                                              result.dense):
            row = lane_rows[n]
            order.append(record)
            ys.append(row.y)
            modes.append((LABEL if label else 0) | (INSIDE if e[4] else 0)
                         | (DENSE if dense else 0))
            if dense:
                crowd.append(record)
            else:
                row.starts.append(e[0])
                row.ends.append(max(e[3], e[1]))  # the bar's or title's end
                row.records.append(record)
        if crowd:
            strips.append((density_path(crowd, scale, top + header), lane.colour, len(crowd)))
        rows += [row for row in lane_rows if row.records]
        height = header + ROW_HEIGHT * max(result.row_count, 1) + LANE_PADDING
        bands.append(LaneBand(lane, top, height))
        top += height
    span = None
    if order:
        span = (min(r.x0 for r in order), max(r.x1 for r in order))
    return Layout(order, ys, modes, bands, strips, rows, top, span)
