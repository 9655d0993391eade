"""The progress dialog every import that reads on a worker thread shows.

Article files and large timeline CSVs behave alike for the analyst: a modal
dialog with Cancel that appears only when the reading takes longer than a
moment (300 ms), and stays open at 100% until its owner closes it, since the
writing that follows still belongs to the same import.  One maker keeps the two
imports from drifting apart.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def reading_progress(parent: QWidget, title: str, label: str, maximum: int, name: str,
                     on_cancel: Callable[[], None]) -> QProgressDialog:
    """A window-modal progress dialog titled ``title``; ``maximum`` 0 makes it busy-only."""
    progress = QProgressDialog(label, "Cancel", 0, maximum, parent)
    progress.setObjectName(name)  # found by tests and automation
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(on_cancel)
    return progress
