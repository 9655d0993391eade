"""Matching a proposed event with the project's events (issue 12): rules and index."""

from __future__ import annotations

import datetime as dt
import random

from temporal.events.matching import EventIndex, kind_of, profile, skeleton

DAY = dt.date(2025, 7, 1)


def test_names_compare_across_scripts_by_their_consonants():
    assert skeleton("Putin") == skeleton("Путин") == skeleton("بوتين")
    assert skeleton("Macron") == skeleton("ماكرون")
    assert skeleton("Izhevsk") == skeleton("Іжевська") == skeleton("Ижевске")
    assert skeleton("Zelenskyy") == skeleton("Зеленський")
    assert skeleton("Kharkiv") != skeleton("Kherson")


def test_kinds_from_the_lexicon_and_from_russian_ukrainian_arabic_words():
    assert kind_of("Drones struck a plant") == "harm"
    assert kind_of("Leaders held phone talks") == "meeting"
    assert kind_of("Група безпілотників атакувала завод") == "harm"
    assert kind_of("أول اتصال هاتفي بين الرئيسين") == "meeting"
    assert kind_of("Совещание прошло") == ""
    assert kind_of("anything", family="attack") == "harm"


def test_an_attack_and_a_call_on_one_day_naming_one_country_stay_apart():
    index = EventIndex()
    index.add(1, profile("Drones attacked an arms plant in Perm", DAY, DAY,
                         ["Russia", "Ukraine", "Perm"]))
    call = profile("The presidents held a phone call", DAY, DAY, ["Russia", "France"],
                   family="meeting")
    assert index.best(call) is None
    index.add(2, profile("Leaders spoke by phone", DAY, DAY, ["Russia", "France", "Macron"]))
    found = index.best(call)
    assert found is None or found.event_id == 2
    arabic = profile("أجرى الرئيس اتصالا مع ماكرون", DAY, DAY, ["France"])
    assert index.best(arabic).event_id == 2  # Macron through the Arabic title


def test_a_day_matches_its_month_but_not_its_year_and_never_another_day():
    index = EventIndex()
    index.add(1, profile("Strike on Kupol factory in Izhevsk", dt.date(2024, 11, 1),
                         dt.date(2024, 11, 30), ["Izhevsk"]))
    index.add(2, profile("Strike on Kupol factory in Izhevsk", dt.date(2024, 1, 1),
                         dt.date(2024, 12, 31), ["Izhevsk"]))
    day = profile("Drone attack on Izhevsk plant", dt.date(2024, 11, 17),
                  dt.date(2024, 11, 17), ["Izhevsk"])
    assert index.best(day).event_id == 1
    other_day = profile("Drone attack on Izhevsk plant", dt.date(2024, 12, 2),
                        dt.date(2024, 12, 2), ["Izhevsk"])
    assert index.best(other_day) is None
    assert index.best(day, exclude={1}) is None  # the year is too wide for a day


def test_the_index_finds_exactly_the_overlapping_events_of_agreeing_spans():
    rng = random.Random(3)
    index, spans = EventIndex(), {}
    base = dt.date(2020, 1, 1)
    for event_id in range(2000):
        first = base + dt.timedelta(days=rng.randrange(2000))
        last = first + dt.timedelta(days=rng.choice((0, 0, 1, 6, 30, 90, 365, 4000)))
        spans[event_id] = (first.toordinal(), last.toordinal())
        if event_id % 2:
            index.add(event_id, profile("x", first, last))
        else:
            index.extend([(event_id, profile("x", first, last))])
    for gone in range(0, 2000, 7):
        index.remove(gone)
        del spans[gone]
    for _ in range(200):
        first = base + dt.timedelta(days=rng.randrange(2000))
        last = first + dt.timedelta(days=rng.choice((0, 2, 30, 365, 400)))
        q = (first.toordinal(), last.toordinal())
        n = q[1] - q[0] + 1
        expected = {i for i, (a, b) in spans.items() if a <= q[1] and q[0] <= b
                    and max(n, b - a + 1) <= min(31 * min(n, b - a + 1), 366)}
        assert set(index.overlapping(profile("x", first, last))) == expected


def test_the_same_kind_on_one_day_in_two_cities_stays_apart():
    index = EventIndex()
    index.add(1, profile("Russian drones attacked Kharkiv overnight", DAY, DAY,
                         ["Russia", "Ukraine", "Kharkiv"]))
    odesa = profile("Russian drones attacked Odesa overnight", DAY, DAY,
                    ["Russia", "Ukraine", "Odesa"], family="attack")
    assert index.best(odesa) is None
    again = profile("Drone attack on Kharkiv", DAY, DAY, ["Kharkiv", "Russia"],
                    family="attack")
    assert index.best(again).event_id == 1
