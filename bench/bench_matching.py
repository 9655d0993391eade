"""Matching one suggestion against a large project, beside creating the event (issue 12).

    python bench/generate_project.py /tmp/big.sqlite        # 100,000 events, once
    python bench/bench_matching.py /tmp/big.sqlite [--queries 300]

Prints the time to build the matching index from the project, then, for
suggestions made from the project's own events (their title and tags, their
span or a day inside it, so every query has real candidates), the median and
95th-percentile time of `EventIndex.best`, and beside it the median time of
creating the event the suggestion would otherwise make (`Events.add` with its
tags and passage: one transaction, synchronous=FULL) in the same run. The
target is matching <= 20 ms per suggestion at 100,000 events.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage import Project  # noqa: E402
from storage.event_matching import project_index  # noqa: E402
from storage.records import Tag  # noqa: E402
from temporal.dates import EventDate  # noqa: E402
from temporal.events.matching import profile  # noqa: E402


def _suggestions(project, count: int, rng: random.Random) -> list[tuple]:
    rows = project.db.execute(
        "SELECT id, title, date_value, date_earliest, date_latest FROM events "
        "WHERE date_earliest IS NOT NULL ORDER BY random() LIMIT ?", [count]).fetchall()
    found = []
    for event_id, title, value, earliest, latest in rows:
        first, last = dt.date.fromisoformat(earliest), dt.date.fromisoformat(latest)
        if rng.random() < 0.5:  # a day inside the span, as a narrower source gives it
            first = last = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
        names = [name for (name,) in project.db.execute(
            "SELECT t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id "
            "WHERE et.event_id = ?", [event_id])]
        words = title.split()
        rng.shuffle(words)
        found.append((" ".join(words[:6]), value, first, last, names))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", help="a generated project (bench/generate_project.py)")
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args(argv)
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "p.sqlite"
        shutil.copyfile(args.project, copy)  # events are created: never in the original
        project = Project(copy)
        try:
            count = project.events.count()
            started = time.perf_counter()
            index = project_index(project)
            built = time.perf_counter() - started
            queries = _suggestions(project, args.queries, rng)
            profile("warm-up", dt.date(2025, 1, 1), dt.date(2025, 1, 1), ["Kyiv"])  # gazetteer
            matching, candidates, matched = [], [], 0
            by_span: dict[str, list[float]] = {}
            for title, _, first, last, names in queries:
                started = time.perf_counter()
                mine = profile(title, first, last, names)
                found = index.best(mine)
                matching.append(time.perf_counter() - started)
                days = (last - first).days + 1
                kind = ("a day to a week" if days <= 7 else "up to a month" if days <= 31
                        else "up to a year" if days <= 366 else "longer")
                by_span.setdefault(kind, []).append(matching[-1])
                candidates.append(len(index.overlapping(mine)))
                matched += found is not None
            article = project.db.execute("SELECT id, length(text) FROM articles "
                                         "WHERE length(text) > 50 LIMIT 1").fetchone()
            creating = []
            for title, value, _, _, names in queries[:100]:
                tags = tuple(Tag(name, "actor") for name in names)
                started = time.perf_counter()
                project.events.add(title, EventDate.from_value(value), tags=tags,
                                   passage=(article[0], 0, 40))
                creating.append(time.perf_counter() - started)
        finally:
            project.close()
    ms = 1000
    median = statistics.median(matching) * ms
    p95 = sorted(matching)[int(len(matching) * 0.95)] * ms
    create = statistics.median(creating) * ms
    print(f"{count:,} events; index built in {built:.2f} s")
    print(f"matching one suggestion: median {median:.2f} ms, 95th percentile {p95:.2f} ms "
          f"(target <= 20 ms); median {statistics.median(candidates):.0f} candidates "
          f"with overlapping dates; {matched} of {len(queries)} matched an event")
    for kind, times in by_span.items():
        times.sort()
        print(f"  suggestions spanning {kind}: {len(times)}, median "
              f"{statistics.median(times) * ms:.2f} ms, max {times[-1] * ms:.2f} ms")
    print(f"creating the event instead: median {create:.2f} ms; "
          f"matching / creating = {median / create:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
