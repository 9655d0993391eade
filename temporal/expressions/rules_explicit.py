"""Absolute calendar expressions: full dates, month-year, years, decades, centuries.

These need no anchoring (except year-less dates), and they reset the story's
clock, so they are also what later "the next day" counts from.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules
from .lexicon import DAY_NUM, MONTH_ANY, ORDINAL_WORD, ORDINALS, WEEKDAY_ANY, YEAR, month_number
from .numbers import parse_number
from .rulebase import WORD_END, WORD_START, Resolution, Rule, prev_token, prev_word

_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "nineteen eighty-nine", "nineteen hundred and ten", "two thousand and three"
_SPELLED_YEAR = (
    rf"(?:nineteen|eighteen|twenty)[\s-]+(?:hundred(?:\s+and)?[\s-]+)?"
    rf"(?:(?:{_TENS_WORDS})(?:[\s-]+(?:{_UNITS_WORDS}))?|{_TEENS_WORDS})"
    rf"|two\s+thousand(?:(?:\s+and)?[\s-]+(?:{_UNITS_WORDS}|{_TEENS_WORDS}|twenty(?:[\s-]+\w+)?))?")
# Counted things that make a four-digit number a quantity, not a year.
_COUNT_NOUN = re.compile(
    r"(?:people|persons?|drones?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|ft|troops|"
    r"soldiers|civilians|dollars|euros|pounds|rubles|roubles|yen|tons?|tonnes|units|cars|"
    r"vehicles|homes|houses|jobs|workers|employees|residents|members|votes|shares|barrels|"
    r"acres|hectares|kg|lbs?|mph|rockets|missiles|shells|prisoners|children|points|students|"
    r"cases|deaths|times|rounds|strikes|attacks|sorties|flights|page|pages|words|calories)\b",
    re.I)
_CENTURY_BASE = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}


def spelled_year(words_text: str) -> int | None:
    """The year a spelled-out year names ("nineteen eighty-nine" -> 1989), else None."""
    words = words_text.lower().replace("-", " ").split()
    if words[0] in _CENTURY_BASE and "thousand" not in words:
        rest = [word for word in words[1:] if word not in ("hundred", "and")]
        within = parse_number(" ".join(rest)) if rest else 0
        if within is not None and within < 100:
            return _CENTURY_BASE[words[0]] + int(within)
        return None
    number = parse_number(" ".join(words))
    return int(number) if number else None


def _day(written: str | None) -> int | None:
    if not written:
        return None
    written = written.lower()
    if written in ORDINALS:
        return ORDINALS[written]
    return int(re.sub(r"\D", "", written))


def _year(groups: dict) -> int | None:
    if groups.get("y"):
        return int(groups["y"])
    if groups.get("sy"):
        return spelled_year(groups["sy"])
    return None


def _month_ok(word: str) -> bool:
    """Month names in news are capitalised; "march"/"may" in lower case are verbs."""
    return word[:1].isupper()


def _resolve_date(groups, ctx, start, end):
    month = month_number(groups["mon"])
    day = _day(groups.get("d") or groups.get("d2") or groups.get("dw"))
    year = _year(groups)
    if year is None:
        found = ctx.month_day(month, day, start, end)
        return Resolution("DATE", found) if found else None
    try:
        granule = granules.day(dt.date(year, month, day))
    except ValueError:
        return None
    ctx.named_year = (start, year)
    return Resolution("DATE", granule)


# A wire dateline ("WASHINGTON, <date> (Xinhua)"): a capitalised place before the date.
_DATELINE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z .,'-]{2,40},\s*$")
_DATELINE_REACH_CHARS = 45
_OPENING_PARENTHESIS = re.compile(r"\s*\(")


def _accept_date(groups, text, start, end):
    """Month names must be capitalised; a wire dateline ("WASHINGTON, <date> (Xinhua)")
    restates the publication date and is not annotated as a time expression."""
    if not _month_ok(groups["mon"]):
        return False
    in_dateline = _DATELINE.search(text, max(0, start - _DATELINE_REACH_CHARS), start)
    return not (in_dateline and _OPENING_PARENTHESIS.match(text, end))


def _accept_month_year(groups, text, start, end):
    return _month_ok(groups["mon"])


def _resolve_month_year(groups, ctx, start, end):
    year = _year(groups)
    if year is None:
        return None
    ctx.named_year = (start, year)
    return Resolution("DATE", granules.month(year, month_number(groups["mon"])))


def _numeric_day(groups) -> dt.date | None:
    try:
        return dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
    except ValueError:
        return None


def _resolve_iso(groups, ctx, start, end):
    day = _numeric_day(groups)
    if day is None:
        return None
    ctx.named_year = (start, day.year)
    return Resolution("DATE", granules.day(day))


def _resolve_numeric(groups, ctx, start, end):
    """ "07/01/2025" (US), "29/06/2025", "29.06.2025" (day first, as most of the world writes).

    A slashed date that also reads as month/day ("03/04/2025") is left to the US rule,
    which comes first; dots are never US usage (dashes are left alone: scores, phone numbers).
    """
    day = _numeric_day(groups)
    return Resolution("DATE", granules.day(day)) if day else None


def _accept_dmy(groups, text, start, end):
    return prev_word(text, start) not in ("version", "v", "release", "build")


# After a year: "2014-5" or "1990,5" is a number, "(2014)" a citation, "2014/15" a season.
_NOT_A_YEAR_AFTER = re.compile(r"\s*(?:[-–]\s*\d|[,.]\d|\)|/)")
_YEAR_RANGE_AFTER = re.compile(r"\s*[-–]\s*(?:\d\d|\d{4})\b")
_NOT_A_YEAR_BEFORE = frozenset(("no", "no.", "number", "flight", "route", "page", "room", "model",
                                "tor", "su", "mig", "f"))


def _accept_year(groups, text, start, end):
    if _NOT_A_YEAR_AFTER.match(text, end) and not _YEAR_RANGE_AFTER.match(text, end):
        return False
    if text[end:end + 1] == " " and _COUNT_NOUN.match(text, end + 1):
        return False  # "2000 people"
    if prev_word(text, start) in _NOT_A_YEAR_BEFORE or _in_a_name(text, start):
        return False
    return text[max(0, start - 1):start] != "#"


# Capitalised words after which a year still reads as a date at a sentence start.
_SENTENCE_OPENERS = frozenset(("the", "in", "since", "by", "from", "until", "before", "after",
                               "during", "for", "of", "through", "between", "early", "late",
                               "mid", "fiscal", "calendar", "spring", "summer", "autumn",
                               "fall", "winter", "christmas", "easter"))


def _in_a_name(text: str, start: int) -> bool:
    """ "Orion 1980", "Expo 2020": a year right after a capitalised word inside a
    sentence is part of a name (months, seasons and holidays are matched whole by
    their own rules, so they never stand before a bare year here)."""
    before = prev_token(text, start)
    if not (before[:1].isupper() and before.isalpha()) or before.lower() in _SENTENCE_OPENERS:
        return False
    previous = prev_token(text, start - len(before) - 1)
    return previous[-1:] not in ("", ".", "!", "?", '"', "“", ":")


def _resolve_year(groups, ctx, start, end):
    year = int(groups["y"]) if groups.get("y") else spelled_year(groups["sy"])
    if year is None:
        return None
    ctx.named_year = (start, year)
    return Resolution("DATE", granules.year(year))


def _resolve_edge_year(groups, ctx, start, end):
    year = int(groups["y"])
    ctx.named_year = (start, year)
    edge = " ".join(groups["emod"].lower().split())
    if "half" in edge:
        return Resolution("DATE", granules.half(year, 1 if "first" in edge else 2))
    if any(word in edge for word in ("early", "beginning", "start")):
        mod = "START"
    else:
        mod = "MID" if "mid" in edge else "END"
    return Resolution("DATE", granules.year(year), mod)


# A year range longer than this is no single period ("1914-2014" is a centenary).
_YEAR_RANGE_MAX_YEARS = 10


def _resolve_year_range(groups, ctx, start, end):
    """ "1990-91", "2014-2015": one expression spanning both years, valued by the first."""
    first_year, last_written = int(groups["y"]), groups["y2"]
    if len(last_written) == 4:
        last_year = int(last_written)
    else:
        last_year = (first_year // 100) * 100 + int(last_written)
    if not 0 < last_year - first_year <= _YEAR_RANGE_MAX_YEARS:
        return None
    ctx.named_year = (start, first_year)
    first = granules.year(first_year)
    return Resolution("DATE", granules.Granule(first.value, "year", first.earliest,
                                        granules.year(last_year).latest))


def _accept_year_range(groups, text, start, end):
    return not _COUNT_NOUN.match(text, end + 1)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}
_MODS = {"early": "START", "mid": "MID", "late": "END", "middle": "MID"}
# "'30s" to "'90s" are the 1900s; "'00s" and "'10s", "'20s" the 2000s.
_TWO_DIGIT_DECADE_PIVOT = 30


def _resolve_decade(groups, ctx, start, end):
    if groups.get("full"):
        year = int(groups["full"])
    elif groups.get("short"):
        two_digits = int(groups["short"])
        year = (1900 if two_digits >= _TWO_DIGIT_DECADE_PIVOT else 2000) + two_digits
    else:
        year = 1900 + 10 * _DECADE_WORDS[groups["word"].lower()]
    mod = _MODS.get((groups.get("dmod") or "").lower())
    return Resolution("DATE", granules.decade(year), mod)


def _accept_decade(groups, text, start, end):
    """ "nineties" alone may be an age ("in her nineties"); "the nineties" is a decade."""
    return bool(groups.get("full") or groups.get("short") or groups.get("dmod")
                or text[start:start + 3].lower() == "the")


def _resolve_century(groups, ctx, start, end):
    written = groups.get("cn")
    if written and written[0].isdigit():
        ordinal = int(re.sub(r"\D", "", written))
    else:
        ordinal = ORDINALS.get((written or "").lower())
    if not ordinal:
        return None
    mod = _MODS.get((groups.get("cmod") or "").lower())
    return Resolution("DATE", granules.century(ordinal - 1), mod)


_SPELLED_YEAR_PREPOSITIONS = frozenset(("in", "since", "of", "until", "by", "before", "after",
                                        "year", "from", "to"))


def _accept_spelled_year(groups, text, start, end):
    """Spelled numbers are years only where a year is expected ("in nineteen ten")."""
    if spelled_year(groups["sy"]) is None:
        return False
    return text[start:start + 8].lower() == "the year" \
        or groups["sy"].lower().startswith("nineteen") \
        or prev_word(text, start) in _SPELLED_YEAR_PREPOSITIONS


_OLD_YEAR_PREPOSITIONS = frozenset(("in", "since", "until", "of", "from", "by"))


def _accept_old_year(groups, text, start, end):
    """A year before 1900 only after a preposition: "1776" alone is more often a number."""
    return prev_word(text, start) in _OLD_YEAR_PREPOSITIONS and _accept_year(groups, text, start,
                                                                              end)


def _accept_day_range(groups, text, start, end):
    """Both numbers must be days, the second after the first; "and" only after "between"
    or between two days in a row ("on 4 and 5 July" is those two days; "July 4 and 9"
    are two days apart, not the week between)."""
    if not _month_ok(groups["mon"]) or _QUANTITY_AFTER.match(text, end) \
            or _COUNT_NOUN.match(text, end + 1):
        return False
    first, last = (int(re.sub(r"\D", "", groups[k])) for k in ("d", "d2"))
    if first >= last:
        return False
    return (groups["sep"].lower() != "and" or prev_word(text, start) == "between"
            or last == first + 1)


def _resolve_day_range(groups, ctx, start, end):
    """One DATE from the first day to the last: TIMEX3 has no range value, so the value
    is the first day's (as for "1990-91"), and the span carries the whole range."""
    first = _resolve_date(dict(groups), ctx, start, end)
    if first is None:
        return None
    first_day = first.granule.earliest
    if first_day is None:  # no reference date: the first day is all that is known
        return first
    try:
        last_day = first_day.replace(day=_day(groups["d2"]))
    except ValueError:
        return None
    granule = granules.Granule(first.granule.value, "range", first_day, last_day)
    return Resolution("DATE", granule)


def _resolve_month_first(groups, ctx, start, end):
    groups = dict(groups, d=groups.get("d2") or groups.get("dw") or groups.get("dw2"))
    return _resolve_date(groups, ctx, start, end)


_WEEKDAY_LEAD = rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?"
_DAY_FIRST = (rf"{_WEEKDAY_LEAD}(?:the\s+)?(?P<d>{DAY_NUM})(?:\s+of)?\s+(?P<mon>{MONTH_ANY})"
              rf"(?:,?\s+(?P<y>{YEAR}))?")
_MONTH_FIRST = (rf"{_WEEKDAY_LEAD}(?P<mon>{MONTH_ANY})\s+"
                rf"(?:(?P<d2>{DAY_NUM})|the\s+(?P<dw>{ORDINAL_WORD})|(?P<dw2>{ORDINAL_WORD}))"
                rf"(?!\d|:\d)(?:(?:,|\s+of)?\s*(?:(?P<y>{YEAR})|(?P<sy>{_SPELLED_YEAR})))?")
_MONTH_NUM = r"(?P<m>0?[1-9]|1[0-2])"
_DAY_NUM = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_DECADE = (rf"(?:the\s+)?(?:(?P<dmod>early|mid|late|middle)[\s-]+)?"
           rf"(?:(?P<full>1[89]\d0|20\d0)'?s|'(?P<short>\d0)s|(?P<word>{'|'.join(_DECADE_WORDS)}))")
_CENTURY = (r"(?:the\s+)?(?:(?P<cmod>early|mid|late)[\s-]+)?"
            rf"(?P<cn>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+century")
_YEAR_EDGE = (r"(?P<emod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
              r"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|"
              r"the\s+last\s+half\s+of)")
# "June 20 to 30", "20-30 June 2025": days of one month written as one expression.
_DAY_RANGE_SEPARATOR = r"\s*(?P<sep>-|–|—|to|through|thru|until|till|and)\s*"
_MONTH_DAYS = (rf"(?P<mon>{MONTH_ANY})\s+(?P<d>{DAY_NUM}){_DAY_RANGE_SEPARATOR}(?P<d2>{DAY_NUM})"
               rf"(?:,?\s+(?P<y>{YEAR}))?")
_DAYS_MONTH = (rf"(?P<d>{DAY_NUM}){_DAY_RANGE_SEPARATOR}(?P<d2>{DAY_NUM})\s+(?:of\s+)?"
               rf"(?P<mon>{MONTH_ANY})(?:,?\s+(?P<y>{YEAR}))?")
# What a number after "June 20 to" must not be followed by: it counts something.
_QUANTITY_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)")
_PLAIN_YEAR_START = rf"(?:{WORD_START}|(?<=\bpost-)|(?<=\bpre-))"  # "post-2014" is a year too

RULES = [
    Rule("iso_date",
         rf"{WORD_START}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d){WORD_END}",
         _resolve_iso),
    Rule("us_numeric_date",
         rf"{WORD_START}{_MONTH_NUM}/{_DAY_NUM}/(?P<y>{YEAR}){WORD_END}",
         _resolve_numeric),
    Rule("dmy_numeric_date",
         rf"{WORD_START}{_DAY_NUM}(?P<sep>[/.]){_MONTH_NUM}(?P=sep)(?P<y>{YEAR}){WORD_END}"
         ,
         _resolve_numeric, _accept_dmy),
    Rule("day_month_year", WORD_START + _DAY_FIRST + WORD_END, _resolve_date, _accept_date),
    Rule("month_day_range", WORD_START + _MONTH_DAYS + WORD_END, _resolve_day_range,
         _accept_day_range),
    Rule("day_month_range", WORD_START + _DAYS_MONTH + WORD_END, _resolve_day_range,
         _accept_day_range),
    Rule("month_day_year",
         WORD_START + _MONTH_FIRST + WORD_END,
         _resolve_month_first, _accept_date),
    Rule("month_year",
         rf"{WORD_START}(?P<mon>{MONTH_ANY}),?\s+(?:of\s+)?"
         rf"(?:(?P<y>{YEAR})|(?P<sy>{_SPELLED_YEAR})){WORD_END}",
         _resolve_month_year, _accept_month_year),
    Rule("decade", rf"{WORD_START}{_DECADE}{WORD_END}", _resolve_decade, _accept_decade),
    Rule("century", rf"{WORD_START}{_CENTURY}{WORD_END}", _resolve_century),
    Rule("spelled_year",
         rf"{WORD_START}(?:the\s+year\s+)?(?P<sy>{_SPELLED_YEAR}){WORD_END}",
         _resolve_year,
         _accept_spelled_year),
    Rule("edge_year", rf"{WORD_START}(?:the\s+)?{_YEAR_EDGE}[\s-]+(?P<y>(?:19|20)\d\d){WORD_END}",
         _resolve_edge_year, _accept_year),
    Rule("year_range",
         rf"{WORD_START}(?P<y>(?:19|20)\d\d)\s*[-–/]\s*(?P<y2>(?:19|20)\d\d|\d\d){WORD_END}"
         ,
         _resolve_year_range, _accept_year_range),
    Rule("year",
         rf"{_PLAIN_YEAR_START}(?:(?:fiscal|calendar)(?:\s+year)?\s+)?"
         rf"(?P<y>(?:19|20)\d\d){WORD_END}",
         _resolve_year, _accept_year),
    Rule("old_year", rf"{WORD_START}(?P<y>1[5-8]\d\d){WORD_END}", _resolve_year, _accept_old_year),
]
