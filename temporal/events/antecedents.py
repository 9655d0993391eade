"""Who "he" and "she" are: the person a title's pronoun stands for.

Why: a title must name its subject ("Kohberger pleaded guilty", not "He
pleaded guilty"); news carries its story's subject on with pronouns, so the
person is looked up in the events already made, and only when a title asks.
"""
from __future__ import annotations

import functools

from .model import Event
from .titles import is_person


@functools.lru_cache(maxsize=2048)
def _person(name: str) -> bool:
    return is_person(name.split())


def who(events: list[Event]):
    """What finds the person the article last named, asked only when a title needs it."""
    return functools.partial(_antecedent, events)


def _antecedent(events: list[Event]) -> str:
    """The surname of the person the article's events last named ("Kohberger"), for
    a title whose subject is "he" or "she". Asked for each event made; the answer
    changes only with the last dozen events, so it is kept for the list's length."""
    key = (id(events), len(events), events[-1].start if events else -1)
    last = _ANTECEDENT_CACHE.get("last")  # one tuple, replaced whole: safe across threads
    if last is not None and last[0] == key:
        return last[1]
    value = _last_person(events)
    _ANTECEDENT_CACHE["last"] = (key, value)
    return value


_ANTECEDENT_CACHE: dict = {}


def _last_person(events: list[Event]) -> str:
    """The person the recent events last named; but a person they name more often (the
    story's subject, "Kohberger") over one named once in passing (the judge who set a
    hearing): "he" and "him" in news mostly carry the story's subject on."""
    recent = events[-20:]
    named = {a for e in recent for a in e.actors if " " in a and a not in e.places
             and _person(a)}  # not "Aldren Lines", a firm
    surnames = {a.split()[-1] for a in named}
    mentions: dict[str, int] = {}
    last = ""
    for n, event in enumerate(recent):
        people = [a for a in event.actors if a in named or a in surnames]  # "Marchetti"
        people = people or [w for w in event.title.split()[:1] if w in surnames]
        for person in dict.fromkeys(a.split()[-1] for a in people):
            mentions[person] = mentions.get(person, 0) + 1
        if people and n >= len(recent) - 3:
            last = people[-1]
    if not last:
        return ""
    surname = last.split()[-1]
    subject = max(mentions, key=lambda p: mentions[p])
    if mentions[subject] > mentions.get(surname, 0):
        return subject
    return surname if len(surname.rstrip(".")) > 1 else last  # "Anton K."
