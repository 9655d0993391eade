"""Which proposed events are new, accepted or read differently now: the review rules.

Plain data in, plain rows out (no Qt, no SQL), so the rules are tested
directly and the Suggestions panel's model only shows them.  A proposal is
``accepted`` once a passage records its expression's span; it ``differs``
when the text now reads a different value (the published date moved) and
the event's date is not that new reading either — the analyst's own
correction when accepting is not flagged.  Dismissed proposals are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.records import stored_date
from temporal.dates import DateParseError, EventDate

if TYPE_CHECKING:
    from temporal.expressions import TimeExpression
    from temporal.suggestions import Proposal

NEW, ACCEPTED, DIFFERS = "new", "accepted", "differs"


@dataclass
class Suggestion:
    expression: TimeExpression
    start: int  # the clause that becomes the event's source passage
    end: int
    title: str
    date: EventDate | None
    status: str = NEW
    event_id: int | None = None
    event_date: EventDate | None = None

    @property
    def key(self) -> tuple[int, int]:
        return (self.expression.start, self.expression.end)


def expression_date(expression: TimeExpression) -> EventDate | None:
    if expression.earliest is None or expression.latest is None:
        return None
    try:
        return EventDate.from_span(expression.earliest, expression.latest, expression.precision)
    except DateParseError:
        return None


def review(proposals: list[Proposal], dismissed: set[tuple[int, int]], passages,
           edits: dict[tuple[int, int], dict] | None = None) -> list[Suggestion]:
    """The rows to show, in text order.

    ``passages``: the article's passages as (Annotation, event title, event
    date value), as ``Annotations.for_article_with_events`` gives them;
    ``edits``: the analyst's changes to proposals not yet accepted, by key.
    """
    accepted = {(p.expression_start, p.expression_end): (p, title, value)
                for p, title, value in passages if p.expression_start is not None}
    rows = []
    for proposal in proposals:
        row = Suggestion(proposal.expression, proposal.start, proposal.end, proposal.title,
                         expression_date(proposal.expression))
        if row.key in dismissed:
            continue
        found = accepted.get(row.key)
        if found is not None:
            passage, title, value = found
            event_date = stored_date(value)
            row.status, row.event_id, row.event_date = ACCEPTED, passage.event_id, event_date
            row.title = title
            if passage.expression_value != row.expression.value and event_date != row.date:
                row.status = DIFFERS
        else:
            for name, value in (edits or {}).get(row.key, {}).items():
                setattr(row, name, value)
        rows.append(row)
    return rows
