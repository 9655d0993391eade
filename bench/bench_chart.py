"""Benchmark the timeline chart on a large synthetic project.

Run as ``QT_QPA_PLATFORM=offscreen python bench/bench_chart.py [--events N]``.

Prints the time to build the chart's scene for N events (default 10,000), to
paint it, and to take one zoom step, one pan step and one edit.  Items exist
only for the events drawn near the view, so pans and zoom-outs that reach
past them create some: the worst of a run of such steps is printed too.  For scale,
the same run times a plain QTableView over the same model (build and first
paint): the chart should cost the same order of magnitude, not a hundred
times more.  Zoom steps are timed in the common case (within one half power
of two, where no event is touched) and when they cross one, re-stacking rows.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableView

from gui.chart.chart_scene import ChartScene
from gui.chart.chart_view import ChartView
from gui.commands.event_commands import EditEvent
from gui.session import ProjectSession
from gui.timeline.timeline_filter import TimelineFilter
from gui.timeline.timeline_model import TimelineModel
from storage import Project
from storage.records import Tag
from temporal.dates import EventDate, Precision

WORDS = ("talks", "strike", "convoy", "ceasefire", "visit", "vote", "protest", "shelling",
         "summit", "report", "raid", "blackout", "appeal", "deal", "hearing", "drill")
ACTORS = ("ministry", "union", "army", "council", "court", "mayor", "envoy", "agency")


def synthetic_project(path: Path, count: int, seed: int = 7) -> Project:
    rng = random.Random(seed)
    project = Project(path)
    start = dt.date(2020, 1, 1)
    precisions = [Precision.DAY] * 6 + [Precision.WEEK, Precision.WEEKEND, Precision.MONTH,
                                        Precision.QUARTER, Precision.YEAR]
    with project.change():
        for i in range(count):
            day = start + dt.timedelta(days=rng.randrange(5 * 365))
            date = EventDate.from_span(day, day, Precision.DAY)
            precision = rng.choice(precisions)
            if precision is not Precision.DAY:
                date = EventDate.from_value({
                    Precision.WEEK: f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}",
                    Precision.WEEKEND: f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}-WE",
                    Precision.MONTH: f"{day.year}-{day.month:02d}",
                    Precision.QUARTER: f"{day.year}-Q{(day.month + 2) // 3}",
                    Precision.YEAR: f"{day.year}"}[precision])
            title = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} #{i}"
            project.events.add(title, date, tags=(Tag(rng.choice(ACTORS), "actor"),))
    return project


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000)
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-chart-"))
    t0 = time.perf_counter()
    project = synthetic_project(folder / "bench.sqlite", args.events)
    session = ProjectSession(project)
    model = TimelineModel(session)
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    print(f"{args.events} synthetic events ready in {time.perf_counter() - t0:.2f} s")

    def build_table():
        table = QTableView()
        table.setModel(proxy)
        table.resize(1000, 600)
        table.show()
        table.viewport().repaint()
        build_table.widget = table

    table_s = timed(build_table)
    build_table.widget.close()

    def build_scene():
        build_scene.scene = ChartScene(proxy, session)
        build_scene.scene.layout()

    scene_s = timed(build_scene)
    scene = build_scene.scene
    view = ChartView(scene)
    view.resize(1000, 600)

    def first_paint():
        view.show()
        app.processEvents()
        view.fit_all()
        view.viewport().repaint()
    first_s = timed(first_paint)
    first_drawn = len(scene.drawn)
    paint_fit_s = timed(lambda: view.viewport().repaint(), 3)

    def zoom_step():
        view.zoom(1.02, 500)
        view.viewport().repaint()
    steps = []
    for _ in range(20):  # 1.02 ** 20 < 1.5: mostly within one step of the layout
        steps.append(timed(zoom_step))
    scale_before = view.scale_x

    def cross():
        view.set_scale(view.scale_x * 1.5, 500)
        view.viewport().repaint()
    cross_s = timed(cross)
    view.set_scale(scale_before, 500)
    cached_s = timed(cross)
    view.zoom_to(scene.data_span[0] + 400, scene.data_span[0] + 430)  # about a month
    paint_month_s = timed(lambda: view.viewport().repaint(), 3)
    bar = view.horizontalScrollBar()

    def pan():
        bar.setValue(bar.value() + 100)
        view.viewport().repaint()
    pan_s = statistics.median(timed(pan) for _ in range(10))

    def pan_screen():
        bar.setValue(bar.value() + view.viewport().width())
        view.viewport().repaint()
    pan_screens = [timed(pan_screen) for _ in range(20)]
    out_steps = [timed(lambda: (view.zoom(1 / 1.25, 500), view.viewport().repaint()))
                 for _ in range(8)]
    view.zoom_to(scene.data_span[0] + 400, scene.data_span[0] + 430)
    event_id = next(iter(scene.drawn))  # an event in view
    shifted = scene.events[event_id].date.shifted(1)

    def edit():
        session.push(EditEvent(session, event_id, "date", shifted))
        scene.layout()
        view.viewport().repaint()
    edit_s = timed(edit)

    def ms(seconds):
        return f"{1000 * seconds:8.1f} ms"
    print(f"  reference: QTableView build + first paint   {ms(table_s)}")
    print(f"  chart scene build ({len(scene.events)} events, "
          f"{len(scene.items())} items)    {ms(scene_s)}   "
          f"({scene_s / table_s:.1f}x the table)")
    print(f"  view shown, fitted, first paint         {ms(first_s)}   "
          f"({first_drawn} events drawn one by one)")
    print(f"  paint, all events in view (fit all)     {ms(paint_fit_s)}")
    print(f"  paint, about one month in view          {ms(paint_month_s)}")
    print(f"  zoom step (median, same layout step)    {ms(statistics.median(steps))}")
    print(f"  zoom step re-stacking rows (new layout) {ms(cross_s)}")
    print(f"  zoom step re-stacking rows (cached)     {ms(cached_s)}")
    print(f"  pan step (median)                       {ms(pan_s)}")
    print(f"  pan a screen (median / worst of 20)     {ms(statistics.median(pan_screens))} / "
          f"{ms(max(pan_screens))}")
    print(f"  zoom-out step from a month (med/worst)  {ms(statistics.median(out_steps))} / "
          f"{ms(max(out_steps))}")
    print(f"  one edit (EditEvent, re-stack, paint)   {ms(edit_s)}")
    view.close()
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
