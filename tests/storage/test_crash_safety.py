"""A writer killed with SIGKILL at random moments loses nothing it reported as done.

The children and the checks live in bench/crash_loop.py (200 kills there);
here a few kills of each kind keep the normal run under ten seconds.
"""

from __future__ import annotations

import os
import sys

import pytest

from bench.crash_loop import crash_loop, lost_edits, run_child
from storage import Project
from storage.safety.integrity import check
from storage.safety.locking import lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_storage_writer_killed_at_random_moments(tmp_path):
    path = tmp_path / "crash.sqlite"
    figures = crash_loop(path, kills=3, gui_every=0, seed=7)
    assert figures["kills"] == 3
    assert figures["edits"] > 10  # the children really were editing when killed
    assert figures["integrity_failures"] == 0
    assert figures["lost_edits"] == 0


def test_gui_writer_killed_at_random_moments(tmp_path):
    path = tmp_path / "crash.sqlite"
    figures = crash_loop(path, kills=2, gui_every=1, seed=3, max_delay=0.4)
    assert figures["kills"] == 2 and figures["edits"] > 2
    assert figures["integrity_failures"] == 0
    assert figures["lost_edits"] == 0
    project = Project(path)
    try:
        assert project.events.count() > 0
    finally:
        project.close()


def test_killed_writer_leaves_a_stale_lock_that_is_taken_over(tmp_path):
    path = tmp_path / "crash.sqlite"
    reported = run_child(path, "storage", "solo", 0.05)
    assert lock_path(path).exists()  # nobody removed it: the child died holding it
    assert check(path, full=True) == []
    assert lost_edits(path, reported) == []  # opens read-write despite the lock file


def test_the_loss_check_notices_an_edit_that_is_not_there(tmp_path):
    path = tmp_path / "crash.sqlite"
    reported = run_child(path, "storage", "solo", 0.05)
    assert reported
    invented = ["E\tnever-written", "A\tnever-imported", "R\tsolo-0\tsolo-0-other"]
    assert lost_edits(path, reported + invented) == invented


@pytest.mark.slow
def test_fifty_kills(tmp_path):
    figures = crash_loop(tmp_path / "crash.sqlite", kills=50, gui_every=5, seed=11)
    assert figures["integrity_failures"] == figures["lost_edits"] == 0
    assert os.path.exists(tmp_path / "crash.sqlite")
