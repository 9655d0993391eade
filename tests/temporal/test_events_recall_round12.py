"""Round 12 (reading held-out-11): precision rules that remove whole classes of false
proposals. Every sentence here is made up for these tests."""
from __future__ import annotations

import datetime as dt

from temporal import find_events


def _events(text: str, reference: dt.date):
    return [(e.trigger, e.value) for e in find_events(text, reference)]


def test_a_verb_of_perception_is_no_happening():
    reference = dt.date(2025, 6, 10)  # a Tuesday
    for text in ('Fire gutted a bakery in Lorne on Sunday. "Anyone who saw a van near '
                 'the shop on Sunday night should call us," a detective said.',
                 'Fans fought with police in Tarrow on Saturday. "What I witnessed on '
                 'Saturday was shameful," the club\'s chairman said.',
                 'Fire gutted a bakery in Lorne on Sunday. Neighbours heard a loud bang '
                 'on Sunday night.'):
        triggers = [t for t, _ in _events(text, reference)]
        assert not {"saw", "witnessed", "heard"} & set(triggers), (text, triggers)
        assert triggers, text  # the happening itself is still proposed
    # the happening after a verb of perception keeps its own word
    text = "The port of Vell saw heavy shelling on Monday."
    assert ("shelling", "2025-06-09") in _events(text, reference)


def test_the_weather_a_story_happened_in_is_no_happening():
    reference = dt.date(2024, 11, 27)  # a Wednesday
    text = ("Blasts damaged a gas pipeline overnight, cutting heat to 40,000 homes as "
            "temperatures fell below freezing, the operator said on Wednesday.")
    triggers = [t for t, _ in _events(text, reference)]
    assert "fell" not in triggers and "freezing" not in triggers
    assert any("damaged" in t for t in triggers), triggers
    text = ("Storms cut power to the coast on Monday as temperatures dropped sharply, "
            "the agency said.")
    assert "dropped" not in [t for t, _ in _events(text, reference)]


def test_a_weather_reading_with_its_figure_stays_news():
    reference = dt.date(2025, 7, 2)  # a Wednesday
    text = "Temperatures soared to 45C in Marsa on Tuesday, a record for July."
    assert ("soared", "2025-07-01") in _events(text, reference)
    # only the weather: a price that fell is news of its own
    text = "Shares in Velta fell sharply on Tuesday."
    assert ("fell", "2025-07-01") in _events(text, reference)


def test_a_pass_as_a_noun_is_a_place_or_a_permit():
    reference = dt.date(2025, 1, 30)
    text = ("A lorry left the road near the Sorrel pass on Wednesday and rolled into a "
            "ravine, police said.")
    triggers = [t for t, _ in _events(text, reference)]
    assert "pass" not in triggers and triggers, triggers
    text = "Parliament passed the budget on Wednesday."
    assert ("passed", "2025-01-29") in _events(text, reference)


def test_a_figure_reached_by_a_time_is_a_running_total():
    reference = dt.date(2025, 8, 13)  # a Wednesday
    text = ("A wildfire forced 2,000 people from their homes near Vella on Monday. By "
            "Tuesday evening it had burned about 4,000 hectares, the agency said.")
    events = _events(text, reference)
    assert "burned" not in [t for t, _ in events] and events, events
    text = ("Fire gutted a chapel in Orne on Sunday. An appeal had raised more than "
            "£20,000 by Tuesday evening.")
    assert "raised" not in [t for t, _ in _events(text, reference)]
    # an act done by a time is still that act
    text = ("Hackers locked the city's payroll servers on Monday. By the morning of "
            "August 12 the council had disconnected all four offices from the network.")
    assert ("disconnected", "2025-08-12") in _events(text, reference)


def test_a_happening_noun_before_a_noun_of_place_or_gear_names_its_kind():
    reference = dt.date(2025, 1, 30)
    text = ("Eleven pilgrims died in 2019 when their van slid off the ridge; in March "
            "last year, the ministry promised to install crash barriers on the road.")
    triggers = [t for t, _ in _events(text, reference)]
    assert "crash" not in triggers and "died" in triggers, triggers
