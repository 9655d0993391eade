"""Absolute calendar expressions: full dates, month-year, years, decades, centuries.

These need no anchoring (except year-less dates), and they reset the story's
clock, so they are also what later "the next day" counts from.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules as G
from .lexicon import DAY_NUM, MONTH_ANY, ORDINAL_WORD, ORDINALS, WEEKDAY_ANY, YEAR, month_number
from .numbers import parse_number
from .rulebase import B, E, Resolution, Rule, prev_word

_SPELLED_YEAR = (r"(?:nineteen|eighteen|twenty)[\s-]+(?:hundred(?:\s+and)?[\s-]+)?"
                 r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
                 r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                 r"|two\s+thousand(?:(?:\s+and)?[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+\w+)?))?")
# Counted things that make a four-digit number a quantity, not a year.
_COUNT_NOUN = re.compile(
    r"(?:people|persons?|drones?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|ft|troops|soldiers|"
    r"civilians|dollars|euros|pounds|rubles|roubles|yen|tons?|tonnes|units|cars|vehicles|homes|houses|"
    r"jobs|workers|employees|residents|members|votes|shares|barrels|acres|hectares|kg|lbs?|mph|"
    r"rockets|missiles|shells|prisoners|children|points|students|cases|deaths|times|"
    r"rounds|strikes|attacks|sorties|flights|page|pages|words|calories)\b", re.I)


def spelled_year(s: str) -> int | None:
    s = s.lower().replace("-", " ")
    words = s.split()
    if words[0] in ("nineteen", "eighteen", "twenty") and "thousand" not in words:
        rest = [w for w in words[1:] if w not in ("hundred", "and")]
        n = parse_number(" ".join(rest)) if rest else 0
        base = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[words[0]]
        return base + int(n) if n is not None and n < 100 else None
    n = parse_number(s)
    return int(n) if n else None


def _day(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lower()
    if s in ORDINALS:
        return ORDINALS[s]
    return int(re.sub(r"\D", "", s))


def _year(g: dict) -> int | None:
    if g.get("y"):
        return int(g["y"])
    if g.get("sy"):
        return spelled_year(g["sy"])
    return None


def _month_ok(word: str) -> bool:
    """Month names in news are capitalised; "march"/"may" in lower case are verbs."""
    return word[:1].isupper()


def _resolve_date(g, ctx, start, end):
    m, d, y = month_number(g["mon"]), _day(g.get("d") or g.get("d2") or g.get("dw")), _year(g)
    if y is None:
        r = ctx.month_day(m, d, start, end)
        return Resolution("DATE", r) if r else None
    try:
        gran = G.day(dt.date(y, m, d))
    except ValueError:
        return None
    ctx.named_year = (start, y)
    return Resolution("DATE", gran)


_DATELINE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .,'-]{2,40},\s*$")


def _accept_date(g, text, start, end):
    """Month names must be capitalised; a wire dateline ("WASHINGTON, March 12 (Xinhua)")
    restates the publication date and is not annotated as a time expression."""
    if not _month_ok(g["mon"]):
        return False
    return not (_DATELINE.search(text, max(0, start - 45), start) and re.match(r"\s*\(", text[end:end + 3]))


def _resolve_month_year(g, ctx, start, end):
    y = _year(g)
    if y is None:
        return None
    ctx.named_year = (start, y)
    return Resolution("DATE", G.month(y, month_number(g["mon"])))


def _resolve_iso(g, ctx, start, end):
    try:
        d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None
    ctx.named_year = (start, d.year)
    return Resolution("DATE", G.day(d))


def _resolve_us(g, ctx, start, end):
    try:
        d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
    except ValueError:
        return None
    return Resolution("DATE", G.day(d))


def _resolve_dmy(g, ctx, start, end):
    """ "29/06/2025", "29.06.2025": day first, as most of the world writes it.

    A slashed date that also reads as month/day ("03/04/2025") is left to the US rule,
    which comes first; dots are never US usage (dashes are left alone: scores, phone numbers).
    """
    return _resolve_us(g, ctx, start, end)


def _accept_year(g, text, start, end):
    if re.match(r"\s*(?:[-–]\s*\d|[,.]\d|\)|/)", text[end:end + 3]) and not re.match(r"\s*[-–]\s*(?:\d\d|\d{4})\b", text[end:end + 8]):
        return False
    if _COUNT_NOUN.match(text, end + 1 if text[end:end + 1] == " " else end) and text[end:end + 1] == " ":
        return False
    pw = prev_word(text, start)
    if pw in ("no", "no.", "number", "flight", "route", "page", "room", "model", "tor", "su", "mig", "f"):
        return False
    return not text[max(0, start - 1):start] in ("#",)


def _resolve_year(g, ctx, start, end):
    y = int(g["y"]) if g.get("y") else spelled_year(g["sy"])
    if y is None:
        return None
    ctx.named_year = (start, y)
    return Resolution("DATE", G.year(y))


def _resolve_edge_year(g, ctx, start, end):
    y = int(g["y"])
    ctx.named_year = (start, y)
    e = " ".join(g["emod"].lower().split())
    if "half" in e:
        return Resolution("DATE", G.half(y, 1 if "first" in e else 2))
    mod = "START" if ("early" in e or "beginning" in e or "start" in e) else "MID" if ("mid" in e) else "END"
    return Resolution("DATE", G.year(y), mod)


def _resolve_year_range(g, ctx, start, end):
    """ "1990-91", "2014-2015": one expression spanning both years, valued by the first."""
    y1, y2 = int(g["y"]), g["y2"]
    y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if not 0 < y2 - y1 <= 10:
        return None
    ctx.named_year = (start, y1)
    first = G.year(y1)
    return Resolution("DATE", G.Granule(first.value, "year", first.earliest, G.year(y2).latest))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}
_MODS = {"early": "START", "mid": "MID", "late": "END", "middle": "MID"}


def _resolve_decade(g, ctx, start, end):
    if g.get("full"):
        y = int(g["full"])
    elif g.get("short"):
        yy = int(g["short"])
        y = (1900 if yy >= 30 else 2000) + yy
    else:
        y = 1900 + 10 * _DECADE_WORDS[g["word"].lower()]
    mod = _MODS.get((g.get("dmod") or "").lower())
    return Resolution("DATE", G.decade(y), mod)


def _resolve_century(g, ctx, start, end):
    n = g.get("cn")
    c = int(re.sub(r"\D", "", n)) if n and n[0].isdigit() else ORDINALS.get((n or "").lower())
    if not c:
        return None
    mod = _MODS.get((g.get("cmod") or "").lower())
    return Resolution("DATE", G.century(c - 1), mod)


_DAY_FIRST = (rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:the\s+)?(?P<d>{DAY_NUM})(?:\s+of)?\s+(?P<mon>{MONTH_ANY})"
              rf"(?:,?\s+(?P<y>{YEAR}))?")
_MONTH_FIRST = (rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<mon>{MONTH_ANY})\s+(?:(?P<d2>{DAY_NUM})|the\s+(?P<dw>{ORDINAL_WORD})|(?P<dw2>{ORDINAL_WORD}))"
                rf"(?!\d|:\d)(?:(?:,|\s+of)?\s*(?:(?P<y>{YEAR})|(?P<sy>{_SPELLED_YEAR})))?")


def _resolve_month_first(g, ctx, start, end):
    g = dict(g)
    g["d"] = g.get("d2") or g.get("dw") or g.get("dw2")
    return _resolve_date(g, ctx, start, end)


RULES = [
    Rule("iso_date", rf"{B}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d){E}", _resolve_iso),
    Rule("us_numeric_date", rf"{B}(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>{YEAR}){E}", _resolve_us),
    Rule("dmy_numeric_date", rf"{B}(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<y>{YEAR}){E}", _resolve_dmy,
         lambda g, t, s, e: prev_word(t, s) not in ("version", "v", "release", "build")),
    Rule("day_month_year", B + _DAY_FIRST + E, _resolve_date, _accept_date),
    Rule("month_day_year", B + _MONTH_FIRST + E, _resolve_month_first, _accept_date),
    Rule("month_year", rf"{B}(?P<mon>{MONTH_ANY}),?\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{_SPELLED_YEAR})){E}",
         _resolve_month_year, lambda g, t, s, e: _month_ok(g["mon"])),
    Rule("decade", rf"{B}(?:the\s+)?(?:(?P<dmod>early|mid|late|middle)[\s-]+)?(?:(?P<full>1[89]\d0|20\d0)'?s|'(?P<short>\d0)s|(?P<word>{'|'.join(_DECADE_WORDS)})){E}",
         _resolve_decade, lambda g, t, s, e: bool(g.get("full") or g.get("short") or t[s:s + 3].lower() == "the" or g.get("dmod"))),
    Rule("century", rf"{B}(?:the\s+)?(?:(?P<cmod>early|mid|late)[\s-]+)?(?P<cn>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+century{E}",
         _resolve_century),
    Rule("spelled_year", rf"{B}(?:the\s+year\s+)?(?P<sy>{_SPELLED_YEAR}){E}", _resolve_year,
         lambda g, t, s, e: spelled_year(g["sy"]) is not None and (t[s:s + 8].lower() == "the year" or g["sy"].lower().startswith("nineteen") or prev_word(t, s) in ("in", "since", "of", "until", "by", "before", "after", "year", "from", "to"))),
    Rule("edge_year", rf"{B}(?:the\s+)?(?P<emod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+last\s+half\s+of)[\s-]+(?P<y>(?:19|20)\d\d){E}",
         _resolve_edge_year, _accept_year),
    Rule("year_range", rf"{B}(?P<y>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)\d\d|\d\d){E}", _resolve_year_range,
         lambda g, t, s, e: not _COUNT_NOUN.match(t, e + 1)),
    Rule("year", rf"(?:{B}|(?<=\bpost-)|(?<=\bpre-))(?:(?:fiscal|calendar)(?:\s+year)?\s+)?(?P<y>(?:19|20)\d\d){E}", _resolve_year, _accept_year),
    Rule("old_year", rf"{B}(?P<y>1[5-8]\d\d){E}", _resolve_year,
         lambda g, t, s, e: prev_word(t, s) in ("in", "since", "until", "of", "from", "by") and _accept_year(g, t, s, e)),
]
