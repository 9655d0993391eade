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

import calendar
import datetime as dt
import re

from . import granules
from .granules import Granule

FUTURE, PAST = "future", "past"

# How much of the clause around an expression is searched for a tense cue, in
# characters: a clause reaches back further (its subject and verb come first)
# than it runs on after the expression.
CLAUSE_CHARS_BEFORE = 90
CLAUSE_CHARS_AFTER = 60
# A month and day without a year, in a past clause, is taken from last year
# only when this year's would lie this many days after publication: a story
# may mention a date a few weeks ahead without a future verb ("due on ...").
PAST_DAY_MAX_DAYS_AHEAD = 62
# ... and in a future clause from next year only when this year's has been
# gone for more than a month.
FUTURE_DAY_MAX_DAYS_BEHIND = 31
# With no tense cue at all a month is the nearest one, looking this many
# months ahead of publication at most ("January" in an October story).
TENSELESS_MONTH_MONTHS_AHEAD = 4
# The year a story has named explicitly dates later year-less days (not months)
# in a past clause that cannot be this year's, for this many characters (a few
# paragraphs) ...
NAMED_YEAR_REACH_CHARS = 800
# ... if it lies at most this many years before publication.
NAMED_YEAR_MAX_YEARS_BACK = 5

# Common irregular past tenses: without them "In January, the firm brought in..."
# carries no tense cue at all and would be read as the coming January.
_IRREGULAR_PAST = (
    "began|became|brought|bought|came|fell|felt|fought|found|gave|got|grew|held|kept|knew|"
    "left|lost|made|meant|met|paid|ran|rose|sank|saw|sold|sent|spent|spoke|stood|struck|"
    "swore|taught|thought|took|went|won|wrote")
# Words ending in -ed that are no verbs' past tense.
_NOT_PAST_ED = ("need|speed|embed|seed|feed|bleed|breed|proceed|exceed|succeed|"
                "red|bed|hundred|shed|wed|led")
# Verbs of scheduled events in the present tense, third person singular and plural
# ("the trial starts", "leaders meet"): with a date they announce what is to come.
# Only verbs that are rarely nouns, and only as finite verbs: not after "to" (an
# infinitive takes the tense of the verb it depends on) nor after a determiner.
_SCHEDULED_VERBS = "open|begin|start|meet|arrive|travel|visit|resume|convene|host"
_SCHEDULED_PRESENT = (r"(?<!\bto\s)(?<!\bthe\s)(?<!\ba\s)(?<!'s\s)"
                      rf"(?:(?:{_SCHEDULED_VERBS})(?:e?s)?)")
_FUTURE_CUES = (
    r"will|won't|'ll|shall|next|"
    r"due(?!\s+to\s+(?:the|a|an|his|her|their|its|this|that)\b)|"  # not "due to the storm"
    r"expected|expects?|scheduled|upcoming|coming|ahead|plans?\s+to|planned\s+for|"
    r"planning\s+to|would|set\s+(?:to|for)|going\s+to|"
    # a present passive names a scheduled event, unless it reports what is said
    r"(?:is|are)\s+(?!(?:said|reported|believed|thought|known)\b)"
    r"(?:[a-z]{2,}ed|heard|held|made|given|seen|taken|sent|paid|sold)|"
    r"intends?\s+to|aims?\s+to|preview|is\s+to|are\s+to|to\s+be|from\s+now|later\s+this|"
    r"payable|of\s+record|effective|"
    # what someone hopes, wants or agrees to do lies ahead of the saying
    r"(?:hope|want|seek|promise|vow|agree|pledge|threaten|prepare|need|decide|offer)"
    r"(?:s|d|ed)?\s+to|(?:agreement|deal|decision|bid|offer|pledge|promise)\s+to|"
    # news writes scheduled events in the present tense: "the summit opens Tuesday"
    rf"{_SCHEDULED_PRESENT}")
_PAST_CUES = (
    r"had\s+been\s+(?:due|expected|scheduled|set|planned)|said|says|told|was|were|had|did|"
    r"ago|last|earlier|since|announced|reported|according|yesterday|"
    # a past tense, but not a passive participle after "be"/"been"/"being"
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    # a regular past starts in lower case: "United" is a name
    rf"(?:{_IRREGULAR_PAST}|(?!(?:{_NOT_PAST_ED})\b)(?-i:[a-z])[a-z]+ed)")
# Future cues come first in the alternation so "expected"/"scheduled" are not
# taken for past participles.
_TENSE_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE_CUES})|(?P<past>{_PAST_CUES}))\b", re.I)
# A participle after a determiner or with a negating "un-" is an adjective
# ("a newly announced date", "the revised plan"), which says nothing of tense.
_ADJECTIVAL = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those|still|newly)\s+"
    r"(?:[a-z]+ly\s+)?[a-z]+ed|\bun[a-z]+ed)$", re.I)
_REPORTING = re.compile(r"(?:said|says|told|according|reported|announced|added)$", re.I)
# "as soon as Monday": the earliest moment of something still to come.
_AS_EARLY_AS = re.compile(r"\bas\s+(?:soon|early)\s+as\s*$", re.I)
# "by Friday", "until May": a deadline, future unless the clause is told in the past.
_OPENS_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|where|while|because|although|"
                           r"though|whereas|unless|if)\b", re.I)
# A noun or a scheduling verb, then "for" and the date: the day something is due.
# ("a general strike for Monday", "another march for Saturday": up to two modifiers)
_SET_FOR = re.compile(
    r"\b(?:[a-z]+(?:ed|ing)\s+for|(?:a|an|the|another)\s+(?:[a-z]+\s+){0,2}[a-z]+\s+for)\s*$")
# "declared Thursday a day of mourning", "named Friday a national holiday"
_NAMING = re.compile(r"\b(?:declared|declares|named|proclaimed|designated)\s*$", re.I)
_NAMED_DAY = re.compile(r"\s+(?:as\s+)?an?\s+(?:\w+\s+){0,2}(?:day|days|holiday)\b", re.I)
_DEADLINE = re.compile(r"\b(?:by|until|till|before)\s*$", re.I)
_PAST_AUXILIARY = re.compile(r"\b(?:had|was|were|did)\b", re.I)
# "ahead of Friday's vote", "for Monday's meeting": an event the clause looks forward to.
_POSSESSIVE_EVENT = re.compile(r"'s\s+\w+")
_LOOKING_FORWARD_TO = re.compile(r"\b(?:ahead of|for|preview)\s*$", re.I)
_ABBREVIATIONS = ("Mr", "Ms", "Dr", "St", "Jr", "Co", "Lt", "Mrs", "Gen", "Sen", "Rep", "Gov",
                  "Col", "Inc", "Corp", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct",
                  "Nov", "Dec", "No", "Vs")
# A sentence or clause ends at . ! ? ; (not after an initial or an abbreviation) or a newline.
# The abbreviations are checked only where a stop was found: lookbehinds for each of
# them at every character made finding clauses half the cost of resolving dates.
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_ABBREVIATION_END = re.compile(rf"\b(?:[A-Z]|{'|'.join(_ABBREVIATIONS)})$")
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


def _clause_ends(text: str):
    """The clause ends in ``text``, as matches, in order."""
    for end in _CLAUSE_END.finditer(text):
        stop = end.start()
        if end.group() == "\n" or not _ABBREVIATION_END.search(
                text, max(0, stop - _LONGEST_ABBREVIATION), stop):
            yield end


def _adjectival(text: str, cue: re.Match) -> bool:
    return cue.group("past") is not None and bool(_ADJECTIVAL.search(text, 0, cue.end()))


class Context:
    """Running state for one document: reference date plus the story's clock."""

    def __init__(self, text: str, reference: dt.date | None):
        self.text = text
        self.reference = reference
        self.last_date: Granule | None = None  # the last calendar span the story mentioned
        self.last_date_at = -1
        self.reported_quarter: Granule | None = None  # the quarter an earnings story is about
        self.reported_quarter_at = -1
        self.named_year: tuple[int, int] | None = None  # (position, year) last written out

    # -- clause inspection -------------------------------------------------
    def clause(self, start: int, end: int) -> tuple[str, str]:
        """The words of the expression's clause before and after it."""
        left = self.text[max(0, start - CLAUSE_CHARS_BEFORE):start]
        cut = None
        for boundary in _clause_ends(left):
            cut = boundary.end()
        if cut is not None:
            left = left[cut:]
        right = self.text[end:end + CLAUSE_CHARS_AFTER]
        boundary = next(_clause_ends(right), None)
        if boundary:
            right = right[:boundary.start()]
        if _TENSE_CUE.search(left):
            # "signed a law on Sunday that will take effect": a relative or subordinate
            # clause after the date has its own tense; the verb before the date is the
            # date's own
            opening = _OPENS_CLAUSE.search(right)
            if opening:
                right = right[:opening.start()]
        return left, right

    def looks_ahead(self, start: int, end: int) -> bool:
        """True when the nearest tense cue around the expression points forward."""
        return self.tense(start, end) == FUTURE

    def tense(self, start: int, end: int) -> str | None:
        """FUTURE, PAST or None when the clause carries no tense cue."""
        left, right = self.clause(start, end)
        if _AS_EARLY_AS.search(left):
            return FUTURE
        # "by Friday" is a deadline; "before Friday's talks" names an event, whose
        # tense is the clause's
        if _DEADLINE.search(left) and not right.startswith("'s") \
                and not _PAST_AUXILIARY.search(left + right):
            return FUTURE
        if _POSSESSIVE_EVENT.match(right) and _LOOKING_FORWARD_TO.search(left):
            return FUTURE
        if _SET_FOR.search(left):
            return FUTURE  # "called a strike for Thursday", "set for Monday": the day it is due
        if _NAMED_DAY.match(right) and _NAMING.search(left):
            return FUTURE  # "declared Thursday a day of mourning": the day to come
        nearest_before = nearest_after = None  # (distance, is future)
        for cue in _TENSE_CUE.finditer(left):
            if not _adjectival(left, cue):
                nearest_before = (len(left) - cue.end(), cue.group("future") is not None)
        for cue in _TENSE_CUE.finditer(right):
            if _adjectival(right, cue):
                continue
            # "... will leave Thursday, the minister said": a trailing reporting verb dates the
            # report, not the event, so it only counts when nothing precedes
            if nearest_before is not None and _REPORTING.match(cue.group()):
                continue
            nearest_after = (cue.start(), cue.group("future") is not None)
            break
        nearest = nearest_before
        if nearest is None or (nearest_after is not None and nearest_after[0] < nearest[0]):
            nearest = nearest_after
        if nearest is None:
            return None
        return FUTURE if nearest[1] else PAST

    # -- anchors -----------------------------------------------------------
    def note(self, granule: Granule, start: int) -> None:
        """Move the story's clock to a date just resolved at ``start``."""
        if granule.earliest is not None:
            self.last_date, self.last_date_at = granule, start
            if granule.precision == "quarter":
                self.reported_quarter, self.reported_quarter_at = granule, start

    def story_anchor(self) -> Granule | None:
        """What "the next day" counts from: the last date mentioned, else publication."""
        if self.last_date is not None:
            return self.last_date
        return granules.day(self.reference) if self.reference else None

    def _story_year(self, start: int) -> int | None:
        """An earlier year the story has named recently, for dates that cannot be this year's."""
        if self.named_year is None or self.reference is None:
            return None
        named_at, year = self.named_year
        if start - named_at < NAMED_YEAR_REACH_CHARS \
                and self.reference.year - NAMED_YEAR_MAX_YEARS_BACK <= year < self.reference.year:
            return year
        return None

    def weekday(self, weekday: int, start: int, end: int,
                forward: bool | None = None) -> Granule:
        """The ISO ``weekday`` nearest publication: ahead if the clause looks ahead, else back."""
        ref = self.reference
        if ref is None:
            return Granule(f"XXXX-WXX-{weekday}", "day", None, None)
        if forward is None:
            forward = self.looks_ahead(start, end)
        if forward:
            return granules.day(ref + dt.timedelta(days=(weekday - ref.isoweekday()) % 7))
        return granules.day(ref - dt.timedelta(days=(ref.isoweekday() - weekday) % 7))

    def month(self, month: int, start: int, end: int) -> Granule:
        """A month named without a year: the coming one or the last one.

        Unlike a day, a month is not moved to the year the story named: "in
        December" in a story about an earlier year is still the last December
        (as TimeBank annotates it), since a story returning to that year names it.
        """
        ref = self.reference
        if ref is None:
            return Granule(f"XXXX-{month:02d}", "month", None, None)
        tense = self.tense(start, end)
        if tense == FUTURE:
            return granules.month(ref.year + (1 if month < ref.month else 0), month)
        if tense is None and 0 < (month - ref.month) % 12 <= TENSELESS_MONTH_MONTHS_AHEAD:
            # no tense to go by: the nearest such month, so "January" in an October
            # story is the coming one rather than the one nine months back
            return granules.month(ref.year + (1 if month < ref.month else 0), month)
        return granules.month(ref.year - (1 if month > ref.month else 0), month)

    def month_day(self, month: int, day: int, start: int, end: int) -> Granule | None:
        """A day named without a year; None when no year has such a day."""
        ref = self.reference
        if ref is None:
            return Granule(f"XXXX-{month:02d}-{day:02d}", "day", None, None)
        try:
            ahead = self.looks_ahead(start, end)
            story_year = self._story_year(start)
            if (month, day) == (2, 29):  # the leap day: of the story's year, or the nearest
                if (not ahead and story_year is not None and story_year <= ref.year
                        and calendar.isleap(story_year)):
                    return granules.day(dt.date(story_year, 2, 29))
                return granules.day(granules.leap_day(
                    ref, bool(ahead), FUTURE_DAY_MAX_DAYS_BEHIND, PAST_DAY_MAX_DAYS_AHEAD))
            candidate = dt.date(ref.year, month, day)
            if not ahead and story_year is not None and story_year < ref.year \
                    and candidate > ref:
                # a past day that cannot be this year's: the year the story named
                return granules.day(dt.date(story_year, month, day))
            if ahead:
                if candidate < ref and (ref - candidate).days > FUTURE_DAY_MAX_DAYS_BEHIND:
                    candidate = dt.date(ref.year + 1, month, day)
            elif candidate > ref and (candidate - ref).days > PAST_DAY_MAX_DAYS_AHEAD:
                candidate = dt.date(ref.year - 1, month, day)
            return granules.day(candidate)
        except ValueError:
            return None

    def relative(self, precision: str, amount: float, unit: str,
                 from_story: bool = False) -> Granule:
        """The unit ``amount`` units away from publication (or from the story's clock)."""
        if from_story:
            base = self.story_anchor()
        else:
            base = granules.day(self.reference) if self.reference else None
        if base is None or base.earliest is None:
            return granules.unknown(precision)
        return granules.containing(precision, granules.add(base.earliest, amount, unit))
