"""Issue 15, point 1: at the default window size the title takes the width,
tags are compact chips with their full text on hover, Sources stays in view,
and the columns the analyst chose come back in the next window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMenu

from gui.session import ProjectSession
from gui.timeline.timeline_model import DATE, SOURCES, TAGS, TITLE
from gui.window.main_window import MainWindow
from storage import Project
from storage.tags import parse_tags
from temporal.dates import parse_date

TAGS_TEXT = ("actor:Ukrainian Armed Forces, actor:Russian Ministry of Defence, "
             "place:Zaporizhzhia Nuclear Power Plant, topic:drones, topic:energy infrastructure")


def _tagged_window(qtbot, path):
    project = Project(path)
    for year in range(2014, 2026):
        project.events.add(f"Talks on the ceasefire line resumed in round {year}",
                           parse_date(f"28-29 Jun {year}"), tags=parse_tags(TAGS_TEXT))
    win = MainWindow(ProjectSession(project))
    qtbot.addWidget(win)
    win.resize(1440, 880)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.timeline_proxy.rowCount() == 12)
    return win


def test_title_keeps_the_width_and_sources_stays_visible(qtbot, tmp_path):
    win = _tagged_window(qtbot, tmp_path / "p.sqlite")
    table = win.timeline_table
    header = table.horizontalHeader()
    metrics = QFontMetrics(table.font())
    # At least 30 average characters of title: "Talks on the ceasefire line re…",
    # not "Talks o…", even beside weekend dates ("28–29 Jun 2014 (weekend)").
    assert header.sectionSize(TITLE) >= 30 * metrics.averageCharWidth()
    assert "28–29 Jun 2014" in win.timeline_proxy.index(0, DATE).data(Qt.ToolTipRole)
    assert header.sectionSize(TITLE) > header.sectionSize(TAGS)
    right = header.sectionViewportPosition(SOURCES) + header.sectionSize(SOURCES)
    assert right <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    # Hovering the tags shows each in full, with its kind.
    tip = win.timeline_proxy.index(0, TAGS).data(Qt.ToolTipRole)
    assert "place:Zaporizhzhia Nuclear Power Plant" in tip.splitlines()
    win.close()


def test_hidden_column_is_remembered(qtbot, tmp_path):
    win = _tagged_window(qtbot, tmp_path / "p.sqlite")
    header = win.timeline_table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(5, 5))
    menu = header.findChild(QMenu, "timelineTableColumns")
    assert menu is not None
    tags_action = next(a for a in menu.actions() if a.text() == "Tags")
    tags_action.trigger()  # unchecks it
    assert header.isSectionHidden(TAGS)
    menu.close()
    win.close()

    again = MainWindow(ProjectSession(Project(tmp_path / "p.sqlite")))
    qtbot.addWidget(again)
    again.show()
    assert again.timeline_table.horizontalHeader().isSectionHidden(TAGS)
    assert not again.timeline_table.horizontalHeader().isSectionHidden(SOURCES)
    again.close()


def test_tag_field_placeholder_does_not_look_like_data(window):
    """Issue 15, point 4: an untagged event's tag field says it has none."""
    placeholder = window.event_panel.tags.placeholderText()
    assert placeholder.startswith("No tags")
    assert "Izhevsk" not in placeholder
