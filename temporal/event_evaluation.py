"""Score `find_events` against gold events: the chronology JSON and TimeML.

Run as ``python -m temporal.evaluate --events PATH... [-v]``.

Why two kinds of gold: the chronology JSON (``../shared/temporal-gold``) says
what an analyst puts on a timeline, one entry per happening, so it measures
both recall and precision. TimeML marks every event word but links only some
of them to a date, so there recall counts the *date-anchored* OCCURRENCE
events and precision the share of proposals that lie on any gold EVENT.

The measures (issue 11):
- dated recall: core gold events whose trigger, or one of its ``also``
  mentions, is overlapped by a proposal with the same date, compared as day
  spans (a weekend equals its two-day range; ``alt_values`` accepted);
- precision: proposals that match a gold event (core or optional) with the
  right date, one proposal per gold event, over all proposals;
- median title length in words.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .dates import DateParseError, EventDate
from .events import find_events
from .scoring import attributes, context, gold_files, parse_dct, tally, untag

# Relations (read from the event towards the time) that place an event inside
# a calendar span. A link written from the time to the event is inverted first.
ANCHORING = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY",
             "ENDED_BY", "IDENTITY"}
_INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "DURING": "DURING_INV",
            "DURING_INV": "DURING", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
            "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "SIMULTANEOUS": "SIMULTANEOUS",
            "IDENTITY": "IDENTITY", "BEFORE": "AFTER", "AFTER": "BEFORE",
            "IBEFORE": "IAFTER", "IAFTER": "IBEFORE"}


@dataclass
class GoldEvent:
    start: int
    end: int
    spans: list[tuple[int, int]]  # the trigger and every other mention
    days: list[tuple[dt.date, dt.date]]  # accepted readings as day spans
    optional: bool = False
    title: str = ""


@dataclass
class EventDoc:
    name: str
    group: str
    text: str
    reference: dt.date | None
    gold: list[GoldEvent]
    kind: str  # "json" (chronology gold) or "timeml"
    # TimeML only: every EVENT word, for the precision of sparse links.
    any_event: list[tuple[int, int]] = field(default_factory=list)
    occurrences: list[tuple[int, int]] = field(default_factory=list)  # class OCCURRENCE

def day_span(value: str) -> tuple[dt.date, dt.date] | None:
    """The inclusive day span of a value as find_expressions writes it, or None. Gold
    may write a range of coarser ends ("2019/2020", "2024-03/2024-05"), which the
    date model keeps as days: it spans the first day of one to the last of the other."""
    try:
        date = EventDate.from_value(value)
    except (DateParseError, ValueError, TypeError):
        first, slash, last = str(value).partition("/")
        ends = slash and (day_span(first), day_span(last))
        if not ends or None in ends or ends[1][1] < ends[0][0]:
            return None
        return ends[0][0], ends[1][1]
    return date.earliest, date.latest


def load_json_events(path: Path, group: str) -> EventDoc | None:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not data.get("events"):
        return None
    text = (path.parent.parent / "articles" / data["file"])
    if not text.exists():
        text = path.parent / data["file"]
    text = text.read_text(encoding="utf-8")
    gold = []
    for e in data["events"]:
        spans = [(e["trigger_start"], e["trigger_end"])] + [tuple(s) for s in e.get("also", [])]
        days = [d for v in [e["value"], *e.get("alt_values", [])] if (d := day_span(v))]
        gold.append(GoldEvent(e["trigger_start"], e["trigger_end"], spans, days,
                              bool(e.get("optional")), e.get("title", "")))
    return EventDoc(path.name, group, text, parse_dct(data.get("dct")), gold, "json")


def load_timeml_events(path: Path, group: str) -> EventDoc:
    """The text without tags, every EVENT's offsets, and the date-anchored ones."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    times: dict[str, str] = {}
    if dct:
        attrs = attributes(dct.group(1))
        times[attrs.get("tid", "t0")] = attrs.get("value", "")
    reference = parse_dct(times.get("t0"))
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    text, elements = untag(body.group(1) if body else "", ("EVENT", "TIMEX3"))
    events: dict[str, tuple[int, int, str]] = {}
    for tag, start, end, a in elements:
        if tag == "EVENT":
            events[a.get("eid", "")] = (start, end, a.get("class", ""))
        else:
            times[a.get("tid", "")] = a.get("value", "")
    instance = {a["eiid"]: a.get("eventID", "") for a in
                (attributes(m) for m in re.findall(r"<MAKEINSTANCE([^>]*)>", raw))
                if "eiid" in a}
    anchored: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for m in re.findall(r"<TLINK([^>]*)>", raw):
        a = attributes(m)
        rel = a.get("relType", "")
        if "eventInstanceID" in a and "relatedToTime" in a:
            eiid, tid = a["eventInstanceID"], a["relatedToTime"]
        elif "timeID" in a and "relatedToEventInstance" in a:
            eiid, tid, rel = a["relatedToEventInstance"], a["timeID"], _INVERSE.get(rel, rel)
        else:
            continue
        span = day_span(times.get(tid, "")) if rel in ANCHORING else None
        if span:
            anchored.setdefault(instance.get(eiid, ""), []).append(span)
    gold = []
    for eid, (start, end, cls) in sorted(events.items(), key=lambda kv: kv[1]):
        if cls == "OCCURRENCE" and eid in anchored:
            gold.append(GoldEvent(start, end, [(start, end)], anchored[eid]))
    any_event = sorted((s, e) for s, e, _ in events.values())
    occurrences = sorted((s, e) for s, e, c in events.values() if c == "OCCURRENCE")
    return EventDoc(path.name, group, text, reference, gold, "timeml", any_event, occurrences)


def collect_events(paths: list[str]) -> list[EventDoc]:
    docs = []
    for p in map(Path, paths):
        for f in gold_files(p):
            try:
                doc = (load_timeml_events(f, str(p)) if f.suffix == ".tml"
                       else load_json_events(f, str(p)) if f.suffix == ".json" else None)
            except (KeyError, OSError, ValueError) as exc:
                print(f"skipping {f}: {exc}", file=sys.stderr)
                continue
            if doc is not None:
                docs.append(doc)
    return docs


@dataclass
class EventCounts:
    gold: int = 0  # core gold events (TimeML: date-anchored OCCURRENCE events)
    found: int = 0  # of those, matched with the right date
    proposed: int = 0
    correct: int = 0  # proposals that count for precision
    title_words: list[int] = field(default_factory=list)

    def add(self, other: EventCounts) -> None:
        self.gold += other.gold
        self.found += other.found
        self.proposed += other.proposed
        self.correct += other.correct
        self.title_words += other.title_words


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same_date(proposal, gold: GoldEvent) -> bool:
    if proposal.earliest is None or proposal.latest is None:
        return False
    return (proposal.earliest, proposal.latest) in gold.days


def score_events(doc: EventDoc, proposals: list, log: list[str] | None = None) -> EventCounts:
    c = EventCounts(proposed=len(proposals))
    c.title_words = [len(p.title.split()) for p in proposals]
    matched: dict[int, int] = {}  # gold index -> proposal index, one-to-one
    used: set[int] = set()
    for gi, g in enumerate(doc.gold):
        for pi, p in enumerate(proposals):
            if pi not in used and _same_date(p, g) and any(
                    _overlaps((p.start, p.end), s) for s in g.spans):
                matched[gi] = pi
                used.add(pi)
                break
    core = [gi for gi, g in enumerate(doc.gold) if not g.optional]
    c.gold = len(core)
    c.found = sum(1 for gi in core if gi in matched)
    if doc.kind == "timeml":
        c.correct = sum(1 for p in proposals
                        if any(_overlaps((p.start, p.end), e) for e in doc.any_event))
    else:
        c.correct = len(used)
    if log is not None:
        for gi in core:
            if gi not in matched:
                g = doc.gold[gi]
                near = [p for p in proposals if any(_overlaps((p.start, p.end), s)
                                                    for s in g.spans)]
                why = (f"proposed as {near[0].value}" if near else "not proposed")
                log.append(f"  MISS  {doc.name}: {context(doc.text, g.start, g.end)} "
                           f"{g.days[0] if g.days else '?'} ({why})")
        for pi, p in enumerate(proposals):
            ok = (pi in used if doc.kind == "json" else
                  any(_overlaps((p.start, p.end), e) for e in doc.any_event))
            if not ok:
                log.append(f"  FALSE {doc.name}: {context(doc.text, p.start, p.end)} {p.value} "
                           f"| {p.title}")
    return c


def report_events(name: str, c: EventCounts, ndocs: int, kind: str) -> str:
    recall = c.found / c.gold if c.gold else 0.0
    precision = c.correct / c.proposed if c.proposed else 0.0
    median = statistics.median(c.title_words) if c.title_words else 0
    what = "on a gold EVENT" if kind == "timeml" else "right event and date"
    return (f"{name}: {ndocs} docs, gold events {c.gold}, proposed {c.proposed}\n"
            f"  dated recall {recall:.3f} ({c.found}/{c.gold})\n"
            f"  precision    {precision:.3f} ({c.correct}/{c.proposed}, {what})\n"
            f"  median title {median} words")


def run(paths: list[str], verbose: bool) -> int:
    """Print the event scores per argument and kind of gold; 1 if nothing to score."""
    docs = collect_events(paths)
    if not docs:
        print("no documents with gold events found", file=sys.stderr)
        return 1
    groups: dict[tuple[str, str], tuple[EventCounts, int]] = {}
    for doc in docs:
        log: list[str] | None = [] if verbose else None
        c = score_events(doc, find_events(doc.text, doc.reference), log)
        if log:
            print("\n".join(log))
        tally(groups, (doc.group, doc.kind), c)
    for (name, kind), (c, n) in groups.items():
        print(report_events(f"{name} [{kind}]", c, n, kind))
    return 0
