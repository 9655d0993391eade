"""A language's date grammar: its rules, and the scan that applies them.

Each rule is one regular expression over the folded text (see ``normalise``)
and a resolver that turns its match into a TIMEX3 value with the ``Anchor``.
Every rule is matched over the whole text; the candidates compete on length
(longest wins, then the earlier, then the earlier rule), and the winners are
resolved left to right so "the next day" sees the dates before it.  A resolver
may split its match into several expressions ("1 и 5 июля" is two days).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable, NamedTuple, Union

from ..granules import Granule
from ..model import TimeExpression
from .anchor import Anchor
from .normalise import fold


class Found(NamedTuple):
    type: str
    granule: Granule
    mod: str | None = None


class Piece(NamedTuple):
    """Part of a match resolved on its own: offsets into the text, and its value."""

    start: int
    end: int
    found: Found


Resolved = Union[Found, list, None]


class Rule(NamedTuple):
    name: str
    pattern: str
    resolve: Callable[[re.Match, Anchor], Resolved]


def range_of(a: Granule, b: Granule) -> Granule | None:
    """One DATE from ``a`` to ``b`` as an ISO interval, as the gold writes "1 и 2 июля"."""
    if a.earliest is None or b.latest is None:
        return Granule(f"{a.value}/{b.value}", "range", None, None)
    if b.latest < a.earliest:
        return None
    return Granule(f"{a.value}/{b.value}", "range", a.earliest, b.latest)


class Grammar:
    """The compiled rules of one language."""

    def __init__(self, code: str, rules: list[Rule], future_cue: str, past_cue: str,
                 word_start: str = r"(?<![\w'])"):
        """``word_start``: where any expression may begin; put before every rule, it
        lets the regex engine skip the inside of words at once (five times faster)."""
        self.code = code
        self.rules = rules
        self._compiled = [(rule, re.compile(f"{word_start}(?:{rule.pattern})", re.IGNORECASE))
                          for rule in rules]
        self._future, self._past = future_cue, past_cue

    def candidates(self, folded: str) -> list[tuple[int, int, int, re.Match]]:
        cands = []
        for order, (_rule, regex) in enumerate(self._compiled):
            for m in regex.finditer(folded):
                if m.end() > m.start():
                    cands.append((m.start(), m.end(), order, m))
        return cands

    def find(self, text: str, reference: dt.date | None, offset: int = 0,
             whole: str | None = None) -> list[TimeExpression]:
        """Expressions in ``text``; offsets shifted by ``offset`` into ``whole`` if given."""
        folded = fold(text)
        cands = self.candidates(folded)
        cands.sort(key=lambda c: (c[0] - c[1], c[0], c[2]))
        taken = bytearray(len(text))
        chosen = []
        for c in cands:
            if taken.find(1, c[0], c[1]) == -1:
                taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
                chosen.append(c)
        chosen.sort(key=lambda c: c[0])
        anchor = Anchor(folded, reference, self._future, self._past)
        out: list[TimeExpression] = []
        for start, end, order, m in chosen:
            rule = self.rules[order]
            try:
                res = rule.resolve(m, anchor)
            except (ValueError, KeyError, OverflowError, TypeError, IndexError):
                res = None
            if res is None:
                continue
            pieces = res if isinstance(res, list) else [Piece(start, end, res)]
            for s, e, found in pieces:
                g = found.granule
                out.append(TimeExpression(s + offset, e + offset, text[s:e], found.type, g.value,
                                          g.precision, g.earliest, g.latest, found.mod,
                                          f"{self.code}:{rule.name}"))
                if found.type in ("DATE", "TIME") and g.precision != "range":
                    anchor.note(g)
        return out
