"""What the chart knows of one event without drawing it: a light record.

The scene holds one ``EventRecord`` per dated event (a slotted object: a
100,000-event project costs tens of megabytes, not the hundreds that as many
QGraphicsItems would), and stacks, queries and hit-tests them as plain data.
Only the events individually drawn in view get items (chart_items).

Titles are measured as the sum of their characters' advances (a dictionary
lookup per character), which for this use is an upper bound of Qt's shaped
width to within a pixel, at a twentieth of the cost of asking Qt per title.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from gui.chart.stacking import extent
from gui.chart.time_axis import ORIGIN, span_x
from storage.records import stored_date
from temporal.dates import Precision

ROW_HEIGHT = 24.0
LABEL_MAX_PX = 260
LABEL_SLACK = 2.0  # the estimate may fall short of Qt's shaped width by about a pixel

# Layout modes (bits): the title is drawn, inside its bar; the event is in a density strip.
LABEL, INSIDE, DENSE = 1, 2, 4


class Advances(dict):
    """Character -> advance in pixels for one font, measured on first use."""

    def __init__(self, font):
        super().__init__()
        self.metrics = QFontMetricsF(font)

    def __missing__(self, char: str) -> float:
        width = self[char] = self.metrics.horizontalAdvance(char)
        return width

    def label_px(self, title: str) -> float:
        width = sum(map(self.__getitem__, title)) + LABEL_SLACK
        return (min(LABEL_MAX_PX, width)) + 2.0


@cache
def _geometry(value: str, earliest: str, span: float) -> tuple[float, float, bool]:
    """(x0, x1, is a day) of a stored date, once per value and without parsing it.

    The timeline's rows carry the span's first day and length as SQLite
    computed them; only a day is written YYYY-MM-DD (``~`` when approximate).
    """
    if not earliest:  # a row made elsewhere than the project's query
        date = stored_date(value)
        x0, x1 = span_x(date.earliest, date.latest)
        return x0, x1, date.precision is Precision.DAY
    x0 = float(dt.date.fromisoformat(earliest[:10]).toordinal() - ORIGIN)  # no clock time
    core = value.rstrip("~?%")  # EDTF qualifiers: approximate, uncertain, both
    day = len(core) >= 10 and core[4] == "-" and core[7] == "-" and core[10:11] in ("", "T")
    return x0, x0 + round(span) + 1.0, day


class EventRecord:
    """One dated event: its span, its title's room, and where the layout put it."""

    __slots__ = ("_title", "event_id", "key", "label_px", "mode", "point", "row",
                 "selected", "x0", "x1", "y")

    def __init__(self, row, advances: Advances, key, selected: bool = False):
        self.y, self.mode, self.selected, self._title = 0.0, 0, selected, None
        self.key = key
        self.update(row, advances)

    def update(self, row, advances: Advances) -> None:
        self.row = row
        self.event_id = row.id
        self.x0, self.x1, self.point = _geometry(row.value, row.earliest, row.span)
        if row.title != self._title:
            self._title = row.title
            self.label_px = advances.label_px(row.title)

    @property
    def date(self):
        """The EventDate, parsed when needed (drawn, dragged, shown in a tooltip)."""
        return self.row.date

    @property
    def dense(self) -> bool:
        return bool(self.mode & DENSE)

    @property
    def label_visible(self) -> bool:
        return bool(self.mode & LABEL)

    @property
    def inside(self) -> bool:
        return bool(self.mode & INSIDE)

    def extent(self, scale: float):
        return extent(self.x0, self.x1, self.label_px, self.point, scale)

    def tooltip(self) -> str:
        row = self.row
        return f"{row.title}\n{row.date.display}" + (f"\n{row.tags}" if row.tags else "")

    def scene_rect(self) -> QRectF:
        return QRectF(self.x0, self.y - ROW_HEIGHT / 2, self.x1 - self.x0, ROW_HEIGHT)
