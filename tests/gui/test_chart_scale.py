"""The chart on thousands of events: items only for what is in view, all of it in exports."""

from __future__ import annotations

import datetime as dt
import random
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF

from gui.chart.chart_export import export_svg
from gui.chart.time_axis import day_x
from storage import Project
from storage.records import Tag
from temporal.dates import EventDate

START = dt.date(2022, 1, 1)


def open_chart(qtbot, project):
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow

    window = MainWindow(ProjectSession(project))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.right_tabs.setCurrentWidget(window.chart)
    qtbot.waitExposed(window)
    window.chart.scene.flush()
    return window


@pytest.fixture
def crowded(qtbot, tmp_path):
    """3,000 events over three years, days, months and weeks mixed."""
    rng = random.Random(5)
    project = Project(tmp_path / "crowded.sqlite")
    with project.change():
        for i in range(3000):
            day = START + dt.timedelta(days=rng.randrange(3 * 365))
            week = day.isocalendar()
            value = rng.choice([day.isoformat()] * 4 + [f"{day.year}-{day.month:02d}",
                                                         f"{week[0]}-W{week[1]:02d}"])
            project.events.add(f"Event {i}", EventDate.from_value(value),
                               tags=(Tag(rng.choice("abc"), "actor"),))
    window = open_chart(qtbot, project)
    yield window
    window.close()


def visible_rect(view) -> QRectF:
    return view.mapToScene(view.viewport().rect()).boundingRect()


def meets(record, rect: QRectF) -> bool:
    return record.x1 > rect.left() and record.x0 < rect.right() and \
        rect.top() <= record.y <= rect.bottom()


def zoom_to_fortnight(window, first: dt.date) -> None:
    window.chart.view.zoom_to(day_x(first), day_x(first) + 14)
    window.chart.scene.flush()


def assert_nothing_missing(window) -> None:
    """Every event drawn one by one in the view has its items, and they sit on it."""
    scene, rect = window.chart.scene, visible_rect(window.chart.view)
    for record in scene.events.values():
        if meets(record, rect) and not record.dense:
            graphic = scene.drawn.get(record.event_id)
            assert graphic is not None, record.row.title
            assert graphic.shape.isVisible() and graphic.y == record.y
            assert graphic.label.isVisible() == record.label_visible


def test_only_the_events_in_view_have_items(crowded):
    scene, view = crowded.chart.scene, crowded.chart.view
    assert len(scene.events) == 3000
    assert crowded.chart.status.text() == "3000 events"
    assert len(scene.drawn) < 1000  # fit all: the crowd is a density strip
    assert scene._strips  # ... one path item, standing for most events
    assert_nothing_missing(crowded)
    zoom_to_fortnight(crowded, dt.date(2023, 6, 1))
    assert view.scale_x > 15  # days apart
    assert 10 < len(scene.drawn) < 400
    assert len(scene.items()) < 1000
    assert_nothing_missing(crowded)
    area = visible_rect(view)
    area.adjust(-2 * area.width(), -2 * area.height(), 2 * area.width(), 2 * area.height())
    for graphic in scene.drawn.values():  # none far from the view
        assert meets(graphic.record, area) or graphic.record.x0 < area.left() < graphic.record.x1


def test_panning_brings_new_events_and_lets_the_old_ones_go(crowded):
    scene, view = crowded.chart.scene, crowded.chart.view
    zoom_to_fortnight(crowded, dt.date(2023, 3, 1))
    before = set(scene.drawn)
    bar = view.horizontalScrollBar()
    for _ in range(12):  # a screen at a time, as a drag or Shift+arrow would
        bar.setValue(bar.value() + view.viewport().width())
        assert_nothing_missing(crowded)
    after = set(scene.drawn)
    assert after - before and before - after
    assert len(after) < 400
    on_screen = [g for g in scene.drawn.values() if meets(g.record, visible_rect(view))]
    assert on_screen and all(g.label.scene() is scene for g in on_screen)


def test_an_event_selected_off_screen_in_the_table_scrolls_the_chart_and_is_drawn(crowded):
    scene, view = crowded.chart.scene, crowded.chart.view
    zoom_to_fortnight(crowded, dt.date(2022, 2, 1))
    far = next(r for r in sorted(scene.events.values(), key=lambda r: -r.x0)
               if r.point and r.event_id not in scene.drawn)
    crowded.select_event(far.event_id)
    assert crowded.current_event_id() == far.event_id
    assert visible_rect(view).contains(far.x0, far.y)
    graphic = scene.drawn[far.event_id]
    assert graphic.selected and graphic.shape.isVisible()
    assert_nothing_missing(crowded)


def test_a_selected_event_in_a_density_strip_is_drawn(crowded):
    scene = crowded.chart.scene
    crowded.chart.view.fit_all()
    dense = next(r for r in scene.events.values() if r.dense)
    assert dense.event_id not in scene.drawn
    crowded.select_event(dense.event_id)
    graphic = scene.drawn[dense.event_id]
    assert graphic.selected and graphic.shape.isVisible()
    crowded.timeline_selection().clear()
    assert dense.event_id not in scene.drawn


def test_editing_an_event_in_view_updates_its_items(crowded):
    from gui.commands.event_commands import EditEvent

    scene, session = crowded.chart.scene, crowded.session
    zoom_to_fortnight(crowded, dt.date(2023, 6, 1))
    graphic = next(g for g in scene.drawn.values() if g.label.isVisible())
    event_id = graphic.event_id
    session.push(EditEvent(session, event_id, "title", "Renamed in view"))
    scene.flush()
    assert scene.drawn[event_id].label.text() == "Renamed in view"
    session.undo_stack.undo()
    scene.flush()
    assert scene.drawn[event_id].label.text() != "Renamed in view"


def test_whole_timeline_export_draws_events_the_view_has_no_items_for(qtbot, tmp_path):
    project = Project(tmp_path / "monthly.sqlite")
    with project.change():
        for i in range(150):
            year, month = divmod(i, 12)
            project.events.add(f"M{i:03}", EventDate.from_value(f"{2010 + year}-{month + 1:02d}"))
    window = open_chart(qtbot, project)
    try:
        scene, view = window.chart.scene, window.chart.view
        window.chart.view.zoom_to(day_x(dt.date(2015, 3, 1)), day_x(dt.date(2015, 4, 1)))
        assert len(scene.drawn) < 10
        export_svg(view, tmp_path / "whole.svg", whole=True)
        texts = "".join(ET.parse(tmp_path / "whole.svg").getroot().itertext())
        assert all(f"M{i:03}" in texts for i in range(150))
        assert len(scene.drawn) < 10  # the analyst's view has its own items back
        assert_nothing_missing(window)
    finally:
        window.close()
