"""Durations, sets, clock times and the _REF values."""
import datetime as dt

import pytest

from temporal.expressions import find_expressions

REF = dt.date(2025, 7, 1)


def first(text, ref=REF):
    return find_expressions(text, ref)[0]


@pytest.mark.parametrize("phrase,value,mod", [
    ("more than two years", "P2Y", "MORE_THAN"), ("half a year", "P6M", None),
    ("the past three months", "P3M", None), ("twenty four hours", "PT24H", None),
    ("a couple of years", "P2Y", "APPROX"), ("45 minutes", "PT45M", None),
    ("about six weeks", "P6W", "APPROX"), ("several months", "PXM", None),
    ("two-hour", "PT2H", None),
    # fractions spell out in the next smaller unit, as TIMEX3 values have no decimals
    ("a minute and a half", "PT1M30S", None), ("a week and a half", "P10D", None),
    ("one and a half hours", "PT1H30M", None),
])
def test_durations(phrase, value, mod):
    e = first(f"The siege lasted {phrase} before relief came.")
    assert (e.text, e.type, e.value, e.mod, e.earliest) == (phrase, "DURATION", value, mod, None)


@pytest.mark.parametrize("phrase,value", [
    ("every Monday", "XXXX-WXX-1"), ("weekly", "P1W"), ("each morning", "XXXX-XX-XXTMO"),
    ("every month", "P1M"),
])
def test_sets(phrase, value):
    e = first(f"The committee meets {phrase}.")
    assert (e.text, e.type, e.value, e.precision) == (phrase, "SET", value, None)


def test_clock_times():
    e = first("The blast came at 3 a.m. local time near the depot.")
    assert (e.text, e.type, e.value, e.precision) == \
        ("3 a.m. local time", "TIME", "2025-07-01T03:00", "time")
    e = first("Trading halted at 14:00 in Frankfurt.")
    assert (e.text, e.value) == ("14:00", "2025-07-01T14:00")


def test_clock_time_takes_following_date():
    found = find_expressions("The ferry left just before 6 a.m. on Oct. 9, 2021.", REF)
    assert found[0].value == "2021-10-09T06:00"


@pytest.mark.parametrize("word,value", [
    ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("recently", "PAST_REF"),
    ("soon", "FUTURE_REF"),
])
def test_refs(word, value):
    e = first(f"The plant is {word} under repair.")
    assert (e.text, e.value, e.earliest) == (word, value, None)


def test_past_and_future_refs():
    found = find_expressions("Such raids happened in the past and may grow in the future.", REF)
    assert [(e.text, e.value) for e in found] == \
        [("the past", "PAST_REF"), ("the future", "FUTURE_REF")]


@pytest.mark.parametrize("text", ["She hopes to one day lead the party.",
                                  "The city will one day host the games."])
def test_one_day_after_a_modal_is_an_indefinite_future(text):
    e = first(text)
    assert (e.text, e.type, e.value) == ("one day", "DATE", "FUTURE_REF")


def test_one_day_as_a_span_stays_a_duration():
    assert first("The strike lasted one day.").value == "P1D"


@pytest.mark.parametrize("text", ["He was soon released.",
                                  "The trickle of cash soon became a flood.",
                                  "He died soon after his capture."])
def test_soon_in_past_narrative_is_not_future_ref(text):
    assert find_expressions(text, REF) == []


def test_soon_looking_ahead_is_future_ref():
    assert first("Prosecutors may soon seek charges.").value == "FUTURE_REF"


def test_current_before_a_noun_is_the_present():
    found = find_expressions("Under current rules the tariff stays.", REF)
    assert [(e.text, e.value) for e in found] == [("current", "PRESENT_REF")]
    for text in ("The current account deficit widened.", "A current affairs show aired.",
                 "The cable carries an alternating current."):
        assert find_expressions(text, REF) == [], text
    assert [e.value for e in find_expressions("Sales in the current year rose.", REF)] == ["2025"]
