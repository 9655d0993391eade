"""The preview shown before an import writes anything.

An analyst importing someone else's chronology needs to see, before the
project changes, what the program made of the file: which format it took it
for, which column becomes which field, how the first rows read, and every
problem with its line number. Import is only enabled when there is something
new to add and no row is in error, because an import is all or nothing.
The same dialog previews a project JSON merge (no column mapping there).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from storage.exchange.cells import tag_text
from storage.records import stored_date

PREVIEW_ROWS = 200
PREVIEW_HEADERS = ("Line", "Status", "Date", "Title", "Location", "Tags", "Sources")
STATUS_TEXT = {"new": "new", "duplicate": "already in project", "error": "error",
               "skipped": "skipped"}
ERROR_BRUSH = QBrush(QColor("#b00020"))
MUTED_BRUSH = QBrush(QColor("#6b6b6b"))


@dataclass
class Preview:
    """What the dialog shows, independent of the file format."""

    title: str
    format_label: str
    summary: str
    mapping: list[tuple[str, str]] = field(default_factory=list)
    headers: tuple[str, ...] = PREVIEW_HEADERS
    rows: list[tuple[list[str], str]] = field(default_factory=list)  # (cells, status)
    problems: list[tuple[str, str]] = field(default_factory=list)    # (text, kind)
    can_import: bool = False


def _event_cells(line, status, event, message="") -> list[str]:
    if event is None:
        return [str(line), STATUS_TEXT[status], "", message, "", "", ""]
    return [str(line), STATUS_TEXT[status], event.date.display if event.date else "undated",
            event.title, event.location, tag_text(event.tags), str(len(event.sources))]


def csv_preview(plan) -> Preview:
    """The preview of a storage.exchange.csv_import.ImportPlan."""
    layout = plan.layout
    mapping = [(name, use) for name, use in layout.used.items()]
    mapping += [(name, "(not used)") for name in layout.ignored()]
    rows = [(_event_cells(r.line, r.status, r.event, r.message), r.status)
            for r in plan.rows[:PREVIEW_ROWS]]
    problems = [(str(p), p.kind) for p in plan.problems]
    return Preview(f"Import Timeline CSV — {plan.name}", layout.label, plan.summary(),
                   mapping, rows=rows, problems=problems,
                   can_import=bool(plan.new_events) and not plan.errors)


def json_preview(plan) -> Preview:
    """The preview of a storage.exchange.project_json.JsonPlan."""
    rows = []
    for number, item in enumerate(plan.events[:PREVIEW_ROWS], 1):
        date = stored_date(item.get("date") or "")
        shown = date.display if date else "undated"
        tags = tag_text(plan.event_tags[number - 1])
        rows.append(([str(number), "new", shown, item.get("title", ""),
                      item.get("location", ""), tags, ""], "new"))
    problems = [(str(p), p.kind) for p in plan.problems]
    return Preview(f"Import Project JSON — {plan.name}", "Timeline Annotator project (JSON)",
                   plan.summary(), headers=("#", *PREVIEW_HEADERS[1:-1]),
                   rows=[(cells[:-1], status) for cells, status in rows], problems=problems,
                   can_import=bool(plan.articles or plan.events or plan.annotations)
                   and not plan.errors)


def _table(name: str, headers) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CsvPreviewDialog(QDialog):
    """Shows a Preview; accepted means "import it"."""

    def __init__(self, preview: Preview, parent=None):
        super().__init__(parent)
        self.setObjectName("csvPreviewDialog")
        self.setWindowTitle(preview.title)
        self.preview = preview
        self.format_label = QLabel(objectName="formatLabel", wordWrap=True)
        self.format_label.setText(f"<b>Detected format:</b> {preview.format_label}<br>"
                                  f"{preview.summary}")
        self.format_label.setTextFormat(Qt.RichText)
        self.mapping = _table("mappingTable", ("Column in the file", "Becomes"))
        for column, use in preview.mapping:
            self._append(self.mapping, [column, use], MUTED_BRUSH if use == "(not used)"
                         else None)
        self.rows = _table("previewTable", preview.headers)
        for cells, status in preview.rows:
            self._append(self.rows, cells, ERROR_BRUSH if status == "error" else
                         MUTED_BRUSH if status != "new" else None)
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.problems = QListWidget(objectName="problemList")
        for text, kind in preview.problems:
            item = QListWidgetItem(text)
            if kind == "error":
                item.setForeground(ERROR_BRUSH)
            self.problems.addItem(item)
        if not preview.problems:
            self.problems.addItem("No problems found.")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton("&Import", QDialogButtonBox.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(preview.can_import)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        split = QSplitter(Qt.Vertical)
        split.addWidget(self.rows)
        split.addWidget(self.problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.format_label)
        if preview.mapping:
            self.mapping.setMaximumHeight(150)
            layout.addWidget(QLabel("Column mapping:"))
            layout.addWidget(self.mapping)
        layout.addWidget(QLabel(f"First rows (up to {PREVIEW_ROWS}) and problems found:"))
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 640)

    @staticmethod
    def _append(table: QTableWidget, cells, brush) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(" ".join(str(text).split())[:200])
            item.setToolTip(str(text)[:1000])
            if brush is not None:
                item.setForeground(brush)
            table.setItem(row, column, item)

    def accept(self) -> None:
        if self.preview.can_import:
            super().accept()
