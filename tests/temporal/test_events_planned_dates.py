"""A date of a plan belongs to the planned thing (issue 11's "dating follows the clause").

"Cancelled the concerts planned for 4 July": the participle puts the date on
the concerts, which will not take place; the cancelling is the news, of the
publication day. Sentences written for the test, in English, Russian and
Ukrainian, in both directions.
"""
from __future__ import annotations

from temporal.events import find_events
from tests.helpers.events import REF, trigger_dates


def test_cancelling_a_planned_happening_is_not_dated_by_the_plan():
    assert trigger_dates("The city cancelled the festival scheduled for June 28.") == [
        ("cancelled", "2025-07-01")]
    assert trigger_dates("Organisers called off the march set for Saturday.") == [
        ("called off", "2025-07-01")]
    assert trigger_dates("The ministry postponed the vote planned for next Tuesday.") == [
        ("postponed", "2025-07-01")]


def test_the_same_in_russian_and_ukrainian():
    assert trigger_dates("Мэрия отменила все концерты, намеченные на 4 июля.") == [
        ("отменила", "2025-07-01")]
    # a past verb would otherwise push "4 липня" into last year
    assert trigger_dates("Міська рада скасувала всі концерти, заплановані на 4 липня.") == [
        ("скасувала", "2025-07-01")]


def test_a_planned_happening_keeps_its_date():
    assert trigger_dates("A judge ordered a new hearing, scheduled for July 23, in the case.") \
        == [("hearing", "2025-07-23")]
    assert trigger_dates("The city cancelled the festival on Monday.") == [
        ("cancelled", "2025-06-30")]


def test_as_planned_is_no_plan_of_the_date():
    assert trigger_dates("The army began the offensive as planned on Saturday night.") == [
        ("began the offensive", "2025-06-28")]


def test_a_due_date_is_not_the_sale_s():
    text = ("The company sold notes on Monday and the proceeds of a second sale, of notes "
            "that will be due on Nov. 1, will repay debt.")
    assert ("sold", "2025-06-30") in trigger_dates(text)
    assert all(value != "2025-11-01" for _, value in trigger_dates(text))


def test_british_spelling_doubles_the_l():
    assert trigger_dates("The team travelled to Lviv on Monday.") == [("travelled", "2025-06-30")]
    assert trigger_dates("The team traveled to Lviv on Monday.") == [("traveled", "2025-06-30")]
    assert trigger_dates("The league cancelled the final on Sunday.") == [
        ("cancelled", "2025-06-29")]


def test_the_plan_s_participle_leaves_the_title_with_its_date():
    titles = [e.title for e in find_events(
        "Organisers called off the march set for June 29 after the attack.", REF)]
    assert titles == ["Organisers called off march after attack"]
    assert [e.title for e in find_events("The ministry postponed the vote planned for "
                                         "next Tuesday.", REF)] == ["Ministry postponed vote"]
    # "as planned" is how, not a plan's date
    [began] = find_events("The army began the offensive as planned on Saturday night.", REF)
    assert began.title.endswith("as planned")
