"""A project open for writing elsewhere: detected, explained, offered read-only;
locks of dead processes are taken over; two writers never share a file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QAction

from storage import Project, StorageError
from storage.safety import locking
from storage.safety.locking import ProjectLockedError, lock_path
from tests.conftest import ROOT
from tests.fixtures.dialogs import answer_dialogs

HOLDER = textwrap.dedent("""
    import sys
    from storage import Project
    project = Project(sys.argv[1])
    project.events.add("written by the other instance")
    print("open", flush=True)
    sys.stdin.read()  # hold the project until the test closes our stdin
    project.close()
""")


@pytest.fixture
def other_instance(tmp_path):
    """Another process with the project open for writing."""
    path = tmp_path / "shared.sqlite"
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    yield path, child
    if child.poll() is None:
        child.stdin.close()
        child.wait(10)


def test_second_writer_in_the_same_process_is_refused(tmp_path):
    path = tmp_path / "p.sqlite"
    first = Project(path)
    first.events.add("from the first")
    with pytest.raises(ProjectLockedError, match="already open") as caught:
        Project(path)
    assert caught.value.holder.pid == os.getpid()
    reader = Project(path, read_only=True)
    assert [row.title for row in reader.events.timeline()] == ["from the first"]
    with pytest.raises(StorageError, match="read-only"):
        reader.events.add("not allowed")
    reader.close()
    first.close()
    assert not lock_path(path).exists()
    Project(path).close()  # free again


def test_other_process_holding_the_project_is_named(other_instance):
    path, child = other_instance
    with pytest.raises(ProjectLockedError) as caught:
        Project(path)
    message = str(caught.value)
    assert f"process {child.pid}" in message and "this computer" in message
    assert "read-only" in message


def test_lock_of_a_killed_process_is_stale_and_taken_over(other_instance):
    path, child = other_instance
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert json.loads(lock_path(path).read_text())["pid"] == child.pid  # left behind
    project = Project(path)
    assert [row.title for row in project.events.timeline()] == [
        "written by the other instance"]
    project.close()


def test_without_os_locks_the_recorded_pid_decides(tmp_path, monkeypatch):
    def no_os_locks(_fd):
        raise locking._NoOsLocks()

    monkeypatch.setattr(locking, "_try_os_lock", no_os_locks)
    path = tmp_path / "p.sqlite"
    Project(path).close()
    holder = {"pid": os.getppid(), "host": locking.socket.gethostname(), "user": "x",
              "since": "2025-03-01T09:00:00"}
    lock_path(path).write_text(json.dumps(holder))
    with pytest.raises(ProjectLockedError, match=f"process {os.getppid()}"):
        Project(path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    lock_path(path).write_text(json.dumps(holder | {"pid": int(dead)}))
    Project(path).close()  # the recorded process is gone: stale


def test_gui_offers_read_only_and_saves_nothing(qtbot, other_instance):
    from gui.app import Windows

    path, _child = other_instance
    seen = answer_dialogs("Open Read-Only")
    windows = Windows()
    window = windows.open(path)
    assert window is not None
    qtbot.addWidget(window)
    assert seen[0]["title"] == "Project already open"
    assert "already open in another Timeline Annotator" in seen[0]["text"]
    assert "(read-only)" in window.windowTitle()
    assert "Opened read-only" in window.statusBar().currentMessage()
    problems = []
    window.show_problem = lambda title, message: problems.append(message)
    window.findChild(QAction, "actionNewEvent").trigger()
    assert problems and "read-only" in problems[0]
    assert window.timeline_proxy.rowCount() == 1
    assert window.session.undo_stack.count() == 0
    window.close()


def test_gui_cancel_leaves_the_project_to_its_owner(qtbot, other_instance):
    from gui.app import Windows

    path, child = other_instance
    seen = answer_dialogs("Cancel")
    assert Windows().open(path) is None
    assert seen[0]["buttons"] == ["Open Read-Only", "Cancel"]
    assert json.loads(lock_path(path).read_text())["pid"] == child.pid


def test_opening_an_open_project_again_shows_its_window(qtbot, tmp_path):
    from gui.app import Windows

    windows = Windows()
    first = windows.open(tmp_path / "p.sqlite")
    qtbot.addWidget(first)
    assert windows.open(tmp_path / "p.sqlite") is first
    assert len(windows.windows) == 1
    first.close()
