"""Quarters, halves and "year-earlier" periods, the grammar of earnings news.

A bare "the third quarter" is the latest third quarter that has begun; "the
quarter" or "the latest quarter" is the last one reported, i.e. the quarter
that ended most recently (reports come out weeks after the quarter closes);
"year-ago" periods shift the quarter under discussion back by one year.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules
from .granules import Granule
from .lexicon import MONTH_ANY, YEAR, month_number
from .rulebase import WORD_END, WORD_START, Resolution, Rule

_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "final": 4, "last": 4}
# Companies report a quarter some weeks after it closes: at publication, "the
# latest quarter" is the one that contained the day this many days earlier.
REPORTING_LAG_DAYS = 45


def reported_quarter(ref: dt.date) -> Granule:
    return granules.containing("quarter", ref - dt.timedelta(days=REPORTING_LAG_DAYS))


def _year_of(groups, ctx, number: int, unit: str, start: int, end: int) -> int | None:
    ref = ctx.reference
    if groups.get("y"):
        return int(groups["y"])
    rel = (groups.get("rel") or "").lower()
    if ref is None:
        return None
    if "next" in rel:
        return ref.year + 1
    if ("last" in rel and "year" in rel) or "year-earlier" in rel or "year-ago" in rel \
            or "previous" in rel:
        return ref.year - 1
    if unit == "quarter":
        this_years = granules.quarter(ref.year, number)
    else:
        this_years = granules.half(ref.year, number)
    if this_years.earliest > ref and not ctx.looks_ahead(start, end):
        return ref.year - 1
    return ref.year


def _resolve_nth(groups, ctx, start, end):
    unit = groups["unit"].lower()
    number = _ORD[groups["ord"].lower()]
    if unit == "half" and number > 2:
        number = 2
    year = _year_of(groups, ctx, number, unit, start, end)
    if year is None:
        letter = "Q" if unit == "quarter" else "H"
        return Resolution("DATE", Granule(f"XXXX-{letter}{number}", unit, None, None))
    if unit == "quarter":
        return Resolution("DATE", granules.quarter(year, number))
    return Resolution("DATE", granules.half(year, number))


def _resolve_qcode(groups, ctx, start, end):
    number = int(groups["n"])
    letter = groups["k"].upper()
    if groups.get("y"):
        year = int(groups["y"])
    else:
        year = ctx.reference.year if ctx.reference else None
    if year is None:
        return Resolution("DATE", Granule(f"XXXX-{letter}{number}", None, None, None))
    if letter == "Q":
        return Resolution("DATE", granules.quarter(year, number))
    return Resolution("DATE", granules.half(year, min(number, 2)))


def _accept_qcode(groups, text, start, end):
    return groups["k"].isupper()


# "the quarter ended March 31": the closing date names the quarter outright
_ENDED = re.compile(rf"\s*,?\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+"
                    rf"(?P<mon>{MONTH_ANY})\s+\d{{1,2}}(?:,\s*(?P<y>{YEAR}))?", re.I)


def _quarter_ended(ctx, end: int) -> Granule | None:
    ended = _ENDED.match(ctx.text, end)
    if not ended or ctx.reference is None:
        return None
    month = month_number(ended["mon"])
    ref = ctx.reference
    year = int(ended["y"]) if ended["y"] else ref.year - (1 if month > ref.month else 0)
    return granules.containing("quarter", dt.date(year, month, 1))


def _story_quarter(ctx) -> Granule | None:
    if ctx.last_date is not None and ctx.last_date.precision == "quarter":
        return ctx.last_date
    return reported_quarter(ctx.reference) if ctx.reference else None


def _resolve_the_quarter(groups, ctx, start, end):
    """ "the quarter" is the one under discussion; "this/next/last quarter" count from
    publication."""
    rel = " ".join((groups.get("rel") or groups.get("rel2") or "").lower().split())
    rel = {"most recent": "latest", "recent": "latest", "fiscal": ""}.get(rel, rel)
    ref = ctx.reference
    if ref is None:
        return Resolution("DATE", Granule("XXXX-QX", "quarter", None, None))
    ended = _quarter_ended(ctx, end)
    if ended is not None and rel in ("", "latest", "that"):
        return Resolution("DATE", ended)
    if rel == "that" and ctx.reported_quarter is not None:
        return Resolution("DATE", ctx.reported_quarter)  # the quarter the story last named
    here = granules.containing("quarter", ref)
    if rel in ("current", "this"):
        return Resolution("DATE", here)
    if rel in ("next", "coming"):
        return Resolution("DATE", granules.shift(here, 1, "Q"))
    if rel == "last" and not groups.get("the"):
        return Resolution("DATE", granules.shift(here, -1, "Q"))
    if rel in ("previous", "prior", "preceding", "last"):
        told = ctx.last_date is not None and ctx.last_date.precision == "quarter"
        return Resolution("DATE", granules.shift(ctx.last_date if told else here, -1, "Q"))
    if rel == "latest":
        return Resolution("DATE", reported_quarter(ref))
    return Resolution("DATE", _story_quarter(ctx))


def _resolve_year_ago(groups, ctx, start, end):
    whole_year = (groups.get("unit") or "").lower() == "year"
    base = None if whole_year else _story_quarter(ctx)
    if base is None:
        if ctx.reference is None:
            return Resolution("DATE", Granule("XXXX", "year", None, None))
        return Resolution("DATE", granules.year(ctx.reference.year - 1))
    current = reported_quarter(ctx.reference) if ctx.reference else None
    if current is not None and base.earliest.year < current.earliest.year:
        return Resolution("DATE", base)  # the story is already talking about the earlier year
    return Resolution("DATE", granules.shift(base, -1, "Y"))


_ORDINAL_WORDS = "first|second|third|fourth|1st|2nd|3rd|4th"
_NTH = (rf"{WORD_START}(?:(?P<the>the|this\s+year's|last\s+year's|next\s+year's)\s+"
        # "the third-quarter profit": the adjective is found on its own
        rf"(?!(?:{_ORDINAL_WORDS})-quarter))?"
        rf"(?:(?P<rel>year-earlier|year-ago|comparable|latest|current|previous)\s+)?"
        rf"(?:(?P<fy>fiscal|calendar)[\s-]+)?(?:(?P<y0>{YEAR})\s+)?"
        rf"(?P<ord>{_ORDINAL_WORDS}|final)[\s-]+(?:fiscal[\s-]+)?(?P<unit>quarter|half)"
        rf"(?:\s+of\s+(?:(?:fiscal|the\s+fiscal\s+year|calendar)\s+)?(?P<y>{YEAR}))?{WORD_END}")


def _resolve_nth_full(groups, ctx, start, end):
    groups = dict(groups)
    if groups.get("y0") and not groups.get("y"):
        groups["y"] = groups["y0"]
    the = (groups.get("the") or "").lower()
    if the.endswith("year's"):
        groups["rel"] = the.replace("'s", "")
    if (groups.get("rel") or "") in ("year-earlier", "year-ago", "comparable"):
        this_years = _resolve_nth(dict(groups, rel=""), ctx, start, end)
        if this_years.granule.earliest:
            return Resolution("DATE", granules.shift(this_years.granule, -1, "Y"))
        return this_years
    return _resolve_nth(groups, ctx, start, end)


def _resolve_year_period(groups, ctx, start, end):
    year = int(groups["y"])
    quarter = _story_quarter(ctx)
    if quarter is not None and quarter.earliest:
        return Resolution("DATE", granules.quarter(year, granules.quarter_of(quarter.earliest)))
    return Resolution("DATE", granules.year(year))


def _resolve_latest_period(groups, ctx, start, end):
    if ctx.reference is None:
        return None
    return Resolution("DATE", reported_quarter(ctx.reference))


_YEAR_AGO = r"(?:year-earlier|year-ago|year\s+earlier|year\s+ago)"
_QUARTER_REL = (r"(?P<rel2>latest|current|previous|prior|preceding|coming|most\s+recent|recent|"
                r"fiscal)")

RULES = [
    Rule("year_period", rf"{WORD_START}the\s+(?P<y>{YEAR})\s+(?P<unit>quarter|period){WORD_END}",
         _resolve_year_period),
    Rule("latest_period",
         rf"{WORD_START}the\s+(?:latest|most\s+recent|current|same)\s+period{WORD_END}"
         ,
         _resolve_latest_period),
    Rule("nth_quarter", _NTH, _resolve_nth_full),
    Rule("quarter_code",
         rf"{WORD_START}(?P<k>[QH])(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<y>{YEAR}))?{WORD_END}"
         ,
         _resolve_qcode, _accept_qcode),
    Rule("year_ago_period",
         rf"{WORD_START}(?:(?:the\s+)?(?:(?:comparable|same)\s+)?{_YEAR_AGO}\s+"
         rf"(?P<unit>quarter|period)"
         rf"|year-earlier|year-ago){WORD_END}",
         _resolve_year_ago),
    Rule("the_quarter",
         rf"{WORD_START}(?:(?P<the>the)\s+|(?P<rel>this|that|last|next)\s+)"
         rf"(?:{_QUARTER_REL}\s+)?quarter{WORD_END}",
         _resolve_the_quarter),
]
