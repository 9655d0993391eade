"""Round three of the news grammar, for recall: happenings the earlier rules missed
or dated through the wrong word.

The sentences are written for these tests (not taken from any article or from
the event-gold sets under tests/temporal/data).
"""

from __future__ import annotations

from tests.helpers.events import trigger_dates


def test_a_date_before_a_while_clause_dates_the_verb_not_the_clause_noun():
    pairs = trigger_dates("Two students were detained in March 2024 while filming protests "
                          "outside the parliament.")
    assert ("detained", "2024-03") in pairs
    assert all(trigger != "protests" for trigger, _ in pairs)


def test_a_date_still_premodifies_a_noun_right_after_it():
    assert ("strike", "2024-11") in trigger_dates("Since the November 2024 strike, the yard "
                                                  "has been idle.") + trigger_dates(
        "The November 2024 strike shut the yard.")


def test_an_ing_form_with_its_own_object_is_a_participle_not_a_meeting():
    pairs = trigger_dates("A militia calling itself the Red Hand claimed responsibility in a "
                          "video late on Sunday.")
    assert pairs == [("claimed responsibility", "2025-06-29")]


def test_a_claim_of_responsibility_is_a_happening_a_plain_claim_a_report():
    assert trigger_dates("The rebels claimed responsibility on Monday.") == [
        ("claimed responsibility", "2025-06-30")]
    assert trigger_dates("The rebels claimed on Monday that the bridge was theirs.") == []


def test_a_passive_irregular_participle_is_the_clause_verb():
    pairs = trigger_dates("Four paintings were stolen from the gallery on Saturday night.")
    assert [t for t, _ in pairs] == ["stolen"]
    pairs = trigger_dates("The wounded were taken to a hospital in Lviv on Monday morning.")
    assert [t for t, _ in pairs] == ["taken"]


def test_the_subject_that_did_the_harm_is_the_happening():
    pairs = trigger_dates("A blast at a chemical depot near the harbour killed six workers "
                          "and injured 30 on Monday morning, officials said.")
    assert pairs == [("blast", "2025-06-30")]


def test_a_harm_in_a_when_clause_is_not_the_subject_s():
    pairs = trigger_dates("The storms are the worst here since 2011, when 40 people died.")
    assert ("storms", "2011") not in pairs


def test_a_verb_coordinated_after_a_dated_one_shares_its_date():
    pairs = trigger_dates("The mayor visited the flooded district on Monday evening and "
                          "ordered the evacuation of two schools.")
    assert ("visited", "2025-06-30") in pairs
    assert ("ordered", "2025-06-30") in pairs


def test_a_coordinated_verb_of_the_same_kind_or_with_a_plan_is_no_second_happening():
    pairs = trigger_dates("Gunmen attacked the convoy on Sunday and killed two guards.")
    assert [t for t, _ in pairs] == ["attacked"]
    pairs = trigger_dates("The envoys met in Doha on Friday and agreed to resume the talks.")
    assert [t for t, _ in pairs] == ["met"]


def test_a_verb_beside_one_outside_the_lexicon_is_not_told_apart():
    pairs = trigger_dates("The intruder climbed the fence on Sunday night and stabbed a guard.")
    assert len(pairs) == 1


def test_an_appeal_is_the_speaker_s_words_and_what_was_done_beside_it_the_happening():
    pairs = trigger_dates("In a speech late on Monday, the governor called for calm and "
                          "ordered an inquiry into the shooting.")
    assert pairs == [("ordered", "2025-06-30")]


def test_a_date_in_what_an_appeal_asks_for_dates_nothing():
    text = "The party called on voters to gather outside the courthouse on Thursday."
    assert trigger_dates(text) == []


_STORY = ("Border guards detained two smugglers near the river on Friday, the agency said. "
          "The men were carrying 40 kilograms of cocaine. Their boat had no lights.\n\n"
          "The agency has caught 30 smugglers this year.\n\n")


def test_hours_later_dates_an_undated_sentence_by_the_happening_before():
    text = _STORY + "The agency's chief resigned hours later, citing poor health."
    pairs = trigger_dates(text)
    assert ("resigned", "2025-06-27") in pairs


def test_hours_after_a_named_happening_takes_that_happening_s_day():
    text = ("A court in Lviv convicted a former mayor of fraud on Monday, his lawyer said. "
            "He denies the charges. The city is in shock.\n\n"
            "The city council met on June 20 and named an acting mayor.\n\n"
            "Supporters rallied outside the court hours after the verdict.")
    pairs = trigger_dates(text)
    assert ("rallied", "2025-06-30") in pairs


def test_an_undated_sentence_without_such_words_proposes_nothing():
    text = _STORY + "The agency's chief resigned, citing poor health."
    assert [t for t, _ in trigger_dates(text)] == ["detained"]


def test_hours_later_does_not_retell_the_happening_before():
    text = _STORY + "Hours later, guards detained a third man in a nearby village."
    assert [t for t, _ in trigger_dates(text)] == ["detained"]


def test_then_goes_on_in_the_day_of_the_paragraph_s_happening():
    text = _STORY + "On Monday, the minister met the union leaders. She then announced a new offer."
    assert ("announced", "2025-06-30") in trigger_dates(text)


def test_since_then_and_the_then_president_date_nothing():
    text = _STORY + "On Monday, the minister met the union leaders. Since then, talks stalled."
    assert [t for t, _ in trigger_dates(text)] == ["detained", "met"]
    text = _STORY + "On Monday, the minister met the union leaders.\n\nThe then-mayor resigned."
    assert [t for t, _ in trigger_dates(text)] == ["detained", "met"]
