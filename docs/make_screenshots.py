"""Make README's screenshots with the application itself, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py

Builds a throwaway project from the bundled demo article, accepts three of the
suggested events as an analyst would, and saves docs/main-window.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QStandardPaths  # noqa: E402

from gui.app import Windows, make_application  # noqa: E402
from gui.commands.event_commands import EditEvent  # noqa: E402
from storage.tags import parse_tags  # noqa: E402


def main() -> None:
    app = make_application()
    QStandardPaths.setTestModeEnabled(True)  # leave the user's settings alone
    folder = Path(tempfile.mkdtemp())
    window = Windows().open(folder / "demo.sqlite")
    window.resize(1600, 900)
    window.main_split.setSizes([300, 650, 650])
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
    window.right_tabs.setCurrentIndex(0)
    window.select_event(session.project.events.timeline()[1].id)
    app.processEvents()
    out = ROOT / "docs" / "main-window.png"
    window.grab().save(str(out))
    print(f"saved {out}")
    window.close()


if __name__ == "__main__":
    main()
