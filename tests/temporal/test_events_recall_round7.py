"""Round 7 of recall on new text (issue 11): the grammar read from the sixth held-out
set's misses, each rule on sentences written for the test (none from any corpus).

Publication day in these tests: Tuesday 1 July 2025 (`tests.helpers.events.REF`).
"""
from __future__ import annotations

from tests.helpers.events import trigger_dates


def test_a_passive_confirmed_is_a_finding_not_the_source():
    found = trigger_dates("Three days ago a case of cholera was confirmed at a camp near Vell.")
    assert found == [("confirmed", "2025-06-28")]
    assert ("confirmed", "2025-06-30") in trigger_dates(
        "On Monday the first cases of swine fever were confirmed on two pig farms.")


def test_confirmed_of_a_speaker_or_in_doubt_stays_the_sourcing():
    assert "confirmed" not in [t for t, _ in trigger_dates(
        "On Monday the ministry confirmed that two farms had been quarantined.")]
    assert "confirmed" not in [t for t, _ in trigger_dates(
        "The death toll could not be confirmed on Monday.")]


def test_evidence_that_confirmed_is_a_finding_and_a_tally_is_none():
    assert trigger_dates("Blood tests confirmed on Monday that the well water was tainted.") == [
        ("confirmed", "2025-06-30")]
    assert "confirmed" not in [t for t, _ in trigger_dates(
        "Officials declared an epidemic on Monday after 30 cases were confirmed in two weeks.")]


def test_a_part_of_the_day_told_in_the_past_is_no_later_than_the_publication_day():
    # the quote's "tomorrow" carries "the morning" past the publication day; told in the
    # past, the arrest is the day's news, not a year back
    text = ("Gunmen robbed a jewellery shop in Varna on Tuesday, police said. \"We will open "
            "again by tomorrow,\" said the owner, Ivo Stanev.\n\nThe robbers fled in a grey "
            "van shortly after 10 a.m. Police arrested three men at a petrol station later "
            "in the morning.")
    assert trigger_dates(text) == [("robbed", "2025-07-01"), ("arrested", "2025-07-01")]


def test_a_clause_after_and_with_its_own_subject_and_another_kind_shares_the_date():
    assert trigger_dates(
        "Rebels shelled the port of Arvo on Monday, and the government imposed a curfew.") == [
        ("shelled", "2025-06-30"), ("imposed", "2025-06-30")]
    # the same kind told again, or a statement, is no second happening
    for text in ("Rebels shelled the port of Arvo on Monday, and artillery struck the harbour.",
                 "Rebels shelled the port of Arvo on Monday, and the government said it would "
                 "respond."):
        assert trigger_dates(text) == [("shelled", "2025-06-30")], text
