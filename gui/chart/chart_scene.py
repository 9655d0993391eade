"""The chart's scene: a light record per dated event, graphics items for those in view.

It follows the same proxy model the table shows, row signal by row signal, so
an edit touches one event's record; the stacking of rows is then redone in one
coalesced pass (plain data, see chart_layout).  Graphics items exist only for
the events drawn one by one in the rectangle a view shows (with a margin of a
screen on every side): ``show_rect`` creates them as the view pans and zooms
and drops those that left, plus the selected events there even inside a
density strip; a view that moves within the filled area costs nothing, and a
new layout empties it, so the next report fills it again.  Events crowded into
a density strip stay one path item per lane, so a zoomed-out chart of 100,000
events holds a few hundred items.

Layouts depend on the zoom only through its half power of two (see stacking),
and the last few are cached until the data or the lanes change, so zooming
back and forth re-applies a known layout instead of recomputing it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import OrderedDict

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QApplication, QGraphicsScene

from gui.chart import lanes as lanes_mod
from gui.chart.chart_items import EventGraphic
from gui.chart.chart_layout import (  # noqa: F401 - re-exported for chart_paint and the view
    AXIS_HEIGHT,
    LANE_HEADER,
    LaneBand,
    compute,
)
from gui.chart.chart_records import Advances, EventRecord
from gui.chart.stacking import title_frontier, title_reach
from gui.chart.time_axis import day_x
from gui.timeline.timeline_model import ROW_ROLE

DENSITY_KEY = 1  # QGraphicsItem.data key: events in a density strip
CACHED_LAYOUTS = 4
MAX_SELECTED_IN_CROWD = 1000


class ChartScene(QGraphicsScene):
    layoutApplied = Signal()

    def __init__(self, model, session=None, parent=None, *, active: bool = True):
        super().__init__(parent)
        # An inactive scene (its tab not shown) only notes that the model moved
        # on; activating it catches up. A 100,000-event project then pays for the
        # chart only when the analyst looks at it, not at every start and keystroke.
        self.active = active
        self._stale = not active
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        font = QApplication.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0))
        self.setFont(font)
        self.metrics = QFontMetrics(font)
        self.advances = Advances(font)
        self.model = model
        self.session = session
        self.events: dict[int, EventRecord] = {}   # every dated event shown
        self.drawn: dict[int, EventGraphic] = {}   # those with items now
        self._spare: dict[int, EventRecord] = {}   # records of events filtered out
        self.selected: set[int] = set()
        self.undated: set[int] = set()  # not drawn; the panel says how many
        self.mode = lanes_mod.NONE
        self.bands: list[LaneBand] = []
        self.references: list[tuple[float, str]] = []  # (x, label): articles' published days
        self.data_span = (0.0, 31.0)
        self._frontier: tuple[int, list] = (-1, [])  # (generation, stacking.title_frontier)
        self.generation = 0  # counts changes of the events (the overview bins by it)
        self._first_article: dict[int, int] = {}
        self._article_titles: dict[int, tuple[str, str]] = {}
        self._bucket = 0.0
        self._cache: OrderedDict[float, object] = OrderedDict()
        self._layout = None
        self._colours: dict[object, QColor] = {}
        self._strips: list = []  # one density histogram item per crowded lane
        self._view_rect: QRectF | None = None  # what a view last showed
        self._covered: QRectF | None = None    # where the drawn items are complete
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.layout)
        model.rowsInserted.connect(lambda _p, first, last: self._rows_changed(first, last))
        model.dataChanged.connect(lambda tl, br, *_: self._rows_changed(tl.row(), br.row()))
        model.rowsAboutToBeRemoved.connect(self._rows_removed)
        model.modelReset.connect(self._resync)
        model.layoutChanged.connect(self._resync)
        if session is not None:
            session.changed.connect(self._on_changed)
        if active:
            self.sync()
        self.set_scale(1.0)

    # -- following the model ----------------------------------------------------------
    def set_active(self, active: bool) -> None:
        self.active = active
        if active and self._stale:
            self._stale = False
            self.sync()
            self.layout()

    def _resync(self, *_args) -> None:
        if self.active:
            self.sync()
        else:
            self._stale = True

    def sync(self) -> None:
        """Bring the records in line with the whole model (after a reset or re-sort)."""
        rows = self._all_rows()
        dated = {row.id: row for row in rows if row.value}
        spare = self._spare  # filtered out: kept, so clearing the filter re-measures nothing
        for event_id in [e for e in self.events if e not in dated]:
            spare[event_id] = self.events[event_id]
            self._remove(event_id)
        self.undated = {row.id for row in rows if not row.value}
        events, advances, selected = self.events, self.advances, self.selected
        mode, articles, key = self.mode, self._first_article, lanes_mod.lane_key
        for event_id, row in dated.items():
            record = events.get(event_id)
            if record is None:  # the common case when the tab is first shown
                lane = key(row, mode, articles.get(event_id))
                record = spare.pop(event_id, None)
                if record is not None and record.row is row:
                    record.key, record.selected = lane, event_id in selected
                    events[event_id] = record
                else:
                    events[event_id] = EventRecord(row, advances, lane, event_id in selected)
            elif record.row is not row:
                self._upsert(row)
        self.invalidate_layout()

    def _all_rows(self) -> list:
        """The model's rows, read without 10,000 calls of a Python data().

        A re-sort of the proxy (every date edit moves a row) resyncs, so this
        must be cheap: unfiltered, the proxy shows the TimelineModel's rows
        as they are; filtered, they are mapped one by one.
        """
        model = self.model
        source = model.sourceModel() if hasattr(model, "sourceModel") else None
        rows = getattr(source, "_rows", None)
        if rows is None:
            return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
        if model.rowCount() == len(rows):
            return list(rows)
        visible = getattr(model, "_visible", None)  # TimelineFilter's source rows, in order
        if isinstance(visible, list) and len(visible) == model.rowCount():
            return [rows[r] for r in visible]
        return [rows[model.mapToSource(model.index(r, 0)).row()]
                for r in range(model.rowCount())]

    def _rows_changed(self, first: int, last: int) -> None:
        if not self.active:
            self._stale = True
            return
        for r in range(first, last + 1):
            row = self.model.index(r, 0).data(ROW_ROLE)
            if row is None:
                continue
            if row.date is None:
                self.undated.add(row.id)
                self._remove(row.id)
            else:
                self.undated.discard(row.id)
                self._upsert(row)
        self.invalidate_layout()

    def _rows_removed(self, _parent, first: int, last: int) -> None:
        if not self.active:
            self._stale = True
            return
        for r in range(first, last + 1):
            row = self.model.index(r, 0).data(ROW_ROLE)
            if row is not None:
                self.undated.discard(row.id)
                self._remove(row.id)
        self.invalidate_layout()

    def _upsert(self, row) -> None:
        key = lanes_mod.lane_key(row, self.mode, self._first_article.get(row.id))
        record = self.events.get(row.id)
        if record is None:
            record = self._spare.pop(row.id, None)
            if record is None:
                record = EventRecord(row, self.advances, key)
            record.key, record.selected = key, row.id in self.selected
            record.update(row, self.advances)
            self.events[row.id] = record
        else:
            record.key = key
            record.update(row, self.advances)
            graphic = self.drawn.get(row.id)
            if graphic is not None:
                graphic.update()

    def _remove(self, event_id: int) -> None:
        self.events.pop(event_id, None)
        graphic = self.drawn.pop(event_id, None)
        if graphic is not None:
            graphic.remove()

    # -- lanes ------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        if mode == lanes_mod.ARTICLE:
            self._load_articles()
        self._rekey()

    def _rekey(self) -> None:
        for event_id, record in self.events.items():
            record.key = lanes_mod.lane_key(record.row, self.mode,
                                            self._first_article.get(event_id))
        self.invalidate_layout()

    def _load_articles(self) -> None:
        project = self.session.project
        self._first_article = project.annotations.first_article_by_event()
        self._article_titles = {s.id: (s.published, s.title)
                                for s in project.articles.summaries()}

    def _on_changed(self, changes) -> None:
        """Lanes by source article follow passages and articles; the rows
        themselves follow the model."""
        if self.mode == lanes_mod.ARTICLE and (
                changes.passages or changes.articles_added or changes.articles_removed
                or changes.articles_updated):
            self._load_articles()
            self._rekey()

    # -- layout -----------------------------------------------------------------------
    def flush(self) -> None:
        """Apply a pending re-stack now (before measuring or exporting)."""
        if self._timer.isActive():
            self.layout()

    @property
    def title_frontier(self) -> list[tuple[float, float]]:
        """The titles that can reach farthest right (stacking.fit_scale), found
        once per change of the events: only Fit All asks, not every re-stack."""
        generation, frontier = self._frontier
        if generation != self.generation:
            frontier = title_frontier(title_reach(r.x0, r.x1, r.label_px, r.point)
                                      for r in self.events.values())
            self._frontier = (self.generation, frontier)
        return frontier

    def invalidate_layout(self) -> None:
        self.generation += 1
        self._cache.clear()
        self._timer.start()

    def set_scale(self, px_per_day: float) -> None:
        """Called by the view on every zoom; re-stacks only on a new half power of two.

        Half powers: a layout made for scale s is valid up to any zoom but wastes
        up to the ratio in row space, and 1.41 keeps rows tighter than 2 would.
        """
        bucket = 2.0 ** (math.floor(2 * math.log2(max(px_per_day, 1e-6)) + 1e-9) / 2)
        if bucket != self._bucket:
            self._bucket = bucket
            self.layout()

    def layout(self) -> None:
        self._timer.stop()
        layout = self._cache.pop(self._bucket, None)
        if layout is None:
            layout = compute(self.events.values(), self.mode, self._article_titles,
                             self._bucket)
        self._cache[self._bucket] = layout
        while len(self._cache) > CACHED_LAYOUTS:
            self._cache.popitem(last=False)
        layout.apply()
        self._layout, self.bands = layout, layout.bands
        for item in self._strips:
            self.removeItem(item)
        self._strips = []
        for path, colour, count in layout.strips:
            item = self.addPath(path, Qt.NoPen, QColor(colour).lighter(115))
            item.setData(DENSITY_KEY, count)
            self._strips.append(item)
        self._colours = {band.lane.key: QColor(band.lane.colour) for band in self.bands}
        for graphic in self.drawn.values():  # until a view asks for its rectangle again
            graphic.place()
            graphic.set_colour(self._colours.get(graphic.record.key, graphic.colour))
        self._covered = None
        self._set_rect(layout.bottom, layout.data_span)
        self.update()
        self.layoutApplied.emit()

    def _set_rect(self, bottom: float, span) -> None:
        if span is not None:
            x0, x1 = span
        else:
            x0 = self.references[0][0] if self.references else day_x(dt.date.today())
            x1 = x0 + 31
        self.data_span = (x0, x1)
        pad = max(2 * (x1 - x0), 60.0)  # room to zoom out until the longest titles fit
        self.setSceneRect(QRectF(x0 - pad, 0, x1 - x0 + 2 * pad, bottom + 12))

    def set_references(self, references: list[tuple[float, str]]) -> None:
        self.references = references
        self.update()

    # -- the items drawn one by one near the view ------------------------------------
    def show_rect(self, rect: QRectF, force: bool = False) -> None:
        """Have items for every event drawn one by one in ``rect`` (scene coordinates).

        Cheap while ``rect`` stays inside the area last filled (a screen's
        margin on every side), so most pan and zoom steps create nothing.
        """
        self._view_rect = QRectF(rect)
        # A view flush with the filled area's edge fills again: a day that meets the
        # edge while its diamond begins just beyond it was left out of the last fill.
        margin = rect.width() / 100
        if force or self._covered is None or \
                not self._covered.contains(rect.adjusted(-margin, 0, margin, 0)):
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
