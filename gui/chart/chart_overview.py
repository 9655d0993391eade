"""A thin strip above the chart with the whole timeline at once.

The chart itself must zoom in for titles to be read, and a project's events
are rarely spread evenly (a few in early years, dozens in the last months).
The strip always shows every event as a stroke on one axis from the first to
the last, how many fall on each pixel, and a frame around what the chart
shows: the overview, where the chart is the detail.  A click in it moves the
chart there; dragging across a stretch of it zooms the chart to that stretch.  It draws per paint
from counts binned once per change of the events or of its width, so its
cost does not grow with a 100,000-event project's repaints.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.chart import time_axis as ta

HEIGHT = 34
MARGIN = 6.0  # pixels of strip beyond the first and last event
DRAG_PX = 4  # a press that moves less is a click
PAPER = QColor("#f3f5f8")
EDGE = QColor("#b8c2cf")
STROKE = QColor("#4e79a7")
FRAME = QColor(231, 111, 81)
TEXT = QColor("#3e4c59")


class ChartOverview(QWidget):
    def __init__(self, view, parent=None):
        super().__init__(parent, objectName="chartOverview")
        self.view = view
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setCursor(Qt.PointingHandCursor)
        self.setToolTip("The whole timeline: click to move the chart there, "
                        "drag across a stretch to zoom the chart to it")
        self._bins: dict[int, int] = {}
        self._key = None
        self._press: float | None = None  # where a drag began (pixels)
        self._band: tuple[float, float] | None = None  # the stretch dragged across
        view.zoomed.connect(self.update)
        view.horizontalScrollBar().valueChanged.connect(lambda _v: self.update())
        view.scene().layoutApplied.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(200, HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(50, HEIGHT)

    # -- geometry ---------------------------------------------------------------------
    def span(self) -> tuple[float, float]:
        first, last = self.view.scene().data_span
        return first, max(last, first + 1.0)

    def to_px(self, x: float) -> float:
        first, last = self.span()
        return MARGIN + (x - first) * (self.width() - 2 * MARGIN) / (last - first)

    def to_x(self, px: float) -> float:
        first, last = self.span()
        return first + (px - MARGIN) * (last - first) / max(self.width() - 2 * MARGIN, 1.0)

    def shown(self) -> tuple[float, float]:
        """The days the chart shows now (scene x of its viewport's edges)."""
        view = self.view
        return (view.mapToScene(0, 0).x(),
                view.mapToScene(view.viewport().width(), 0).x())

    def counts(self) -> dict[int, int]:
        """Events per pixel column, binned again only when the events or the width changed."""
        scene = self.view.scene()
        key = (scene.generation, scene.data_span, self.width())
        if key != self._key:
            self._key = key
            bins: dict[int, int] = {}
            for record in scene.events.values():
                column = int(self.to_px((record.x0 + record.x1) / 2))
                bins[column] = bins.get(column, 0) + 1
            self._bins = bins
        return self._bins

    # -- painting ---------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        width, height = self.width(), self.height()
        painter.fillRect(self.rect(), PAPER)
        painter.setPen(QPen(EDGE, 1))
        painter.drawLine(0, height - 1, width, height - 1)
        if not self.view.scene().events:
            painter.end()
            return
        self._draw_years(painter, height)
        bins = self.counts()
        most = math.log2(1 + max(bins.values(), default=1))
        painter.setPen(Qt.NoPen)
        painter.setBrush(STROKE)
        base = height - 3
        for column, count in bins.items():
            tall = 4 + (height - 19) * math.log2(1 + count) / most
            painter.drawRect(QRectF(column - 0.5, base - tall, 2, tall))
        left, right = (self.to_px(x) for x in self.shown())
        left, right = max(left, 0.0), min(right, width - 1.0)
        painter.setBrush(QColor(FRAME.red(), FRAME.green(), FRAME.blue(), 40))
        painter.setPen(QPen(FRAME, 1.5))
        painter.drawRect(QRectF(left, 1, max(right - left, 3.0), height - 3))
        if self._band is not None:
            painter.setPen(QPen(TEXT, 1, Qt.DashLine))
            painter.setBrush(QColor(0, 0, 0, 30))
            painter.drawRect(QRectF(self._band[0], 1, self._band[1] - self._band[0], height - 3))
        painter.end()

    def _draw_years(self, painter, height: int) -> None:
        """Tick labels of the coarsest level that has room, along the top."""
        first, last = self.span()
        scale = (self.width() - 2 * MARGIN) / (last - first)
        level = ta.tick_level(scale)
        metrics = QFontMetrics(self.font())
        painter.setPen(QPen(TEXT, 1))
        free = -1.0
        for a, _b, day in ta.units(level, first, last):
            px = max(self.to_px(a), 0.0)  # the first unit begins before the strip
            text = level.short(day)
            if px < free:
                continue
            painter.setPen(QPen(EDGE, 1))
            painter.drawLine(round(px), 0, round(px), height)
            painter.setPen(QPen(TEXT, 1))
            painter.drawText(QRectF(px + 2, 0, 80, 14), int(Qt.AlignLeft | Qt.AlignTop), text)
            free = px + metrics.horizontalAdvance(text) + 8

    # -- moving the chart -------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self._press = event.position().x()
            event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None and event.buttons() & Qt.LeftButton:
            x = event.position().x()
            if abs(x - self._press) >= DRAG_PX:
                self._band = (min(x, self._press), max(x, self._press))
                self.update()
            event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._press is None or event.button() != Qt.LeftButton:
            return
        band, self._band, self._press = self._band, None, None
        if band is None:
            self.centre_on(event.position().x())
        else:
            self.view.zoom_to(self.to_x(band[0]), self.to_x(band[1]))
        self.update()
        event.accept()

    def centre_on(self, px: float) -> None:
        """Scroll the chart so the day under ``px`` is in the middle of it."""
        view = self.view
        view.auto_fit = False
        x = self.to_x(px)
        bar = view.horizontalScrollBar()
        bar.setValue(round(x * view.scale_x - view.viewport().width() / 2))
