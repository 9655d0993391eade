"""Cells that must survive a spreadsheet and a round trip (issue 16, point 6).

Formulas hidden behind blanks and invisible characters are neutralised;
only web addresses are linked; tag names with commas stay one tag through
our CSV, TimelineJS's Group and ACLED's actor columns.
"""

from __future__ import annotations

import csv
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage import Project
from storage.exchange.acled import export_acled
from storage.exchange.cells import (
    invisible_characters,
    neutralise,
    read_tag_cell,
    restore_neutralised,
    tag_text,
    web_address,
)
from storage.exchange.cited_sources import Source, add_cited
from storage.exchange.csv_import import apply_plan, plan_file, read_timeline_csv
from storage.exchange.timeline_csv import export_timeline_csv
from storage.exchange.timelinejs import export_timelinejs
from storage.records import Tag
from temporal.dates import parse_date

HIDDEN_FORMULAS = [" =1+1", "  +A1", "\n=HYPERLINK(\"x\")", "\u200b=1+1", "\u00a0@SUM(A1)",
                   "\ufeff-2+3", "\u2060\u200b =cmd", "\r\n=1", "'\u200b=1", "\t=1"]


def _rows(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("cell", HIDDEN_FORMULAS)
def test_formulas_after_blanks_and_invisible_characters_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell
    assert restore_neutralised(neutralise(cell)) == cell


@pytest.mark.parametrize("cell", ["plain", " spaced words", "\u200bzero width", "€5", "",
                                  "'quoted", "a=b", "Київ", "مرحبا"])
def test_harmless_cells_are_left_as_they_are(cell):
    assert neutralise(cell) == cell
    assert restore_neutralised(cell) == cell


@given(st.text())
def test_neutralise_is_undone_exactly_and_leaves_no_formula(cell):
    written = neutralise(cell)
    assert restore_neutralised(written) == cell
    invisible = invisible_characters()
    visible = written.lstrip("".join(invisible) + "'")
    if visible[:1] in ("=", "+", "-", "@"):
        assert written.startswith("'")


def test_the_invisible_table_covers_the_whole_code_space():
    categories = {"Cc", "Cf", "Zs", "Zl", "Zp"}
    every = {chr(c) for c in range(sys.maxunicode + 1)
             if unicodedata.category(chr(c)) in categories}
    assert invisible_characters() == every


def test_hidden_formulas_are_neutralised_in_the_file_and_read_back(project, tmp_path):
    for n, title in enumerate(HIDDEN_FORMULAS):
        project.events.add(title, parse_date(f"{n + 1} Jul 2025"), description=title)
    out = tmp_path / "out.csv"
    export_timeline_csv(project, out)
    for row in _rows(out)[1:]:
        assert row[8].startswith("'") and row[9].startswith("'")
    other = Project(tmp_path / "other.sqlite")
    try:
        apply_plan(other, plan_file(out, other))
        again = tmp_path / "again.csv"
        export_timeline_csv(other, again)
        assert again.read_bytes() == out.read_bytes()
        assert sorted(e.title for e in map(other.events.get, _ids(other))) == \
            sorted(e.title for e in map(project.events.get, _ids(project)))
    finally:
        other.close()


def _ids(project):
    return [row[0] for row in project.db.execute("SELECT id FROM events")]


@pytest.mark.parametrize("address", [
    "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:x",
    "data:text/html,<script>x</script>", "vbscript:x", "file:///etc/passwd", "//evil.example",
    "https://ok.example/\"onmouseover=x", "http://", "example.org/page", "https://a b.org",
])
def test_only_web_addresses_are_linked(address):
    assert web_address(address) == ""


@pytest.mark.parametrize("address", ["https://example.org/a?x=1&y=2", "HTTP://EXAMPLE.ORG",
                                     "http://пример.рф/путь", "https://example.org/a|b"])
def test_web_addresses_are_kept(address):
    assert web_address(address) == address.strip()


def test_timelinejs_keeps_unsafe_addresses_out_of_media_and_links(project, tmp_path):
    bad = project.events.add("Bad link", parse_date("1 Jul 2025"))
    good = project.events.add("Good link", parse_date("2 Jul 2025"))
    with project.change():
        add_cited(project, project.events.get(bad).uuid,
                  [Source("Trap", "Outlet", " javascript:alert(document.cookie)"),
                   Source("Data", "", "data:text/html,x")])
        add_cited(project, project.events.get(good).uuid,
                  [Source("Real", "Outlet", "https://example.org/r")])
    out = tmp_path / "tl.csv"
    report = export_timelinejs(project, out)
    header, *rows = _rows(out)
    by_title = {row[header.index("Headline")]: dict(zip(header, row)) for row in rows}
    assert by_title["Bad link"]["Media"] == ""
    assert "href" not in by_title["Bad link"]["Text"]
    assert by_title["Good link"]["Media"] == "https://example.org/r"
    assert '<a href="https://example.org/r">Real</a>' in by_title["Good link"]["Text"]
    assert len(report.warnings) == 2 and all("Bad link" in w for w in report.warnings)


COMMA_TAGS = (Tag("Smith, John", "actor"), Tag("Rivers; Lakes", "place"),
              Tag("back\\slash, and more"), Tag("trailing\\"), Tag("actor:x, y"))


@given(st.lists(st.builds(Tag, st.text(st.characters(blacklist_categories=("Cs",)),
                                       min_size=1).map(lambda s: " ".join(s.split()))
                          .filter(bool),
                          st.sampled_from(["actor", "place", "topic", "other"])),
                max_size=4, unique=True))
def test_tag_cells_read_back_whatever_the_names(tags):
    assert read_tag_cell(tag_text(tags)) == tuple(tags)
    assert read_tag_cell(tag_text(tags, "; ")) == tuple(tags)


def test_tag_names_with_commas_round_trip_through_our_csv(project, tmp_path):
    project.events.add("Meeting", parse_date("1 Jul 2025"), tags=COMMA_TAGS)
    out = tmp_path / "out.csv"
    export_timeline_csv(project, out)
    other = Project(tmp_path / "other.sqlite")
    try:
        plan = plan_file(out, other)
        assert plan.errors == []
        assert plan.new_events[0].tags == COMMA_TAGS
        apply_plan(other, plan)
        again = tmp_path / "again.csv"
        export_timeline_csv(other, again)
        assert again.read_bytes() == out.read_bytes()
    finally:
        other.close()


def test_a_timelinejs_group_with_a_comma_stays_one_tag(project, tmp_path):
    project.events.add("Meeting", parse_date("1 Jul 2025"),
                       tags=(Tag("Smith, John", "actor"),))
    out = tmp_path / "tl.csv"
    export_timelinejs(project, out, group_kind="actor")
    other = Project(tmp_path / "other.sqlite")
    try:
        plan = plan_file(out, other, group_kind="actor")
        assert plan.new_events[0].tags == (Tag("Smith, John", "actor"),)
        apply_plan(other, plan)
        again, ours = tmp_path / "again.csv", tmp_path / "ours.csv"
        export_timelinejs(other, again, group_kind="actor")
        assert again.read_bytes() == out.read_bytes()
        export_timeline_csv(other, ours)
        assert plan_file(ours).new_events[0].tags == (Tag("Smith, John", "actor"),)
    finally:
        other.close()


def test_acled_actors_and_tags_with_commas_and_semicolons_stay_whole(project, tmp_path):
    tags = (Tag("Smith, John", "actor"), Tag("Forces; North", "actor"),
            Tag("Third, actor", "actor"), Tag("oil, gas", "topic"), Tag("a;b"))
    project.events.add("Clash", parse_date("1 Jul 2025"), tags=tags)
    out = tmp_path / "acled.csv"
    export_acled(project, out)
    header, row = _rows(out)
    assert row[header.index("actor1")] == "Smith, John"
    assert row[header.index("actor2")] == "Forces; North"
    plan = plan_file(out)
    assert plan.errors == []
    assert plan.new_events[0].tags == tags


def test_acled_associated_actors_are_still_split_at_semicolons():
    data = (b"event_date,actor1,assoc_actor_1,notes\r\n"
            b"2024-01-15,\"Police Forces, Region\",Civilians; Journalists,Raid\r\n")
    event = read_timeline_csv(data, "acled.csv").new_events[0]
    assert [t.name for t in event.tags] == ["Police Forces, Region", "Civilians",
                                            "Journalists"]
