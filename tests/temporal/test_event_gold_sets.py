"""`find_events` on the project's own English event gold (issue 11).

``tests/temporal/data/events-heldout-14``: six articles with a headline line (454–487
words), annotated blind before any engine ran on them, scored with scores only
(0.569 (29/51) / 0.635 (61/96) with the code at the end of round 13, 0.549 (28/51) /
0.635 at its first run, after round 14's first rules, and after round 14) and never read.

``tests/temporal/data/events-heldout-13``: six wire-style articles annotated before
any run (0.532 (25/47) / 0.610 at its first run), read for misses in rounds 13 and
14 (0.702 (33/47) / 0.687 (57/83) after them, its gold's range of years "2019/2020"
scored since round 14).

``tests/temporal/data/events-heldout-11``: six wire-style articles annotated after the
tenth round, scored with scores only after rounds 10 and 11 (0.653 / 0.641 both
times), then read for misses and false proposals in the twelfth round (0.673 / 0.712
after it).

``tests/temporal/data/events-heldout-10``: six wire-style articles annotated before
any run, scored at their first run (0.620 / 0.825), then read by the lead in the tenth
round and for misses in the eleventh (0.704 / 0.884 after it).

``tests/temporal/data/events-heldout-8``: six wire-style articles annotated before the
eighth round, scored with scores only through rounds 8 to 10 (0.772 / 0.768, then
0.772 / 0.779), then read for misses in the eleventh round (0.860 / 0.829 after it).

``tests/temporal/data/events-heldout-9``: six wire-style articles annotated before
any run, scored with scores only after the eighth round (0.603 / 0.684; 0.647 / 0.730
after the lead's title and date fixes), then read for misses in the ninth round.

``tests/temporal/data/events-heldout-7``: six wire-style articles annotated before
any run, scored with scores only before and after the seventh round (0.792 / 0.787,
then 0.792 / 0.790) and never read: no floor reads it here, only its gold is
checked against its texts.

``tests/temporal/data/events-heldout-6``: six wire-style articles annotated before
any run, scored with scores only before and after the sixth round (0.822 / 0.828,
then 0.844 / 0.831), then read for misses in the seventh round.
``tests/temporal/data/events-heldout-5``: six wire-style articles annotated before
any run, scored with scores only before and after the fifth round (0.508 / 0.745,
then 0.627 / 0.778), then read for misses in the sixth round.
``tests/temporal/data/events-heldout-4``: six wire-style articles annotated by an
analyst before any engine ran on them, scored twice with scores only (before and
after the fourth round: 0.559 / 0.778 both times), then read for misses in the
fifth round.
``tests/temporal/data/events-heldout-3``: five wire-style articles written for
the project and annotated before `find_events` first ran on them, scored once
after the rules of the third round were written (0.692 / 0.767), then read for
misses in the fourth round. ``events-heldout-2`` and ``events-heldout``: the
earlier held-out sets, read for misses in the rounds after theirs. All are now
development material like ``events-dev`` (the articles the rules
were developed on, each batch annotated before its first run, then read for
misses). The floors sit a little below what was measured (README, "Events in the
text"), so that a regression fails; they are not the targets.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from temporal.event_evaluation import EventCounts, collect_events, day_span, score_events
from temporal.events import find_events

DATA = Path(__file__).parent / "data"
READ = ("events-dev", "events-heldout", "events-heldout-2", "events-heldout-3",
        "events-heldout-4", "events-heldout-5", "events-heldout-6", "events-heldout-7",
        "events-heldout-8", "events-heldout-9", "events-heldout-10", "events-heldout-11",
        "events-heldout-13")
# Not read for misses: held-out-12 and held-out-14 are scored with scores only.
SETS = (*READ, "events-heldout-12", "events-heldout-14")


def _scores(name: str) -> tuple[float, float, EventCounts]:
    total = EventCounts()
    docs = collect_events([str(DATA / name)])
    assert docs, name
    for doc in docs:
        total.add(score_events(doc, find_events(doc.text, doc.reference)))
    return total.found / total.gold, total.correct / total.proposed, total


# set, articles, at least this many core events, recall floor, precision floor.
# Measured (recall / precision) before the round that read the set's misses:
# held-out-7 0.792 (38/48) / 0.790 (49/62) before the eighth round (its first reading);
# held-out-6 0.911 (41/45) / 0.852 (52/61) after the seventh, 0.844 / 0.831 before it;
# held-out-5 0.831 (49/59) / 0.844 (54/64), 0.627 / 0.778 before the sixth;
# held-out-4 0.881 (52/59) / 0.857 (54/63), 0.559 / 0.778 before the fifth;
# held-out-3 0.974 (38/39) / 0.885 (46/52), 0.692 / 0.767 on its single run;
# held-out-2 0.971 (34/35) / 0.911 (41/45), 0.829 / 0.810 on its single run.
# held-out-9 0.824 (56/68) / 0.805 (66/82) after the ninth, 0.647 (44/68) / 0.730 (54/74)
# before it.
# held-out-8 0.860 (49/57) / 0.829 (58/70) after the eleventh, 0.772 (44/57) / 0.779 (53/68)
# before it (scores only since before the eighth round: 0.772 / 0.768);
# held-out-10 0.704 (50/71) / 0.884 (61/69) after the eleventh, 0.620 / 0.825 at its first
# run (read by the lead in the tenth round: 0.690 / 0.881).
FLOORS = [  # measured after round 8 (recall / precision), held-out-9 after round 9,
    # held-out-8 and -10 after round 11:
    # held-out-11 after round 12: 0.673 (33/49) / 0.712 (42/59); 0.653 / 0.641 before it
    ("events-heldout-11", 6, 45, 0.67, 0.68),  # 0.694 (34/49) / 0.705 (43/61) after r14
    # held-out-13 after round 14: 0.702 (33/47) / 0.687 (57/83); 0.532 / 0.610 at first
    ("events-heldout-13", 6, 45, 0.68, 0.66),
    ("events-heldout-10", 6, 70, 0.68, 0.85),  # 0.761 (54/71) / 0.892 (66/74) after r14
    ("events-heldout-8", 6, 55, 0.78, 0.78),  # 0.825 (47/57) / 0.836 (56/67) after r14
    ("events-heldout-9", 6, 65, 0.80, 0.78),  # 0.838 (57/68) / 0.817 (67/82) after r14
    ("events-heldout-7", 6, 45, 0.82, 0.78),  # 0.854 (41/48) / 0.825 (52/63)
    ("events-heldout-6", 6, 40, 0.93, 0.84),  # 0.978 (44/45) / 0.885 (54/61)
    ("events-heldout-5", 6, 55, 0.80, 0.84),  # 0.847 (50/59) / 0.887 (55/62); 0.881 / 0.935 r12
    ("events-heldout-4", 6, 55, 0.86, 0.82),  # 0.898 (53/59) / 0.859 (55/64); 0.915 / 0.875 r11
    ("events-heldout-3", 5, 35, 0.92, 0.85),  # 0.974 (38/39) / 0.889 (48/54)
    ("events-heldout-2", 6, 30, 0.90, 0.90),  # 0.971 (34/35) / 0.953 (41/43)
]


@pytest.mark.parametrize("name, articles, core, recall_floor, precision_floor", FLOORS)
def test_a_held_out_set_read_for_misses_keeps_its_scores(name, articles, core, recall_floor,
                                                         precision_floor):
    recall, precision, counts = _scores(name)
    assert counts.gold >= core and len(collect_events([str(DATA / name)])) == articles
    assert recall >= recall_floor, recall
    assert precision >= precision_floor, precision


def test_the_first_held_out_set_read_for_misses_keeps_its_scores():
    recall, precision, _ = _scores("events-heldout")
    assert recall >= 0.90, recall  # measured 0.968 (30/31)
    assert precision >= 0.80, precision  # measured 0.854 (41/48)


def test_dev_news_keeps_its_measured_recall_and_precision():
    recall, precision, _ = _scores("events-dev")
    assert recall >= 0.92, recall  # measured 0.947 (266/281), 57 articles, after round 14
    assert precision >= 0.87, precision  # measured 0.897 (349/389)


@pytest.mark.parametrize("name", SETS)
def test_gold_agrees_with_its_texts(name):
    for path in sorted((DATA / name).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / data["file"]).read_text(encoding="utf-8")
        # wire length (held-out-4: 342–382 words, held-out-5 up to 419, held-out-13 up
        # to 511, held-out-14 with its headline up to 487)
        assert 150 <= len(text.split()) <= 550, path.name
        for event in data["events"]:
            start, end = event["trigger_start"], event["trigger_end"]
            assert text[start:end] == event["trigger"], (path.name, event["id"])
            assert all(0 <= a < b <= len(text) for a, b in event.get("also", []))
            assert len(event["title"].split()) <= 10
            for value in [event["value"], *event.get("alt_values", [])]:
                assert day_span(value) is not None, (path.name, value)


@pytest.mark.parametrize("name", READ)
def test_every_proposed_title_has_at_most_ten_words(name):
    for doc in collect_events([str(DATA / name)]):
        for event in find_events(doc.text, doc.reference):
            assert len(event.title.split()) <= 10, (doc.name, event.title)
