"""The date a passage linked by hand gives (storage.passage_dates, issue 12): the first
calendar date among the expressions inside it, read against the published date;
nothing when it has none (never the publication day)."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.passage_dates import passage_date, set_source_date, typed_source_date
from temporal.dates import DateParseError, EventDate
from temporal.expressions import find_expressions

TUESDAY = dt.date(2025, 7, 1)
# Written for the test.
TEXT = ("Officials are now counting the damage. The depot burned for three days. "
        "Drones struck it on Sunday and again on 30 June.\n\n"
        "Вибухи пролунали 28 червня у місті.")


def _span(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def test_the_first_calendar_date_inside_the_passage_is_its_date():
    start, end = _span("Drones struck it on Sunday and again on 30 June.")
    found = passage_date(TEXT, TUESDAY, start, end)
    assert found.value == "2025-06-29"
    assert TEXT[found.expression[0]:found.expression[1]] == "Sunday"


def test_now_and_durations_give_no_date_and_nothing_is_invented():
    assert passage_date(TEXT, TUESDAY, *_span("Officials are now counting the damage.")) is None
    assert passage_date(TEXT, TUESDAY, *_span("The depot burned for three days.")) is None


def test_an_expression_reaching_outside_the_selection_is_not_the_passage_s():
    start, end = _span("Drones struck it on Sun")
    assert passage_date(TEXT, TUESDAY, start, end) is None


def test_the_article_s_expressions_and_the_passage_alone_agree():
    expressions = find_expressions(TEXT, TUESDAY)
    for needle, value in (("Drones struck it on Sunday", "2025-06-29"),
                          ("Вибухи пролунали 28 червня у місті.", "2025-06-28")):
        span = _span(needle)
        assert passage_date(TEXT, TUESDAY, *span, expressions).value == value
        assert passage_date(TEXT, TUESDAY, *span) == passage_date(TEXT, TUESDAY, *span,
                                                                  expressions)


def test_setting_a_source_date_is_undoable_and_refuses_what_is_no_date(project):
    article = project.articles.add(TEXT, outlet="Wire", published="2025-07-01")
    event = project.events.add("Depot struck", EventDate.from_value("2025-06-29"),
                               passage=(article, 0, 20))
    passage = project.annotations.for_event(event)[0]
    change = set_source_date(project, passage.id, typed_source_date("28 Jun 2025"))
    assert change.before == ""
    assert change.changes.passages == {(article, event)}
    assert project.annotations.get(passage.id).source_date == "2025-06-28"
    set_source_date(project, passage.id, change.before)
    assert project.annotations.get(passage.id).source_date == ""
    with pytest.raises(ValueError):
        set_source_date(project, passage.id, "yesterday-ish")
    with pytest.raises(DateParseError):
        typed_source_date("31 February 2025")
    assert typed_source_date("  ") == ""
