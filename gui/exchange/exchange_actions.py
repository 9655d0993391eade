"""What File ▸ Import Timeline CSV / Project JSON and File ▸ Export do.

Imports read and check the whole file first (storage does it, no Qt), show
the preview dialog, and only on "Import" push one ``ImportTimelineFile``: one
transaction, one undo step and one change record, however many rows. Exports
write atomically and say what they had to leave out (undated events for
TimelineJS, events coarser than a month for ACLED) instead of dropping them
silently.  The menu items are gui.actions' (File ▸ Export is a submenu
there); this only connects them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog

from gui.commands.file_import import ImportTimelineFile
from gui.exchange.csv_preview_dialog import CsvPreviewDialog, csv_preview, json_preview
from storage.acled_export import export_acled
from storage.csv_import import CsvImportError, apply_plan, plan_file
from storage.json_exchange import apply_json, export_json, read_project_json
from storage.timelinejs_export import export_timelinejs

CSV_FILTERS = ("CSV, UTF-8 (*.csv)", "CSV for Excel, UTF-8 with BOM (*.csv)")
IMPORT_FILTER = "Timeline CSV (*.csv *.tsv *.txt);;All files (*)"
JSON_FILTER = "Project JSON (*.json);;All files (*)"
MAX_LISTED = 15
NO_GROUPS = "(no groups)"


def listing(lines: list[str]) -> str:
    shown = "\n".join(f"• {line}" for line in lines[:MAX_LISTED])
    more = len(lines) - MAX_LISTED
    return shown + (f"\n… and {more} more." if more > 0 else "")


class ExchangeActions(QObject):
    problem = Signal(str, str)  # title, message
    message = Signal(str, int)  # status bar text, milliseconds

    def __init__(self, session, actions: dict, parent_widget):
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self.preview_dialog: CsvPreviewDialog | None = None
        a = actions
        a["actionImportTimelineCsv"].triggered.connect(self.import_timeline_csv)
        a["actionImportProjectJson"].triggered.connect(self.import_project_json)
        a["actionExportTimelineJs"].triggered.connect(self.export_timelinejs)
        a["actionExportAcled"].triggered.connect(self.export_acled)
        a["actionExportJson"].triggered.connect(self.export_json)

    def _problem(self, title: str, message: str) -> None:
        self.problem.emit(title, message)

    # -- imports -------------------------------------------------------------------
    def import_timeline_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, "Import timeline CSV",
                                              str(self.session.path.parent), IMPORT_FILTER)
        if not path:
            return
        try:
            plan = plan_file(path, self.session.project)
        except CsvImportError as exc:
            self._problem("Import timeline CSV", "\n".join(exc.messages))
            return
        self._preview(csv_preview(plan), plan, apply_plan,
                      f"Import {len(plan.new_events)} events from {Path(path).name}")

    def import_project_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, "Import project JSON",
                                              str(self.session.path.parent), JSON_FILTER)
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            plan = read_project_json(data, Path(path).name, self.session.project)
        except OSError as exc:
            self._problem("Import project JSON", f"{path} cannot be read: {exc.strerror}.")
            return
        except CsvImportError as exc:
            self._problem("Import project JSON", "\n".join(exc.messages))
            return
        self._preview(json_preview(plan), plan, apply_json, f"Import {Path(path).name}")

    def _preview(self, preview, plan, apply, text: str) -> None:
        dialog = CsvPreviewDialog(preview, self.parent_widget)
        self.preview_dialog = dialog  # reachable from tests and automation
        dialog.accepted.connect(lambda: self._apply(plan, apply, text))
        dialog.open()

    def _apply(self, plan, apply, text: str) -> None:
        try:
            self.session.push(ImportTimelineFile(self.session, plan, apply, text))
        except CsvImportError as exc:
            self._problem(text, "\n".join(exc.messages))
            return
        except Exception as exc:  # storage refused (disk full, read-only...)
            self._problem(text, str(exc))
            return
        self.message.emit(f"{text}: done ({plan.summary()}).", 8000)

    # -- exports -------------------------------------------------------------------
    def _ask(self, title: str, suffix: str, filters) -> tuple[str, bool] | None:
        suggested = str(self.session.path.with_name(self.session.path.stem + suffix))
        path, chosen = QFileDialog.getSaveFileName(self.parent_widget, title, suggested,
                                                   ";;".join(filters))
        if not path:
            return None
        extension = Path(suffix).suffix
        if not path.lower().endswith(extension):
            path += extension
        return path, chosen == CSV_FILTERS[1]

    def _export(self, title: str, suffix: str, filters, write) -> None:
        answer = self._ask(title, suffix, filters)
        if answer is None:
            return
        path, excel = answer
        try:
            report = write(path, excel)
        except OSError as exc:
            self._problem(title, f"The file could not be written to {path}: {exc.strerror}.")
            return
        count = report if isinstance(report, int) else report.count
        self.message.emit(f"Exported {count} events to {path}", 8000)
        if getattr(report, "warnings", None):
            self._problem(title, f"Exported {count} events to {path}. These were left out:\n"
                          + listing(report.warnings))

    def export_timelinejs(self) -> None:
        kinds = ["actor", "place", "topic", "other", NO_GROUPS]
        kind, ok = QInputDialog.getItem(self.parent_widget, "Export for TimelineJS",
                                        "Group the timeline's rows by tags of kind:", kinds,
                                        0, False)
        if not ok:
            return
        group_kind = None if kind == NO_GROUPS else kind
        self._export("Export for TimelineJS", "-timelinejs.csv", CSV_FILTERS,
                     lambda path, excel: export_timelinejs(
                         self.session.project, path, group_kind=group_kind, excel=excel))

    def export_acled(self) -> None:
        self._export("Export ACLED-style CSV", "-acled.csv", CSV_FILTERS,
                     lambda path, excel: export_acled(self.session.project, path,
                                                      excel=excel))

    def export_json(self) -> None:
        def write(path, _excel) -> int:
            return export_json(self.session.project, path)["events"]

        self._export("Export project as JSON", ".json", ("Project JSON (*.json)",), write)
