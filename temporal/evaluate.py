"""Score `find_expressions` against TimeML (.tml) and gold-JSON annotations.

Run as ``python -m temporal.evaluate PATH... [-v] [--by-dir]``.  Scores are
also given per language (gold JSON's ``language``; TimeML is English) when the
documents hold more than one, since the targets are set per language.

The figures follow TempEval-3 so they can be compared with published systems:
strict match = identical offsets, relaxed match = any overlap (one-to-one),
value F1 counts a system expression as correct only when it relaxed-matches a
gold one *and* carries the same value.  Gold-JSON entries flagged ``lenient``
are optional: a miss is not held against the engine, a hit still counts.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .event_evaluation import run as run_events
from .expressions import TimeExpression, find_expressions
from .scoring import attributes, context, gold_files, parse_dct, tally, untag


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str
    lenient: bool = False
    alt_values: tuple[str, ...] = ()


@dataclass
class Doc:
    name: str
    group: str
    text: str
    reference: dt.date | None
    gold: list[Gold] = field(default_factory=list)
    language: str = "en"
    # Whether the gold writes a clock time's zone in its value.  TimeBank and AQUAINT
    # never do (not one of their TIMEX3 values carries an offset, though seven spans
    # hold "EST", "EDT" or "GMT"): their values are the local clock time, so a zone the
    # engine adds ("T17:00-05:00") is compared as that clock time ("T17:00").
    zoned: bool = True


def strip_timeml(body: str) -> tuple[str, list[Gold]]:
    """Drop every tag, unescape entities, and keep TIMEX3 offsets in the result."""
    text, timexes = untag(body, ("TIMEX3",))
    gold = [Gold(start, end, text[start:end], a.get("type", ""), a.get("value", ""))
            for _, start, end, a in timexes]
    gold.sort(key=lambda g: g.start)
    return text, gold


def load_tml(path: Path, group: str) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    ref = None
    if dct:
        ref = parse_dct(attributes(dct.group(1)).get("value"))
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    text, gold = strip_timeml(body.group(1) if body else "")
    return Doc(path.name, group, text, ref, gold, zoned=False)


def load_json(path: Path, group: str) -> Doc:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / data["file"]).read_text(encoding="utf-8")
    gold = []
    for t in data.get("timexes", []):
        g = Gold(t["start"], t["end"], t["text"], t["type"], t["value"], bool(t.get("lenient")),
                 tuple(t.get("alt_values", ())))
        if text[g.start:g.end] != g.text:  # tolerate an offset slip by searching nearby
            near = text.find(g.text, max(0, g.start - 50))
            if near < 0:
                continue
            g.start, g.end = near, near + len(g.text)
        gold.append(g)
    gold.sort(key=lambda g: g.start)
    return Doc(path.name, group, text, parse_dct(data.get("dct")), gold,
               data.get("language", "en"))


def collect(paths: list[str], by_dir: bool) -> list[Doc]:
    docs = []
    for p in map(Path, paths):
        for f in gold_files(p):
            group = str(f.parent) if by_dir else str(p)
            if f.suffix == ".tml":
                docs.append(load_tml(f, group))
            elif f.suffix == ".json":
                try:
                    docs.append(load_json(f, group))
                except (KeyError, OSError, json.JSONDecodeError) as exc:
                    print(f"skipping {f}: {exc}", file=sys.stderr)
    return docs


@dataclass
class Counts:
    sys: int = 0
    gold: int = 0
    strict: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, o: Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(o, k))


_ZONE = re.compile(r"(T\d\d(?::\d\d){0,2})(?:Z|[+-]\d\d(?::?\d\d)?)$")


def local_value(value: str) -> str:
    """``value`` without the zone of its clock time ("1989-11-09T17:00-05:00" -> "...T17:00")."""
    return _ZONE.sub(r"\1", value)


def _overlap(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


def score_doc(doc: Doc, system: list[TimeExpression], log: list[str] | None) -> Counts:
    c = Counts(sys=len(system))
    pairs: dict[int, int] = {}  # gold index -> system index (one-to-one, first overlap)
    used: set[int] = set()
    for gi, g in enumerate(doc.gold):
        for si, s in enumerate(system):
            if si not in used and _overlap(g.start, g.end, s.start, s.end):
                pairs[gi] = si
                used.add(si)
                break
    c.gold = sum(1 for gi, g in enumerate(doc.gold) if not g.lenient or gi in pairs)
    # a system expression overlapping an optional gold one is never a false alarm
    for si, s in enumerate(system):
        if si not in used and any(g.lenient and _overlap(g.start, g.end, s.start, s.end)
                                  for g in doc.gold):
            c.sys -= 1
    c.relaxed_gold = c.relaxed_sys = len(pairs)
    for gi, si in pairs.items():
        g, s = doc.gold[gi], system[si]
        c.strict += (g.start, g.end) == (s.start, s.end)
        c.type_ok += g.type == s.type
        value = s.value if doc.zoned else local_value(s.value)
        right = value == g.value or value in g.alt_values  # values the gold also accepts
        c.value_ok += right
        if log is not None and not right:
            log.append(f"  VALUE {doc.name}: {context(doc.text, s.start, s.end)} gold {g.text!r} "
                       f"{g.type} {g.value} | sys {s.text!r} {s.type} {s.value} [{s.rule}]")
    if log is not None:
        for gi, g in enumerate(doc.gold):
            if gi not in pairs and not g.lenient:
                log.append(f"  MISS  {doc.name}: {context(doc.text, g.start, g.end)} "
                           f"{g.type} {g.value}")
        for si, s in enumerate(system):
            if si not in used:
                log.append(f"  FALSE {doc.name}: {context(doc.text, s.start, s.end)} "
                           f"{s.type} {s.value} [{s.rule}]")
    return c


def _prf(hit_p: int, n_p: int, hit_r: int, n_r: int) -> tuple[float, float, float]:
    p = hit_p / n_p if n_p else 0.0
    r = hit_r / n_r if n_r else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, c: Counts, ndocs: int) -> str:
    sp, sr, sf = _prf(c.strict, c.sys, c.strict, c.gold)
    rp, rr, rf = _prf(c.relaxed_sys, c.sys, c.relaxed_gold, c.gold)
    vp, vr, vf = _prf(c.value_ok, c.sys, c.value_ok, c.gold)
    tacc = c.type_ok / c.relaxed_gold if c.relaxed_gold else 0.0
    return (f"{name}: {ndocs} docs, gold {c.gold}, system {c.sys}\n"
            f"  strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}\n"
            f"  relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}\n"
            f"  type accuracy {tacc:.3f}\n"
            f"  value    P {vp:.3f}  R {vr:.3f}  F1 {vf:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m temporal.evaluate",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", help=".tml files, gold .json files or directories")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list misses, false alarms, wrong values")
    ap.add_argument("--by-dir", action="store_true",
                    help="one set per directory instead of per argument")
    ap.add_argument("--events", action="store_true",
                    help="score find_events (dated recall, precision, title length) instead")
    args = ap.parse_args(argv)
    if args.events:
        return run_events(args.paths, args.verbose)
    docs = collect(args.paths, args.by_dir)
    if not docs:
        print("no documents found", file=sys.stderr)
        return 1
    groups: dict[str, tuple[Counts, int]] = {}
    languages: dict[str, tuple[Counts, int]] = {}
    total = Counts()
    for doc in docs:
        log: list[str] | None = [] if args.verbose else None
        c = score_doc(doc, find_expressions(doc.text, doc.reference), log)
        if log:
            print("\n".join(log))
        tally(groups, doc.group, c)
        tally(languages, doc.language, c)
        total.add(c)
    for name, (c, n) in groups.items():
        print(report(name, c, n))
    if len(groups) > 1:
        print(report("TOTAL", total, len(docs)))
    if len(languages) > 1:
        for code, (c, n) in sorted(languages.items()):
            print(report(f"language {code}", c, n))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
