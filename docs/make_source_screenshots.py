"""Make README's screenshots of one happening told by many sources (issue 12).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_source_screenshots.py

Builds a throwaway project from invented articles (three outlets reporting one
strike, a day apart; a call on the same day), then saves:
docs/sources-same-as.png (a suggestion the project already holds),
docs/sources-merge.png (the overnight report merged into the strike: its
sources disagree on the day), docs/sources-dates.png (the same with Admiralty
grades) and docs/sources-delete.png (an
article that was an event's last source deleted).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QItemSelectionModel, QStandardPaths  # noqa: E402

from gui.app import Windows, make_application  # noqa: E402
from gui.commands.source_commands import GradeOutlet, GradePassage  # noqa: E402
from gui.timeline.timeline_model import EVENT_ID_ROLE  # noqa: E402
from storage import Project  # noqa: E402
from storage.event_suggestions import accept_event_suggestions  # noqa: E402

# Invented for the screenshots.
ARTICLES = (
    ("Northern Wire", "2025-07-01",
     "Drones strike chemical plant in Dzerzhinsk\n\n"
     "Drones struck a chemical plant in Dzerzhinsk on Tuesday, the regional governor said, "
     "and a fire broke out in one of its workshops. Separately, the foreign ministers of "
     "Chile and Kenya spoke by phone on Tuesday about grain shipments."),
    ("Volga Daily (volgadaily.example)", "2025-06-30",
     "Plant in Dzerzhinsk attacked overnight\n\n"
     "A chemical plant in Dzerzhinsk was attacked by drones on Monday night, local "
     "officials said. Workers were evacuated."),
    ("Harbour Post", "2025-07-02",
     "Fire at Dzerzhinsk plant put out\n\n"
     "Firefighters put out the fire at the Dzerzhinsk chemical plant on Wednesday, a day "
     "after the drone attack on the plant on Tuesday."),
)


def _save(window, app, name: str) -> None:
    app.processEvents()
    out = ROOT / "docs" / name
    window.grab().save(str(out))
    print(f"saved {out}")


def main() -> None:
    app = make_application()
    QStandardPaths.setTestModeEnabled(True)  # leave the user's settings alone
    folder = Path(tempfile.mkdtemp())
    path = folder / "sources.sqlite"
    project = Project(path)
    ids = [project.articles.add(text, title=text.split("\n", 1)[0], outlet=outlet,
                                published=published)
           for outlet, published, text in ARTICLES]
    accept_event_suggestions(project, ids[0])
    accept_event_suggestions(project, ids[1])
    project.close()

    window = Windows().open(path)
    window.resize(1440, 880)
    window.main_split.setSizes([220, 480, 740])
    session = window.session
    # The Date column at its default width (a saved layout from an earlier run aside).
    window.timeline_table.horizontalHeader().resizeSection(0, 190)
    window.select_article(ids[2])
    window.show_suggestions()
    panel = window.suggestions
    row = next((i for i, r in enumerate(panel.model.rows) if panel.model.match_of(r)), 0)
    panel.table.selectRow(row)
    panel.table.horizontalHeader().resizeSection(0, 260)
    _save(window, app, "sources-same-as.png")

    panel.accept_selected()  # linked as a further source
    rows = session.project.events.timeline()
    strike = next(r.id for r in rows if "dzerzhinsk" in r.tags.casefold() and r.sources >= 2)
    overnight = next(r.id for r in rows if "attacked" in r.title and r.id != strike)
    window.right_tabs.setCurrentIndex(0)
    proxy, table = window.timeline_proxy, window.timeline_table
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    table.clearSelection()
    for r in range(proxy.rowCount()):
        if proxy.index(r, 0).data(EVENT_ID_ROLE) in (strike, overnight):
            selection.select(proxy.index(r, 0), flags.Select | flags.Rows)
    window.actions_by_name["actionMergeEvents"].trigger()
    message = window.statusBar().currentMessage()
    window.select_event(strike)
    window.statusBar().showMessage(message)
    _save(window, app, "sources-merge.png")

    lines = session.project.annotations.for_event(strike)
    session.push(GradeOutlet(session, "Northern Wire", "B"))
    session.push(GradePassage(session, lines[0].id, 2))
    window.select_event(strike)
    window.event_panel.passages.setCurrentRow(0)
    window.statusBar().clearMessage()
    _save(window, app, "sources-dates.png")

    window.select_article(ids[0])
    window.actions_by_name["actionDeleteArticle"].trigger()
    _save(window, app, "sources-delete.png")
    window.close()


if __name__ == "__main__":
    main()
