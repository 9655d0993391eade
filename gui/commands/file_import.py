"""Undo command for a timeline CSV or project JSON import (gui.exchange.exchange_actions).

The file was read, checked and previewed before; this writes it in one
transaction (storage's ``apply_plan`` / ``apply_json``) and is one undo step
and one change record however many rows it holds, so the views insert the
new rows instead of reloading.
"""

from __future__ import annotations

from gui.commands.session_command import SessionCommand
from storage.changes import Changes, import_record
from storage.cited_sources import put_back, take_out


class ImportTimelineFile(SessionCommand):
    """Everything one file added (storage's ImportBatch of row ids)."""

    def __init__(self, session, plan, apply, text: str):
        super().__init__(session, text)
        self.plan, self.apply = plan, apply
        self.batch = None
        self.snapshot = None
        self.passages: set[tuple[int, int]] = set()

    def do(self) -> Changes:
        if self.snapshot is None:
            self.batch = self.apply(self.project, self.plan)
            self.passages = self.project.annotations.pairs(self.batch.ids["annotations"])
        else:
            put_back(self.project, self.snapshot, self.batch)
        return import_record(self.batch.ids, self.passages)

    def reverse(self) -> Changes:
        self.snapshot = take_out(self.project, self.batch)
        return import_record(self.batch.ids, self.passages, removed=True)
