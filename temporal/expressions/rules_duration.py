"""Durations, sets and the vague _REF values.

Spans follow TimeBank: the determiner and "past/next" belong to the duration
("the past three months"), so do hedges ("more than two years", carried as
TIMEX3 mod); "two-year" and "99-year-old" are durations too.
"""
from __future__ import annotations

import re

from .lexicon import MONTH_FULL, MONTHS, PART_OF_DAY, PARTS_OF_DAY, SEASON, SEASONS, UNIT, UNITS_PL, WEEKDAY, WEEKDAYS, unit_of
from .numbers import NUMBER, format_amount, is_approx, parse_number
from .rulebase import B, E, Rule, duration, prev_token, prev_word, ref_value, set_

# "over" and "within" are TimeML signals, left outside the span.
_HEDGE = {"more than": "MORE_THAN",
          "upwards of": "MORE_THAN", "longer than": "MORE_THAN",
          "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
          "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
          "nearly": "APPROX", "almost": "APPROX", "about": "APPROX",
          "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
          "close to": "APPROX", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE"}
_HEDGE_RX = "|".join(sorted((h.replace(" ", r"\s+") for h in _HEDGE), key=len, reverse=True))


def _value(n: float | None, unit_word: str) -> str:
    letter, is_time, _ = unit_of(unit_word)
    t = "T" if is_time else ""
    if n is None:
        return f"P{t}X{letter}"
    if letter == "E":
        return f"P{format_amount(n * 10)}Y"
    if letter == "C":
        return f"P{format_amount(n * 100)}Y"
    if n != int(n):
        if letter == "Y":
            return f"P{int(n)}Y{round((n - int(n)) * 12)}M" if n >= 1 else f"P{round(n * 12)}M"
        if letter == "H":
            return f"PT{int(n)}H{round((n - int(n)) * 60)}M" if n >= 1 else f"PT{round(n * 60)}M"
        if letter == "D":
            return f"PT{round(n * 24)}H"
        if letter == "M" and is_time:
            return f"PT{int(n)}M{round((n - int(n)) * 60)}S" if n >= 1 else f"PT{round(n * 60)}S"
        if letter == "W":
            return f"P{round(n * 7)}D"
        if letter == "M" and not is_time:
            return f"P{round(n * 30)}D" if n < 1 else f"P{format_amount(n)}M"
    return f"P{t}{format_amount(n)}{letter}"


def _resolve_duration(g, ctx, start, end):
    numtxt = g.get("n") or ""
    n = parse_number(numtxt) if numtxt else (None if g["unit"].lower().endswith("s") else 1)
    if g.get("half"):
        n = (n or 0) + 0.5
    if g.get("n2"):
        n = None
    hedge = re.sub(r"\s+", " ", (g.get("hedge") or "").lower())
    mod = _HEDGE.get(hedge)
    if mod is None and (is_approx(numtxt) or g.get("orso")):
        mod = "APPROX"
    return duration(_value(n, g["unit"]), mod)


_DUR_PREP = {"for", "in", "within", "over", "about", "after", "than", "nearly", "almost", "past", "last",
             "next", "first", "least", "only", "just", "under", "of", "around", "some", "lasting", "took",
             "takes", "spent", "spend", "the", "to", "until", "before", "during", "throughout"}


def _accept_duration(g, text, start, end):
    n = (g.get("n") or "").lower()
    unit = g["unit"].lower()
    before = text[max(0, start - 12):start].lower()
    if g["unit"][:1].isupper() and prev_token(text, start)[-1:] not in ("", ".", "!", "?", '"'):
        return False  # "60 Minutes", "Seven Days": titles
    if not n and not unit.endswith("s"):
        return False  # "the second", "last year": ordinals and deictics belong to other rules
    if re.match(r"[\s-]*old\b", text[end:end + 6]) or text[start:end].lower().endswith("old"):
        return False  # ages are not annotated as durations in TimeBank
    if unit.startswith("quarter") and (n in ("a", "an", "one", "three", "two") and re.match(r"\s+(?:of|percent|point)\b", text[end:end + 9])
                                       or "-quarter" in text[start:end].lower()):
        return False  # "a quarter of", "three-quarters": fractions
    if n in ("a", "an", "one") and unit in ("second", "minute") and not _short_span_ok(text, start, end):
        return False
    if n in ("a", "an", "one"):
        # "$5 a day", "twice a year", "700 seats a week" are rates, not durations
        if re.search(r"(?:\d|percent|%|times|once|twice|cents?|dollars?)\s*$", before):
            return False
        pw = prev_word(text, start)
        if pw not in _DUR_PREP and re.search(r"(?:\d|\b(?:million|billion|thousand|hundred)\b)[^.,;:]{0,30}$", text[max(0, start - 40):start]):
            return False
    if not n and not g.get("pre") and not g.get("hedge") and unit.endswith("s"):
        return prev_word(text, start) in ("for", "within", "over", "in", "of", "lasting", "took", "takes", "than", "recent", "past", "long", "after", "few")
    if n in ("some", "many", "few") and not g.get("pre") and unit in ("days", "times", "day"):
        return prev_word(text, start) in ("for", "in", "within", "over")
    return True


# After "a second"/"a minute" these words keep it a span of time ("a second later",
# "a minute or two", "a minute's silence"); any other word makes it an ordinal or idiom.
_SPAN_NEXT = {"later", "earlier", "ago", "after", "before", "or", "and", "of", "to", "in", "into", "for",
              "when", "while", "until", "till", "at", "on", "the", "that", "then", "as", "so", "each",
              "every", "per", "longer", "more", "too", "s"}
_INTERJECTION = re.compile(r"(?:^|[\s\"'“(])(?:wait|hang\s+on|hold\s+on|just)\s*$", re.I)


def _short_span_ok(text: str, start: int, end: int) -> bool:
    """ "a second round", "a second time" are ordinals and "wait a minute!" an idiom;
    TimeML annotates only real spans ("for a second", "a minute later")."""
    nxt = re.match(r"\s*(['’]s\b|[A-Za-z]+|\S?)", text[end:end + 20]).group(1).lower().lstrip("'’")
    if nxt and nxt[0].isalpha() and nxt not in _SPAN_NEXT:
        return False
    # "Wait a minute!" / "just a second, please": the interjection stands alone
    return not (_INTERJECTION.search(text, max(0, start - 12), start) and re.match(r"\s*(?:[,!?.;—-]|$)", text[end:end + 2]))


_DUR = (rf"{B}(?P<pre>the\s+(?:(?:past|last|next|first|previous|coming|following|latest|final|remaining|initial|same|ensuing|preceding|better\s+part\s+of\s+the)\s+)?|"
        rf"(?:the\s+)?(?:past|next|last|first|coming)\s+)?"
        rf"(?:(?P<hedge>{_HEDGE_RX})\s+)?(?:(?P<pre2>the\s+(?:past|last|next|first))\s+)?"
        rf"(?:(?P<n>{NUMBER})(?:\s*(?:to|-|or)\s*(?P<n2>{NUMBER}))?(?P<half>\s+and\s+a\s+half)?[\s-]+)?(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+|long\s+|trading\s+|calendar\s+|business\s+)?"
        rf"(?P<unit>{UNITS_PL})(?P<half2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?{E}")


def _accept_dur_full(g, text, start, end):
    if not _accept_duration(g, text, start, end):
        return False
    # adjectival "the 30-day period": TimeBank leaves the determiner out
    return not (text[start:start + 4].lower() == "the " and re.search(r"\w-\w", text[start:end])
                and not g.get("pre2") and "past" not in text[start:end].lower() and "next" not in text[start:end].lower())


_MODAL = {"will", "would", "could", "might", "may", "can", "shall", "should", "to", "must"}


def _resolve_dur_full(g, ctx, start, end):
    if " ".join(ctx.text[start:end].lower().split()) == "one day" and prev_word(ctx.text, start) in _MODAL:
        return ref_value("FUTURE_REF")  # "Islam will one day be...": an indefinite future, not 24 hours
    if g.get("half2"):
        g = dict(g, half="x")
    return _resolve_duration(g, ctx, start, end)


# --- sets ---------------------------------------------------------------------
_RATE = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
         "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W",
         "fortnightly": "P2W", "biannually": "P6M", "semiannually": "P6M"}


def _resolve_every(g, ctx, start, end):
    word = g["w"].lower()
    n = parse_number(g["n"]) if g.get("n") else (2 if g.get("other") else 1)
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
    return set_(_value(n, word))


_FUNCTION = {"and", "or", "to", "in", "on", "at", "for", "by", "from", "since", "until", "the", "a", "an",
             "but", "with", "as", "than", "during", "through", "over", "into", "this", "that", "since"}


def _adverbial(text: str, start: int, end: int) -> bool:
    """ "paid weekly" is a SET; "a weekly magazine", "quarterly dividend" are not."""
    from .rulebase import next_word
    nw = next_word(text, end)
    if text[start].isupper() and prev_word(text, start)[:1].isupper():
        return False
    return not nw or nw.lower() in _FUNCTION or not text[end:end + 1].isspace()


def _rate_ok(word: str, text: str, start: int, end: int) -> bool:
    """ "daily", "weekly" are SETs even as adjectives ("his weekly address"), but not in
    names ("the Weekly Standard"); "quarterly"/"annually" only as adverbs, since
    "quarterly dividend" is a kind of payment, not a time."""
    if text[start].isupper() and prev_token(text, start)[-1:].isalpha():
        return False
    if word in ("quarterly", "annually", "yearly", "monthly", "semiannually", "biannually"):
        return _adverbial(text, start, end)
    return not re.match(r"\s+(?:record|high|low|total|average|figures?|gains?|loss(?:es)?|declines?|rises?|increases?)\b",
                        text[end:end + 14], re.I)


def _resolve_times_per(g, ctx, start, end):
    return set_(_value(1, g["unit"]))


def _resolve_recent(g, ctx, start, end):
    w, unit = g["w"].lower(), g["unit"].lower()
    if unit in ("years", "decades", "days", "weeks") or w == "past":
        return ref_value("PAST_REF" if w in ("recent", "past") else "FUTURE_REF")
    return duration(_value(None, unit))


RULES = [
    Rule("every", rf"{B}(?:every|each)\s+(?:(?P<other>other)\s+|(?P<n>{NUMBER})\s+)?(?P<w>{WEEKDAY}|{MONTH_FULL}|{SEASON}|{PART_OF_DAY}|weekend|{UNITS_PL}){E}",
         _resolve_every),
    Rule("times_per", rf"{B}(?:once|twice|(?:{NUMBER})\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit>{UNIT}){E}", _resolve_times_per),
    Rule("rate_word", rf"{B}(?P<w>daily|weekly|monthly|yearly|annually|hourly|quarterly|nightly|biweekly|fortnightly|semiannually){E}",
         lambda g, c, s, e: set_(_RATE[g["w"].lower()]),
         lambda g, t, s, e: _rate_ok(g["w"].lower(), t, s, e)),
    Rule("duration", _DUR, _resolve_dur_full, _accept_dur_full),
    Rule("recent_units", rf"{B}(?:the\s+)?(?P<w>recent|coming|upcoming|past)\s+(?P<unit>days|weeks|months|years|decades|quarters){E}",
         _resolve_recent),
]
