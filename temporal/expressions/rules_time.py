"""Clock times and the present/past/future references (now, recently, soon).

A clock time borrows its day from a day word glued to it ("10 p.m. Wednesday"),
else from the date that follows it in the clause ("at 9 p.m. on <date>", joined
by ``composite.attach_times``), else from the story's clock.
"""
from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from . import granules
from .anchoring import PAST
from .lexicon import DAY_NUM, MONTH_ANY, WEEKDAY, WEEKDAYS, month_number
from .rulebase import MODALS, WORD_END, WORD_START, Resolution, Rule, prev_word, ref_value

_TZ = (r"(?:local\s+time|[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|Moscow\s+time|"
       r"Kyiv\s+time|ET|PT)")
# The offset a time zone name gives, as TIMEX3/ISO 8601 write it after the time.
_FIXED_OFFSETS = {
    "gmt": "Z", "utc": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00",
    "eet": "+02:00", "eest": "+03:00", "msk": "+03:00", "moscow time": "+03:00",
    "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
    "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
}
# Names whose offset depends on the date (summer time): looked up for the day itself.
_REGIONAL_ZONES = {"et": ("America/New_York",), "pt": ("America/Los_Angeles",),
                   "kyiv time": ("Europe/Kyiv", "Europe/Kiev")}
_DAYWORD = rf"(?P<day>yesterday|today|tomorrow|tonight|{WEEKDAY})"
_HOUR_WORDS = ("one two three four five six seven eight nine ten eleven twelve").split()
_HOUR_NUMBER = {word: i + 1 for i, word in enumerate(_HOUR_WORDS)}
_DAY_OFFSET = {"yesterday": -1, "tomorrow": 1}
# Words before a bare "14:30" or "noon" that make it a time of day rather than
# a score or a ratio ("won 3:1").
_TIME_PREPOSITIONS = frozenset(("at", "by", "until", "till", "from", "to", "before", "after",
                                "around", "about", "since", "and", "past"))
_PART_OF_DAY_HALF = {"morning": "am", "afternoon": "pm", "evening": "pm"}


def _day_for(groups, ctx, start, end) -> tuple[dt.date | None, bool]:
    """The day a clock time sits on, and whether it came from the expression itself."""
    word = (groups.get("day") or "").lower()
    ref = ctx.reference
    if groups.get("mon"):
        day_of_month = int("".join(c for c in groups["md"] if c.isdigit()))
        day = ctx.month_day(month_number(groups["mon"]), day_of_month, start, end)
        if day is not None:
            return day.earliest, True
    if word and ref is not None:
        if word in WEEKDAYS:
            return ctx.weekday(WEEKDAYS[word], start, end).earliest, True
        return ref + dt.timedelta(days=_DAY_OFFSET.get(word, 0)), True
    anchor = ctx.story_anchor()
    if anchor is not None and anchor.precision in ("day", "time") and anchor.earliest:
        return anchor.earliest, False
    return ref, False


def zone_offset(zone_name: str | None, day: dt.date | None, hour: int, minute: int) -> str:
    """ "Z", "-04:00"... for a written zone; "" when it names none ("local time", "hrs").

    A regional name (ET, Kyiv time) has the offset in force on that day; without the
    day, or without the time zone database, it is left out rather than guessed.
    """
    name = " ".join((zone_name or "").lower().split())
    if name in _FIXED_OFFSETS:
        return _FIXED_OFFSETS[name]
    if name not in _REGIONAL_ZONES or day is None:
        return ""
    for key in _REGIONAL_ZONES[name]:
        try:
            zone = zoneinfo.ZoneInfo(key)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
        local = dt.datetime(day.year, day.month, day.day, min(hour, 23), minute, tzinfo=zone)
        offset_minutes = int(local.utcoffset().total_seconds()) // 60
        sign = "-" if offset_minutes < 0 else "+"
        hours, minutes = divmod(abs(offset_minutes), 60)
        return "Z" if offset_minutes == 0 else f"{sign}{hours:02d}:{minutes:02d}"
    return ""


_ZONE_WRITTEN = re.compile(rf"(?<!\w){_TZ}(?!\w)", re.I)
_CLOCK_VALUE = re.compile(r"T(\d{2})(?::(\d{2}))?")


def clock_on(day: dt.date, expression_text: str, value: str) -> str:
    """The clock part of a TIME ``value`` ("T09:00-05:00") for the time moved to ``day``.

    A regional zone ("9 a.m. ET") may have another offset on that day than on
    the day the time was first given.
    """
    clock = value[value.index("T"):]
    zone = _ZONE_WRITTEN.search(expression_text)
    written = _CLOCK_VALUE.match(clock)
    if zone is None or written is None:
        return clock
    hour, minute = int(written[1]), int(written[2] or 0)
    return written.group() + zone_offset(zone.group(), day, hour, minute)


def _resolve_clock(groups, ctx, start, end):
    if groups.get("word"):
        hour, minute = (12, 0) if groups["word"].lower() in ("noon", "midday") else (24, 0)
    else:
        hour = int(groups["h"])
        minute = int(groups.get("mi") or 0)
        half = (groups.get("ap") or "").lower().replace(".", "").replace(" ", "")
        half = _PART_OF_DAY_HALF.get(half, half)
        if half.startswith("p") and hour < 12:
            hour += 12
        elif half.startswith("a") and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
    day, _ = _day_for(groups, ctx, start, end)
    granule = granules.clock(day, hour, minute)
    if hour == 24:  # TIMEX3 writes midnight at the end of a day as T24
        granule = granule._replace(value=granule.value.replace("T24:00", "T24"))
    offset = zone_offset(groups.get("tz"), day, hour, minute)
    if offset:  # "17:40 GMT": 2025-07-01T17:40Z
        granule = granule._replace(value=granule.value + offset)
    return Resolution("TIME", granule, "APPROX" if groups.get("approx") else None)


def _resolve_oclock(groups, ctx, start, end):
    hour = str(_HOUR_NUMBER.get(groups["h"].lower(), groups["h"]))
    return _resolve_clock(dict(groups, h=hour), ctx, start, end)


def _accept_clock24(groups, text, start, end):
    """Refuse scores and ratios: "won 3:1"; "2:30" needs a preposition, a zone or a day."""
    if groups.get("tz") or groups.get("day"):
        return True
    return prev_word(text, start) in _TIME_PREPOSITIONS


def _accept_clock_word(groups, text, start, end):
    """ "noon" and "midnight" are times after a preposition or with their day."""
    return bool(groups.get("day")) or prev_word(text, start) in _TIME_PREPOSITIONS


_AMPM = r"(?P<ap>[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b)"
_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "current": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "formerly": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF",
    "the past": "PAST_REF", "once upon a time": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
}
_REF_RX = '|'.join(sorted((k.replace(' ', r'\s+') for k in _REFS), key=len, reverse=True))

# Nouns after "current" that make it electricity or a balance, not the present.
_NOT_NOW = (r"(?:accounts?|affairs|events|density|flow|strength|source|sources|carrying|meter|"
            r"surge|draw|and|or)")
_CURRENT_NOW = re.compile(rf"\s+(?!{_NOT_NOW}\b)[a-z]")
_GRAMMAR_TERM = re.compile(r"\s+(?:of|tense|perfect|participle)\b", re.I)
_AFTER_OR_BEFORE = re.compile(r"\s+(?:after|before|afterwards?)\b", re.I)
# Words looked at after a reference word, in characters.
_REF_LOOKAHEAD_CHARS = 12


def _accept_ref(groups, text, start, end):
    word = re.sub(r"\s+", " ", groups["w"].lower())
    after = text[end:end + _REF_LOOKAHEAD_CHARS]
    if word == "now" and re.match(r"-\w", after):
        return False
    if word == "current":  # "the current crisis" is now; "the current account" is a balance
        return not text[start - 1:start].isalpha() and _CURRENT_NOW.match(after) is not None \
            and prev_word(text, start) != "a"  # "a current affair"
    if word in ("the past", "the future", "the present") and _GRAMMAR_TERM.match(after):
        return False
    if word == "soon" and not re.match(r"\s+after\b", after, re.I) \
            and prev_word(text, start) == "as":
        return False
    if word in ("shortly", "soon") and _AFTER_OR_BEFORE.match(after):
        return False
    return True


def _resolve_ref(groups, ctx, start, end):
    word = re.sub(r"\s+", " ", groups["w"].lower())
    if word == "soon" and ctx.tense(start, end) == PAST \
            and prev_word(ctx.text, start) not in MODALS:
        # "was soon freed": soon after a past event, not the future of the report;
        # a modal ("may soon") looks ahead whatever the tense of the clause
        return None
    return ref_value(_REFS[word])


_APPROX_TIME = r"(?P<approx>(?:about|around|approximately|shortly\s+(?:after|before))\s+)"
_CLOCK_DAY = rf"(?:,?\s+(?:{_DAYWORD}|(?P<mon>{MONTH_ANY})\s+(?P<md>{DAY_NUM})))"
_HOUR_12 = r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?"
_HOUR_WORD = rf"(?P<h>1[0-2]|[1-9]|{'|'.join(_HOUR_WORDS)})"
_OCLOCK = r"(?:o['’]clock|in\s+the\s+(?P<ap>morning|afternoon|evening))"

RULES = [
    Rule("clock_ampm",
         rf"{WORD_START}{_APPROX_TIME}?{_HOUR_12}\s*{_AMPM}(?:\s+(?P<tz>{_TZ}))?{_CLOCK_DAY}?(?!\w)"
         ,
         _resolve_clock),
    Rule("clock_24h",
         rf"{WORD_START}(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)(?:\s*(?P<tz>{_TZ}|hrs|h\b))?"
         rf"(?:,?\s+{_DAYWORD})?{WORD_END}",
         _resolve_clock, _accept_clock24),
    Rule("clock_word", rf"{WORD_START}(?P<word>noon|midnight|midday)(?:,?\s+{_DAYWORD})?{WORD_END}",
         _resolve_clock, _accept_clock_word),
    Rule("oclock",
         rf"{WORD_START}{_HOUR_WORD}\s+{_OCLOCK}(?:\s+{_DAYWORD})?{WORD_END}",
         _resolve_oclock),
    Rule("ref", rf"{WORD_START}(?P<w>{_REF_RX}){WORD_END}", _resolve_ref, _accept_ref),
]
