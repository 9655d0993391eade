"""`main.py import … --accept-suggestions`: Accept All of event suggestions, from scripts."""

from __future__ import annotations

import sqlite3

import main
from storage.event_suggestions import accept_event_suggestions

# Written for the test (not from any article).
ARTICLE = ("A missile struck a power station near Kharkiv overnight, killing two workers, "
           "officials said.\n\nOn Monday, the governor of the region met engineers in Kyiv. "
           "Repairs currently continue. The plant was first attacked in March 2022, and "
           "Ukrainian crews rebuilt it in 2023.")


def _rows(path, sql):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_import_accepts_dated_event_suggestions_and_prints_them(tmp_path, capsys):
    article = tmp_path / "station.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    project = tmp_path / "p.sqlite"
    code = main.run(["import", str(project), str(article), "--published", "2025-07-01",
                     "--accept-suggestions"])
    assert code == 0
    out = capsys.readouterr().out
    events = _rows(project, "SELECT title, date_value FROM events ORDER BY id")
    assert ("30 Jun 2025" in out) and f"{len(events)} events accepted" in out
    values = [value for _, value in events]
    assert "2025-06-30/2025-07-01" in values  # the overnight strike, its night
    assert "2025-06-30" in values and "2022-03" in values and "2023" in values
    assert all(value for value in values)  # "currently" made no event
    assert all(len(title.split()) <= 10 for title, _ in events)
    tags = _rows(project, "SELECT t.kind, t.name FROM tags t JOIN event_tags et "
                          "ON et.tag_id = t.id")
    assert ("place", "Kharkiv") in tags and ("place", "Kyiv") in tags
    passages = _rows(project, 'SELECT quote, expression_value FROM annotations ORDER BY id')
    assert len(passages) == len(events)
    assert passages[0][0].startswith("A missile struck")


def test_accepting_twice_makes_nothing_new_and_dismissed_ones_stay_out(tmp_path, project):
    article_id = project.articles.add(ARTICLE, published="2025-07-01")
    first = accept_event_suggestions(project, article_id)
    assert first.events_added and first.tags
    assert first.passages == {(article_id, e) for e in first.events_added}
    assert not accept_event_suggestions(project, article_id)  # one event per happening
    text = "On Friday, the mayor of Odesa met the envoys."
    other = project.articles.add(text, published="2025-07-01")
    project.dismissals.add(other, text.index("met"), text.index("met") + 3, "met")
    assert not accept_event_suggestions(project, other)  # the analyst dismissed it
    project.dismissals.remove(other, text.index("met"), text.index("met") + 3)
    assert len(accept_event_suggestions(project, other).events_added) == 1


def test_an_article_without_a_published_date_gets_no_events(tmp_path, capsys):
    article = tmp_path / "station.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    project = tmp_path / "p.sqlite"
    assert main.run(["import", str(project), str(article), "--accept-suggestions"]) == 0
    assert "no published date" in capsys.readouterr().err
    assert _rows(project, "SELECT COUNT(*) FROM events") == [(0,)]


def test_a_second_outlet_accepted_from_scripts_links_and_brings_its_names(tmp_path, capsys):
    # Written for the test: one strike told by two outlets, the second saying by whom.
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text("Drones struck an oil refinery in Samara on Tuesday, officials said.",
                     encoding="utf-8")
    second.write_text("A refinery in Samara was attacked by Ukrainian drones on Tuesday, "
                      "starting a large fire, officials said.", encoding="utf-8")
    project = tmp_path / "p.sqlite"
    for article in (first, second):
        assert main.run(["import", str(project), str(article), "--published", "2025-07-01",
                         "--accept-suggestions"]) == 0
    [(event_id,)] = _rows(project, "SELECT id FROM events")
    assert _rows(project, "SELECT COUNT(DISTINCT article_id) FROM annotations "
                          f"WHERE event_id = {event_id}") == [(2,)]
    tags = _rows(project, "SELECT t.kind, t.name FROM tags t JOIN event_tags et "
                          f"ON et.tag_id = t.id WHERE et.event_id = {event_id} "
                          "ORDER BY et.position")
    assert tags == [("place", "Samara"), ("actor", "Ukraine")]
