"""Issue 12's done-when over every shared article: imported with --accept-suggestions
(in the manifest's order and reversed), at most 10 % of the events made are
duplicates of another and none merges two distinct happenings, judged against the
gold events by bench/bench_duplicates.py's rule. Also checks the judge itself."""

from __future__ import annotations

import csv
import sys

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT))
from bench.bench_duplicates import TARGET, import_all, judge  # noqa: E402
from storage import Project  # noqa: E402

ARTICLES, GOLD = SHARED / "articles", SHARED / "temporal-gold"
pytestmark = pytest.mark.skipif(not (ARTICLES / "INDEX.tsv").exists() or not GOLD.exists(),
                                reason="../shared articles or gold are absent")


def _listed() -> list[str]:
    with open(ARTICLES / "INDEX.tsv", encoding="utf-8", newline="") as index:
        return [str(ARTICLES / row["filename"]) for row in csv.DictReader(index, delimiter="\t")]


@pytest.mark.parametrize("order", [1, -1], ids=["listed", "reversed"])
def test_duplicates_stay_under_a_tenth_and_no_happenings_merge(tmp_path, order):
    path = tmp_path / "all.sqlite"
    import_all(path, ARTICLES, _listed()[::order])
    project = Project(path)
    try:
        figures = judge(project, GOLD)
        assert figures["events"] > 20 and figures["judged"] > 15  # the judge saw them
        assert figures["duplicates"] <= TARGET * figures["events"], figures["duplicated"]
        assert figures["merged"] == {}
        # the judge's one-happening groups: the strike, the call, the barrage across outlets
        across = [members for members in figures["members"].values() if len(members) > 1]
        articles = [{event.article.split("-20")[0] for event in members} for members in across]
        assert {"izhevsk-kupol", "izhevsk-drone-ap-startribune"} in articles
        assert {"izhevsk-kupol", "putin-macron-call-wion", "putin-macron-call-indiatoday"} in (
            articles)
        assert all(len({e.article for e in m}) == len(m) for m in across)  # one per article
    finally:
        project.close()


def test_the_judge_counts_a_duplicate_and_a_merge(tmp_path):
    """Two events for the call (a duplicate: one outlet's passage moved to a copy),
    one event for the call and the strike (a merge: the strike's passage moved to
    the call), built by hand on the imported articles."""
    path = tmp_path / "two.sqlite"
    names = ["izhevsk-kupol-2025-07-01.txt", "putin-macron-call-wion-2025-07-01.txt"]
    import_all(path, ARTICLES, [str(ARTICLES / name) for name in names])
    project = Project(path)
    try:
        before = judge(project, GOLD)
        call = next(e for e, hs in before["reached"].items()
                    if any("Macron" in before["gold"][h].title and
                           before["gold"][h].value == "2025-07-01" for h in hs))
        strike = next(e for e, hs in before["reached"].items()
                      if any("Kupol plant in Izhevsk kills" in before["gold"][h].title
                             for h in hs))
        passages = project.annotations.for_event(call)
        second = project.events.add("Copy", project.events.get(call).date)
        project.annotations.add(passages[-1].article_id, second, passages[-1].start,
                                passages[-1].end)
        project.annotations.delete(passages[-1].id)
        [strike_passage] = project.annotations.for_event(strike)  # moved to the call
        project.annotations.add(strike_passage.article_id, call, strike_passage.start,
                                strike_passage.end, source_date=strike_passage.source_date)
        project.annotations.delete(strike_passage.id)
        after = judge(project, GOLD)
        assert after["duplicates"] == before["duplicates"] + 1
        assert call in after["merged"] and len(after["merged"]) == len(before["merged"]) + 1
    finally:
        project.close()
