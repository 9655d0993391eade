"""Issue 15, point 7: Fit All shows every event of a twelve-year chronology readable.

The glance chronology (docs/glance_project.py: 44 events over 2014-2025, most in
2025) in the chart panel of the default window: after Fit All no event is in a
density strip, every title is drawn whole inside the panel's width, and no title
runs into another title or another event's bar or diamond.  The panel scrolls
down to the rows it has no height for.  Up to DEEP_STACK_EVENTS events rows stack
that deep (and a whole-timeline export holds them all); beyond, the density strip.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from docs.glance_project import EVENTS, add_events
from gui.chart import lanes
from gui.chart.chart_export import export_png
from gui.chart.chart_layout import DEEP_STACK_EVENTS, MAX_ROWS, compute
from gui.chart.chart_records import LABEL, Advances, EventRecord
from gui.session import ProjectSession
from gui.window.main_window import MainWindow
from storage import Project
from storage.records import TimelineRow
from temporal.dates import parse_date
from tests.helpers.gui_driving import action, chart_window


@pytest.fixture
def glance(qtbot, tmp_path):
    project = Project(tmp_path / "glance.sqlite")
    add_events(project)
    window = chart_window(qtbot, project)
    yield window
    window.close()


def _on_screen(view) -> dict[int, tuple[QRectF, list[QRectF]]]:
    """Event id -> (its title's rectangle, its bar's or diamond's), viewport pixels,
    for every event whose title is visibly drawn in the viewport now."""
    found = {}
    port = QRectF(view.viewport().rect())
    for event_id, graphic in view.scene().drawn.items():
        label = graphic.label
        if not label.isVisible():
            continue
        text = label.deviceTransform(view.viewportTransform()).mapRect(label.boundingRect())
        shape = graphic.shape.deviceTransform(view.viewportTransform()) \
            .mapRect(graphic.shape.boundingRect())
        if port.intersects(text) and text.top() >= 66:  # below the axis drawn over the top
            found[event_id] = (text, shape)
    return found


def test_fit_all_draws_every_title_without_overlap(glance, qtbot):
    view = glance.chart.view
    assert 450 <= view.viewport().width() <= 600
    action(glance, "actionFitAll").trigger()
    glance.chart.scene.flush()
    scene = view.scene()
    assert len(scene.events) == len(EVENTS)
    assert not [r for r in scene.events.values() if r.dense or not r.label_visible]
    assert not scene._strips
    # Walk down the rows a screen at a time, as the scroll bar would.
    bar, seen = view.verticalScrollBar(), {}
    while True:
        qtbot.wait(1)
        for event_id, (text, shape) in _on_screen(view).items():
            assert 0 <= text.left() and text.right() <= view.viewport().width(), \
                scene.events[event_id].row.title
            seen[event_id] = (text.translated(0, bar.value()), shape.translated(0, bar.value()))
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + view.viewport().height() // 2)
    assert set(seen) == set(scene.events)  # every title seen drawn
    items = list(seen.items())
    for i, (a, (text_a, shape_a)) in enumerate(items):
        for b, (text_b, shape_b) in items[i + 1:]:
            assert not text_a.intersects(text_b), (a, b)
            assert not text_a.intersects(shape_b.adjusted(1, 1, -1, -1)), (a, b)
            assert not text_b.intersects(shape_a.adjusted(1, 1, -1, -1)), (a, b)


def _records(count: int) -> list:
    """``count`` day events in one week, each with a long title: no two share a row."""
    advances = Advances(QApplication.font())
    rows = [TimelineRow(i, f"Shelling of the eastern suburbs, report {i}",
                        f"2025-06-{23 + i % 7:02}", "", 0, "") for i in range(count)]
    return [EventRecord(row, advances, lanes.lane_key(row, lanes.NONE)) for row in rows]


def test_a_few_hundred_events_stack_deep_and_more_crowd_into_a_strip(qtbot):
    few = compute(_records(DEEP_STACK_EVENTS), lanes.NONE, {}, 1.0)
    assert not few.strips and all(mode & LABEL for mode in few.modes)
    assert len(set(few.ys)) > MAX_ROWS  # as deep as the titles need
    many = compute(_records(DEEP_STACK_EVENTS + 1), lanes.NONE, {}, 1.0)
    assert many.strips and len(set(many.ys)) <= MAX_ROWS  # beyond: the density strip


def test_whole_export_holds_every_row_of_a_deep_stack(qtbot, tmp_path):
    project = Project(tmp_path / "deep.sqlite")
    for i in range(DEEP_STACK_EVENTS):
        project.events.add(f"Report {i} of shelling in the eastern suburbs",
                           parse_date("2025-06-28"))  # one day: a row each
    window = MainWindow(ProjectSession(project))
    qtbot.addWidget(window)
    window.show()
    window.right_tabs.setCurrentWidget(window.chart)
    qtbot.waitExposed(window)
    scene = window.chart.scene
    scene.flush()
    size = export_png(window.chart.view, tmp_path / "deep.png", whole=True)
    image = QImage(str(tmp_path / "deep.png"))
    assert image.height() == size.height() >= 66 + DEEP_STACK_EVENTS * 24  # every row
    dark = [y for y in range(image.height() - 4, image.height()) for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 140]
    assert not dark  # no row cut off at the bottom
    window.close()
