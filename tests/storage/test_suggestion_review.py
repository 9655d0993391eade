"""The review rules of proposed events (storage.suggestion_review), without Qt or SQL."""

from __future__ import annotations

import datetime as dt

from storage.records import Annotation
from storage.suggestion_review import ACCEPTED, DIFFERS, NEW, review
from temporal.dates import parse_date
from temporal.expressions import TimeExpression
from temporal.suggestions import Proposal


def proposal(start: int, value: str, day: dt.date) -> Proposal:
    expression = TimeExpression(start, start + 7, "Tuesday", "DATE", value, "day", day, day)
    return Proposal(expression, 0, 40, "The ministers spoke on Tuesday")


def passage(event_id: int, start: int, value: str) -> Annotation:
    return Annotation(event_id, "u", 1, event_id, 0, 40, "q", "", "", "", "",
                      start, start + 7, value)


def test_new_proposals_stay_new_and_dismissed_ones_go():
    rows = review([proposal(10, "2025-07-01", dt.date(2025, 7, 1)),
                   proposal(50, "2025-07-02", dt.date(2025, 7, 2))], {(50, 57)}, [])
    assert [(row.key, row.status) for row in rows] == [((10, 17), NEW)]


def test_accepted_takes_the_event_title_and_differs_only_on_a_new_reading():
    day = dt.date(2025, 7, 1)
    same = review([proposal(10, "2025-07-01", day)], set(),
                  [(passage(4, 10, "2025-07-01"), "Call", "2025-07-01")])
    assert same[0].status == ACCEPTED and same[0].title == "Call" and same[0].event_id == 4
    # The analyst corrected the date when accepting: not flagged.
    corrected = review([proposal(10, "2025-07-01", day)], set(),
                       [(passage(4, 10, "2025-07-01"), "Call", "2025-06-30")])
    assert corrected[0].status == ACCEPTED
    # The published date moved: the text now reads 8 July, the event keeps 1 July.
    moved = review([proposal(10, "2025-07-08", dt.date(2025, 7, 8))], set(),
                   [(passage(4, 10, "2025-07-01"), "Call", "2025-07-01")])
    assert moved[0].status == DIFFERS and moved[0].event_date == parse_date("1 Jul 2025")


def test_the_analysts_edits_apply_to_new_rows_only():
    edits = {(10, 17): {"title": "Edited"}}
    rows = review([proposal(10, "2025-07-01", dt.date(2025, 7, 1))], set(), [], edits)
    assert rows[0].title == "Edited"
