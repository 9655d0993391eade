"""Undo command for a timeline CSV or project JSON import (gui.exchange.exchange_actions).

The file was read, checked and previewed before; this writes it in one
transaction (storage's ``apply_plan`` / ``apply_json``) and is one undo step
and one change record however many rows it holds, so the views insert the
new rows instead of reloading. The import's ``ImportBatch``
(storage.exchange.import_undo) takes its rows out and puts them back, each
time returning its own record. A large file is written beforehand in steps
(gui.exchange.stepped_apply) and handed over as ``written``: the first redo
then only announces that batch's record.
"""

from __future__ import annotations

from gui.commands.session_command import SessionCommand
from storage.changes import Changes


class ImportTimelineFile(SessionCommand):
    """Everything one file added (storage's ImportBatch of row ids)."""

    def __init__(self, session, plan, apply, text: str, written=None):
        super().__init__(session, text)
        self.plan, self.apply = plan, apply
        self.batch = written
        self.first = True  # the first redo writes (or announces what was written)

    def do(self) -> Changes:
        if self.first:
            self.first = False
            if self.batch is None:
                self.batch = self.apply(self.project, self.plan)
            return self.batch.changes
        return self.batch.put_back(self.project)

    def reverse(self) -> Changes:
        return self.batch.take_out(self.project)
