"""How the chart's scale and scroll follow the analyst and the data.

A mixin of ChartView.  The x scale (pixels per day) is the view's transform,
the scene's item geometry follows it (``ChartScene.set_scale``), and until the
analyst zooms or pans by hand (``auto_fit``) the view keeps every event in
sight as events come and go and as the window is resized.  The scene draws
one by one only the events in the rectangle a view shows: after every
scroll, zoom and resize the view tells it that rectangle (``refresh_drawn``),
and events are otherwise looked up as records.
"""

from __future__ import annotations

from PySide6.QtGui import QTransform

MAX_SCALE = 400.0  # pixels per day
ZOOM_STEP = 1.25


class ZoomPan:
    """Zoom, pan and fit for ChartView; it emits the view's ``zoomed``."""

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
        if not self.scene().events:
            return
        self._fitted = (self.scene().data_span, self.viewport().size())
        self.zoom_to(*self.scene().data_span)
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
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
