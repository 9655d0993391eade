"""Which proposed events are new, accepted or read differently now, and what
Accept All takes: the review rules, shared by the Suggestions tab and
`storage.event_suggestions` (the command line's ``--accept-suggestions``).

Plain data in, plain rows out (no Qt, no SQL), so the rules are tested
directly and both callers agree by construction.  A proposal
(`temporal.event_proposals.EventProposal`) is ``accepted`` once a passage
records its expression's span, or, for one dated by the publication day,
once its sentence is linked without an expression; it ``differs`` when the
text now reads a different value (the published date moved) and the event's
date is not that new reading either — the analyst's own correction when
accepting is not flagged.  Dismissed proposals are left out: a dismissal is
remembered by the trigger's span (or, from before events were proposed, by
the date's span).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.records import Tag, stored_date
from temporal.dates import EventDate
from temporal.event_proposals import CLAUSE, expression_date

if TYPE_CHECKING:
    from temporal.event_proposals import EventProposal
    from temporal.expressions import TimeExpression

__all__ = ["ACCEPTED", "DIFFERS", "NEW", "Suggestion", "accept_all", "expression_date",
           "retold_lead", "review"]

NEW, ACCEPTED, DIFFERS = "new", "accepted", "differs"

# TIMEX3's reference values: "now", "currently", "in the past", "in future".  They
# point at the article's own moment, not at a day, whatever its published date.
REFERENCES = {"PRESENT_REF": "the present", "PAST_REF": "the past",
              "FUTURE_REF": "the future"}


@dataclass
class Suggestion:
    """One row of the review: the proposal, and the title and date the analyst
    may have edited (or the accepted event's)."""

    proposal: EventProposal
    title: str
    date: EventDate | None
    status: str = NEW
    event_id: int | None = None
    event_date: EventDate | None = None

    @property
    def key(self) -> tuple[int, int]:
        """The trigger's span: what a dismissal remembers and edits are kept by."""
        return self.proposal.key

    @property
    def expression(self) -> TimeExpression | None:
        return self.proposal.expression

    @property
    def start(self) -> int:
        """The passage accepting links: the sentence."""
        return self.proposal.sentence_start

    @property
    def end(self) -> int:
        return self.proposal.sentence_end

    @property
    def dated_by(self) -> str:
        return self.proposal.dated_by

    @property
    def tags(self) -> tuple[Tag, ...]:
        """The actor: and place: tags accepting gives the event."""
        return tuple(Tag(name, "actor") for name in self.proposal.actors) + tuple(
            Tag(name, "place") for name in self.proposal.places)

    @property
    def names(self) -> str:
        """Actors and places as the Suggestions tab lists them."""
        return ", ".join(dict.fromkeys(self.proposal.actors + self.proposal.places))

    @property
    def expression_record(self) -> tuple[int, int, str] | None:
        """(start, end, value) of the dating expression, kept with the passage."""
        e = self.expression
        return None if e is None else (e.start, e.end, e.value)

    @property
    def reference_word(self) -> str | None:
        """"the present" for "now", "currently"; None for a calendar reading."""
        return None if self.expression is None else REFERENCES.get(self.expression.value)

    def date_label(self, has_published: bool) -> str:
        """What the Date column says: the date, or why there is none.

        Only a row that would have a date once the article has a published
        date says it needs one; "currently" says it is the present.
        """
        if self.date is not None:
            return self.date.display
        if self.reference_word:
            return f"{self.reference_word} (no date)"
        return "needs published date" if not has_published else "no calendar date"

    @property
    def clause_only(self) -> bool:
        """A dated sentence in which no happening was found: the row is its clause."""
        return self.proposal.family == CLAUSE

    @property
    def takes_part_in_accept_all(self) -> bool:
        """Accept All makes dated events only: a new row with a calendar date
        that names a happening. Rows without a date (the present, an unresolved
        "Tuesday") and rows that are only a dated clause, where no happening was
        found ("it is a darker place today", "the parade was to be held
        tomorrow"), are accepted one by one, if the analyst wants them."""
        return (self.status == NEW and self.date is not None and self.reference_word is None
                and not self.clause_only)


def review(proposals: list[EventProposal], dismissed: set[tuple[int, int]], passages,
           edits: dict[tuple[int, int], dict] | None = None) -> list[Suggestion]:
    """The rows to show, in text order.

    ``passages``: the article's passages as (Annotation, event title, event
    date value), as ``Annotations.for_article_with_events`` gives them;
    ``edits``: the analyst's changes to proposals not yet accepted, by key.
    """
    # A passage dated by an expression is a row's when it records that expression and
    # lies on the row's sentence: casualties told later and dated by the lead's
    # expression are another row, not the lead's accepted event.
    by_expression: dict[tuple[int, int], list] = {}
    for p, title, value in passages:
        if p.expression_start is not None:
            by_expression.setdefault((p.expression_start, p.expression_end), []).append(
                (p, title, value))
    by_sentence = {(p.start, p.end): (p, title, value)
                   for p, title, value in passages if p.expression_start is None}
    rows = []
    for proposal in proposals:
        expression = proposal.expression
        span = None if expression is None else (expression.start, expression.end)
        if proposal.key in dismissed or span in dismissed:
            continue
        row = Suggestion(proposal, proposal.title, proposal.date)
        found = (_on_sentence(by_expression.get(span, ()), proposal) if span is not None else
                 by_sentence.get((proposal.sentence_start, proposal.sentence_end)))
        if found is not None:
            passage, title, value = found
            event_date = stored_date(value)
            row.status, row.event_id, row.event_date = ACCEPTED, passage.event_id, event_date
            row.title = title
            if (expression is not None and passage.expression_value != expression.value
                    and event_date != row.date):
                row.status = DIFFERS
        else:
            for name, value in (edits or {}).get(row.key, {}).items():
                setattr(row, name, value)
        rows.append(row)
    return rows


def _on_sentence(found, proposal: EventProposal):
    """The passage among ``found`` that overlaps the proposal's sentence, or None."""
    return next(((p, title, value) for p, title, value in found
                 if p.start < proposal.sentence_end and proposal.sentence_start < p.end), None)


def accept_all(rows: list[Suggestion], made: set[tuple[str, str]]) -> list[Suggestion]:
    """What Accept All takes: new rows with a calendar date, never two of one
    happening — the same title on the same date, among the rows or among the
    project's events (``made``: (casefolded title, date value) pairs) — nor the
    lead's news dated by the publication day when the article dates it itself
    (`retold_lead`)."""
    taken = set(made)
    chosen = []
    for row in rows:
        if not row.takes_part_in_accept_all or retold_lead(row, rows):
            continue
        same = (row.title.casefold(), row.date.value)
        if same in taken:
            continue
        taken.add(same)
        chosen.append(row)
    return chosen


LEAD_REACH = dt.timedelta(days=2)  # "on Monday" in a Tuesday story; "overnight"


def retold_lead(row: Suggestion, rows: list[Suggestion]) -> bool:
    """Whether ``row``, dated by the publication day only (a headline, a lead
    without a date), is a happening another row dates by the text: the same
    kind, in the same place, on a day just before publication ("Power station
    hit near Kharkiv" / "A missile struck a power station near Kharkiv on
    Monday"). The row with the text's own date is the one to keep."""
    proposal = row.proposal
    if proposal.expression is not None or row.date is None or not proposal.places:
        return False
    day = row.date.earliest
    for other in rows:
        dated = other.proposal
        if (dated.expression is not None and other.date is not None
                and dated.family == proposal.family
                and set(dated.places) & set(proposal.places)
                and day - LEAD_REACH <= other.date.earliest
                and other.date.latest <= day):
            return True
    return False
