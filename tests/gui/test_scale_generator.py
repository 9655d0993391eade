"""The scale generator at small size, opened by the real storage and window.

bench/ is not part of the test run; this keeps the generator from rotting as
the schema moves on: if it wrote anything the app would not (a wrong hash, a
date column EventDate disagrees with, an offset off by one), this fails.
"""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT))
from bench.generate_project import generate  # noqa: E402
from storage import Project  # noqa: E402
from storage.articles import content_hash  # noqa: E402
from storage.events import date_columns  # noqa: E402
from storage.search import matching_articles  # noqa: E402
from temporal.dates import EventDate, Precision  # noqa: E402


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "small.sqlite"
    counts = generate(path, articles=30, events=300)
    return path, counts


def test_counts_and_every_precision(small):
    path, counts = small
    assert counts == {"articles": 30, "events": 300, "annotations": 450, "tags": 10}
    project = Project(path, read_only=True)
    try:
        db = project.db
        assert project.articles.count() == 30 and project.events.count() == 300
        assert db.execute("SELECT COUNT(*) FROM annotations").fetchone()[0] == 450
        precisions = {p for (p,) in db.execute("SELECT DISTINCT date_precision FROM events")}
        assert precisions == {p.value for p in Precision} | {None}
        for value, *stored in db.execute(
                "SELECT date_value, date_earliest, date_latest, date_precision, "
                "date_approximate FROM events"):
            date = EventDate.from_value(value) if value else None
            assert list(date_columns(date).values()) == [value, *stored]
    finally:
        project.close()


def test_rows_are_what_the_app_writes(small):
    path, _counts = small
    project = Project(path, read_only=True)
    try:
        scripts = set()
        for article in map(project.articles.get, range(1, 31)):
            assert content_hash(article.text) == article.content_hash
            assert 300 <= len(article.text.split()) <= 1700
            scripts |= {name for name, low, high in (("cyrillic", "Ѐ", "ӿ"),
                                                      ("arabic", "؀", "ۿ"))
                        if any(low <= c <= high for c in article.text)}
            for passage in project.annotations.for_article(article.id):
                assert article.text[passage.start:passage.end] == passage.quote
                assert article.text[:passage.start].endswith(passage.prefix)
                assert article.text[passage.end:].startswith(passage.suffix)
                if passage.expression_start is not None:
                    found = article.text[passage.expression_start:passage.expression_end]
                    assert EventDate.from_value(passage.expression_value).display.split()[
                        -1] in found
        assert scripts == {"cyrillic", "arabic"}
        assert matching_articles(project, "officials")
        assert len(project.events.timeline()) == 300
    finally:
        project.close()


def test_the_window_opens_it(small, qtbot, tmp_path):
    import shutil

    from gui.session import ProjectSession
    from gui.window.main_window import MainWindow

    copy = tmp_path / "copy.sqlite"
    shutil.copy(small[0], copy)
    window = MainWindow(ProjectSession(Project(copy)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.timeline_proxy.rowCount() == 300
    assert window.article_proxy.rowCount() == 30
    window.timeline_filter.setText("the")
    assert 0 < window.timeline_proxy.rowCount() < 300
    qtbot.waitUntil(lambda: window.article_view.article is not None)
    window.close()
