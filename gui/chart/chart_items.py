"""The drawing of one event: a bar or a diamond, and its title.

Only the events drawn one by one in (or near) the view have these items: the
scene creates them as the view pans and zooms and drops them when they leave
(see ChartScene.show_rect); the event itself is an EventRecord (chart_records).
Plain C++ item classes (rect, polygon, simple text), not Python subclasses
with a ``paint()``: with thousands of events on screen every repaint stays in C++.
Bars live in scene units (days) and stretch with the zoom; diamonds and
titles ignore the view's transform, so they keep their pixel size and only
their anchor follows the date.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from gui.chart.chart_records import LABEL_MAX_PX, ROW_HEIGHT
from gui.chart.stacking import INSIDE_PAD, LABEL_GAP, MARKER_PX

BAR_HEIGHT = 14.0
TEXT = QColor("#1f2933")
SELECTED_FILL = QColor(255, 190, 90)  # the article view's current-passage colour
SELECTED_EDGE = QColor("#7c2d12")
EVENT_KEY = 0  # QGraphicsItem.data key holding the event id

_IGNORE = QGraphicsItem.ItemIgnoresTransformations
_DIAMOND = QPolygonF([QPointF(0, -MARKER_PX), QPointF(MARKER_PX, 0), QPointF(0, MARKER_PX),
                      QPointF(-MARKER_PX, 0)])


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` mixed with white: pale enough for dark text on top."""
    return QColor(*(round(c + (255 - c) * amount) for c in colour.getRgb()[:3]))


def _faded(brush_colour: QColor, x0: float, x1: float) -> QBrush:
    """Uncertain ends: the colour fades out over the outer fifth of the span."""
    gradient = QLinearGradient(x0, 0, x1, 0)
    clear = QColor(brush_colour)
    clear.setAlpha(0)
    gradient.setColorAt(0, clear)
    gradient.setColorAt(0.2, brush_colour)
    gradient.setColorAt(0.8, brush_colour)
    gradient.setColorAt(1, clear)
    return QBrush(gradient)


class EventGraphic:
    """The items of one drawn event, placed where its record's layout puts it."""

    def __init__(self, scene, record, colour: QColor, metrics):
        self.scene = scene
        self.metrics = metrics
        self.record = record
        self.event_id = record.event_id
        self.colour = QColor(colour)
        self.shape = None
        self.point = None
        self.selected = record.selected
        self.dense = False
        self.halo = None
        self.y = record.y
        self.label_mode: tuple[bool, bool] | None = None  # (visible, inside)
        self.label = QGraphicsSimpleTextItem()
        self.label.setFlag(_IGNORE)
        if scene.font() != self.label.font():
            self.label.setFont(scene.font())
        self.label.setData(EVENT_KEY, record.event_id)
        self.label.setZValue(3)
        scene.addItem(self.label)
        self.update()

    # -- content ------------------------------------------------------------------
    def update(self) -> None:
        """Follow the record after an edit (title, date, kind of date)."""
        record = self.record
        self.date = record.date
        self.x0, self.x1 = record.x0, record.x1
        point = record.point
        if point is not self.point:
            if self.shape is not None:
                self.scene.removeItem(self.shape)
            self.point = point
            if point:
                self.shape = QGraphicsPolygonItem(_DIAMOND)
                self.shape.setFlag(_IGNORE)
            else:
                self.shape = QGraphicsRectItem()
            self.shape.setData(EVENT_KEY, record.event_id)
            self.shape.setZValue(2 if point else 1)
            self.scene.addItem(self.shape)
            self.label_mode, self.dense = None, False
        text = record.row.title
        if self.metrics.horizontalAdvance(text) > LABEL_MAX_PX:
            text = self.metrics.elidedText(text, Qt.ElideRight, LABEL_MAX_PX)
        self.label.setText(text)
        self._style()
        self.move_to(self.x0, self.x1)
        self.place()

    @property
    def row(self):
        return self.record.row

    def tooltip(self) -> str:
        return self.record.tooltip()

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = QColor(colour)
            self._style()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.shape.setVisible(not self.dense or selected)  # found even in a crowd
            self._style()

    def _style(self) -> None:
        approximate = self.date.approximate
        if self.selected:
            fill, edge, width = SELECTED_FILL, SELECTED_EDGE, 2.0
        elif self.point:
            fill, edge, width = self.colour, QColor("white"), 1.2
        else:
            fill, edge, width = tint(self.colour, 0.55), self.colour, 1.2
        if self.point:
            if approximate and not self.selected:
                fill = tint(self.colour, 0.45)
            pen = QPen(edge, width, Qt.DotLine if approximate else Qt.SolidLine)
            if approximate and not self.selected:
                pen.setColor(self.colour)
            self.shape.setBrush(fill)
        else:
            pen = QPen(edge, width)
            if approximate:
                pen.setBrush(_faded(edge, self.x0, self.x1))
                self.shape.setBrush(_faded(fill, self.x0, self.x1))
            else:
                self.shape.setBrush(fill)
        pen.setCosmetic(True)
        self.shape.setPen(pen)
        self.shape.setZValue((2 if self.point else 1) + (10 if self.selected else 0))
        self.label.setZValue(13 if self.selected else 3)
        self.label.setBrush(SELECTED_EDGE if self.selected else TEXT)
        if self.selected and self.halo is None:
            self.halo = QGraphicsRectItem(self.label)
            self.halo.setFlag(QGraphicsItem.ItemStacksBehindParent)
            self.halo.setPen(Qt.NoPen)
            self.halo.setBrush(tint(SELECTED_FILL, 0.45))
            self.halo.setData(EVENT_KEY, self.event_id)
        if self.halo is not None:
            self.halo.setRect(self.label.boundingRect().adjusted(-3, 0, 3, 0))
            self.halo.setVisible(self.selected)

    # -- geometry -----------------------------------------------------------------
    def move_to(self, x0: float, x1: float) -> None:
        """Draw the event over [x0, x1) days: its own span, or a drag's preview."""
        if self.point:
            self.shape.setPos((x0 + x1) / 2, self.y)
        else:
            self.shape.setRect(QRectF(x0, -BAR_HEIGHT / 2, x1 - x0, BAR_HEIGHT))
            self.shape.setPos(0, self.y)
            if self.date.approximate:
                self._style()
        self._drag_span = (x0, x1)
        self._place_label()

    def place(self) -> None:
        """Where the current layout puts the event (its record's row and title mode)."""
        record = self.record
        y, label_visible, inside, dense = record.y, record.label_visible, record.inside, \
            record.dense
        if y == self.y and self.label_mode == (label_visible, inside) and dense == self.dense:
            return
        self.y = y
        self.label_mode = (label_visible, inside)
        if dense != self.dense:
            self.dense = dense
            self.shape.setVisible(not dense or self.selected)
        self.shape.setPos(self.shape.pos().x(), y)
        self._place_label()

    def _place_label(self) -> None:
        if self.label_mode is None:
            self.label.setVisible(False)
            return
        visible, inside = self.label_mode
        x0, x1 = self._drag_span
        if self.point:
            anchor, offset = (x0 + x1) / 2, MARKER_PX + LABEL_GAP
        elif inside:
            anchor, offset = x0, INSIDE_PAD
        else:
            anchor, offset = x1, LABEL_GAP
        self.label.setVisible(visible)
        self.label.setPos(anchor, self.y - self.label.boundingRect().height() / 2)
        self.label.setTransform(QTransform.fromTranslate(offset, 0))

    def scene_rect(self) -> QRectF:
        return QRectF(self.x0, self.y - ROW_HEIGHT / 2, self.x1 - self.x0, ROW_HEIGHT)

    def remove(self) -> None:
        self.scene.removeItem(self.shape)
        self.scene.removeItem(self.label)
