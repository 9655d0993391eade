"""Property tests: any text survives export → import, and no bytes crash the importer.

Any Unicode text (RTL, emoji, formula starts, quotes, commas, line breaks,
pipes and backslashes) in titles, descriptions, locations, tags and sources
comes back unchanged, and re-exporting gives the same bytes. NUL is the one
documented exception: exports drop it (and the importer removes it), so the
expected value is the text without NULs. Tags are drawn through parse_tags,
because that is how every tag gets into a project.

``bench/fuzz_exchange.py`` runs the same checks with more examples and
prints how many ran. The counters below let it (and ``pytest -s``) say so.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import Project
from storage.events import CONFIDENCE_LEVELS
from storage.exchange.cited_sources import SOURCE_FIELDS, Source, add_cited, sources_by_event
from storage.exchange.csv_import import CsvImportError, apply_plan, read_timeline_csv
from storage.exchange.timeline_csv import COLUMNS, export_timeline_csv
from storage.exchange.timelinejs import TIMELINEJS_HEADER
from storage.records import Tag
from storage.tags import parse_tags
from temporal.dates import EventDate

ROUND_TRIP_EXAMPLES = 300
BYTES_EXAMPLES = 1000
COUNTS = {"round trip": 0, "arbitrary bytes": 0, "CSV-shaped bytes": 0}

AWKWARD = ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "'=x", "''-y",
           "a | b", "\\", "a\\|b\\", " lead", "trail ", '"q", "r"', "line\r\nbreak", "\n",
           "nul\x00here", "עברית ומספרים 123", "مرحبا بالعالم", "🙂👍🏽🇺🇦", "\u202eevil",
           "e\u0301", "ﬁ", "\ufeffbom", "|", " | ", "\u2028sep"]
text = st.one_of(st.text(max_size=30), st.sampled_from(AWKWARD),
                 st.lists(st.sampled_from(AWKWARD), max_size=3).map("".join))
tag_kinds = st.sampled_from(["", "actor:", "place:", "topic:", "other:", "other:actor:",
                             "Actor :", "UN:"])
typed_tags = st.lists(
    st.tuples(tag_kinds, text).map(lambda kt: kt[0] + kt[1].replace("\x00", "")),
    max_size=4).map(lambda pieces: parse_tags(", ".join(pieces)))
# Names that cannot be typed but arrive from TimelineJS groups, ACLED actors or JSON:
# commas, semicolons and backslashes inside one name.
imported_names = st.lists(st.sampled_from(["Smith, John", "a;b", "back\\slash", "x\\,y", ",",
                                           "actor:x, y"]) | text, min_size=1, max_size=3).map(
    lambda parts: " ".join("".join(parts).replace("\x00", "").split())).filter(bool)
imported_tags = st.lists(st.builds(Tag, imported_names,
                                   st.sampled_from(["actor", "place", "topic", "other"])),
                         max_size=3, unique=True).map(tuple)
tags = st.one_of(typed_tags, imported_tags)
VALUES = ["2025-07-01", "2025-W26", "2025-W26-WE", "2024-11", "2025-Q2", "2025-SU", "2025-WI",
          "2025-H1", "2014", "2014~", "199X", "19XX", "2025-06-28/2025-06-30",
          "2025-06-28~/2025-06-30~", "2025-07-01~"]
dates = st.one_of(st.none(), st.sampled_from(VALUES).map(EventDate.from_value),
                  st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)).map(
                      lambda d: EventDate.from_value(d.isoformat())))
sources = st.lists(st.builds(Source, text, text, text, text, text), max_size=3)
events = st.lists(st.fixed_dictionaries({
    "title": text, "description": text, "location": text, "date": dates, "tags": tags,
    "confidence": st.sampled_from(CONFIDENCE_LEVELS), "sources": sources,
    "passage": st.none() | st.tuples(text, text),
}), min_size=1, max_size=4)


_OPEN: dict[str, Project] = {}
_FOLDER = tempfile.TemporaryDirectory(prefix="exchange-properties-")
_TABLES = ("annotations", "event_sources", "event_tags", "events", "articles", "tags")


def empty_project(name: str) -> Project:
    """A project file reused across examples, emptied each time (opening and
    migrating a new file per example would cost most of the time budget)."""
    project = _OPEN.get(name)
    if project is None:
        project = _OPEN[name] = Project(Path(_FOLDER.name, f"{name}.sqlite"))
        project.db.execute("PRAGMA synchronous = OFF")  # durability is not under test
    with project.change() as db:
        for table in _TABLES:
            db.execute(f"DELETE FROM {table}")
    return project


def _no_nul(value: str) -> str:
    return value.replace("\x00", "")


def check_round_trip(drawn: list[dict]) -> None:
    """Fill a project, export, import into an empty one: same fields, same bytes."""
    COUNTS["round trip"] += 1
    source, target = empty_project("source"), empty_project("target")
    for item in drawn:
        event_id = source.events.add("x", item["date"], description=item["description"],
                                     confidence=item["confidence"], tags=item["tags"])
        with source.change() as db:
            # Raw SQL, so that titles with leading/trailing spaces survive; NULs are
            # stripped as storage strips them (they cannot be typed or imported).
            db.execute("UPDATE events SET title = ?, location = ? WHERE id = ?",
                       [_no_nul(item["title"]), _no_nul(item["location"]), event_id])
            add_cited(source, source.events.get(event_id).uuid, item["sources"])
        if item["passage"] and _no_nul(item["passage"][1]).strip():
            title, body = item["passage"]
            try:
                article = source.articles.add(body, title=title)
            except Exception:  # the same text twice: one article is enough
                continue
            length = len(source.articles.get(article).text)
            source.annotations.add(article, event_id, 0, length)
    with tempfile.TemporaryDirectory() as folder:
        first, second = Path(folder, "a.csv"), Path(folder, "b.csv")
        export_timeline_csv(source, first)
        plan = read_timeline_csv(first.read_bytes(), "a.csv", target)
        assert plan.errors == [], [str(p) for p in plan.errors]
        apply_plan(target, plan)
        export_timeline_csv(target, second)
        assert second.read_bytes() == first.read_bytes()
    sources_before, sources_after = sources_by_event(source), sources_by_event(target)
    for before, after in _events_by_uuid(source, target):
        assert sources_after.get(after.id, []) == [
            Source(*(_no_nul(getattr(s, name)) for name in SOURCE_FIELDS))
            for s in sources_before.get(before.id, [])]
        assert after.title == _no_nul(before.title)
        assert after.description == _no_nul(before.description)
        assert after.location == _no_nul(before.location)
        assert after.date == before.date and after.confidence == before.confidence
        assert after.tags == before.tags


def _events_by_uuid(source, target):
    for row in source.events.timeline():
        before = source.events.get(row.id)
        uuid_row = target.db.execute("SELECT id FROM events WHERE uuid = ?",
                                     [before.uuid]).fetchone()
        yield before, target.events.get(uuid_row[0])


def check_bytes(data: bytes) -> None:
    """Any bytes: a plan (applied if it has no errors) or a CsvImportError, nothing else."""
    COUNTS["arbitrary bytes" if not data.startswith(HEADERS) else "CSV-shaped bytes"] += 1
    project = empty_project("fuzz")
    try:
        plan = read_timeline_csv(data, "fuzz.csv", project)
    except CsvImportError as exc:
        assert exc.messages and all(isinstance(m, str) and m for m in exc.messages)
        return
    for problem in plan.problems:
        assert str(problem)
    if not plan.errors and plan.new_events:
        apply_plan(project, plan)
        assert project.events.count() == len(plan.new_events)


OURS = (",".join(COLUMNS) + "\r\n").encode()
SHEET = (",".join(TIMELINEJS_HEADER) + "\r\n").encode()
ACLED = b"event_date,time_precision,actor1,notes,tags,source\r\n"
HEADERS = (OURS, SHEET, ACLED, b"date,title\r\n")
CSV_ALPHABET = list(b',"\r\n;|\\\'=-0123456789WQX~/ :abcy\x00\xc3\xa9\xff')
csv_bytes = st.tuples(st.sampled_from(HEADERS), st.lists(
    st.sampled_from(CSV_ALPHABET), max_size=300).map(bytes)).map(lambda t: t[0] + t[1])


@settings(max_examples=ROUND_TRIP_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(events)
def test_any_text_survives_export_and_import(drawn):
    check_round_trip(drawn)


@settings(max_examples=BYTES_EXAMPLES // 2, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_crash_the_importer(data):
    check_bytes(data)


@settings(max_examples=BYTES_EXAMPLES // 2, deadline=None)
@given(csv_bytes)
def test_csv_shaped_bytes_never_crash_the_importer(data):
    check_bytes(data)


def test_counts_were_taken():
    """Runs last in this file: every property above really ran its examples."""
    assert COUNTS["round trip"] >= min(ROUND_TRIP_EXAMPLES, 50)
    assert COUNTS["arbitrary bytes"] + COUNTS["CSV-shaped bytes"] >= 100
    print(f"\nhypothesis examples run: {COUNTS}")
