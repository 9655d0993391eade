"""What the view draws around the events: grid, lanes, axis, published dates.

All of it is drawn per paint in viewport pixels from the view's transform,
so its cost depends on the number of ticks and visible lanes (dozens), never
on the number of events, and it is always in step with the zoom.  The axis
sits on top of the scene (the scene keeps its first AXIS_HEIGHT pixels free),
so it stays in view when the analyst scrolls down through many rows.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen

from gui.chart import time_axis as ta
from gui.chart.chart_scene import AXIS_HEIGHT, LANE_HEADER

BAND_HEIGHT = 22.0
TICKS_BOTTOM = 46.0  # below: the strip where published dates are flagged
PAPER = QColor("#ffffff")
LANE_SHADE = QColor("#f5f7fa")
GRID = QColor("#eceff4")
GRID_MAJOR = QColor("#d5dbe4")
AXIS_PAPER = QColor("#f3f5f8")
AXIS_EDGE = QColor("#b8c2cf")
AXIS_TEXT = QColor("#3e4c59")
BAND_TEXT = QColor("#1f2933")
REFERENCE = QColor("#c0392b")


def to_viewport(view, painter) -> tuple[float, float, float, float]:
    """Switch ``painter`` to viewport pixels; return (scale, dx, scale_y, dy)."""
    transform = view.viewportTransform()
    painter.setWorldTransform(transform.inverted()[0], True)
    return transform.m11(), transform.dx(), transform.m22(), transform.dy()


def _visible_units(view, level, scale: float, dx: float):
    width = view.viewport().width()
    for a, b, day in ta.units(level, -dx / scale, (width - dx) / scale):
        yield a * scale + dx, b * scale + dx, day


def draw_background(view, painter) -> None:
    scene = view.scene()
    painter.save()
    scale, dx, sy, dy = to_viewport(view, painter)
    width, height = view.viewport().width(), view.viewport().height()
    painter.fillRect(QRectF(0, 0, width, height), PAPER)
    for i, band in enumerate(scene.bands):
        top = band.top * sy + dy
        if top > height or top + band.height < 0:
            continue
        if len(scene.bands) > 1:
            painter.fillRect(QRectF(0, top, width, band.height),
                             LANE_SHADE if i % 2 else PAPER)
            painter.setPen(QPen(GRID_MAJOR, 1))
            painter.drawLine(QPointF(0, top), QPointF(width, top))
    level = ta.tick_level(scale)
    painter.setPen(QPen(GRID, 1))
    for left, _right, _day in _visible_units(view, level, scale, dx):
        painter.drawLine(QPointF(round(left) + 0.5, 0), QPointF(round(left) + 0.5, height))
    painter.setPen(QPen(GRID_MAJOR, 1))
    for left, _right, _day in _visible_units(view, ta.band_level(level), scale, dx):
        painter.drawLine(QPointF(round(left) + 0.5, 0), QPointF(round(left) + 0.5, height))
    pen = QPen(REFERENCE, 1.5, Qt.DashLine)
    painter.setPen(pen)
    for x, _label in scene.references:
        vx = round(x * scale + dx) + 0.5
        painter.drawLine(QPointF(vx, AXIS_HEIGHT), QPointF(vx, height))
    painter.restore()


def draw_foreground(view, painter) -> None:
    scene = view.scene()
    painter.save()
    scale, dx, sy, dy = to_viewport(view, painter)
    width = view.viewport().width()
    base = scene.font()
    bold = QFont(base)
    bold.setBold(True)
    small = QFont(base)
    small.setPointSizeF(base.pointSizeF() * 0.92)
    if len(scene.bands) > 1:
        _lane_titles(view, painter, scene, sy, dy, small)
    _axis(view, painter, scale, dx, width, base, bold)
    _references(painter, scene, scale, dx, width, small)
    if view.drag_preview is not None:
        _drag_label(painter, view.drag_preview, scale, dx, sy, dy, bold)
    painter.restore()


def _axis(view, painter, scale, dx, width, font, bold) -> None:
    painter.fillRect(QRectF(0, 0, width, AXIS_HEIGHT), AXIS_PAPER)
    level = ta.tick_level(scale)
    band = ta.band_level(level)
    painter.setFont(bold)
    metrics = QFontMetrics(bold)
    for left, right, day in _visible_units(view, band, scale, dx):
        painter.setPen(QPen(AXIS_EDGE, 1))
        painter.drawLine(QPointF(round(left) + 0.5, 0), QPointF(round(left) + 0.5, AXIS_HEIGHT))
        text = ta.band_label(band, day)
        text_width = metrics.horizontalAdvance(text)
        # Sticky: the unit under the left edge keeps its name in view while it fits.
        x = max(left, 0) + 6
        if x + text_width + 6 <= right:
            painter.setPen(BAND_TEXT)
            painter.drawText(QRectF(x, 0, text_width + 2, BAND_HEIGHT),
                             Qt.AlignVCenter | Qt.AlignLeft, text)
    painter.setPen(QPen(AXIS_EDGE, 1))
    painter.drawLine(QPointF(0, BAND_HEIGHT + 0.5), QPointF(width, BAND_HEIGHT + 0.5))
    painter.setFont(font)
    metrics = QFontMetrics(font)
    for left, right, day in _visible_units(view, level, scale, dx):
        vx = round(left) + 0.5
        painter.setPen(QPen(AXIS_EDGE, 1))
        painter.drawLine(QPointF(vx, BAND_HEIGHT), QPointF(vx, BAND_HEIGHT + 6))
        text = level.label(day, right - left)
        if metrics.horizontalAdvance(text) + 4 <= min(right, width) - max(left, 0):
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(left, BAND_HEIGHT + 4, right - left,
                                    TICKS_BOTTOM - BAND_HEIGHT - 4), Qt.AlignCenter, text)
    painter.setPen(QPen(AXIS_EDGE, 1))
    painter.drawLine(QPointF(0, TICKS_BOTTOM - 0.5), QPointF(width, TICKS_BOTTOM - 0.5))


def _lane_titles(view, painter, scene, sy, dy, font) -> None:
    painter.setFont(font)
    metrics = QFontMetrics(font)
    height = view.viewport().height()
    for band in scene.bands:
        top = band.top * sy + dy
        if top + band.height < AXIS_HEIGHT or top > height:
            continue
        top = max(top, AXIS_HEIGHT)  # a tall lane keeps its title while scrolled
        text = metrics.elidedText(band.lane.title, Qt.ElideRight, 260)
        box = QRectF(4, top + 3, metrics.horizontalAdvance(text) + 22, LANE_HEADER - 6)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 4, 4)
        painter.setBrush(QColor(band.lane.colour))
        painter.drawEllipse(QPointF(box.left() + 8, box.center().y()), 4, 4)
        painter.setPen(BAND_TEXT)
        painter.drawText(box.adjusted(16, 0, 0, 0), Qt.AlignVCenter | Qt.AlignLeft, text)


def _references(painter, scene, scale, dx, width, font) -> None:
    """Flags in the strip under the ticks, so they never hide an event's title."""
    painter.setFont(font)
    metrics = QFontMetrics(font)
    strip = QRectF(0, TICKS_BOTTOM, width, AXIS_HEIGHT - TICKS_BOTTOM)
    painter.fillRect(strip, PAPER)
    painter.setPen(QPen(AXIS_EDGE, 1))
    painter.drawLine(QPointF(0, AXIS_HEIGHT - 0.5), QPointF(width, AXIS_HEIGHT - 0.5))
    free_from = -math.inf  # where the last label drawn ends: later ones may not overwrite it
    for x, label in sorted(scene.references):
        vx = round(x * scale + dx) + 0.5
        if not -300 < vx < width:
            continue
        painter.setPen(QPen(REFERENCE, 1.5, Qt.DashLine))
        painter.drawLine(QPointF(vx, TICKS_BOTTOM), QPointF(vx, AXIS_HEIGHT))
        if vx + 4 < free_from:
            continue  # same or nearby day as a labelled flag: the line alone
        text = metrics.elidedText(label, Qt.ElideRight, 240)
        painter.setPen(REFERENCE)
        painter.drawText(QRectF(vx + 4, TICKS_BOTTOM, metrics.horizontalAdvance(text) + 4,
                                strip.height()), Qt.AlignVCenter | Qt.AlignLeft, text)
        free_from = vx + 4 + metrics.horizontalAdvance(text) + 8


def _drag_label(painter, preview, scale, dx, sy, dy, font) -> None:
    """The date an event being dragged will get on release."""
    x, y, text = preview
    metrics = QFontMetrics(font)
    box = QRectF(x * scale + dx, y * sy + dy - 34, metrics.horizontalAdvance(text) + 14,
                 metrics.height() + 8)
    painter.setPen(QPen(QColor("#7c2d12"), 1))
    painter.setBrush(QColor("#fff4ce"))
    painter.drawRoundedRect(box, 4, 4)
    painter.setFont(font)
    painter.drawText(box, Qt.AlignCenter, text)
