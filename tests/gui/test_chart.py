"""The Chart tab, driven through the real main window."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QApplication

from gui.chart.chart_export import export_png, export_svg
from gui.chart.time_axis import day_x
from storage import Project
from storage.tags import parse_tags
from temporal.dates import EventDate

# Our own fixture text: the events' passages sit far apart so that selecting
# one must scroll the article.
ARTICLE = ("Dock workers weigh next steps\n\n"
           "The dock workers' union first walked out in November. "
           + "Background paragraph without any dates at all.\n\n" * 120
           + "Shelling hit the port over the weekend, officials said. "
           + "Filler sentence about cranes and cargo.\n\n" * 120
           + "On Tuesday the union called the ministry.")
SEED = (("November strike", "2024-11", "actor:Union, place:Port", "walked out in November"),
        ("weekend barrage", "2025-W26-WE", "actor:Army, place:Port", "over the weekend"),
        ("Tuesday call", "2025-07-01", "actor:Union", "On Tuesday the union called"))


@pytest.fixture
def chart_window(qtbot, tmp_path):
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow

    project = Project(tmp_path / "chart.sqlite")
    article = project.articles.add(ARTICLE, title="Dock workers weigh next steps",
                                   published="2025-07-02")
    ids = {}
    for title, value, tags, quote in SEED:
        ids[title] = project.events.add(title, EventDate.from_value(value),
                                        tags=parse_tags(tags))
        start = ARTICLE.index(quote)
        project.annotations.add(article, ids[title], start, start + len(quote))
    window = MainWindow(ProjectSession(project))
    qtbot.addWidget(window)
    window.show()
    window.right_tabs.setCurrentWidget(window.chart)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.article_view.article is not None)
    window.chart.scene.flush()
    window.ids = ids
    yield window
    window.close()


def graphic(window, title):
    """The event's record: where it is, whether it is selected (drawn or not)."""
    return window.chart.scene.events[window.ids[title]]


def drawn(window, title):
    """The event's graphics items, which exist while it is in (or near) the view."""
    return window.chart.scene.drawn[window.ids[title]]


def viewport_point(window, title) -> QPoint:
    view, g = window.chart.view, drawn(window, title)
    return view.mapFromScene(g.shape.scenePos().x() if g.point else (g.x0 + g.x1) / 2, g.y)


def screen_rects(window):
    """Viewport rectangles of every drawn shape and visible title."""
    view = window.chart.view
    rects = []
    for g in window.chart.scene.drawn.values():
        for item in (g.shape, g.label):
            if item.isVisible():
                transform = item.deviceTransform(view.viewportTransform())
                rects.append((g.row.title, item is g.label, transform.mapRect(item.boundingRect())))
    return rects


def assert_titles_readable(window):
    rects = screen_rects(window)
    labels = [(title, rect) for title, is_label, rect in rects if is_label]
    assert {title for title, _ in labels} == {title for title, *_ in SEED}
    for title, rect in labels:
        assert window.chart.view.viewport().rect().contains(rect.toAlignedRect())
        for other, _, other_rect in rects:
            if (other, other_rect) != (title, rect):
                assert not rect.adjusted(1, 1, -1, -1).intersects(other_rect), (title, other)


def zoom_to_days(window, first, last):
    window.chart.view.zoom_to(day_x(first), day_x(last) + 1)
    window.chart.scene.flush()


def test_events_sit_where_their_dates_are(chart_window):
    nov, weekend, call = (graphic(chart_window, t) for t, *_ in SEED)
    bar = drawn(chart_window, "November strike").shape
    assert bar.rect().left() == day_x(dt.date(2024, 11, 1))
    assert bar.rect().right() == day_x(dt.date(2024, 12, 1))  # the month bar spans November
    assert (weekend.x0, weekend.x1) == (day_x(dt.date(2025, 6, 28)), day_x(dt.date(2025, 6, 30)))
    assert call.point and not nov.point and not weekend.point
    view = chart_window.chart.view
    xs = [view.mapFromScene(g.x0, g.y).x() for g in (nov, weekend, call)]
    assert xs[0] < xs[1] < xs[2]  # later dates further right, on screen too
    assert chart_window.chart.status.text() == "3 events"


def test_readable_at_fit_all_and_at_day_zoom(chart_window):
    view = chart_window.chart.view
    chart_window.findChild(QAction, "actionFitAll").trigger()
    chart_window.chart.scene.flush()
    assert_titles_readable(chart_window)
    zoom_to_days(chart_window, dt.date(2025, 6, 25), dt.date(2025, 7, 3))
    assert view.scale_x > 25  # about a day per tick
    nov = graphic(chart_window, "November strike")
    assert not view.viewport().rect().intersects(view.mapFromScene(nov.scene_rect()).boundingRect())
    shown = [t for t, is_label, r in screen_rects(chart_window)
             if is_label and view.viewport().rect().intersects(r.toAlignedRect())]
    assert sorted(shown) == ["Tuesday call", "weekend barrage"]


def test_selecting_in_the_chart_selects_in_the_table_and_scrolls_the_article(chart_window, qtbot):
    view = chart_window.chart.view
    chart_window.article_view.verticalScrollBar().setValue(0)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton,
                     pos=viewport_point(chart_window, "Tuesday call"))
    event_id = chart_window.ids["Tuesday call"]
    assert chart_window.current_event_id() == event_id
    rows = chart_window.timeline_table.selectionModel().selectedRows()
    assert [index.data() for index in rows] == ["1 Jul 2025"]
    assert chart_window.event_panel.title.text() == "Tuesday call"
    assert chart_window.article_view.verticalScrollBar().value() > 0
    assert graphic(chart_window, "Tuesday call").selected


def test_selecting_in_the_table_selects_in_the_chart(chart_window, qtbot):
    chart_window.right_tabs.setCurrentIndex(0)
    table = chart_window.timeline_table
    index = chart_window.timeline_proxy.index(0, 1)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(index).center())
    assert graphic(chart_window, "November strike").selected
    assert not graphic(chart_window, "Tuesday call").selected
    chart_window.select_event(chart_window.ids["weekend barrage"])
    assert graphic(chart_window, "weekend barrage").selected
    assert not graphic(chart_window, "November strike").selected


def drag(qtbot, view, start: QPoint, dx: int) -> None:
    qtbot.mousePress(view.viewport(), Qt.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(view.viewport(), pos=start + QPoint(dx * step // 4, 0))
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, pos=start + QPoint(dx, 0))


def test_dragging_a_day_one_day_right_is_one_undoable_edit(chart_window, qtbot):
    zoom_to_days(chart_window, dt.date(2025, 6, 25), dt.date(2025, 7, 5))
    view, session = chart_window.chart.view, chart_window.session
    event_id = chart_window.ids["Tuesday call"]
    start = viewport_point(chart_window, "Tuesday call")
    steps = session.undo_stack.count()
    qtbot.mousePress(view.viewport(), Qt.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=start + QPoint(round(view.scale_x * 0.6), 0))
    qtbot.mouseMove(view.viewport(), pos=start + QPoint(round(view.scale_x), 0))
    assert view.drag_preview[2] == "2 Jul 2025"  # shown live, not saved yet
    assert session.project.events.get(event_id).date.value == "2025-07-01"
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, pos=start + QPoint(round(view.scale_x), 0))
    assert session.project.events.get(event_id).date.value == "2025-07-02"
    assert session.undo_stack.count() == steps + 1
    chart_window.chart.scene.flush()
    assert graphic(chart_window, "Tuesday call").x0 == day_x(dt.date(2025, 7, 2))
    chart_window.findChild(QAction, "actionUndo").trigger()
    assert session.project.events.get(event_id).date.value == "2025-07-01"
    assert graphic(chart_window, "Tuesday call").x0 == day_x(dt.date(2025, 7, 1))


def test_dragging_a_month_moves_it_by_whole_months(chart_window, qtbot):
    view = chart_window.chart.view
    view.set_scale(4.0, 0)  # about 120 px a month
    view.centerOn(day_x(dt.date(2024, 12, 1)), graphic(chart_window, "November strike").y)
    start = viewport_point(chart_window, "November strike")
    drag(qtbot, view, start, round(view.scale_x * 35))
    event_id = chart_window.ids["November strike"]
    assert chart_window.session.project.events.get(event_id).date.value == "2024-12"


def test_keys_step_through_events_in_time_order(chart_window, qtbot):
    view = chart_window.chart.view
    chart_window.timeline_selection().clear()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Right)
    assert chart_window.current_event_id() == chart_window.ids["November strike"]
    qtbot.keyClick(view, Qt.Key_Right)
    assert chart_window.current_event_id() == chart_window.ids["weekend barrage"]
    qtbot.keyClick(view, Qt.Key_Tab)
    assert chart_window.current_event_id() == chart_window.ids["Tuesday call"]
    qtbot.keyClick(view, Qt.Key_Backtab, Qt.ShiftModifier)
    qtbot.keyClick(view, Qt.Key_Left)
    assert chart_window.current_event_id() == chart_window.ids["November strike"]


def test_double_click_opens_the_event_for_editing(chart_window, qtbot):
    view = chart_window.chart.view
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton,
                      pos=viewport_point(chart_window, "weekend barrage"))
    assert chart_window.current_event_id() == chart_window.ids["weekend barrage"]
    assert QApplication.focusWidget() is chart_window.event_panel.title


def test_zoom_keeps_the_date_under_the_cursor_and_fit_all_shows_everything(chart_window, qtbot):
    view = chart_window.chart.view
    fitted = view.scale_x
    anchor = 300
    before = view.mapToScene(anchor, 100).x()
    view.zoom(2.0, anchor)
    assert view.scale_x == pytest.approx(2 * fitted)
    assert view.mapToScene(anchor, 100).x() == pytest.approx(before, abs=1 / view.scale_x)
    chart_window.findChild(QAction, "actionZoomOut").trigger()
    assert view.scale_x < 2 * fitted
    chart_window.findChild(QAction, "actionFitAll").trigger()
    assert view.scale_x == pytest.approx(fitted)
    chart_window.select_event(chart_window.ids["Tuesday call"])
    chart_window.findChild(QAction, "actionZoomToSelection").trigger()
    assert view.scale_x > 20


def test_filter_and_new_events_update_the_chart_incrementally(chart_window, qtbot):
    from gui.commands.event_commands import CreateEvent

    scene = chart_window.chart.scene
    kept = graphic(chart_window, "November strike")
    chart_window.timeline_filter.setText("union")
    scene.flush()
    assert {g.row.title for g in scene.events.values()} == {"November strike", "Tuesday call"}
    chart_window.timeline_filter.clear()
    session = chart_window.session
    session.push(CreateEvent(session, "Union vote", EventDate.from_value("2025-Q3"),
                             tags=parse_tags("actor:Union")))
    scene.flush()
    assert len(scene.events) == 4
    assert graphic(chart_window, "November strike") is kept  # not rebuilt


def test_lanes_by_actor(chart_window):
    chooser, scene = chart_window.chart.lanes, chart_window.chart.scene
    chooser.setCurrentIndex(chooser.findData("actor"))
    scene.flush()
    assert [band.lane.title for band in scene.bands] == ["Army", "Union"]
    bands = {band.lane.title: band for band in scene.bands}
    for title, lane in (("November strike", "Union"), ("weekend barrage", "Army"),
                        ("Tuesday call", "Union")):
        band = bands[lane]
        assert band.top < graphic(chart_window, title).y < band.top + band.height
    chooser.setCurrentIndex(chooser.findData("article"))
    scene.flush()
    assert [band.lane.title for band in scene.bands] == [
        "Dock workers weigh next steps (2025-07-02)"]


def test_published_date_of_the_article_is_marked(chart_window):
    references = chart_window.chart.scene.references
    assert references == [(day_x(dt.date(2025, 7, 2)) + 0.5,
                           "Published: Dock workers weigh next steps")]


def test_exports_are_files_of_the_views_size(chart_window, tmp_path):
    view = chart_window.chart.view
    size = view.viewport().size()
    export_png(view, tmp_path / "chart.png")
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull() and image.size() == size
    assert len({image.pixel(x, 80) for x in range(0, size.width(), 3)}) > 3  # not blank
    export_svg(view, tmp_path / "chart.svg")
    root = ET.parse(tmp_path / "chart.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == f"0 0 {size.width()} {size.height()}"
    texts = "".join(root.itertext())
    assert "Tuesday call" in texts and "weekend barrage" in texts
    whole = export_png(view, tmp_path / "whole.png", whole=True)
    assert QImage(str(tmp_path / "whole.png")).size() == whole
    assert whole.width() >= size.width()
    assert view.scale_x > 0 and chart_window.chart.scene.events


def test_wheel_zooms_and_dragging_the_background_pans(chart_window, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    view = chart_window.chart.view
    fitted = view.scale_x
    at = QPointF(200, 250)
    wheel = QWheelEvent(at, view.viewport().mapToGlobal(at), QPoint(), QPoint(0, 240),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    before = view.mapToScene(at.toPoint()).x()
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_x == pytest.approx(fitted * 1.25 ** 2)
    assert view.mapToScene(at.toPoint()).x() == pytest.approx(before, abs=1 / view.scale_x)
    bar = view.horizontalScrollBar()
    value = bar.value()
    empty = QPoint(view.viewport().width() // 2, view.viewport().height() - 10)
    assert view._event_at(empty) is None
    drag(qtbot, view, empty, -120)
    assert bar.value() == value + 120
    assert chart_window.current_event_id() is None
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Right, Qt.ShiftModifier)
    assert bar.value() > value + 120
