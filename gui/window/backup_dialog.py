"""File ▸ Restore from Backup…: choose one of the project's automatic backups.

The list shows each backup's date and what is in it (articles, events), read
from the backup itself through a read-only connection (storage.file_contents),
because "Tuesday 14:05" alone does not tell an analyst whether that copy still has the events
they deleted by mistake.  The dialog only chooses; ``gui.app.Windows`` does
the restore, since the window has to close its project first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from storage.file_contents import describe_contents
from storage.safety import backups


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1048576:.1f} MB"


class BackupDialog(QDialog):
    def __init__(self, project_path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle("Restore from Backup")
        self.project_path = Path(project_path)
        self.backups = backups.list_backups(self.project_path)

        intro = QLabel(objectName="backupIntro", wordWrap=True)
        self.list = QListWidget(objectName="backupList")
        for backup in self.backups:
            taken = f"{backup.local.day} {backup.local:%B %Y, %H:%M:%S}"
            item = QListWidgetItem(f"{taken}  —  {describe_contents(backup.path)}"
                                   f"  ({_size(backup.size)})")
            item.setToolTip(str(backup.path))
            item.setData(Qt.UserRole, str(backup.path))
            self.list.addItem(item)
        if self.backups:
            intro.setText(
                f"Backups of {self.project_path.name} are made when it is opened after a "
                "change; the last three are kept. Restoring replaces the project's content "
                "with the backup's. The present state is backed up first, so a restore can "
                "itself be undone from here.")
            self.list.setCurrentRow(0)
        else:
            intro.setText(f"There are no backups of {self.project_path.name} yet. One is "
                          "made the next time it is opened after a change.")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.restore_button = self.buttons.addButton("Restore", QDialogButtonBox.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def chosen(self) -> backups.Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None
