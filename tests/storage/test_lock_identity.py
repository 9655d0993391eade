"""The lock goes by the file, not by the name: second writers through symbolic and
hard links are refused, and the lock file never writes through a planted link."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from storage import Project
from storage.safety.locking import (
    ProjectHardLinkedError,
    ProjectLock,
    ProjectLockedError,
    lock_path,
)
from tests.conftest import ROOT

CLI_IMPORT = textwrap.dedent("""
    import sys
    from storage.article_commands import run_import
    sys.exit(run_import(sys.argv[1], [sys.argv[2]], None))
""")


def test_second_writer_through_a_symbolic_link_is_refused(tmp_path):
    real = tmp_path / "real" / "p.sqlite"
    real.parent.mkdir()
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    folder_link = tmp_path / "elsewhere"
    folder_link.symlink_to(real.parent)
    holder = Project(real)
    try:
        holder.events.add("the window's")
        for other in (link, folder_link / "p.sqlite"):
            with pytest.raises(ProjectLockedError):
                Project(other)
        assert lock_path(link) == lock_path(real) == real.with_name("p.sqlite.lock")
    finally:
        holder.close()


def test_cli_import_through_a_link_is_refused_while_the_window_writes(tmp_path):
    real = tmp_path / "p.sqlite"
    link = tmp_path / "link.sqlite"
    link.symlink_to(real)
    article = tmp_path / "a.txt"
    article.write_text("Report\n\nThe council met on 3 March 2024.\n", encoding="utf-8")
    holder = Project(real)
    try:
        result = subprocess.run([sys.executable, "-c", CLI_IMPORT, str(link), str(article)],
                                capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert result.returncode == 2 and "already open" in result.stderr
        assert holder.articles.count() == 0
    finally:
        holder.close()


def test_a_hard_linked_project_is_opened_read_only_only(tmp_path):
    path = tmp_path / "p.sqlite"
    project = Project(path)
    project.events.add("written once")
    project.close()
    second = tmp_path / "second-name.sqlite"
    os.link(path, second)
    for name in (path, second):
        with pytest.raises(ProjectHardLinkedError, match="2 names") as raised:
            Project(name)
        assert "read-only" in str(raised.value)
        reader = Project(name, read_only=True)
        assert reader.events.count() == 1
        reader.close()
    assert not lock_path(path).exists() and not lock_path(second).exists()
    second.unlink()
    Project(path).close()  # one name again: writable


def test_a_lock_file_that_is_a_symbolic_link_is_not_written_through(tmp_path):
    path = tmp_path / "p.sqlite"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    lock_path(path).symlink_to(victim)
    lock = ProjectLock(path)
    lock.acquire()
    try:
        assert victim.read_text() == "precious"
        assert not lock_path(path).is_symlink()
        assert json.loads(lock_path(path).read_text())["pid"] == os.getpid()
    finally:
        lock.release()
    assert victim.read_text() == "precious"


def test_a_lock_file_that_is_a_hard_link_is_not_written_to(tmp_path):
    path = tmp_path / "p.sqlite"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    os.link(victim, lock_path(path))
    project = Project(path)
    try:
        assert victim.read_text() == "precious"
        assert os.stat(lock_path(path)).st_ino != os.stat(victim).st_ino
    finally:
        project.close()
    assert victim.read_text() == "precious"


def test_a_fifo_as_lock_file_does_not_block(tmp_path):
    path = tmp_path / "p.sqlite"
    os.mkfifo(lock_path(path))
    project = Project(path)  # would block forever in open() without O_NONBLOCK
    project.close()
