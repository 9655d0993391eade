"""The article's metadata, above all its published date: the reference day
from which every relative date in the text is resolved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from temporal.dates import DateParseError, Precision, parse_date


def normalise_published(text: str) -> str:
    """Accept an ISO timestamp as found in pages, or a day typed as analysts do.

    Returns the ISO string to store; raises ValueError with a readable message.
    """
    text = text.strip()
    if not text:
        return ""
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if len(text) > 10:
            return stamp.isoformat()
        return stamp.date().isoformat()
    except ValueError:
        pass
    try:
        date = parse_date(text)
    except DateParseError as exc:
        raise ValueError(str(exc)) from None
    if date.precision != Precision.DAY or date.approximate:
        raise ValueError(f"“{text}” is not one day; the published date must be a day, "
                         "e.g. 1 July 2025 or 2025-07-01.")
    return date.earliest.isoformat()


class ArticleDialog(QDialog):
    FIELDS = (("title", "&Title"), ("outlet", "&Outlet"), ("url", "&URL"),
              ("author", "&Author"), ("published", "&Published"))

    def __init__(self, article, parent=None):
        super().__init__(parent)
        self.setObjectName("articleDialog")
        self.setWindowTitle("Article details")
        self.setMinimumWidth(480)
        self.article = article
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in self.FIELDS:
            edit = QLineEdit(getattr(article, name), objectName=f"article_{name}")
            self.edits[name] = edit
            form.addRow(label, edit)
        self.edits["published"].setPlaceholderText("e.g. 1 July 2025, 2025-07-01T09:49+03:00")
        self.message = QLabel(objectName="articleDialogMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        hint = QLabel("Relative dates in the text (“on Tuesday”, “since November”) are "
                      "resolved from the published date.")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        """Fields that differ from the article; raises ValueError on a bad date."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["published"] = normalise_published(values["published"])
        return {k: v for k, v in values.items() if v != getattr(self.article, k)}

    def accept(self) -> None:
        try:
            self.changes()
        except ValueError as exc:
            self.message.setText(str(exc))
            self.edits["published"].setFocus()
            return
        super().accept()
