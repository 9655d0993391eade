"""A picture of the chart's whole timeline with the app itself, offscreen.

Run as ``QT_QPA_PLATFORM=offscreen python -m gui.chart.demo [OUT.png]`` (default
``chart-demo.png``).  README's pictures come from docs/make_screenshots.py.
The demo project is invented (no licensed article text): a port strike with
events of every kind of date the chart draws, so the picture shows points,
bars, approximate ends, lanes and an article's published-date marker.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

DEMO_TEXT = ("Port strike enters its ninth month\n\n"
             "Dock workers first walked out in November, and talks have stalled since. "
             "Shelling hit the port over the weekend. On Tuesday the union called the "
             "ministry, and a vote is expected in the third quarter.")
# title, date value, tags, quoted words (or "")
DEMO_EVENTS = (
    ("November strike", "2024-11", "actor:Union, place:Port", "first walked out in November"),
    ("Weekend barrage", "2025-W26-WE", "actor:Army, place:Port", "over the weekend"),
    ("Tuesday call", "2025-07-01", "actor:Union, actor:Ministry", "On Tuesday the union called"),
    ("Strike vote", "2025-Q3", "actor:Union", "a vote is expected"),
    ("Winter talks", "2024-12-09/2025-01-17", "actor:Ministry", ""),
    ("Mediator named", "2025-02-03", "actor:Ministry", ""),
    ("Cranes idle", "2025-03~", "place:Port", ""),
    ("Pay offer rejected", "2025-04-14", "actor:Union", ""),
    ("Drone alert", "2025-05-20", "actor:Army, place:Port", ""),
    ("Second walkout", "2025-W21", "actor:Union", ""),
    ("Budget hearing", "2025-06-11", "actor:Ministry", ""),
    ("Night strike on depot", "2025-06-24", "actor:Army", ""),
)


def build_project(folder: Path):
    from storage import Project
    from storage.tags import parse_tags
    from temporal.dates import EventDate

    project = Project(folder / "demo.sqlite")
    article = project.articles.add(DEMO_TEXT, title="Port strike enters its ninth month",
                                   outlet="Demo Gazette", published="2025-07-02")
    for title, value, tags, quote in DEMO_EVENTS:
        event = project.events.add(title, EventDate.from_value(value), tags=parse_tags(tags))
        if quote:
            start = DEMO_TEXT.index(quote)
            project.annotations.add(article, event, start, start + len(quote))
    return project


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "chart-demo.png")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.chart.chart_export import export_png
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(ProjectSession(build_project(Path(folder))))
        window.resize(1500, 900)
        window.show()
        window.right_tabs.setCurrentWidget(window.chart)
        chart = window.chart
        chart.lanes.setCurrentIndex(chart.lanes.findData("actor"))
        app.processEvents()
        window.select_event(_event_id(window, "Tuesday call"))
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        size = export_png(chart.view, out, whole=True, width=1200)
        window.close()
    print(f"wrote {out} ({size.width()}x{size.height()})")
    return 0


def _event_id(window, title: str) -> int:
    from gui.timeline.timeline_model import EVENT_ID_ROLE

    model = window.timeline_model
    for row in range(model.rowCount()):
        if model.index(row, 1).data() == title:
            return model.index(row, 0).data(EVENT_ID_ROLE)
    raise KeyError(title)


if __name__ == "__main__":
    sys.exit(main())
