"""What a story's calendar holds: a happening set for a day after publication.

Sentences written for the test. A scheduled day is an event with the future in
its title; a plan without a day, a deadline, a period, a negation, a condition
or an expectation is not.
"""
from __future__ import annotations

from temporal.events import find_events
from tests.helpers.events import REF, trigger_dates


def test_a_happening_set_for_a_day_is_on_the_chronology():
    assert trigger_dates("The seven detainees will appear before a judge on Saturday.") == [
        ("appear", "2025-07-05")]
    assert trigger_dates("The men will be sentenced on July 20.") == [
        ("sentenced", "2025-07-20")]
    assert trigger_dates("He is due to appear in court on Monday.") == [
        ("appear", "2025-07-07")]
    [hearing] = find_events("The court will hold its first hearing on July 23.", REF)
    assert (hearing.value, hearing.title) == ("2025-07-23", "Court to hold first hearing")


def test_talks_set_to_resume_on_a_day_are_scheduled():
    # a noun before "will" with no day stays a plan ("Direct flights are to resume in
    # September"); with a day it is on the calendar
    assert trigger_dates("The talks will resume on Friday.") == [("resume", "2025-07-04")]


def test_its_title_says_it_is_still_to_come():
    [search] = find_events("The search will resume at first light on Thursday.", REF)
    assert search.title == "Search to resume at first light"
    [men] = find_events("The men will be sentenced on July 20.", REF)
    assert men.title == "Men to be sentenced"


def test_no_day_no_event_and_no_plan_that_may_not_hold():
    for text in ("Parliament will debate the bill next year.",  # a year
                 "Talks will resume in the spring.",  # a season
                 "Pensions will rise by 8 percent from July.",  # a state from a date on
                 "The bridge will remain shut until Monday.",  # a period
                 "Applications must be filed by Friday.",  # a deadline
                 "The ministry will not attend the talks on Friday.",  # a negation
                 "The airport will reopen on Tuesday if the wind drops.",  # a condition
                 "The president is expected to sign the decree on Friday.",  # an expectation
                 "Officials will say on Monday whether the vote goes ahead."):  # a report
        assert trigger_dates(text) == [], text


def test_a_date_far_after_the_verb_is_another_phrase_s():
    text = ("The bonds will be sold through a group of banks led by two firms in London "
            "and Paris, with payment on Nov. 1.")
    assert all(trigger != "sold" for trigger, _ in trigger_dates(text))
