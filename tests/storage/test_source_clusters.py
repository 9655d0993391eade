"""One happening, one event: the shared Kupol-strike and Putin–Macron-call articles
imported with --accept-suggestions (issue 12's done-when)."""

from __future__ import annotations

import sqlite3

import pytest

import main
from tests.conftest import SHARED

ARTICLES = SHARED / "articles"
pytestmark = pytest.mark.skipif(not (ARTICLES / "INDEX.tsv").exists(),
                                reason="../shared/articles is absent")
STRIKE = ["izhevsk-kupol-2025-07-01.txt", "izhevsk-drone-ap-startribune-2025-07-01.txt",
          "izhevsk-ataka-ruposters-2025-07-01.txt", "izhevsk-kupol-dialog-ua-2025-07-01.txt"]
CALL = ["putin-macron-call-wion-2025-07-01.txt", "putin-macron-call-indiatoday-2025-07-02.txt",
        "putin-macron-call-copts-united-2025-07-01.txt"]


def _outlets_by_event(path) -> dict[int, set[str]]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT n.event_id, a.source_path, a.outlet FROM annotations n "
                          "JOIN articles a ON a.id = n.article_id").fetchall()
    found: dict[int, set[tuple[str, str]]] = {}
    for event_id, source, outlet in rows:
        found.setdefault(event_id, set()).add((source.rsplit("/", 1)[-1], outlet))
    return found


@pytest.mark.parametrize("order", [1, -1], ids=["listed", "reversed"])
def test_the_strike_and_the_call_are_one_event_each_with_three_outlets(tmp_path, order,
                                                                           capsys):
    project = tmp_path / "p.sqlite"
    files = [str(ARTICLES / name) for name in (STRIKE + CALL)[::order]]
    assert main.run(["import", str(project), *files, "--manifest",
                     str(ARTICLES / "INDEX.tsv"), "--accept-suggestions"]) == 0
    assert "same as event" in capsys.readouterr().out
    by_event = _outlets_by_event(project)
    with sqlite3.connect(project) as db:
        dates = dict(db.execute("SELECT id, date_value FROM events"))

    def files_of(event_id):
        return {name for name, _ in by_event[event_id]}

    strike = [e for e in by_event if dates[e] == "2025-07-01"
              and len(files_of(e) & set(STRIKE)) >= 3]
    call = [e for e in by_event if dates[e] == "2025-07-01"
            and len(files_of(e) & set(CALL + ["izhevsk-kupol-2025-07-01.txt"])) >= 3]
    assert len(strike) == 1 and len(call) == 1 and strike != call
    assert len({outlet for _, outlet in by_event[strike[0]]}) >= 3
    assert len({outlet for _, outlet in by_event[call[0]]}) >= 3
    # apart: no call article is a source of the strike, no strike-only article of the call
    assert not files_of(strike[0]) & set(CALL)
    assert not files_of(call[0]) & set(STRIKE[1:])


def test_the_wire_story_filed_in_kyiv_joins_the_strike_in_izhevsk(tmp_path):
    """AP's story opens "KYIV, Ukraine —": the city it was filed in is no place of its
    strike, which therefore joins the strike the other outlets report (not a second one)."""
    project = tmp_path / "p.sqlite"
    files = [str(ARTICLES / name) for name in STRIKE]
    assert main.run(["import", str(project), *files, "--manifest",
                     str(ARTICLES / "INDEX.tsv"), "--accept-suggestions"]) == 0
    by_event = _outlets_by_event(project)
    with sqlite3.connect(project) as db:
        dates = dict(db.execute("SELECT id, date_value FROM events"))
    strike = [e for e in by_event if dates[e] == "2025-07-01"
              and {name for name, _ in by_event[e]} == set(STRIKE)]
    assert len(strike) == 1
    ap = "izhevsk-drone-ap-startribune-2025-07-01.txt"
    others = [e for e in by_event if e != strike[0] and dates[e] == "2025-07-01"
              and ap in {name for name, _ in by_event[e]}]
    assert others == []  # no second strike event from the AP story


def test_the_june_drone_record_is_not_the_weekend_barrage(tmp_path):
    """AP's "monthly record of drones" (June 2025) and the BBC's weekend barrage
    (28–29 June) overlap and are both attacks, but a month's tally is not one night."""
    project = tmp_path / "p.sqlite"
    files = [str(ARTICLES / name) for name in STRIKE[:2]]
    assert main.run(["import", str(project), *files, "--manifest",
                     str(ARTICLES / "INDEX.tsv"), "--accept-suggestions"]) == 0
    by_event = _outlets_by_event(project)
    with sqlite3.connect(project) as db:
        spans = {e: (first, last) for e, first, last in db.execute(
            "SELECT id, date_earliest, date_latest FROM events")}
    weekend = [e for e in by_event if spans[e] == ("2025-06-28", "2025-06-29")]
    month = [e for e in by_event if spans[e] == ("2025-06-01", "2025-06-30")]
    assert weekend and month
    for event_id in weekend:
        assert {name for name, _ in by_event[event_id]} == {STRIKE[0]}
    for event_id in month:
        assert {name for name, _ in by_event[event_id]} == {STRIKE[1]}
