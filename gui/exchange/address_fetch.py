"""The worker thread of File ▸ Import from Address: one page fetched off the GUI
thread (``storage.intake.fetching``), so a slow site never freezes the window.

Only reading happens here; the draft goes back to the GUI thread, which
writes it (the project's SQLite connection belongs to that thread).
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from storage.intake.article_draft import ArticleReadError
from storage.intake.fetching import fetch_article


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
