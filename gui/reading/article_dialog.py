"""The article's metadata, above all its published date: the reference day
from which every relative date in the text is resolved.

The dialog says where the date came from ("from the dateline “1 липня 2025,
09:49”"), and when the article's evidence disagrees it lists every day found,
one radio button each (Alt+1, Alt+2, ...), the one in use selected: Enter
confirms the choice, and the disagreement is then settled by the analyst,
not by us.  Typing another date makes it the analyst's own.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from storage.intake.published_evidence import Evidence, load_conflicts, normalise_published

__all__ = ["ArticleDialog", "normalise_published"]


def _shown(value: str) -> str:
    """An ISO date or timestamp as the dialog shows it: "2025-07-01 09:49"."""
    return value.replace("T", " ", 1)


class ArticleDialog(QDialog):
    FIELDS = (("title", "&Title"), ("outlet", "&Outlet"), ("url", "&URL"),
              ("author", "&Author"), ("published", "&Published"))

    def __init__(self, article, parent=None):
        super().__init__(parent)
        self.setObjectName("articleDialog")
        self.setWindowTitle("Article details")
        self.setMinimumWidth(520)
        self.article = article
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label in self.FIELDS:
            edit = QLineEdit(getattr(article, name), objectName=f"article_{name}")
            self.edits[name] = edit
            form.addRow(label, edit)
        self.edits["published"].setPlaceholderText("e.g. 1 July 2025, 2025-07-01T09:49+03:00")
        current = Evidence(article.published, article.published_source,
                           article.published_evidence)
        self.candidates = [current] + load_conflicts(article.published_conflicts)
        self.evidence = QLabel(self._evidence_text(current), objectName="articleDateEvidence")
        self.evidence.setWordWrap(True)
        form.addRow("", self.evidence)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.choices = QButtonGroup(self)
        if article.published and len(self.candidates) > 1:
            self._add_choices(layout)
        self.message = QLabel(objectName="articleDialogMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        hint = QLabel("Relative dates in the text (“on Tuesday”, “since November”) are "
                      "resolved from the published date.")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setDefault(True)
        if len(self.candidates) > 1 and article.published:
            self.ok_button.setText("&Confirm Date")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    @staticmethod
    def _evidence_text(current: Evidence) -> str:
        if not current.value:
            return ("No published date was found in the article (no page metadata, dateline, "
                    "timestamp or dated file name); type it above.")
        return f"Published date {current.describe()}."

    def _add_choices(self, layout) -> None:
        """One radio button per day the evidence names; choosing fills the date field."""
        warning = QLabel("⚠ The article's evidence disagrees about its published date. "
                         "Choose one (or type it above) and press Enter to confirm:",
                         objectName="articleDateConflict")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        for number, candidate in enumerate(self.candidates, 1):
            button = QRadioButton(f"&{number}  {_shown(candidate.value)} "
                                  f"{candidate.describe()}", objectName=f"dateChoice{number}")
            button.setChecked(number == 1)
            button.toggled.connect(
                lambda on, value=candidate.value: on and self.edits["published"].setText(value))
            self.choices.addButton(button, number - 1)
            layout.addWidget(button)

    def _origin(self, published: str) -> dict[str, str]:
        """The source and evidence to store for a published date set here."""
        if not published:
            return {"published_source": "", "published_evidence": ""}
        for candidate in self.candidates:
            try:
                same = normalise_published(candidate.value) == published
            except ValueError:
                same = False
            if candidate.value and same and candidate.source:
                return {"published_source": candidate.source,
                        "published_evidence": candidate.evidence}
        return {"published_source": "analyst", "published_evidence": ""}

    def changes(self) -> dict[str, str]:
        """Fields that differ from the article; raises ValueError on a bad date.

        Accepting settles any disagreement: the conflicts are cleared and the
        date's source is the candidate chosen, or the analyst for a typed date.
        """
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["published"] = normalise_published(values["published"])
        if values["published"] != self.article.published or self.article.published_conflicts:
            values.update(self._origin(values["published"]))
            values["published_conflicts"] = ""
        return {k: v for k, v in values.items() if v != getattr(self.article, k)}

    def accept(self) -> None:
        try:
            self.changes()
        except ValueError as exc:
            self.message.setText(str(exc))
            self.edits["published"].setFocus()
            return
        super().accept()
