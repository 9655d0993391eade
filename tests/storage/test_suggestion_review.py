"""The review rules of proposed events (storage.suggestion_review), without Qt or SQL."""

from __future__ import annotations

import datetime as dt

from storage.records import Annotation
from storage.suggestion_review import ACCEPTED, DIFFERS, NEW, accept_all, review
from temporal.dates import parse_date
from temporal.event_proposals import EventProposal, expression_date
from temporal.expressions import TimeExpression


def proposal(start: int, value: str, day: dt.date, title: str = "Ministers spoke") -> \
        EventProposal:
    """A call dated by "Tuesday" at ``start``; its trigger "spoke" before it."""
    expression = TimeExpression(start, start + 7, "Tuesday", "DATE", value, "day", day, day)
    return EventProposal(start - 6, start - 1, "spoke", title, expression_date(expression),
                         expression, 0, 40, ("Putin",), ("Kyiv",), "meeting")


def lead(day: dt.date | None) -> EventProposal:
    """The lead's news, dated by the publication day (no expression)."""
    date = parse_date(day.isoformat()) if day else None
    return EventProposal(60, 66, "attack", "Attack on factory", date, None, 50, 90)


def passage(event_id: int, start: int | None, value: str | None, span=(0, 40)) -> Annotation:
    end = None if start is None else start + 7
    return Annotation(event_id, "u", 1, event_id, *span, "q", "", "", "", "",
                      start, end, value)


def test_new_proposals_stay_new_and_dismissed_ones_go():
    rows = review([proposal(10, "2025-07-01", dt.date(2025, 7, 1)),
                   proposal(50, "2025-07-02", dt.date(2025, 7, 2))], {(44, 49)}, [])
    assert [(row.key, row.status) for row in rows] == [((4, 9), NEW)]
    # A dismissal from the days of date suggestions is kept by the date's span.
    assert review([proposal(50, "2025-07-02", dt.date(2025, 7, 2))], {(50, 57)}, []) == []


def test_a_row_carries_what_accepting_makes():
    [row] = review([proposal(10, "2025-07-01", dt.date(2025, 7, 1))], set(), [])
    assert row.dated_by == "Tuesday" and row.names == "Putin, Kyiv"
    assert [(t.kind, t.name) for t in row.tags] == [("actor", "Putin"), ("place", "Kyiv")]
    assert (row.start, row.end) == (0, 40)  # the sentence is the passage
    assert row.expression_record == (10, 17, "2025-07-01")
    [news] = review([lead(dt.date(2025, 7, 1))], set(), [])
    assert news.dated_by == "publication day" and news.expression_record is None


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


def test_a_publication_day_event_is_accepted_by_its_linked_sentence():
    linked = (passage(7, None, None, span=(50, 90)), "Kupol attack", "2025-07-01")
    [row] = review([lead(dt.date(2025, 7, 1))], set(), [linked])
    assert (row.status, row.event_id, row.title) == (ACCEPTED, 7, "Kupol attack")
    # A passage of another sentence, or one that records a date expression, is not it.
    other = (passage(8, 55, "2025-07-01", span=(50, 90)), "Other", "2025-07-01")
    assert review([lead(dt.date(2025, 7, 1))], set(), [other])[0].status == NEW


def test_the_analysts_edits_apply_to_new_rows_only():
    edits = {(4, 9): {"title": "Edited"}}
    rows = review([proposal(10, "2025-07-01", dt.date(2025, 7, 1))], set(), [], edits)
    assert rows[0].title == "Edited"


def test_accept_all_takes_dated_rows_once_per_happening():
    day = dt.date(2025, 7, 1)
    present = TimeExpression(100, 109, "currently", "DATE", "PRESENT_REF", None, None, None)
    rows = review([
        proposal(10, "2025-07-01", day),
        proposal(30, "2025-07-01", day, title="ministers SPOKE"),  # the same, told again
        proposal(70, "XXXX-WXX-2", None, title="Ministers met"),  # no published date
        EventProposal(100, 109, "currently", "Crossings suspended", None, present, 95, 130),
        lead(day),
    ], set(), [])
    assert [row.dated_by for row in accept_all(rows, set())] == ["Tuesday", "publication day"]
    # An event of that title and date already in the project is not made again.
    made = {("attack on factory", "2025-07-01")}
    assert [row.title for row in accept_all(rows, made)] == ["Ministers spoke"]
    assert rows[3].date_label(True) == "the present (no date)"


def test_a_headline_retold_with_its_own_date_is_not_taken_twice():
    day = dt.date(2025, 7, 1)
    headline = EventProposal(0, 3, "hit", "Power station hit near Kharkiv",
                             parse_date("2025-07-01"), None, 0, 30, (), ("Kharkiv",), "attack")
    monday = TimeExpression(90, 96, "Monday", "DATE", "2025-06-30", "day",
                            dt.date(2025, 6, 30), dt.date(2025, 6, 30))
    strike = EventProposal(50, 56, "struck", "Missile struck power station near Kharkiv",
                           expression_date(monday), monday, 32, 120, ("Russia",),
                           ("Kharkiv",), "attack")
    rows = review([headline, strike], set(), [])
    assert [row.title for row in accept_all(rows, set())] == [strike.title]
    # Another place, another kind, or a date a week away: two happenings.
    for other in (strike.__class__(**{**strike.__dict__, "places": ("Odesa",)}),
                  strike.__class__(**{**strike.__dict__, "family": "meeting"})):
        assert len(accept_all(review([headline, other], set(), []), set())) == 2
    week_ago = TimeExpression(90, 96, "last week", "DATE", "2025-06-24", "day",
                              dt.date(2025, 6, 24), dt.date(2025, 6, 24))
    earlier = EventProposal(50, 56, "struck", "Missile struck", expression_date(week_ago),
                            week_ago, 32, 120, (), ("Kharkiv",), "attack")
    assert len(accept_all(review([headline, earlier], set(), []), set())) == 2
    assert day == headline.date.earliest


def test_a_row_dated_by_an_accepted_events_expression_in_another_sentence_stays_new():
    # casualties told two paragraphs on, dated by the lead's "Tuesday": accepting the
    # lead's event does not make them that event (was: shown as accepted, its title)
    day = dt.date(2025, 7, 1)
    lead_row = proposal(10, "2025-07-01", day)
    later = EventProposal(120, 126, "killed", "Two guards killed", lead_row.date,
                          lead_row.expression, 100, 140, (), (), "death")
    rows = review([lead_row, later], set(),
                  [(passage(4, 10, "2025-07-01"), "Call", "2025-07-01")])
    assert [(row.status, row.title) for row in rows] == [
        (ACCEPTED, "Call"), (NEW, "Two guards killed")]
