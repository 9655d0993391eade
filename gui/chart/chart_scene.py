"""The chart's scene: one EventGraphic per dated event of the (filtered) timeline.

It follows the same proxy model the table shows, row signal by row signal, so
an edit touches one event's items; the stacking of rows is then redone in one
coalesced pass (a few milliseconds per thousand events, no items created).

Layouts depend on the zoom only through its half power of two (see stacking),
and are cached per step until the data or the lanes change, so zooming back and
forth re-applies a known layout instead of recomputing it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsScene

from gui.chart import lanes as lanes_mod
from gui.chart.chart_items import ROW_HEIGHT, EventGraphic
from gui.chart.stacking import stack
from gui.chart.time_axis import day_x
from gui.timeline_model import ROW_ROLE

AXIS_HEIGHT = 66.0    # the view draws the axis (and published-date flags) over the scene
LANE_HEADER = 22.0
LANE_PADDING = 6.0
MAX_ROWS, MAX_ROWS_PER_LANE = 40, 12
DENSITY_KEY = 1  # QGraphicsItem.data key: events in a density strip


def density_path(graphics, scale: float, top: float) -> QPainterPath:
    """How many events overlap each stretch of a crowded strip, as one path.

    A sweep over the spans' ends gives the counts; they are pooled into bins
    of two pixels at the layout's scale (at most ~2,000 bins), so the path
    stays cheap to fill however many events it stands for.  Heights grow with
    the logarithm of the count relative to the busiest bin.
    """
    edges = sorted([(g.x0, 1) for g in graphics] + [(g.x1, -1) for g in graphics])
    width = max(2.0 / scale, (edges[-1][0] - edges[0][0]) / 2000)
    bins: dict[int, int] = {}
    count, start = 0, edges[0][0]
    for x, step in edges:
        if count and x > start:
            for b in range(math.floor(start / width), math.floor((x - 1e-9) / width) + 1):
                bins[b] = max(bins.get(b, 0), count)
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
        self.model = model
        self.session = session
        self.graphics: dict[int, EventGraphic] = {}
        self.undated: set[int] = set()  # not drawn; the panel says how many
        self.mode = lanes_mod.NONE
        self.bands: list[LaneBand] = []
        self.references: list[tuple[float, str]] = []  # (x, label): articles' published days
        self._keys: dict[int, object] = {}
        self._first_article: dict[int, int] = {}
        self._article_titles: dict[int, tuple[str, str]] = {}
        self._bucket = 0.0
        self._cache: dict[float, tuple] = {}
        self._strips: list = []  # one density histogram item per crowded lane
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.layout)
        model.rowsInserted.connect(lambda _p, first, last: self._rows_changed(first, last))
        model.dataChanged.connect(lambda tl, br, *_: self._rows_changed(tl.row(), br.row()))
        model.rowsAboutToBeRemoved.connect(self._rows_removed)
        model.modelReset.connect(self._resync)
        model.layoutChanged.connect(self._resync)
        if session is not None:
            session.passagesChanged.connect(self._passages_changed)
            for signal in (session.articleAdded, session.articleUpdated, session.articleRemoved):
                signal.connect(self._articles_changed)
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
        """Bring the items in line with the whole model (after a reset or re-sort)."""
        rows = self._all_rows()
        present = {row.id for row in rows if row.date is not None}
        for event_id in [e for e in self.graphics if e not in present]:
            self._remove(event_id)
        self.undated = {row.id for row in rows if row.date is None}
        graphics = self.graphics
        for row in rows:
            if row.date is not None and (row.id not in graphics
                                         or graphics[row.id].row is not row):
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
        self._keys[row.id] = lanes_mod.lane_key(row, self.mode, self._first_article.get(row.id))
        graphic = self.graphics.get(row.id)
        if graphic is None:
            self.graphics[row.id] = EventGraphic(self, row, QColor(lanes_mod.PALETTE[0]),
                                                 self.metrics)
        else:
            graphic.update(row)

    def _remove(self, event_id: int) -> None:
        graphic = self.graphics.pop(event_id, None)
        if graphic is not None:
            graphic.remove()
            self._keys.pop(event_id, None)

    # -- lanes ------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        if mode == lanes_mod.ARTICLE:
            self._load_articles()
        self._rekey()

    def _rekey(self) -> None:
        for event_id, graphic in self.graphics.items():
            self._keys[event_id] = lanes_mod.lane_key(graphic.row, self.mode,
                                                      self._first_article.get(event_id))
        self.invalidate_layout()

    def _load_articles(self) -> None:
        project = self.session.project
        self._first_article = dict(project.query(
            "SELECT event_id, MIN(article_id) FROM annotations GROUP BY event_id"))
        self._article_titles = {s.id: (s.published, s.title)
                                for s in project.articles.summaries()}

    def _passages_changed(self, _article_id: int, _event_id: int) -> None:
        if self.mode == lanes_mod.ARTICLE:
            self._articles_changed()

    def _articles_changed(self, *_args) -> None:
        if self.mode == lanes_mod.ARTICLE:
            self._load_articles()
            self._rekey()

    # -- layout -----------------------------------------------------------------------
    def flush(self) -> None:
        """Apply a pending re-stack now (before measuring or exporting)."""
        if self._timer.isActive():
            self.layout()

    def invalidate_layout(self) -> None:
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
        cached = self._cache.get(self._bucket)
        if cached is None:
            cached = self._cache[self._bucket] = self._compute(self._bucket)
        places, self.bands, strips, bottom = cached
        for event_id, (y, visible, inside, dense) in places.items():
            self.graphics[event_id].place(y, visible, inside, dense)
        for item in self._strips:
            self.removeItem(item)
        self._strips = []
        for path, colour, count in strips:
            item = self.addPath(path, Qt.NoPen, QColor(colour).lighter(115))
            item.setData(DENSITY_KEY, count)
            self._strips.append(item)
        lanes = {band.lane.key: QColor(band.lane.colour) for band in self.bands}
        for event_id, graphic in self.graphics.items():
            graphic.set_colour(lanes[self._keys[event_id]])
        self._set_rect(bottom)
        self.update()
        self.layoutApplied.emit()

    def _compute(self, scale: float):
        groups: dict[object, list[EventGraphic]] = {}
        for event_id, graphic in self.graphics.items():
            groups.setdefault(self._keys[event_id], []).append(graphic)
        ordered = lanes_mod.order_lanes(list(groups), self.mode, self._article_titles)
        max_rows = MAX_ROWS if len(ordered) == 1 else MAX_ROWS_PER_LANE
        header = 0.0 if self.mode == lanes_mod.NONE else LANE_HEADER
        places, bands, strips, top = {}, [], [], AXIS_HEIGHT
        for lane in ordered:
            members = groups.get(lane.key, [])
            extents = sorted(((g.extent(scale), g) for g in members),
                             key=lambda pair: (pair[0].start, pair[1].event_id))
            result = stack([e for e, _ in extents], scale, max_rows)
            crowd = []
            for (e, graphic), row, label, dense in zip(extents, result.rows, result.labels,
                                                       result.dense):
                places[graphic.event_id] = (top + header + ROW_HEIGHT * (row + 0.5),
                                            label, e.inside, dense)
                if dense:
                    crowd.append(graphic)
            if crowd:
                strips.append((density_path(crowd, scale, top + header), lane.colour,
                               len(crowd)))
            height = header + ROW_HEIGHT * max(result.row_count, 1) + LANE_PADDING
            bands.append(LaneBand(lane, top, height))
            top += height
        return places, bands, strips, top

    def _set_rect(self, bottom: float) -> None:
        if self.graphics:
            x0 = min(g.x0 for g in self.graphics.values())
            x1 = max(g.x1 for g in self.graphics.values())
        else:
            x0 = self.references[0][0] if self.references else day_x(dt.date.today())
            x1 = x0 + 31
        self.data_span = (x0, x1)
        pad = max((x1 - x0) * 0.5, 60.0)
        self.setSceneRect(QRectF(x0 - pad, 0, x1 - x0 + 2 * pad, bottom + 12))

    def set_references(self, references: list[tuple[float, str]]) -> None:
        self.references = references
        self.update()

    def graphic_at(self, event_id: int) -> EventGraphic | None:
        return self.graphics.get(event_id)
