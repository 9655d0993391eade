"""A wire dateline's city is where the story was filed, not where the happening was."""
from __future__ import annotations

import datetime as dt

import pytest

from temporal.datelines import dateline_span
from temporal.events import find_events

DAY = dt.date(2025, 7, 1)


@pytest.mark.parametrize("text, prefix", [
    ("KYIV, Ukraine — A drone hit a depot in Odesa on Monday.", "KYIV, Ukraine — "),
    ("LONDON (AP) — Rain fell.", "LONDON (AP) — "),
    ("Headline here\n\nNEW YORK, July 1 (Reuters) - A fire broke out.",
     "NEW YORK, July 1 (Reuters) - "),
    ("ХАРКІВ, 1 липня — Вибух пролунав.", "ХАРКІВ, 1 липня — "),
])
def test_the_dateline_prefix_is_found(text, prefix):
    span = dateline_span(text)
    assert span is not None and text[span[0]:span[1]] == prefix


@pytest.mark.parametrize("text", ["Kyiv, Ukraine — lower-case is story text.",
                                  "BREAKING NEWS IN KYIV", "(MENAFN) Ukraine reported."])
def test_no_dateline_without_its_shape(text):
    assert dateline_span(text) is None


def test_events_do_not_take_the_dateline_city_as_their_place():
    text = ("KYIV, Ukraine — A drone struck a chemical plant in Dnipro on Monday, "
            "the governor said.\nThe plant was evacuated.")
    events = find_events(text, DAY)
    assert events
    for event in events:
        assert "Kyiv" not in event.places
    assert any("Dnipro" in event.places for event in events)


def test_a_city_named_in_the_story_still_counts():
    text = ("LVIV, Ukraine — A missile struck a power station in Kyiv on Monday, "
            "officials said.")
    places = {p for event in find_events(text, DAY) for p in event.places}
    assert "Kyiv" in places and "Lviv" not in places
