"""Named calendar units that need anchoring: weekdays, months, seasons,
quarters, halves and holidays.

"Friday" in a report is the Friday just gone, "in March" the latest March,
unless the clause looks ahead; modifiers (last/next/this/early/mid/late)
override that guess.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules
from .granules import Granule
from .lexicon import (
    MONTH_FULL,
    PARTS_OF_DAY,
    SEASON,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    month_number,
)
from .rulebase import WORD_END, WORD_START, Resolution, Rule, next_word, prev_word, set_
from .rules_explicit import spelled_year

_MOD = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
        "middle": "MID", "the end of": "END", "the beginning of": "START", "the start of": "START",
        "the middle of": "MID", "end of": "END", "the close of": "END", "the end": "END"}


def _mod(word: str | None) -> str | None:
    if not word:
        return None
    words = re.sub(r"\s+", " ", word.lower()).strip(" -")
    return _MOD.get(words) or _MOD.get(words.replace("in ", "").strip())


# --- weekdays ---------------------------------------------------------------
def _days_back(base: dt.date, weekday: int) -> int:
    """Days from ``base`` back to the previous ``weekday`` (a week when it is that day)."""
    return (base.isoweekday() - weekday) % 7 or 7


def _days_ahead(base: dt.date, weekday: int) -> int:
    """Days from ``base`` on to the next ``weekday`` (a week when it is that day)."""
    return (weekday - base.isoweekday()) % 7 or 7


def _resolve_weekday(groups, ctx, start, end):
    weekday = WEEKDAYS[groups["wd"].lower()]
    rel = (groups.get("rel") or "").lower().split()
    rel_word = rel[-1] if rel else ""
    part = groups.get("pod")
    if groups.get("pl") or groups.get("pl2"):  # "Mondays", "Monday mornings"
        part_code = f"T{PARTS_OF_DAY[part.lower().rstrip('s')]}" if part else ""
        return set_(f"XXXX-WXX-{weekday}{part_code}")
    ref = ctx.reference
    if ref is None:
        day = Granule(f"XXXX-WXX-{weekday}", "day", None, None)
    elif rel_word in ("last", "past"):
        day = granules.day(ref - dt.timedelta(days=_days_back(ref, weekday)))
    elif rel_word in ("next", "coming"):
        day = granules.day(ref + dt.timedelta(days=_days_ahead(ref, weekday)))
    elif rel_word in ("previous", "preceding", "following"):
        anchor = ctx.story_anchor()
        base = anchor.earliest if anchor and anchor.earliest else ref
        if rel_word == "following":
            day = granules.day(base + dt.timedelta(days=_days_ahead(base, weekday)))
        else:
            day = granules.day(base - dt.timedelta(days=_days_back(base, weekday)))
    elif rel_word == "this":
        day = granules.day(ref - dt.timedelta(days=ref.isoweekday() - weekday))
    else:
        day = ctx.weekday(weekday, start, end)
    mod = _mod(groups.get("emod"))
    if part:
        return Resolution("TIME", granules.part_of_day(day, PARTS_OF_DAY[part.lower()]), mod)
    return Resolution("DATE", day, mod)


_WEEKDAY_REL = (r"(?P<rel>last|next|this(?:\s+(?:past|coming))?|coming|"
                r"(?:the\s+)?(?:previous|preceding|following))")
_WEEKDAY = (rf"{WORD_START}(?:(?P<emod>early|late|earlier|later)\s+(?:on\s+)?)?"
            rf"(?:{_WEEKDAY_REL}\s+)?"
            rf"(?P<wd>{WEEKDAY})"
            rf"(?:(?P<pl>s)|(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pl2>s)?))?{WORD_END}")


def _accept_weekday(groups, text, start, end):
    return groups["wd"][:1].isupper()


# --- months -----------------------------------------------------------------
_PREP = {"in", "since", "until", "till", "by", "from", "to", "during", "through", "before", "after",
         "of", "last", "next", "this", "early", "late", "mid", "between", "and", "or", "for", "on",
         "throughout", "around", "into", "that", "each", "every", "past", "as"}


# "May" and "March" are also a verb and a noun ("troops march on", "he may go"):
# they are months after a preposition, or between "the" and the noun they
# qualify ("the May elections"), as any month is.
_VERB_MONTHS = ("may", "march")
# After "the March ...": words that make it the noun "march" ("the march of ...").
_NOT_QUALIFIED = ("of", "on", "to", "through", "in", "for", "and", "was", "is")
# Words after "May" that make it the verb even after a word of _PREP ("so that May be").
_VERB_FOLLOWS = ("be", "have", "not", "also", "well", "still")
_TITLES = ("mr", "ms", "mrs", "dr")


def _accept_month(groups, text, start, end):
    month = groups["mon"]
    if not month[:1].isupper():
        return False
    if groups.get("rel") or groups.get("emod") or groups.get("yrel"):
        return True
    before = prev_word(text, start)
    after = next_word(text, end)
    if month.lower() in _VERB_MONTHS:
        if before == "the" and after[:1].islower() and after.lower() not in _NOT_QUALIFIED:
            return True  # the month qualifying a noun
        return before in _PREP and after.lower() not in _VERB_FOLLOWS
    if before in _PREP:
        return True
    return not after[:1].isupper() and before not in _TITLES


def _resolve_month(groups, ctx, start, end):
    month = month_number(groups["mon"])
    ref = ctx.reference
    rel = (groups.get("rel") or "").lower()
    year_rel = (groups.get("yrel") or "").lower()
    mod = _mod(groups.get("emod"))
    if ref is None:
        return Resolution("DATE", Granule(f"XXXX-{month:02d}", "month", None, None), mod)
    if year_rel:
        year = ref.year + (-1 if "last" in year_rel else 1 if "next" in year_rel else 0)
        return Resolution("DATE", granules.month(year, month), mod)
    if rel == "last":
        year = ref.year - (1 if month >= ref.month else 0)
        return Resolution("DATE", granules.month(year, month), mod)
    if rel == "next":
        year = ref.year + (1 if month <= ref.month else 0)
        return Resolution("DATE", granules.month(year, month), mod)
    if rel == "this":
        return Resolution("DATE", granules.month(ref.year, month), mod)
    return Resolution("DATE", ctx.month(month, start, end), mod)


_EDGE_OF = (r"(?P<emod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
            r"the\s+middle\s+of|end\s+of)")
_MONTH = (rf"{WORD_START}(?:{_EDGE_OF}[\s-]+(?:in\s+)?)?"
          rf"(?:(?P<rel>last|next|this)\s+)?(?P<mon>{MONTH_FULL})"
          rf"(?:,?\s+(?P<yrel>last\s+year|this\s+year|next\s+year))?(?!\s+\d){WORD_END}")


# --- seasons ----------------------------------------------------------------
# "fall" and "spring" are also verbs and nouns: seasons only as "in the fall".
_VERB_SEASONS = ("fall", "spring")
_SEASON_PREP = ("in", "by", "until", "since", "during", "through", "over", "before", "after")


def _accept_season(groups, text, start, end):
    if groups.get("y") or groups.get("rel") or groups.get("emod"):
        return True
    before = prev_word(text, start)
    has_the = text[start:start + 4].lower() == "the "
    if groups["s"].lower() in _VERB_SEASONS:
        return has_the and before in _SEASON_PREP
    return before in _PREP or has_the


def _resolve_season(groups, ctx, start, end):
    code = SEASONS[groups["s"].lower()]
    ref = ctx.reference
    rel = (groups.get("rel") or "").lower()
    mod = _mod(groups.get("emod"))
    if groups.get("sy"):
        year = spelled_year(groups["sy"])
        if year:
            return Resolution("DATE", granules.season(year, code), mod)
    if groups.get("y"):
        return Resolution("DATE", granules.season(int(groups["y"]), code), mod)
    if ref is None:
        return Resolution("DATE", Granule(f"XXXX-{code}", "season", None, None), mod)
    this_years = granules.season(ref.year, code)
    if rel in ("last", "this past", "past"):
        year = ref.year if this_years.latest < ref else ref.year - 1
    elif rel == "next":
        year = ref.year if this_years.earliest > ref else ref.year + 1
    elif rel == "this":
        year = ref.year
    elif this_years.earliest > ref and not ctx.looks_ahead(start, end):
        year = ref.year - 1
    else:
        year = ref.year
    return Resolution("DATE", granules.season(year, code), mod)


_SEASON_EDGE = (r"(?P<emod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
                r"the\s+middle\s+of)")
_SPELLED_19XX = r"nineteen[\s-]+\w+(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
_SEASON = (rf"{WORD_START}(?:the\s+)?(?:{_SEASON_EDGE}[\s-]+(?:the\s+)?)?"
           rf"(?:(?P<rel>last|next|this(?:\s+past)?|past)\s+)?(?P<s>{SEASON})"
           rf"(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{_SPELLED_19XX})))?{WORD_END}")


# --- holidays -----------------------------------------------------------------
_FIXED = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
          "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
          "valentine's day": (2, 14), "independence day": (7, 4), "the fourth of july": (7, 4),
          "july fourth": (7, 4), "boxing day": (12, 26)}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` of the month (-1: the last one)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        first += dt.timedelta(days=(weekday - first.isoweekday()) % 7)
        return first + dt.timedelta(weeks=nth - 1)
    last = granules.month(year, month).latest
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


_FLOATING = {"thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1),
             "memorial day": (5, 1, -1), "election day": (11, 1, 1)}


def _resolve_holiday(groups, ctx, start, end):
    name = re.sub(r"\s+", " ", groups["h"].lower()).replace("’", "'")
    ref = ctx.reference
    year = int(groups["y"]) if groups.get("y") else None
    if name in _FIXED:
        month, day = _FIXED[name]
        if year is not None:
            return Resolution("DATE", granules.day(dt.date(year, month, day)))
        found = ctx.month_day(month, day, start, end)
        return Resolution("DATE", found) if found else None
    month, weekday, nth = _FLOATING[name]
    if year is None:
        if ref is None:
            return None
        year = ref.year
        if name != "election day" and _nth_weekday(year, month, weekday, nth) > ref \
                and not ctx.looks_ahead(start, end):
            year -= 1
    if name == "election day":  # the Tuesday after the first Monday of November
        return Resolution("DATE", granules.day(_nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)))
    return Resolution("DATE", granules.day(_nth_weekday(year, month, weekday, nth)))


def _accept_holiday(groups, text, start, end):
    return text[start].isupper()


_HOLIDAY = (r"(?P<h>christmas(?:\s+(?:day|eve))?|new\s+year['’]s\s+(?:day|eve)|halloween|"
            r"valentine['’]s\s+day|independence\s+day|the\s+fourth\s+of\s+july|july\s+fourth|"
            r"boxing\s+day|thanksgiving(?:\s+day)?|labor\s+day|memorial\s+day|election\s+day)")

RULES = [
    Rule("holiday", rf"{WORD_START}{_HOLIDAY}(?:,?\s+(?P<y>{YEAR}))?{WORD_END}", _resolve_holiday,
         _accept_holiday),
    Rule("weekday", _WEEKDAY, _resolve_weekday, _accept_weekday),
    Rule("season", _SEASON, _resolve_season, _accept_season),
    Rule("month", _MONTH, _resolve_month, _accept_month),
]
