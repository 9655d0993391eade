"""Starting the GUI: the application object, the default project, error
reporting, and one window per open project."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui.exchange import import_worker
from gui.session import ProjectSession
from gui.suggestions.warm_up import warm_in_background
from gui.window.backup_dialog import BackupDialog
from gui.window.main_window import MainWindow
from gui.window.project_opening import open_project, restore_backup
from gui.window.window_state import recent_projects, remember_project
from storage import StorageError
from storage.safety import backups

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


def _open_log_handler() -> tuple[logging.Handler, Path]:
    """The log file in the platform's folder, or the temp folder if that cannot be written."""
    import tempfile

    for path in (log_path(), Path(tempfile.gettempdir()) / "timeline-annotator.log"):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        return handler, path
    return logging.NullHandler(), log_path()


def install_error_dialog():
    """An unexpected error becomes a dialog naming the log file; the app goes on.

    The dialog is opened with ``open()``, not ``exec()``: a nested event loop
    inside the excepthook would let the error's cause fire again underneath
    it.  A burst of errors (one per repaint) updates the one dialog with a
    count instead of stacking dialogs.  Returns the hook (tests call it).
    """
    handler, path = _open_log_handler()
    for old in [h for h in log.handlers if getattr(h, "_timeline_error_log", False)]:
        log.removeHandler(old)
        old.close()
    handler._timeline_error_log = True
    log.addHandler(handler)
    state = {"box": None, "count": 0}

    def hook(kind, value, tb):
        if issubclass(kind, KeyboardInterrupt):
            return sys.__excepthook__(kind, value, tb)
        log.error("Unhandled error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        handler.flush()
        text = (f"Something went wrong: {value or kind.__name__}\n\nYour work so far is "
                f"saved; you can carry on. Details were written to:\n{path}")
        box = state["box"]
        if box is not None and box.isVisible():
            state["count"] += 1
            box.setInformativeText(f"{state['count']} more error(s) since; see the log.")
            return
        state["count"] = 0
        box = QMessageBox(QMessageBox.Critical, "Unexpected error", text, QMessageBox.Ok,
                          QApplication.activeWindow())
        box.setObjectName("unexpectedErrorDialog")
        box.setTextInteractionFlags(Qt.TextSelectableByMouse)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: state.update(box=None))
        state["box"] = box
        box.open()

    hook.log_file = path
    sys.excepthook = hook
    return hook


class Windows:
    """Keeps one MainWindow per open project and opens new ones on request."""

    def __init__(self):
        self.windows: list[MainWindow] = []
        # Backups go next to the project, or here if that folder is not writable.
        backups.fallback_root = Path(
            QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))

    def window_for(self, path: Path) -> MainWindow | None:
        """This app's open window on ``path``: the same project is never opened twice,
        whatever name (link) it is reached by: same resolved path, or same file."""
        target = path.resolve()
        try:
            info = target.stat()
        except OSError:
            info = None

        def same(window: MainWindow) -> bool:
            if window.session.path.resolve() == target:
                return True
            try:
                return info is not None and os.path.samestat(info, window.session.path.stat())
            except OSError:
                return False

        return next((w for w in self.windows if not w._closed and same(w)), None)

    def open(self, path: str | Path, *, near: MainWindow | None = None) -> MainWindow | None:
        path = Path(path).expanduser()
        existing = self.window_for(path)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        known = str(path.resolve()) in recent_projects()  # if missing, it has gone missing
        opened = open_project(path, near, known=known)  # lock, quick_check, backup, migrate
        if opened is None:
            return None
        window = MainWindow(ProjectSession(opened.project))
        window.projectRequested.connect(lambda p: self._replace(window, p))
        window.newProjectRequested.connect(lambda: self._ask_new(window))
        window.restoreBackupRequested.connect(lambda: self._ask_restore(window))
        self._fill_recent(window)
        remember_project(str(path.resolve()))
        self.windows.append(window)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.show()
        for note in opened.notes:
            window.statusBar().showMessage(note, 20000)
        for warning in opened.warnings:
            window.show_problem("Open project", warning)
        return window

    def _replace(self, old: MainWindow, path: str) -> None:
        new = self.open(path, near=old)
        if new is not None and new is not old:
            old.close()

    def _ask_restore(self, window: MainWindow) -> None:
        dialog = BackupDialog(window.session.path, window)
        window.backup_dialog = dialog  # reachable from tests and automation
        dialog.accepted.connect(lambda: self._restore(window, dialog.chosen()))
        dialog.open()

    def _restore(self, window: MainWindow, backup) -> MainWindow | None:
        """Close the project, restore into it, reopen: the lock is never shared."""
        if backup is None:
            return None
        if window.session.project.read_only:
            window.show_problem("Restore from Backup", "This window has the project open "
                                "read-only; restore it from the window that can write it.")
            return None
        path = window.session.path
        window.close()
        try:
            note, problem = restore_backup(path, backup), None
        except StorageError as exc:
            note, problem = None, str(exc)
        new = self.open(path)
        if new is not None and note:
            new.statusBar().showMessage(note, 20000)
        if new is not None and problem:
            new.show_problem("Restore from Backup", problem)
        return new

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


class _QuitAfterPaint(QObject):
    """Ends the event loop once the watched widget has really painted.

    For start-up benchmarks and smoke tests: the first turn of the event loop
    comes before the window is drawn, so quitting there would time too little.
    The Paint event is seen before the widget paints; quitting on the next
    turn lets that paint finish.  "first paint" on stdout marks the moment.
    """

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print("first paint", flush=True)
        QApplication.quit()


def quit_after_first_paint(widget) -> QObject:
    watcher = _QuitAfterPaint(widget)
    widget.installEventFilter(watcher)
    return watcher


def open_start_window(windows: Windows, path: str | None) -> MainWindow | None:
    """The first window: ``path``, or the default project.

    On the very first start (no project named and no default project yet)
    the new default project gets the demo article, so that a new user sees
    what the application does before importing anything of their own; the
    import is one undo step like any other.
    """
    first_start = path is None and not default_project_path().exists()
    window = windows.open(path or default_project_path())
    if window is not None and first_start:
        window.help.load_demo()
    return window


def run_gui(path: str | None, *, quit_after_paint: bool = False) -> int:
    app = make_application()
    install_error_dialog()
    warm_in_background()  # the gazetteer and language model, off the GUI thread
    windows = Windows()
    window = open_start_window(windows, path)
    if window is None:
        return 1
    if quit_after_paint:
        quit_after_first_paint(window.timeline_table.viewport())
    code = app.exec()
    for open_window in list(windows.windows):
        open_window.close()
    import_worker.wait_for_all()  # a reader still running must end before Qt goes
    return code
