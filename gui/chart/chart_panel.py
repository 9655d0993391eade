"""The Chart tab: the chart view with its toolbar.

It is given what it works with (the session, the timeline's proxy model and
its one selection model, the View menu's actions) and tells the window what
it cannot do itself through signals: drags become EditEvent commands on the
session's undo stack, a double-click asks for the event panel
(``editRequested``), and the published dates of the articles in play (the
one being read, ``set_current_article``, and the sources of the selected
events) are marked, since those are the days the events' relative dates were
counted from.  They are read only while the tab is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.chart import lanes
from gui.chart.chart_export import export
from gui.chart.chart_overview import ChartOverview
from gui.chart.chart_scene import ChartScene
from gui.chart.chart_view import ZOOM_STEP, ChartView
from gui.chart.time_axis import day_x
from gui.commands.event_commands import EditEvent
from gui.timeline.timeline_model import EVENT_ID_ROLE
from storage.records import published_date


class LaneChooser(QComboBox):
    """Refreshes its "Tag: …" entries when opened, so new tags show up."""

    def __init__(self, project, parent=None):
        super().__init__(parent, objectName="chartLanes")
        self.project = project
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.setToolTip("Group the chart into lanes")
        self.refresh()

    def refresh(self) -> None:
        current = self.currentData() or lanes.NONE
        self.blockSignals(True)
        self.clear()
        for mode, text in lanes.choices(self.project.tags.all()):
            self.addItem(text, mode)
        self.setCurrentIndex(max(self.findData(current), 0))
        self.blockSignals(False)

    def showPopup(self) -> None:
        self.refresh()
        super().showPopup()


class ChartPanel(QWidget):
    editRequested = Signal(int)  # event id: a double-click or Return on it
    showRequested = Signal()  # a View menu action wants the chart on screen
    failed = Signal(str, str)  # title, message

    def __init__(self, session, model, selection, actions: dict | None = None, parent=None):
        super().__init__(parent, objectName="chartPanel")
        self.session = session
        self.selection = selection
        self.current_article: int | None = None
        self._references_stale = True
        self.scene = ChartScene(model, self.session, self, active=False)
        self.view = ChartView(self.scene, self.selection, self)
        self.lanes = LaneChooser(self.session.project, self)
        self.lanes.currentIndexChanged.connect(
            lambda _i: self.scene.set_mode(self.lanes.currentData()))
        self.status = QLabel(objectName="chartStatus")
        self.status.setStyleSheet("color: #52606d;")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.lanes)
        for text, tip, slot in (("−", "Zoom out (Ctrl+-)",
                                 lambda: self.view.zoom_step(1 / ZOOM_STEP)),
                                ("+", "Zoom in (Ctrl++)", lambda: self.view.zoom_step(ZOOM_STEP)),
                                ("Fit", "Fit all events (Ctrl+0)", self.view.fit_all),
                                ("Selection", "Zoom to the selected events",
                                 self.view.zoom_to_selection)):
            bar.addWidget(self._button(text, tip, slot))
        self.export_button = self._button("Export", "Save the chart as PNG or SVG",
                                          lambda: self.ask_export(True))
        menu = QMenu(self.export_button)
        for text, whole in (("Whole timeline…", True), ("Current view…", False)):
            menu.addAction(text, lambda whole=whole: self.ask_export(whole))
        self.export_button.setMenu(menu)
        self.export_button.setPopupMode(QToolButton.MenuButtonPopup)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.overview = ChartOverview(self.view, self)
        layout.addLayout(bar)
        layout.addWidget(self.overview)
        layout.addWidget(self.view, 1)

        self.view.dateDragged.connect(self._drag_date)
        self.view.activated.connect(self._edit_event)
        self.scene.layoutApplied.connect(self._update_status)
        self.selection.selectionChanged.connect(self._update_references)
        self.session.changed.connect(self._on_changed)
        if actions is not None:
            self._connect_actions(actions)
        self._update_status()

    def showEvent(self, event) -> None:
        self.scene.set_active(True)
        if self._references_stale:
            self._update_references()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.scene.set_active(False)
        super().hideEvent(event)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self, text=text, toolTip=tip, autoRaise=True)
        button.clicked.connect(slot)
        return button

    def _connect_actions(self, actions: dict) -> None:
        """The window's View menu (with its shortcuts) drives this panel."""
        for name, slot in (("actionZoomIn", lambda: self.view.zoom_step(ZOOM_STEP)),
                           ("actionZoomOut", lambda: self.view.zoom_step(1 / ZOOM_STEP)),
                           ("actionFitAll", self.view.fit_all),
                           ("actionZoomToSelection", self.view.zoom_to_selection),
                           ("actionExportChart", lambda: self.ask_export(True))):
            if name in actions:
                actions[name].triggered.connect(lambda *_, slot=slot: self._show_then(slot))
        if "actionZoomIn" in actions:
            zoom_in = actions["actionZoomIn"]
            zoom_in.setShortcuts([zoom_in.shortcut(), "Ctrl+="])

    def _show_then(self, slot) -> None:
        if not self.isVisible():
            self.showRequested.emit()
        slot()

    # -- edits ----------------------------------------------------------------------
    def _drag_date(self, event_id: int, date) -> None:
        try:
            self.session.push(EditEvent(self.session, event_id, "date", date))
        except Exception as exc:  # noqa: BLE001 - storage refused (read-only, disk full)
            self.failed.emit("Move event", str(exc))

    def _edit_event(self, event_id: int) -> None:
        current = self.selection.currentIndex()
        if not current.isValid() or current.data(EVENT_ID_ROLE) != event_id:
            self.view.select_event(event_id)
        self.editRequested.emit(event_id)

    # -- status and reference dates ---------------------------------------------------
    def _update_status(self) -> None:
        shown = len(self.scene.events)
        text = f"{shown} event{'s' if shown != 1 else ''}"
        if self.scene.undated:
            text += f" · {len(self.scene.undated)} undated not shown"
        self.status.setText(text)

    def set_current_article(self, article_id: int | None) -> None:
        """The article being read: its published day is marked."""
        self.current_article = article_id
        self._update_references()

    def _on_changed(self, changes) -> None:
        if changes.articles_updated or changes.articles_removed or changes.passages:
            self._update_references()

    def _update_references(self, *_args) -> None:
        """Mark the published day of the article read and of the selection's sources.

        Only while the tab is shown (else noted, and done when it shows): the
        window should not read articles for a chart nobody looks at."""
        if not self.isVisible():
            self._references_stale = True
            return
        self._references_stale = False
        project = self.session.project
        article_ids = [] if self.current_article is None else [self.current_article]
        for index in self.selection.selectedRows()[:50]:
            article_ids.extend(p.article_id for p, _t, _d
                               in project.annotations.for_event_with_articles(
                                   index.data(EVENT_ID_ROLE)))
        articles = project.articles.published(article_ids)
        references = []
        for article_id in dict.fromkeys(article_ids):
            if article_id not in articles:
                continue
            title, published = articles[article_id]
            day = published_date(published)
            if day is not None:
                references.append((day_x(day) + 0.5, f"Published: {title or 'article'}"))
        self.scene.set_references(references)

    # -- export ---------------------------------------------------------------------
    def ask_export(self, whole: bool) -> None:
        scope = "timeline" if whole else "view"
        start = str(Path(self.session.path).with_name(f"{Path(self.session.path).stem}-chart.png"))
        path, _ = QFileDialog.getSaveFileName(
            self, f"Export chart ({'whole timeline' if whole else 'current view'})", start,
            "PNG image (*.png);;SVG drawing (*.svg)")
        if not path:
            return
        try:
            export(self.view, path, whole)
        except OSError as exc:
            self.failed.emit(f"Export {scope}", str(exc))
