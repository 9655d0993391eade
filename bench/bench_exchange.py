"""Exchange benchmark (issue 16): every export of the 100,000-event project, and its CSV read back.

    python bench/bench_exchange.py [--project P.sqlite] [--runs 3]

Uses the project of bench/bench_scale.py (made by bench/generate_project.py
if missing). Prints, as median (min–max) of several runs, in CPU seconds of
this process (the machine is shared; CPU time is what our code costs):

* each export (timeline CSV, TimelineJS, ACLED, JSON), each in one snapshot;
* the preview of importing the exported timeline CSV (decode, parse, check
  every row) against Python's ``csv.reader`` merely splitting the same file
  into cells, as a ratio measured in the same run;
* applying that preview to an empty project (one transaction);
* in a window (offscreen), applying the same 100,000-row preview to an empty
  project as the window does: the longest gap between 10 ms QTimer ticks
  (a GUI-thread stall) when it is written in steps behind the progress dialog
  (gui.exchange.stepped_apply), against writing it in one go on the GUI thread
  as it was before (issue 16), measured in the same run; the views' one
  change record at the end is inside both figures. ``--skip-window`` leaves
  it out.
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage import Project  # noqa: E402
from storage.exchange.acled import export_acled  # noqa: E402
from storage.exchange.csv_import import apply_plan, plan_file  # noqa: E402
from storage.exchange.project_json import export_json  # noqa: E402
from storage.exchange.timeline_csv import export_timeline_csv  # noqa: E402
from storage.exchange.timelinejs import export_timelinejs  # noqa: E402

DEFAULT = Path(tempfile.gettempdir()) / "timeline-scale" / "scale.sqlite"


def cpu(step) -> tuple[float, object]:
    began = time.process_time()
    result = step()
    return time.process_time() - began, result


def split_only(data: bytes) -> int:
    """The reference: the file decoded and split into cells, nothing checked."""
    return sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def figure(values: list[float]) -> str:
    return (f"{statistics.median(values):.2f} s "
            f"({min(values):.2f}–{max(values):.2f}, n={len(values)})")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-window", action="store_true")
    args = parser.parse_args(argv)
    if not args.project.exists():
        args.project.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate_project.py"),
                        str(args.project)], check=True)
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as name:
        return measure(args, Path(name))


def measure(args, folder: Path) -> int:
    """Every measurement, with the files it writes in ``folder``."""
    Project(args.project).close()  # brings an older generated project up to this schema
    source = Project(args.project, read_only=True)
    exports = {
        "timeline CSV": lambda: export_timeline_csv(source, folder / "timeline.csv"),
        "TimelineJS": lambda: export_timelinejs(source, folder / "tl.csv", group_kind="actor"),
        "ACLED-style CSV": lambda: export_acled(source, folder / "acled.csv"),
        "project JSON": lambda: export_json(source, folder / "project.json"),
    }
    try:
        for label, export in exports.items():
            times = [cpu(export)[0] for _ in range(args.runs)]
            print(f"export, {label + ':':17} {figure(times)}")
    finally:
        source.close()
    data = (folder / "timeline.csv").read_bytes()
    previews, splits, applies, ratios = [], [], [], []
    for run in range(args.runs):
        target = Project(folder / f"target-{run}.sqlite")
        try:
            preview, plan = cpu(partial(plan_file, folder / "timeline.csv", target))
            split, _ = cpu(partial(split_only, data))
            applied, _ = cpu(partial(apply_plan, target, plan))
        finally:
            target.close()
        previews.append(preview)
        splits.append(split)
        applies.append(applied)
        ratios.append(preview / split)
    print(f"import preview of {len(plan.rows):,} rows: {figure(previews)}; "
          f"csv.reader alone {figure(splits)}")
    print(f"import preview / csv.reader:      {statistics.median(ratios):.1f}× "
          f"({min(ratios):.1f}–{max(ratios):.1f})")
    print(f"import apply (one transaction):   {figure(applies)}")
    if not args.skip_window:
        window_apply(folder / "timeline.csv", folder)
    return 0


def window_apply(csv_path: Path, folder: Path) -> None:
    """The GUI-thread stall of applying the CSV in a window: in steps, and in one go."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from gui.commands.file_import import ImportTimelineFile
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow
    from storage.exchange.csv_import import apply_plan_in_steps

    stalls = {}
    for mode in ("in one go", "in steps"):
        window = MainWindow(ProjectSession(Project(folder / f"window-{mode[3:]}.sqlite")))
        window.show()
        app.processEvents()
        plan = plan_file(csv_path, window.session.project)
        text = f"Import {len(plan.new_events)} events"
        ticks: list[float] = []
        timer = QTimer(interval=10)
        timer.timeout.connect(partial(lambda seen: seen.append(time.perf_counter()), ticks))
        timer.start()
        began = time.perf_counter()
        ticks.append(began)
        if mode == "in one go":  # as the window did before issue 16's stepped apply
            window.session.push(ImportTimelineFile(window.session, plan, apply_plan, text))
        else:
            window.exchange._apply(plan, apply_plan, text, apply_plan_in_steps,
                                   len(plan.new_events))
            while window.exchange.applying is not None:
                app.processEvents()
        while window.timeline_model._pending:  # the table takes the rows a slice a turn
            app.processEvents()
        app.processEvents()
        ticks.append(time.perf_counter())
        timer.stop()
        took = ticks[-1] - began
        stalls[mode] = max(b - a for a, b in zip(ticks, ticks[1:]))
        rows = window.session.project.events.count()
        print(f"window apply {mode + ',':11} {rows:,} rows: {took:.1f} s, longest GUI stall "
              f"{stalls[mode] * 1000:.0f} ms")
        window.session.undo_stack.clear()
        window.close()
        app.processEvents()
    print(f"window apply, longest stall in steps / in one go: "
          f"{stalls['in steps'] / stalls['in one go']:.3f}   target: stall ≤ 100 ms")


if __name__ == "__main__":
    sys.exit(main())
