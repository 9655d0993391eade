"""Opening a project from the GUI: the storage checks, and the questions they raise.

``storage.Project`` does the work in a fixed order (lock, quick_check,
backup, migrate) and refuses with a typed error; this module turns each
refusal into the question the analyst can actually answer:

* open elsewhere  -> "Open read-only?" (two writers never share a file);
* damaged         -> "Restore the backup of <date>?" (the damaged file is
                     moved aside untouched, never written to);
* too new, not a project, unreadable -> a message, and nothing is changed.

Questions are modal message boxes with object names so tests can find and
answer them; notes from a successful open (a failed backup, a restore that
just happened) are returned for the window to show once it exists.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from storage import Project, ProjectOpenError, StorageError
from storage import backups
from storage.integrity import ProjectDamagedError
from storage.locking import ProjectLockedError, ProjectNotWritableError

READ_ONLY = "Open Read-Only"
RESTORE = "Restore Backup"
CANCEL = "Cancel"


def ask(parent: QWidget | None, title: str, text: str, choices: tuple[str, ...],
        icon=QMessageBox.Warning, name: str = "openProjectDialog") -> str:
    """A modal question; returns the label of the button pressed (CANCEL if closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.NoButton, parent)
    box.setObjectName(name)
    buttons = {}
    for label in choices:
        role = QMessageBox.RejectRole if label == CANCEL else QMessageBox.AcceptRole
        buttons[box.addButton(label, role)] = label
    if CANCEL in choices:
        box.setEscapeButton(next(b for b, label in buttons.items() if label == CANCEL))
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton(), CANCEL)


def tell(parent: QWidget | None, title: str, text: str) -> None:
    ask(parent, title, text, ("OK",), name="openProjectMessage")


class OpenResult:
    """A project that opened, with what the analyst should be told about it."""

    def __init__(self, project: Project, notes: list[str] | None = None):
        self.project = project
        self.warnings = list(project.warnings)  # shown as a problem dialog
        self.notes = list(notes or [])  # shown in the status bar


def open_project(path: str | Path, parent: QWidget | None = None) -> OpenResult | None:
    """Open ``path`` for the GUI, asking what to do if it cannot simply be opened.

    Returns None if the analyst cancelled or the file cannot be used; in that
    case the file is exactly as it was.
    """
    path = Path(path)
    try:
        return OpenResult(Project(path))
    except (ProjectLockedError, ProjectNotWritableError) as exc:
        return _open_read_only(path, parent, exc)
    except ProjectDamagedError as exc:
        return _offer_backup(path, parent, exc)
    except ProjectOpenError as exc:
        tell(parent, "Open project", str(exc))
        return None


def _open_read_only(path: Path, parent, exc: ProjectOpenError) -> OpenResult | None:
    title = ("Project already open" if isinstance(exc, ProjectLockedError)
             else "Project cannot be written")
    choice = ask(parent, title,
                 f"{exc}\n\nYou can open it read-only to look things up; changes "
                 "cannot be saved in that window.", (READ_ONLY, CANCEL))
    if choice != READ_ONLY:
        return None
    try:
        project = Project(path, read_only=True)
    except ProjectOpenError as again:
        tell(parent, "Open project", str(again))
        return None
    return OpenResult(project, ["Opened read-only: changes in this window are not saved."])


def _offer_backup(path: Path, parent, exc: ProjectDamagedError) -> OpenResult | None:
    backup = backups.newest_good_backup(path)
    if backup is None:
        tell(parent, "Project damaged",
             f"{exc}\n\nThere is no backup of it to restore. Keep the file: someone "
             "with SQLite tools may be able to rescue part of it.")
        return None
    choice = ask(parent, "Project damaged",
                 f"{exc}\n\nThe newest good backup is from {backup.label}. Restore it? "
                 "The damaged file will be kept beside it, renamed, untouched.",
                 (RESTORE, CANCEL))
    if choice != RESTORE:
        return None
    try:
        aside = backups.replace_damaged(path, backup)
        project = Project(path)
    except (StorageError, OSError) as again:
        tell(parent, "Restore backup", f"The backup could not be restored: {again}")
        return None
    return OpenResult(project, [f"Restored the backup from {backup.label}. The damaged "
                                f"file was kept as {aside.name}."])


def restore_backup(path: Path, backup: backups.Backup) -> str:
    """Restore ``backup`` into the (closed) project; returns the note or raises StorageError.

    The project's current state is backed up first, so this can be reversed
    from the same dialog.
    """
    try:
        backups.restore(path, backup)
    except OSError as exc:
        raise StorageError(f"The backup could not be restored: {exc.strerror or exc}.") from exc
    return (f"Restored the backup from {backup.label}. The state before the restore "
            "was backed up first; it is listed in File ▸ Restore from Backup.")
