"""The contract between rule families and the finder.

A rule is a regex fragment with named groups plus two callbacks: ``accept``
runs before overlap resolution and is cheap and context-free (it rejects
"may be", "537 drones"...), ``resolve`` runs afterwards in document order with
the running Context so that relative expressions see the story's clock.
Keeping the two apart lets a rejected long match fall back to a shorter one.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .granules import Granule

# Word boundaries that also refuse "F-16", "$7", "2-1", "3.5", "Su-34" and URLs.
WORD_START = r"(?<![\w$£€¥#/.,:-])"
# prev_token looks this far back, in characters: longer than any word worth looking at.
_TOKEN_REACH_CHARS = 40
WORD_END = r"(?!\w|[-/:]\w|[.,]\d|\s*%)"


# Modal verbs: what follows them is possible or to come, whatever the clause's tense.
MODALS = frozenset(("will", "would", "could", "might", "may", "can", "shall", "should", "must"))


class Resolution(NamedTuple):
    type: str
    granule: Granule
    mod: str | None = None


Accept = Callable[[dict, str, int, int], bool]
Resolve = Callable[[dict, "object", int, int], Resolution | None]


class Rule(NamedTuple):
    name: str
    pattern: str
    resolve: Resolve
    accept: Accept | None = None


def ref_value(kind: str) -> Resolution:
    return Resolution("DATE", Granule(kind, None, None, None))


def duration(value: str, mod: str | None = None) -> Resolution:
    return Resolution("DURATION", Granule(value, None, None, None), mod)


def set_(value: str) -> Resolution:
    return Resolution("SET", Granule(value, None, None, None))


def prev_word(text: str, start: int) -> str:
    """The word just before ``start`` (lower case, '' at the start of text)."""
    last = start - 1
    while last >= 0 and text[last].isspace():
        last -= 1
    first = last
    while first >= 0 and (text[first].isalnum() or text[first] in "'$"):
        first -= 1
    return text[first + 1:last + 1].lower()


def prev_token(text: str, start: int) -> str:
    """The raw whitespace-delimited token before ``start`` (case kept)."""
    parts = text[max(0, start - _TOKEN_REACH_CHARS):start].split()
    return parts[-1] if parts else ""


def next_word(text: str, end: int) -> str:
    """The word just after ``end`` (case kept, '' at the end of text)."""
    first = end
    length = len(text)
    while first < length and text[first].isspace():
        first += 1
    last = first
    while last < length and (text[last].isalnum() or text[last] in "'-"):
        last += 1
    return text[first:last]
