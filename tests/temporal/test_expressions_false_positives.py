"""Things that look like dates but are not: money, counts, scores, verbs, model names."""
import datetime as dt

import pytest

from temporal.expressions import find_expressions

REF = dt.date(2025, 7, 1)


@pytest.mark.parametrize("text", [
    "Officials may be asked to resign.",
    "Protesters marched through the square.",
    "March on, the general told the troops.",
    "We said we would return.",
    "The ticket cost $7 at the gate.",
    "Russia launched 537 drones and missiles.",
    "The front stretches 1,300 km across the south.",
    "An F-16 was lost over the region.",
    "Users reached the site through Tor.",
    "The home side won 2-1 in extra time.",
    "A Su-34 bomber was shot down.",
    "Call the hotline on 555-0199 or +44 20 7946 0958.",
    "About 2000 people attended the rally.",
    "The convoy carried 1945 tonnes of grain.",
    "Revenue rose 2.35 points to 1,990.",
    "May I ask a question?",
])
def test_no_false_dates(text):
    assert find_expressions(text, REF) == [], find_expressions(text, REF)


def test_rate_words_in_names_and_payments_are_not_sets():
    assert find_expressions("She wrote for the Weekly Standard.", REF) == []
    assert find_expressions("The board raised its quarterly dividend.", REF) == []


@pytest.mark.parametrize("text", [
    "Negotiators opened a second round of talks.",
    "The council voted for a second time.",
    "Wait a minute, that figure is wrong.",
    "Hold on a second!",
])
def test_a_second_as_ordinal_or_idiom_is_not_a_duration(text):
    assert find_expressions(text, REF) == []


@pytest.mark.parametrize("text,span", [
    ("The screen froze for a second.", "a second"),
    ("Crowds observed a minute's silence.", "a minute"),
    ("We had to wait a minute for the gates to open.", "a minute"),
])
def test_a_second_that_is_a_span_stays_a_duration(text, span):
    assert [(e.text, e.type) for e in find_expressions(text, REF)] == [(span, "DURATION")]


def test_programme_titles_are_not_times():
    assert find_expressions('She appeared on "This Week" to defend the plan.', REF) == []
    assert [e.value for e in find_expressions("He briefs reporters daily.", REF)] == ["P1D"]
