"""Shared fixtures: offscreen Qt, throwaway settings, projects in tmp folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fixtures that several test folders use (a small real disk for full-disk cases).
pytest_plugins = ["tests.fixtures.disks"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file of ../shared, or skip: the project never copies that material."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


@pytest.fixture
def project(tmp_path):
    from storage import Project

    opened = Project(tmp_path / "project.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def session(project):
    """The project's GUI session without a window.

    Its undo stack is emptied at the end: left to the garbage collector, the
    session's C++ side deletes the commands while Python is freeing their
    wrappers, and the interpreter crashes at exit (QUndoStack::clear).
    """
    from gui.session import ProjectSession

    made = ProjectSession(project)
    yield made
    made.undo_stack.clear()


@pytest.fixture(autouse=True)
def _isolated_settings(request, tmp_path_factory):
    """Settings and standard paths of the tests never touch the user's."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("TimelineAnnotatorTests")
    QCoreApplication.setApplicationName("TimelineAnnotatorTests")
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    yield


@pytest.fixture
def window(qtbot, tmp_path):
    """A real main window on a fresh project."""
    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow
    from storage import Project

    win = MainWindow(ProjectSession(Project(tmp_path / "gui.sqlite")))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(window) -> list:
    """What the project file holds, read through a separate connection: proof
    that a refused change wrote nothing."""
    import sqlite3

    conn = sqlite3.connect(window.session.path)
    try:
        return [conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("articles", "events", "annotations")]
    finally:
        conn.close()
