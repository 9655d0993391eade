"""The news grammar `find_events` reads beyond the clause: modality after a noun,
conditions and refusals, intervals before "after", the year of a past month,
the lead's time carried on, definite mentions of a happening already told.

The sentences are written for these tests (not taken from any article or from
the event-gold sets under tests/temporal/data).
"""

from __future__ import annotations

import datetime as dt

from temporal import find_events
from tests.helpers.events import REF, trigger_dates


def test_a_noun_before_a_modal_is_what_may_happen_not_what_did():
    text = "On Friday, the envoy said a ceasefire could be agreed within weeks."
    assert trigger_dates(text) == []
    text = "The minister said on Monday that the new decree would apply from August."
    assert trigger_dates(text) == []


def test_a_capitalised_month_after_a_noun_is_no_modal():
    pairs = trigger_dates("At the hearing on May 12, the accused stood silent.")
    assert ("hearing", "2025-05-12") in pairs


def test_a_condition_or_an_expectation_is_no_event():
    text = "Farmers will block the roads on Thursday unless the levy is withdrawn."
    assert trigger_dates(text) == []
    assert trigger_dates("The governor is expected to sign the decree on Friday.") == []


def test_a_refusal_keeps_its_date_from_an_earlier_clause():
    text = ("Negotiations between the parties stalled, and the rebels refused to attend "
            "a round planned in March.")
    assert trigger_dates(text) == []


def test_a_date_after_a_verb_put_in_doubt_dates_nothing_else():
    text = "Union leaders said they would strike again on Saturday."
    assert trigger_dates(text) == []


def test_habitual_shelling_is_no_event_but_the_dated_clause_after_since_is():
    text = ("The port has been shelled almost daily since the army recaptured it in "
            "March 2023.")
    assert trigger_dates(text) == [("recaptured", "2023-03")]


def test_an_after_clause_past_the_date_is_not_dated_by_it():
    text = "The miners walked off the site on Monday after the company cut their wages."
    pairs = trigger_dates(text)
    assert ("cut", "2025-06-30") not in pairs
    assert [t for t, v in pairs if v == "2025-06-30"] == ["walked"]


def test_a_source_announcing_its_own_act_dates_it():
    text = "The regulator said on Monday that it had opened an inquiry into the bank."
    assert trigger_dates(text) == [("opened an inquiry", "2025-06-30")]
    # what a source reports of others may be older: no date passes to it
    assert trigger_dates("The ministry said on Monday that a ferry was lost off the coast.") == []


def test_an_interval_before_after_dates_the_earlier_happening():
    text = "Crowds marched on the palace, two days after the senate approved the budget."
    pairs = trigger_dates(text)
    assert ("approved", "2025-06-29") in pairs
    assert all(v != "2025-07-03" for _, v in pairs)
    text = "Riot police fired tear gas at students, a day after the cabinet resigned."
    pairs = trigger_dates(text)
    assert ("fired", "2025-07-01") in pairs and ("resigned", "2025-06-30") in pairs


def test_a_month_without_its_year_in_a_past_clause_is_the_last_one():
    text = "The premier, who survived a confidence vote in October, spoke on Monday."
    assert ("survived a confidence vote", "2024-10") in trigger_dates(text)
    # a schedule keeps the next one
    text = "On Monday the judge set the retrial for October 14."
    assert all(v != "2024-10-14" for _, v in trigger_dates(text))


def test_a_date_after_a_verbs_object_dates_the_verb():
    assert trigger_dates("The driver was convicted of fraud in 2019.") == [("convicted", "2019")]
    assert trigger_dates("The assembly tightened export rules in 2021.") == [("tightened", "2021")]
    # after a preposition other than "of" the noun keeps its date
    assert ("raid", "2021-05") in trigger_dates("Two guards were hurt in the raid in May 2021.")


def test_ruling_out_is_a_refusal():
    assert trigger_dates("The minister ruled out tax cuts this year.") == []


def test_a_span_of_years_dates_what_happened_over_it():
    text = "Auditors said the mayor had diverted funds between 2016 and 2019."
    events = find_events(text, REF)
    assert [(e.earliest, e.latest) for e in events] == [
        (dt.date(2016, 1, 1), dt.date(2019, 12, 31))]


def test_the_leads_undated_details_go_on_in_its_time():
    text = ("A court in Lyon jailed a former mayor for six years on Monday.\n\n"
            "The judges also banned him from office for a decade.")
    pairs = trigger_dates(text)
    assert pairs[0] == ("jailed", "2025-06-30")
    assert all(v == "2025-06-30" for _, v in pairs)


def test_a_definite_mention_is_the_happening_already_told():
    text = ("A strong earthquake struck the coast late on Sunday, killing nine.\n\n"
            "The quake hit at 11 p.m. at a shallow depth.")
    events = find_events(text, REF)
    assert [e.value for e in events] == ["2025-06-29"]


def test_a_definite_mention_in_another_place_stays_its_own():
    text = ("Russian drones struck Kharkiv overnight, killing two.\n\n"
            "In a separate report, the governor said the overnight strike on Sumy "
            "wounded a child.")
    places = [e.places for e in find_events(text, REF)]
    assert len(places) == 2


def test_two_attacks_in_two_cities_are_two_happenings():
    text = ("Russian shelling killed four people in the Ukrainian city of Kherson.\n\n"
            "Overnight, Russian forces launched 30 drones at the Ukrainian port of Odesa.")
    assert [t for t, _ in trigger_dates(text)] == ["shelling", "launched"]


def test_open_inflects_as_opened():
    from temporal.events.lexicon import TRIGGERS

    assert "opened" in TRIGGERS and "openned" not in TRIGGERS
    assert "stabbed" in TRIGGERS


def test_a_when_clause_after_a_date_says_what_happened_then():
    text = "The storm peaked on Saturday night, when a footbridge collapsed in the town."
    assert ("collapsed", "2025-06-28") in trigger_dates(text)


def test_the_night_of_a_named_day_is_that_day():
    events = find_events("A warehouse burned down on Friday night.", REF)
    assert [(e.earliest, e.latest) for e in events] == [(dt.date(2025, 6, 27),) * 2]


def test_a_ranking_period_dates_nothing():
    assert trigger_dates("It was the deadliest raid on the city this year.") == []
    assert trigger_dates("It was the second blast at the plant this month.") == []


def test_a_date_in_an_after_clause_dates_that_clause_not_the_main_verb():
    text = "The envoy was told to leave after the assembly voted on Tuesday to cut ties."
    assert trigger_dates(text) == [("voted", "2025-07-01")]


def test_a_participle_before_a_noun_is_an_adjective():
    text = "A volunteer died while clearing a flooded basement on Sunday."
    assert trigger_dates(text) == [("died", "2025-06-29")]


def test_a_count_that_rises_is_not_the_happening_it_counts():
    text = "The death toll from the storm in the south rose to 12, officials said."
    assert [t for t, _ in trigger_dates(text)] == ["storm"]
    # a price that moved is news of its own
    text = "Shares in the miner fell 8 percent on Monday."
    assert trigger_dates(text) == [("fell", "2025-06-30")]


def test_a_past_verb_with_a_weekday_read_as_next_week_is_last_weeks():
    # the expression finder may read "on Sunday that will …" forward; the past tense
    # of "signed" says it was last Sunday
    text = "Two parties signed a pact on Sunday that will make Ines Varga mayor."
    assert trigger_dates(text) == [("signed", "2025-06-29")]


def test_a_stressed_final_syllable_doubles_its_consonant():
    from temporal.events.lexicon import TRIGGERS

    assert {"acquitted", "repelled", "expelled"} <= set(TRIGGERS)
    assert "offerred" not in TRIGGERS


def test_what_was_asked_for_or_fell_short_did_not_happen():
    text = ("A court in Nantes acquitted a doctor on Monday.\n\n"
            "The judges said prosecutors had asked for a suspended sentence.")
    assert [t for t, _ in trigger_dates(text)] == ["acquitted"]
    assert trigger_dates("The party fell short of a majority on Sunday.") == []


def test_what_a_dated_happening_set_off_happened_with_it():
    text = "A court acquitted two guards on Monday, prompting protests outside the court."
    assert ("protests", "2025-06-30") in trigger_dates(text)


def test_began_with_a_gerund_names_the_gerund():
    events = find_events("Crews began repairing the bridge late on Thursday.", REF)
    assert [e.trigger for e in events] == ["began repairing"]


def test_a_clause_about_the_future_dates_none_of_its_nouns():
    assert trigger_dates("Under the agreement, wages will rise by 5 percent from July.") == []


def test_a_date_before_that_is_no_noun_modifier():
    text = "The mayor said on Friday that the deal was fair."
    assert trigger_dates(text) == []


def test_a_deictic_date_right_after_a_noun_dates_it():
    text = "It was the worst fighting since a truce last autumn, officials said."
    assert [t for t, _ in trigger_dates(text)] == ["truce"]


def test_by_phone_reaches_the_verb():
    assert trigger_dates("The two leaders spoke by phone on Monday.") == [("spoke", "2025-06-30")]


def test_a_tally_in_the_present_perfect_is_no_companion():
    text = "A truce was signed on May 2 and the commissions have met four times since then."
    assert trigger_dates(text) == [("signed", "2025-05-02")]


def test_the_day_a_strike_is_called_for_is_not_the_days_news():
    text = "The rail union called a national strike for Thursday, a week before the election."
    assert trigger_dates(text) == [("called", "2025-07-01")]


def test_a_which_aside_closes_at_its_comma():
    text = "The fair, which ended on Sunday, went ahead after the police raised the alert."
    assert ("went", "2025-06-29") not in trigger_dates(text)


def test_announced_between_commas_is_the_source_and_the_main_verb_is_the_news():
    text = ("The government froze the assets of four banks, the ministry announced, in the "
            "largest such step since the curbs were introduced two years ago.")
    pairs = trigger_dates(text)
    assert ("froze", "2025-07-01") in pairs
    assert all(t != "announced" for t, _ in pairs)


def test_may_the_month_is_no_modal():
    assert trigger_dates("In May police shot dead a man who attacked officers.") == [
        ("shot", "2025-05")]


def test_a_plan_to_act_is_no_light_verb_and_a_news_conference_no_meeting():
    assert trigger_dates("The cabinet plans to present a bill next week.") == []
    assert trigger_dates("Police said at a news conference on Wednesday that two men fled.") == []


def test_a_ranking_reaches_past_a_reduced_relative():
    assert trigger_dates("It is the third alleged plot foiled in the country this year.") == []


def test_after_opens_a_clause_with_a_bare_plural_subject():
    text = "Police opened an inquiry into vote buying after videos appeared online last week."
    assert ("opened", "2025-W26") not in trigger_dates(text)
