"""Starting the GUI: the application object, the default project, error
reporting, and one window per open project."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui.help_menu import add_help_menu
from gui.main_window import MainWindow
from gui.session import ProjectSession
from gui.window_state import recent_projects, remember_project
from storage import Project, ProjectOpenError

APP_NAME = "Timeline Annotator"
log = logging.getLogger("timeline_annotator")


def default_project_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    return folder / "timeline.sqlite"


def log_path() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppLocalDataLocation))
    return folder / "logs" / "timeline-annotator.log"


def make_application(argv=None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("TimelineAnnotator")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app


def install_error_dialog() -> None:
    """An unexpected error becomes a dialog naming the log file; the app goes on."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)

    def hook(kind, value, tb):
        log.error("Unhandled error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        parent = QApplication.activeWindow()
        QMessageBox.critical(parent, "Unexpected error",
                             f"Something went wrong: {value}\n\nYour work so far is saved. "
                             f"Details were written to:\n{path}")

    sys.excepthook = hook


class Windows:
    """Keeps one MainWindow per open project and opens new ones on request."""

    def __init__(self):
        self.windows: list[MainWindow] = []

    def open(self, path: str | Path, *, near: MainWindow | None = None) -> MainWindow | None:
        path = Path(path).expanduser()
        try:
            project = Project(path)
        except ProjectOpenError as exc:
            QMessageBox.warning(near, "Open project", str(exc))
            return None
        window = MainWindow(ProjectSession(project))
        window.projectRequested.connect(lambda p: self._replace(window, p))
        window.newProjectRequested.connect(lambda: self._ask_new(window))
        add_help_menu(window)
        self._fill_recent(window)
        remember_project(str(path.resolve()))
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.show()
        return window

    def _replace(self, old: MainWindow, path: str) -> None:
        new = self.open(path, near=old)
        if new is not None:
            old.close()

    def _ask_new(self, window: MainWindow) -> None:
        path, _ = QFileDialog.getSaveFileName(
            window, "New project", str(window.session.path.parent / "untitled.sqlite"),
            "Timeline projects (*.sqlite)")
        if path:
            if not path.endswith((".sqlite", ".db")):
                path += ".sqlite"
            self._replace(window, path)

    def _fill_recent(self, window: MainWindow) -> None:
        menu = window.recent_menu
        menu.clear()
        for recent in recent_projects():
            action = QAction(recent, menu)
            action.triggered.connect(lambda _=False, p=recent: self._replace(window, p))
            menu.addAction(action)
        menu.setEnabled(bool(menu.actions()))

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)


def run_gui(path: str | None, *, quit_after_paint: bool = False) -> int:
    app = make_application()
    install_error_dialog()
    windows = Windows()
    window = windows.open(path or default_project_path())
    if window is None:
        return 1
    if quit_after_paint:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    for open_window in list(windows.windows):
        open_window.close()
    return code
