"""Word lists shared by the rule families, kept apart so each rule module
reads as grammar rather than as tables.

Regex fragments here are written to be embedded in larger patterns compiled
with re.IGNORECASE; they contain no capturing groups of their own.
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
    "friday": 5, "saturday": 6, "sunday": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}

# Duration unit words -> (TIMEX3 unit letter, is a time-of-day unit, calendar precision)
UNITS = {
    "second": ("S", True, None), "minute": ("M", True, None), "hour": ("H", True, None),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "fortnight": ("W", False, "week"), "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"), "year": ("Y", False, "year"),
    "decade": ("E", False, "decade"), "century": ("C", False, "century"),
    "centurie": ("C", False, "century"),
}


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


MONTH_FULL = rf"(?:{_alt(MONTHS)})"
# Abbreviations need their period or a following number to count (see rules).
MONTH_ANY = rf"(?:{_alt(MONTHS)}|(?:{_alt(MONTH_ABBR)})\.?)"
WEEKDAY = rf"(?:{_alt(WEEKDAYS)})"
WEEKDAY_ANY = rf"(?:{_alt(WEEKDAYS)}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.)"
SEASON = rf"(?:{_alt(SEASONS)})"
PART_OF_DAY = rf"(?:{_alt(PARTS_OF_DAY)})"
ORDINAL_WORD = rf"(?:{_alt(ORDINALS)})"
DAY_NUM = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
UNITS_PL = rf"(?:{UNIT}s?)"


def month_number(word: str) -> int | None:
    name = word.lower().rstrip(".")
    return MONTHS.get(name) or MONTH_ABBR.get(name)


def weekday_number(word: str) -> int | None:
    """1 (Monday) to 7 for a weekday name or its abbreviation of three letters or more."""
    written = word.lower().rstrip(".")
    for name, number in WEEKDAYS.items():
        if name.startswith(written) and len(written) >= 3:
            return number
    return None


def unit_of(word: str) -> tuple[str, bool, str | None]:
    """(TIMEX3 letter, is a time unit, calendar precision) of a unit word, singular or plural."""
    singular = word.lower().rstrip("s") if word.lower() != "centuries" else "centurie"
    return UNITS.get(singular, UNITS.get(singular.rstrip("e"), ("X", False, None)))
