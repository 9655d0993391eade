"""Round 10 (the lead's, reading held-out-10): grammar of the story's clock and of the
trigger phrase. Every sentence here is made up for these tests."""
from __future__ import annotations

import datetime as dt

from temporal import find_events, find_expressions


def _events(text: str, reference: dt.date):
    return [(e.trigger, e.value) for e in find_events(text, reference)]


def test_a_happening_noun_and_its_verb_are_one_trigger_phrase():
    # either word may be the one an analyst marks: "explosion" or "tore"
    text = "A gas explosion tore through an apartment block in Volmar early on Monday."
    event = find_events(text, dt.date(2025, 1, 27))[0]
    assert event.trigger == "explosion tore"
    assert event.title.startswith("Gas explosion tore through apartment block")
    # not across a relative clause or an auxiliary of another verb
    text = "An airstrike that killed nine people was condemned on Monday."
    assert all(e.trigger != "airstrike that killed" for e in find_events(
        text, dt.date(2025, 1, 27)))


def test_a_morning_after_an_evening_lead_is_the_next_day():
    text = ("A gunman shot the mayor of Tarvo as he left a rally on Tuesday evening, police "
            "said on Wednesday.\n\nSurgeons removed a bullet from his arm overnight.\n\n"
            "The prime minister called him in hospital in the morning.")
    reference = dt.date(2024, 5, 8)  # a Wednesday
    assert ("called", "2024-05-08") in _events(text, reference)
    assert [(x.text, x.value) for x in find_expressions(text, reference)][-1] == (
        "the morning", "2024-05-08TMO")


def test_a_day_named_by_a_declaration_is_the_day_to_come_and_dates_no_happening():
    text = "The government declared Thursday a day of national mourning."
    reference = dt.date(2026, 2, 11)  # a Wednesday
    assert [(x.text, x.value) for x in find_expressions(text, reference)][0] == (
        "Thursday", "2026-02-12")
    assert ("declared", "2026-02-05") not in _events(text, reference)
