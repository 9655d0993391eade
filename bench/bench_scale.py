"""Scale benchmark (issue 6): a year of reading, 10,000 articles and 100,000 events.

    python bench/bench_scale.py [--project P.sqlite] [--runs 5] [--skip-import]

Generates the project with bench/generate_project.py if it is missing, then
prints each target's figure as median (min–max) of several runs:

* start-up: ``python main.py P --quit-after-paint`` as a whole process, to the
  first paint of the timeline (and to exit), with the process's peak RSS;
* typing in the timeline filter (a word, a tag) and in the article search
  (FTS5), keystroke to repainted view;
* selecting a 1,500-word article (text, highlights, expressions, suggestions);
* CSV export of every event against ``sqlite3 -csv`` dumping the same rows,
  as a ratio measured in the same run;
* importing 1,000 article files through ``window.importer.import_files``,
  with the longest gap between 10 ms QTimer ticks (a GUI-thread stall);
* with ``--with-chart`` (or ``--only chart``): showing the Chart tab, tab
  switch to the chart's first paint, with the resident memory it adds, then a
  zoom step and a pan step on the whole project.

The machine is shared, so medians and ranges; ratios are taken in one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT = Path(tempfile.gettempdir()) / "timeline-scale" / "scale.sqlite"


def figure(values: list[float], unit: str = "ms", scale: float = 1000.0) -> str:
    values = [v * scale for v in values]
    return (f"{statistics.median(values):.0f} {unit} "
            f"({min(values):.0f}–{max(values):.0f}, n={len(values)})")


def isolated_env(home: Path) -> dict:
    """Settings, recent files and the app-data folder of the runs stay in ``home``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    return env


def without_chart() -> None:
    """Replace the Chart tab by an empty one, to tell its cost from the rest's.

    Only for measuring: the chart (gui/chart, another piece of work) builds
    one graphics item per event when the window opens and follows every
    filter change, which at 100,000 events outweighs everything else.
    """
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    import gui.window.main_window

    class NoChart(QWidget):
        editRequested = Signal(int)
        showRequested = Signal()
        failed = Signal(str, str)

        def __init__(self, session, model, selection, actions=None, parent=None):
            super().__init__(parent)
            self.view = QWidget(self)
            self.view.picked = self.editRequested  # never emitted

        def set_current_article(self, _article_id) -> None:
            pass

    gui.window.main_window.ChartPanel = NoChart


def startup(project: Path, runs: int, home: Path, chart: bool = True) -> None:
    """Whole process: spawn → "first paint" on stdout (quit_after_first_paint) → exit."""
    env = isolated_env(home)
    painted, exited, peaks = [], [], []
    patch = "" if chart else "import bench.bench_scale as b; b.without_chart(); "
    command = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); {patch}"
               f"import main; sys.exit(main.run([{str(project)!r}, '--quit-after-paint']))"]
    for run in range(runs + 1):  # the first run warms the OS cache and makes the backup
        began = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = proc.stdout.readline()
        paint = time.perf_counter() - began
        proc.stdout.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if run == 0:
            continue
        if line.strip() != "first paint":
            print(f"  run {run}: no first paint (exit {proc.returncode})")
            continue
        painted.append(paint)
        exited.append(time.perf_counter() - began)
        peaks.append(usage.ru_maxrss * 1024)
    if painted:
        label = "" if chart else " (no chart)"
        print(f"start-up to first paint{label}: {figure(painted)}   target ≤ 1000 ms")
        print(f"start-up to exit{label}:        {figure(exited)}")
        print(f"peak RSS of the GUI{label}:     {figure(peaks, 'MB', 1e-6)}   target ≤ 300 MB")


def keystrokes(app, line_edit, text: str) -> list[float]:
    """Seconds from each key press to the repainted view (events processed)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    line_edit.clear()
    app.processEvents()
    times = []
    for char in text:
        began = time.perf_counter()
        # QTest.keyClicks only knows ASCII; any other letter goes as a key event's text.
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            app.sendEvent(line_edit, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))
        app.processEvents()
        times.append(time.perf_counter() - began)
    for _ in text:
        began = time.perf_counter()
        QTest.keyClick(line_edit, Qt.Key_Backspace)
        app.processEvents()
        times.append(time.perf_counter() - began)
    return times


def rss_bytes() -> int:
    """Resident memory of this process now (not the peak)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def chart_tab(app, window) -> None:
    """The Chart tab shown for the first time: to its first paint, and the memory it adds."""
    import gc

    from PySide6.QtCore import QEvent, QObject

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint:
                Painted.seen = True
            return False

    window.timeline_model._ensure_complete()
    app.processEvents()
    gc.collect()
    before = rss_bytes()
    view = window.chart.view
    watcher = Painted()
    view.viewport().installEventFilter(watcher)
    began = time.perf_counter()
    window.right_tabs.setCurrentWidget(window.chart)
    while not Painted.seen and time.perf_counter() - began < 120:
        app.processEvents()
    shown = time.perf_counter() - began
    view.viewport().removeEventFilter(watcher)
    app.processEvents()
    gc.collect()
    added = rss_bytes() - before
    scene = window.chart.scene
    print(f"chart tab, switch to first paint:        {shown * 1000:.0f} ms   target ≤ 1500 ms")
    print(f"chart tab, resident memory added:        {added / 1e6:.0f} MB   target ≤ 150 MB "
          f"({len(scene.items())} items for {window.chart.status.text()})")

    def timed(step) -> float:
        began = time.perf_counter()
        step()
        view.viewport().repaint()
        return time.perf_counter() - began
    xs = sorted(record.x0 for record in scene.events.values())
    busiest = xs[len(xs) // 2] if xs else 0.0  # zoom in where the events are
    zooms = [timed(lambda: view.zoom(1.25, view.mapFromScene(busiest, 0).x()))
             for _ in range(24)]
    bar = view.horizontalScrollBar()
    pans = [timed(lambda: bar.setValue(bar.value() + 100)) for _ in range(10)]
    print(f"chart zoom step (×1.25, 100k events):    {figure(zooms)}, worst "
          f"{max(zooms) * 1000:.0f} ms")
    print(f"chart pan step (100 px, zoomed in):      {figure(pans)}   "
          f"({len(scene.items())} items now)")
    times = keystrokes(app, window.timeline_filter, "strike")  # the chart follows the filter
    print(f"timeline filter with the chart shown:    {figure(times)} per key, "
          f"worst {max(times) * 1000:.0f} ms")
    window.right_tabs.setCurrentIndex(0)
    app.processEvents()


def in_window(project: Path, home: Path, skip_import: bool, runs: int, chart: bool,
              only_chart: bool = False) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    if not chart:
        without_chart()
        print("(in the window: without the chart tab; --with-chart to include it)")
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow
    from storage import Project

    window = MainWindow(ProjectSession(Project(project)))
    window.show()
    deadline = time.perf_counter() + 60
    model = window.timeline_model
    while model._hay is None and model._warm_from < len(model._rows) and (
            time.perf_counter() < deadline):
        app.processEvents()  # the idle warm-up of the filter's haystacks
    db = window.session.project.db
    tag = db.execute("SELECT t.kind || ':' || t.name FROM event_tags et JOIN tags t "
                     "ON t.id = et.tag_id WHERE t.kind != 'other' GROUP BY t.id "
                     "ORDER BY COUNT(*) DESC LIMIT 1 OFFSET 20").fetchone()[0]
    if chart:
        chart_tab(app, window)
        if only_chart:
            window.close()
            return
    for label, widget, text in (("timeline filter, a word", window.timeline_filter, "strike"),
                                ("timeline filter, a tag", window.timeline_filter, tag),
                                ("article search (FTS5)", window.article_filter, "ceasefire"),
                                ("article search, Cyrillic", window.article_filter, "обстріл")):
        times = [t for _ in range(max(1, runs // 2)) for t in keystrokes(app, widget, text)]
        target = "≤ 100 ms" if widget is window.article_filter else "≤ 50 ms"
        print(f"{label + ' “' + text + '”:':40} {figure(times)} per key, "
              f"worst {max(times) * 1000:.0f} ms   target {target}")
    long_articles = [row[0] for row in db.execute(
        "SELECT id FROM articles WHERE text LIKE '% the %' AND published != '' "
        "ORDER BY length(text) - length(replace(text, ' ', '')) DESC LIMIT ?", [runs * 2])]
    times = []
    for article_id in long_articles:
        began = time.perf_counter()
        window.select_article(article_id)
        app.processEvents()
        times.append(time.perf_counter() - began)
    print(f"select a 1,500-word article:             {figure(times)}   target ≤ 50 ms")
    if not skip_import:
        import_articles(app, window, home)
    window.close()


def import_articles(app, window, home: Path, count: int = 1000) -> None:
    """1,000 new files through the window's importer; the longest QTimer gap."""
    from PySide6.QtCore import QTimer

    from bench.generate_project import Gen

    folder = home / "import"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    gen = Gen(seed=99)
    paths = []
    for n in range(count):
        _lang, text, _s, _d = gen.article(gen.rng.randint(300, 1500))
        path = folder / f"import-{n:04}.txt"
        path.write_text(f"Imported report {n}\n\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done = []
    window.importer.finished.connect(lambda: done.append(time.perf_counter()))
    before = window.session.project.articles.count()
    timer.start()
    began = time.perf_counter()
    ticks.append(began)
    window.importer.import_files(paths)
    while not done and time.perf_counter() - began < 600:
        app.processEvents()
    app.processEvents()
    timer.stop()
    ticks.append(time.perf_counter())
    added = window.session.project.articles.count() - before
    gap = max(b - a for a, b in zip(ticks, ticks[1:]))
    took = (done[0] if done else time.perf_counter()) - began
    print(f"import {count} articles: {took:.1f} s, {added} added   target ≤ 20 s")
    print(f"longest GUI-thread stall during import:  {gap * 1000:.0f} ms   target ≤ 100 ms")
    stack = window.session.undo_stack
    for label, step in (("undo", stack.undo), ("redo", stack.redo)):
        began = time.perf_counter()
        step()  # one command: the whole import, in one transaction
        app.processEvents()
        took_ms = (time.perf_counter() - began) * 1000
        print(f"{label} of that import (one step):        {took_ms:.0f} ms")


def csv_export(project: Path, runs: int) -> None:
    from storage import Project
    from storage.events import CHRONOLOGY
    from storage.exchange.timeline_csv import export_timeline_csv

    sql = (f"SELECT e.id, e.uuid, e.date_value, e.date_earliest, e.date_latest, "
           "e.date_precision, e.date_approximate, e.title, e.description, e.location, "
           "(SELECT group_concat(t.kind || ':' || t.name, ', ') FROM event_tags et JOIN tags t "
           " ON t.id = et.tag_id WHERE et.event_id = e.id), e.confidence, "
           "(SELECT COUNT(*) FROM annotations n WHERE n.event_id = e.id), "
           "(SELECT group_concat(a.title, ' | ') || char(9) || group_concat(a.outlet, ' | ') "
           " || char(9) || group_concat(a.url, ' | ') || char(9) || "
           " group_concat(a.published, ' | ') || char(9) || group_concat(n.quote, ' | ') "
           " FROM annotations n JOIN articles a ON a.id = n.article_id "
           " WHERE n.event_id = e.id) "
           f"FROM events e ORDER BY {CHRONOLOGY}")
    out = project.with_name("bench-export.csv")
    ours, theirs = [], []
    opened = Project(project, read_only=True)
    try:
        for _ in range(runs):
            began = time.perf_counter()
            rows = export_timeline_csv(opened, out)
            ours.append(time.perf_counter() - began)
            began = time.perf_counter()
            with out.with_suffix(".sqlite3.csv").open("w") as handle:
                subprocess.run(["sqlite3", "-readonly", "-csv", "-header", str(project), sql],
                               stdout=handle, check=True)
            theirs.append(time.perf_counter() - began)
    finally:
        opened.close()
    ratios = [a / b for a, b in zip(ours, theirs)]
    print(f"CSV export of {rows:,} events:          {figure(ours)}; sqlite3 -csv {figure(theirs)}")
    print(f"CSV export / sqlite3 -csv:               {statistics.median(ratios):.2f}× "
          f"({min(ratios):.2f}–{max(ratios):.2f})   target ≤ 1.5×")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--only", choices=("startup", "window", "csv", "chart"))
    parser.add_argument("--with-chart", action="store_true",
                        help="keep the chart tab in the window measurements")
    args = parser.parse_args(argv)
    if not args.project.exists():
        from bench.generate_project import generate

        args.project.parent.mkdir(parents=True, exist_ok=True)
        began = time.perf_counter()
        counts = generate(args.project, 10_000, 100_000)
        print(f"generated {counts} in {time.perf_counter() - began:.0f} s")
    home = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    try:
        if args.only in (None, "startup"):
            startup(args.project, args.runs, home, chart=False)
            startup(args.project, args.runs, home, chart=True)
        if args.only in (None, "csv"):
            csv_export(args.project, args.runs)
        if args.only in (None, "window", "chart"):
            work = home / "work.sqlite"  # the import changes it: a copy
            shutil.copy(args.project, work)
            in_window(work, home, args.skip_import, args.runs,
                      args.with_chart or args.only == "chart", args.only == "chart")
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide's teardown at exit can crash; the figures are out by now
