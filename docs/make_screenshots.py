"""Make README's screenshots with the application itself, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Builds a throwaway project from the bundled demo article, accepts three of the
suggested events as an analyst would, adds the invented twelve-year chronology
of docs/glance_project.py (44 events with tags, dense in the last year), and
saves, at the default window size (1440×880), docs/main-window.png (the
timeline) and docs/chart.png (the Chart tab: the overview strip with all twelve
years, the chart on 2025).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import datetime as dt  # noqa: E402

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402

from docs.glance_project import add_events  # noqa: E402
from gui.app import Windows, make_application  # noqa: E402
from gui.chart.time_axis import day_x  # noqa: E402
from gui.commands.event_commands import EditEvent  # noqa: E402
from storage.tags import parse_tags  # noqa: E402


def main() -> None:
    app = make_application()
    QStandardPaths.setTestModeEnabled(True)  # leave the user's settings alone
    folder = Path(tempfile.mkdtemp())
    # Settings of their own, empty: the pictures show the default layout.
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder / "settings"))
    window = Windows().open(folder / "demo.sqlite")
    window.resize(1440, 880)  # the default size: what a new analyst sees
    window.actions_by_name["actionLoadDemo"].trigger()
    app.processEvents()
    window.show_suggestions()
    panel = window.suggestions
    for dated_by, word in (("November", "strike"), ("the weekend", "barrage"),
                           ("Tuesday", "call")):
        row = next(i for i, r in enumerate(panel.model.rows)
                   if r.dated_by == dated_by and word in r.title.casefold()
                   and r.status == "new")
        panel.table.selectRow(row)
        panel.accept_selected()
    session = window.session
    tags = {"2024-11": "place:river port, topic:strike", "2025-W26-WE": "topic:drones",
            "2025-07-01": "actor:foreign ministers, topic:talks"}
    for row in session.project.events.timeline():
        typed = tags.get(row.date.value)
        if typed:
            session.push(EditEvent(session, row.id, "tags", parse_tags(typed)))
    add_events(session.project)
    window.timeline_model.reload()  # the chronology was written beside the window
    window.right_tabs.setCurrentIndex(0)
    barrage = next(row.id for row in session.project.events.timeline()
                   if row.sources and "barrage" in row.title.casefold())
    window.select_event(barrage)  # the weekend's event, titled by what it was
    app.processEvents()
    _save(window, "main-window.png")
    window.right_tabs.setCurrentWidget(window.chart)
    app.processEvents()
    # The overview strip holds all twelve years; the chart shows the busy last one,
    # as dragging across 2025 in the strip does.
    window.chart.view.zoom_to(day_x(dt.date(2025, 1, 1)), day_x(dt.date(2025, 10, 1)))
    app.processEvents()
    _save(window, "chart.png")
    window.close()


def _save(window, name: str) -> None:
    out = ROOT / "docs" / name
    window.grab().save(str(out))
    print(f"saved {out}")


if __name__ == "__main__":
    main()
