"""What an event's sources say together (issue 12): distinct outlets with cited
sources, the dates each source gives, Admiralty grades."""

from __future__ import annotations

import pytest

from storage.corroboration import event_sources
from storage.exchange.cited_sources import Source, add_cited
from storage.source_grades import set_credibility, set_reliability
from temporal.dates import EventDate

# Written for the test.
TEXT = "Crews reported a fire at the depot. Officials later confirmed the fire at the depot."


def _article(project, outlet: str, published: str = "2025-07-01") -> int:
    return project.articles.add(f"{TEXT} ({outlet}, {published})", outlet=outlet,
                                published=published)


def test_sources_are_distinct_outlets_with_cited_sources_of_imported_rows(project):
    bbc, bbc_again, wire = (_article(project, "BBC News"), _article(project, "BBC News (UK)"),
                            _article(project, "Wire"))
    event = project.events.add("Depot fire", EventDate.from_value("2025-07-01"),
                               passage=(bbc, 0, 10))
    project.annotations.add(bbc, event, 20, 30)  # a second passage of the same article
    project.annotations.add(bbc_again, event, 0, 10)  # the same outlet, with a credit
    assert project.events.timeline_row(event).sources == 1
    assert project.events.timeline_row(event).single_source
    project.annotations.add(wire, event, 0, 10)
    uuid = project.db.execute("SELECT uuid FROM events WHERE id = ?", [event]).fetchone()[0]
    with project.change():
        add_cited(project, uuid, [Source(title="Report", outlet="Local Radio"),
                                  Source(title="Same wire", outlet="wire")])
    for row in (project.events.timeline_row(event), project.events.timeline()[0],
                project.events.timeline_rows([event])[0]):
        assert row.sources == 3 and not row.single_source  # BBC, Wire, Local Radio


def test_sources_that_give_different_days_say_so_and_agreeing_ones_do_not(project):
    ruposters = _article(project, "Ruposters (ruposters.ru)", "2025-06-30")
    bbc = _article(project, "BBC News", "2025-07-01")
    event = project.events.add("Depot fire", EventDate.from_value("2025-07-01"),
                               passage=(bbc, 0, 10), source_date="2025-07-01")
    project.annotations.add(bbc, event, 20, 30, source_date="2025-07-01")
    assert project.events.timeline_row(event).dates_differ == ""
    project.annotations.add(ruposters, event, 0, 10, source_date="2025-06-30")
    expected = "30 Jun 2025 (Ruposters) · 1 Jul 2025 (BBC News)"
    assert project.events.timeline_row(event).dates_differ == expected
    assert project.events.timeline()[0].dates_differ == expected
    lines = event_sources(project, event)
    assert [line.date for line in lines] == ["2025-06-30", "2025-07-01", "2025-07-01"]


def test_grades_are_remembered_per_outlet_and_per_passage_and_bad_ones_refused(project):
    first, second = _article(project, "Wire"), _article(project, "Wire", "2025-07-02")
    event = project.events.add("Depot fire", EventDate.from_value("2025-07-01"),
                               passage=(first, 0, 10))
    passage = project.annotations.for_event(event)[0].id
    change = set_reliability(project, "Wire", "b")
    assert change.before == "" and (first, event) in change.changes.passages
    assert set_credibility(project, passage, 2).before is None
    later = project.annotations.add(second, event, 0, 10)  # an article graded by its outlet
    grades = {line.annotation_id: line.grade for line in event_sources(project, event)}
    assert grades == {passage: "B2", int(later): "B"}
    with pytest.raises(ValueError):
        set_reliability(project, "Wire", "G")
    with pytest.raises(ValueError):
        set_credibility(project, passage, 7)
    assert set_reliability(project, "Wire", "").before == "B"
    assert event_sources(project, event)[0].grade == "2"
