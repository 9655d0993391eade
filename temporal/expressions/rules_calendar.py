"""Named calendar units that need anchoring: weekdays, months, seasons,
quarters, halves and holidays.

"Friday" in a report is the Friday just gone, "in March" the latest March,
unless the clause looks ahead; modifiers (last/next/this/early/mid/late)
override that guess.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules as G
from .granules import Granule
from .lexicon import MONTH_FULL, PARTS_OF_DAY, SEASON, SEASONS, WEEKDAY, YEAR, WEEKDAYS, month_number
from .rulebase import B, E, Resolution, Rule, next_word, prev_word, set_

_MOD = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
        "middle": "MID", "the end of": "END", "the beginning of": "START", "the start of": "START",
        "the middle of": "MID", "end of": "END", "the close of": "END", "the end": "END"}


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"\s+", " ", word.lower()).strip(" -")
    return _MOD.get(w) or _MOD.get(w.replace("in ", "").strip())


# --- weekdays ---------------------------------------------------------------
def _resolve_weekday(g, ctx, start, end):
    wd = WEEKDAYS[g["wd"].lower()]
    rel = (g.get("rel") or "").lower().split()
    pod = g.get("pod")
    if g.get("pl") or g.get("pl2"):
        return set_(f"XXXX-WXX-{wd}" + (f"T{PARTS_OF_DAY[pod.lower().rstrip('s')]}" if pod else ""))
    ref = ctx.reference
    if ref is None:
        gran = Granule(f"XXXX-WXX-{wd}", "day", None, None)
    elif rel[-1:] == ["last"] or rel[-1:] == ["past"]:
        back = (ref.isoweekday() - wd) % 7 or 7
        gran = G.day(ref - dt.timedelta(days=back))
    elif rel[-1:] == ["next"] or rel[-1:] == ["coming"]:
        fwd = (wd - ref.isoweekday()) % 7 or 7
        gran = G.day(ref + dt.timedelta(days=fwd))
    elif rel and rel[-1] in ("previous", "preceding", "following"):
        anchor = ctx.story_anchor()
        base = anchor.earliest if anchor and anchor.earliest else ref
        if rel[-1] == "following":
            gran = G.day(base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7))
        else:
            gran = G.day(base - dt.timedelta(days=(base.isoweekday() - wd) % 7 or 7))
    elif rel[-1:] == ["this"]:
        gran = G.day(ref - dt.timedelta(days=ref.isoweekday() - wd))
    else:
        gran = ctx.weekday(wd, start, end)
    mod = _mod(g.get("emod"))
    if pod:
        return Resolution("TIME", G.part_of_day(gran, PARTS_OF_DAY[pod.lower()]), mod)
    return Resolution("DATE", gran, mod)


_WEEKDAY = (rf"{B}(?:(?P<emod>early|late|earlier|later)\s+(?:on\s+)?)?"
            rf"(?:(?P<rel>last|next|this(?:\s+(?:past|coming))?|coming|(?:the\s+)?(?:previous|preceding|following))\s+)?"
            rf"(?P<wd>{WEEKDAY})(?:(?P<pl>s)|(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pl2>s)?))?{E}")


def _accept_weekday(g, text, start, end):
    return g["wd"][:1].isupper()


# --- months -----------------------------------------------------------------
_PREP = {"in", "since", "until", "till", "by", "from", "to", "during", "through", "before", "after",
         "of", "last", "next", "this", "early", "late", "mid", "between", "and", "or", "for", "on",
         "throughout", "around", "into", "that", "each", "every", "past", "as"}


def _accept_month(g, text, start, end):
    mon = g["mon"]
    if not mon[:1].isupper():
        return False
    if g.get("rel") or g.get("emod") or g.get("yrel"):
        return True
    pw = prev_word(text, start)
    nw = next_word(text, end)
    if mon.lower() in ("may", "march"):
        if pw == "the" and nw[:1].islower() and nw.lower() not in ("of", "on", "to", "through", "in", "for", "and", "was", "is"):
            return True  # "the March accession"
        return pw in _PREP and nw.lower() not in ("be", "have", "not", "also", "well", "still")
    if pw in _PREP:
        return True
    return not nw[:1].isupper() and pw not in ("mr", "ms", "mrs", "dr")


def _resolve_month(g, ctx, start, end):
    m = month_number(g["mon"])
    ref = ctx.reference
    rel = (g.get("rel") or "").lower()
    yrel = (g.get("yrel") or "").lower()
    mod = _mod(g.get("emod"))
    if ref is None:
        return Resolution("DATE", Granule(f"XXXX-{m:02d}", "month", None, None), mod)
    if yrel:
        y = ref.year + (-1 if "last" in yrel else 1 if "next" in yrel else 0)
        return Resolution("DATE", G.month(y, m), mod)
    if rel == "last":
        return Resolution("DATE", G.month(ref.year - (1 if m >= ref.month else 0), m), mod)
    if rel == "next":
        return Resolution("DATE", G.month(ref.year + (1 if m <= ref.month else 0), m), mod)
    if rel == "this":
        return Resolution("DATE", G.month(ref.year, m), mod)
    return Resolution("DATE", ctx.month(m, start, end), mod)


_MONTH = (rf"{B}(?:(?P<emod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of)[\s-]+(?:in\s+)?)?"
          rf"(?:(?P<rel>last|next|this)\s+)?(?P<mon>{MONTH_FULL})(?:,?\s+(?P<yrel>last\s+year|this\s+year|next\s+year))?(?!\s+\d){E}")


# --- seasons ----------------------------------------------------------------
def _accept_season(g, text, start, end):
    if g.get("y") or g.get("rel") or g.get("emod"):
        return True
    pw = prev_word(text, start)
    has_the = text[start:start + 4].lower() == "the "
    if g["s"].lower() in ("fall", "spring"):
        return has_the and pw in ("in", "by", "until", "since", "during", "through", "over", "before", "after")
    return pw in _PREP or has_the


def _resolve_season(g, ctx, start, end):
    code = SEASONS[g["s"].lower()]
    ref = ctx.reference
    rel = (g.get("rel") or "").lower()
    mod = _mod(g.get("emod"))
    if g.get("sy"):
        from .rules_explicit import spelled_year
        y = spelled_year(g["sy"])
        if y:
            return Resolution("DATE", G.season(y, code), mod)
    if g.get("y"):
        return Resolution("DATE", G.season(int(g["y"]), code), mod)
    if ref is None:
        return Resolution("DATE", Granule(f"XXXX-{code}", "season", None, None), mod)
    this = G.season(ref.year, code)
    if rel in ("last", "this past", "past"):
        y = ref.year if this.latest < ref else ref.year - 1
    elif rel == "next":
        y = ref.year if this.earliest > ref else ref.year + 1
    elif rel == "this":
        y = ref.year
    elif this.earliest > ref and not ctx.looks_ahead(start, end):
        y = ref.year - 1
    else:
        y = ref.year
    return Resolution("DATE", G.season(y, code), mod)


_SEASON = (rf"{B}(?:the\s+)?(?:(?P<emod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+(?:the\s+)?)?"
           rf"(?:(?P<rel>last|next|this(?:\s+past)?|past)\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>nineteen[\s-]+\w+(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)))?{E}")


# --- holidays -----------------------------------------------------------------
_FIXED = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
          "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
          "valentine's day": (2, 14), "independence day": (7, 4), "the fourth of july": (7, 4),
          "july fourth": (7, 4), "boxing day": (12, 26)}


def _nth_weekday(y: int, m: int, wd: int, n: int) -> dt.date:
    if n > 0:
        d = dt.date(y, m, 1)
        d += dt.timedelta(days=(wd - d.isoweekday()) % 7)
        return d + dt.timedelta(weeks=n - 1)
    d = G.month(y, m).latest
    return d - dt.timedelta(days=(d.isoweekday() - wd) % 7)


_FLOATING = {"thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
             "memorial day": (5, 1, -1), "election day": (11, 1, 1)}


def _resolve_holiday(g, ctx, start, end):
    name = re.sub(r"\s+", " ", g["h"].lower()).replace("’", "'")
    ref = ctx.reference
    y = int(g["y"]) if g.get("y") else None
    if name in _FIXED:
        m, d = _FIXED[name]
        if y is not None:
            return Resolution("DATE", G.day(dt.date(y, m, d)))
        r = ctx.month_day(m, d, start, end)
        return Resolution("DATE", r) if r else None
    m, wd, n = _FLOATING[name]
    if name == "election day":  # the Tuesday after the first Monday of November
        if y is None:
            if ref is None:
                return None
            y = ref.year
        return Resolution("DATE", G.day(_nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1)))
    if y is None:
        if ref is None:
            return None
        y = ref.year
        if _nth_weekday(y, m, wd, n) > ref and not ctx.looks_ahead(start, end):
            y -= 1
    return Resolution("DATE", G.day(_nth_weekday(y, m, wd, n)))


_HOLIDAY = (r"(?P<h>christmas(?:\s+(?:day|eve))?|new\s+year['’]s\s+(?:day|eve)|halloween|valentine['’]s\s+day|"
            r"independence\s+day|the\s+fourth\s+of\s+july|july\s+fourth|boxing\s+day|thanksgiving(?:\s+day)?|"
            r"labor\s+day|memorial\s+day|election\s+day)")

RULES = [
    Rule("holiday", rf"{B}{_HOLIDAY}(?:,?\s+(?P<y>{YEAR}))?{E}", _resolve_holiday,
         lambda g, t, s, e: t[s].isupper()),
    Rule("weekday", _WEEKDAY, _resolve_weekday, _accept_weekday),
    Rule("season", _SEASON, _resolve_season, _accept_season),
    Rule("month", _MONTH, _resolve_month, _accept_month),
]
