"""File ▸ Import from Address…: an article taken straight from its web address.

A small dialog asks for the address (filled from the clipboard when it holds
one) and fetches it on a worker thread (``storage.fetching``: one page, a
timeout, a size cap, no scripts or other resources), so the window stays
responsive for the seconds a slow site takes.  While it fetches the dialog
says so and Cancel gives up at once (a late answer is thrown away).  A failure
is shown in the dialog, with the address kept for correcting; a page that
was read is imported like a file (one undo step, duplicates refused, date
evidence that disagrees reported).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit,
                               QMenu, QVBoxLayout)

from storage.article_draft import ArticleReadError
from storage.fetching import TIMEOUT_SECONDS, check_address, fetch_article


class FetchThread(QThread):
    """Fetches one address off the GUI thread; ``done`` carries a draft or a message."""

    done = Signal(object, str)

    def __init__(self, address: str, parent=None):
        super().__init__(parent)
        self.address = address

    def run(self) -> None:
        try:
            draft = fetch_article(self.address)
        except ArticleReadError as exc:
            self.done.emit(None, str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the analyst, never a crash
            self.done.emit(None, f"{self.address} could not be imported: {exc}")
        else:
            self.done.emit(draft, "")


class AddressDialog(QDialog):
    """The address to fetch, and what happened to the last try."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("addressDialog")
        self.setWindowTitle("Import from address")
        self.setMinimumWidth(520)
        self.address = QLineEdit(objectName="addressEdit")
        self.address.setPlaceholderText("https://…")
        clipboard = QApplication.clipboard().text().strip()
        if clipboard.lower().startswith(("http://", "https://")) and " " not in clipboard:
            self.address.setText(clipboard)
            self.address.selectAll()
        note = QLabel(f"The page is fetched once (at most {TIMEOUT_SECONDS} seconds): no "
                      "images, scripts or other resources. Its address is kept as the "
                      "article's URL.")
        note.setWordWrap(True)
        self.status = QLabel(objectName="addressStatus", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.fetch_button = self.buttons.button(QDialogButtonBox.Ok)
        self.fetch_button.setText("&Fetch and Import")
        self.fetch_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("&Address of the article:", buddy=self.address))
        layout.addWidget(self.address)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def show_problem(self, message: str) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(message)
        self.set_busy(False)
        self.address.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.fetch_button.setEnabled(not busy)
        self.address.setReadOnly(busy)
        if busy:
            self.status.setStyleSheet("")
            self.status.setText("Fetching…")


class AddressImport(QObject):
    """Wires the action to the dialog, the fetch and the window's importer."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: AddressDialog | None = None
        self.thread: FetchThread | None = None
        self.running: set[FetchThread] = set()  # kept alive until each has finished
        mine = window.actions_by_name["actionImportFromAddress"]
        mine.triggered.connect(self.ask)
        self._place_after(mine, window.actions_by_name["actionImportArticles"])

    @staticmethod
    def _place_after(action, neighbour) -> None:
        """Keep the two ways of importing articles together in the File menu."""
        menu = next((m for m in neighbour.associatedObjects() if isinstance(m, QMenu)), None)
        if menu is None:
            return
        menu.removeAction(action)
        actions = menu.actions()
        following = actions.index(neighbour) + 1
        if following < len(actions):
            menu.insertAction(actions[following], action)
        else:
            menu.addAction(action)

    def ask(self) -> None:
        dialog = AddressDialog(self.window)
        self.dialog = dialog
        dialog.buttons.accepted.connect(self.fetch)
        dialog.rejected.connect(self._abandon)
        dialog.open()

    def fetch(self) -> None:
        dialog = self.dialog
        if dialog is None or self.thread is not None:
            return
        try:
            address = check_address(dialog.address.text())
        except ArticleReadError as exc:
            dialog.show_problem(str(exc))
            return
        dialog.set_busy(True)
        thread = FetchThread(address)
        thread.done.connect(self._fetched)
        thread.finished.connect(lambda: self.running.discard(thread))
        self.running.add(thread)
        self.thread = thread
        thread.start()

    @Slot(object, str)
    def _fetched(self, draft, message: str) -> None:
        if self.sender() is not self.thread:
            return  # abandoned: the analyst has moved on
        self.thread = None
        dialog = self.dialog
        if dialog is None:
            return
        if draft is None:
            dialog.show_problem(message)
            return
        self.dialog = None
        dialog.accept()
        self.window.importer.import_drafts([draft])

    def _abandon(self) -> None:
        self.dialog = None
        self.thread = None  # its answer, when it comes, is ignored
