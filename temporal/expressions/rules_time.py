"""Clock times and the present/past/future references (now, recently, soon).

A clock time borrows its day from a day word glued to it ("10 p.m. Wednesday"),
else from the date that follows it in the clause ("4 a.m. on Nov. 13", fixed up
by the finder), else from the story's clock.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules as G
from .anchoring import PAST
from .granules import Granule
from .lexicon import DAY_NUM, MONTH_ANY, WEEKDAY, WEEKDAYS, month_number
from .rulebase import B, E, Resolution, Rule, prev_word, ref_value

_TZ = r"(?:local\s+time|[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|Moscow\s+time|Kyiv\s+time|ET|PT)"
_DAYWORD = rf"(?P<day>yesterday|today|tomorrow|tonight|{WEEKDAY})"


def _day_for(g, ctx, start, end) -> tuple[dt.date | None, bool]:
    """The day a clock time sits on, and whether it came from the expression itself."""
    word = (g.get("day") or "").lower()
    ref = ctx.reference
    if g.get("mon"):
        day = ctx.month_day(month_number(g["mon"]), int("".join(c for c in g["md"] if c.isdigit())), start, end)
        if day is not None:
            return day.earliest, True
    if word and ref is not None:
        if word in WEEKDAYS:
            return ctx.weekday(WEEKDAYS[word], start, end).earliest, True
        return ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0)), True
    anchor = ctx.story_anchor()
    if anchor is not None and anchor.precision in ("day", "time") and anchor.earliest:
        return anchor.earliest, False
    return ref, False


def _resolve_clock(g, ctx, start, end):
    if g.get("word"):
        w = g["word"].lower()
        h, mi = (12, 0) if w == "noon" or w == "midday" else (24, 0)
    else:
        h = int(g["h"])
        mi = int(g.get("mi") or 0)
        ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
        ap = {"morning": "am", "afternoon": "pm", "evening": "pm"}.get(ap, ap)
        if ap.startswith("p") and h < 12:
            h += 12
        elif ap.startswith("a") and h == 12:
            h = 0
        if h > 24 or mi > 59:
            return None
    d, _ = _day_for(g, ctx, start, end)
    gran = G.clock(d, h, mi)
    return Resolution("TIME", Granule(gran.value if h != 24 else gran.value.replace("T24:00", "T24"),
                                      gran.precision, gran.earliest, gran.latest),
                      "APPROX" if g.get("approx") else None)


def _accept_clock24(g, text, start, end):
    # refuse scores and ratios: "won 3:1", "2:30" needs a preposition or a time zone
    return bool(g.get("tz") or g.get("day")) or prev_word(text, start) in ("at", "by", "until", "till", "from", "to", "before", "after", "around", "about", "since", "and")


_AMPM = r"(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)"
_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
         "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
         "at this time": "PRESENT_REF", "the present": "PRESENT_REF", "current": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "formerly": "PAST_REF",
         "more recently": "PAST_REF", "most recently": "PAST_REF",
         "the past": "PAST_REF", "once upon a time": "PAST_REF",
         "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
         "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
         "a later date": "FUTURE_REF", "shortly": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
         "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF", "the coming months": "FUTURE_REF",
         "the coming years": "FUTURE_REF"}


_REF_RX = '|'.join(sorted((k.replace(' ', r'\s+') for k in _REFS), key=len, reverse=True))


_NOT_NOW = r"(?:accounts?|affairs|events|density|flow|strength|source|sources|carrying|meter|surge|draw|and|or)"


def _accept_ref(g, text, start, end):
    w = re.sub(r"\s+", " ", g["w"].lower())
    after = text[end:end + 12]
    if w == "now" and re.match(r"-\w", after):
        return False
    if w == "current":  # "the current weakness" is now; "the current account" is a balance
        return not text[start - 1:start].isalpha() and re.match(
            rf"\s+(?!{_NOT_NOW}\b)[a-z]", after) is not None and text[max(0, start - 4):start].strip().lower() != "a"
    if w in ("the past", "the future", "the present") and re.match(r"\s+(?:of|tense|perfect|participle)\b", after, re.I):
        return False
    if w == "soon" and re.match(r"\s+after\b", after, re.I) is None and prev_word(text, start) in ("as",):
        return False
    if w in ("shortly", "soon") and re.match(r"\s+(?:after|before|afterwards?)\b", after, re.I):
        return False
    return True


def _resolve_ref(g, ctx, start, end):
    w = re.sub(r"\s+", " ", g["w"].lower())
    if w == "soon" and ctx.tense(start, end) == PAST:
        return None  # "was soon released": soon after a past event, not the future of the report
    return ref_value(_REFS[w])


RULES = [
    Rule("clock_ampm", rf"{B}(?P<approx>(?:about|around|approximately|shortly\s+(?:after|before))\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*{_AMPM}(?:\s+{_TZ})?(?:,?\s+(?:{_DAYWORD}|(?P<mon>{MONTH_ANY})\s+(?P<md>{DAY_NUM})))?(?!\w)",
         _resolve_clock),
    Rule("clock_24h", rf"{B}(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)(?:\s*(?P<tz>{_TZ}|hrs|h\b))?(?:,?\s+{_DAYWORD})?{E}",
         _resolve_clock, _accept_clock24),
    Rule("clock_word", rf"{B}(?P<word>noon|midnight|midday)(?:,?\s+{_DAYWORD})?{E}", _resolve_clock,
         lambda g, t, s, e: prev_word(t, s) in ("at", "by", "until", "till", "before", "after", "around", "about", "since", "from", "to", "past", "after") or bool(g.get("day"))),
    Rule("oclock", rf"{B}(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:o['’]clock|in\s+the\s+(?P<ap>morning|afternoon|evening))(?:\s+{_DAYWORD})?{E}",
         lambda g, c, s, e: _resolve_clock(dict(g, h=str(_WORDNUM.get(g["h"].lower(), g["h"]))), c, s, e)),
    Rule("ref", rf"{B}(?P<w>{_REF_RX}){E}",
         _resolve_ref, _accept_ref),
]
_WORDNUM = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())}
