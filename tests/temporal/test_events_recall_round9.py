"""Round 9 of recall on new text (issue 11): general grammar and lexicon classes read from
the misses that recur across the held-out sets, each rule on sentences written for the test
(none from any corpus).

Publication day in these tests: Tuesday 1 July 2025 (`tests.helpers.events.REF`).
"""
from __future__ import annotations

from tests.helpers.events import trigger_dates

LEAD = ("KORVA, July 1 (Wire) - Troops shelled the border town of Lirk on Tuesday, officials "
        "said.\n\n\"We heard the guns all night,\" said a baker, Ana Lis.\n\n\"Nobody slept,\" "
        "said her neighbour.")


def test_the_rites_after_a_death_are_happenings_of_their_own_day():
    assert trigger_dates("The two pilots will be buried on Thursday in their home village.") == [
        ("buried", "2025-07-03")]
    assert trigger_dates("The road stays shut, and the baker's funeral is planned for "
                         "Friday.") == [("funeral", "2025-07-04")]
    assert trigger_dates("Mourners held a vigil outside the station on Sunday evening.") == [
        ("held a vigil", "2025-06-29")]


def test_a_landslide_that_buried_a_village_is_one_happening():
    dates = trigger_dates("A mudslide buried half the hamlet of Orvo on Monday, local "
                          "officials said.")
    assert len(dates) == 1 and dates[0][1] == "2025-06-30"


def test_a_revolt_is_a_happening_of_its_year():
    assert trigger_dates("Veterans of the 1968 uprising marched to the square.")[:1] == [
        ("uprising", "1968")]


def test_custody_and_an_authoritys_limits_are_the_days_news():
    text = LEAD + "\n\nPolice questioned the mayor of Lirk and two of his aides."
    assert trigger_dates(text) == [("shelled", "2025-07-01"), ("questioned", "2025-07-01")]
    text = LEAD + "\n\nThe central bank capped cash withdrawals at 200 crowns per customer."
    assert trigger_dates(text) == [("shelled", "2025-07-01"), ("capped", "2025-07-01")]
    # the noun of an official check names its happening
    assert trigger_dates("The last safety inspection of the bridge took place in March.") == [
        ("inspection", "2025-03")]


def test_the_injuries_after_deaths_told_already_are_the_news():
    text = ("A tanker struck a mine off Lirk on Tuesday, killing two sailors, the navy said. "
            "The two sailors were killed in the engine room and four others were injured.")
    assert trigger_dates(text) == [("struck", "2025-07-01"), ("injured", "2025-07-01")]
    # deaths not told before are the sentence's news
    text = ("A tanker struck a mine off Lirk on Tuesday, the navy said. Two sailors were "
            "killed in the engine room and four others were injured.")
    assert trigger_dates(text) == [("struck", "2025-07-01"), ("killed", "2025-07-01")]


def test_a_verb_outside_the_lexicon_names_its_object_happening_with_it():
    assert trigger_dates("Hundreds of people gathered for a silent vigil in the square on "
                         "Sunday.") == [("gathered for a silent vigil", "2025-06-29")]
    # a happening's noun that only modifies the object is no object
    assert trigger_dates("Judges issued an arrest warrant for the mayor on Monday.") == [
        ("issued", "2025-06-30")]


def test_a_happening_set_to_be_held_on_a_day_is_its_subject():
    assert trigger_dates("A memorial service will be held on Friday, the mayor's office "
                         "said.") == [("memorial service", "2025-07-04")]
    assert trigger_dates("The referendum will be held on July 13.") == [
        ("referendum", "2025-07-13")]
    # a subject that names no happening sets nothing
    assert trigger_dates("The exhibition will be held on Friday.") == []


def test_a_fronted_day_or_month_dates_the_after_clause_too():
    text = ("The trial went on for a week. On Monday, the court was cleared for an hour after "
            "a spectator threw a shoe at the bench.")
    assert ("threw", "2025-06-30") in trigger_dates(text)
    text = ("Ministers met on Tuesday. In May, the army moved two brigades to the border after "
            "rebels attacked a garrison in the hills.")
    assert ("attacked", "2025-05") in trigger_dates(text)
    # a year reaches too far back, and a clause of its own date keeps it
    text = ("Ministers met on Tuesday. In 2019, the army moved two brigades to the border "
            "after rebels attacked a garrison in the hills.")
    assert not any(trigger == "attacked" for trigger, _ in trigger_dates(text))


def test_a_body_convened_beside_a_visit_is_an_act_of_its_own():
    assert trigger_dates("The premier visited Lirk on Monday and convened the security "
                         "council.") == [("visited", "2025-06-30"), ("convened", "2025-06-30")]


def test_a_figure_that_set_a_record_is_a_statistic_not_a_happening():
    assert trigger_dates("Coffee exports rose to a record 3.2 million bags in March.") == []
    assert trigger_dates("Ticket receipts reached a record 40 million euros in May.") == []
    # the same verbs without a record figure still tell what happened
    assert trigger_dates("Coffee exports rose sharply in March after the frost.") == [
        ("rose", "2025-03")]


def test_a_beating_is_harm_told_like_other_casualties():
    text = "Riot police broke up a march in Korva on Monday. Two reporters were beaten."
    assert trigger_dates(text)[-1] == ("beaten", "2025-06-30")


def test_the_injured_taken_to_hospital_are_the_harms_casualties():
    text = ("A gas explosion tore through a bakery in Korva on Monday. Six customers were "
            "taken to hospital in Lirk.")
    assert trigger_dates(text)[-1] == ("taken to hospital", "2025-06-30")


def test_deaths_in_a_when_clause_are_what_the_dated_harm_did():
    assert trigger_dates("The valley last saw a flood this big in 1987, when 40 people "
                         "drowned.") == [("flood", "1987")]
    # a harm further from the date is today's, not the one the date names
    assert trigger_dates("The floods are the worst in the valley since 1987, when 40 people "
                         "drowned.")[-1] == ("drowned", "1987")


def test_two_orders_of_the_day_joined_by_and_are_two_decisions():
    text = (LEAD + "\n\nGovernor Ivo Marsh declared a curfew in Lirk and ordered an inquiry "
            "into the shelling.")
    assert trigger_dates(text) == [("shelled", "2025-07-01"), ("declared", "2025-07-01"),
                                   ("ordered", "2025-07-01")]
    # a second verb of another sort is no second order
    text = LEAD + "\n\nGovernor Ivo Marsh declared a curfew in Lirk and thanked the police."
    assert trigger_dates(text) == [("shelled", "2025-07-01"), ("declared", "2025-07-01")]
