"""timeline_rows() builds cells without chronology() (issue 6: speed); it must
give exactly the rows the general path (ExportEvent per event) gives."""

from __future__ import annotations

import csv
import io

from storage.exchange.cells import join_items, tag_text
from storage.exchange.cited_sources import Source, add_cited
from storage.exchange.export_reading import chronology
from storage.exchange.files import cleaned_row, write_csv
from storage.exchange.timeline_csv import timeline_rows
from storage.records import Tag
from temporal.dates import parse_date


def general_rows(project):
    """The rows as built before the fast path, from chronology()."""
    for event in chronology(project):
        date = event.date
        dates = (["", "", "", "", "no", ""] if date is None else
                 [date.value, date.earliest.isoformat(), date.latest.isoformat(),
                  date.precision.value, "yes" if date.approximate else "no", date.display])
        sources = event.sources
        multi = [join_items([getattr(s, f) for s in sources]) if sources else ""
                 for f in ("title", "outlet", "url", "published", "quote")]
        yield [str(event.id), event.uuid, *dates, event.title, event.description,
               event.location, tag_text(event.tags), event.confidence, str(len(sources)),
               *multi, ""]  # source_grades: nothing graded here (issue 12)


def test_fast_rows_equal_general_rows(project):
    a1 = project.articles.add("Pipes | and back\\slashes in text here.", title="A|B",
                              outlet="Out\\let", url="https://x/1", published="2024-05-13")
    a2 = project.articles.add("=SUM(1) second article body.", title="=cmd",
                              outlet="Wire", published="2024-05-12")
    e1 = project.events.add("Clashes", parse_date("12 May 2024"),
                            tags=(Tag("Police", "actor"), Tag("riots"), Tag("actor:x")),
                            location="-Old Town", description="+1 \x00call")
    e2 = project.events.add("'@quoted", parse_date("c. 2014"), tags=(Tag("riots"),))
    project.events.add("\x00=null first", None)
    project.annotations.add(a1, e1, 0, 5)
    project.annotations.add(a2, e1, 0, 6)
    project.annotations.add(a1, e2, 6, 15)
    with project.change():
        add_cited(project, project.events.get(e1).uuid,
                  [Source("Cited | one", "", "u\\rl", "2020", "q"), Source("two")])
    assert list(timeline_rows(project)) == list(general_rows(project))


def test_fast_sources_order_ties_and_cited_only(project):
    """Passages ordered by (published, article id, start, id) without the SQL join;
    an event with only cited sources still gets its cells."""
    late = project.articles.add("Later article with a body long enough.", title="late",
                                published="2024-06-01")
    same1 = project.articles.add("First same-day article body text.", title="s1",
                                 published="2024-05-01")
    same2 = project.articles.add("Second same-day article body text.", title="s2",
                                 published="2024-05-01")
    undated = project.articles.add("No date on this article body.", title="nd")
    e1 = project.events.add("Many", parse_date("1 May 2024"))
    e2 = project.events.add("Cited only", parse_date("2 May 2024"))
    for article, start, end in ((late, 0, 5), (same2, 7, 12), (same2, 0, 6), (same1, 3, 9),
                                (undated, 0, 2), (same1, 3, 8)):
        project.annotations.add(article, e1, start, end)
    with project.change():
        add_cited(project, project.events.get(e2).uuid, [Source("c1", url="u|1"), Source("c2")])
    rows = list(timeline_rows(project))
    assert rows == list(general_rows(project))
    by_id = {row[0]: row for row in rows}
    assert by_id[str(e1)][14] == "nd | s1 | s1 | s2 | s2 | late"
    assert by_id[str(e2)][13:17] == ["2", "c1 | c2", " | ", "u\\|1 | "]


def test_write_csv_matches_csv_writer(tmp_path):
    """write_csv's own line building gives csv.writer's bytes for every kind of cell."""

    rows = [["1", "plain", ""], ["2", "a,b", "c, d"], ["3", 'say "hi"', "x,y"],
            ["4", "line\nbreak", "cr\rhere"], ["5", "=1+1", "-x"], ["6", "\x00=nul", "a\x00b"],
            ["7", "'=quoted", "@at"], [""], [], ["", ""], ["8", "\t tab", "trail,"],
            ["9", "crlf\r\n", '"']]
    rows += [[str(n), f"row {n}", "a,b" if n % 3 else "ok"] for n in range(10, 5000)]
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(["id", "text", "more"])
    writer.writerows(cleaned_row(row) for row in rows)
    path = tmp_path / "out.csv"
    assert write_csv(iter(rows), ["id", "text", "more"], path) == len(rows)
    assert path.read_bytes() == expected.getvalue().encode("utf-8")
