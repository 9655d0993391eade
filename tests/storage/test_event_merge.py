"""Merging events (issue 12): everything kept, the narrowest date all sources allow,
conflicts reported, undo splits them again exactly."""

from __future__ import annotations

import datetime as dt

from storage.event_merge import merge_events, narrowest_date, unmerge
from storage.exchange.cited_sources import Source, add_cited
from storage.records import Tag
from temporal.dates import EventDate


def _d(value: str) -> EventDate:
    return EventDate.from_value(value)


def test_the_narrowest_date_all_sources_allow():
    assert narrowest_date([_d("2025-06"), _d("2025-06-28")]) == _d("2025-06-28")
    assert narrowest_date([_d("2025-W27"), _d("2025-07-01"), _d("2025")]) == _d("2025-07-01")
    both = narrowest_date([_d("2025-06-28/2025-07-02"), _d("2025-07-01/2025-07-05")])
    assert (both.earliest, both.latest) == (dt.date(2025, 7, 1), dt.date(2025, 7, 2))
    assert narrowest_date([_d("2025-06-30"), _d("2025-07-01")]) is None  # they contradict


def _dump(project):
    db = project.db
    return [db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("events", "annotations", "event_tags", "event_sources")]


def test_merge_keeps_every_passage_tag_note_and_source_and_undo_restores(project):
    # Written for the test.
    a = project.articles.add("Drones hit the depot near the river on Tuesday.",
                             outlet="BBC News", published="2025-07-01")
    b = project.articles.add("The depot was struck overnight, officials said.",
                             outlet="Ruposters", published="2025-06-30")
    first = project.events.add("Depot strike", _d("2025-07"), tags=(Tag("drones", "topic"),),
                               passage=(a, 0, 20), location="Izhevsk")
    second = project.events.add("Drones hit depot", _d("2025-07-01"),
                                tags=(Tag("Izhevsk", "place"),), passage=(b, 0, 20),
                                description="Seen from the river.", location="Udmurtia",
                                source_date="2025-07-01")
    note = project.annotations.for_event(second)[0].id
    project.annotations.set_note(note, "check the time")
    uuid = project.events.get(second).uuid
    with project.change():
        add_cited(project, uuid, [Source(title="Report", outlet="Wire")])
    before = _dump(project)

    merge = merge_events(project, [second, first])
    kept = project.events.get(first)
    assert not project.events.exists(second)
    assert kept.date == _d("2025-07-01")  # narrowest all allow
    assert set(kept.tags) == {Tag("drones", "topic"), Tag("Izhevsk", "place")}
    passages = project.annotations.for_event(first)
    assert {p.article_id for p in passages} == {a, b}
    assert {p.source_date for p in passages} == {"2025-07", "2025-07-01"}
    assert [p.note for p in passages if p.id == note] == ["check the time"]
    assert "Seen from the river." in kept.description and "Udmurtia" in kept.description
    assert merge.before.conflicts == ("place Udmurtia / Izhevsk",)
    assert project.events.timeline_row(first).sources == 3  # BBC, Ruposters, Wire
    assert set(merge.changes.events_removed) == {second}

    unmerge(project, merge.before)
    assert _dump(project)[1:] == before[1:]
    assert [row[:-2] for row in _dump(project)[0]] == [row[:-2] for row in before[0]]


def test_contradicting_dates_keep_the_first_date_and_are_reported(project):
    first = project.events.add("Call", _d("2025-06-30"))
    second = project.events.add("Call", _d("2025-07-01"))
    merge = merge_events(project, [first, second])
    assert project.events.get(first).date == _d("2025-06-30")
    assert merge.before.conflicts[0].startswith("dates 1 Jul 2025 / 30 Jun 2025")
