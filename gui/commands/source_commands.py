"""Undo commands on what a source says of its event (issue 12): an outlet's
reliability and a passage's credibility (Admiralty), the date a passage gives."""

from __future__ import annotations

from gui.commands.session_command import SessionCommand
from storage.changes import Changes
from storage.passage_dates import set_source_date
from storage.source_grades import set_credibility, set_reliability


class GradeOutlet(SessionCommand):
    """Source reliability A–F for every article of one outlet ("" ungrades)."""

    def __init__(self, session, outlet: str, grade: str):
        super().__init__(session, f"Grade {outlet} {grade or 'ungraded'}")
        self.outlet, self.grade = outlet, grade
        self.before: str | None = None

    def do(self) -> Changes:
        change = set_reliability(self.project, self.outlet, self.grade)
        self.before = change.before
        return change.changes

    def reverse(self) -> Changes:
        return set_reliability(self.project, self.outlet, self.before or "").changes


class GradePassage(SessionCommand):
    """Information credibility 1–6 of one passage (None ungrades)."""

    def __init__(self, session, annotation_id: int, value: int | None):
        super().__init__(session, f"Credibility {value or 'ungraded'}")
        self.annotation_id, self.value = annotation_id, value
        self.before: int | None = None

    def do(self) -> Changes:
        change = set_credibility(self.project, self.annotation_id, self.value)
        self.before = change.before
        return change.changes

    def reverse(self) -> Changes:
        return set_credibility(self.project, self.annotation_id, self.before).changes


class SetSourceDate(SessionCommand):
    """The date one passage's source gives its event ("" none)."""

    def __init__(self, session, annotation_id: int, value: str):
        super().__init__(session, "Source's date")
        self.annotation_id, self.value = annotation_id, value
        self.before: str | None = None

    def do(self) -> Changes:
        change = set_source_date(self.project, self.annotation_id, self.value)
        self.before = change.before
        return change.changes

    def reverse(self) -> Changes:
        return set_source_date(self.project, self.annotation_id, self.before or "").changes
