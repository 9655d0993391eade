"""Plain records handed from storage to its callers.

Frozen dataclasses (and one NamedTuple) so that a view can keep one without
fearing that a later edit changes it behind its back; undo commands keep them
as snapshots.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from temporal.dates import EventDate

TAG_KINDS = ("actor", "place", "topic", "other")


@dataclass(frozen=True)
class Article:
    id: int
    uuid: str
    title: str
    outlet: str
    url: str
    author: str
    published: str
    text: str
    content_hash: str
    source_path: str
    imported_at: str
    # Where the published date came from (storage.intake.published_evidence).
    published_source: str = ""
    published_evidence: str = ""
    published_conflicts: str = ""

    @property
    def published_date(self) -> dt.date | None:
        return published_date(self.published)


@dataclass(frozen=True)
class ArticleSummary:
    """What the article list shows: no text, so the list stays light."""

    id: int
    title: str
    outlet: str
    published: str
    event_count: int


@dataclass(frozen=True)
class Tag:
    name: str
    kind: str = "other"

    def __str__(self) -> str:
        return self.name if self.kind == "other" else f"{self.kind}:{self.name}"


@dataclass(frozen=True)
class Event:
    id: int
    uuid: str
    title: str
    description: str = ""
    date: EventDate | None = None
    location: str = ""
    confidence: str = ""
    created_at: str = ""
    updated_at: str = ""
    tags: tuple[Tag, ...] = field(default=())
    # When deleting an article took its last source ('' otherwise; issue 12).
    sources_lost: str = ""


@dataclass(frozen=True)
class Annotation:
    id: int
    uuid: str
    article_id: int
    event_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    note: str
    created_at: str
    # Set when the passage came from an accepted suggestion: the time
    # expression's span and the value it resolved to at the time.
    expression_start: int | None = None
    expression_end: int | None = None
    expression_value: str | None = None
    # The date this source gives the event (an EventDate value, '' when none of its
    # own) and the information's credibility, Admiralty 1–6 (None: not graded).
    source_date: str = ""
    credibility: int | None = None


class TimelineRow(NamedTuple):
    """One line of the chronology, compact enough to hold 100,000 of them.

    A tuple, not a dataclass: building 100,000 frozen dataclasses costs more
    than the query that feeds them.  The date is kept as its stored value and
    parsed on first use (``date``), once per distinct value for the whole
    process, so opening a project parses only the dates on screen.
    ``earliest`` and ``span`` are the sort columns as SQLite computed them.
    """

    id: int
    title: str
    value: str  # the stored date value; "" when undated
    tags: str
    sources: int  # distinct outlets, cited sources of imported rows included
    location: str
    earliest: str = ""  # ISO day; "" when undated
    span: float = 0  # days between earliest and latest (julianday difference)
    # The sources' dates when they disagree ("30 Jun 2025 (Ruposters) · 1 Jul 2025
    # (BBC News)"), and when deleting an article took the last source (issue 12).
    dates_differ: str = ""
    sources_lost: str = ""

    @property
    def single_source(self) -> bool:
        return self.sources == 1

    @property
    def date(self) -> EventDate | None:
        return stored_date(self.value)


@cache
def _parse_stored(value: str) -> EventDate:
    return EventDate.from_stored(value)


def stored_date(value: str) -> EventDate | None:
    """The EventDate of a stored value, parsed once and shared (it is immutable)."""
    return _parse_stored(value) if value else None


def published_date(published: str) -> dt.date | None:
    """The calendar day of an ISO timestamp as found in the article.

    The day the outlet printed is the reference of the article's relative
    dates, so the zone is not converted: "2025-07-01T01:30+03:00" is 1 July.
    """
    if not published or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
