"""Resolving relative expressions: against publication, or the story's clock.

News anchors "Tuesday" and "in March" to the publication date, but "the next
day" or "a few hours later" to the last date the story mentioned.  The
Context object walks the document left to right so each rule sees that
running state.  Tense is guessed from the nearest verb-like cue in the same
clause, since a bare weekday or month is past by default in reporting and
only future when the clause looks ahead.  A month in a clause with no tense
cue at all is the nearest one (up to four months ahead), as annotators read it.
"""
from __future__ import annotations

import datetime as dt
import re

from . import granules as G
from .granules import Granule

# Common irregular past tenses: without them "In January, the firm brought in..."
# carries no tense cue at all and would be read as the coming January.
_IRREGULAR = ("began|became|brought|bought|came|fell|felt|fought|found|gave|got|grew|held|kept|knew|"
              "left|lost|made|meant|met|paid|ran|rose|sank|saw|sold|sent|spent|spoke|stood|struck|"
              "swore|taught|thought|took|went|won|wrote")
# Future cues come first in the alternation so "expected"/"scheduled" are not
# taken for past participles.
_CUE = re.compile(
    r"\b(?:(?P<f>will|won't|'ll|shall|next|due(?!\s+to\s+(?:the|a|an|his|her|their|its|this|that)\b)|expected|expects?|"
    r"scheduled|upcoming|coming|ahead|plans?\s+to|planned\s+for|planning\s+to|would|set\s+(?:to|for)|going\s+to|"
    # present passive for a scheduled event: "the case is heard in May"
    r"(?:is|are)\s+(?!(?:said|reported|believed|thought|known)\b)(?:[a-z]{2,}ed|heard|held|made|given|seen|taken|sent|paid|sold)|"
    r"intends?\s+to|aims?\s+to|preview|is\s+to|are\s+to|to\s+be|from\s+now|later\s+this|"
    r"payable|of\s+record|effective)"
    r"|(?P<p>had\s+been\s+(?:due|expected|scheduled|set|planned)|said|says|told|was|were|had|did|ago|last|earlier|since|announced|reported|"
    r"according|yesterday|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?:" + _IRREGULAR + r"|"
    r"(?!(?:need|speed|embed|seed|feed|bleed|breed|proceed|exceed|succeed|"
    r"red|bed|hundred|shed|wed|led)\b)(?-i:[a-z])[a-z]+ed)))\b", re.I)  # lower case: not "United"
# A participle after a determiner or with a negating "un-" is an adjective
# ("a still unspecified date", "the revised plan"), which says nothing of tense.
_ADJECTIVAL = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those|still|newly)\s+"
                         r"(?:[a-z]+ly\s+)?[a-z]+ed|\bun[a-z]+ed)$", re.I)
_REPORTING = re.compile(r"(?:said|says|told|according|reported|announced|added)$", re.I)
_ABBR = ("Mr", "Ms", "Dr", "St", "Jr", "Co", "Lt", "Mrs", "Gen", "Sen", "Rep", "Gov", "Col", "Inc",
         "Corp", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Vs")
_CLAUSE_END = re.compile(r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{a})" for a in _ABBR) + r"[.!?;](?=\s|$)|\n")


def _adjectival(text: str, m: re.Match) -> bool:
    return m.group("p") is not None and bool(_ADJECTIVAL.search(text, 0, m.end()))


class Context:
    """Running state for one document: reference date plus the story's clock."""

    def __init__(self, text: str, reference: dt.date | None):
        self.text = text
        self.reference = reference
        self.last: Granule | None = None        # last calendar span mentioned
        self.last_pos = -1
        self.quarter: Granule | None = None  # the quarter an earnings story is about
        self.quarter_pos = -1
        self.year_hint: tuple[int, int] | None = None  # (position, explicit year)
        self.pos = 0

    # -- clause inspection -------------------------------------------------
    def clause(self, start: int, end: int, before: int = 90, after: int = 60) -> tuple[str, str]:
        text = self.text
        lo = max(0, start - before)
        left = text[lo:start]
        cut = None
        for m in _CLAUSE_END.finditer(left):
            cut = m.end()
        if cut is not None:
            left = left[cut:]
        right = text[end:end + after]
        m = _CLAUSE_END.search(right)
        if m:
            right = right[:m.start()]
        return left, right

    def looks_ahead(self, start: int, end: int) -> bool:
        """True when the nearest tense cue around the expression points forward."""
        return self.tense(start, end) == "f"

    def tense(self, start: int, end: int) -> str | None:
        """ "f" (future), "p" (past) or None when the clause carries no tense cue."""
        left, right = self.clause(start, end)
        if re.search(r"\bas\s+(?:soon|early)\s+as\s*$", left, re.I):
            return "f"
        # "by Friday" is a deadline; "before Friday's purchases" names an event, whose
        # tense is the clause's
        if re.search(r"\b(?:by|until|till|before)\s*$", left, re.I) and not right.startswith("'s") \
                and not re.search(r"\b(?:had|was|were|did)\b", left + right, re.I):
            return "f"
        if re.match(r"'s\s+\w+", right) and re.search(r"\b(?:ahead of|for|preview)\s*$", left, re.I):
            return "f"
        before = after = None
        for m in _CUE.finditer(left):
            if not _adjectival(left, m):
                before = (len(left) - m.end(), m.group("f") is not None)
        for m in _CUE.finditer(right):
            if _adjectival(right, m):
                continue
            # "... will leave Thursday, Castro said": a trailing reporting verb dates the
            # report, not the event, so it only counts when nothing precedes
            if before is not None and _REPORTING.match(m.group()):
                continue
            after = (m.start(), m.group("f") is not None)
            break
        if before is None or (after is not None and after[0] < before[0]):
            before = after
        return None if before is None else "f" if before[1] else "p"

    # -- anchors -----------------------------------------------------------
    def note(self, g: Granule, start: int) -> None:
        if g.earliest is not None:
            self.last, self.last_pos = g, start
            if g.precision == "quarter":
                self.quarter, self.quarter_pos = g, start

    def story_anchor(self) -> Granule | None:
        """What "the next day" counts from: the last date mentioned, else publication."""
        if self.last is not None:
            return self.last
        return G.day(self.reference) if self.reference else None

    def _story_year(self, start: int) -> int | None:
        """An earlier year the story has named recently, for dates that cannot be this year's."""
        if self.year_hint and start - self.year_hint[0] < 800 and self.reference \
                and self.reference.year - 5 <= self.year_hint[1] < self.reference.year:
            return self.year_hint[1]
        return None

    def weekday(self, wd: int, start: int, end: int, forward: bool | None = None) -> Granule:
        ref = self.reference
        if ref is None:
            return Granule(f"XXXX-WXX-{wd}", "day", None, None)
        if forward is None:
            forward = self.looks_ahead(start, end)
        delta = (wd - ref.isoweekday()) % 7
        d = ref + dt.timedelta(days=delta) if forward else ref - dt.timedelta(days=(ref.isoweekday() - wd) % 7)
        return G.day(d)

    def month(self, m: int, start: int, end: int) -> Granule:
        ref = self.reference
        if ref is None:
            return Granule(f"XXXX-{m:02d}", "month", None, None)
        tense = self.tense(start, end)
        if tense == "f":
            return G.month(ref.year + (1 if m < ref.month else 0), m)
        far = self._story_year(start)
        if m > ref.month and far is not None and far < ref.year:
            return G.month(far, m)
        if tense is None and 0 < (m - ref.month) % 12 <= 4:
            # no tense to go by: the nearest such month, so "January" in an October
            # story is the coming one rather than the one nine months back
            return G.month(ref.year + (1 if m < ref.month else 0), m)
        return G.month(ref.year - (1 if m > ref.month else 0), m)

    def month_day(self, m: int, d: int, start: int, end: int) -> Granule | None:
        ref = self.reference
        if ref is None:
            return Granule(f"XXXX-{m:02d}-{d:02d}", "day", None, None)
        try:
            cand = dt.date(ref.year, m, d)
            ahead = self.looks_ahead(start, end)
            far = self._story_year(start)
            if not ahead and far is not None and far < ref.year and cand > ref:
                return G.day(dt.date(far, m, d))  # "in 2022 ... on Nov. 13": the story's year
            if ahead:
                if cand < ref and (ref - cand).days > 31:
                    cand = dt.date(ref.year + 1, m, d)
            elif cand > ref and (cand - ref).days > 62:
                cand = dt.date(ref.year - 1, m, d)
            return G.day(cand)
        except ValueError:
            return None

    def relative(self, precision: str, amount: float, unit: str, from_story: bool = False) -> Granule:
        """The unit ``amount`` units away from publication (or from the story's clock)."""
        base = self.story_anchor() if from_story else (G.day(self.reference) if self.reference else None)
        if base is None or base.earliest is None:
            return G.unknown(precision)
        return G.containing(precision, G.add(base.earliest, amount, unit))
