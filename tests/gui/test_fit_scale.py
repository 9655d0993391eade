"""The scale Fit All chooses so the latest titles fit (gui.chart.stacking, Qt-free)."""

from __future__ import annotations

from gui.chart.stacking import fit_scale, title_frontier, title_reach


def test_frontier_keeps_only_titles_that_can_reach_farthest():
    reaches = [(100.0, 50.0), (90.0, 200.0), (80.0, 100.0), (10.0, 300.0)]
    assert title_frontier(reaches) == [(100.0, 50.0), (90.0, 200.0), (10.0, 300.0)]


def test_fit_scale_leaves_room_for_the_last_title():
    frontier = title_frontier([title_reach(0.0, 1.0, 40.0, True),
                               title_reach(99.0, 100.0, 150.0, True)])
    scale = fit_scale(frontier, 0.0, 100.0, 500.0)
    for a, b in frontier:
        assert a * scale + b <= 500.0 + 1e-9
    assert scale < 5.0  # without titles the days alone would take 5 px each


def test_a_title_longer_than_the_room_is_left_to_its_elision():
    assert fit_scale([(100.0, 900.0)], 0.0, 100.0, 500.0) == 5.0
