"""A month-long aggregate is not the weekend's barrage: spans of very different
length need a shared specific name to be one happening (issue 12)."""
from __future__ import annotations

import datetime as dt

from temporal.events.matching import THRESHOLD, EventIndex, profile, score

D = dt.date


def _weekend():
    return profile("Russia launched record drones and missiles at Ukraine",
                   D(2025, 6, 28), D(2025, 6, 29), ("Russia", "Ukraine"), "attack")


def _month():
    return profile("Russia hit Ukraine with more drones this month than in any before",
                   D(2025, 6, 1), D(2025, 6, 30), ("Russia", "Ukraine"), "attack")


def test_a_month_tally_is_not_the_weekend_barrage():
    assert score(_month(), _weekend()) == 0.0
    index = EventIndex()
    index.add(1, _weekend())
    assert index.best(_month()) is None


def test_the_same_words_over_the_same_weekend_still_match():
    other = profile("Russia launched a record number of drones at Ukraine overnight",
                    D(2025, 6, 28), D(2025, 6, 29), ("Russia", "Ukraine"), "attack")
    assert score(other, _weekend()) >= THRESHOLD


def test_a_day_inside_a_month_matches_when_a_specific_name_is_shared():
    month = profile("Putin launched the full-scale invasion of Ukraine", D(2022, 2, 1),
                    D(2022, 2, 28), ("Vladimir Putin", "Ukraine"), "attack")
    day = profile("Putin ordered the invasion of Ukraine", D(2022, 2, 24), D(2022, 2, 24),
                  ("Vladimir Putin", "Ukraine"), "attack")
    assert score(day, month) >= THRESHOLD
    index = EventIndex()
    index.add(7, month)
    assert index.best(day).event_id == 7


def test_a_week_against_a_day_is_disparate_but_two_days_against_one_is_not():
    night = profile("Drones struck Odesa port", D(2025, 6, 28), D(2025, 6, 28),
                    ("Ukraine",), "attack")
    two_days = profile("Drones struck Odesa port", D(2025, 6, 28), D(2025, 6, 29),
                       ("Ukraine",), "attack")
    week = profile("Drone strikes on ports", D(2025, 6, 23), D(2025, 6, 29),
                   ("Ukraine",), "attack")
    assert score(night, two_days) >= THRESHOLD
    assert score(night, week) == 0.0
