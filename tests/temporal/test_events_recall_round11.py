"""Round 11 (reading held-out-8): an engagement forecast for a named day, intransitive
verbs, a strike set for a day, a length that is no interval. Every sentence here is made
up for these tests."""
from __future__ import annotations

import datetime as dt

from temporal import find_events, find_expressions


def _events(text: str, reference: dt.date):
    return [(e.trigger, e.value) for e in find_events(text, reference)]


def test_an_engagement_expected_on_a_named_day_is_scheduled():
    reference = dt.date(2025, 3, 4)  # a Tuesday
    text = ("Floods cut the rail line to Opava on Monday. The interior minister is "
            "expected to visit the town on Friday.")
    assert ("visit", "2025-03-07") in _events(text, reference)
    title = next(e.title for e in find_events(text, reference) if e.trigger == "visit")
    assert "minister" in title.lower() and "visit" in title


def test_an_expectation_over_a_week_or_of_a_state_is_a_forecast():
    reference = dt.date(2025, 3, 4)
    for text in ("Floods cut the rail line on Monday. The court is expected to rule on "
                 "the claim next week.",
                 "Floods cut the rail line on Monday. The line is expected to reopen on "
                 "Friday.",
                 "Floods cut the rail line on Monday. The minister is expected to remain "
                 "in Opava on Friday."):
        assert [t for t, _ in _events(text, reference)] == ["cut"], text


def test_an_expected_decision_is_a_forecast_even_on_a_named_day():
    reference = dt.date(2025, 3, 4)
    text = ("Floods cut the rail line on Monday. The governor is expected to sign an "
            "emergency decree on Friday.")
    assert [t for t, _ in _events(text, reference)] == ["cut"]


def test_an_intransitive_verb_after_a_relative_clause_is_the_main_clauses_happening():
    # "died" has no passive, so it describes no noun before it: the man died on Monday,
    # the relative clause's hitting is background (and titles name the man)
    reference = dt.date(2026, 9, 14)  # a Monday
    text = ("Riots broke out in Harnbury on Sunday. A 40-year-old man who was hit by a "
            "rubber bullet during the clashes died in hospital on Monday morning.")
    events = find_events(text, reference)
    died = next(e for e in events if "died" in e.trigger)
    assert died.value == "2026-09-14"
    assert died.title == "40-year-old man died in hospital"
    assert not any(e.trigger == "hit" for e in events)
    # a transitive participle after its object still describes it
    text = "Troops shot down 12 drones launched from the coast on Monday."
    assert [e.trigger for e in find_events(text, reference)] == ["shot down"]


def test_a_strike_a_call_has_set_for_a_day_is_dated_that_day():
    reference = dt.date(2026, 11, 19)  # a Thursday
    text = ("Police fired tear gas at dockers on Wednesday. The dockers' union has called "
            "a nationwide port strike for Monday.")
    assert [(x.text, x.value) for x in find_expressions(text, reference)][-1] == (
        "Monday", "2026-11-23")
    assert ("strike", "2026-11-23") in _events(text, reference)
    # in the simple past the call is the news, told apart from the day it set
    text = ("Police fired tear gas at dockers on Wednesday. The dockers' union called a "
            "port strike for Monday.")
    assert not any(t == "strike" for t, _ in _events(text, reference))


def test_a_length_measured_by_by_is_no_interval_before_an_after_clause():
    # "by 60 days, after …": the extension's length, not sixty days before the protests
    reference = dt.date(2026, 11, 19)
    text = ("The assembly voted on Thursday to extend the curfew in four districts by 30 "
            "days, after a week of protests over water prices in which three people were "
            "injured.")
    assert all(value is None or not value.startswith("2026-10")
               for _, value in _events(text, reference))
    # an interval right before "after" still counts back from the sentence's day
    text = "Police fired tear gas on Thursday, two days after parliament passed the law."
    assert ("passed", "2026-11-17") in _events(text, reference)
