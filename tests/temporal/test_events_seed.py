"""The seed article proposes its four named events (issue 11's acceptance test)."""

from __future__ import annotations

import datetime as dt

import pytest

from temporal import find_events
from tests.conftest import shared_file

PUBLISHED = dt.date(2025, 7, 1)


@pytest.fixture(scope="module")
def seed():
    text = shared_file("articles", "izhevsk-kupol-2025-07-01.txt").read_text(encoding="utf-8")
    return text, find_events(text, PUBLISHED)


def _one(events, earliest, latest, *words):
    found = [e for e in events if (e.earliest, e.latest) == (earliest, latest)
             and all(w.casefold() in e.title.casefold() for w in words)]
    assert len(found) == 1, [(e.title, e.value) for e in events]
    return found[0]


def test_the_kupol_factory_attack_is_the_news_of_the_publication_day(seed):
    text, events = seed
    attack = _one(events, PUBLISHED, PUBLISHED, "attack", "Izhevsk")
    assert attack.expression is None and attack.dated_by == "publication day"
    assert attack.value == "2025-07-01" and attack.precision == "day"
    assert "Izhevsk" in attack.places and "Ukraine" in attack.actors
    assert text[attack.sentence_start:attack.sentence_end].startswith("Three people")


def test_the_november_strike_is_dated_by_its_month(seed):
    _, events = seed
    strike = _one(events, dt.date(2024, 11, 1), dt.date(2024, 11, 30), "strike", "Kupol")
    assert strike.value == "2024-11" and strike.expression.text == "November"


def test_the_weekend_barrage_spans_saturday_and_sunday(seed):
    _, events = seed
    barrage = _one(events, dt.date(2025, 6, 28), dt.date(2025, 6, 29), "Russia", "launched",
                   "drones")
    assert barrage.precision == "weekend" and "Russia" in barrage.actors


def test_the_tuesday_call_names_putin_and_macron(seed):
    _, events = seed
    call = _one(events, PUBLISHED, PUBLISHED, "Putin", "Macron", "talks")
    assert call.expression.text == "Tuesday"
    assert {"Putin", "Emmanuel Macron"} <= set(call.actors)


def test_one_event_per_happening_and_fields_within_bounds(seed):
    text, events = seed
    attacks_today = [e for e in events if e.family == "attack" and e.earliest == PUBLISHED]
    assert len(attacks_today) == 1  # the lead, not its later mentions
    assert [e.start for e in events] == sorted(e.start for e in events)
    for e in events:
        assert 0 < e.end - e.start <= 60 and text[e.start:e.end] == e.trigger
        assert 1 <= len(e.title.split()) <= 10
        assert e.sentence_start <= e.start < e.end <= e.sentence_end
        assert e.value and e.earliest <= e.latest
    # "currently" is not a date of any event
    assert all(e.expression is None or e.expression.text != "currently" for e in events)


def test_without_a_published_date_lead_events_stay_unproposed(seed):
    text, _ = seed
    undated = find_events(text, None)
    assert all(e.expression is not None for e in undated)
    assert not any(e.earliest == PUBLISHED for e in undated)
