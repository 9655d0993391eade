"""File ▸ Import from Address…: an article taken straight from its web address.

A small dialog (``gui.exchange.address_dialog``) asks for the address, and
this fetches it on a worker thread (``gui.exchange.address_fetch``, through
``storage.intake.fetching``: one page, a timeout, a size cap, no scripts or other
resources), so the window stays responsive for the seconds a slow site takes.
While it fetches the dialog says so and Cancel gives up at once (a late answer
is thrown away).  A failure is shown in the dialog, with the address kept for
correcting; a page that was read is imported like a file (one undo step,
duplicates refused, date evidence that disagrees reported).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from gui.exchange.address_dialog import AddressDialog
from gui.exchange.address_fetch import FetchThread
from storage.intake.article_draft import ArticleReadError
from storage.intake.fetching import check_address


class AddressImport(QObject):
    """Connects File ▸ Import from Address to the dialog, the fetch and the
    article importer (``gui.exchange.article_import``), which writes the page
    as one undoable ``ImportArticles``."""

    def __init__(self, actions: dict, importer, parent_widget):
        super().__init__(parent_widget)
        self.importer = importer
        self.parent_widget = parent_widget
        self.dialog: AddressDialog | None = None
        self.thread: FetchThread | None = None
        self.running: set[FetchThread] = set()  # kept alive until each has finished
        actions["actionImportFromAddress"].triggered.connect(self.ask)

    def ask(self) -> None:
        dialog = AddressDialog(self.parent_widget)
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
        self.importer.import_drafts([draft])

    def _abandon(self) -> None:
        self.dialog = None
        self.thread = None  # its answer, when it comes, is ignored
