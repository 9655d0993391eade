"""Deictic and anaphoric dates: yesterday, last week, earlier this month,
three days ago, the next day, that year.

"ago" counts from publication; "later", "earlier", "the next day" and
"that year" count from the story's clock (the last date mentioned).
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules
from .granules import Granule
from .lexicon import ORDINAL_WORD, PARTS_OF_DAY, UNITS_PL, unit_of
from .numbers import NUMBER, parse_number
from .rulebase import WORD_END, WORD_START, Resolution, Rule, duration, prev_token, prev_word
from .rules_fiscal import REPORTING_LAG_DAYS

# Earnings stories compare a result with "a year ago" / "last year": the
# same quarter a year earlier, while the quarter the story reports was named
# within this many characters (a few paragraphs of results).
REPORTED_QUARTER_REACH_CHARS = 1000
# "compared with $3 million last year" compares with the same quarter a year back
# when that quarter is the date the story is on, named this close before, in characters.
COMPARED_QUARTER_REACH_CHARS = 250
# "the year" repeats the year just named if it was named this close before, in characters.
NAMED_YEAR_ECHO_CHARS = 200

_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}
_EDGE = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID"}
_SPACES = re.compile(r"\s+")


def _words(text: str | None) -> str:
    """Lower case with single spaces, "" for a missing group."""
    return _SPACES.sub(" ", (text or "").lower()).strip()


def _day_from_ref(ctx, offset: int) -> Granule:
    if ctx.reference is None:
        return granules.unknown("day")
    return granules.day(ctx.reference + dt.timedelta(days=offset))


def _resolve_dayword(groups, ctx, start, end):
    word = _words(groups["w"])
    if word == "the day before yesterday":
        day = _day_from_ref(ctx, -2)
    elif word == "the day after tomorrow":
        day = _day_from_ref(ctx, 2)
    else:
        day = _day_from_ref(ctx, _DAY_WORDS[word])
    mod = _EDGE.get(_words(groups.get("emod")))
    part = _words(groups.get("pod") or groups.get("pod0")).replace("mid", "").strip("- ")
    part = {"day": "afternoon"}.get(part, part)  # "midday" is early afternoon
    if word == "tonight":
        return Resolution("TIME", granules.part_of_day(day, "NI"), mod)
    if part:
        return Resolution("TIME", granules.part_of_day(day, PARTS_OF_DAY[part]), mod)
    return Resolution("DATE", day, mod)


def _accept_dayword(groups, text, start, end):
    """A capitalised day word after a capitalised token is a title ("Good Morning Today")."""
    before = prev_token(text, start)
    return not (text[start].isupper() and before[:1].isupper() and before[-1:].isalpha())


_STORY_DAY_SHIFT = {"the next": 1, "the following": 1, "the previous": -1}


def _resolve_this_pod(groups, ctx, start, end):
    word = _words(groups["w"])
    part = PARTS_OF_DAY[groups["pod"].lower()]
    if word in ("last", "overnight"):
        day = _day_from_ref(ctx, -1)
    elif word in ("that", "the same", "the") or word.startswith("the "):
        anchor = ctx.story_anchor()
        if anchor and anchor.earliest:
            day = granules.day(anchor.earliest + dt.timedelta(days=_STORY_DAY_SHIFT.get(word, 0)))
        else:
            day = granules.unknown("day")
    else:
        day = _day_from_ref(ctx, 0)
    mod = _EDGE.get(_words(groups.get("emod")))
    return Resolution("TIME", granules.part_of_day(day, part), mod)


def _resolve_story_pod(groups, ctx, start, end):
    """ "in the morning", "by mid-afternoon": a part of the day the story is on."""
    anchor = ctx.story_anchor()
    part = PARTS_OF_DAY[groups["pod"].lower()]
    if anchor is not None and anchor.precision in ("day", "time") and anchor.earliest:
        day = granules.day(anchor.earliest)
        if (anchor.value.endswith(("TEV", "TNI")) and part in ("MO", "AF")
                and ctx.reference is not None and anchor.earliest < ctx.reference):
            # "shot on Tuesday evening … the president called him in the morning",
            # "shots fired overnight … detained two suspects in the afternoon": the
            # story has gone on into the next day (not past publication)
            day = granules.day(anchor.earliest + dt.timedelta(days=1))
    else:
        day = _day_from_ref(ctx, 0)
    return Resolution("TIME", granules.part_of_day(day, part), "MID" if groups.get("mid") else None)


# "in the morning" is that day's morning after "in"/"by"/"until"; elsewhere "the
# morning" is often the noun ("the morning was calm", "a morning of talks").
_STORY_POD_PREPOSITIONS = frozenset(("in", "by", "until", "till", "since"))


def _accept_story_pod(groups, text, start, end):
    return bool(groups.get("mid")) or prev_word(text, start) in _STORY_POD_PREPOSITIONS


# "today is the eighth day of the strike": the day it is said of.
_NTH_DAY_VERBS = frozenset(("is", "s", "it's", "that's", "marks", "marked", "was"))


def _accept_nth_day(groups, text, start, end):
    return prev_word(text, start) in _NTH_DAY_VERBS


def _resolve_nth_day(groups, ctx, start, end):
    if prev_word(ctx.text, start) in ("was", "marked"):
        anchor = ctx.story_anchor()
        if anchor is not None and anchor.precision == "day" and anchor.earliest:
            return Resolution("DATE", granules.day(anchor.earliest))
    return Resolution("DATE", _day_from_ref(ctx, 0))


def _resolve_overnight(groups, ctx, start, end):
    return Resolution("TIME", granules.part_of_day(_day_from_ref(ctx, -1), "NI"))


# "overnight stays", "overnight rates": a kind of thing, not last night.
_OVERNIGHT_NOUN = re.compile(r"\s+(?:stays?|bag|shift|rates?|loans?|lending|market|money)\b", re.I)


def _accept_overnight(groups, text, start, end):
    return not _OVERNIGHT_NOUN.match(text, end)


_UNIT_PREC = {"week": "week", "weekend": "weekend", "month": "month", "year": "year",
              "decade": "decade", "century": "century", "day": "day", "quarter": "quarter"}
_UNIT_LETTER = {"week": "W", "weekend": "W", "month": "M", "year": "Y", "decade": "E",
                "century": "C", "day": "D", "quarter": "Q"}
_BACK = ("last", "the last", "the past", "past", "previous", "the previous", "the preceding")
_AHEAD = ("next", "the next", "the coming", "coming", "the following")
_FROM_STORY = ("that", "the same", "the previous", "the preceding", "the following", "the next")
# Comparisons of a result with an earlier period: "compared with $3 million last year".
# The comparison word may stand this many characters before "last year" (the
# amount compared comes between), looked for in a window a little wider.
_COMPARISON_GAP_CHARS = 60
_COMPARISON_REACH_CHARS = 80
_COMPARISON = re.compile(
    rf"(?:compared|from|with|versus|vs\.?|against)\b[^.;]{{0,{_COMPARISON_GAP_CHARS}}}$")


def _weekend(ctx, rel: str, start: int, end: int) -> Granule:
    ref = ctx.reference
    if ref is None:
        return granules.unknown("weekend")
    if rel in ("last", "past", "previous"):
        return granules.weekend(ref - dt.timedelta(days=7))
    if rel == "next":
        return granules.weekend(ref + dt.timedelta(days=7))
    if rel in ("this", "coming") or ref.isoweekday() >= 6:
        return granules.weekend(ref)
    if ctx.looks_ahead(start, end):
        return granules.weekend(ref)
    return granules.weekend(ref - dt.timedelta(days=7))


def _edge_mod(edge: str) -> str | None:
    if not edge:
        return None
    if any(word in edge for word in ("early", "earlier", "beginning", "start")):
        return "START"
    return "MID" if "mid" in edge else "END"


def reported_quarter_a_year_back(ctx, start: int) -> Granule | None:
    """The reported quarter a year earlier, if an earnings story names one near ``start``.

    Results are compared with the same period a year before, so "a year ago"
    and "compared with ... last year" in such a story mean that quarter.
    """
    if ctx.reported_quarter is not None \
            and start - ctx.reported_quarter_at < REPORTED_QUARTER_REACH_CHARS:
        return granules.shift(ctx.reported_quarter, -1, "Y")
    return None


def _on_a_quarter(ctx, start: int, reach: int) -> bool:
    """Whether the story's clock is on a quarter named less than ``reach`` characters back."""
    return ctx.last_date is not None and ctx.last_date.precision == "quarter" \
        and start - ctx.last_date_at < reach


def _resolve_unit_rel(groups, ctx, start, end):
    rel = _words(groups.get("rel"))
    unit = groups["unit"].lower()
    edge = _words(groups.get("edge"))
    mod = _edge_mod(edge)
    precision = _UNIT_PREC[unit]
    if unit == "weekend":
        return Resolution("DATE", _weekend(ctx, rel.replace("the ", ""), start, end), mod)
    step = -1 if rel in _BACK else 1 if rel in _AHEAD else 0
    from_story = rel in _FROM_STORY or (edge.startswith("later") and rel == "that") \
        or "that" in edge
    if rel == "the next" and unit in ("year", "month", "week") and ctx.last_date is None:
        from_story = False
    granule = ctx.relative(precision, step, _UNIT_LETTER[unit], from_story=from_story)
    if unit == "year" and step == -1 and not edge and rel == "last" \
            and _on_a_quarter(ctx, start, COMPARED_QUARTER_REACH_CHARS) \
            and _COMPARISON.search(ctx.text[max(0, start - _COMPARISON_REACH_CHARS):start]):
        return Resolution("DATE", granules.shift(ctx.last_date, -1, "Y"))
    if unit == "year" and rel in ("the past", "the last") and not edge:
        return Resolution("DATE", granule)
    return Resolution("DATE", granule, mod)


def _accept_unit_rel(groups, text, start, end):
    """Title-case "This Week" inside a name or right after an opening quote is a title
    (a TV programme, a column), not the current week."""
    if not (text[start:end].istitle() and " " in text[start:end]):
        return True
    after_quote = text[start - 1:start] in ('"', "“", "'", "‘")
    return not (prev_word(text, start)[:1].isalpha() or after_quote)


_REL = (r"(?P<rel>last|next|this|past|coming|that|"
        r"the\s+(?:current|past|last|coming|previous|preceding|following|same|next))")
_EDGE_RX = (r"(?P<edge>(?:earlier|later|early|late|mid|by\s+the\s+end\s+of|the\s+end\s+of|"
            r"end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)"
            r"(?:[\s-]+in)?[\s-]+)")
_AGO_MOD = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
            "nearly": "APPROX", "almost": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN",
            "less than": "LESS_THAN", "just": None}
_FORWARD = ("later", "after", "from now", "hence", "on")
_FROM_PUBLICATION = ("ago", "back", "from now", "hence")
_ANCHOR_PRECISIONS = ("day", "month", "quarter", "year", "week")


def _resolve_ago(groups, ctx, start, end):
    amount = parse_number(groups["n"])
    letter, is_time, precision = unit_of(groups["unit"])
    direction = groups["dir"].lower()
    mod = _AGO_MOD.get(_words(groups.get("mod")))
    time_mark = "T" if is_time else ""
    if amount is None:
        if direction in ("ago", "back"):
            return Resolution("DATE", Granule("PAST_REF", None, None, None), mod)
        return duration(f"P{time_mark}X{letter}", mod)
    if is_time or precision is None:
        written = str(int(amount)) if amount == int(amount) else str(amount)
        return duration(f"P{time_mark}{written}{letter}", mod)
    sign = 1 if direction in _FORWARD else -1
    if direction in _FROM_PUBLICATION:
        if ctx.reference is None:
            return Resolution("DATE", granules.unknown(precision), mod)
        if letter == "Y" and amount == 1:
            same_quarter = reported_quarter_a_year_back(ctx, start)
            if same_quarter is not None:
                return Resolution("DATE", same_quarter, mod)
        if precision in ("decade", "century"):
            precision = "year"  # "a decade ago" is a year (1989), not the 1980s
        moved = granules.add(ctx.reference, sign * amount, letter)
        return Resolution("DATE", granules.containing(precision, moved), mod)
    anchor = ctx.story_anchor()
    if anchor is None or anchor.earliest is None:
        return Resolution("DATE", granules.unknown(precision), mod)
    if anchor.precision == "quarter" and letter == "Y" and sign < 0 and ctx.reference is not None \
            and anchor.earliest.year < (ctx.reference - dt.timedelta(days=REPORTING_LAG_DAYS)).year:
        # a quarter of a year before the reported one: already the year-earlier period
        return Resolution("DATE", anchor, mod)
    keep = anchor.precision if anchor.precision in _ANCHOR_PRECISIONS else precision
    if _coarser(keep, than=precision):
        keep = precision
    moved = granules.add(anchor.earliest, sign * amount, letter)
    return Resolution("DATE", granules.containing(keep, moved), mod)


_ORDER = ["day", "week", "month", "quarter", "year", "decade", "century"]


def _coarser(precision: str, than: str) -> bool:
    """True when ``precision`` is coarser than ``than``: "a year later" after a day stays a
    day, after a decade becomes a year."""
    if precision in _ORDER and than in _ORDER:
        return _ORDER.index(precision) > _ORDER.index(than)
    return False


def _accept_ago(groups, text, start, end):
    return not groups["unit"].lower().startswith("night")


_AHEAD_WORDS = ("next", "following", "after")
_BACK_WORDS = ("before", "previous", "preceding", "earlier", "prior")


def _resolve_next_day(groups, ctx, start, end):
    word = _words(groups["w"])
    offset = 1 if any(k in word for k in _AHEAD_WORDS) else \
        -1 if any(k in word for k in _BACK_WORDS) else 0
    if "later" in word:
        offset = 1
    if word.endswith(("after", "before")) and _AFTER_HAPPENING.match(ctx.text, end) and (
            ctx.last_date is None or not _SENTENCE_END.search(ctx.text, ctx.last_date_at, start)):
        # counted from a happening ("a day after lawmakers approved the reform"): the
        # story's last date says when that was only when an earlier sentence told it
        # ("…died on Oct. 23. The day after his death…"); "on Wednesday, a day after
        # the attack" counts back from Wednesday, and with no date yet nothing is known
        return Resolution("DATE", granules.unknown("day"))
    anchor = ctx.story_anchor()
    if anchor is None or anchor.earliest is None:
        return Resolution("DATE", granules.unknown("day"))
    return Resolution("DATE", granules.day(anchor.earliest + dt.timedelta(days=offset)))


# "the day after the attack" names another event's day, not the story's clock,
# except "the day before", which composite.py joins to a following date.
_DAY_OF_EVENT = re.compile(r"\s+(?:of|that|when|in\s+which)\b", re.I)
# "a day after lawmakers approved it", "the day before the vote": counted from a
# happening, not from a date (a date or holiday after it is capitalised, a number or
# "last …", and composite.py joins those).
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_AFTER_HAPPENING = re.compile(r"\s+(?!(?:last|next|this|early|late|mid)\b)[a-z]")


def _accept_next_day(groups, text, start, end):
    return not _DAY_OF_EVENT.match(text, end) or "day before" in groups["w"].lower()


_YEAR_STEP = {"latest": -1, "last": -1, "previous": -1, "next": 1}


# "the year ended Sept. 30" is a twelve-month period; so is "the year" after a
# preposition of extent ("in the year", "throughout the year").  Otherwise, as
# in "results for the year", "the first half of the year", it is the year itself.
_PERIOD_END_AFTER = re.compile(r"\s+(?:ended|ending|ends|to)\b", re.I)
_EXTENT_BEFORE = frozenset(("in", "within", "throughout", "during", "over", "a", "per"))


def _year_as_span(text: str, start: int, end: int) -> bool:
    return bool(_PERIOD_END_AFTER.match(text, end)) or prev_word(text, start) in _EXTENT_BEFORE


def _resolve_the_year(groups, ctx, start, end):
    rel = _words(groups.get("rel"))
    if rel == "same":
        return _resolve_unit_rel(dict(groups, rel="that", unit="year"), ctx, start, end)
    if not rel and not groups.get("full") and _year_as_span(ctx.text, start, end):
        return duration("P1Y")
    if not rel and ctx.last_date is not None and ctx.last_date.precision == "year" \
            and start - ctx.last_date_at < NAMED_YEAR_ECHO_CHARS:
        return Resolution("DATE", ctx.last_date)
    return Resolution("DATE", ctx.relative("year", _YEAR_STEP.get(rel, 0), "Y"))


def _resolve_in_the(groups, ctx, start, end):
    """ "later in the day/month": the story clock's unit, or publication's if it has none."""
    if groups["unit"].lower() == "day":
        edge = "START" if groups["edge"].lower().startswith("earl") else "END"
        anchor = ctx.story_anchor()
        if anchor and anchor.earliest:
            day = granules.containing("day", anchor.earliest)
        else:
            day = granules.unknown("day")
        return Resolution("DATE", day, edge)
    told = ctx.last_date is not None and ctx.last_date.precision not in (None, "day")
    return _resolve_unit_rel(dict(groups, rel="that" if told else "this"), ctx, start, end)


def _resolve_the_weekend(groups, ctx, start, end):
    return _resolve_unit_rel(dict(groups, rel=""), ctx, start, end)


def _resolve_edge_of_unit(groups, ctx, start, end):
    return _resolve_unit_rel(dict(groups, rel="this"), ctx, start, end)


def _resolve_year_end(groups, ctx, start, end):
    step = {"last": -1, "next": 1}.get(_words(groups.get("rel")), 0)
    return Resolution("DATE", ctx.relative("year", step, "Y"), "END")


_DAY_WORD = (r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
             r"yesterday|today|tomorrow|tonight)")
_DAY_WORD_PARTS = (r"(?:(?P<pod0>mid-?afternoon|mid-?morning|mid-?day)\s+)?"
                   r"(?:(?P<emod>early|earlier|late|later|mid)[\s-]+)?")
_STORY_DAY = (r"(?P<w>the\s+(?:next|following|previous|preceding|same)\s+day|"
              r"the\s+day\s+(?:before|after)|a\s+day\s+(?:earlier|later|before|after)|"
              r"that\s+(?:same\s+)?day|the\s+day\s+prior|the\s+same\s+day)")
_AGO_HEDGE = (r"(?P<mod>about|around|roughly|some|nearly|almost|more\s+than|less\s+than|over|"
              r"just|only)")
_AGO_DIRECTION = r"(?P<dir>ago|earlier|later|back|from\s+now|hence)"
_UNIT_EDGE = (r"(?P<edge>the\s+end\s+of\s+|the\s+beginning\s+of\s+|the\s+start\s+of\s+|"
              r"the\s+middle\s+of\s+)")
_THE_YEAR = (r"the\s+(?P<rel>current\s+|latest\s+|last\s+|previous\s+|next\s+|same\s+)?"
             r"(?:fiscal\s+|(?P<full>full|calendar)\s+)?year")

RULES = [
    Rule("day_word",
         rf"{WORD_START}{_DAY_WORD_PARTS}{_DAY_WORD}"
         rf"(?:\s+(?P<pod>morning|afternoon|evening|night))?{WORD_END}",
         _resolve_dayword, _accept_dayword),
    Rule("part_of_day",
         rf"{WORD_START}(?:(?P<emod>early|late|earlier|later)\s+)?"
         rf"(?P<w>this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+"
         rf"(?P<pod>morning|afternoon|evening|night){WORD_END}",
         _resolve_this_pod),
    Rule("overnight", rf"{WORD_START}overnight{WORD_END}", _resolve_overnight, _accept_overnight),
    Rule("nth_day_of",
         rf"{WORD_START}the\s+(?:{ORDINAL_WORD}|\d{{1,3}}(?:st|nd|rd|th))\s+"
         rf"(?:straight\s+|consecutive\s+)?day(?=\s+of\b)",
         _resolve_nth_day, _accept_nth_day),
    Rule("story_part_of_day",
         rf"{WORD_START}(?:the\s+|(?P<mid>mid)(?:-|\s)?)"
         rf"(?P<pod>morning|afternoon|evening){WORD_END}",
         _resolve_story_pod, _accept_story_pod),
    Rule("next_day", rf"{WORD_START}{_STORY_DAY}{WORD_END}", _resolve_next_day, _accept_next_day),
    Rule("ago",
         rf"{WORD_START}(?:{_AGO_HEDGE}\s+)?(?P<n>{NUMBER})\s+(?P<unit>{UNITS_PL})"
         rf"(?:\s+or\s+so)?\s+"
         rf"{_AGO_DIRECTION}{WORD_END}",
         _resolve_ago, _accept_ago),
    Rule("unit_relative",
         rf"{WORD_START}(?:{_EDGE_RX})?{_REL}\s+"
         rf"(?P<unit>week|weekend|month|year|decade|century){WORD_END}",
         _resolve_unit_rel, _accept_unit_rel),
    Rule("unit_relative_in_the",
         rf"{WORD_START}(?P<edge>(?:earlier|later|early|late)\s+in\s+)the\s+"
         rf"(?P<unit>week|month|year|day){WORD_END}",
         _resolve_in_the),
    Rule("the_weekend", rf"{WORD_START}the\s+(?P<unit>weekend){WORD_END}", _resolve_the_weekend),
    Rule("the_end_of_year",
         rf"{WORD_START}{_UNIT_EDGE}the\s+(?P<unit>year|month|week|decade){WORD_END}"
         ,
         _resolve_edge_of_unit),
    Rule("fiscal_year", rf"{WORD_START}{_THE_YEAR}{WORD_END}", _resolve_the_year),
    Rule("year_end",
         rf"{WORD_START}(?:(?P<rel>this|last|next)\s+)?year(?:[\s-]|['’]s\s+)end{WORD_END}",
         _resolve_year_end),
]
