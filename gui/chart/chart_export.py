"""The chart as a PNG or an SVG file, for reports.

"Current view" is exactly what the analyst sees (the viewport's size).
"Whole timeline" renders through a second, hidden view of the same scene,
fitted to all events and tall enough for all their rows, so the analyst's own
zoom and scroll position are left alone.  That view asks the scene for the
items of every event in its picture (the analyst's view only has those near
what it shows), and the analyst's view gets its own back afterwards.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

MAX_HEIGHT = 16000  # a deep stack of a few hundred rows (chart_layout), with lanes


@contextlib.contextmanager
def _source(view, whole: bool, width: int | None = None):
    """The view to render from, and the size of the picture."""
    view.scene().flush()
    if not whole:
        yield view, view.viewport().size()
        return
    from gui.chart.chart_view import ChartView

    scene = view.scene()
    hidden = ChartView(scene)
    hidden.setAttribute(Qt.WA_DontShowOnScreen)
    hidden.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    hidden.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    width = width or max(view.viewport().width(), 900)
    try:
        hidden.resize(width, max(view.viewport().height(), 300))
        hidden.show()
        hidden.fit_all()
        height = int(min(max(scene.sceneRect().height(), 300), MAX_HEIGHT))
        hidden.resize(width, height)
        hidden.fit_all()
        hidden.refresh_drawn(True)  # every event in the picture drawn, not only those in view
        yield hidden, hidden.viewport().size()
    finally:
        hidden.hide()
        hidden.setScene(None)
        hidden.deleteLater()
        scene.set_scale(view.scale_x)  # the analyst's view gets its own layout back
        view.refresh_drawn(True)


def _paint(view, painter: QPainter, size: QSize) -> None:
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
    view.render(painter, QRectF(0, 0, size.width(), size.height()),
                QRect(0, 0, size.width(), size.height()))


def export_png(view, path: str | Path, whole: bool = False, width: int | None = None) -> QSize:
    """``width``: of a whole-timeline picture (default: the view's, at least 900)."""
    with _source(view, whole, width) as (source, size):
        image = QImage(size, QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.white)
        painter = QPainter(image)
        try:
            _paint(source, painter, size)
        finally:
            painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"Could not write {path}.")
    return size


def export_svg(view, path: str | Path, whole: bool = False, width: int | None = None) -> QSize:
    with _source(view, whole, width) as (source, size):
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle("Timeline")
        generator.setDescription("Exported from Timeline Annotator")
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"Could not write {path}.")
        try:
            _paint(source, painter, size)
        finally:
            painter.end()
    return size


def export(view, path: str | Path, whole: bool = False) -> QSize:
    """By the file's suffix: .svg is a drawing, anything else a PNG."""
    if Path(path).suffix.lower() == ".svg":
        return export_svg(view, path, whole)
    return export_png(view, path, whole)
