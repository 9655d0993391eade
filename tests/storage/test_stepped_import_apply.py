"""CSV and JSON imports applied as steps of one transaction (storage.exchange).

The window runs one step per event-loop turn (gui.exchange.stepped_apply);
these pin what it relies on: running every step writes what ``apply_plan`` /
``apply_json`` write, and closing the steps part-way (Cancel) rolls back all of
it — rows, tags and numbering — leaving the connection ready for the next change.
"""

from __future__ import annotations

from storage import Project
from storage.exchange import event_writing
from storage.exchange.csv_import import apply_plan_in_steps, plan_file
from storage.exchange.event_writing import run_steps
from storage.exchange.project_json import apply_json_in_steps, export_json, plan_json_file
from storage.exchange.timeline_csv import export_timeline_csv
from storage.records import Tag
from temporal.dates import parse_date

TABLES = ("articles", "events", "tags", "event_tags", "event_sources", "annotations",
          "sqlite_sequence")


def _source(tmp_path) -> Project:
    source = Project(tmp_path / "source.sqlite")
    article = source.articles.add("Порт. Рада зібралася 4 травня 2024 року.", title="Рада")
    for n in range(40):
        source.events.add(f"Подія {n} 🌊", parse_date(f"2024-{n % 12 + 1:02}-0{n % 9 + 1}"),
                          tags=(Tag(f"actor {n % 7}", "actor"), Tag("weather", "topic")),
                          passage=(int(article), 0, 4) if n % 5 == 0 else None)
    return source


def _state(project) -> dict:
    return {table: project.query(f"SELECT * FROM {table} ORDER BY 1") for table in TABLES
            if project.query("SELECT 1 FROM sqlite_master WHERE name = ?", [table])}


def test_csv_steps_write_it_all_and_closing_them_rolls_everything_back(tmp_path,
                                                                       monkeypatch):
    monkeypatch.setattr(event_writing, "STEP_ROWS", 7)
    source = _source(tmp_path)
    export_timeline_csv(source, tmp_path / "t.csv")
    source.close()
    target = Project(tmp_path / "target.sqlite")
    target.events.add("Already here", parse_date("2020"), tags=(Tag("weather", "topic"),))
    before = _state(target)
    plan = plan_file(tmp_path / "t.csv", target)
    steps = apply_plan_in_steps(target, plan)
    done, total = next(steps)
    while done < 14:  # checked, built, tags named: two steps of events written
        done, total = next(steps)
    assert total == 40 and done == 14 and target.db.conn.in_transaction
    steps.close()  # Cancel
    assert not target.db.conn.in_transaction and _state(target) == before
    batch = run_steps(apply_plan_in_steps(target, plan_file(tmp_path / "t.csv", target)))
    assert target.events.count() == 41 and len(batch.changes.events_added) == 40
    assert {t.name for t in target.events.get(batch.ids["events"][0]).tags} >= {"weather"}
    target.close()


def test_json_steps_write_it_all_and_closing_them_rolls_everything_back(tmp_path,
                                                                        monkeypatch):
    monkeypatch.setattr(event_writing, "STEP_ROWS", 5)
    source = _source(tmp_path)
    export_json(source, tmp_path / "p.json")
    source.close()
    target = Project(tmp_path / "target.sqlite")
    before = _state(target)
    steps = apply_json_in_steps(target, plan_json_file(tmp_path / "p.json", target))
    progress = [next(steps) for _ in range(6)]
    assert progress[-1][1] == 1 + 40 + 8  # an article, its events and passages
    steps.close()
    assert _state(target) == before
    batch = run_steps(apply_json_in_steps(target, plan_json_file(tmp_path / "p.json", target)))
    assert target.events.count() == 40 and target.articles.count() == 1
    assert len(batch.passages) == 8
    target.close()
