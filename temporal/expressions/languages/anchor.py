"""Resolving a found expression against the publication date and the story's clock.

The same conventions as the English engine (TIMEX3 as TimeBank writes it): a
bare weekday or month is the most recent one unless its clause looks ahead;
"the next day" counts from the last date the story named.  Tense comes from
the language's own cues (Russian and Ukrainian past verbs end in -л/-в,
their futures use будет/буде; Arabic marks the future with سوف or المقبل),
the nearest cue in the same clause winning.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import granules as G
from ..granules import Granule

_CLAUSE_END = re.compile(r"[.!?;\n؟؛]")
_PRECISION = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter",
              "Y": "year", "E": "decade", "C": "century"}



class Anchor:
    """Running state for one text: reference date, tense cues and the story's clock."""

    def __init__(self, text: str, reference: dt.date | None, future_cue: str, past_cue: str,
                 deadline_cue: str = ""):
        """``deadline_cue``: prepositions of a limit ("до", "к"): the date they govern
        lies ahead unless its clause speaks in the past ("внесут до 1 октября")."""
        self.text = text
        self.reference = reference
        self._cues = re.compile(rf"(?<![\w'])(?:(?P<f>{future_cue})|(?P<p>{past_cue}))(?![\w'])",
                                re.IGNORECASE)
        self._deadline = re.compile(rf"(?<![\w'])(?:{deadline_cue})\s+$", re.IGNORECASE) \
            if deadline_cue else None
        self.last: Granule | None = None
        self.last_end = 0  # where the expression of ``last`` ends in the text

    # -- tense -------------------------------------------------------------
    def tense(self, start: int, end: int, reach: int = 80) -> str | None:
        """ "f", "p" or None: the cue nearest the expression within its clause."""
        text = self.text
        lo = max(0, start - reach)
        left = text[lo:start]
        last_end = None
        for last_end in _CLAUSE_END.finditer(left):  # noqa: B007 - the last clause end is wanted
            pass
        if last_end is not None:
            lo += last_end.end()
        right_end = min(len(text), end + reach)
        stop = _CLAUSE_END.search(text, end, right_end)
        hi = stop.start() if stop else right_end
        best: tuple[int, str] | None = None
        for m in self._cues.finditer(text, lo, start):
            best = (start - m.end(), "f" if m.group("f") else "p")
        for m in self._cues.finditer(text, end, hi):
            dist = m.start() - end
            if best is None or dist < best[0]:
                best = (dist, "f" if m.group("f") else "p")
            break
        if best is None or best[1] == "f":
            deadline = self._deadline
            if deadline is not None and deadline.search(text, max(0, start - 20), start):
                return "f"
        return None if best is None else best[1]

    def same_clause(self, start: int) -> bool:
        """Whether the last date the story named is in the clause that reaches ``start``."""
        return self.last is not None and _CLAUSE_END.search(self.text, self.last_end,
                                                             start) is None

    # -- anchors -----------------------------------------------------------
    def note(self, g: Granule, end: int = 0) -> None:
        if g.earliest is not None:
            self.last, self.last_end = g, end

    def day(self, offset: int = 0) -> Granule:
        if self.reference is None:
            return G.unknown("day")
        return G.day(self.reference + dt.timedelta(days=offset))

    def story_day(self, offset: int) -> Granule:
        """A day counted from the last date the story named (else publication)."""
        base = self.last.earliest if self.last is not None else self.reference
        if base is None:
            return G.unknown("day")
        return G.day(base + dt.timedelta(days=offset))

    def weekday(self, wd: int, start: int, end: int, direction: int | None = None) -> Granule:
        """``direction``: -1 strictly before publication, +1 strictly after,
        0 in publication's week, None from the clause's tense (this day counts)."""
        ref = self.reference
        if ref is None:
            return Granule(f"XXXX-WXX-{wd}", "day", None, None)
        back = (ref.isoweekday() - wd) % 7
        ahead = (wd - ref.isoweekday()) % 7
        if direction == -1:
            return G.day(ref - dt.timedelta(days=back or 7))
        if direction == 1:
            return G.day(ref + dt.timedelta(days=ahead or 7))
        if direction == 0:
            return G.day(ref + dt.timedelta(days=wd - ref.isoweekday()))
        if self.tense(start, end) == "f":
            return G.day(ref + dt.timedelta(days=ahead))
        return G.day(ref - dt.timedelta(days=back))

    def weekday_in_year(self, wd: int, start: int) -> Granule | None:
        """The weekday a date "fell on" in the year its clause names ("last year it fell
        on a Thursday"): the one nearest this day of that year, since a story says so of
        a day it recurs on (an anniversary, a holiday); None without such a year."""
        ref, frame = self.reference, self.last
        if ref is None or frame is None or frame.precision != "year" \
                or not self.same_clause(start):
            return None
        year = frame.earliest.year
        same = dt.date(year, ref.month, min(ref.day, 28 if ref.month == 2 else ref.day))
        shift = (wd - same.isoweekday() + 3) % 7 - 3  # -3..+3 days
        return G.day(same + dt.timedelta(days=shift))

    def month(self, m: int, start: int, end: int) -> Granule:
        ref = self.reference
        if ref is None:
            return Granule(f"XXXX-{m:02d}", "month", None, None)
        if self.tense(start, end) == "f":
            return G.month(ref.year + (1 if m < ref.month else 0), m)
        return G.month(ref.year - (1 if m > ref.month else 0), m)

    def month_day(self, m: int, d: int, start: int, end: int) -> Granule | None:
        ref = self.reference
        if ref is None:
            dt.date(2000, m, d)  # refuses 31 June even without a reference
            return Granule(f"XXXX-{m:02d}-{d:02d}", "day", None, None)
        future = self.tense(start, end) == "f"
        if (m, d) == (2, 29):  # the leap day: the nearest one the tense allows
            return G.day(G.leap_day(ref, future))
        cand = dt.date(ref.year, m, d)
        if future:
            if (ref - cand).days > 31:
                cand = dt.date(ref.year + 1, m, d)
        elif (cand - ref).days > 62:
            cand = dt.date(ref.year - 1, m, d)
        return G.day(cand)

    def season(self, code: str, start: int, end: int) -> Granule:
        ref = self.reference
        if ref is None:
            return G.unknown("season")
        this = G.season(ref.year - (1 if code == "WI" and ref.month <= 2 else 0), code)
        if self.tense(start, end) == "f":
            return this if this.latest >= ref else G.season(ref.year + 1, code)
        return this if this.earliest <= ref else G.season(this.earliest.year - 1, code)

    def unit(self, letter: str, amount: int) -> Granule:
        """The calendar unit ``amount`` units from publication ("last week": W, -1)."""
        ref = self.reference
        precision = _PRECISION[letter]
        if ref is None:
            return G.unknown(precision)
        if letter == "WE":
            return G.weekend(ref + dt.timedelta(days=7 * amount))
        return G.containing(precision, G.add(ref, amount, letter))

    def after_story(self, letter: str, amount: float) -> Granule:
        """``amount`` units after the last date the story named (else publication)."""
        base = self.last.earliest if self.last is not None else self.reference
        precision = _PRECISION.get(letter, "day")
        if base is None:
            return G.unknown(precision)
        return G.containing(precision, G.add(base, amount, letter))

    def ago(self, letter: str, amount: float) -> Granule:
        """``amount`` units before publication, at the precision of the unit."""
        ref = self.reference
        precision = _PRECISION.get(letter, "day")
        if ref is None:
            return G.unknown(precision)
        return G.containing(precision, G.add(ref, -amount, letter))
