"""Round 8 of recall on new text (issue 11): general grammar read from the misses that
recur across the held-out sets, each rule on sentences written for the test (none from any
corpus).

Publication day in these tests: Tuesday 1 July 2025 (`tests.helpers.events.REF`).
"""
from __future__ import annotations

from tests.helpers.events import trigger_dates

LEAD = ("KORVA, July 1 (Wire) - Troops shelled the border town of Lirk on Tuesday, officials "
        "said.\n\n\"We heard the guns all night,\" said a baker, Ana Lis.\n\n\"Nobody slept,\" "
        "said her neighbour.")


def test_a_capitalised_frequency_word_is_a_name_not_a_habit():
    # "Daily" of a newspaper's name in the dateline tells no habit of the lead's arrest
    text = ("KORVA, July 1 (Morning Daily) - Customs agents arrested a port director at his "
            "home before dawn on Tuesday, prosecutors said.")
    assert trigger_dates(text) == [("arrested", "2025-07-01")]
    # a habit in lower case is still one
    assert trigger_dates("Gunners almost daily shelled Lirk in June.") == []


def test_a_main_verb_outside_the_news_leaves_its_coordinated_act_the_days_news():
    text = (LEAD + "\n\nThe foreign ministry called the shelling \"barbaric\" and summoned the "
            "envoy of Varnia.")
    assert trigger_dates(text) == [("shelled", "2025-07-01"), ("summoned", "2025-07-01")]
    text = (LEAD + "\n\nThe government sent tents and blankets to the region and declared "
            "two days of mourning.")
    assert trigger_dates(text) == [("shelled", "2025-07-01"), ("declared", "2025-07-01")]


def test_a_clause_after_comma_and_with_its_own_subject_is_the_days_news():
    text = (LEAD + "\n\nOpposition leaders demanded that the defence minister resign, and "
            "the finance ministry ordered an audit of the border garrison.")
    assert trigger_dates(text) == [("shelled", "2025-07-01"), ("ordered", "2025-07-01")]


def test_a_coordinated_act_inside_a_subordinate_clause_is_not_the_days_news():
    # the "and" belongs to what the report says, not to the main clause
    text = (LEAD + "\n\nWitnesses said the gunners fired from a hill when the fog lifted and "
            "withdrew.")
    assert trigger_dates(text) == [("shelled", "2025-07-01")]


def test_opened_before_a_happening_noun_is_that_happening():
    # "open" is a light verb: its object names the act ("opened an inquiry"), while
    # "opened a bakery" stays commerce and no news of the day
    text = LEAD + "\n\nProsecutors opened an investigation into the shelling."
    assert trigger_dates(text) == [("shelled", "2025-07-01"),
                                   ("opened an investigation", "2025-07-01")]
    text = LEAD + "\n\nA baker opened a second shop in the square."
    assert trigger_dates(text) == [("shelled", "2025-07-01")]


def test_a_search_of_premises_is_a_legal_act_and_a_search_in_progress_is_none():
    text = LEAD + "\n\nPolice also searched the offices of two arms dealers."
    assert trigger_dates(text) == [("shelled", "2025-07-01"), ("searched", "2025-07-01")]
    assert trigger_dates("Rescuers were still searching the rubble on Monday.") == []


def test_casualties_a_paragraph_after_the_last_harm_take_its_day():
    # a quote's present tense between them changes nothing; a background "was selling"
    # in the death's own clause is no other happening
    text = ("KORVA, July 1 (Wire) - Rockets hit a bus station in Korva on Monday evening, "
            "officials said.\n\nDoctors said 30 people were wounded in the blast on Monday. "
            "\"We need blood now,\" one surgeon said.\n\nA boy who was selling fruit at the "
            "station died in hospital, his uncle said.")
    assert ("died", "2025-06-30") in trigger_dates(text)
    # three paragraphs on, the casualty is no longer that harm's
    far = text.replace("\n\nA boy", "\n\nThe mayor spoke.\n\nShops were shut.\n\nA boy")
    assert "died" not in [t for t, _ in trigger_dates(far)]


def test_a_verdict_given_with_the_naming_verb_is_no_call():
    for text in ("On Monday the army fired on a fishing boat, an act the ministry called "
                 "\"cowardly\".",
                 "On Monday the league banned two clubs. Its chairman called it the worst "
                 "scandal in a decade.",
                 "\"We are innocent,\" the coach called out on Monday as police led him away."):
        assert "called" not in [t for t, _ in trigger_dates(text)], text
    # a call with its object and date is still one
    assert trigger_dates("The premier called him on Monday.") == [("called", "2025-06-30")]


def test_a_clock_time_past_the_lead_tells_how_the_incident_unfolded():
    text = ("KORVA, July 1 (Wire) - A fire swept through a textile warehouse in Korva on "
            "Monday night, officials said.\n\nNo one was hurt, the fire service said.\n\n"
            "The flames spread from a loading bay at about 11 p.m. Police arrested the night "
            "watchman at 2 a.m.")
    found = trigger_dates(text)
    assert "spread" not in [t for t, _ in found]  # the fire told again, in detail
    assert ("arrested", "2025-06-30") in found  # someone's act at a later hour is news
    # a day named beside the clock time makes it a time of its own
    text = text.replace("at about 11 p.m.", "at about 11 p.m. on Sunday")
    assert ("spread", "2025-06-29") in trigger_dates(text)


def test_a_definite_casualty_is_the_one_told_before():
    text = ("KORVA, July 1 (Wire) - A rocket strike on a bus station in Korva killed nine "
            "people on Monday morning, officials said.\n\nDoctors said 30 people were wounded "
            "by noon, among them a guard. \"We ran out of beds,\" a nurse said.\n\nAccording "
            "to his family, the guard died in hospital.")
    assert "died" not in [t for t, _ in trigger_dates(text)]
    indefinite = text.replace("the guard died", "a cleaner died")
    assert ("died", "2025-06-30") in trigger_dates(indefinite)


def test_a_past_disaster_introduced_as_subject_is_the_happening():
    text = ("Floods cut the road to Lirk on Monday.\n\nThe valley has suffered before. In "
            "March 2011, a flood washed away a school and a bridge.")
    assert ("flood", "2011-03") in trigger_dates(text)
    # in the news itself the verb is dated: "a storm knocked out power on Monday"
    assert trigger_dates("On Monday a storm knocked out power to 9,000 homes.") == [
        ("storm knocked", "2025-06-30")]
