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

