"""The Date column's words for a suggestion without a date (issue 15, point 4)."""

from __future__ import annotations

from storage.suggestion_review import NEW, Suggestion
from temporal.dates import parse_date
from temporal.event_proposals import EventProposal
from temporal.expressions import TimeExpression


def _row(value: str, date=None) -> Suggestion:
    expression = TimeExpression(0, 3, "now", "DATE", value, None, None, None)
    proposal = EventProposal(0, 3, "now", "Port closed", date, expression, 0, 10)
    return Suggestion(proposal, "Port closed", date, NEW)


def test_date_label_says_why_there_is_no_date():
    assert _row("PRESENT_REF").date_label(True) == "the present (no date)"
    assert _row("PAST_REF").date_label(False) == "the past (no date)"
    assert _row("XXXX-WXX-2").date_label(False) == "needs published date"
    assert _row("P3D").date_label(True) == "no calendar date"
    assert _row("2025-07-01", parse_date("2025-07-01")).date_label(True) == "1 Jul 2025"


def test_accept_all_takes_only_dated_new_rows():
    assert _row("2025-07-01", parse_date("2025-07-01")).takes_part_in_accept_all
    assert not _row("PRESENT_REF").takes_part_in_accept_all
    accepted = _row("2025-07-01", parse_date("2025-07-01"))
    accepted.status = "accepted"
    assert not accepted.takes_part_in_accept_all



def test_accept_all_leaves_a_dated_clause_without_a_happening_to_the_analyst():
    date = parse_date("2025-07-02")
    expression = TimeExpression(0, 5, "today", "DATE", "2025-07-02", None, None, None)
    clause = EventProposal(0, 5, "today", "Camp a darker place", date, expression, 0, 30,
                           family="clause")
    assert not Suggestion(clause, clause.title, date, NEW).takes_part_in_accept_all
    happening = EventProposal(0, 5, "closed", "Camp closed", date, expression, 0, 30,
                              family="guess")
    assert Suggestion(happening, happening.title, date, NEW).takes_part_in_accept_all
