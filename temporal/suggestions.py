"""From time expressions to proposed events: the clause around each date.

An analyst's event title is usually the clause that carries the date ("the
ministers spoke by phone on Tuesday"), so the proposal takes the smallest
sentence part around the expression that still reads as a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from temporal.expressions import TimeExpression

PROPOSED_TYPES = ("DATE", "TIME")
MAX_TITLE = 140
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+|\n\s*\n|\n")
# Tried in turn while the clause is still too long for a title.
_CLAUSE_BREAKS = (
    re.compile(r"[;:—–]\s|,\s(?=(?:and|but|while|which|who|after|before|when|as|since|"
               r"although|though)\b)"),
    re.compile(r",\s"),
    re.compile(r"\s(?=that\s)|(?<=\sthat)\s"),
)


@dataclass(frozen=True)
class Proposal:
    expression: TimeExpression
    start: int  # the clause, as code-point offsets into the text
    end: int
    title: str


LOOK_BACK = 2000  # no news sentence is longer; keeps a long article linear


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    window = max(0, start - LOOK_BACK)
    left = window
    for match in _SENTENCE_END.finditer(text, window, start):
        left = match.end()
    match = _SENTENCE_END.search(text, end)
    right = match.start() if match else len(text)
    return left, max(right, end)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence, narrowed to the clause holding the expression when long."""
    left, right = sentence_bounds(text, start, end)
    for pattern in _CLAUSE_BREAKS:
        if right - left <= MAX_TITLE:
            break
        for match in pattern.finditer(text, left, start):
            left = match.end()
        match = pattern.search(text, end, right)
        if match:
            right = match.start()
    while left < start and text[left] in " \t(—–-,":
        left += 1
    while right > end and text[right - 1] in " \t.,;:)":
        right -= 1
    return left, right


def _title(clause: str) -> str:
    line = " ".join(clause.split())
    if len(line) > MAX_TITLE:
        line = line[:MAX_TITLE - 1].rstrip() + "…"
    return line[:1].upper() + line[1:]


def propose(text: str, expressions: list[TimeExpression]) -> list[Proposal]:
    """One proposal per DATE or TIME expression, in text order."""
    proposals = []
    for expression in expressions:
        if expression.type not in PROPOSED_TYPES:
            continue
        start, end = clause_bounds(text, expression.start, expression.end)
        proposals.append(Proposal(expression, start, end, _title(text[start:end])))
    return proposals
