"""What File ▸ Import Timeline CSV / Project JSON and File ▸ Export do.

Imports read and check the whole file first (storage does it, no Qt; a large
CSV on a worker thread with progress and Cancel, gui.exchange.csv_import_worker),
show the preview dialog, and only on "Import" push one ``ImportTimelineFile``: one
transaction, one undo step and one change record, however many rows. A file of
more than ``STEPPED_ROWS`` rows is written a step per event-loop turn inside
that one transaction, behind a progress dialog whose Cancel rolls it all back
(gui.exchange.stepped_apply). Exports
write atomically and say what they had to leave out (undated events for
TimelineJS, events coarser than a month for ACLED) instead of dropping them
silently.  The menu items are gui.actions' (File ▸ Export is a submenu
there); this only connects them.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog

from gui.commands.file_import import ImportTimelineFile
from gui.exchange.csv_import_worker import CsvRead
from gui.exchange.csv_preview_dialog import CsvPreviewDialog, csv_preview, json_preview
from gui.exchange.progress import reading_progress
from gui.exchange.stepped_apply import SteppedApply
from storage.exchange.acled import export_acled
from storage.exchange.csv_import import apply_plan, apply_plan_in_steps, plan_file
from storage.exchange.problems import ExchangeError, ImportCancelled
from storage.exchange.project_json import (
    apply_json,
    apply_json_in_steps,
    export_json,
    plan_json_file,
)
from storage.exchange.timelinejs import export_timelinejs

CSV_FILTERS = ("CSV, UTF-8 (*.csv)", "CSV for Excel, UTF-8 with BOM (*.csv)")
IMPORT_FILTER = "Timeline CSV (*.csv *.tsv *.txt);;All files (*)"
JSON_FILTER = "Project JSON (*.json);;All files (*)"
MAX_LISTED = 15
NO_GROUPS = "(no groups)"
# A CSV larger than this is read for its preview on a worker thread (about
# 10,000 rows of our export; smaller files read in well under a second).
BACKGROUND_BYTES = 2 * 1024 * 1024
# A file with more rows than this is applied in steps with progress and Cancel
# (about 50 ms of writing; smaller ones are written at once, one transaction).
STEPPED_ROWS = 5000


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
        self.csv_reading: CsvRead | None = None
        self.csv_progress: QProgressDialog | None = None
        self.applying: SteppedApply | None = None  # a large file being written
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
        if self.csv_reading is not None:
            self._problem("Import timeline CSV", "A timeline CSV is still being read; wait "
                          "for its preview or cancel it, then try again.")
            return
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, "Import timeline CSV",
                                              str(self.session.path.parent), IMPORT_FILTER)
        if not path:
            return
        try:
            size = os.stat(path).st_size
        except OSError:
            size = 0  # plan_file says why it cannot be read
        if size > BACKGROUND_BYTES:
            self._read_in_background(path)
            return
        try:
            plan = plan_file(path, self.session.project)
        except ExchangeError as exc:
            self._problem("Import timeline CSV", "\n".join(exc.messages))
            return
        self._preview_csv(plan)

    def _preview_csv(self, plan) -> None:
        self._preview(csv_preview(plan), plan, apply_plan,
                      f"Import {len(plan.new_events)} events from {plan.name}",
                      apply_plan_in_steps, len(plan.new_events))

    def _read_in_background(self, path: str) -> None:
        """Read a large CSV on a worker thread; a progress dialog offers Cancel."""
        reading = CsvRead(path, parent=self)
        progress = reading_progress(self.parent_widget, "Import timeline CSV",
                                    f"Reading {Path(path).name}…", 100, "csvImportProgress",
                                    reading.cancel)
        reading.progressed.connect(
            lambda done, total: progress.setValue(min(99, done * 100 // max(total, 1))))
        reading.finished.connect(lambda result: self._read_done(result, reading, progress))
        self.csv_reading, self.csv_progress = reading, progress  # for tests and automation
        reading.start()

    def _read_done(self, result, reading, progress) -> None:
        progress.close()
        progress.deleteLater()
        reading.deleteLater()
        self.csv_reading = self.csv_progress = None
        if isinstance(result, ImportCancelled):
            self.message.emit("Import timeline CSV: cancelled.", 8000)
            return
        if isinstance(result, ExchangeError):
            self._problem("Import timeline CSV", "\n".join(result.messages))
            return
        result.mark_existing(self.session.project)
        self._preview_csv(result)

    def import_project_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, "Import project JSON",
                                              str(self.session.path.parent), JSON_FILTER)
        if not path:
            return
        try:
            plan = plan_json_file(path, self.session.project)
        except ExchangeError as exc:
            self._problem("Import project JSON", "\n".join(exc.messages))
            return
        rows = len(plan.article_rows) + len(plan.event_rows) + len(plan.passage_rows)
        self._preview(json_preview(plan), plan, apply_json, f"Import {Path(path).name}",
                      apply_json_in_steps, rows)

    def _preview(self, preview, plan, apply, text: str, apply_in_steps, rows: int) -> None:
        dialog = CsvPreviewDialog(preview, self.parent_widget)
        self.preview_dialog = dialog  # reachable from tests and automation
        dialog.accepted.connect(lambda: self._apply(plan, apply, text, apply_in_steps, rows))
        dialog.open()

    def _apply(self, plan, apply, text: str, apply_in_steps=None, rows: int = 0) -> None:
        if self.applying is not None:
            self._problem(text, "Another file is still being imported; wait for it to finish "
                          "or cancel it, then try again.")
            return
        if apply_in_steps is not None and rows > STEPPED_ROWS:
            self._apply_in_steps(plan, apply, text, apply_in_steps(self.session.project, plan))
            return
        try:
            self.session.push(ImportTimelineFile(self.session, plan, apply, text))
        except ExchangeError as exc:
            self._problem(text, "\n".join(exc.messages))
            return
        except Exception as exc:  # storage refused (disk full, read-only...)
            self._problem(text, str(exc))
            return
        self.message.emit(f"{text}: done ({plan.summary()}).", 8000)

    def _apply_in_steps(self, plan, apply, text: str, steps) -> None:
        """Write a large file a step per turn; one undo step once it has all committed."""
        applying = SteppedApply(self.session, steps, text, "Importing", self.parent_widget)
        self.applying = applying

        def written(batch) -> None:
            self.applying = None
            try:
                self.session.push(ImportTimelineFile(self.session, plan, apply, text,
                                                     written=batch))
            except Exception as exc:  # cannot fail with a written batch; said if it does
                self._problem(text, str(exc))
                return
            self.message.emit(f"{text}: done ({plan.summary()}).", 8000)

        def cancelled() -> None:
            self.applying = None
            self.message.emit(f"{text}: cancelled; nothing was imported.", 8000)

        def failed(exc) -> None:
            self.applying = None
            messages = exc.messages if isinstance(exc, ExchangeError) else [str(exc)]
            self._problem(text, "\n".join(messages + ["Nothing was imported."]))

        applying.written.connect(written)
        applying.cancelled.connect(cancelled)
        applying.failed.connect(failed)
        applying.start()

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
