"""Russian, Ukrainian and Arabic happenings named by the stem lexicon (issues 11, 13).

The sentences are written for these tests (not taken from any article).
"""

from __future__ import annotations

import datetime as dt

from temporal import find_events
from temporal.events.foreign_lexicon import lookup

REF = dt.date(2025, 7, 1)  # a Tuesday


def test_stems_take_every_ending_and_know_verbs_from_nouns():
    assert lookup("атаковали") == ("attack", "past", False)
    assert lookup("атаки") == ("attack", "base", True)
    assert lookup("загинули")[0] == "death"
    assert lookup("переговоров")[0] == "meeting"
    assert lookup("сообщил")[0] == "report"
    assert lookup("наступного") is None  # Ukrainian "next", not an offensive
    assert lookup("والهجوم")[0] == "attack"  # clitics taken off
    assert lookup("قال")[0] == "report"


def test_a_russian_dated_clause_proposes_its_attack_verb_not_the_report():
    text = "Вчера дроны атаковали нефтебазу под Брянском, сообщил губернатор."
    events = find_events(text, REF)
    assert [(e.trigger, e.value, e.family) for e in events] == [
        ("атаковали", "2025-06-30", "attack")]
    assert events[0].title.startswith("Дроны атаковали нефтебазу")


def test_a_ukrainian_lead_attack_is_the_news_of_the_day_and_retold_once():
    text = ("Внаслідок атаки російських дронів на склад у Полтаві загинули двоє людей.\n"
            "Про напад повідомив голова області сьогодні вранці.")
    events = find_events(text, REF)
    assert [(e.trigger, e.value) for e in events] == [("атаки", "2025-07-01")]
    assert events[0].title.startswith("Атаки російських дронів")  # not "Внаслідок атаки"


def test_what_was_to_happen_is_no_event():
    text = "Завтра в городе должен был пройти парад."
    assert find_events(text, REF) == []


def test_an_arabic_call_is_a_meeting_dated_by_its_weekday():
    text = "أجرى الرئيس اتصالا هاتفيا مع نظيره يوم الاثنين."
    events = find_events(text, REF)
    assert [(e.family, e.value) for e in events] == [("meeting", "2025-06-30")]


def test_since_in_russian_ukrainian_and_arabic_opens_a_period_not_a_happening():
    for text in ("З 2023 року завод випускає дрони.",
                 "С 2023 года завод выпускает дроны.",
                 "منذ 2023 ينتج المصنع الطائرات المسيرة."):
        assert find_events(text, REF) == [], text
