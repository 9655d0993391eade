"""Durations, sets and the vague _REF values.

Spans follow TimeBank: the determiner and "past/next" belong to the duration
("the past three months"), so do hedges ("more than two years", carried as
TIMEX3 mod); "two-year" and "99-year-old" are durations too.
"""
from __future__ import annotations

import re

from .lexicon import (
    MONTH_FULL,
    MONTHS,
    PART_OF_DAY,
    PARTS_OF_DAY,
    SEASON,
    SEASONS,
    UNIT,
    UNITS_PL,
    WEEKDAY,
    WEEKDAYS,
    unit_of,
)
from .numbers import NUMBER, format_amount, is_approx, parse_number
from .rulebase import (
    MODALS,
    WORD_END,
    WORD_START,
    Rule,
    duration,
    next_word,
    prev_token,
    prev_word,
    ref_value,
    set_,
)

# "over" and "within" are TimeML signals, left outside the span.
_HEDGE = {"more than": "MORE_THAN",
          "upwards of": "MORE_THAN", "longer than": "MORE_THAN",
          "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
          "just under": "LESS_THAN",
          "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
          "nearly": "APPROX", "almost": "APPROX", "about": "APPROX",
          "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
          "close to": "APPROX", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE"}
_HEDGE_RX = "|".join(sorted((h.replace(" ", r"\s+") for h in _HEDGE), key=len, reverse=True))


# A fractional amount of a unit is written in the next smaller unit:
# (larger unit letter, is a time unit) -> (smaller unit letter, how many per larger unit).
_SMALLER_UNIT = {("Y", False): ("M", 12), ("H", True): ("M", 60), ("M", True): ("S", 60)}


def _value(amount: float | None, unit_word: str) -> str:
    """The TIMEX3 duration value of ``amount`` units ("P3Y", "PT1H30M", "PXD")."""
    letter, is_time, _ = unit_of(unit_word)
    time_mark = "T" if is_time else ""
    if amount is None:
        return f"P{time_mark}X{letter}"
    if letter == "E":
        return f"P{format_amount(amount * 10)}Y"
    if letter == "C":
        return f"P{format_amount(amount * 100)}Y"
    if amount != int(amount):
        if (letter, is_time) in _SMALLER_UNIT:  # "a year and a half": P1Y6M
            smaller, per = _SMALLER_UNIT[letter, is_time]
            whole, part = int(amount), round((amount - int(amount)) * per)
            if amount >= 1:
                return f"P{time_mark}{whole}{letter}{part}{smaller}"
            return f"P{time_mark}{round(amount * per)}{smaller}"
        if letter == "D":
            return f"PT{round(amount * 24)}H"
        if letter == "W":
            return f"P{round(amount * 7)}D"
        if letter == "M" and not is_time:
            return f"P{round(amount * 30)}D" if amount < 1 else f"P{format_amount(amount)}M"
    return f"P{time_mark}{format_amount(amount)}{letter}"


def _resolve_duration(groups, ctx, start, end):
    written = groups.get("n") or ""
    if written:
        amount = parse_number(written)
    else:  # "years" alone is some years; "year" alone is one
        amount = None if groups["unit"].lower().endswith("s") else 1
    if groups.get("half"):
        amount = (amount or 0) + 0.5
    if groups.get("n2"):  # "two to three years": no single amount
        amount = None
    mod = _HEDGE.get(re.sub(r"\s+", " ", (groups.get("hedge") or "").lower()))
    if mod is None and (is_approx(written) or groups.get("orso")):
        mod = "APPROX"
    return duration(_value(amount, groups["unit"]), mod)


_DUR_PREP = {"for", "in", "within", "over", "about", "after", "than", "nearly", "almost", "past",
             "last", "next", "first", "least", "only", "just", "under", "of", "around", "some",
             "lasting", "took", "takes", "spent", "spend", "the", "to", "until", "before", "during",
             "throughout"}
# Words before a bare plural unit ("for years", "took months") that make it a duration.
_BARE_PLURAL_PREP = {"for", "within", "over", "in", "of", "lasting", "took", "takes", "than",
                     "recent", "past", "long", "after", "few"}
_ONE = ("a", "an", "one")
# "$5 a day", "twice a year", "300 buses a day" are rates, not durations.
_RATE_BEFORE = re.compile(r"(?:\d|percent|%|times|once|twice|cents?|dollars?)\s*$")
# How far back a rate's quantity may stand ("300 buses a day"), in characters:
# the window looked at, and the most that may separate the number from "a week".
_RATE_REACH_CHARS = 40
_QUANTITY_GAP_CHARS = 30
_QUANTITY_BEFORE = re.compile(
    rf"(?:\d|\b(?:million|billion|thousand|hundred)\b)[^.,;:]{{0,{_QUANTITY_GAP_CHARS}}}$")
# How far back a rate marker ("$5 a day", "twice a year") or an interjection
# ("wait a minute") may stand before "a day"/"a minute", in characters.
_MARKER_REACH_CHARS = 12
_FRACTION_AFTER = re.compile(r"\s+(?:of|percent|point)\b")
_AGE_AFTER = re.compile(r"[\s-]*old\b")


def _accept_duration(groups, text, start, end):
    amount = (groups.get("n") or "").lower()
    unit = groups["unit"].lower()
    sentence_start = prev_token(text, start)[-1:] in ("", ".", "!", "?", '"')
    if groups["unit"][:1].isupper() and not sentence_start:
        return False  # "48 Hours", "Ten Days": titles
    if not amount and not unit.endswith("s"):
        return False  # "the second", "last year": ordinals and deictics belong to other rules
    if _AGE_AFTER.match(text, end) or text[start:end].lower().endswith("old"):
        return False  # ages are not annotated as durations in TimeBank
    if unit.startswith("quarter"):
        fraction_of = amount in _ONE + ("three", "two") and _FRACTION_AFTER.match(text, end)
        if fraction_of or "-quarter" in text[start:end].lower():
            return False  # "a quarter of", "three-quarters": fractions
    if amount in _ONE and unit in ("second", "minute") and not _short_span_ok(text, start, end):
        return False
    if amount in _ONE:
        if _RATE_BEFORE.search(text[max(0, start - _MARKER_REACH_CHARS):start].lower()):
            return False
        if prev_word(text, start) not in _DUR_PREP \
                and _QUANTITY_BEFORE.search(text[max(0, start - _RATE_REACH_CHARS):start]):
            return False
    if not amount and not groups.get("pre") and not groups.get("hedge") and unit.endswith("s"):
        return prev_word(text, start) in _BARE_PLURAL_PREP
    if amount in ("some", "many", "few") and not groups.get("pre") \
            and unit in ("days", "times", "day"):
        return prev_word(text, start) in ("for", "in", "within", "over")
    return True


# After "a second"/"a minute" these words keep it a span of time ("a second later",
# "a minute or two", "a minute's silence"); any other word makes it an ordinal or idiom.
_SPAN_NEXT = {"later", "earlier", "ago", "after", "before", "or", "and", "of", "to", "in", "into",
              "for", "when", "while", "until", "till", "at", "on", "the", "that", "then", "as",
              "so", "each", "every", "per", "longer", "more", "too", "s"}
_INTERJECTION = re.compile(r"(?:^|[\s\"'“(])(?:wait|hang\s+on|hold\s+on|just)\s*$", re.I)
_FOLLOWING_WORD = re.compile(r"\s*(['’]s\b|[A-Za-z]+|\S?)")
_STANDS_ALONE = re.compile(r"\s*(?:[,!?.;—-]|$)")


def _short_span_ok(text: str, start: int, end: int) -> bool:
    """ "a second round", "a second time" are ordinals and "wait a minute!" an idiom;
    TimeML annotates only real spans ("for a second", "a minute later")."""
    following = _FOLLOWING_WORD.match(text, end).group(1).lower().lstrip("'’")
    if following and following[0].isalpha() and following not in _SPAN_NEXT:
        return False
    # "Wait a minute!" / "just a second, please": the interjection stands alone
    return not (_INTERJECTION.search(text, max(0, start - _MARKER_REACH_CHARS), start)
                and _STANDS_ALONE.match(text, end))


_DUR_DETERMINER = (
    r"(?P<pre>the\s+(?:(?:past|last|next|first|previous|coming|following|latest|final|remaining|"
    r"initial|same|ensuing|preceding|better\s+part\s+of\s+the)\s+)?|"
    r"(?:the\s+)?(?:past|next|last|first|coming)\s+)")
_DUR_AMOUNT = (rf"(?P<n>{NUMBER})(?:\s*(?:to|-|or)\s*(?P<n2>{NUMBER}))?"
               r"(?P<half>\s+and\s+a\s+half)?[\s-]+")
_DUR_ADJECTIVE = (r"(?:more|additional|full|straight|consecutive|long|trading|calendar|"
                  r"business)\s+")
_DUR = (rf"{WORD_START}{_DUR_DETERMINER}?(?:(?P<hedge>{_HEDGE_RX})\s+)?"
        rf"(?:(?P<pre2>the\s+(?:past|last|next|first))\s+)?(?:{_DUR_AMOUNT})?(?:{_DUR_ADJECTIVE})?"
        rf"(?P<unit>{UNITS_PL})(?P<half2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?{WORD_END}")


def _accept_dur_full(groups, text, start, end):
    if not _accept_duration(groups, text, start, end):
        return False
    # adjectival "the 30-day period": TimeBank leaves the determiner out
    span = text[start:end].lower()
    return not (span.startswith("the ") and re.search(r"\w-\w", span) and not groups.get("pre2")
                and "past" not in span and "next" not in span)


def _resolve_dur_full(groups, ctx, start, end):
    if " ".join(ctx.text[start:end].lower().split()) == "one day" \
            and prev_word(ctx.text, start) in MODALS | {"to"}:
        return ref_value("FUTURE_REF")  # "<modal> one day": an indefinite future, not 24 hours
    if groups.get("half2"):
        groups = dict(groups, half="x")
    return _resolve_duration(groups, ctx, start, end)


# --- sets ---------------------------------------------------------------------
_RATE = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
         "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D",
         "biweekly": "P2W", "fortnightly": "P2W", "biannually": "P6M", "semiannually": "P6M"}


def _resolve_every(groups, ctx, start, end):
    word = groups["w"].lower()
    if groups.get("n"):
        every = parse_number(groups["n"])
    else:
        every = 2 if groups.get("other") else 1
    if word.rstrip("s") in WEEKDAYS:
        return set_(f"XXXX-WXX-{WEEKDAYS[word.rstrip('s')]}")
    if word in MONTHS:
        return set_(f"XXXX-{MONTHS[word]:02d}")
    if word in SEASONS:
        return set_(f"XXXX-{SEASONS[word]}")
    if word in PARTS_OF_DAY:
        return set_(f"XXXX-XX-XXT{PARTS_OF_DAY[word]}")
    if word == "weekend":
        return set_("XXXX-WXX-WE")
    return set_(_value(every, word))


_FUNCTION = {"and", "or", "to", "in", "on", "at", "for", "by", "from", "since", "until", "the",
             "a", "an", "but", "with", "as", "than", "during", "through", "over", "into", "this",
             "that"}


def _adverbial(text: str, start: int, end: int) -> bool:
    """ "paid weekly" is a SET; "a weekly magazine", "quarterly bonus" are not."""
    following = next_word(text, end)
    if text[start].isupper() and prev_word(text, start)[:1].isupper():
        return False
    return not following or following.lower() in _FUNCTION or not text[end:end + 1].isspace()


_ONLY_ADVERBIAL = ("quarterly", "annually", "yearly", "monthly", "semiannually", "biannually")
_STATISTIC_AFTER = re.compile(r"\s+(?:record|high|low|total|average|figures?|gains?|loss(?:es)?|"
                              r"declines?|rises?|increases?)\b", re.I)


def _accept_rate(groups, text, start, end):
    """ "daily", "weekly" are SETs even as adjectives ("his weekly address"), but not in
    names ("the Weekly Standard"); "quarterly"/"annually" only as adverbs, since
    "quarterly bonus" is a kind of payment, not a time."""
    word = groups["w"].lower()
    if text[start].isupper() and prev_token(text, start)[-1:].isalpha():
        return False
    if word in _ONLY_ADVERBIAL:
        return _adverbial(text, start, end)
    return not _STATISTIC_AFTER.match(text, end)


def _resolve_rate(groups, ctx, start, end):
    return set_(_RATE[groups["w"].lower()])


def _resolve_times_per(groups, ctx, start, end):
    return set_(_value(1, groups["unit"]))


def _resolve_recent(groups, ctx, start, end):
    word, unit = groups["w"].lower(), groups["unit"].lower()
    if unit in ("years", "decades", "days", "weeks") or word == "past":
        return ref_value("PAST_REF" if word in ("recent", "past") else "FUTURE_REF")
    return duration(_value(None, unit))


_EVERY_WHAT = rf"(?P<w>{WEEKDAY}|{MONTH_FULL}|{SEASON}|{PART_OF_DAY}|weekend|{UNITS_PL})"
_RATE_WORD = (r"(?P<w>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly|"
              r"fortnightly|semiannually)")

RULES = [
    Rule("every",
         rf"{WORD_START}(?:every|each)\s+(?:(?P<other>other)\s+|(?P<n>{NUMBER})\s+)?"
         rf"{_EVERY_WHAT}{WORD_END}",
         _resolve_every),
    Rule("times_per",
         rf"{WORD_START}(?:once|twice|(?:{NUMBER})\s+times)\s+(?:a|an|per|every|each)\s+"
         rf"(?P<unit>{UNIT}){WORD_END}",
         _resolve_times_per),
    Rule("rate_word", rf"{WORD_START}{_RATE_WORD}{WORD_END}", _resolve_rate, _accept_rate),
    Rule("duration", _DUR, _resolve_dur_full, _accept_dur_full),
    Rule("recent_units",
         rf"{WORD_START}(?:the\s+)?(?P<w>recent|coming|upcoming|past)\s+"
         rf"(?P<unit>days|weeks|months|years|decades|quarters){WORD_END}",
         _resolve_recent),
]
