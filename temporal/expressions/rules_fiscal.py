"""Quarters, halves and "year-earlier" periods, the grammar of earnings news.

A bare "the third quarter" is the latest third quarter that has begun; "the
quarter" or "the latest quarter" is the last one reported, i.e. the quarter
that ended most recently (reports come out weeks after the quarter closes);
"year-ago" periods shift the quarter under discussion back by one year.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules as G
from .granules import Granule
from .lexicon import MONTH_ANY, YEAR, month_number
from .rulebase import B, E, Resolution, Rule

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "final": 4, "last": 4}


def reported_quarter(ref: dt.date) -> Granule:
    return G.containing("quarter", ref - dt.timedelta(days=45))


def _year_of(g, ctx, n: int, unit: str, start: int, end: int) -> int | None:
    ref = ctx.reference
    if g.get("y"):
        return int(g["y"])
    rel = (g.get("rel") or "").lower()
    if ref is None:
        return None
    if "next" in rel:
        return ref.year + 1
    if "last" in rel and "year" in rel or "year-earlier" in rel or "year-ago" in rel or "previous" in rel:
        return ref.year - 1
    first_day = G.quarter(ref.year, n).earliest if unit == "quarter" else G.half(ref.year, n).earliest
    if first_day > ref and not ctx.looks_ahead(start, end):
        return ref.year - 1
    return ref.year


def _resolve_nth(g, ctx, start, end):
    unit = g["unit"].lower()
    n = _ORD[g["ord"].lower()]
    if unit == "half" and n > 2:
        n = 2
    y = _year_of(g, ctx, n, unit, start, end)
    if y is None:
        return Resolution("DATE", Granule(f"XXXX-{'Q' if unit == 'quarter' else 'H'}{n}", unit, None, None))
    gran = G.quarter(y, n) if unit == "quarter" else G.half(y, n)
    return Resolution("DATE", gran)


def _resolve_qcode(g, ctx, start, end):
    n = int(g["n"])
    y = int(g["y"]) if g.get("y") else (ctx.reference.year if ctx.reference else None)
    if y is None:
        return Resolution("DATE", Granule(f"XXXX-{g['k'].upper()}{n}", None, None, None))
    return Resolution("DATE", G.quarter(y, n) if g["k"].upper() == "Q" else G.half(y, min(n, 2)))


# "the quarter ended Sept. 30": the closing date names the quarter outright
_ENDED = re.compile(rf"\s*,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?P<mon>{MONTH_ANY})\s+\d{{1,2}}"
                    rf"(?:,\s*(?P<y>{YEAR}))?", re.I)


def _quarter_ended(ctx, end: int) -> Granule | None:
    m = _ENDED.match(ctx.text, end)
    if not m or ctx.reference is None:
        return None
    month = month_number(m["mon"])
    ref = ctx.reference
    year = int(m["y"]) if m["y"] else ref.year - (1 if month > ref.month else 0)
    return G.containing("quarter", dt.date(year, month, 1))


def _story_quarter(ctx) -> Granule | None:
    if ctx.last_date is not None and ctx.last_date.precision == "quarter":
        return ctx.last_date
    return reported_quarter(ctx.reference) if ctx.reference else None


def _resolve_the_quarter(g, ctx, start, end):
    """ "the quarter" is the one under discussion; "this/next/last quarter" count from publication."""
    rel = " ".join((g.get("rel") or g.get("rel2") or "").lower().split())
    rel = {"most recent": "latest", "recent": "latest", "fiscal": ""}.get(rel, rel)
    ref = ctx.reference
    if ref is None:
        return Resolution("DATE", Granule("XXXX-QX", "quarter", None, None))
    ended = _quarter_ended(ctx, end)
    if ended is not None and rel in ("", "latest", "that"):
        return Resolution("DATE", ended)
    if rel == "that" and ctx.reported_quarter is not None:
        return Resolution("DATE", ctx.reported_quarter)  # the quarter the story last named
    here = G.containing("quarter", ref)
    if rel in ("current", "this"):
        return Resolution("DATE", here)
    if rel in ("next", "coming"):
        return Resolution("DATE", G.shift(here, 1, "Q"))
    if rel == "last" and not g.get("the"):
        return Resolution("DATE", G.shift(here, -1, "Q"))
    if rel in ("previous", "prior", "preceding", "last"):
        told = ctx.last_date is not None and ctx.last_date.precision == "quarter"
        return Resolution("DATE", G.shift(ctx.last_date if told else here, -1, "Q"))
    if rel == "latest":
        return Resolution("DATE", reported_quarter(ref))
    return Resolution("DATE", _story_quarter(ctx))


def _resolve_year_ago(g, ctx, start, end):
    base = _story_quarter(ctx) if (g.get("unit") or "").lower() != "year" else None
    if (g.get("unit") or "").lower() == "year" or base is None:
        if ctx.reference is None:
            return Resolution("DATE", Granule("XXXX", "year", None, None))
        return Resolution("DATE", G.year(ctx.reference.year - 1))
    current = reported_quarter(ctx.reference) if ctx.reference else None
    if current is not None and base.earliest.year < current.earliest.year:
        return Resolution("DATE", base)  # the story is already talking about the earlier year
    return Resolution("DATE", G.shift(base, -1, "Y"))


_NTH = (rf"{B}(?:(?P<the>the|this\s+year's|last\s+year's|next\s+year's)\s+(?!(?:first|second|third|fourth|1st|2nd|3rd|4th)-quarter))?(?:(?P<rel>year-earlier|year-ago|comparable|latest|current|previous)\s+)?"
        rf"(?:(?P<fy>fiscal|calendar)[\s-]+)?(?:(?P<y0>{YEAR})\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?(?P<unit>quarter|half)"
        rf"(?:\s+of\s+(?:(?:fiscal|the\s+fiscal\s+year|calendar)\s+)?(?P<y>{YEAR}))?{E}")


def _resolve_nth_full(g, ctx, start, end):
    g = dict(g)
    if g.get("y0") and not g.get("y"):
        g["y"] = g["y0"]
    the = (g.get("the") or "").lower()
    if the.endswith("year's"):
        g["rel"] = the.replace("'s", "")
    if (g.get("rel") or "") in ("year-earlier", "year-ago", "comparable"):
        r = _resolve_nth(dict(g, rel=""), ctx, start, end)
        return Resolution("DATE", G.shift(r.granule, -1, "Y")) if r.granule.earliest else r
    return _resolve_nth(g, ctx, start, end)


def _resolve_year_period(g, ctx, start, end):
    y = int(g["y"])
    q = _story_quarter(ctx)
    if g["unit"].lower() == "quarter" or q is not None:
        n = (q.earliest.month - 1) // 3 + 1 if q is not None and q.earliest else None
        if n:
            return Resolution("DATE", G.quarter(y, n))
    return Resolution("DATE", G.year(y))


RULES = [
    Rule("year_period", rf"{B}the\s+(?P<y>{YEAR})\s+(?P<unit>quarter|period){E}", _resolve_year_period),
    Rule("latest_period", rf"{B}the\s+(?:latest|most\s+recent|current|same)\s+period{E}",
         lambda g, c, s, e: Resolution("DATE", reported_quarter(c.reference)) if c.reference else None),
    Rule("nth_quarter", _NTH, _resolve_nth_full),
    Rule("quarter_code", rf"{B}(?P<k>[QH])(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<y>{YEAR}))?{E}", _resolve_qcode,
         lambda g, t, s, e: g["k"].isupper()),
    Rule("year_ago_period", rf"{B}(?:(?:the\s+)?(?:(?:comparable|same)\s+)?(?:year-earlier|year-ago|year\s+earlier|year\s+ago)\s+(?P<unit>quarter|period)|year-earlier|year-ago){E}",
         _resolve_year_ago),
    Rule("the_quarter", rf"{B}(?:(?P<the>the)\s+|(?P<rel>this|that|last|next)\s+)(?:(?P<rel2>latest|current|previous|prior|preceding|coming|most\s+recent|recent|fiscal)\s+)?quarter{E}",
         _resolve_the_quarter),
]
