"""The 11 shared articles imported as plain files, no flags: dates, headlines, outlets.

INDEX.tsv is the truth. Read from ../shared at run time (skipped when absent);
nothing of them is copied into the project.
"""

import csv
import re
import shutil

import pytest

from storage.article_commands import run_import
from storage.intake.article_files import read_article_file
from storage.project import Project
from tests.conftest import SHARED

ARTICLES = SHARED / "articles"
pytestmark = pytest.mark.skipif(not (ARTICLES / "INDEX.tsv").is_file(),
                                reason="../shared/articles is absent")


def index():
    with open(ARTICLES / "INDEX.tsv", encoding="utf-8", newline="") as handle:
        return {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}


def imported(tmp_path, folder):
    path = tmp_path / "shared.sqlite"
    files = sorted(str(p) for p in folder.glob("*.txt"))
    assert run_import(str(path), files, None) == 0
    project = Project(path)
    try:
        rows = project.query("SELECT source_path, title, outlet, published, published_source, "
                             "published_evidence FROM articles")
    finally:
        project.close()
    return {re.sub(r".*/", "", r[0]): r[1:] for r in rows}


def looks_like_headline(title: str, stem: str, text: str) -> bool:
    words = title.rstrip("…").split()
    return (3 <= len(words) and len(title) <= 150 and title != stem
            and not re.match(r"(?i)(by|sign up|note:|\d)", title)
            and " ".join(words[:3]) in " ".join(text.split()))


def test_each_gets_its_published_day_a_headline_and_its_outlet(tmp_path):
    truth = index()
    found = imported(tmp_path, ARTICLES)
    assert set(found) == set(truth)
    headlines = 0
    outlets = 0
    for name, (title, outlet, published, source, evidence) in found.items():
        assert published[:10] == truth[name]["published"], name
        assert source and evidence, name
        text = (ARTICLES / name).read_text(encoding="utf-8")
        headlines += looks_like_headline(title, name[:-4], text)
        if outlet:
            # What is found is right: the outlet (or its wire) as INDEX.tsv names it.
            for part in re.findall(r"[^()]+", outlet):
                assert part.strip().split()[0].lower() in truth[name]["outlet"].lower(), name
            outlets += 1
    assert headlines >= 9
    # Every name or text that mentions its outlet: all but the BBC copy (neither does)
    # and "spokane-pr" (an abbreviation no list holds).
    assert outlets >= 9


def test_without_dated_names_only_datelines_date_them(tmp_path):
    truth = index()
    folder = tmp_path / "renamed"
    folder.mkdir()
    for name in truth:
        shutil.copy(ARTICLES / name, folder / re.sub(r"-\d{4}-\d{2}-\d{2}", "", name))
    found = imported(tmp_path, folder)
    dated = {name: row[2] for name, row in found.items() if row[2]}
    assert set(dated) == {"izhevsk-kupol-dialog-ua.txt", "putin-macron-call-copts-united.txt"}
    assert dated["izhevsk-kupol-dialog-ua.txt"] == "2025-07-01T09:49"
    assert dated["putin-macron-call-copts-united.txt"] == "2025-07-01"
    assert found["izhevsk-kupol-dialog-ua.txt"][4] == "1 липня 2025, 09:49"


def test_dateline_and_name_that_disagree_are_kept_as_a_conflict(tmp_path):
    source = ARTICLES / "izhevsk-kupol-dialog-ua-2025-07-01.txt"
    copy = tmp_path / "izhevsk-kupol-dialog-ua-2025-07-03.txt"
    shutil.copy(source, copy)
    draft = read_article_file(copy)
    assert draft.published == "2025-07-01T09:49" and draft.published_source == "timestamp"
    assert '"2025-07-03"' in draft.published_conflicts and "file name" in draft.published_conflicts


def test_the_index_as_a_manifest_gives_its_outlets_and_addresses(tmp_path, capsys):
    from main import run

    truth = index()
    path = tmp_path / "manifest.sqlite"
    assert run(["import", str(path), "--manifest", str(ARTICLES / "INDEX.tsv")]) == 0
    assert "(the seed article)" in capsys.readouterr().err  # not an address: said, not stored
    project = Project(path)
    try:
        rows = project.query("SELECT source_path, outlet, url, published, published_source "
                             "FROM articles")
    finally:
        project.close()
    assert len(rows) == len(truth)
    for source_path, outlet, url, published, source in rows:
        row = truth[re.sub(r".*/", "", source_path)]
        assert outlet == row["outlet"] and published == row["published"]
        assert source == "manifest"
        assert url == (row["source_url"] if row["source_url"].startswith("http") else "")
