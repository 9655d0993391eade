"""The Chart tab: the chart view with its toolbar, wired into the main window.

The panel is where the chart meets the rest of the window: drags become
EditEvent commands on the session's undo stack, a double-click hands over to
the event panel, and the published dates of the articles in play (the one
being read, and the sources of the selected events) are marked, since those
are the days the events' relative dates were counted from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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
from gui.chart.chart_scene import ChartScene
from gui.chart.chart_view import ChartView
from gui.chart.chart_zoom import ZOOM_STEP
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
    def __init__(self, window, parent=None):
        super().__init__(parent, objectName="chartPanel")
        self.window_ = window
        self.session = window.session
        self.selection = window.timeline_selection()
        self.scene = ChartScene(window.timeline_proxy, self.session, self, active=False)
        self.view = ChartView(self.scene, self.selection, self)
        self.lanes = LaneChooser(self.session.project, self)
        self.lanes.currentIndexChanged.connect(
            lambda _i: self.scene.set_mode(self.lanes.currentData()))
        self.status = QLabel(objectName="chartStatus")
        self.status.setStyleSheet("color: #52606d;")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.lanes)
        for text, tip, slot in (("−", "Zoom out (Ctrl+-)", lambda: self.view.zoom(1 / ZOOM_STEP)),
                                ("+", "Zoom in (Ctrl++)", lambda: self.view.zoom(ZOOM_STEP)),
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
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self.view.dateDragged.connect(self._drag_date)
        self.view.activated.connect(self._edit_event)
        self.view.picked.connect(self._scroll_table)
        self.scene.layoutApplied.connect(self._update_status)
        self.selection.selectionChanged.connect(self._update_references)
        window.article_list.selectionModel().currentRowChanged.connect(
            self._update_references)
        self.session.articleUpdated.connect(self._update_references)
        self.session.articleRemoved.connect(self._update_references)
        self._update_status()

    def showEvent(self, event) -> None:
        self.scene.set_active(True)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.scene.set_active(False)
        super().hideEvent(event)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self, text=text, toolTip=tip, autoRaise=True)
        button.clicked.connect(slot)
        return button

    def connect_actions(self, actions: dict) -> None:
        """The window's View menu (with its shortcuts) drives this panel."""
        for name, slot in (("actionZoomIn", lambda: self.view.zoom(ZOOM_STEP)),
                           ("actionZoomOut", lambda: self.view.zoom(1 / ZOOM_STEP)),
                           ("actionFitAll", self.view.fit_all),
                           ("actionZoomToSelection", self.view.zoom_to_selection),
                           ("actionExportChart", lambda: self.ask_export(True))):
            if name in actions:
                actions[name].triggered.connect(lambda *_, slot=slot: self._show_then(slot))
        if "actionZoomIn" in actions:
            zoom_in = actions["actionZoomIn"]
            zoom_in.setShortcuts([zoom_in.shortcut(), "Ctrl+="])

    def _show_then(self, slot) -> None:
        tabs = self.window_.right_tabs
        if tabs.currentWidget() is not self:
            tabs.setCurrentWidget(self)
        slot()

    # -- edits ----------------------------------------------------------------------
    def _drag_date(self, event_id: int, date) -> None:
        try:
            self.session.push(EditEvent(self.session, event_id, "date", date))
        except Exception as exc:  # noqa: BLE001 - storage refused (read-only, disk full)
            self.window_.show_problem("Move event", str(exc))

    def _edit_event(self, event_id: int) -> None:
        if self.window_.current_event_id() != event_id:
            self.view.select_event(event_id)
        title = self.window_.event_panel.title
        title.setFocus(Qt.OtherFocusReason)
        title.selectAll()

    def _scroll_table(self, _event_id: int) -> None:
        self.window_.timeline_table.scrollTo(self.selection.currentIndex())

    # -- status and reference dates ---------------------------------------------------
    def _update_status(self) -> None:
        shown = len(self.scene.events)
        text = f"{shown} event{'s' if shown != 1 else ''}"
        if self.scene.undated:
            text += f" · {len(self.scene.undated)} undated not shown"
        self.status.setText(text)

    def _update_references(self, *_args) -> None:
        """Mark the published day of the article read and of the selection's sources."""
        project = self.session.project
        article_ids = []
        current = self.window_.current_article_id()
        if current is not None:
            article_ids.append(current)
        for index in self.selection.selectedRows()[:50]:
            for passage in project.annotations.for_event(index.data(EVENT_ID_ROLE)):
                article_ids.append(passage.article_id)
        references = []
        for article_id in dict.fromkeys(article_ids):
            try:
                article = project.articles.get(article_id)
            except KeyError:
                continue
            day = published_date(article.published)
            if day is not None:
                title = article.title or "article"
                references.append((day_x(day) + 0.5, f"Published: {title}"))
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
            self.window_.show_problem(f"Export {scope}", str(exc))
