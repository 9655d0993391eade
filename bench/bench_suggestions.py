"""What the Suggestions tab computes for an article, side by side with what it used to.

Run as ``python bench/bench_suggestions.py [--words N] [--repeat R]``.

Selecting an article finds its time expressions once and proposes its events
from them (`temporal.event_proposals.propose_events`: `find_events` on the same
expressions, and a clause proposal for every other dated sentence). The
references, measured on the same text in the same run: `find_expressions`
alone, and the date suggestions it replaced (`temporal.suggestions.propose`,
one clause per date). The text is bench_events' English article (seed
articles, then TimeBank), then the three Russian, Ukrainian and Arabic shared
articles repeated to the same length. The gazetteer is warmed first (the
window builds it in a worker thread at start-up).
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_events import SHARED, article, cpu  # noqa: E402

from temporal import gazetteer  # noqa: E402
from temporal.event_proposals import propose_events  # noqa: E402
from temporal.expressions import find_expressions  # noqa: E402
from temporal.suggestions import propose  # noqa: E402

REFERENCE = dt.date(2025, 7, 1)
OTHER_LANGUAGES = {"Russian": "izhevsk-ataka-ruposters-2025-07-01.txt",
                   "Ukrainian": "izhevsk-kupol-dialog-ua-2025-07-01.txt",
                   "Arabic": "putin-macron-call-copts-united-2025-07-01.txt"}


def repeated(name: str, words: int) -> str | None:
    path = SHARED / "articles" / name
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    return "\n\n".join([text] * max(1, words // len(text.split())))


def measure(label: str, text: str, repeat: int) -> None:
    expressions = find_expressions(text, REFERENCE)
    alone = cpu(lambda: find_expressions(text, REFERENCE), repeat)
    dates = cpu(lambda: propose(text, find_expressions(text, REFERENCE)), repeat)
    events = cpu(lambda: propose_events(text, REFERENCE, find_expressions(text, REFERENCE)),
                 repeat)
    count = len(propose_events(text, REFERENCE, expressions))
    print(f"{label:10} {len(text.split()):6} words  find_expressions {alone * 1000:6.1f} ms  "
          f"date suggestions {dates * 1000:6.1f} ms  event suggestions {events * 1000:6.1f} ms "
          f"({events / alone:.2f}x find_expressions, {events / dates:.2f}x date suggestions; "
          f"{count} proposals)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    gazetteer.warm()
    measure("English", article(args.words), args.repeat)
    for language, name in OTHER_LANGUAGES.items():
        text = repeated(name, args.words)
        if text is not None:
            measure(language, text, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
