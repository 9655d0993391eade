"""Issue 15, point 7: the chart at a glance.

Twelve years of events, most of them in the last one, in the default window:
Fit All leaves every title whole (none cut at the right edge), the exported
whole timeline too, an overview strip shows every event and zooms the chart
to a stretch dragged across it, and keyboard zoom keeps the selected event
where it is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from gui.chart.chart_export import export_png
from gui.chart.time_axis import day_x
from storage import Project
from temporal.dates import parse_date
from tests.helpers.gui_driving import action, chart_window


@pytest.fixture
def crowded_2025(qtbot, tmp_path):
    project = Project(tmp_path / "glance.sqlite")
    ids = {}
    for year in range(2014, 2025):
        ids[year] = project.events.add(f"Yearly review of the harbour, {year}",
                                       parse_date(f"{year}-06-01"))
    for n in range(1, 29):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=9 * n)
        ids[day] = project.events.add(
            f"Round {n} of the talks on the maritime truce ends without any agreement "
            "on the grain corridor", parse_date(day.isoformat()))
    window = chart_window(qtbot, project)
    window.ids = ids
    yield window
    window.close()


def _title_ends(view) -> list[float]:
    """Viewport x where each drawn title ends."""
    scale = view.scale_x
    ends = []
    for record in view.scene().events.values():
        if record.label_visible and not record.dense and not record.inside:
            end = record.extent(scale).label_end
            ends.append(view.mapFromScene(end, record.y).x())
    return ends


def test_fit_all_cuts_no_title(crowded_2025, qtbot):
    view = crowded_2025.chart.view
    assert 450 <= view.viewport().width() <= 600  # the panel the issue measured
    action(crowded_2025, "actionFitAll").trigger()
    crowded_2025.chart.scene.flush()
    ends = _title_ends(view)
    assert ends and max(ends) <= view.viewport().width()
    first = view.mapFromScene(day_x(dt.date(2014, 6, 1)), 0).x()
    assert 0 <= first < 60  # the first event at the left, not pushed into the middle


def test_whole_timeline_export_cuts_no_title(crowded_2025, tmp_path):
    size = export_png(crowded_2025.chart.view, tmp_path / "whole.png", whole=True)
    image = QImage(str(tmp_path / "whole.png"))
    assert (image.width(), image.height()) == (size.width(), size.height())
    dark = [y for y in range(80, image.height()) for x in range(image.width() - 3, image.width())
            if image.pixelColor(x, y).lightness() < 140]
    assert not dark  # no title's letters run into the right edge


def test_overview_shows_every_event_and_zooms_to_a_stretch(crowded_2025, qtbot):
    overview = crowded_2025.chart.overview
    assert overview.isVisible()
    assert sum(overview.counts().values()) == len(crowded_2025.ids)
    left = overview.to_px(day_x(dt.date(2025, 1, 1)))
    right = overview.to_px(day_x(dt.date(2025, 12, 31)))
    y = overview.height() // 2
    qtbot.mousePress(overview, Qt.LeftButton, pos=QPoint(round(left), y))
    qtbot.mouseMove(overview, QPoint(round((left + right) / 2), y))
    qtbot.mouseMove(overview, QPoint(round(right), y))
    qtbot.mouseRelease(overview, Qt.LeftButton, pos=QPoint(round(right), y))
    shown = overview.shown()
    assert shown[0] <= day_x(dt.date(2025, 1, 10)) and shown[1] >= day_x(dt.date(2025, 12, 1))
    assert shown[1] - shown[0] < 3 * 365  # zoomed in on 2025, not twelve years


def test_keyboard_zoom_keeps_the_selected_event_in_place(crowded_2025, qtbot):
    view = crowded_2025.chart.view
    target = crowded_2025.ids[dt.date(2025, 1, 1) + dt.timedelta(days=9 * 20)]
    crowded_2025.select_event(target)
    record = crowded_2025.chart.scene.events[target]
    centre = (record.x0 + record.x1) / 2
    before, scale = view.mapFromScene(centre, 0).x(), view.scale_x
    assert 0 <= before <= view.viewport().width()
    action(crowded_2025, "actionZoomIn").trigger()
    action(crowded_2025, "actionZoomIn").trigger()
    assert view.scale_x > scale * 1.5
    assert abs(view.mapFromScene(centre, 0).x() - before) <= 2
