"""Matching reports that name little (issue 12): a sentence naming no person, city or
organisation joins the one happening of its kind on its days, never one of two; a
happening named after a time preposition ("after the attack") gives no kind."""

from __future__ import annotations

import datetime as dt

from temporal.events.matching import EventIndex, kind_of, profile

DAY = dt.date(2025, 7, 1)
# Written for the test.
STRIKE = ("Drones attacked an arms plant in Perm", ["Russia", "Ukraine", "Perm"])
NAMELESS = "Об атаке дронов губернатор сообщил утром"  # "the governor reported the attack"


def _index(*events) -> EventIndex:
    index = EventIndex()
    for number, (title, names, *span) in enumerate(events, start=1):
        first, last = span or (DAY, DAY)
        index.add(number, profile(title, first, last, names))
    return index


def test_a_nameless_report_joins_the_one_happening_of_its_kind_that_day():
    found = _index(STRIKE, ("Leaders held a phone call", ["France"])).best(
        profile(NAMELESS, DAY, DAY))
    assert found is not None and found.event_id == 1


def test_with_two_of_its_kind_that_day_or_a_name_of_its_own_it_stays_new():
    two = _index(STRIKE, ("Drones attacked a depot in Kstovo", ["Russia", "Kstovo"]))
    assert two.best(profile(NAMELESS, DAY, DAY)) is None
    one = _index(STRIKE)
    assert one.best(profile(NAMELESS + " в Самаре", DAY, DAY, ["Самара"])) is None
    assert one.best(profile(NAMELESS, DAY, DAY + dt.timedelta(days=1))) is None  # other days
    unknown = _index(STRIKE, ("Choir rehearsal held", []))
    assert unknown.best(profile(NAMELESS, DAY, DAY)) is None  # an unknown kind could be it


def test_countries_that_do_not_meet_keep_a_nameless_report_apart():
    one = _index(STRIKE)
    assert one.best(profile("Airstrikes hit targets overnight", DAY, DAY, ["Israel"],
                            family="attack")) is None
    found = one.best(profile("Airstrikes hit targets overnight", DAY, DAY, ["Ukraine"],
                             family="attack"))
    assert found is not None and found.event_id == 1


def test_a_happening_named_as_the_time_of_another_gives_no_kind():
    assert kind_of("После атаки аэропорт приостановил работу") == ""
    assert kind_of("Після обстрілу школи закрили") == ""
    assert kind_of("بعد الهجوم أغلق المطار") == ""
    assert kind_of("Attack on a depot after the talks") == "harm"
    assert kind_of("Drones attacked after midnight") == "harm"



def test_a_shared_city_alone_needs_the_same_kind():
    """The airport closed "after the attack" in the attacked city, a concert called off
    there: the same city and day, but not the attack."""
    index = _index(STRIKE)
    closing = profile("После атаки аэропорт Перми закрыли", DAY, DAY, ["Пермь"])
    assert closing.kind == "" and closing.cities
    assert index.best(closing) is None
    again = profile("Беспилотники атаковали завод в Перми", DAY, DAY, ["Пермь"])
    assert index.best(again).event_id == 1
    named = profile("Glavny Plant in Perm halted", DAY, DAY, ["Perm", "Glavny Plant"])
    index.add(2, profile("Glavny Plant output stopped in Perm", DAY, DAY,
                         ["Perm", "Glavny Plant"]))
    assert index.best(named).event_id == 2  # a name besides the city still counts
