"""Quantities as news prose writes them: digits, words, and vague amounts.

A vague amount ("a few", "several") parses to None and becomes the TIMEX3
placeholder X (``PXY``) rather than a guessed number, as TimeML requires.
"""
from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
VAGUE = ("a few", "few", "several", "many", "some", "a number of", "numerous",
         "dozens of", "hundreds of", "thousands of", "a couple of", "couple of")
# "a couple of" is exactly two in TimeBank's annotation, but marked APPROX.
_APPROX = {"a couple of": 2, "couple of": 2}


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNITS_RX, _TENS_RX = _alt(_UNITS), _alt(_TENS)
_SIMPLE = rf"(?:(?:{_TENS_RX})(?:[\s-]+(?:{_UNITS_RX}))?|{_UNITS_RX})"
WORD_NUMBER = (rf"(?:(?:a|one|{_SIMPLE})[\s-]+(?:hundred|thousand)"
               rf"(?:[\s-]+(?:and[\s-]+)?{_SIMPLE})?|{_SIMPLE})")
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2|\s*½)?"
FRACTION_PREFIX = r"(?:half\s+an?|a\s+half)"
NUMBER = (rf"(?:{DIGITS}|(?:{WORD_NUMBER})(?:\s+and\s+a\s+half)?|{_alt(VAGUE)}|"
          rf"{FRACTION_PREFIX}|a\s+dozen|an?)")

_HALF = re.compile(r"\s*(?:1/2|½|and\s+a\s+half)$", re.I)


def parse_number(phrase: str) -> float | None:
    """Return the quantity, or None for a vague amount ("several")."""
    words = re.sub(r"\s+", " ", phrase.strip().lower())
    if words in _APPROX:
        return _APPROX[words]
    if words in VAGUE:
        return None
    if words in ("a", "an", "one"):
        return 1
    if words in ("half a", "half an", "a half"):
        return 0.5
    if words == "a dozen":
        return 12
    extra = 0.0
    if _HALF.search(words):
        extra = 0.5
        words = _HALF.sub("", words)
    words = words.replace(",", "")
    try:
        return float(words) + extra
    except ValueError:
        pass
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words):
        if word in ("and", ""):
            continue
        if word in ("a",):
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current + extra


def is_approx(phrase: str) -> bool:
    return phrase.strip().lower() in _APPROX


def format_amount(amount: float | None) -> str:
    """An amount as TIMEX3 writes it: "3", "1.5", or "X" when unknown."""
    if amount is None:
        return "X"
    return str(int(amount)) if amount == int(amount) else str(amount)
