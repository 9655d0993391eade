"""The words of every date in a sentence, which no title keeps.

A title tells what happened, the event's date is its own column: weekdays,
months with their numbers, "yesterday", "last week", "a day after", "hours
later", in English, Russian and Ukrainian. Read once per sentence, since a
sentence often holds several events.
"""
from __future__ import annotations

from ..sentences import Sentence

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec",
           "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря", "січня", "лютого", "березня",
           "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"}
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "yesterday", "today", "tonight", "overnight", "weekend",
              "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
              "воскресенье", "понеділок", "вівторок", "середу", "четвер", "п'ятницю",
              "суботу", "неділю", "вчера", "сегодня", "вчора", "сьогодні"}
_DATE_LEADS = {"last", "next", "this", "early", "late", "mid", "on", "в", "во", "у"}
_YEAR_WORDS = {"года", "году", "року", "г"}
_DAY_PARTS = {"morning", "afternoon", "evening", "night"}
UNITS = {"day", "days", "hours", "hour", "weeks", "week", "months", "month", "years", "year",
         "minutes"}
INTERVAL_LEADS = {"a", "an", "several", "few", "two", "three", "four", "five"}
_INTERVAL_ENDS = {"later", "earlier", "ago", "after", "before"}
_CALENDAR_WORDS = _MONTHS | {m + "." for m in _MONTHS} | _DAY_WORDS | UNITS


def dated_words(sentence: Sentence) -> set[int]:
    """The words of every date in the sentence, not only the event's own: "Drones
    attacked the plant on Tuesday" told in a sentence dated by another expression
    keeps no "on Tuesday" in its title. Weekdays, months with their numbers,
    "yesterday", "overnight", "last week", "a day after", "hours later"."""
    cached = sentence.__dict__.get("_title_dates")
    if cached is not None:  # one sentence, several events: read once
        return cached
    words = sentence.words
    found: set[int] = set()
    for k, w in enumerate(words):
        if w.lower not in _CALENDAR_WORDS:  # one look-up for the many words that are none
            continue
        lower = w.lower.rstrip(".")
        month = lower in _MONTHS and (w.text[:1].isupper() or not lower.isascii()) and (
            lower != "may" or k and w.text[:1] == "M")
        if lower in _DAY_WORDS or month:
            found.add(k)
            j = k - 1
            if month and j >= 0 and words[j].lower.isdigit():
                found.add(j)  # "13 November"; not "rose 2% on Monday"
                j -= 1
            while j >= 0 and words[j].lower in _DATE_LEADS:
                found.add(j)  # "last Tuesday", "on 13 November"
                j -= 1
            j = k + 1
            while j < len(words) and (words[j].lower.isdigit() or words[j].lower in _YEAR_WORDS
                                      or words[j].lower in _DAY_PARTS):
                found.add(j)  # "November 13, 2024", "Tuesday morning", "1957 року"
                j += 1
        elif lower in UNITS and k and words[k - 1].lower in ("last", "next", "this"):
            found.update((k - 1, k))  # "last year"
        elif lower in UNITS and k + 1 < len(words) and words[k + 1].lower in _INTERVAL_ENDS and (
                lower == "hours" or k and (words[k - 1].lower in INTERVAL_LEADS
                                           or words[k - 1].lower.isdigit())) and not (
                k > 1 and words[k - 2].lower == "for"):  # "suspended for two hours after …"
            found.update((k - 1, k) if lower != "hours" else (k,))  # "a day after", "hours"
            if words[k + 1].lower not in ("after", "before"):
                found.add(k + 1)  # "two weeks ago", "hours later"
    sentence.__dict__["_title_dates"] = found
    return found
