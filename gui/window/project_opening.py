"""Opening a project from the GUI: the storage checks, and the questions they raise.

``storage.Project`` does the work in a fixed order (lock, quick_check,
backup, migrate) and refuses with a typed error; this module turns each
refusal into the question the analyst can actually answer:

* open elsewhere  -> "Open read-only?" (two writers never share a file);
* disk or folder refuses (full, read-only, I/O) -> said as such, never as
                     damage, with "Open read-only?";
* hard links      -> opened read-only, with a message saying why;
* damaged         -> "Restore the backup of <date>?" (the damaged file is
                     kept aside untouched, never written to);
* gone missing    -> a project that existed (it is in Open Recent, or has
                     backups) is never silently re-created empty: "Restore
                     its backup, create a new project, or cancel?";
* too new, not a project, unreadable -> a message, and nothing is changed.

Questions are modal message boxes with object names so tests can find and
answer them; notes from a successful open (a failed backup, a restore that
just happened) are returned for the window to show once it exists.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from storage import Project, ProjectOpenError, StorageError
from storage.errors import ProjectAccessError, ProjectMissingError
from storage.safety import backups
from storage.safety.integrity import ProjectDamagedError
from storage.safety.locking import ProjectHardLinkedError, ProjectLockedError

READ_ONLY = "Open Read-Only"
RESTORE = "Restore Backup"
CREATE = "Create New Project"
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


def open_project(path: str | Path, parent: QWidget | None = None, *,
                 known: bool = False) -> OpenResult | None:
    """Open ``path`` for the GUI, asking what to do if it cannot simply be opened.

    ``known``: the analyst opened this path before (Open Recent), so if it is
    missing it has gone missing, and is not a new project to create.
    Returns None if the analyst cancelled or the file cannot be used; in that
    case the file is exactly as it was.
    """
    path = Path(path)
    try:
        traces = [] if path.exists() else backups.traces(path)
        if known or traces:
            return OpenResult(Project(path, create=False))
        return OpenResult(Project(path))
    except ProjectMissingError as exc:
        return _ask_missing(path, parent, exc)
    except ProjectHardLinkedError as exc:
        return _open_hard_linked(path, parent, exc)
    except (ProjectLockedError, ProjectAccessError) as exc:
        if not path.exists():  # a new project where none can be written: nothing to read
            tell(parent, "New project", str(exc))
            return None
        return _open_read_only(path, parent, exc)
    except ProjectDamagedError as exc:
        return _offer_backup(path, parent, exc)
    except ProjectOpenError as exc:
        tell(parent, "Open project", str(exc))
        return None
    except OSError as exc:  # anything the storage layer did not foresee: said, not a crash
        tell(parent, "Open project", f"{path.name} could not be opened: "
                                     f"{exc.strerror or exc}. It was not changed.")
        return None


def _ask_missing(path: Path, parent, exc: ProjectMissingError) -> OpenResult | None:
    """The file of a project that existed is gone: never re-create it empty unasked."""
    backup = backups.newest_good_backup(path)
    if backup is not None:
        question = (f"Put its newest good backup, from {backup.label}, back at that path, "
                    "or create a new, empty project there?")
        choices = (RESTORE, CREATE, CANCEL)
    else:
        question = "Create a new, empty project at that path?"
        choices = (CREATE, CANCEL)
    choice = ask(parent, "Project not found", f"{exc}\n\n{question}", choices)
    try:
        if choice == RESTORE:
            backups.restore_missing(path, backup)
            return OpenResult(Project(path, create=False),
                              [f"Restored the backup from {backup.label}."])
        if choice == CREATE:
            return OpenResult(Project(path))
    except ProjectOpenError as again:  # e.g. the disk is full: said as such
        tell(parent, "Open project", str(again))
    except StorageError as again:
        tell(parent, "Restore backup", f"The backup could not be restored: {again}")
    return None


def _open_hard_linked(path: Path, parent, exc: ProjectHardLinkedError) -> OpenResult | None:
    try:
        project = Project(path, read_only=True)
    except ProjectOpenError as again:
        tell(parent, "Open project", str(again))
        return None
    result = OpenResult(project, ["Opened read-only: changes in this window are not saved."])
    result.warnings.insert(0, str(exc))
    return result


def _open_read_only(path: Path, parent, exc: ProjectOpenError) -> OpenResult | None:
    if isinstance(exc, ProjectLockedError):
        title = "Project already open"
    elif isinstance(exc, ProjectAccessError) and exc.reason == "full":
        title = "Disk full"
    else:
        title = "Project cannot be written"
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
    except (StorageError, OSError) as again:
        tell(parent, "Restore backup", f"The backup could not be restored: {again}")
        return None
    try:
        project = Project(path, create=False)
    except (StorageError, OSError) as again:
        tell(parent, "Open project", f"The backup was restored, but: {again}")
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
