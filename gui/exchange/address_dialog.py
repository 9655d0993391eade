"""The dialog of File ▸ Import from Address…: the address to fetch, and what
happened to the last try (``gui.exchange.address_import`` drives it).

The address is filled from the clipboard when it holds one, since analysts
copy it from the browser; a failure is shown here, with the address kept
for correcting, rather than in a message box that would lose it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from storage.intake.fetching import TIMEOUT_SECONDS


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
