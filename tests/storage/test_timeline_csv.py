"""The timeline CSV: RFC 4180, chronological, sources flattened, formulas neutralised."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from storage import Project
from storage.exchange.cells import neutralise, restore_neutralised
from storage.exchange.timeline_csv import COLUMNS, export_timeline_csv
from storage.records import Tag
from temporal.dates import parse_date
from tests.conftest import ROOT, shared_file, write_article


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_columns_order_sources_and_quoting(project, tmp_path):
    text = 'Police said "calm" returned,\nafter the clashes of 12 May 2024.'
    a1 = project.articles.add(text, title="Calm returns", outlet="Daily, News",
                              url="https://example.org/1", published="2024-05-13")
    a2 = project.articles.add("Second report on the clashes.", title="Second",
                              outlet="Wire", published="2024-05-12")
    clash = project.events.add("Clashes", parse_date("12 May 2024"),
                               tags=(Tag("Police", "actor"), Tag("riots")), location="Old Town")
    project.events.add("Earlier", parse_date("c. 2014"))
    project.events.add("=HYPERLINK(\"http://x\")", None, description="+1 call me")
    project.annotations.add(a1, clash, 0, 20)
    project.annotations.add(a2, clash, 0, 13)
    out = tmp_path / "t.csv"
    assert export_timeline_csv(project, out) == 3
    raw = out.read_bytes()
    assert raw.startswith(b"event_id,") and b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    rows = read_rows(out)
    assert list(rows[0].keys()) == list(COLUMNS)
    assert [r["title"] for r in rows] == ["Earlier", "Clashes", "'=HYPERLINK(\"http://x\")"]
    assert rows[0]["date_value"] == "2014~" and rows[0]["display_date"] == "c. 2014"
    assert rows[0]["approximate"] == "yes"
    clashes = rows[1]
    assert clashes["tags"] == "actor:Police, riots"
    assert clashes["sources"] == "2"
    # Sources in published order, each column in the same order.
    assert clashes["source_titles"] == "Second | Calm returns"
    assert clashes["source_outlets"] == "Wire | Daily, News"
    assert clashes["quotes"] == 'Second report | Police said "calm" r'
    assert rows[2]["description"] == "'+1 call me"
    assert rows[2]["date_value"] == "" and rows[2]["display_date"] == ""


def test_excel_variant_has_bom(project, tmp_path):
    project.events.add("Ünïcödé ✓", parse_date("2025"))
    out = tmp_path / "x.csv"
    export_timeline_csv(project, out, excel=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_rows(out)[0]["title"] == "Ünïcödé ✓"


@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "plain", ""])
def test_neutralise_round_trips(cell):
    assert restore_neutralised(neutralise(cell)) == cell
    assert not neutralise(cell).startswith(("=", "+", "-", "@", "\t", "\r"))


def run_main(*args):
    return subprocess.run([sys.executable, "main.py", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_command_line_import_and_export(tmp_path):
    article = write_article(tmp_path, "story.txt", "Storm story\n\nThe storm hit on Monday.")
    project = tmp_path / "p.sqlite"
    result = run_main("import", project, article, "--published", "2025-07-01")
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout
    again = run_main("import", project, article)
    assert "already in the project" in again.stderr
    out = tmp_path / "out.csv"
    result = run_main("export", project, "--csv", out)
    assert result.returncode == 0, result.stderr
    assert read_rows(out) == []
    opened = Project(project)
    assert opened.articles.summaries()[0].published == "2025-07-01"
    opened.close()


def test_command_line_errors_are_readable(tmp_path):
    bad = run_main("import", tmp_path / "p.sqlite", tmp_path / "missing.txt")
    assert bad.returncode != 0 and "missing.txt" in bad.stderr and "Traceback" not in bad.stderr
    date = run_main("import", tmp_path / "p.sqlite", tmp_path / "x.txt", "--published", "soon")
    assert date.returncode == 2 and "--published" in date.stderr
    none = run_main("export", tmp_path / "nothing.sqlite", "--csv", tmp_path / "o.csv")
    assert none.returncode == 2 and "does not exist" in none.stderr
    helped = run_main("--help")
    assert helped.returncode == 0 and "import" in helped.stdout and "export" in helped.stdout


def test_seed_article_from_shared(tmp_path):
    seed = shared_file("articles", "izhevsk-kupol-2025-07-01.txt")
    project = tmp_path / "p.sqlite"
    assert run_main("import", project, seed, "--published", "2025-07-01").returncode == 0
    assert run_main("export", project, "--csv", tmp_path / "out.csv").returncode == 0


def test_export_works_while_the_project_is_open_in_the_window(tmp_path):
    path = tmp_path / "open.sqlite"
    holder = Project(path)  # holds the writer's lock, as the window does
    try:
        holder.events.add("Held open", parse_date("2024"))
        result = run_main("export", path, "--csv", tmp_path / "o.csv")
        assert result.returncode == 0, result.stderr
        assert [r["title"] for r in read_rows(tmp_path / "o.csv")] == ["Held open"]
    finally:
        holder.close()
