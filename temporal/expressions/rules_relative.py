"""Deictic and anaphoric dates: yesterday, last week, earlier this month,
three days ago, the next day, that year.

"ago" counts from publication; "later", "earlier", "the next day" and
"that year" count from the story's clock (the last date mentioned).
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules as G
from .granules import Granule
from .lexicon import PARTS_OF_DAY, UNITS_PL, unit_of
from .numbers import NUMBER, parse_number
from .rulebase import B, E, Resolution, Rule, duration, prev_token, prev_word

_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}
_EDGE = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID"}


def _day_from_ref(ctx, offset: int) -> Granule:
    if ctx.reference is None:
        return G.unknown("day")
    return G.day(ctx.reference + dt.timedelta(days=offset))


def _resolve_dayword(g, ctx, start, end):
    word = g["w"].lower()
    if word == "the day before yesterday":
        gran = _day_from_ref(ctx, -2)
    elif word == "the day after tomorrow":
        gran = _day_from_ref(ctx, 2)
    else:
        gran = _day_from_ref(ctx, _DAY_WORDS[word])
    mod = _EDGE.get((g.get("emod") or "").lower())
    pod = (g.get("pod") or g.get("pod0") or "").lower().replace("mid", "").strip("- ")
    pod = {"day": "afternoon"}.get(pod, pod)
    if word == "tonight":
        return Resolution("TIME", G.part_of_day(gran, "NI"), mod)
    if pod:
        return Resolution("TIME", G.part_of_day(gran, PARTS_OF_DAY[pod]), mod)
    return Resolution("DATE", gran, mod)


def _resolve_this_pod(g, ctx, start, end):
    word = g["w"].lower()
    pod = PARTS_OF_DAY[g["pod"].lower()]
    if word in ("last", "overnight"):
        gran = _day_from_ref(ctx, -1)
    elif word in ("that", "the same", "the") or word.startswith("the "):
        word = " ".join(word.split())
        anchor = ctx.story_anchor()
        shift = {"the next": 1, "the following": 1, "the previous": -1}.get(word, 0)
        gran = G.day(anchor.earliest + dt.timedelta(days=shift)) if anchor and anchor.earliest else G.unknown("day")
    else:
        gran = _day_from_ref(ctx, 0)
    return Resolution("TIME", G.part_of_day(gran, pod), _EDGE.get((g.get("emod") or "").lower()))


def _resolve_overnight(g, ctx, start, end):
    return Resolution("TIME", G.part_of_day(_day_from_ref(ctx, -1), "NI"))


_UNIT_PREC = {"week": "week", "weekend": "weekend", "month": "month", "year": "year",
              "decade": "decade", "century": "century", "day": "day", "quarter": "quarter"}
_UNIT_LETTER = {"week": "W", "weekend": "W", "month": "M", "year": "Y", "decade": "E",
                "century": "C", "day": "D", "quarter": "Q"}


def _weekend(ctx, rel: str, start: int, end: int) -> Granule:
    ref = ctx.reference
    if ref is None:
        return G.unknown("weekend")
    wd = ref.isoweekday()
    if rel in ("last", "past", "previous"):
        return G.weekend(ref - dt.timedelta(days=7))
    if rel == "next":
        return G.weekend(ref + dt.timedelta(days=7))
    if rel in ("this", "coming") or wd >= 6:
        return G.weekend(ref)
    if ctx.looks_ahead(start, end):
        return G.weekend(ref)
    return G.weekend(ref - dt.timedelta(days=7))


def _resolve_unit_rel(g, ctx, start, end):
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    unit = g["unit"].lower()
    edge = re.sub(r"\s+", " ", (g.get("edge") or "").lower())
    mod = None
    if edge:
        mod = "START" if ("early" in edge or "earlier" in edge or "beginning" in edge or "start" in edge) else \
              "MID" if ("mid" in edge) else "END"
    prec = _UNIT_PREC[unit]
    if unit == "weekend":
        return Resolution("DATE", _weekend(ctx, rel.replace("the ", ""), start, end), mod)
    step = -1 if rel in ("last", "the last", "the past", "past", "previous", "the previous", "the preceding") else \
        1 if rel in ("next", "the next", "the coming", "coming", "the following") else 0
    from_story = rel in ("that", "the same", "the previous", "the preceding", "the following", "the next") or \
        (edge.startswith("later") and rel == "that") or "that" in edge
    if rel in ("the next",) and unit in ("year", "month", "week") and ctx.last_date is None:
        from_story = False
    gran = ctx.relative(prec, step, _UNIT_LETTER[unit], from_story=from_story)
    if unit == "year" and step == -1 and not edge and rel == "last" and ctx.last_date is not None \
            and ctx.last_date.precision == "quarter" and start - ctx.last_date_at < 250 \
            and re.search(r"(?:compared|from|with|versus|vs\.?|against)\b[^.;]{0,60}$", ctx.text[max(0, start - 80):start]):
        return Resolution("DATE", G.shift(ctx.last_date, -1, "Y"))  # "net of $3 million last year": the same quarter
    if unit == "year" and rel in ("the past", "the last") and not edge:
        return Resolution("DATE", gran)
    return Resolution("DATE", gran, mod)


def _accept_unit_rel(g, text, start, end):
    """Title-case "This Week" inside a name or right after an opening quote is a title
    (a TV programme, a column), not the current week."""
    if not (text[start:end].istitle() and " " in text[start:end]):
        return True
    return not (prev_word(text, start)[:1].isalpha() or text[start - 1:start] in ('"', "“", "'", "‘"))


_REL = (r"(?P<rel>last|next|this|past|coming|that|the\s+(?:current|past|last|coming|previous|preceding|following|same|next))")
_EDGE_RX = (r"(?P<edge>(?:earlier|later|early|late|mid|by\s+the\s+end\s+of|the\s+end\s+of|end\s+of|the\s+beginning\s+of|"
            r"the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)(?:[\s-]+in)?[\s-]+)")


def _resolve_ago(g, ctx, start, end):
    n = parse_number(g["n"])
    letter, is_time, prec = unit_of(g["unit"])
    direction = g["dir"].lower()
    mod = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
           "nearly": "APPROX", "almost": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
           "less than": "LESS_THAN", "just": None}.get(re.sub(r"\s+", " ", (g.get("mod") or "").lower()))
    if n is None:
        if direction in ("ago", "back"):
            return Resolution("DATE", Granule("PAST_REF", None, None, None), mod)
        return duration(f"P{'T' if is_time else ''}X{letter}", mod)
    if is_time or prec is None:
        amount = str(int(n)) if n == int(n) else str(n)
        return duration(f"P{'T' if is_time else ''}{amount}{letter}", mod)
    sign = 1 if direction in ("later", "after", "from now", "hence", "on") else -1
    if direction in ("ago", "back", "from now", "hence"):
        base = G.day(ctx.reference) if ctx.reference else None
        if base is None:
            return Resolution("DATE", G.unknown(prec), mod)
        if letter == "Y" and n == 1 and ctx.reported_quarter is not None and start - ctx.reported_quarter_at < 1000:
            # results "a year ago" compare with the quarter the story reports
            return Resolution("DATE", G.shift(ctx.reported_quarter, -1, "Y"), mod)
        if prec in ("decade", "century"):
            prec = "year"  # "a decade ago" is a year (1989), not the 1980s
        return Resolution("DATE", G.containing(prec, G.add(base.earliest, sign * n, letter)), mod)
    anchor = ctx.story_anchor()
    if anchor is None or anchor.earliest is None:
        return Resolution("DATE", G.unknown(prec), mod)
    if anchor.precision == "quarter" and letter == "Y" and sign < 0 and ctx.reference is not None \
            and anchor.earliest.year < (ctx.reference - dt.timedelta(days=45)).year:
        return Resolution("DATE", anchor, mod)  # already the year-earlier period
    keep = anchor.precision if anchor.precision in ("day", "month", "quarter", "year", "week") else prec
    if _finer(prec, keep):
        keep = prec
    return Resolution("DATE", G.containing(keep, G.add(anchor.earliest, sign * n, letter)), mod)


_ORDER = ["day", "week", "month", "quarter", "year", "decade", "century"]


def _finer(a: str, b: str) -> bool:
    """True when ``b`` is finer than ``a`` would allow (a day anchor for "a year later" stays a day)."""
    return _ORDER.index(b) > _ORDER.index(a) if a in _ORDER and b in _ORDER else False


def _resolve_next_day(g, ctx, start, end):
    w = re.sub(r"\s+", " ", g["w"].lower())
    offset = 1 if any(k in w for k in ("next", "following", "after")) else \
        -1 if any(k in w for k in ("before", "previous", "preceding", "earlier", "prior")) else 0
    if "later" in w:
        offset = 1
    anchor = ctx.story_anchor()
    if anchor is None or anchor.earliest is None:
        return Resolution("DATE", G.unknown("day"))
    return Resolution("DATE", G.day(anchor.earliest + dt.timedelta(days=offset)))


def _resolve_the_year(g, ctx, start, end):
    rel = (g.get("rel") or "").strip().lower()
    if rel == "same":
        return _resolve_unit_rel(dict(g, rel="that", unit="year"), ctx, start, end)
    step = {"latest": -1, "last": -1, "previous": -1, "next": 1}.get(rel, 0)
    if not rel and not g.get("full"):
        return duration("P1Y")
    if not rel and ctx.last_date is not None and ctx.last_date.precision == "year" and start - ctx.last_date_at < 200:
        return Resolution("DATE", ctx.last_date)
    return Resolution("DATE", ctx.relative("year", step, "Y"))


def _resolve_in_the(g, ctx, start, end):
    """ "later in the day/month": the unit of the story's clock, or of publication if it has none."""
    if g["unit"].lower() == "day":
        edge = "START" if g["edge"].lower().startswith("earl") else "END"
        anchor = ctx.story_anchor()
        day_ = G.containing("day", anchor.earliest) if anchor and anchor.earliest else G.unknown("day")
        return Resolution("DATE", day_, edge)
    told = ctx.last_date is not None and ctx.last_date.precision not in (None, "day")
    return _resolve_unit_rel(dict(g, rel="that" if told else "this"), ctx, start, end)


RULES = [
    Rule("day_word", rf"{B}(?:(?P<pod0>mid-?afternoon|mid-?morning|mid-?day)\s+)?(?:(?P<emod>early|earlier|late|later|mid)[\s-]+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)"
         rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?{E}", _resolve_dayword,
         lambda g, t, s, e: not (t[s].isupper() and prev_token(t, s)[:1].isupper() and prev_token(t, s)[-1:].isalpha())),
    Rule("part_of_day", rf"{B}(?:(?P<emod>early|late|earlier|later)\s+)?(?P<w>this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+(?P<pod>morning|afternoon|evening|night){E}",
         _resolve_this_pod),
    Rule("overnight", rf"{B}overnight{E}", _resolve_overnight,
         lambda g, t, s, e: not re.match(r"\s+(?:stays?|bag|shift|rates?|loans?|lending|market|money)\b", t[e:e + 12], re.I)),
    Rule("next_day", rf"{B}(?P<w>the\s+(?:next|following|previous|preceding|same)\s+day|the\s+day\s+(?:before|after)|a\s+day\s+(?:earlier|later|before|after)|that\s+(?:same\s+)?day|the\s+day\s+prior|the\s+same\s+day){E}",
         _resolve_next_day, lambda g, t, s, e: not re.match(r"\s+(?:of|that|when|in\s+which)\b", t[e:e + 12], re.I) or "day before" in g["w"].lower()),
    Rule("ago", rf"{B}(?:(?P<mod>about|around|roughly|some|nearly|almost|more\s+than|less\s+than|over|just|only)\s+)?(?P<n>{NUMBER})\s+(?P<unit>{UNITS_PL})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|back|from\s+now|hence){E}",
         _resolve_ago, lambda g, t, s, e: not (g["unit"].lower().startswith("night"))),
    Rule("unit_relative", rf"{B}(?:{_EDGE_RX})?{_REL}\s+(?P<unit>week|weekend|month|year|decade|century){E}",
         _resolve_unit_rel, _accept_unit_rel),
    Rule("unit_relative_in_the", rf"{B}(?P<edge>(?:earlier|later|early|late)\s+in\s+)the\s+(?P<unit>week|month|year|day){E}",
         _resolve_in_the),
    Rule("the_weekend", rf"{B}the\s+(?P<unit>weekend){E}", lambda g, c, s, e: _resolve_unit_rel(dict(g, rel=""), c, s, e)),
    Rule("the_end_of_year", rf"{B}(?P<edge>the\s+end\s+of\s+|the\s+beginning\s+of\s+|the\s+start\s+of\s+|the\s+middle\s+of\s+)the\s+(?P<unit>year|month|week|decade){E}",
         lambda g, c, s, e: _resolve_unit_rel(dict(g, rel="this"), c, s, e)),
    Rule("fiscal_year", rf"{B}the\s+(?P<rel>current\s+|latest\s+|last\s+|previous\s+|next\s+|same\s+)?(?:fiscal\s+|(?P<full>full|calendar)\s+)?year{E}",
         _resolve_the_year),
    Rule("year_end", rf"{B}(?:(?P<rel>this|last|next)\s+)?year[\s-]end{E}",
         lambda g, c, s, e: Resolution("DATE", c.relative("year", {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0), "Y"), "END")),
]
