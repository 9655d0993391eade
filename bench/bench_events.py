"""Time `find_events` on a 10,000-word article, side by side with `find_expressions`.

Run as ``python bench/bench_events.py [--words N] [--repeat R]``.

`find_events` calls `find_expressions` and then reads every sentence again
(triggers, clauses, titles, names), so the expression finder on the same text
in the same run is the reference: the ratio says what events cost on top of
dates, whatever the machine. The target (issue 11) is 100 ms for 10,000
words. The one-off cost of the gazetteer (built on first use) is printed
apart, with its memory.

The article is English news from ../shared (the seed articles, then TimeBank
documents) up to N words; without ../shared a generated text is used.
"""
from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from temporal.evaluate import load_tml  # noqa: E402
from temporal.events import find_events  # noqa: E402
from temporal.expressions import find_expressions  # noqa: E402

SHARED = ROOT.parent / "shared"
REFERENCE = dt.date(2025, 7, 1)


def article(words: int) -> str:
    parts: list[str] = []
    sources = sorted((SHARED / "articles").glob("*.txt")) if SHARED.exists() else []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        if text.isascii() or sum(c.isascii() for c in text) > 0.95 * len(text):
            parts.append(text)
    if SHARED.exists():
        parts += [load_tml(p, "").text for p in sorted((SHARED / "tempeval3").rglob("*.tml"))]
    if not parts:
        parts = [f"On Monday, officials in Kyiv said drones struck a depot in region {i}, "
                 f"and the mayor held talks with the governor in March {2000 + i % 25}."
                 for i in range(1000)]
    text, count = [], 0
    for part in parts:
        text.append(part)
        count += len(part.split())
        if count >= words:
            break
    return "\n\n".join(text)


def cpu(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    text = article(args.words)
    words = len(text.split())
    t0 = time.perf_counter()
    from temporal import gazetteer
    gazetteer.warm()
    build = time.perf_counter() - t0
    memory = subprocess.run(  # traced apart: tracing slows the build threefold
        [sys.executable, "-c", "import tracemalloc; tracemalloc.start(); "
         "from temporal import gazetteer; gazetteer.warm(); "
         "print(tracemalloc.get_traced_memory()[0])"],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout
    memory = int(memory)
    find_events(text, REFERENCE)  # warm the expression finder's caches too
    expressions = cpu(lambda: find_expressions(text, REFERENCE), args.repeat)
    events_time = cpu(lambda: find_events(text, REFERENCE), args.repeat)
    n_events = len(find_events(text, REFERENCE))
    print(f"article: {words} words, {n_events} events proposed")
    print(f"  find_expressions  {1000 * expressions:8.1f} ms")
    print(f"  find_events       {1000 * events_time:8.1f} ms   "
          f"({events_time / expressions:.2f}x find_expressions; target <= 100 ms: "
          f"{'met' if events_time <= 0.1 else 'NOT met'})")
    print(f"  gazetteer, first use only: {build:.2f} s, {memory / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
