"""Which events of the chart have graphics items: those drawn one by one near the view.

A mixin of ChartScene, which holds the records (``events``), the current
layout and the selection.  Views report the scene rectangle they show after
every scroll, zoom and resize; items are made for the layout's individually
drawn events in that rectangle and a screen around it, plus the selected
events there even inside a density strip, and dropped when they fall outside.
A view that moves within the filled area costs nothing; a new layout empties
it, so the next report fills it again.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from gui.chart import lanes as lanes_mod
from gui.chart.chart_items import EventGraphic

MAX_SELECTED_IN_CROWD = 1000


class DrawnItems:
    """``drawn``: event id -> EventGraphic, for the events drawn near the view."""

    def show_rect(self, rect: QRectF, force: bool = False) -> None:
        """Have items for every event drawn one by one in ``rect`` (scene coordinates).

        Cheap while ``rect`` stays inside the area last filled (a screen's
        margin on every side), so most pan and zoom steps create nothing.
        """
        self._view_rect = QRectF(rect)
        if force or self._covered is None or not self._covered.contains(rect):
            self._fill()

    def _fill(self) -> None:
        rect, layout = self._view_rect, self._layout
        if rect is None or layout is None:
            return
        w, h = rect.width(), rect.height()
        area = self._covered = rect.adjusted(-w, -h, w, h)
        x0, x1, y0, y1 = area.left(), area.right(), area.top(), area.bottom()
        events = self.events
        wanted = {r.event_id: r for r in layout.query(x0, x1, y0, y1)
                  if events.get(r.event_id) is r}  # not removed since the layout
        crowd = 0
        for event_id in self.selected:  # a selected event shows even in a crowd
            record = events.get(event_id)
            if record is not None and record.dense and record.x1 >= x0 and \
                    record.x0 <= x1 and y0 <= record.y <= y1:
                wanted[event_id] = record
                crowd += 1
                if crowd == MAX_SELECTED_IN_CROWD:  # Select All: the strip stands for the rest
                    break
        drawn = self.drawn
        for event_id in [e for e in drawn if e not in wanted]:
            drawn.pop(event_id).remove()
        colours, grey = self._colours, QColor(lanes_mod.PALETTE[0])
        for event_id, record in wanted.items():
            graphic = drawn.get(event_id)
            if graphic is None:
                drawn[event_id] = EventGraphic(self, record, colours.get(record.key, grey),
                                               self.metrics)
            else:
                graphic.place()

    def set_selection(self, event_ids: set[int]) -> None:
        """The events selected in the timeline (one selection model for all views)."""
        changed = self.selected ^ event_ids
        self.selected = set(event_ids)
        crowded = False
        for event_id in changed:
            record = self.events.get(event_id)
            if record is None:
                continue
            record.selected = event_id in event_ids
            crowded = crowded or record.dense
            graphic = self.drawn.get(event_id)
            if graphic is not None:
                graphic.set_selected(record.selected)
        if crowded:
            self._fill()


    def graphic_at(self, event_id: int) -> EventGraphic | None:
        return self.drawn.get(event_id)
