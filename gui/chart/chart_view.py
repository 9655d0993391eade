"""The interactive chart: selection, keyboard steps, dragging, zoom and pan.

The view owns no selection of its own: it reads and writes the timeline's
one QItemSelectionModel, so the table, the article text and the chart can
never disagree about which event is selected.  A drag only previews its date;
the edit is one EditEvent pushed on release, hence one undo step.

The x scale (pixels per day) is the view's transform; the scene's item
geometry follows it (``ChartScene.set_scale``), and until the analyst zooms or
pans by hand (``auto_fit``) the view keeps every event in sight as events come
and go and as the window is resized.  After every scroll, zoom and resize the
view tells the scene the rectangle it shows (``refresh_drawn``), so that only
the events there have graphics items.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QToolTip

from gui.chart import chart_paint
from gui.chart.chart_items import EVENT_KEY
from gui.chart.chart_scene import DENSITY_KEY
from gui.chart.stacking import fit_scale
from gui.chart.time_axis import drag_units, span_x
from gui.timeline.timeline_model import EVENT_ID_ROLE
from temporal.dates import DateParseError

MAX_SCALE = 400.0  # pixels per day
FIT_LEFT, FIT_RIGHT = 24.0, 8.0  # pixels Fit All keeps free at the edges
ZOOM_STEP = 1.25


class ChartView(QGraphicsView):
    dateDragged = Signal(int, object)  # event id, new EventDate
    activated = Signal(int)            # double-click or Return on an event
    picked = Signal(int)               # the analyst selected an event here
    zoomed = Signal()

    def __init__(self, scene, selection: QItemSelectionModel | None = None, parent=None):
        super().__init__(scene, parent)
        self.setObjectName("chartView")
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        # The axis is drawn over the scene: a scrolled (blitted) viewport would smear it.
        self.setViewportUpdateMode(QGraphicsView.FullViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.DontSavePainterState)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.NoAnchor)
        self.setResizeAnchor(QGraphicsView.NoAnchor)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setFrameShape(QFrame.NoFrame)
        self.setFocusPolicy(Qt.StrongFocus)
        self.selection = selection
        self.drag_preview = None  # (x, y, text) while an event is dragged
        self.auto_fit = True      # until the analyst zooms or pans by hand
        self._fitted = None
        self._press = None
        self._quiet = False  # inside set_scale: the rectangle is asked for once, at its end
        self._selected: set[int] = set()
        if selection is not None:
            selection.selectionChanged.connect(self._selection_changed)
            selection.currentChanged.connect(self._current_changed)
        scene.layoutApplied.connect(self._after_layout)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(lambda _value: self.refresh_drawn())

    # -- painting ---------------------------------------------------------------------
    def drawBackground(self, painter, rect) -> None:
        chart_paint.draw_background(self, painter)

    def drawForeground(self, painter, rect) -> None:
        chart_paint.draw_foreground(self, painter)

    # -- selection -------------------------------------------------------------------
    def _event_at(self, pos) -> int | None:
        for item in self.items(pos):
            event_id = item.data(EVENT_KEY)
            if event_id is not None:
                return event_id
        return None

    def _proxy_index(self, event_id: int):
        model = self.selection.model()
        source = model.sourceModel()
        return model.mapFromSource(source.index_of(event_id))

    def select_event(self, event_id: int, toggle: bool = False) -> None:
        index = self._proxy_index(event_id)
        if not index.isValid():
            return
        flags = (QItemSelectionModel.Toggle if toggle else QItemSelectionModel.ClearAndSelect)
        self.selection.setCurrentIndex(index, flags | QItemSelectionModel.Rows)
        self.picked.emit(event_id)

    def _selection_changed(self, *_args) -> None:
        self._selected = {index.data(EVENT_ID_ROLE) for index in self.selection.selectedRows()}
        self.scene().set_selection(self._selected)

    def _current_changed(self, current, _previous) -> None:
        record = self.scene().events.get(current.data(EVENT_ID_ROLE)) \
            if current.isValid() else None
        if record is not None and self._press is None:
            self.reveal(record)

    def reveal(self, record) -> None:
        """Scroll to an event (an EventRecord) unless it is in view; its items follow."""
        rect = self.mapFromScene(record.scene_rect()).boundingRect()
        if not self.viewport().rect().adjusted(0, int(chart_paint.AXIS_HEIGHT), 0, 0) \
                .intersects(rect):
            self.auto_fit = False
            self.centerOn(record.x0 if record.x1 - record.x0 > 1 else record.x0 + 0.5,
                          record.y)

    def step(self, delta: int) -> bool:
        """Select the next (+1) or previous (-1) dated event in time order."""
        model = self.selection.model()
        current = self.selection.currentIndex()
        row = current.row() if current.isValid() else (-1 if delta > 0 else model.rowCount())
        events = self.scene().events
        row += delta
        while 0 <= row < model.rowCount():
            event_id = model.index(row, 0).data(EVENT_ID_ROLE)
            if event_id in events:
                self.select_event(event_id)
                self.reveal(events[event_id])
                return True
            row += delta
        return False

    # -- mouse ------------------------------------------------------------------------
    def _crowd_at(self, pos) -> int | None:
        """The number of events in the density strip under ``pos``, if any."""
        for item in self.items(pos):
            count = item.data(DENSITY_KEY)
            if count is not None:
                return count
        return None

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        event_id = self._event_at(pos)
        if event.button() == Qt.LeftButton and event_id is None and self._crowd_at(pos):
            self.zoom(2.0, pos.x())  # a crowd opens up as one zooms in
            return event.accept()
        if event.button() != Qt.LeftButton or event_id is None:
            self.auto_fit = self.auto_fit and event.button() != Qt.LeftButton
            return super().mousePressEvent(event)
        self.setFocus(Qt.MouseFocusReason)
        toggle = bool(event.modifiers() & Qt.ControlModifier)
        self.select_event(event_id, toggle)
        graphic = self.scene().drawn[event_id]
        self._press = (graphic, event.position(), self.mapToScene(event.position().toPoint()).x(),
                       None)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._press is None:
            return super().mouseMoveEvent(event)
        graphic, start, scene_x, _ = self._press
        if (event.position() - start).manhattanLength() < QApplication.startDragDistance() \
                and self._press[3] is None:
            return
        dx = self.mapToScene(event.position().toPoint()).x() - scene_x
        units = drag_units(graphic.date, dx)
        try:
            moved = graphic.date.shifted(units)
        except DateParseError:
            return
        graphic.move_to(*span_x(moved.earliest, moved.latest))
        self._press = (graphic, start, scene_x, moved)
        self.drag_preview = (span_x(moved.earliest, moved.latest)[0], graphic.y, moved.display)
        self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:
        if self._press is None:
            return super().mouseReleaseEvent(event)
        graphic, _, _, moved = self._press
        self._press = None
        self.drag_preview = None
        graphic.move_to(graphic.x0, graphic.x1)
        self.viewport().update()
        if moved is not None and moved != graphic.date:
            self.dateDragged.emit(graphic.event_id, moved)

    def mouseDoubleClickEvent(self, event) -> None:
        event_id = self._event_at(event.position().toPoint())
        if event_id is None:
            return super().mouseDoubleClickEvent(event)
        self.activated.emit(event_id)

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            self.pan(-(delta.x() or delta.y()) / 1200)
        elif delta.y():
            self.zoom(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        event.accept()

    def viewportEvent(self, event) -> bool:
        # One tooltip handler instead of a tooltip string on 20,000 items.
        if event.type() == QEvent.ToolTip:
            event_id = self._event_at(event.pos())
            graphic = self.scene().drawn.get(event_id) if event_id is not None else None
            crowd = self._crowd_at(event.pos()) if graphic is None else None
            if graphic is not None:
                QToolTip.showText(event.globalPos(), graphic.tooltip(), self.viewport())
            elif crowd:
                QToolTip.showText(event.globalPos(), f"{crowd} events too close together "
                                  "to draw one by one: click to zoom in", self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- keyboard ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key_Left, Qt.Key_Right):
            forward = key == Qt.Key_Right
            if mods & Qt.ShiftModifier:
                self.pan(0.125 if forward else -0.125)
            else:
                self.step(1 if forward else -1)
        elif key in (Qt.Key_Plus, Qt.Key_Equal):
            self.zoom_step(ZOOM_STEP)
        elif key == Qt.Key_Minus:
            self.zoom_step(1 / ZOOM_STEP)
        elif key == Qt.Key_0 and mods & Qt.ControlModifier:
            self.fit_all()
        elif key in (Qt.Key_Return, Qt.Key_Enter) and self._selected:
            current = self.selection.currentIndex()
            if current.isValid():
                self.activated.emit(current.data(EVENT_ID_ROLE))
        else:
            return super().keyPressEvent(event)
        event.accept()

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Tab walks through the events; past the last one it leaves the chart.
        if self.hasFocus() and self.selection is not None and self.step(1 if next_ else -1):
            return True
        return super().focusNextPrevChild(next_)

    # -- zoom, pan and fit --------------------------------------------------------------
    @property
    def scale_x(self) -> float:
        return self.transform().m11()

    def min_scale(self) -> float:
        return self.viewport().width() / max(self.scene().sceneRect().width(), 1.0)

    def set_scale(self, scale: float, anchor_px: float | None = None) -> None:
        """Zoom so the date under ``anchor_px`` (viewport x) stays under it."""
        width = self.viewport().width()
        anchor = width / 2 if anchor_px is None else anchor_px
        t = self.viewportTransform()
        scene_x = (anchor - t.dx()) / t.m11()
        scale = min(max(scale, self.min_scale()), MAX_SCALE)
        self._quiet = True
        try:
            self.setTransform(QTransform.fromScale(scale, 1.0))
            self.scene().set_scale(scale)
            self.horizontalScrollBar().setValue(round(scene_x * scale - anchor))
        finally:
            self._quiet = False
        self.refresh_drawn()
        self.zoomed.emit()

    def refresh_drawn(self, force: bool = False) -> None:
        """Have the scene draw the events in view (and a screen around) one by one."""
        scene = self.scene()
        if self._quiet or scene is None:
            return
        scene.show_rect(self.mapToScene(self.viewport().rect()).boundingRect(), force)

    def zoom(self, factor: float, anchor_px: float | None = None) -> None:
        self.auto_fit = False
        if anchor_px is None:
            cursor = self.viewport().mapFromGlobal(self.cursor().pos())
            if self.viewport().rect().contains(cursor):
                anchor_px = cursor.x()
        self.set_scale(self.scale_x * factor, anchor_px)

    def zoom_step(self, factor: float) -> None:
        """A zoom step from the keyboard, the menu or the buttons: about the
        selected event, brought into the middle first if it is out of view;
        without a selection, about the mouse when it is over the chart."""
        events = self.scene().events
        current = self.selection.currentIndex() if self.selection is not None else None
        record = None
        if current is not None and current.isValid() and self._selected:
            record = events.get(current.data(EVENT_ID_ROLE))
        if record is None:
            self.zoom(factor)
            return
        centre = (record.x0 + record.x1) / 2
        anchor = self.mapFromScene(centre, 0).x()
        width = self.viewport().width()
        if not 0 <= anchor <= width:
            anchor = width / 2
            self.horizontalScrollBar().setValue(round(centre * self.scale_x - anchor))
        self.auto_fit = False
        self.set_scale(self.scale_x * factor, anchor)

    def zoom_to(self, x0: float, x1: float) -> None:
        """Show days [x0, x1) across the viewport, with room for the last title."""
        width = self.viewport().width()
        left, right = 24.0, min(200.0, width * 0.3)
        scale = (width - left - right) / max(x1 - x0, 1e-3)
        self.auto_fit = False
        self.set_scale(scale, 0)
        self.horizontalScrollBar().setValue(round(x0 * self.scale_x - left))
        self.zoomed.emit()

    def fit_all(self) -> None:
        """Every event in the width, and every title too: the scale leaves the
        latest events room for their titles, so none is cut at the right edge."""
        scene = self.scene()
        if not scene.events:
            return
        scene.flush()
        self._fitted = (scene.data_span, self.viewport().size())
        first, last = scene.data_span
        room = self.viewport().width() - FIT_LEFT - FIT_RIGHT
        self.set_scale(fit_scale(scene.title_frontier, first, last, room), 0)
        self.horizontalScrollBar().setValue(round(first * self.scale_x - FIT_LEFT))
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self.zoomed.emit()
        self.auto_fit = True

    def zoom_to_selection(self) -> None:
        events = self.scene().events
        records = [events[i] for i in self._selected if i in events]
        if not records:
            return
        x0, x1 = min(r.x0 for r in records), max(r.x1 for r in records)
        pad = max((x1 - x0) * 0.1, 3.0)
        self.zoom_to(x0 - pad, x1 + pad)
        self.ensureVisible(records[0].scene_rect(), 0, 20)

    def pan(self, fraction: float) -> None:
        self.auto_fit = False
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + round(self.viewport().width() * fraction))

    def _after_layout(self) -> None:
        if self.scene() is None:  # an export's view, let go of its scene
            return
        # Keep "fit all" true as events come and go, until the analyst zooms.
        if self.auto_fit and self.isVisible() and \
                self._fitted != (self.scene().data_span, self.viewport().size()):
            self.fit_all()
        self.refresh_drawn()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.auto_fit:
            self.fit_all()
        self.refresh_drawn(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_all()
        self.refresh_drawn()
