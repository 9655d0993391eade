"""timeline_rows() builds cells without chronology() (issue 6: speed); it must
give exactly the rows the general path (ExportEvent per event) gives."""

from __future__ import annotations

from storage.cited_sources import Source, add_cited, join_items
from storage.csv_export import chronology, tag_text, timeline_rows
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
               *multi]


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
